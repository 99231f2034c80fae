//! Markdown to HTML with pulldown-cmark: tables, footnotes, strikethrough,
//! task lists, smart punctuation, heading anchors, and internal links
//! written `@/<kind folder>/<slug>.md` resolved to relative URLs.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::base::diagnostics::Loc;
use crate::base::messages::Text;
use crate::base::urls::escapes_root;
use crate::base::vocab::Kind;
use crate::msg;

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    /// The text without markup, for descriptions and search.
    pub text: String,
    /// The first image: its address as written in the page, and its alt text
    /// (for the page's share preview).
    pub image: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkProblem {
    pub loc: Loc,
    pub message: Text,
    pub hint: Option<Text>,
}

/// Gives a link's new address, or None to keep it.
pub type Relink<'f> = dyn Fn(&str) -> Option<String> + 'f;

/// Where a page sits, so its links can be made relative.
pub struct Place<'a> {
    /// `../../` or `./`.
    pub root: &'a str,
    /// Folders below the site root.
    pub depth: usize,
    /// File line where the body starts.
    pub body_line: u32,
    /// `safe_html = true`: raw HTML and heading attributes are dropped.
    pub safe_html: bool,
    /// In another language than the first: a relative link to a file
    /// published once (in static/ or beside the original's page) becomes
    /// the address this gives; None leaves the link as written.
    pub shared: Option<&'a Relink<'a>>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Resolves `@/measures/kita.md#x` with `resolve(kind, slug)` → root-relative path.
fn internal(
    dest: &str,
    place: &Place,
    resolve: &dyn Fn(Kind, &str) -> Option<String>,
) -> Result<String, (Text, Option<Text>)> {
    let rest = &dest[2..];
    let (path, fragment) = match rest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (rest, None),
    };
    let bad = || {
        (
            msg!("internal-link-form", dest = dest),
            Some(msg!("hint-internal-link-form")),
        )
    };
    let (folder, file) = path.split_once('/').ok_or_else(bad)?;
    let kind = Kind::from_folder(folder).ok_or_else(bad)?;
    let slug = file
        .strip_suffix("/index.md")
        .or_else(|| file.strip_suffix(".md"))
        .ok_or_else(bad)?;
    match resolve(kind, slug) {
        Some(target) => Ok(match fragment {
            Some(f) => format!("{}{target}#{f}", place.root),
            None => format!("{}{target}", place.root),
        }),
        None => Err((
            msg!(
                "dead-internal-link",
                dest = dest,
                kind = kind.name(),
                slug = slug
            ),
            Some(msg!("hint-dead-internal-link", folder = folder)),
        )),
    }
}

pub fn render(
    md: &str,
    place: &Place,
    resolve: &dyn Fn(Kind, &str) -> Option<String>,
) -> (Rendered, Vec<LinkProblem>) {
    let mut problems = Vec::new();
    let lines = std::cell::OnceCell::new();
    let loc_of = |offset: usize| {
        let l = lines
            .get_or_init(|| crate::base::diagnostics::LineIndex::new(md))
            .loc(md, offset);
        Loc::new(l.line + place.body_line - 1, l.column)
    };
    let mut events: Vec<Event> = Vec::new();
    let mut plain = Plain::default();
    for (ev, range) in Parser::new_ext(md, options()).into_offset_iter() {
        let ev = match ev {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url =
                    check_dest(dest_url, place, resolve, loc_of(range.start), &mut problems);
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url =
                    check_dest(dest_url, place, resolve, loc_of(range.start), &mut problems);
                plain.image_starts(&dest_url);
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            other => match cleaned(other, place.safe_html) {
                Some(ev) => ev,
                None => continue,
            },
        };
        plain.see(&ev);
        events.push(ev);
    }
    add_heading_ids(&mut events);
    let mut html = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    let text = plain.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let image = plain.image;
    (Rendered { html, text, image }, problems)
}

/// An event with what the site refuses taken out: raw HTML and heading
/// attributes under `safe_html`, and forbidden characters that character
/// references such as `&#1;` name (see `text`). None drops the event.
fn cleaned(ev: Event<'_>, safe_html: bool) -> Option<Event<'_>> {
    Some(match ev {
        Event::Html(_) | Event::InlineHtml(_) if safe_html => return None,
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs: _,
        }) if safe_html => Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs: Vec::new(),
        }),
        Event::Text(t) if crate::base::text::first_forbidden(&t).is_some() => {
            Event::Text(crate::base::text::replace_forbidden(&t).into_owned().into())
        }
        Event::Code(t) if crate::base::text::first_forbidden(&t).is_some() => {
            Event::Code(crate::base::text::replace_forbidden(&t).into_owned().into())
        }
        other => other,
    })
}

/// The page's plain text (for descriptions and search) and its first image
/// with the image's alt text, gathered event by event.
#[derive(Default)]
struct Plain {
    text: String,
    image: Option<(String, String)>,
    /// Inside the first image: its text is the alt text.
    in_first_image: bool,
}

impl Plain {
    fn image_starts(&mut self, dest: &str) {
        if self.image.is_none() {
            self.image = Some((dest.to_string(), String::new()));
            self.in_first_image = true;
        }
    }

    fn see(&mut self, ev: &Event) {
        match ev {
            Event::Text(t) | Event::Code(t) => {
                if self.in_first_image
                    && let Some((_, alt)) = &mut self.image
                {
                    alt.push_str(t);
                }
                self.text.push_str(t);
            }
            Event::End(TagEnd::Image) => self.in_first_image = false,
            // A space wherever a reader sees a break: table cells and list
            // items are not glued into one word ("KitaSchulzeit").
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition,
            ) => self.text.push(' '),
            _ => {}
        }
    }
}

fn check_dest<'a>(
    dest: CowStr<'a>,
    place: &Place,
    resolve: &dyn Fn(Kind, &str) -> Option<String>,
    loc: Loc,
    problems: &mut Vec<LinkProblem>,
) -> CowStr<'a> {
    if dest.starts_with("@/") {
        return match internal(&dest, place, resolve) {
            Ok(url) => CowStr::from(url),
            Err((message, hint)) => {
                problems.push(LinkProblem { loc, message, hint });
                dest
            }
        };
    }
    if let Some(problem) = crate::base::urls::refused_scheme(&dest) {
        problems.push(LinkProblem {
            loc,
            message: msg!("link-refused", dest = dest.to_string(), problem = problem),
            hint: Some(crate::base::urls::refused_scheme_hint()),
        });
        return CowStr::from("#");
    }
    if !crate::base::urls::has_scheme(&dest) && !dest.starts_with('#') {
        if dest.starts_with('/') {
            problems.push(LinkProblem {
                loc,
                message: msg!("link-absolute", dest = dest.to_string()),
                hint: Some(msg!("hint-link-absolute")),
            });
        } else if escapes_root(&dest, place.depth) {
            problems.push(LinkProblem {
                loc,
                message: msg!("link-outside", dest = dest.to_string()),
                hint: Some(msg!("hint-link-outside")),
            });
        } else if let Some(there) = place.shared.and_then(|f| f(&dest)) {
            return CowStr::from(there);
        }
    }
    dest
}

/// The first sentence-ish of a text, for descriptions (at most ~160 characters).
pub fn excerpt(text: &str) -> String {
    if text.chars().count() <= 160 {
        return text.to_string();
    }
    let cut: String = text.chars().take(160).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => format!("{cut}…"),
    }
}

/// Gives every heading without an explicit `{#id}` an id from its text, unique in the document.
fn add_heading_ids(events: &mut [Event]) {
    let mut used: HashSet<String> = HashSet::new();
    let mut next: HashMap<String, u32> = HashMap::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { id: None, .. }) = &events[i] {
            let mut label = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j] {
                    label.push_str(t);
                }
                j += 1;
            }
            let base = crate::base::slug::slugify(&label);
            let base = if base.is_empty() {
                "abschnitt".to_string()
            } else {
                base
            };
            // Each base counts on from its last number: 50,000 equal
            // headings do not try `-2`, `-3`, … from the start each time.
            let n = next.entry(base.clone()).or_insert(1);
            let mut candidate = base.clone();
            if *n > 1 {
                candidate = format!("{base}-{n}");
            }
            while !used.insert(candidate.clone()) {
                *n += 1;
                candidate = format!("{base}-{n}");
            }
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
                *id = Some(CowStr::from(candidate));
            }
        } else if let Event::Start(Tag::Heading {
            id: Some(explicit), ..
        }) = &events[i]
        {
            used.insert(explicit.to_string());
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(kind: Kind, slug: &str) -> Option<String> {
        (kind == Kind::Measure && slug == "kita").then(|| "massnahmen/kita/".to_string())
    }

    fn place() -> Place<'static> {
        Place {
            shared: None,
            root: "../../",
            depth: 2,
            body_line: 10,
            safe_html: false,
        }
    }

    #[test]
    fn internal_links_become_relative() {
        let (r, p) = render(
            "Siehe [Kita](@/measures/kita.md#stand).",
            &place(),
            &resolve,
        );
        assert!(p.is_empty());
        assert!(
            r.html
                .contains(r##"<a href="../../massnahmen/kita/#stand">Kita</a>"##),
            "{}",
            r.html
        );
        assert_eq!(r.text, "Siehe Kita.");
    }

    #[test]
    fn the_plain_text_keeps_a_space_between_table_cells_and_list_items() {
        let md = "| Lebensphase | Übergang |\n|---|---|\n| Kita | Schulzeit |\n| Schule | Beruf |\n\n- eins\n- zwei\n\n> Zitat\n\nEnde";
        let (r, _) = render(md, &place(), &resolve);
        assert_eq!(
            r.text,
            "Lebensphase Übergang Kita Schulzeit Schule Beruf eins zwei Zitat Ende"
        );
    }

    #[test]
    fn dead_and_escaping_links_are_reported_with_their_line() {
        let (_, p) = render(
            "Text\n\n[x](@/measures/kitta.md) and [y](../../../etc/passwd)\n",
            &place(),
            &resolve,
        );
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].loc, Loc::new(12, 1));
        assert_eq!(
            p[0].message.to_string(),
            "dead internal link `@/measures/kitta.md`: no measure `kitta`"
        );
        assert_eq!(
            p[1].message.to_string(),
            "link `../../../etc/passwd` points outside the site"
        );
        let (_, p) = render("[a](/abs/)", &place(), &resolve);
        assert!(p[0].message.to_string().contains("starts with `/`"));
    }

    #[test]
    fn the_first_image_and_its_alt_text_are_kept() {
        let (r, _) = render(
            "Text\n\n![Die *neue* Kita](kita.jpg \"Titel\") und ![zweites](b.png)",
            &place(),
            &resolve,
        );
        assert_eq!(
            r.image,
            Some(("kita.jpg".to_string(), "Die neue Kita".to_string()))
        );
        let (r, _) = render("Kein Bild", &place(), &resolve);
        assert_eq!(r.image, None);
    }

    #[test]
    fn extensions_and_heading_ids() {
        let md = "# Ziele & Wege\n\n## Ziele & Wege\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~alt~~ \"neu\"[^1]\n\n- [x] erledigt\n\n[^1]: Fußnote\n";
        let (r, _) = render(md, &place(), &resolve);
        assert!(r.html.contains(r#"<h1 id="ziele-wege">"#), "{}", r.html);
        assert!(r.html.contains(r#"<h2 id="ziele-wege-2">"#));
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("<del>alt</del>"));
        assert!(r.html.contains("“neu”"));
        assert!(r.html.contains(r#"type="checkbox""#));
        assert!(r.html.contains("footnote-definition"));
    }

    #[test]
    fn script_and_file_links_are_refused_however_they_are_spelled() {
        let md = "[a](javascript:alert(1))\n\n[b](<JaVa\tScript:x>)\n\n![c](data:image/svg+xml,x)\n\n[d](https://example.org/javascript:x)\n\n[e](FILE:///etc/passwd)\n";
        let (r, p) = render(md, &place(), &resolve);
        let messages: Vec<String> = p.iter().map(|p| p.message.to_string()).collect();
        assert_eq!(
            messages,
            [
                "link `javascript:alert(1)` uses the `javascript:` scheme, which runs code in the reader's browser",
                "link `JaVa\tScript:x` uses the `javascript:` scheme, which runs code in the reader's browser",
                "link `data:image/svg+xml,x` uses the `data:` scheme, which runs code in the reader's browser",
                "link `FILE:///etc/passwd` uses the `file:` scheme, which points to a file on the reader's own computer",
            ]
        );
        assert_eq!(p[1].loc, Loc::new(12, 1));
        assert!(r.html.contains(r##"<a href="#">a</a>"##), "{}", r.html);
        assert!(r.html.contains(r##"<a href="#">b</a>"##));
        assert!(r.html.contains(r##"<img src="#" alt="c" />"##));
        assert!(
            r.html
                .contains(r#"<a href="https://example.org/javascript:x">d</a>"#)
        );
    }

    #[test]
    fn safe_html_drops_raw_html_and_heading_attributes() {
        let md = "# Titel {#t .wide onclick=alert(1)}\n\n<script>alert(1)</script>\n\nText <b onmouseover=\"x\">fett</b> &lt;b&gt;\n";
        let (open, _) = render(md, &place(), &resolve);
        assert!(
            open.html.contains("<script>alert(1)</script>"),
            "{}",
            open.html
        );
        assert!(open.html.contains("onclick"));
        let safe = Place {
            shared: None,
            safe_html: true,
            ..place()
        };
        let (r, p) = render(md, &safe, &resolve);
        assert!(p.is_empty());
        assert_eq!(
            r.html,
            "<h1 id=\"t\" class=\"wide\">Titel</h1>\n<p>Text fett &lt;b&gt;</p>\n"
        );
    }

    #[test]
    fn character_references_to_controls_become_replacement_characters() {
        let (r, _) = render("a&#1;b &#x202E;c `\u{1}`", &place(), &resolve);
        assert_eq!(
            r.html,
            "<p>a\u{fffd}b \u{fffd}c <code>\u{fffd}</code></p>\n"
        );
    }
}

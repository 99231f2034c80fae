//! Every link and asset reference of every page, followed inside the site
//! before anything is written: a link that would break is an error. Pages are
//! read with lol_html (Cloudflare's streaming HTML parser: script, style and
//! comments are skipped as a browser skips them) in parallel; attribute values
//! are decoded with html-escape as a browser decodes them.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use lol_html::{HtmlRewriter, Settings, element};

use crate::base::diagnostics::{Diagnostic, Diagnostics, LineIndex, Loc};
use crate::base::messages::Text;
use crate::msg;
use crate::render::Origin;

/// A reference on a page: the address as a browser reads it, and the page's
/// line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub url: String,
    pub line: u64,
}

#[derive(Debug, Default)]
pub struct PageLinks {
    pub refs: Vec<Reference>,
    pub ids: HashSet<String>,
    /// `<base href>`, which changes how relative links resolve.
    pub base: Option<String>,
}

/// The attributes that load or lead to another file.
fn is_reference(tag: &str, attr: &str) -> bool {
    matches!(
        (tag, attr),
        ("a" | "area" | "link", "href")
            | (
                "img"
                    | "script"
                    | "iframe"
                    | "embed"
                    | "source"
                    | "track"
                    | "audio"
                    | "video"
                    | "input",
                "src"
            )
            | ("img" | "source", "srcset")
            | ("video", "poster")
            | ("object", "data")
            | ("form", "action")
    )
}

fn decoded(value: String) -> String {
    if value.contains('&') {
        html_escape::decode_html_entities(&value).into_owned()
    } else {
        value
    }
}

/// The references and ids of one HTML page.
pub fn scan(html: &str) -> PageLinks {
    let page = RefCell::new(PageLinks::default());
    // Byte offsets of references, turned into lines at the end.
    let offsets = RefCell::new(Vec::new());
    let handler = |el: &mut lol_html::html_content::Element| {
        let tag = el.tag_name();
        let at = el.source_location().bytes().start;
        let mut page = page.borrow_mut();
        for a in el.attributes() {
            let attr = a.name();
            if attr == "id" || (tag == "a" && attr == "name") {
                page.ids.insert(decoded(a.value()));
            } else if tag == "base" && attr == "href" {
                page.base = Some(decoded(a.value()));
            } else if is_reference(&tag, &attr) {
                let value = decoded(a.value());
                if attr == "srcset" {
                    // `a.png 1x, b.png 2x`: each candidate's address.
                    for candidate in value.split(',') {
                        if let Some(url) = candidate.split_whitespace().next() {
                            page.refs.push(Reference {
                                url: url.to_string(),
                                line: 0,
                            });
                            offsets.borrow_mut().push(at);
                        }
                    }
                } else {
                    page.refs.push(Reference {
                        url: value,
                        line: 0,
                    });
                    offsets.borrow_mut().push(at);
                }
            }
        }
        Ok(())
    };
    let mut rewriter = HtmlRewriter::new(
        Settings::new().append_element_content_handler(element!(
            "[href], [src], [srcset], [action], [poster], [data], [id], [name]",
            handler
        )),
        |_: &[u8]| {},
    );
    // An in-memory page of our own: the parser cannot fail on it but for
    // memory limits, and then the page is checked as far as it was read.
    let _ = rewriter.write(html.as_bytes());
    let _ = rewriter.end();
    let mut page = page.into_inner();
    let mut line = 1u64;
    let mut pos = 0usize;
    for (r, at) in page.refs.iter_mut().zip(offsets.into_inner()) {
        line += html.as_bytes()[pos..at.max(pos)]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        pos = at.max(pos);
        r.line = line;
    }
    page
}

/// Whether `url` leaves the site: a scheme (`https:`, `mailto:`, `data:` …) or `//host`.
fn external(url: &str) -> bool {
    url.starts_with("//")
        || url.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
                && !scheme.contains('/')
        })
}

/// Why a reference on the page at `from` would break, if it would.
/// `files` are the site's paths; `ids` each page's ids.
pub fn problem(
    from: &str,
    base: Option<&str>,
    url: &str,
    files: &HashSet<&str>,
    has_id: &dyn Fn(&str, &str) -> bool,
    base_url: Option<&str>,
) -> Option<Text> {
    let url = url.trim();
    if url.is_empty() || external(url) && !base_url.is_some_and(|b| url.starts_with(b)) {
        return None;
    }
    // A link with the site's own address is checked like a relative one.
    let (from, url) = match base_url.and_then(|b| url.strip_prefix(b)) {
        Some(rest) => ("index.html".to_string(), rest.to_string()),
        None => (effective_page(from, base, base_url), url.to_string()),
    };
    if url.starts_with('/') {
        return Some(msg!("broken-absolute"));
    }
    let (path_part, fragment) = match url.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (url.as_str(), None),
    };
    let Some(target) = crate::base::urls::resolve(&from, path_part) else {
        return Some(msg!("broken-above-root"));
    };
    let target = percent_encoding::percent_decode_str(&target)
        .decode_utf8_lossy()
        .into_owned();
    let file = if target.is_empty() || target.ends_with('/') {
        format!("{target}index.html")
    } else if files.contains(target.as_str()) {
        target.clone()
    } else if files.contains(format!("{target}/index.html").as_str()) {
        // A folder without its slash: servers redirect to the slash.
        format!("{target}/index.html")
    } else {
        target.clone()
    };
    if !files.contains(file.as_str()) {
        return Some(msg!("broken-missing-file", file = file));
    }
    if let Some(f) = fragment.filter(|f| !f.is_empty())
        && file.ends_with(".html")
    {
        let f = percent_encoding::percent_decode_str(f).decode_utf8_lossy();
        if !has_id(&file, &f) {
            return Some(msg!("broken-missing-id", id = f, file = file));
        }
    }
    None
}

/// The page relative links resolve from: its own path, or its `<base>`.
fn effective_page(from: &str, base: Option<&str>, base_url: Option<&str>) -> String {
    match base {
        Some(base) => match base_url.and_then(|b| base.strip_prefix(b)) {
            Some(rest) => format!("{rest}index.html"),
            None if !external(base) => crate::base::urls::resolve(from, base)
                .map_or_else(|| from.to_string(), |p| format!("{p}index.html")),
            None => from.to_string(),
        },
        None => from.to_string(),
    }
}

/// A page's references as the check keeps them while the rest of the site
/// is rendered: each address a number in the collector's list, each id a
/// hash. At 10,000 measures the pages hold millions of references, most of
/// them the same few hundred addresses.
struct Scanned {
    path: String,
    /// (address, line)
    refs: Vec<(u32, u32)>,
    /// The hashes of the page's ids, sorted.
    ids: Vec<u64>,
    base: Option<String>,
}

fn id_hash(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

#[derive(Default)]
struct Collected {
    numbers: HashMap<Box<str>, u32>,
    urls: Vec<Box<str>>,
    pages: Vec<Scanned>,
}

/// Takes in the generated pages one by one, from many threads, as they
/// are rendered, and keeps what the check needs of each.
#[derive(Default)]
pub struct Collector(std::sync::Mutex<Collected>);

impl Collector {
    /// Reads the page at `path` (below the site's root). Copied files
    /// (static/) are the portal's own and not checked.
    pub fn add(&self, path: &str, html: &[u8]) {
        let Ok(html) = std::str::from_utf8(html) else {
            return;
        };
        let page = scan(html);
        let mut ids: Vec<u64> = page.ids.iter().map(|i| id_hash(i)).collect();
        ids.sort_unstable();
        let mut c = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let refs = page
            .refs
            .into_iter()
            .map(|r| {
                let n = match c.numbers.get(r.url.as_str()) {
                    Some(&n) => n,
                    None => {
                        let n = c.urls.len() as u32;
                        let url: Box<str> = r.url.into();
                        c.numbers.insert(url.clone(), n);
                        c.urls.push(url);
                        n
                    }
                };
                (n, u32::try_from(r.line).unwrap_or(u32::MAX))
            })
            .collect();
        c.pages.push(Scanned {
            path: path.to_string(),
            refs,
            ids,
            base: page.base,
        });
    }
}

/// Checks every reference of every generated page. A broken one is an error
/// at the place in the content file that holds it, else at the template.
/// Addresses written in site.toml (`[[menu]] url` paths), relative to the
/// site's root, with their place: a broken one is reported there once.
pub type ConfigLinks = [(String, Loc)];

/// The site's files are `paths`; its pages were read by `collected`.
pub struct Site<'a> {
    pub paths: &'a [String],
    pub collected: Collector,
    pub origins: &'a HashMap<String, Origin>,
    pub base_url: Option<&'a str>,
    pub config_links: &'a ConfigLinks,
}

pub fn check(root: &Path, site: Site, d: &mut Diagnostics) {
    let mut config_reported = HashSet::new();
    let Collected {
        urls, mut pages, ..
    } = site
        .collected
        .0
        .into_inner()
        .unwrap_or_else(|e| e.into_inner());
    // In a fixed order: which page reports a shared broken link first.
    pages.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    let paths: HashSet<&str> = site.paths.iter().map(String::as_str).collect();
    let by_path: HashMap<&str, &Scanned> = pages.iter().map(|p| (p.path.as_str(), p)).collect();
    let has_id = |file: &str, id: &str| {
        by_path
            .get(file)
            .is_some_and(|p| p.ids.binary_search(&id_hash(id)).is_ok())
    };
    let mut sources: HashMap<PathBuf, Option<Source>> = HashMap::new();
    for page in &pages {
        let path = page.path.as_str();
        let mut reported = HashSet::new();
        let mut more = 0;
        for &(n, line) in &page.refs {
            let url = &*urls[n as usize];
            let base = page.base.as_deref();
            let Some(why) = problem(path, base, url, &paths, &has_id, site.base_url) else {
                continue;
            };
            if !reported.insert(n) {
                continue;
            }
            // Each report searches its content file: the count is bounded so
            // a page of 50,000 broken links is not searched 50,000 times.
            if reported.len() > MAX_REPORTED_PER_PAGE {
                more += 1;
                continue;
            }
            if let Some((url, loc)) = from_config(path, url, site.config_links) {
                if config_reported.insert(url) {
                    d.push(
                        Diagnostic::error(
                            "site.toml",
                            *loc,
                            msg!("menu-url-broken", url = url, problem = why),
                        )
                        .with_hint(msg!("hint-menu-url-broken")),
                    );
                }
                continue;
            }
            let r = Reference {
                url: url.to_string(),
                line: u64::from(line),
            };
            let origin = site.origins.get(path);
            d.push(locate(root, path, &r, &why, origin, &mut sources));
        }
        if more > 0 {
            d.push(Diagnostic::error(
                site.origins
                    .get(path)
                    .and_then(|o| o.source.clone())
                    .unwrap_or_else(|| PathBuf::from(path)),
                Loc::START,
                msg!(
                    "more-broken-links",
                    more = more,
                    page = path,
                    listed = MAX_REPORTED_PER_PAGE
                ),
            ));
        }
    }
}

/// The site.toml address that `href` on `page` is, if any.
fn from_config<'a>(
    page: &str,
    href: &str,
    config_links: &'a ConfigLinks,
) -> Option<(&'a str, &'a Loc)> {
    if config_links.is_empty() {
        return None;
    }
    let target = crate::base::urls::resolve(page, href)?;
    config_links
        .iter()
        .find(|(url, _)| crate::base::urls::resolve("index.html", url).as_ref() == Some(&target))
        .map(|(url, loc)| (url.as_str(), loc))
}

/// Broken links reported one by one on a page; the rest are counted.
const MAX_REPORTED_PER_PAGE: usize = 50;

/// A content file's text with its line index, read once for all its reports.
struct Source {
    text: String,
    lines: LineIndex,
}

/// The error for a broken reference: at its first place in the content
/// file, when it is written there; else at the page's template.
fn locate(
    root: &Path,
    page: &str,
    r: &Reference,
    why: &Text,
    origin: Option<&Origin>,
    sources: &mut HashMap<PathBuf, Option<Source>>,
) -> Diagnostic {
    let message = msg!("link-broken-on-page", url = r.url, problem = why);
    if let Some(source) = origin.and_then(|o| o.source.as_ref()) {
        let text = sources.entry(source.clone()).or_insert_with(|| {
            std::fs::read_to_string(root.join(source))
                .ok()
                .map(|text| Source {
                    lines: LineIndex::new(&text),
                    text,
                })
        });
        // As written; an `@/…#part` link is written otherwise, but its `#part` is the same.
        let fragment = r.url.find('#').map(|i| &r.url[i..]);
        let at = text.as_ref().and_then(|s| {
            s.text
                .find(&r.url)
                .or_else(|| fragment.and_then(|f| s.text.find(f)))
                .map(|i| s.lines.loc(&s.text, i))
        });
        if let Some(at) = at {
            return Diagnostic::error(source, at, message)
                .with_hint(msg!("hint-link-broken-in-content"));
        }
    }
    let template = origin.map_or_else(|| PathBuf::from(page), |o| o.template.clone());
    Diagnostic::error(
        template,
        Loc::START,
        msg!(
            "link-broken-in-template",
            problem = message,
            page = page,
            line = r.line
        ),
    )
    .with_hint(msg!("hint-link-broken-in-template"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(html: &str) -> Vec<String> {
        scan(html).refs.into_iter().map(|r| r.url).collect()
    }

    #[test]
    fn references_are_read_as_a_browser_reads_them() {
        let html = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"../a.css\"><script src=\"s.js\">if (a<b) { x = '<a href=\"nope\">'; }</script><title><a href=x></title></head>\n<body><a href=\"../b/?q=1&amp;r=2#top\" id=\"top\">x</a>\n<img src=\"Bericht%202024.png\" srcset=\"a.png 1x, b.png 2x\"><form action=\"../suche/\"></form><!-- <a href=\"old/\"> --><style>a{background:url(z.png)}</style></body></html>";
        assert_eq!(
            refs(html),
            [
                "../a.css",
                "s.js",
                "../b/?q=1&r=2#top",
                "Bericht%202024.png",
                "a.png",
                "b.png",
                "../suche/"
            ]
        );
        let page = scan(html);
        assert!(page.ids.contains("top"));
        assert_eq!(page.refs[2].line, 2);
    }

    #[test]
    fn what_breaks_and_what_does_not() {
        let files: HashSet<&str> = [
            "index.html",
            "ziele/a/index.html",
            "ziele/a/foto 1.png",
            "daten/portal.json",
        ]
        .into_iter()
        .collect();
        let ids = |file: &str, id: &str| file == "ziele/a/index.html" && id == "stand";
        let p = |url: &str| {
            problem(
                "ziele/b/index.html",
                None,
                url,
                &files,
                &ids,
                Some("https://s.example/p/"),
            )
        };
        assert_eq!(p("../a/"), None);
        assert_eq!(p("../a"), None);
        assert_eq!(p("../a/#stand"), None);
        assert_eq!(p("../a/foto%201.png"), None);
        assert_eq!(p("../../daten/portal.json"), None);
        assert_eq!(p("https://elsewhere.example/x"), None);
        assert_eq!(p("mailto:a@b.example"), None);
        assert_eq!(p("https://s.example/p/ziele/a/"), None);
        assert_eq!(
            p("../c/").unwrap().to_string(),
            "leads to `ziele/c/index.html`, which the site does not have"
        );
        assert_eq!(
            p("../a/#stnad").unwrap().to_string(),
            "leads to `#stnad`, which `ziele/a/index.html` does not have"
        );
        assert_eq!(
            p("https://s.example/p/ziele/x/").unwrap().to_string(),
            "leads to `ziele/x/index.html`, which the site does not have"
        );
        assert_eq!(
            p("../../../x").unwrap().to_string(),
            "climbs above the site's root"
        );
        assert!(
            p("/ziele/a/")
                .unwrap()
                .to_string()
                .starts_with("starts with `/`")
        );
        // With <base href>, relative links start from it (as on 404.html).
        assert_eq!(
            problem(
                "404.html",
                Some("https://s.example/p/"),
                "ziele/a/",
                &files,
                &ids,
                Some("https://s.example/p/")
            ),
            None
        );
    }
}

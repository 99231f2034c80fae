//! site.toml: the portal's settings.

pub mod cms;
pub mod colors;
pub mod languages;
pub mod license;
pub mod statement;

use std::path::Path;

use serde::Serialize;

use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::locale::Lang;
use crate::load::fields::{Doc, Table};
use crate::load::spec;
use crate::msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Weighting {
    #[default]
    Equal,
    Budget,
}

/// What shades the districts on the map: how many measures take place in
/// each, or how much money they plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DistrictShading {
    #[default]
    Measures,
    Budget,
}

#[derive(Debug, Clone, Serialize)]
pub enum MenuTarget {
    Page(At<String>),
    Url(String),
}

#[derive(Debug, Clone, Serialize)]
pub struct MenuEntry {
    pub title: String,
    pub target: MenuTarget,
    /// Where `page` or `url` is written in site.toml: a broken link from
    /// the menu is reported here, not at the theme's template.
    #[serde(skip)]
    pub loc: Loc,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct Organisation {
    pub name: Option<String>,
    pub logo: Option<At<String>>,
    /// The imprint every page links to in its footer: a page or an address.
    pub imprint: Option<MenuTarget>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SiteConfig {
    pub title: String,
    pub description: Option<String>,
    /// Always ends with `/` when set.
    pub base_url: Option<String>,
    /// The language of this configuration's pages: the default (the
    /// first of `languages`) as read; another one in `in_language`.
    pub language: Lang,
    /// Every language of the portal, the default first.
    pub languages: Vec<Lang>,
    /// site.toml's texts in each language but the default.
    pub lang_texts: Vec<languages::LangTexts>,
    pub theme: String,
    pub currency: String,
    pub progress_weighting: Weighting,
    pub district_shading: DistrictShading,
    pub organisation: Organisation,
    pub menu: Vec<MenuEntry>,
    pub accessibility: Option<statement::Accessibility>,
    pub colors: colors::Colors,
    pub license: license::License,
    /// Strips raw HTML (and heading attributes) from Markdown.
    pub safe_html: bool,
    /// Inhabitants, for per-inhabitant budget figures.
    pub population: Option<u64>,
    /// Entries per page of the long lists (measures, reports, indicators,
    /// budget by measure).
    pub page_size: usize,
    /// The form editor: published or not, and its Git service.
    pub cms: cms::Cms,
    /// Whether the pages show the change history from the portal's Git
    /// repository: `history` as written; when not, only for a portal at the
    /// top of its repository's work tree.
    pub history: Option<bool>,
    /// Whether the build writes the accessible PDFs (`pdf`, default true).
    pub pdf: bool,
}

impl SiteConfig {
    /// The portal's default language (its root).
    pub fn default_language(&self) -> Lang {
        self.languages[0]
    }

    /// The settings as the pages in `lang` see them: that language's
    /// texts where site.toml gives them.
    pub fn in_language(&self, lang: Lang) -> SiteConfig {
        let mut c = self.clone();
        c.language = lang;
        let Some(t) = self.lang_texts.iter().find(|t| t.lang == lang) else {
            return c;
        };
        c.title = t.title.clone();
        c.description = t.description.clone().or(c.description);
        if let Some(name) = &t.organisation {
            c.organisation.name = Some(name.clone());
        }
        for (entry, title) in c.menu.iter_mut().zip(&t.menu) {
            entry.title = title.clone();
        }
        if let Some(a) = &mut c.accessibility {
            a.method = t.method.clone().or(a.method.take());
            if let Some(b) = t.barriers.as_ref().filter(|b| b.len() == a.barriers.len()) {
                a.barriers = b.clone();
            }
            a.enforcement = t.enforcement.clone().or(a.enforcement.take());
        }
        c
    }

    /// Settings for a site.toml that could not be read, so that the rest of
    /// the portal can still be checked and every problem reported.
    pub fn fallback() -> SiteConfig {
        SiteConfig {
            title: String::new(),
            description: None,
            base_url: None,
            language: Lang::De,
            languages: vec![Lang::De],
            lang_texts: Vec::new(),
            theme: "default".into(),
            currency: "EUR".into(),
            progress_weighting: Weighting::Equal,
            district_shading: DistrictShading::Measures,
            organisation: Organisation::default(),
            menu: Vec::new(),
            accessibility: None,
            colors: Default::default(),
            license: license::License::default_for(Lang::De),
            safe_html: false,
            population: None,
            page_size: crate::render::pages::listing::DEFAULT_PAGE_SIZE,
            cms: cms::Cms::default(),
            history: None,
            pdf: true,
        }
    }
}

/// The language messages about the portal at `root` are in: `--lang` (or
/// the `KLARSICHT_LANG` variable), else the portal's `language` (German
/// when site.toml does not say), else, outside a portal or when site.toml
/// cannot be read, the environment's locale, else English.
pub fn messages_language(flag: Option<Lang>, root: Option<&std::path::Path>) -> Lang {
    if let Some(l) = flag {
        return l;
    }
    if let Some(l) = std::env::var("KLARSICHT_LANG")
        .ok()
        .and_then(|v| Lang::parse(&v))
    {
        return l;
    }
    root.and_then(portal_language)
        .or_else(Lang::from_environment)
        .unwrap_or(Lang::En)
}

/// The language site.toml at `root` declares (German when it says none);
/// None when there is no readable site.toml.
pub fn portal_language(root: &std::path::Path) -> Option<Lang> {
    let text = std::fs::read_to_string(root.join("site.toml")).ok()?;
    let t = text.parse::<toml::Table>().ok()?;
    let first = t
        .get("languages")
        .and_then(|v| v.as_array())
        .and_then(|a| a.first())
        .or_else(|| t.get("language"));
    Some(match first.and_then(|v| v.as_str()) {
        Some(code) => Lang::parse(code).unwrap_or(Lang::De),
        None => Lang::De,
    })
}

pub fn normalise_base_url(url: &str) -> Option<String> {
    let url = url.trim();
    if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() <= "https://".len()
    {
        return None;
    }
    Some(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

fn choice<T: Copy>(t: &Table, key: &str, options: &[(&str, T)], d: &mut Diagnostics) -> Option<T> {
    let s = t.string(key, d)?;
    if let Some((_, v)) = options.iter().find(|(name, _)| *name == s.value) {
        return Some(*v);
    }
    let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
    d.push(
        Diagnostic::error(
            t.doc.file,
            s.loc,
            msg!("invalid-choice", key = key, value = s.value),
        )
        .with_hint(msg!("hint-valid-values", valid = names.join(", "))),
    );
    None
}

/// A `[[menu]] url` under the rules of Markdown links: no script or
/// `file:` scheme; without a scheme, a path below the site root (the menu
/// is on pages of every depth, which link it relative to themselves).
fn menu_url(file: &Path, url: &At<String>, d: &mut Diagnostics) -> Option<String> {
    let u = &url.value;
    let problem = if let Some(p) = crate::base::urls::refused_scheme(u) {
        Some((
            msg!("menu-url-refused", url = u, problem = p),
            crate::base::urls::refused_scheme_hint(),
        ))
    } else if crate::base::urls::has_scheme(u) || u.starts_with('#') {
        None
    } else if u.starts_with('/') {
        Some((
            msg!("menu-url-absolute", url = u),
            msg!("hint-menu-url-absolute"),
        ))
    } else if crate::base::urls::escapes_root(u, 0) {
        Some((
            msg!("menu-url-outside", url = u),
            msg!("hint-menu-url-outside"),
        ))
    } else {
        None
    };
    match problem {
        Some((message, hint)) => {
            d.push(Diagnostic::error(file, url.loc, message).with_hint(hint));
            None
        }
        None => Some(u.clone()),
    }
}

/// site.toml at `root`, read and parsed; the fallback settings when it
/// cannot be read (the error is in `d`).
pub fn read(root: &Path, d: &mut Diagnostics) -> SiteConfig {
    crate::load::read_text(root, &root.join("site.toml"), d)
        .map(|t| parse(Path::new("site.toml"), &t, d))
        .unwrap_or_else(SiteConfig::fallback)
}

pub fn parse(file: &Path, text: &str, d: &mut Diagnostics) -> SiteConfig {
    let doc = Doc::new(file, text, 0);
    let Some(root) = doc.parse(text, d) else {
        return SiteConfig::fallback();
    };
    let t = Table::new(&doc, &root, "what-site-toml");
    t.check_known(&spec::keys(spec::SITE), d);
    let title = t
        .required_string("title", d)
        .map(|s| s.value)
        .unwrap_or_default();
    let base_url = base_url(&t, d);
    let currency = currency(&t, file, d);
    let theme = theme_name(&t, file, d);
    let organisation = organisation(&t, d);
    let menu = menu(&t, file, d);
    let accessibility = t
        .table("accessibility", "what-accessibility", d)
        .and_then(|a| statement::parse(&a, d));
    let barriers = accessibility.as_ref().map_or(0, |a| a.barriers.len());
    let langs = languages::parse(&t, menu.len(), barriers, d);
    let language = langs.all[0];
    SiteConfig {
        title,
        description: t.string("description", d).map(|s| s.value),
        base_url,
        language,
        languages: langs.all,
        lang_texts: langs.texts,
        license: license::parse(&t, language, d),
        safe_html: t.boolean("safe_html", d).unwrap_or(false),
        population: t
            .integer_in("population", 1..1_000_000_001, d)
            .map(|n| n.value as u64),
        page_size: t
            .integer_in("page_size", 10..1001, d)
            .map_or(crate::render::pages::listing::DEFAULT_PAGE_SIZE, |n| {
                n.value as usize
            }),
        theme,
        currency,
        progress_weighting: choice(
            &t,
            "progress_weighting",
            &[("equal", Weighting::Equal), ("budget", Weighting::Budget)],
            d,
        )
        .unwrap_or_default(),
        district_shading: choice(
            &t,
            "district_shading",
            &[
                ("measures", DistrictShading::Measures),
                ("budget", DistrictShading::Budget),
            ],
            d,
        )
        .unwrap_or_default(),
        organisation,
        menu,
        accessibility,
        colors: t
            .table("colors", "what-colors", d)
            .map(|c| colors::parse(&c, d))
            .unwrap_or_default(),
        history: t.boolean("history", d),
        pdf: t.boolean("pdf", d).unwrap_or(true),
        cms: t
            .table("cms", "what-cms", d)
            .map(|c| cms::parse(&c, d))
            .unwrap_or_default(),
    }
}

/// `base_url`, normalised to end in `/`.
fn base_url(t: &Table, d: &mut Diagnostics) -> Option<String> {
    web_address(t, "base_url", Some(msg!("hint-base-url")), d).and_then(|u| normalise_base_url(&u))
}

/// The http(s) address at `key`, trimmed; an error at its place (with
/// `hint`) when it is not one. The one check of every address in site.toml.
pub(crate) fn web_address(
    t: &Table,
    key: &str,
    hint: Option<crate::base::messages::Text>,
    d: &mut Diagnostics,
) -> Option<String> {
    let u = t.string(key, d)?;
    if normalise_base_url(&u.value).is_some() {
        return Some(u.value.trim().to_string());
    }
    d.push(
        Diagnostic::error(
            t.doc.file,
            u.loc,
            msg!("not-web-address", key = key, value = u.value),
        )
        .maybe_hint(hint),
    );
    None
}

/// `currency`: an ISO 4217 code, `EUR` when missing or wrong.
fn currency(t: &Table, file: &Path, d: &mut Diagnostics) -> String {
    match t.string("currency", d) {
        Some(c) if c.value.len() == 3 && c.value.bytes().all(|b| b.is_ascii_uppercase()) => c.value,
        Some(c) => {
            d.push(
                Diagnostic::error(file, c.loc, msg!("currency-code", value = c.value))
                    .with_hint(msg!("hint-currency-code")),
            );
            "EUR".into()
        }
        None => "EUR".into(),
    }
}

/// `theme`: a bundled theme or a folder in themes/.
fn theme_name(t: &Table, file: &Path, d: &mut Diagnostics) -> String {
    let theme = t
        .string("theme", d)
        .map(|s| s.value)
        .unwrap_or_else(|| "default".into());
    if !crate::base::slug::is_valid(&theme) {
        d.push(
            Diagnostic::error(file, t.loc(), msg!("theme-name", value = theme))
                .with_hint(msg!("hint-theme-name")),
        );
    }
    theme
}

/// `[organisation]`: name, logo and imprint.
fn organisation(t: &Table, d: &mut Diagnostics) -> Organisation {
    match t.table("organisation", "what-organisation", d) {
        Some(o) => {
            o.check_known(&spec::keys(spec::ORGANISATION), d);
            Organisation {
                name: o.string("name", d).map(|s| s.value),
                logo: o.string("logo", d),
                imprint: o.string("imprint", d).map(|i| {
                    if i.value.starts_with("https://") || i.value.starts_with("http://") {
                        MenuTarget::Url(i.value)
                    } else {
                        MenuTarget::Page(i)
                    }
                }),
            }
        }
        None => Organisation::default(),
    }
}

/// `[[menu]]` entries, each a page or an address.
fn menu(t: &Table, file: &Path, d: &mut Diagnostics) -> Vec<MenuEntry> {
    t.tables("menu", "what-menu-entry", d)
        .iter()
        .filter_map(|m| {
            m.check_known(&spec::keys(spec::MENU), d);
            let title = m.required_string("title", d)?.value;
            let (target, loc) = match (m.string("page", d), m.string("url", d)) {
                (Some(p), None) => {
                    let loc = p.loc;
                    (MenuTarget::Page(p), loc)
                }
                (None, Some(u)) => (MenuTarget::Url(menu_url(file, &u, d)?), u.loc),
                _ => {
                    d.push(
                        Diagnostic::error(file, m.loc(), msg!("menu-page-or-url"))
                            .with_hint(msg!("hint-menu-page-or-url")),
                    );
                    return None;
                }
            };
            Some(MenuEntry { title, target, loc })
        })
        .collect()
}

/// The loc used for problems that concern site.toml as a whole.
pub const FILE_START: Loc = Loc::START;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_gets_a_trailing_slash() {
        assert_eq!(
            normalise_base_url("https://a.de"),
            Some("https://a.de/".into())
        );
        assert_eq!(
            normalise_base_url("https://a.de/x/"),
            Some("https://a.de/x/".into())
        );
        assert_eq!(normalise_base_url("ftp://a.de"), None);
    }

    #[test]
    fn unknown_key_and_bad_language_are_reported() {
        let mut d = Diagnostics::new();
        let cfg = parse(
            Path::new("site.toml"),
            "title = \"T\"\nlanguge = \"de\"\nlanguage = \"fr\"\n",
            &mut d,
        );
        assert_eq!(cfg.title, "T");
        let msgs: Vec<String> = d.sorted().iter().map(|x| x.to_string()).collect();
        assert_eq!(msgs.len(), 2, "{msgs:?}");
        assert!(msgs[0].starts_with("site.toml:2:1: error: unknown key `languge` in site.toml\n  hint: did you mean `language`?"));
        assert!(msgs[1].starts_with("site.toml:3:12: error: invalid `language` `fr`"));
    }
}

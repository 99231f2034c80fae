//! Themes: the default theme is built into the binary; a portal's
//! `themes/<name>/` can replace it, and its `templates/` folder overrides
//! single templates of either.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc, rel_path};
use crate::base::locale::Lang;

/// (name, source) pairs of a bundled theme's templates.
macro_rules! templates {
    ($theme:literal: $($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../themes/", $theme, "/templates/", $name)))),*]
    };
}

/// The built-in default theme, in MiniJinja.
const DEFAULT_TEMPLATES: &[(&str, &str)] = templates!("default": "base.html", "macros.html", "home.html", "progress.html", "goals.html", "goal.html", "measures.html", "measure.html", "reports.html", "report.html", "indicators.html", "indicator.html", "budget.html", "search.html", "data.html", "accessibility.html", "easy_reading.html", "changes.html", "topics.html", "topic.html", "sdg.html", "districts.html", "district.html", "filter.html", "budget_measures.html", "progress_list.html", "council_paper.html", "embed.html", "page.html", "404.html", "atom.xml", "sitemap.xml");

/// The bundled `plain` theme, in Tera: the same pages from the same views.
const PLAIN_TEMPLATES: &[(&str, &str)] = templates!("plain": "404.html", "accessibility.html", "easy_reading.html", "atom.xml", "base.html", "budget.html", "budget_table.html", "budget_cells.html", "contact.html", "changes.html", "item_changes.html", "measure_list.html", "data.html", "goal.html", "goals.html", "home.html", "indicator.html", "indicators.html", "measure.html", "measures.html", "page.html", "progress.html", "report.html", "reports.html", "search.html", "sitemap.xml", "topic.html", "topics.html", "filter.html", "budget_measures.html", "progress_list.html", "council_paper.html", "embed.html", "list_head.html", "pager.html", "sdg.html", "sdg_badges.html", "districts.html", "district.html", "district_map.html", "district_table.html", "district_links.html");

/// The template language of a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    MiniJinja,
    Tera,
}

const DEFAULT_ASSETS: &[(&str, &[u8])] = &[
    (
        "style.css",
        include_bytes!("../../themes/default/static/style.css"),
    ),
    (
        "sortable.js",
        include_bytes!("../../themes/default/static/sortable.js"),
    ),
    (
        "search.js",
        include_bytes!("../../themes/default/static/search.js"),
    ),
    (
        "changes.js",
        include_bytes!("../../themes/default/static/changes.js"),
    ),
    // Without an icon link browsers ask for /favicon.ico, which is outside
    // the site when it lives under a sub-path.
    (
        "favicon.svg",
        include_bytes!("../../themes/default/static/favicon.svg"),
    ),
];

/// Themes built into the binary; any other name is a folder in themes/.
pub const BUNDLED: [&str; 2] = ["default", "plain"];

const DEFAULT_I18N: &[(Lang, &str)] = &[
    (Lang::De, include_str!("../../themes/default/i18n/de.toml")),
    (Lang::En, include_str!("../../themes/default/i18n/en.toml")),
];

pub enum Asset {
    Embedded(&'static [u8]),
    File(PathBuf),
}

pub struct Theme {
    pub language: Language,
    /// Template name → (source, file shown in error messages).
    pub templates: BTreeMap<String, (String, PathBuf)>,
    /// Output path below `assets/` → content.
    pub assets: BTreeMap<String, Asset>,
    /// UI strings in the site's language.
    pub strings: BTreeMap<String, String>,
}

fn read_dir_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return out;
    }
    for e in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .follow_root_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        if e.file_type().is_file()
            && let Ok(rel) = e.path().strip_prefix(dir)
        {
            out.push((
                rel.to_string_lossy().replace('\\', "/"),
                e.path().to_path_buf(),
            ));
        }
    }
    out
}

fn parse_strings(file: &Path, text: &str, d: &mut Diagnostics) -> BTreeMap<String, String> {
    match toml::from_str::<BTreeMap<String, String>>(text) {
        Ok(m) => m,
        Err(e) => {
            let loc = e
                .span()
                .map_or(Loc::START, |s| Loc::of_offset(text, s.start));
            d.push(Diagnostic::error(
                file,
                loc,
                crate::msg!("i18n-invalid", why = e.message().to_string()),
            ));
            BTreeMap::new()
        }
    }
}

/// Loads the theme named in site.toml, with the portal's overrides.
pub fn read_theme(root: &Path, name: &str, lang: Lang, d: &mut Diagnostics) -> Theme {
    let mut theme = bundled(name, lang, d);
    overlay_portal(root, name, lang, &mut theme, d);
    theme
}

/// The bundled theme a theme named `name` starts from: `plain`, or the
/// default one for any other name.
fn bundled(name: &str, lang: Lang, d: &mut Diagnostics) -> Theme {
    let (language, bundled, templates) = match name {
        "plain" => (Language::Tera, "plain", PLAIN_TEMPLATES),
        _ => (Language::MiniJinja, "default", DEFAULT_TEMPLATES),
    };
    let mut theme = Theme {
        language,
        templates: BTreeMap::new(),
        assets: BTreeMap::new(),
        strings: BTreeMap::new(),
    };
    for (n, src) in templates {
        theme.templates.insert(
            (*n).to_string(),
            (
                (*src).to_string(),
                PathBuf::from(format!("themes/{bundled}/templates/{n}")),
            ),
        );
    }
    if language == Language::Tera {
        theme.assets.insert(
            "plain.css".into(),
            Asset::Embedded(include_bytes!("../../themes/plain/static/plain.css")),
        );
    }
    for (n, bytes) in DEFAULT_ASSETS {
        theme
            .assets
            .insert((*n).to_string(), Asset::Embedded(bytes));
    }
    let default_strings = DEFAULT_I18N
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .unwrap_or("");
    theme.strings = parse_strings(Path::new("themes/default/i18n"), default_strings, d);
    theme
}

/// The portal's own theme folder and templates/ over the bundled theme.
fn overlay_portal(root: &Path, name: &str, lang: Lang, theme: &mut Theme, d: &mut Diagnostics) {
    let local = root.join("themes").join(name);
    if !BUNDLED.contains(&name) && !local.is_dir() {
        d.push(
            Diagnostic::error(
                "site.toml",
                Loc::START,
                crate::msg!("theme-missing", name = name),
            )
            .with_hint(crate::msg!("hint-theme-missing", name = name)),
        );
    }
    // Linked folders are refused, not followed: a theme's static/ is published.
    let local_linked = crate::load::linked_root(root, &local, d);
    let usable =
        |dir: &Path, d: &mut Diagnostics| !local_linked && !crate::load::linked_root(root, dir, d);
    let mut overlay = |dir: PathBuf, d: &mut Diagnostics| {
        for (n, path) in read_dir_files(&dir) {
            match crate::load::read_text(root, &path, d) {
                Some(src) => {
                    theme.templates.insert(n, (src, rel_path(root, &path)));
                }
                None => continue,
            }
        }
    };
    if usable(&local.join("templates"), d) {
        overlay(local.join("templates"), d);
    }
    let portal_templates = root.join("templates");
    if !crate::load::linked_root(root, &portal_templates, d) {
        overlay(portal_templates, d);
    }
    if usable(&local.join("static"), d) {
        for (n, path) in read_dir_files(&local.join("static")) {
            theme.assets.insert(n, Asset::File(path));
        }
    }
    let i18n = local.join("i18n").join(format!("{}.toml", lang.code()));
    if usable(&local.join("i18n"), d)
        && i18n.is_file()
        && let Some(text) = crate::load::read_text(root, &i18n, d)
    {
        theme
            .strings
            .extend(parse_strings(&rel_path(root, &i18n), &text, d));
    }
}

/// Every UI string exists in every language of the portal: a key a portal's
/// theme adds in one language's `i18n/<code>.toml` and not in another's
/// would show its name on that language's pages. One error per language,
/// naming the missing keys.
pub fn check_strings(name: &str, themes: &[(Lang, &Theme)], d: &mut Diagnostics) {
    for (lang, theme) in themes {
        let missing: Vec<&str> = themes
            .iter()
            .flat_map(|(_, other)| other.strings.keys())
            .filter(|k| !theme.strings.contains_key(*k))
            .map(String::as_str)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        if missing.is_empty() {
            continue;
        }
        let file = format!("themes/{name}/i18n/{}.toml", lang.code());
        d.push(
            Diagnostic::error(
                &file,
                Loc::START,
                crate::msg!(
                    "theme-strings-missing",
                    keys = missing.join(", "),
                    code = lang.code()
                ),
            )
            .with_hint(crate::msg!(
                "hint-theme-strings-missing",
                file = file.clone()
            )),
        );
    }
}

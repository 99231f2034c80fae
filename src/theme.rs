//! Themes: the default theme is built into the binary; a portal's
//! `themes/<name>/` can replace it, and its `templates/` folder overrides
//! single templates of either.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Diagnostics, Loc, rel_path};
use crate::locale::Lang;

/// (name, source) of the built-in default theme.
const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../themes/default/templates/base.html"),
    ),
    (
        "macros.html",
        include_str!("../themes/default/templates/macros.html"),
    ),
    (
        "home.html",
        include_str!("../themes/default/templates/home.html"),
    ),
    (
        "progress.html",
        include_str!("../themes/default/templates/progress.html"),
    ),
    (
        "goals.html",
        include_str!("../themes/default/templates/goals.html"),
    ),
    (
        "goal.html",
        include_str!("../themes/default/templates/goal.html"),
    ),
    (
        "measures.html",
        include_str!("../themes/default/templates/measures.html"),
    ),
    (
        "measure.html",
        include_str!("../themes/default/templates/measure.html"),
    ),
    (
        "reports.html",
        include_str!("../themes/default/templates/reports.html"),
    ),
    (
        "report.html",
        include_str!("../themes/default/templates/report.html"),
    ),
    (
        "indicators.html",
        include_str!("../themes/default/templates/indicators.html"),
    ),
    (
        "indicator.html",
        include_str!("../themes/default/templates/indicator.html"),
    ),
    (
        "budget.html",
        include_str!("../themes/default/templates/budget.html"),
    ),
    (
        "search.html",
        include_str!("../themes/default/templates/search.html"),
    ),
    (
        "data.html",
        include_str!("../themes/default/templates/data.html"),
    ),
    (
        "accessibility.html",
        include_str!("../themes/default/templates/accessibility.html"),
    ),
    (
        "page.html",
        include_str!("../themes/default/templates/page.html"),
    ),
    (
        "404.html",
        include_str!("../themes/default/templates/404.html"),
    ),
    (
        "atom.xml",
        include_str!("../themes/default/templates/atom.xml"),
    ),
    (
        "sitemap.xml",
        include_str!("../themes/default/templates/sitemap.xml"),
    ),
];

const DEFAULT_ASSETS: &[(&str, &[u8])] = &[
    (
        "style.css",
        include_bytes!("../themes/default/static/style.css"),
    ),
    (
        "sortable.js",
        include_bytes!("../themes/default/static/sortable.js"),
    ),
    (
        "search.js",
        include_bytes!("../themes/default/static/search.js"),
    ),
    // Without an icon link browsers ask for /favicon.ico, which is outside
    // the site when it lives under a sub-path.
    (
        "favicon.svg",
        include_bytes!("../themes/default/static/favicon.svg"),
    ),
];

const DEFAULT_I18N: &[(Lang, &str)] = &[
    (Lang::De, include_str!("../themes/default/i18n/de.toml")),
    (Lang::En, include_str!("../themes/default/i18n/en.toml")),
];

pub enum Asset {
    Embedded(&'static [u8]),
    File(PathBuf),
}

pub struct Theme {
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
                format!("invalid translation file: {}", e.message()),
            ));
            BTreeMap::new()
        }
    }
}

/// Loads the theme named in site.toml, with the portal's overrides.
pub fn load(root: &Path, name: &str, lang: Lang, d: &mut Diagnostics) -> Theme {
    let mut theme = Theme {
        templates: BTreeMap::new(),
        assets: BTreeMap::new(),
        strings: BTreeMap::new(),
    };
    for (n, src) in DEFAULT_TEMPLATES {
        theme.templates.insert(
            (*n).to_string(),
            (
                (*src).to_string(),
                PathBuf::from(format!("themes/default/templates/{n}")),
            ),
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

    let local = root.join("themes").join(name);
    if name != "default" && !local.is_dir() {
        d.push(
            Diagnostic::error("site.toml", Loc::START, format!("theme `{name}` not found"))
                .with_hint(format!(
                    "create themes/{name}/templates/ or use theme = \"default\""
                )),
        );
    }
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
    overlay(local.join("templates"), d);
    overlay(root.join("templates"), d);
    for (n, path) in read_dir_files(&local.join("static")) {
        theme.assets.insert(n, Asset::File(path));
    }
    let i18n = local.join("i18n").join(format!("{}.toml", lang.code()));
    if i18n.is_file()
        && let Some(text) = crate::load::read_text(root, &i18n, d)
    {
        theme
            .strings
            .extend(parse_strings(&rel_path(root, &i18n), &text, d));
    }
    theme
}

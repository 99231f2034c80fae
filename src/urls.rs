//! URL words by language and relative links: every link in the output is
//! relative, so the folder works at a domain root, under any sub-path and on
//! any plain file host.

use crate::load::records::Kind;
use crate::locale::Lang;

#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct UrlWords {
    pub goals: &'static str,
    pub measures: &'static str,
    pub reports: &'static str,
    pub indicators: &'static str,
    pub budget: &'static str,
    pub progress: &'static str,
    pub search: &'static str,
    pub data: &'static str,
    pub accessibility: &'static str,
}

impl UrlWords {
    pub fn for_lang(lang: Lang) -> UrlWords {
        match lang {
            Lang::De => UrlWords {
                goals: "ziele",
                measures: "massnahmen",
                reports: "berichte",
                indicators: "kennzahlen",
                budget: "haushalt",
                progress: "fortschritt",
                search: "suche",
                data: "daten",
                accessibility: "barrierefreiheit",
            },
            Lang::En => UrlWords {
                goals: "goals",
                measures: "measures",
                reports: "reports",
                indicators: "indicators",
                budget: "budget",
                progress: "progress",
                search: "search",
                data: "data",
                accessibility: "accessibility",
            },
        }
    }

    pub fn all(&self) -> [&'static str; 9] {
        [
            self.goals,
            self.measures,
            self.reports,
            self.indicators,
            self.budget,
            self.progress,
            self.search,
            self.data,
            self.accessibility,
        ]
    }

    /// Site-root-relative folder of an item's page, e.g. `massnahmen/kita/`.
    pub fn item(&self, kind: Kind, slug: &str) -> String {
        match kind {
            Kind::Goal => format!("{}/{slug}/", self.goals),
            Kind::Measure => format!("{}/{slug}/", self.measures),
            Kind::Report => format!("{}/{slug}/", self.reports),
            Kind::Indicator => format!("{}/{slug}/", self.indicators),
            Kind::Page => format!("{slug}/"),
        }
    }

    pub fn section(&self, kind: Kind) -> String {
        match kind {
            Kind::Goal => format!("{}/", self.goals),
            Kind::Measure => format!("{}/", self.measures),
            Kind::Report => format!("{}/", self.reports),
            Kind::Indicator => format!("{}/", self.indicators),
            Kind::Page => String::new(),
        }
    }
}

/// The prefix that leads from a page at `page_path` (root-relative, e.g.
/// `ziele/a/index.html`) back to the site root: `../../`, or `./` at the root.
pub fn root_prefix(page_path: &str) -> String {
    let depth = page_path.matches('/').count();
    if depth == 0 {
        "./".to_string()
    } else {
        "../".repeat(depth)
    }
}

/// Whether a relative link written on a page `depth` folders deep climbs
/// above the site root (`../../x` from one level down does).
pub fn escapes_root(href: &str, depth: usize) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or("");
    let mut level = depth as isize;
    for seg in path.split('/') {
        match seg {
            ".." => {
                level -= 1;
                if level < 0 {
                    return true;
                }
            }
            "" | "." => {}
            _ => level += 1,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_lead_back_to_the_root() {
        assert_eq!(root_prefix("index.html"), "./");
        assert_eq!(root_prefix("ziele/index.html"), "../");
        assert_eq!(root_prefix("ziele/a/index.html"), "../../");
    }

    #[test]
    fn climbing_above_the_root_is_detected() {
        assert!(!escapes_root("../b/", 2));
        assert!(!escapes_root("../../x", 2));
        assert!(escapes_root("../../../x", 2));
        assert!(escapes_root("../x", 0));
        assert!(!escapes_root("a/../b", 0));
        assert!(escapes_root("a/../../b", 0));
    }

    #[test]
    fn words_follow_the_language() {
        assert_eq!(
            UrlWords::for_lang(Lang::De).item(Kind::Measure, "kita"),
            "massnahmen/kita/"
        );
        assert_eq!(
            UrlWords::for_lang(Lang::En).item(Kind::Measure, "kita"),
            "measures/kita/"
        );
        assert_eq!(
            UrlWords::for_lang(Lang::En).item(Kind::Page, "imprint"),
            "imprint/"
        );
    }
}

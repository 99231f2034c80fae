//! URL words by language and relative links: every link in the output is
//! relative, so the folder works at a domain root, under any sub-path and on
//! any plain file host.

use crate::base::locale::Lang;
use crate::base::vocab::Kind;

/// The folder of the page in Leichte Sprache: the same in every language,
/// since the page is German.
pub const EASY_READING: &str = "leichte-sprache";

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
    /// The committee calendar's file name, in the reports folder.
    pub sessions: &'static str,
    /// The changes of the whole portal (its folder), and the name of an
    /// item's feed of changes beside its page.
    pub changes: &'static str,
    pub changes_feed: &'static str,
    /// The topics (the items' tags).
    pub topics: &'static str,
    /// The portal's contributions to the UN's Sustainable Development Goals.
    pub sdg: &'static str,
    /// The districts (Stadtteile) and each district's page.
    pub districts: &'static str,
    /// A goal's council paper, below the goal's folder.
    pub council_paper: &'static str,
    /// The blocks for other sites' pages (`einbetten/ziele/<slug>/`).
    pub embed: &'static str,
    /// The dashboard's whole lists, below `progress`.
    pub overdue: &'static str,
    pub behind: &'static str,
    pub stalled: &'static str,
    /// The words of a long list's pages (`massnahmen/seite/2/`) and of its
    /// narrowed lists (`massnahmen/ziel/<slug>/`): see `ListWords`.
    pub list: ListWords,
}

/// The folders below a list's section that hold its further pages and its
/// narrowed lists: items of the section may not take these slugs.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct ListWords {
    /// `seite`: `massnahmen/seite/2/`.
    pub page: &'static str,
    pub status: &'static str,
    pub goal: &'static str,
    pub owner: &'static str,
    pub year: &'static str,
}

impl ListWords {
    pub fn all(&self) -> [&'static str; 5] {
        [self.page, self.status, self.goal, self.owner, self.year]
    }

    /// The filters, without the page word: their next folder is a value.
    fn filters(&self) -> [&'static str; 4] {
        [self.status, self.goal, self.owner, self.year]
    }
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
                sessions: "sitzungen.ics",
                changes: "aenderungen",
                changes_feed: "aenderungen.xml",
                topics: "themen",
                sdg: "sdg",
                districts: "stadtteile",
                council_paper: "sitzungsunterlage",
                embed: "einbetten",
                overdue: "ueberfaellig",
                behind: "hinter-dem-zeitplan",
                stalled: "verzoegert-pausiert",
                list: ListWords {
                    page: "seite",
                    status: "status",
                    goal: "ziel",
                    owner: "zustaendig",
                    year: "jahr",
                },
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
                sessions: "sessions.ics",
                changes: "changes",
                changes_feed: "changes.xml",
                topics: "topics",
                sdg: "sdg",
                districts: "districts",
                council_paper: "council-paper",
                embed: "embed",
                overdue: "overdue",
                behind: "behind-schedule",
                stalled: "stalled",
                list: ListWords {
                    page: "page",
                    status: "status",
                    goal: "goal",
                    owner: "owner",
                    year: "year",
                },
            },
        }
    }

    /// `berichte/atom.xml`: the feed of all reports.
    pub fn site_feed(&self) -> String {
        format!("{}/atom.xml", self.reports)
    }

    /// `ziele/<slug>/atom.xml`: the reports of one goal, beside its page.
    pub fn goal_feed(&self, goal_slug: &str) -> String {
        format!("{}atom.xml", self.item(Kind::Goal, goal_slug))
    }

    /// `berichte/sitzungen.ics`: the committee calendar.
    pub fn calendar(&self) -> String {
        format!("{}/{}", self.reports, self.sessions)
    }

    /// `aenderungen/atom.xml`: every change of the portal.
    pub fn site_changes_feed(&self) -> String {
        format!("{}/atom.xml", self.changes)
    }

    /// `massnahmen/<slug>/aenderungen.xml`: one item's changes, beside its page.
    pub fn item_changes_feed(&self, kind: Kind, slug: &str) -> String {
        format!("{}{}", self.item(kind, slug), self.changes_feed)
    }

    pub fn all(&self) -> [&'static str; 13] {
        [
            self.changes,
            self.topics,
            self.sdg,
            self.districts,
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

    /// `einbetten/ziele/<slug>/`: the block of the page at `folder` (a
    /// root-relative folder) for other sites' pages.
    pub fn embed(&self, folder: &str) -> String {
        format!("{}/{folder}", self.embed)
    }

    /// `stadtteile/<slug>/`: a district's page.
    pub fn district(&self, slug: &str) -> String {
        format!("{}/{slug}/", self.districts)
    }

    /// `themen/<slug>/`: a topic's page.
    pub fn topic(&self, slug: &str) -> String {
        format!("{}/{slug}/", self.topics)
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

/// The folder of the pages in `lang` below the site root: empty for the
/// portal's first language, `en/` for another.
pub fn lang_folder(lang: Lang, default: Lang) -> String {
    if lang == default {
        String::new()
    } else {
        format!("{}/", lang.code())
    }
}

/// The way from the root of the pages in `from` to the root of those in
/// `to`: `en/` from the first language, `../` back to it, `../de/` across.
pub fn lang_hop(from: Lang, to: Lang, default: Lang) -> String {
    let up = if from == default { "" } else { "../" };
    format!("{up}{}", lang_folder(to, default))
}

/// The same page in another language's URL words, both relative to their
/// language's root: `massnahmen/kita/` → `measures/kita/`, and a list's
/// pages and filters with them: `massnahmen/ziel/kita/seite/2/` →
/// `measures/goal/kita/page/2/` (a filter's value is the same in every
/// language). A free page and the home page keep their path.
pub fn counterpart(path: &str, from: &UrlWords, to: &UrlWords) -> String {
    let mut parts = path.split('/');
    let first = parts.next().unwrap_or_default();
    let Some(i) = from.all().iter().position(|w| *w == first) else {
        return path.to_string();
    };
    let mut out = vec![to.all()[i]];
    let mut rest: Vec<&str> = parts.collect();
    // The budget's list of measures (`haushalt/massnahmen/seite/2/`).
    let dashboard = [from.overdue, from.behind, from.stalled];
    let listed = if first == from.budget && rest.first() == Some(&from.measures) {
        out.push(to.measures);
        rest.remove(0);
        true
    } else if first == from.budget && rest.first() == Some(&from.goals) {
        out.push(to.goals);
        rest.remove(0);
        true
    } else if let Some(j) = (first == from.progress)
        .then(|| {
            rest.first()
                .and_then(|r| dashboard.iter().position(|w| w == r))
        })
        .flatten()
    {
        // The dashboard's whole lists (`fortschritt/ueberfaellig/seite/2/`).
        out.push([to.overdue, to.behind, to.stalled][j]);
        rest.remove(0);
        true
    } else if first == from.goals && rest.get(1) == Some(&from.council_paper) {
        // A goal's council paper (`ziele/<slug>/sitzungsunterlage/`).
        out.push(rest.remove(0));
        out.push(to.council_paper);
        rest.remove(0);
        false
    } else {
        [from.measures, from.reports, from.indicators, from.search].contains(&first)
    };
    let mut value_next = false;
    for part in rest {
        let word = from.list.all().iter().position(|w| *w == part);
        match word {
            Some(j) if listed && !value_next => {
                out.push(to.list.all()[j]);
                value_next = from.list.filters().contains(&part);
            }
            _ => {
                out.push(part);
                value_next = false;
            }
        }
    }
    out.join("/")
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

/// Why a link address is refused, for the schemes a public page may not
/// link: `javascript:` and `vbscript:` run code, `data:` inlines content
/// the security policy blocks, `file:` points into the reader's own
/// computer. Read as a browser reads it: ASCII tabs and line breaks
/// removed, leading spaces and controls skipped, letters in any case.
pub fn refused_scheme(dest: &str) -> Option<crate::base::messages::Text> {
    let cleaned: String = dest
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .take(12)
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme = ["javascript", "vbscript", "data", "file"]
        .into_iter()
        .find(|s| cleaned.starts_with(s) && cleaned[s.len()..].starts_with(':'))?;
    Some(match scheme {
        "file" => crate::msg!("scheme-file"),
        s => crate::msg!("scheme-code", scheme = s),
    })
}

/// What to link instead of a refused scheme.
pub fn refused_scheme_hint() -> crate::base::messages::Text {
    crate::msg!("hint-refused-scheme")
}

/// Whether `s` is a full http(s) address with a host and no blanks.
pub fn is_web_address(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// Whether an address starts with a scheme (`https:`, `mailto:`): it
/// leads elsewhere and is not resolved against the site.
pub fn has_scheme(dest: &str) -> bool {
    dest.split_once(':').is_some_and(|(s, _)| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
    })
}

/// Whether a relative link written on a page `depth` folders deep climbs
/// above the site root (`../../x` from one level down does).
pub fn escapes_root(href: &str, depth: usize) -> bool {
    let folders = vec!["_"; depth];
    walk(folders, href).is_none()
}

/// The root-relative path a relative `href` on the file `from` (root-relative,
/// e.g. `ziele/a/index.html`) leads to, without query and fragment: `ziele/b/`,
/// `daten/portal.json`, or `` for the root. None when it climbs above the root.
pub fn resolve(from: &str, href: &str) -> Option<String> {
    let folders: Vec<&str> = match from.rsplit_once('/') {
        Some((dir, _)) => dir.split('/').collect(),
        None => Vec::new(),
    };
    walk(folders, href)
}

fn walk<'a>(mut folders: Vec<&'a str>, href: &'a str) -> Option<String> {
    let path = href.split(['?', '#']).next().unwrap_or("");
    if path.is_empty() {
        return Some(join(&folders, true));
    }
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len() - 1;
    let mut folder = false;
    for (i, seg) in segments.into_iter().enumerate() {
        folder = i == last;
        match seg {
            ".." => {
                folders.pop()?;
            }
            "" | "." => {}
            name => {
                folders.push(name);
                folder = false;
            }
        }
    }
    Some(join(&folders, folder))
}

fn join(segments: &[&str], folder: bool) -> String {
    let mut out = segments.join("/");
    if folder && !out.is_empty() {
        out.push('/');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_lead_back_to_the_root() {
        assert_eq!(root_prefix("index.html"), "./");
        let (de, en) = (UrlWords::for_lang(Lang::De), UrlWords::for_lang(Lang::En));
        assert_eq!(counterpart("massnahmen/kita/", &de, &en), "measures/kita/");
        assert_eq!(counterpart("aenderungen/", &de, &en), "changes/");
        assert_eq!(counterpart("impressum/", &de, &en), "impressum/");
        assert_eq!(counterpart("", &de, &en), "");
        assert_eq!(
            counterpart("massnahmen/ziel/seite/seite/2/", &de, &en),
            "measures/goal/seite/page/2/",
            "a goal's slug after the filter word stays"
        );
        assert_eq!(
            counterpart("berichte/jahr/2025/", &de, &en),
            "reports/year/2025/"
        );
        assert_eq!(
            counterpart("haushalt/massnahmen/seite/3/", &de, &en),
            "budget/measures/page/3/"
        );
        assert_eq!(counterpart("ziele/seite/", &de, &en), "goals/seite/");
        assert_eq!(
            counterpart("fortschritt/ueberfaellig/seite/2/", &de, &en),
            "progress/overdue/page/2/"
        );
        assert_eq!(counterpart("suche/seite/4/", &de, &en), "search/page/4/");
        assert_eq!(
            counterpart("ziele/kita/sitzungsunterlage/", &de, &en),
            "goals/kita/council-paper/"
        );
        assert_eq!(
            counterpart("haushalt/ziele/seite/2/", &de, &en),
            "budget/goals/page/2/"
        );
        assert_eq!(
            counterpart("measures/owner/none/page/2/", &en, &de),
            "massnahmen/zustaendig/none/seite/2/"
        );
        assert_eq!(lang_hop(Lang::De, Lang::En, Lang::De), "en/");
        assert_eq!(lang_hop(Lang::En, Lang::De, Lang::De), "../");
        assert_eq!(lang_hop(Lang::De, Lang::De, Lang::De), "");
        assert_eq!(lang_folder(Lang::De, Lang::En), "de/");
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
    fn relative_links_resolve_from_their_page() {
        let page = "ziele/a/index.html";
        assert_eq!(resolve(page, "../b/").as_deref(), Some("ziele/b/"));
        assert_eq!(resolve(page, "../../").as_deref(), Some(""));
        assert_eq!(resolve(page, "./").as_deref(), Some("ziele/a/"));
        assert_eq!(
            resolve(page, "foto.jpg").as_deref(),
            Some("ziele/a/foto.jpg")
        );
        assert_eq!(
            resolve(page, "../../daten/portal.json?x=1#y").as_deref(),
            Some("daten/portal.json")
        );
        assert_eq!(resolve(page, "#stand").as_deref(), Some("ziele/a/"));
        assert_eq!(resolve(page, "../../..").as_deref(), None);
        assert_eq!(resolve("index.html", "ziele/").as_deref(), Some("ziele/"));
        assert_eq!(resolve("index.html", "..").as_deref(), None);
        assert_eq!(resolve("berichte/atom.xml", "..").as_deref(), Some(""));
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

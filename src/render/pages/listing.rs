//! Long lists in pages of `page_size` entries (`massnahmen/`,
//! `massnahmen/seite/2/` …) and narrowed to one value of a filter
//! (`massnahmen/status/delayed/`, itself in pages): what each page of a
//! list shows besides its entries. Pure: numbers and addresses only.

use serde::Serialize;

/// Entries per page when site.toml sets no `page_size`.
pub const DEFAULT_PAGE_SIZE: usize = 50;

/// A filter with more values than this lists them on a page of its own
/// (`massnahmen/ziel/`) instead of on every page of the list.
pub const INLINE_VALUES: usize = 20;

/// Where a page of a list stands in it.
#[derive(Debug, Clone, Serialize)]
pub struct ListView {
    /// Entries of the whole (narrowed) list.
    pub total: usize,
    /// The entries of this page, counted from 1: "51–100 of 420".
    pub first: usize,
    pub last: usize,
    /// None when the list fits on one page.
    pub pager: Option<Pager>,
    /// The filters, each value linked to its narrowed list.
    pub filters: Vec<FilterGroup>,
    /// The filter this list is narrowed by.
    pub narrowed: Option<Narrowed>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pager {
    pub current: usize,
    pub count: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub links: Vec<PageLink>,
}

/// A numbered link; `number` None stands for numbers left out ("…").
#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    pub number: Option<usize>,
    pub href: String,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct FilterGroup {
    /// "Status", "Ziel", "Zuständig", "Jahr".
    pub label: String,
    /// Its values, inline; empty when they are on a page of their own.
    pub values: Vec<FilterValue>,
    /// The page listing every value (`massnahmen/ziel/`).
    pub href: String,
    /// How many values the filter has.
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct FilterValue {
    pub label: String,
    /// The label's language when it is not the page's.
    pub lang: Option<&'static str>,
    pub href: String,
    /// Entries with this value.
    pub count: usize,
    pub current: bool,
}

/// "Status: verzögert", with the way back to the whole list.
#[derive(Debug, Clone, Serialize)]
pub struct Narrowed {
    pub label: String,
    pub value: String,
    pub lang: Option<&'static str>,
    pub all: String,
}

/// How many pages `entries` fill; an empty list still has its first page.
pub fn page_count(entries: usize, page_size: usize) -> usize {
    entries.div_ceil(page_size.max(1)).max(1)
}

/// The folder of page `n` (from 1) of the list in `folder`: the list's
/// own folder for the first page, `<folder><word>/<n>/` after it.
pub fn page_folder(folder: &str, word: &str, n: usize) -> String {
    if n <= 1 {
        folder.to_string()
    } else {
        format!("{folder}{word}/{n}/")
    }
}

/// The page numbers a pager links: the first and the last, and two on
/// either side of `current`; None where numbers are left out. A gap of a
/// single number shows that number instead.
pub fn numbers(current: usize, count: usize) -> Vec<Option<usize>> {
    let near = |n: usize| n == 1 || n == count || n.abs_diff(current) <= 2;
    let mut out = Vec::new();
    for n in 1..=count {
        let shown = near(n) || (n > 1 && n < count && near(n - 1) && near(n + 1));
        if shown {
            out.push(Some(n));
        } else if out.last() != Some(&None) {
            out.push(None);
        }
    }
    out
}

/// The pager of page `current` of `count` pages of the list in `folder`;
/// addresses are root-relative like every other.
pub fn pager(folder: &str, word: &str, current: usize, count: usize) -> Option<Pager> {
    if count < 2 {
        return None;
    }
    let href = |n: usize| page_folder(folder, word, n);
    Some(Pager {
        current,
        count,
        prev: (current > 1).then(|| href(current - 1)),
        next: (current < count).then(|| href(current + 1)),
        links: numbers(current, count)
            .into_iter()
            .map(|n| PageLink {
                number: n,
                href: n.map(href).unwrap_or_default(),
                current: n == Some(current),
            })
            .collect(),
    })
}

/// The entries of page `n` (from 1).
pub fn page_of<T>(entries: &[T], page_size: usize, n: usize) -> &[T] {
    let size = page_size.max(1);
    let start = ((n - 1) * size).min(entries.len());
    &entries[start..(start + size).min(entries.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_counted_and_cut() {
        assert_eq!(page_count(0, 50), 1);
        assert_eq!(page_count(50, 50), 1);
        assert_eq!(page_count(51, 50), 2);
        assert_eq!(page_count(10_000, 50), 200);
        let all: Vec<usize> = (1..=120).collect();
        assert_eq!(page_of(&all, 50, 1), &all[0..50]);
        assert_eq!(page_of(&all, 50, 3), &all[100..120]);
        assert!(page_of(&all, 50, 4).is_empty());
    }

    #[test]
    fn the_first_page_is_the_lists_own_folder() {
        assert_eq!(page_folder("massnahmen/", "seite", 1), "massnahmen/");
        assert_eq!(
            page_folder("massnahmen/ziel/kita/", "seite", 12),
            "massnahmen/ziel/kita/seite/12/"
        );
    }

    #[test]
    fn the_pager_leaves_out_far_numbers() {
        assert_eq!(numbers(1, 1), vec![Some(1)]);
        assert_eq!(numbers(2, 5), (1..=5).map(Some).collect::<Vec<_>>());
        assert_eq!(
            numbers(1, 200),
            vec![Some(1), Some(2), Some(3), None, Some(200)]
        );
        assert_eq!(
            numbers(100, 200),
            vec![
                Some(1),
                None,
                Some(98),
                Some(99),
                Some(100),
                Some(101),
                Some(102),
                None,
                Some(200)
            ]
        );
        // 1 … 3 would hide only 2: it is shown instead of a gap.
        assert_eq!(numbers(5, 9), (1..=9).map(Some).collect::<Vec<_>>());
        assert_eq!(
            numbers(6, 9),
            vec![
                Some(1),
                None,
                Some(4),
                Some(5),
                Some(6),
                Some(7),
                Some(8),
                Some(9)
            ]
        );
    }

    #[test]
    fn pager_links_neighbours() {
        assert!(pager("massnahmen/", "seite", 1, 1).is_none());
        let p = pager("massnahmen/", "seite", 2, 3).unwrap();
        assert_eq!(p.prev.as_deref(), Some("massnahmen/"));
        assert_eq!(p.next.as_deref(), Some("massnahmen/seite/3/"));
        let current: Vec<usize> = p
            .links
            .iter()
            .filter(|l| l.current)
            .filter_map(|l| l.number)
            .collect();
        assert_eq!(current, vec![2]);
        let last = pager("massnahmen/", "seite", 3, 3).unwrap();
        assert!(last.next.is_none());
    }
}

//! The lists of measures, reports and indicators: each in pages of
//! `page_size` entries, and narrowed by the filters that fit its entries
//! (measures by status, goal and owner; reports by goal and year;
//! indicators by goal and status), every narrowed list in pages too, and
//! each filter's values on a page of their own. Static pages: no
//! JavaScript needed to page or narrow.

use rayon::prelude::*;

use super::context::{Job, RenderContext};
use super::listing::{self, FilterGroup, FilterValue, INLINE_VALUES, ListView, Narrowed};
use super::views::{Link, View};
use crate::base::slug::slugify;
use crate::base::vocab::{Kind, Status};

/// One filter of a list: its values, each with the entries that have it.
pub struct Filter {
    /// The text key of its label ("status", "goal", "owner", "year").
    pub key: &'static str,
    /// Its folder below the list (`ziel`).
    pub word: &'static str,
    pub values: Vec<Value>,
}

pub struct Value {
    /// The same in every language: a status key, a goal's slug, a year.
    pub slug: String,
    pub label: String,
    pub lang: Option<&'static str>,
    /// Indexes into the list's entries, in the list's order.
    pub entries: Vec<usize>,
}

/// A list: its folder, title, template, every entry and its filters.
pub struct List {
    pub folder: String,
    /// The menu entry it belongs to (`massnahmen/`, `fortschritt/`).
    pub section: String,
    pub title: String,
    pub template: &'static str,
    /// Entries per page: site.toml's `page_size`, four times that for
    /// the one-line entries of the search page's A–Z list.
    pub page_size: usize,
    pub entries: Vec<usize>,
    pub filters: Vec<Filter>,
}

/// Values of the entries, merged by slug in the order they come: the
/// first label of a slug wins. Values without entries are left out.
fn values(
    pairs: impl Iterator<Item = (String, String, Option<&'static str>, usize)>,
) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    let mut at: rustc_hash::FxHashMap<String, usize> = Default::default();
    for (slug, label, lang, entry) in pairs {
        let n = *at.entry(slug.clone()).or_insert_with(|| {
            out.push(Value {
                slug,
                label,
                lang,
                entries: Vec::new(),
            });
            out.len() - 1
        });
        out[n].entries.push(entry);
    }
    for v in &mut out {
        v.entries.sort_unstable();
        v.entries.dedup();
    }
    out
}

impl RenderContext<'_> {
    /// Goals as a filter, in the goals' order; `goals_of(i)` are entry
    /// `i`'s goals, `count` the entries.
    fn goal_filter<'a>(&'a self, count: usize, goals_of: impl Fn(usize) -> &'a [usize]) -> Filter {
        let mut pairs: Vec<(usize, usize)> = (0..count)
            .flat_map(|i| goals_of(i).iter().map(move |&g| (g, i)))
            .collect();
        pairs.sort_unstable();
        let mut vals = values(pairs.into_iter().map(|(g, i)| {
            let l = self.link(Kind::Goal, g);
            (
                self.site.slug(Kind::Goal, g).to_string(),
                l.title,
                l.lang,
                i,
            )
        }));
        let none: Vec<usize> = (0..count).filter(|&i| goals_of(i).is_empty()).collect();
        if !none.is_empty() {
            vals.push(Value {
                slug: "none".into(),
                label: self.text("no_goal"),
                lang: None,
                entries: none,
            });
        }
        Filter {
            key: "goal",
            word: self.words.list.goal,
            values: vals,
        }
    }

    pub(in crate::render) fn measure_list(&self) -> List {
        let site = self.site;
        let n = site.measures.len();
        let status = Status::ALL.iter().flat_map(|&s| {
            (0..n)
                .filter(move |&i| site.measures[i].item.data.status == s)
                .map(move |i| {
                    let key = s.key();
                    (
                        key.replace('_', "-"),
                        self.text(&format!("status_{key}")),
                        None,
                        i,
                    )
                })
        });
        let mut owners: Vec<(String, usize)> = (0..n)
            .filter_map(|i| site.measures[i].item.data.owner.clone().map(|o| (o, i)))
            .collect();
        crate::base::collate::sort_by(&mut owners, site.config.language, |(o, _)| o);
        let mut by_owner = values(owners.into_iter().map(|(o, i)| (slugify(&o), o, None, i)));
        let none: Vec<usize> = (0..n)
            .filter(|&i| site.measures[i].item.data.owner.is_none())
            .collect();
        if !none.is_empty() {
            by_owner.push(Value {
                slug: "none".into(),
                label: self.text("no_owner"),
                lang: None,
                entries: none,
            });
        }
        List {
            folder: self.words.section(Kind::Measure),
            section: self.words.section(Kind::Measure),
            title: self.text("measures"),
            template: "measures.html",
            page_size: self.site.config.page_size,
            entries: (0..n).collect(),
            filters: vec![
                Filter {
                    key: "status",
                    word: self.words.list.status,
                    values: values(status),
                },
                self.goal_filter(n, |i| &site.measures[i].goals),
                Filter {
                    key: "owner",
                    word: self.words.list.owner,
                    values: by_owner,
                },
            ],
        }
    }

    pub(in crate::render) fn report_list(&self) -> List {
        let site = self.site;
        let n = site.reports.len();
        // Reports are newest first: their years come in falling order.
        let years = (0..n).map(|i| {
            let y = site.reports[i].item.data.date.year.to_string();
            (y.clone(), y, None, i)
        });
        List {
            folder: self.words.section(Kind::Report),
            section: self.words.section(Kind::Report),
            title: self.text("reports"),
            template: "reports.html",
            page_size: self.site.config.page_size,
            entries: (0..n).collect(),
            filters: vec![
                self.goal_filter(n, |i| &site.reports[i].goals),
                Filter {
                    key: "year",
                    word: self.words.list.year,
                    values: values(years),
                },
            ],
        }
    }

    pub(in crate::render) fn indicator_list(&self) -> List {
        use crate::model::indicator::IndicatorStatus as S;
        let site = self.site;
        let n = site.indicators.len();
        let order = [
            S::Reached,
            S::OnTrack,
            S::OffTrack,
            S::Deteriorating,
            S::NoData,
        ];
        let status = order.into_iter().flat_map(|s| {
            (0..n)
                .filter(move |&i| site.indicators[i].status == s)
                .map(move |i| {
                    let key = s.key();
                    (
                        key.replace('_', "-"),
                        self.text(&format!("indicator_{key}")),
                        None,
                        i,
                    )
                })
        });
        List {
            folder: self.words.section(Kind::Indicator),
            section: self.words.section(Kind::Indicator),
            title: self.text("indicators"),
            template: "indicators.html",
            page_size: self.site.config.page_size,
            entries: (0..n).collect(),
            filters: vec![
                self.goal_filter(n, |i| &site.indicators[i].goals),
                Filter {
                    key: "status",
                    word: self.words.list.status,
                    values: values(status),
                },
            ],
        }
    }

    /// Every page of `list`: the whole list and each narrowed one, in
    /// pages, and a page per filter listing its values. `view` makes a
    /// page's view from its entries.
    pub(in crate::render) fn list_jobs(
        &self,
        list: &List,
        view: impl Fn(&[usize], ListView) -> View + Sync,
    ) -> Vec<Job> {
        let filters: Vec<&Filter> = list
            .filters
            .iter()
            .filter(|f| !f.values.is_empty())
            .collect();
        let mut scopes: Vec<Option<(usize, usize)>> = vec![None];
        for (f, filter) in filters.iter().enumerate() {
            scopes.extend((0..filter.values.len()).map(|v| Some((f, v))));
        }
        let mut jobs: Vec<Job> = scopes
            .par_iter()
            .flat_map_iter(|&scope| self.scope_jobs(list, &filters, scope, &view))
            .collect();
        jobs.extend(filters.iter().map(|f| self.filter_job(list, f)));
        jobs
    }

    /// The pages of the list narrowed to `scope` (filter, value), or of
    /// the whole list.
    fn scope_jobs(
        &self,
        list: &List,
        filters: &[&Filter],
        scope: Option<(usize, usize)>,
        view: &(impl Fn(&[usize], ListView) -> View + Sync),
    ) -> Vec<Job> {
        let (folder, entries, narrowed) = match scope {
            None => (list.folder.clone(), &list.entries, None),
            Some((f, v)) => {
                let (filter, value) = (filters[f], &filters[f].values[v]);
                let narrowed = Narrowed {
                    label: self.text(&format!("filter_{}", filter.key)),
                    value: value.label.clone(),
                    lang: value.lang,
                    all: list.folder.clone(),
                };
                (
                    self.value_folder(list, filter, value),
                    &value.entries,
                    Some(narrowed),
                )
            }
        };
        let size = list.page_size;
        let count = listing::page_count(entries.len(), size);
        let word = self.words.list.page;
        let groups: Vec<FilterGroup> = filters
            .iter()
            .enumerate()
            .map(|(f, filter)| {
                self.filter_group(list, filter, scope.filter(|s| s.0 == f).map(|s| s.1), false)
            })
            .collect();
        (1..=count)
            .map(|n| {
                let shown = listing::page_of(entries, size, n);
                let first = (n - 1) * size + 1;
                let lv = ListView {
                    total: entries.len(),
                    first: first.min(entries.len()),
                    last: first + shown.len() - 1,
                    pager: listing::pager(&folder, word, n, count),
                    filters: groups.clone(),
                    narrowed: narrowed.clone(),
                };
                let mut title = list.title.clone();
                if let Some(x) = &narrowed {
                    title = format!("{title} – {}: {}", x.label, x.value);
                }
                if count > 1 {
                    let page = self
                        .text("page_of")
                        .replace("{n}", &n.to_string())
                        .replace("{count}", &count.to_string());
                    title = format!("{title} ({page})");
                }
                let path = format!("{}index.html", listing::page_folder(&folder, word, n));
                Job {
                    search: None,
                    meta: self.meta(&path, title, None, list.section.clone()),
                    path,
                    template: list.template,
                    view: view(shown, lv),
                }
            })
            .collect()
    }

    fn value_folder(&self, list: &List, filter: &Filter, value: &Value) -> String {
        format!("{}{}/{}/", list.folder, filter.word, value.slug)
    }

    /// A filter as a page of the list shows it: its values inline when
    /// they are few (or `all`), else only the link to their own page.
    fn filter_group(
        &self,
        list: &List,
        filter: &Filter,
        current: Option<usize>,
        all: bool,
    ) -> FilterGroup {
        let inline = all || filter.values.len() <= INLINE_VALUES;
        FilterGroup {
            label: self.text(&format!("filter_{}", filter.key)),
            values: if inline {
                filter
                    .values
                    .iter()
                    .enumerate()
                    .map(|(v, value)| FilterValue {
                        label: value.label.clone(),
                        lang: value.lang,
                        href: self.value_folder(list, filter, value),
                        count: value.entries.len(),
                        current: current == Some(v),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            href: format!("{}{}/", list.folder, filter.word),
            count: filter.values.len(),
        }
    }

    /// `massnahmen/ziel/`: every value of a filter, with its count.
    fn filter_job(&self, list: &List, filter: &Filter) -> Job {
        let folder = format!("{}{}/", list.folder, filter.word);
        let path = format!("{folder}index.html");
        let title = format!(
            "{} – {}",
            list.title,
            self.text(&format!("by_{}", filter.key))
        );
        Job {
            search: None,
            meta: self.meta(&path, title, None, list.section.clone()),
            path,
            template: "filter.html",
            view: View::Filter {
                group: self.filter_group(list, filter, None, true),
                list: Link {
                    title: list.title.clone(),
                    href: list.folder.clone(),
                    lang: None,
                },
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_merge_by_slug_and_keep_the_first_label() {
        let pairs = vec![
            ("amt-a".to_string(), "Amt A".to_string(), None, 3),
            ("amt-b".to_string(), "Amt B".to_string(), None, 1),
            ("amt-a".to_string(), "Amt  A".to_string(), None, 0),
            ("amt-a".to_string(), "Amt A".to_string(), None, 0),
        ];
        let v = values(pairs.into_iter());
        assert_eq!(v.len(), 2);
        assert_eq!(
            (v[0].label.as_str(), v[0].entries.clone()),
            ("Amt A", vec![0, 3])
        );
        assert_eq!(
            (v[1].label.as_str(), v[1].entries.clone()),
            ("Amt B", vec![1])
        );
    }
}

//! The portal's changes page (`aenderungen/`, `changes/`): every change of
//! every item, newest first, grouped by day; each entry names its item,
//! its kind and the goals it belongs to, which the page's filters use.

use serde::Serialize;

use crate::base::date::Date;
use crate::base::vocab::Kind;
use crate::model::changes::SiteChange;
use crate::render::pages::changes::anchor;
use crate::render::pages::context::{Job, RenderContext};
use crate::render::pages::views::{Link, View};

/// One item's changes in one commit, on the portal's changes page.
#[derive(Debug, Clone, Serialize)]
pub struct SiteChangeView {
    pub date: Date,
    pub kind: Kind,
    /// The item's position; None for an item no longer on the portal.
    #[serde(skip)]
    pub item: Option<usize>,
    pub title: String,
    /// Root-relative address of the entry on the item's page; None for an
    /// item no longer on the portal.
    pub href: Option<String>,
    /// Slugs of the goals the item belongs to (a goal: itself).
    pub goals: Vec<String>,
    pub texts: Vec<String>,
    pub reason: Option<String>,
    pub commit: String,
    /// The entry's id on this page.
    pub id: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChangeDay {
    pub date: Date,
    pub entries: Vec<SiteChangeView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SiteChangesView {
    pub days: Vec<ChangeDay>,
    /// The goals to filter by.
    pub goals: Vec<Link>,
    /// The kinds that have changes, to filter by.
    pub kinds: Vec<Kind>,
    pub since: Option<Date>,
    /// Root-relative path of the feed of all changes.
    pub feed: String,
}

impl RenderContext<'_> {
    /// The goals item `i` of `kind` belongs to, by slug.
    pub fn goals_of(&self, kind: Kind, i: usize) -> Vec<String> {
        let site = self.site;
        let slugs = |goals: &[usize]| {
            goals
                .iter()
                .map(|&g| site.goals[g].item.slug.clone())
                .collect()
        };
        match kind {
            Kind::Goal => vec![site.goals[i].item.slug.clone()],
            Kind::Measure => slugs(&site.measures[i].goals),
            Kind::Report => slugs(&site.reports[i].goals),
            Kind::Indicator => slugs(&site.indicators[i].goals),
            Kind::Page => Vec::new(),
        }
    }

    /// Every change of the portal, an entry per item and commit, newest first.
    pub fn site_change_views(&self) -> Vec<SiteChangeView> {
        self.entries(self.site.changes.all())
    }

    /// Changes as entries, one per item and commit, in the order given.
    fn entries(&self, changes: Vec<SiteChange>) -> Vec<SiteChangeView> {
        let mut out: Vec<SiteChangeView> = Vec::new();
        for (n, c) in changes.into_iter().enumerate() {
            let text = self.sentence(&c.change.what);
            if let Some(last) = out.last_mut()
                && last.commit == c.change.commit
                && last.kind == c.kind
                && last.item == c.item
                && (c.item.is_some() || last.title == c.title)
            {
                last.texts.push(text);
                continue;
            }
            out.push(self.site_change_view(&c, text, n));
        }
        out
    }

    fn site_change_view(&self, c: &SiteChange, text: String, n: usize) -> SiteChangeView {
        let (title, href, goals) = match c.item {
            Some(i) => {
                let h = self.site.header(c.kind, i);
                (
                    h.title.to_string(),
                    Some(format!(
                        "{}#{}",
                        self.href(c.kind, h.slug),
                        anchor(&c.change.commit)
                    )),
                    self.goals_of(c.kind, i),
                )
            }
            None => (c.title.to_string(), None, Vec::new()),
        };
        SiteChangeView {
            date: c.change.date,
            kind: c.kind,
            item: c.item,
            title,
            href,
            goals,
            texts: vec![text],
            reason: c.change.reason.clone(),
            commit: c.change.commit.clone(),
            id: format!("{}-{n}", anchor(&c.change.commit)),
        }
    }

    pub(in crate::render) fn changes_job(&self) -> Job {
        let entries = self.site_change_views();
        let mut kinds: Vec<Kind> = entries.iter().map(|e| e.kind).collect();
        kinds.sort();
        kinds.dedup();
        let mut days: Vec<ChangeDay> = Vec::new();
        for e in entries {
            match days.last_mut() {
                Some(d) if d.date == e.date => d.entries.push(e),
                _ => days.push(ChangeDay {
                    date: e.date,
                    entries: vec![e],
                }),
            }
        }
        let words = self.words.changes;
        let path = format!("{words}/index.html");
        let meta = self.meta(&path, self.text("changes_title"), None, format!("{words}/"));
        Job {
            search: None,
            meta,
            path,
            template: "changes.html",
            view: View::Changes {
                changes: Box::new(SiteChangesView {
                    days,
                    goals: (0..self.site.index.of(Kind::Goal).len())
                        .map(|g| Link {
                            title: self.site.goals[g].item.title.clone(),
                            href: self.site.goals[g].item.slug.clone(),
                            lang: self.text_lang(self.site.goals[g].item.translation.as_deref()),
                        })
                        .collect(),
                    kinds,
                    since: self.site.changes.since,
                    feed: self.words.site_changes_feed(),
                }),
            },
        }
    }
}

/// What changed after the newest report, for the dashboard.
#[derive(Debug, Clone, Serialize)]
pub struct SinceReportView {
    pub report: Link,
    pub date: Date,
    /// The newest entries, at most `SINCE_REPORT_SHOWN`.
    pub entries: Vec<SiteChangeView>,
    /// How many entries there are in all.
    pub total: usize,
    /// Root-relative folder of the changes page.
    pub changes: String,
}

/// How many changes the dashboard lists; the changes page has them all.
pub const SINCE_REPORT_SHOWN: usize = 20;

impl RenderContext<'_> {
    pub fn since_report_view(&self) -> Option<SinceReportView> {
        let changes = &self.site.changes;
        let r = self.site.last_report.filter(|_| changes.known)?;
        let report = &self.site.reports[r];
        let date = report.item.data.date;
        let mut entries = self.entries(changes.after(date));
        let total = entries.len();
        entries.truncate(SINCE_REPORT_SHOWN);
        Some(SinceReportView {
            report: Link {
                title: report.item.title.clone(),
                href: self.href(Kind::Report, &report.item.slug),
                lang: self.text_lang(report.item.translation.as_deref()),
            },
            date,
            entries,
            total,
            changes: format!("{}/", self.words.changes),
        })
    }
}

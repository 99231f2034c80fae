//! The "Änderungen" section of an item's page: each change of its history
//! as a sentence in the site's language, newest first, with the date and
//! the reason its commit gives.

use serde::Serialize;

use crate::base::date::Date;
use crate::base::money::Cents;
use crate::base::vocab::{Kind, LineKind, Status};
use crate::model::changes::{BudgetField, Change, What};
use crate::render::pages::context::RenderContext;

/// The changes one commit made to an item: its sentences, date and reason.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeView {
    pub date: Date,
    pub texts: Vec<String>,
    pub reason: Option<String>,
    pub commit: String,
    /// The entry's id on the item's page (`v-<commit>`), which feeds link.
    pub anchor: String,
}

/// An item's changes, and since when they are known (a shallow clone).
#[derive(Debug, Clone, Serialize, Default)]
pub struct ChangesView {
    pub items: Vec<ChangeView>,
    pub since: Option<Date>,
    /// Root-relative path of the item's feed of changes, when it has one.
    pub feed: Option<String>,
}

/// The id of a commit's entry on an item's page.
pub fn anchor(commit: &str) -> String {
    format!("v-{commit}")
}

impl RenderContext<'_> {
    pub fn changes_view(&self, kind: Kind, i: usize) -> ChangesView {
        let slug = self.site.slug(kind, i);
        let feeds = matches!(kind, Kind::Goal | Kind::Measure);
        ChangesView {
            items: self.change_views(self.site.changes.of(kind, i)),
            since: self.site.changes.since,
            feed: (feeds && self.site.changes.known)
                .then(|| self.words.item_changes_feed(kind, slug)),
        }
    }

    /// Changes grouped by commit, in the order given (newest first).
    pub fn change_views(&self, changes: &[Change]) -> Vec<ChangeView> {
        let mut out: Vec<ChangeView> = Vec::new();
        for c in changes {
            let text = self.sentence(&c.what);
            match out.last_mut() {
                Some(last) if last.commit == c.commit => last.texts.push(text),
                _ => out.push(ChangeView {
                    date: c.date,
                    texts: vec![text],
                    reason: c.reason.clone(),
                    commit: c.commit.clone(),
                    anchor: anchor(&c.commit),
                }),
            }
        }
        out
    }

    /// A UI string with its `{name}` places filled.
    fn fill(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut s = self.text(key);
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    fn status_word(&self, s: Option<Status>) -> String {
        s.map_or_else(|| "–".into(), |s| self.text(&format!("status_{}", s.key())))
    }

    fn goal_title(&self, slug: &str) -> String {
        self.site.index.of(Kind::Goal).get(slug).map_or_else(
            || slug.to_string(),
            |&g| self.site.goals[g].item.title.clone(),
        )
    }

    /// "… vom {old} auf den {new} verschoben", "… auf den {new} festgelegt",
    /// "… ({old}) nicht mehr angegeben": the three forms of a changed value.
    fn moved<T>(
        &self,
        key: &str,
        extra: &[(&str, String)],
        old: Option<T>,
        new: Option<T>,
        show: impl Fn(T) -> String,
    ) -> String {
        let mut args = extra.to_vec();
        let form = match (old, new) {
            (Some(o), Some(n)) => {
                args.push(("old", show(o)));
                args.push(("new", show(n)));
                "moved"
            }
            (None, Some(n)) => {
                args.push(("new", show(n)));
                "set"
            }
            (Some(o), None) => {
                args.push(("old", show(o)));
                "removed"
            }
            (None, None) => "set",
        };
        self.fill(&format!("{key}_{form}"), &args)
    }

    pub fn sentence(&self, what: &What) -> String {
        let date = |d: Date| self.fmt.date(d);
        let quote = |s: &str| s.to_string();
        match what {
            What::Created => self.text("change_created"),
            What::Removed => self.text("change_removed"),
            What::Title { old, new } => {
                self.fill("change_title", &[("old", quote(old)), ("new", quote(new))])
            }
            What::Status { old, new } => self.fill(
                "change_status",
                &[
                    ("old", self.status_word(*old)),
                    ("new", self.status_word(*new)),
                ],
            ),
            What::Progress { old, new } => self.moved("change_progress", &[], *old, *new, |p| {
                self.fmt.percent(f64::from(p))
            }),
            What::StatusNote { new, .. } => match new {
                Some(n) => self.fill("change_status_note", &[("new", quote(n))]),
                None => self.text("change_status_note_removed"),
            },
            What::Start { old, new } => self.moved("change_start", &[], *old, *new, date),
            What::End { old, new } => self.moved("change_end", &[], *old, *new, date),
            What::ReportDate { old, new } => self.moved("change_date", &[], *old, *new, date),
            What::GoalAdded(g) => self.fill("change_goal_added", &[("goal", self.goal_title(g))]),
            What::GoalRemoved(g) => {
                self.fill("change_goal_removed", &[("goal", self.goal_title(g))])
            }
            What::MilestoneAdded { title, due } => match due {
                Some(d) => self.fill(
                    "change_milestone_added_due",
                    &[("title", quote(title)), ("due", date(*d))],
                ),
                None => self.fill("change_milestone_added", &[("title", quote(title))]),
            },
            What::MilestoneRemoved { title } => {
                self.fill("change_milestone_removed", &[("title", quote(title))])
            }
            What::MilestoneDue { title, old, new } => self.moved(
                "change_milestone_due",
                &[("title", quote(title))],
                *old,
                *new,
                date,
            ),
            What::MilestoneDone { title, on } => match on {
                Some(d) => self.fill(
                    "change_milestone_done_on",
                    &[("title", quote(title)), ("on", date(*d))],
                ),
                None => self.fill("change_milestone_done", &[("title", quote(title))]),
            },
            What::MilestoneReopened { title } => {
                self.fill("change_milestone_reopened", &[("title", quote(title))])
            }
            What::Budget {
                year,
                kind,
                field,
                old,
                new,
            } => self.budget_sentence(*year, *kind, *field, *old, *new),
            What::Value { year, old, new } => self.moved(
                "change_value",
                &[("year", year.to_string())],
                *old,
                *new,
                |v| self.fmt.number(v),
            ),
            What::SessionAdded { committee, date: d } => match d {
                Some(d) => self.fill(
                    "change_session_added_on",
                    &[("committee", quote(committee)), ("date", date(*d))],
                ),
                None => self.fill("change_session_added", &[("committee", quote(committee))]),
            },
            What::SessionRemoved { committee, .. } => {
                self.fill("change_session_removed", &[("committee", quote(committee))])
            }
            What::SessionResult { committee, new, .. } => self.fill(
                "change_session_result",
                &[
                    ("committee", quote(committee)),
                    ("result", new.clone().unwrap_or_else(|| "–".into())),
                ],
            ),
        }
    }

    /// "Plan 2025 von 50.000,00 € auf 45.000,00 € gesenkt" and its kin.
    fn budget_sentence(
        &self,
        year: i32,
        kind: LineKind,
        field: BudgetField,
        old: Option<Cents>,
        new: Option<Cents>,
    ) -> String {
        let side = match kind {
            LineKind::Expense => "",
            LineKind::Income => "_income",
        };
        let label = self.fill(
            &format!("change_budget_{}{side}", field.key()),
            &[("year", year.to_string())],
        );
        let money = |c: Cents| self.fmt.money(c);
        let (key, args) = match (old, new) {
            (Some(o), Some(n)) if n > o => (
                "change_budget_raised",
                vec![("old", money(o)), ("new", money(n))],
            ),
            (Some(o), Some(n)) => (
                "change_budget_cut",
                vec![("old", money(o)), ("new", money(n))],
            ),
            (None, Some(n)) => ("change_budget_set", vec![("new", money(n))]),
            (Some(o), None) => ("change_budget_removed", vec![("old", money(o))]),
            (None, None) => return label,
        };
        let mut args = args;
        args.push(("label", label));
        self.fill(key, &args)
    }
}

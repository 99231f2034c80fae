//! What of an item counts for accountability, as one version of its file
//! says it: the fields whose changes the history reports. Plain data,
//! compared whole; `model::changes` says what changed between two.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::base::date::Date;
use crate::base::money::Cents;
use crate::base::vocab::{LineKind, Status};
use crate::load::item_file::AnyItem;
use crate::load::records::BudgetLineSrc;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Facts {
    pub slug: String,
    pub title: String,
    pub aliases: Vec<String>,
    pub status: Option<Status>,
    pub progress: Option<u8>,
    pub status_note: Option<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub goals: Vec<String>,
    pub milestones: Vec<MilestoneFacts>,
    /// Per year and side, the sums of the measure's budget lines (front
    /// matter and data/budget.*).
    pub budget: Vec<YearBudget>,
    /// An indicator's values by year.
    pub values: Vec<(i32, f64)>,
    /// A report's date.
    pub date: Option<Date>,
    pub sessions: Vec<SessionFacts>,
    /// An indicator's data file in data/, whose version in the same commit
    /// gives its values.
    pub data: Option<String>,
    pub sheet: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MilestoneFacts {
    pub title: String,
    pub due: Option<Date>,
    pub done: bool,
    pub done_on: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearBudget {
    pub year: i32,
    pub kind: LineKind,
    pub planned: Cents,
    /// None when no line of the year gives one.
    pub revised: Option<Cents>,
    pub actual: Option<Cents>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionFacts {
    pub committee: String,
    pub date: Option<Date>,
    pub result: Option<String>,
}

/// Sums of lines per year and side, in year order.
pub fn budget_sums<'a>(lines: impl IntoIterator<Item = &'a BudgetLineSrc>) -> Vec<YearBudget> {
    let each: Vec<YearBudget> = lines
        .into_iter()
        .map(|l| YearBudget {
            year: l.year,
            kind: l.kind,
            planned: l.planned,
            revised: l.revised,
            actual: l.actual,
        })
        .collect();
    merge_sums(&each, &[])
}

/// The facts of a parsed item; `data_lines` are the measure's lines from
/// data/budget.* in the same commit.
pub(super) fn of_item(item: &AnyItem, data_lines: &[&BudgetLineSrc]) -> Facts {
    let h = item.header();
    let mut f = Facts {
        slug: h.slug.to_string(),
        title: h.title.to_string(),
        aliases: h.aliases.iter().map(|a| a.value.clone()).collect(),
        ..Facts::default()
    };
    match item {
        AnyItem::Goal(_) | AnyItem::Page(_) | AnyItem::Translation(_) | AnyItem::EasyReading(_) => {
        }
        AnyItem::Measure(m) => {
            let d = &m.data;
            f.status = Some(d.status);
            f.progress = d.progress;
            f.status_note = d.status_note.clone();
            f.start = d.start;
            f.end = d.end;
            f.goals = d.goals.iter().map(|g| g.value.clone()).collect();
            f.milestones = d
                .milestones
                .iter()
                .map(|m| MilestoneFacts {
                    title: m.title.clone(),
                    due: m.due,
                    done: m.done,
                    done_on: m.done_on,
                })
                .collect();
            f.budget = budget_sums(
                d.budget
                    .iter()
                    .map(|l| &**l)
                    .chain(data_lines.iter().copied()),
            );
        }
        AnyItem::Report(r) => {
            let d = &r.data;
            f.date = Some(d.date);
            f.goals = d.goals.iter().map(|g| g.value.clone()).collect();
            f.sessions = d
                .sessions
                .iter()
                .map(|s| SessionFacts {
                    committee: s.committee.clone(),
                    date: s.date,
                    result: s.result.clone(),
                })
                .collect();
        }
        AnyItem::Indicator(i) => {
            let d = &i.data;
            f.goals = d.goals.iter().map(|g| g.value.clone()).collect();
            f.values = d.values.iter().map(|p| (p.year, p.value)).collect();
            f.data = d.data.as_ref().map(|x| x.value.clone());
            f.sheet = d.sheet.as_ref().map(|x| x.value.clone());
        }
    }
    f
}

/// Two lists of sums added year by year and side by side.
pub fn merge_sums(a: &[YearBudget], b: &[YearBudget]) -> Vec<YearBudget> {
    let mut by: BTreeMap<(i32, LineKind), YearBudget> = BTreeMap::new();
    let add = |x: Option<Cents>, y: Option<Cents>| match (x, y) {
        (None, None) => None,
        (x, y) => Some(Cents(x.unwrap_or_default().0 + y.unwrap_or_default().0)),
    };
    for y in a.iter().chain(b) {
        by.entry((y.year, y.kind))
            .and_modify(|e| {
                e.planned = Cents(e.planned.0 + y.planned.0);
                e.revised = add(e.revised, y.revised);
                e.actual = add(e.actual, y.actual);
            })
            .or_insert(*y);
    }
    by.into_values().collect()
}

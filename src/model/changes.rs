//! The change history of each item: what changed in the fields that count
//! for accountability, commit by commit, from the facts `load::history`
//! read. An item keeps the history of the files it was before it was
//! renamed (Git's rename detection) and of the slugs in its `aliases`.

use std::collections::HashMap;

use crate::base::date::Date;
use crate::base::money::Cents;
use crate::base::vocab::{Kind, LineKind, Status};
use crate::load::history::facts::{Facts, YearBudget};
use crate::load::history::{History, Revision};

/// One change of one item.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The commit's place in the history (larger is later): the order of
    /// changes across items.
    pub seq: usize,
    pub date: Date,
    /// The commit, abbreviated.
    pub commit: String,
    /// Why, as the editor wrote it in the commit message (not the words a
    /// tool writes by itself).
    pub reason: Option<String>,
    pub what: What,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BudgetField {
    Planned,
    Revised,
    Actual,
}

impl BudgetField {
    /// `planned`, `revised`, `actual`: as budget lines and portal.json name them.
    pub fn key(self) -> &'static str {
        match self {
            BudgetField::Planned => "planned",
            BudgetField::Revised => "revised",
            BudgetField::Actual => "actual",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum What {
    Created,
    Removed,
    Title {
        old: String,
        new: String,
    },
    Status {
        old: Option<Status>,
        new: Option<Status>,
    },
    Progress {
        old: Option<u8>,
        new: Option<u8>,
    },
    StatusNote {
        old: Option<String>,
        new: Option<String>,
    },
    Start {
        old: Option<Date>,
        new: Option<Date>,
    },
    End {
        old: Option<Date>,
        new: Option<Date>,
    },
    GoalAdded(String),
    GoalRemoved(String),
    MilestoneAdded {
        title: String,
        due: Option<Date>,
    },
    MilestoneRemoved {
        title: String,
    },
    MilestoneDue {
        title: String,
        old: Option<Date>,
        new: Option<Date>,
    },
    MilestoneDone {
        title: String,
        on: Option<Date>,
    },
    MilestoneReopened {
        title: String,
    },
    Budget {
        year: i32,
        kind: LineKind,
        field: BudgetField,
        old: Option<Cents>,
        new: Option<Cents>,
    },
    Value {
        year: i32,
        old: Option<f64>,
        new: Option<f64>,
    },
    ReportDate {
        old: Option<Date>,
        new: Option<Date>,
    },
    SessionAdded {
        committee: String,
        date: Option<Date>,
    },
    SessionRemoved {
        committee: String,
        date: Option<Date>,
    },
    SessionResult {
        committee: String,
        date: Option<Date>,
        old: Option<String>,
        new: Option<String>,
    },
}

/// The changes of every item, newest first, by kind and position.
#[derive(Debug, Default)]
pub struct SiteChanges {
    /// Whether there is a history at all (a repository, not turned off):
    /// the portal then has a page of its changes.
    pub known: bool,
    /// The oldest date known in a shallow clone.
    pub since: Option<Date>,
    pub by_item: HashMap<(Kind, usize), Vec<Change>>,
    /// Items no longer on the portal: kind, last title, their changes
    /// (the last being `Removed`), newest first.
    pub removed: Vec<(Kind, String, Vec<Change>)>,
}

/// One change of the portal as a whole: whose, and what.
#[derive(Debug, Clone, Copy)]
pub struct SiteChange<'a> {
    pub kind: Kind,
    /// The item's position, or None for an item no longer on the portal.
    pub item: Option<usize>,
    /// Its title then, for one no longer on the portal.
    pub title: &'a str,
    pub change: &'a Change,
}

impl SiteChanges {
    pub fn of(&self, kind: Kind, i: usize) -> &[Change] {
        self.by_item.get(&(kind, i)).map_or(&[], |v| v.as_slice())
    }

    /// The changes dated after `date`, newest first.
    pub fn after(&self, date: Date) -> Vec<SiteChange<'_>> {
        let mut all = self.all();
        all.retain(|c| c.change.date > date);
        all
    }

    /// Every change of every item, newest commit first (a commit's changes
    /// by kind and item, each item's in reading order).
    pub fn all(&self) -> Vec<SiteChange<'_>> {
        let mut out: Vec<SiteChange> = Vec::new();
        for (&(kind, i), changes) in &self.by_item {
            out.extend(changes.iter().map(|change| SiteChange {
                kind,
                item: Some(i),
                title: "",
                change,
            }));
        }
        for (kind, title, changes) in &self.removed {
            out.extend(changes.iter().map(|change| SiteChange {
                kind: *kind,
                item: None,
                title,
                change,
            }));
        }
        // A stable sort: each item's changes keep their reading order.
        out.sort_by(|a, b| {
            let key = |c: &SiteChange| (std::cmp::Reverse(c.change.seq), c.kind, c.item);
            key(a).cmp(&key(b)).then_with(|| a.title.cmp(b.title))
        });
        out
    }
}

/// A commit message says why, unless a tool wrote it: a merge, or Decap
/// CMS's own "Update Measures “slug”".
pub fn reason(message: &str) -> Option<String> {
    let m = message.trim();
    let tool = m.starts_with("Merge ")
        || ["Create ", "Update ", "Delete ", "Upload "]
            .iter()
            .any(|p| m.starts_with(p) && m.ends_with('”') && !m.contains('\n'));
    (!m.is_empty() && !tool).then(|| m.to_string())
}

/// One identity across renames: its revisions in order.
struct Trail<'h> {
    kind: Kind,
    revisions: Vec<(usize, &'h Revision)>,
    /// The path it has now; None once deleted.
    path: Option<String>,
}

/// Follows files across renames: the revisions of each file identity.
fn trails(history: &History) -> Vec<Trail<'_>> {
    let mut trails: Vec<Trail> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for (commit, r) in &history.revisions {
        let known = r.before_path.as_ref().and_then(|p| at.remove(p));
        let id = known.unwrap_or_else(|| {
            trails.push(Trail {
                kind: r.kind,
                revisions: Vec::new(),
                path: None,
            });
            trails.len() - 1
        });
        trails[id].revisions.push((*commit, r));
        trails[id].path = r.after_path.clone();
        if let Some(p) = &r.after_path {
            at.insert(p.clone(), id);
        }
    }
    trails
}

/// An item's kind, position, file (relative to the portal) and aliases.
pub type ItemFile = (Kind, usize, String, Vec<String>);

type Memo = (std::sync::Weak<History>, u64, std::sync::Arc<SiteChanges>);

/// The last result of `shared`: the preview rebuilds the model on every
/// save, while the history (kept per HEAD) and the items' files rarely
/// change; the same history and files give the same changes.
static MEMO: std::sync::Mutex<Option<Memo>> = std::sync::Mutex::new(None);

/// `site_changes`, computed once for the same history and item files
/// (`key`: a fingerprint of what `files` gives, which is called only when
/// the changes are derived).
pub fn shared(
    history: &std::sync::Arc<History>,
    key: u64,
    files: impl FnOnce() -> Vec<ItemFile>,
) -> std::sync::Arc<SiteChanges> {
    let mut memo = MEMO.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((h, k, changes)) = memo.as_ref()
        && h.upgrade()
            .is_some_and(|h| std::sync::Arc::ptr_eq(&h, history))
        && *k == key
    {
        return changes.clone();
    }
    let changes = std::sync::Arc::new(site_changes(history, &files()));
    *memo = Some((std::sync::Arc::downgrade(history), key, changes.clone()));
    changes
}

/// The changes of every item of the site, found by its file and aliases.
/// `files` gives each item's file (relative to the portal) and aliases.
pub fn site_changes(
    history: &History,
    files: &[(Kind, usize, String, Vec<String>)],
) -> SiteChanges {
    let trails = trails(history);
    let by_path: HashMap<&str, usize> = trails
        .iter()
        .enumerate()
        .filter_map(|(i, t)| t.path.as_deref().map(|p| (p, i)))
        .collect();
    // Deleted files by their last slug, for `aliases`.
    let mut gone: HashMap<(Kind, String), Vec<usize>> = HashMap::new();
    for (i, t) in trails.iter().enumerate().filter(|(_, t)| t.path.is_none()) {
        if let Some(slug) = last_facts(t).map(|f| f.slug.clone()) {
            gone.entry((t.kind, slug)).or_default().push(i);
        }
    }
    let mut out = SiteChanges {
        known: true,
        since: history.since,
        by_item: HashMap::new(),
        removed: Vec::new(),
    };
    let mut claimed: std::collections::HashSet<usize> = std::collections::HashSet::new();
    for (kind, i, file, aliases) in files {
        // (trail, whether it is an older address's).
        let mut own: Vec<(&Trail, bool)> = by_path
            .get(file.as_str())
            .map(|&t| (&trails[t], false))
            .into_iter()
            .collect();
        for a in aliases {
            // An alias is an old address, "massnahmen/kita/": its last part
            // is the old slug.
            let slug = a.trim_matches('/').rsplit('/').next().unwrap_or_default();
            if let Some(ids) = gone.get(&(*kind, slug.to_string())) {
                own.extend(ids.iter().map(|&t| (&trails[t], true)));
                claimed.extend(ids.iter().copied());
            }
        }
        // An older address's file ends where this one goes on: its deletion
        // is not a change of this item, and this file's first version is
        // compared with that file's last.
        let mut revisions: Vec<(usize, &Revision)> = own
            .iter()
            .flat_map(|&(t, older)| {
                t.revisions
                    .iter()
                    .copied()
                    .filter(move |(_, r)| !older || r.after.is_some())
            })
            .collect();
        revisions.sort_by_key(|(c, _)| *c);
        let changes = newest_first(changes_of(history, &revisions));
        if !changes.is_empty() {
            out.by_item.insert((*kind, *i), changes);
        }
    }
    for (i, t) in trails.iter().enumerate() {
        if t.path.is_some() || claimed.contains(&i) || t.kind == Kind::Page {
            continue;
        }
        let title = last_facts(t).map(|f| f.title.clone()).unwrap_or_default();
        let revisions: Vec<(usize, &Revision)> = t.revisions.clone();
        out.removed
            .push((t.kind, title, newest_first(changes_of(history, &revisions))));
    }
    out
}

/// Newest commit first; a commit's changes in reading order.
fn newest_first(oldest_first: Vec<Change>) -> Vec<Change> {
    oldest_first
        .chunk_by(|a, b| a.commit == b.commit)
        .rev()
        .flatten()
        .cloned()
        .collect()
}

fn last_facts<'h>(t: &Trail<'h>) -> Option<&'h Facts> {
    t.revisions
        .iter()
        .rev()
        .find_map(|(_, r)| r.after.as_ref().or(r.before.as_ref()))
}

/// The changes one identity's revisions make, oldest first.
fn changes_of(history: &History, revisions: &[(usize, &Revision)]) -> Vec<Change> {
    let mut out = Vec::new();
    let mut last: Option<&Facts> = None;
    for (commit, r) in revisions {
        let c = &history.commits[*commit];
        let before = r.before.as_ref().or(last);
        let whats = match (before, r.after.as_ref()) {
            (None, Some(_)) => vec![What::Created],
            (Some(_), None) => vec![What::Removed],
            (Some(b), Some(a)) => diff(b, a),
            (None, None) => Vec::new(),
        };
        out.extend(whats.into_iter().map(|what| Change {
            seq: *commit,
            date: c.date,
            commit: c.id.clone(),
            reason: reason(&c.message),
            what,
        }));
        if r.after.is_some() {
            last = r.after.as_ref();
        }
    }
    out
}

/// What differs between two versions of an item's facts, in reading order.
pub fn diff(b: &Facts, a: &Facts) -> Vec<What> {
    let mut out = Vec::new();
    // Fields compared whole: What::$variant { old, new } when they differ.
    macro_rules! compare {
        ($($variant:ident: $field:ident),*) => {$(
            if b.$field != a.$field {
                out.push(What::$variant {
                    old: b.$field.clone(),
                    new: a.$field.clone(),
                });
            }
        )*};
    }
    compare!(
        Title: title,
        Status: status,
        Progress: progress,
        StatusNote: status_note,
        Start: start,
        End: end,
        ReportDate: date
    );
    goals(b, a, &mut out);
    milestones(b, a, &mut out);
    budget(&b.budget, &a.budget, &mut out);
    values(b, a, &mut out);
    sessions(b, a, &mut out);
    out
}

fn goals(b: &Facts, a: &Facts, out: &mut Vec<What>) {
    for g in a.goals.iter().filter(|g| !b.goals.contains(g)) {
        out.push(What::GoalAdded(g.clone()));
    }
    for g in b.goals.iter().filter(|g| !a.goals.contains(g)) {
        out.push(What::GoalRemoved(g.clone()));
    }
}

fn milestones(b: &Facts, a: &Facts, out: &mut Vec<What>) {
    for m in &a.milestones {
        let Some(old) = b.milestones.iter().find(|o| o.title == m.title) else {
            out.push(What::MilestoneAdded {
                title: m.title.clone(),
                due: m.due,
            });
            continue;
        };
        if old.due != m.due {
            out.push(What::MilestoneDue {
                title: m.title.clone(),
                old: old.due,
                new: m.due,
            });
        }
        if !old.done && m.done {
            out.push(What::MilestoneDone {
                title: m.title.clone(),
                on: m.done_on,
            });
        } else if old.done && !m.done {
            out.push(What::MilestoneReopened {
                title: m.title.clone(),
            });
        }
    }
    for m in b
        .milestones
        .iter()
        .filter(|m| !a.milestones.iter().any(|n| n.title == m.title))
    {
        out.push(What::MilestoneRemoved {
            title: m.title.clone(),
        });
    }
}

fn budget(b: &[YearBudget], a: &[YearBudget], out: &mut Vec<What>) {
    let mut keys: Vec<(i32, LineKind)> = b.iter().chain(a).map(|y| (y.year, y.kind)).collect();
    keys.sort();
    keys.dedup();
    for (year, kind) in keys {
        let find = |v: &[YearBudget]| v.iter().find(|y| y.year == year && y.kind == kind).copied();
        let (old, new) = (find(b), find(a));
        type Get = fn(&YearBudget) -> Option<Cents>;
        let fields: [(BudgetField, Get); 3] = [
            (BudgetField::Planned, |y| Some(y.planned)),
            (BudgetField::Revised, |y| y.revised),
            (BudgetField::Actual, |y| y.actual),
        ];
        for (field, get) in fields {
            let (o, n) = (old.as_ref().and_then(get), new.as_ref().and_then(get));
            if o != n {
                out.push(What::Budget {
                    year,
                    kind,
                    field,
                    old: o,
                    new: n,
                });
            }
        }
    }
}

fn values(b: &Facts, a: &Facts, out: &mut Vec<What>) {
    let mut years: Vec<i32> = b.values.iter().chain(&a.values).map(|(y, _)| *y).collect();
    years.sort();
    years.dedup();
    for year in years {
        let find = |v: &[(i32, f64)]| v.iter().find(|(y, _)| *y == year).map(|(_, x)| *x);
        let (old, new) = (find(&b.values), find(&a.values));
        if old != new {
            out.push(What::Value { year, old, new });
        }
    }
}

fn sessions(b: &Facts, a: &Facts, out: &mut Vec<What>) {
    let same = |x: &crate::load::history::facts::SessionFacts,
                y: &crate::load::history::facts::SessionFacts| {
        x.committee == y.committee && x.date == y.date
    };
    for s in &a.sessions {
        match b.sessions.iter().find(|o| same(o, s)) {
            None => out.push(What::SessionAdded {
                committee: s.committee.clone(),
                date: s.date,
            }),
            Some(o) if o.result != s.result => out.push(What::SessionResult {
                committee: s.committee.clone(),
                date: s.date,
                old: o.result.clone(),
                new: s.result.clone(),
            }),
            Some(_) => {}
        }
    }
    for s in b
        .sessions
        .iter()
        .filter(|s| !a.sessions.iter().any(|n| same(s, n)))
    {
        out.push(What::SessionRemoved {
            committee: s.committee.clone(),
            date: s.date,
        });
    }
}

/// The newest report dated on or before `today`.
pub fn last_report(report_dates: impl Iterator<Item = Date>, today: Date) -> Option<usize> {
    report_dates
        .enumerate()
        .filter(|(_, d)| *d <= today)
        .max_by_key(|(i, d)| (*d, std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
}

//! portal.json's `changes`: every change of the history as data: when,
//! which commit, why, whose (kind and slug, or the title of an item no
//! longer on the portal), and which figure went from what to what.

use serde::Serialize;
use serde_json::{Value, json};

use crate::base::date::Date;
use crate::base::money::Cents;
use crate::base::vocab::Kind;
use crate::model::Site;
use crate::model::changes::What;

#[derive(Serialize)]
pub struct ChangeOut<'a> {
    date: Date,
    commit: &'a str,
    reason: Option<&'a str>,
    kind: Kind,
    /// The item's slug; null for an item no longer on the portal.
    item: Option<&'a str>,
    /// The title of an item no longer on the portal.
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(flatten)]
    what: Value,
}

fn amount(c: Option<Cents>) -> Value {
    c.map_or(Value::Null, |c| json!(c.to_machine()))
}

/// A change as `field`, `old`, `new` and what else names it.
fn what(w: &What) -> Value {
    let pair =
        |field: &str, old: Value, new: Value| json!({ "field": field, "old": old, "new": new });
    match w {
        What::Created => json!({ "field": "created" }),
        What::Removed => json!({ "field": "removed" }),
        What::Title { old, new } => pair("title", json!(old), json!(new)),
        What::Status { old, new } => pair("status", json!(old), json!(new)),
        What::Progress { old, new } => pair("progress_percent", json!(old), json!(new)),
        What::StatusNote { old, new } => pair("status_note", json!(old), json!(new)),
        What::Start { old, new } => pair("start", json!(old), json!(new)),
        What::End { old, new } => pair("end", json!(old), json!(new)),
        What::ReportDate { old, new } => pair("date", json!(old), json!(new)),
        What::GoalAdded(g) => json!({ "field": "goals", "old": null, "new": g }),
        What::GoalRemoved(g) => json!({ "field": "goals", "old": g, "new": null }),
        What::MilestoneAdded { title, due } => {
            json!({ "field": "milestone", "name": title, "old": null, "new": { "due": due } })
        }
        What::MilestoneRemoved { title } => {
            json!({ "field": "milestone", "name": title, "old": {}, "new": null })
        }
        What::MilestoneDue { title, old, new } => {
            json!({ "field": "milestone_due", "name": title, "old": old, "new": new })
        }
        What::MilestoneDone { title, on } => {
            json!({ "field": "milestone_done", "name": title, "old": false, "new": true, "on": on })
        }
        What::MilestoneReopened { title } => {
            json!({ "field": "milestone_done", "name": title, "old": true, "new": false })
        }
        What::Budget {
            year,
            kind,
            field,
            old,
            new,
        } => json!({
            "field": "budget",
            "year": year,
            "side": kind.key(),
            "figure": field.key(),
            "old": amount(*old),
            "new": amount(*new),
        }),
        What::Value { year, old, new } => {
            json!({ "field": "value", "year": year, "old": old, "new": new })
        }
        What::SessionAdded { committee, date } => {
            json!({ "field": "session", "name": committee, "on": date, "old": null, "new": {} })
        }
        What::SessionRemoved { committee, date } => {
            json!({ "field": "session", "name": committee, "on": date, "old": {}, "new": null })
        }
        What::SessionResult {
            committee,
            date,
            old,
            new,
        } => {
            json!({ "field": "session_result", "name": committee, "on": date, "old": old, "new": new })
        }
    }
}

/// Every change, newest first.
pub fn changes(site: &Site) -> Vec<ChangeOut<'_>> {
    site.changes
        .all()
        .into_iter()
        .map(|c| ChangeOut {
            date: c.change.date,
            commit: &c.change.commit,
            reason: c.change.reason.as_deref(),
            kind: c.kind,
            item: c.item.map(|i| site.slug(c.kind, i)),
            title: c.item.is_none().then_some(c.title),
            what: what(&c.change.what),
        })
        .collect()
}

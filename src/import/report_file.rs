//! A council paper written into a report's front matter: which report
//! (`--report`, else the one with the paper's `oparl` address or
//! `reference`, else a new one named after the title), and the keys it sets.
//! Keys the paper does not give stay as they are; `[[sessions]]` is
//! replaced by the paper's consultations when it has any. Comments, other
//! keys and the body are kept (toml_edit).

use std::path::{Path, PathBuf};

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value, value};

use crate::base::date::Date;
use crate::base::diagnostics::{Diagnostics, rel_path};
use crate::base::messages::Text;
use crate::base::slug::{is_valid, slugify};
use crate::base::vocab::Session;
use crate::import::front::{self, FrontFile};
use crate::import::oparl::paper::{CouncilPaper, same_reference};
use crate::msg;

/// The report a paper goes to: an existing file, or the path of a new one.
pub struct Target {
    pub path: PathBuf,
    pub existing: Option<FrontFile>,
}

/// One change to a report's front matter, for the dry run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Key {
        key: &'static str,
        old: Option<String>,
        new: String,
    },
    Sessions {
        old: Vec<String>,
        new: Vec<String>,
    },
}

#[derive(Debug, Clone)]
pub struct ReportChange {
    pub file: PathBuf,
    pub created: bool,
    pub edits: Vec<Edit>,
    pub text: String,
}

/// Finds the report for `paper`.
pub fn locate(
    root: &Path,
    slug: Option<&str>,
    paper: &CouncilPaper,
    d: &mut Diagnostics,
) -> Result<Target, Text> {
    let new = |slug: &str| root.join("content/reports").join(format!("{slug}.md"));
    if let Some(slug) = slug {
        if !is_valid(slug) {
            return Err(msg!("oparl-bad-slug", slug = slug));
        }
        for (path, stem) in front::paths(root, "reports") {
            if let Some(f) = front::read(root, &path, &stem, d)
                && f.slug == slug
            {
                return Ok(Target {
                    path,
                    existing: Some(f),
                });
            }
        }
        return Ok(Target {
            path: new(slug),
            existing: None,
        });
    }
    let mut found: Vec<FrontFile> = front::files(root, "reports", d)
        .into_iter()
        .filter(|f| {
            (paper.id.is_some() && f.get("oparl") == paper.id.as_deref())
                || matches!((f.get("reference"), &paper.reference),
                    (Some(a), Some(b)) if same_reference(a, b))
        })
        .collect();
    match found.len() {
        0 => {}
        1 => {
            let f = found.remove(0);
            return Ok(Target {
                path: f.path.clone(),
                existing: Some(f),
            });
        }
        _ => {
            let names: Vec<String> = found
                .iter()
                .map(|f| rel_path(root, &f.path).display().to_string())
                .collect();
            return Err(msg!(
                "oparl-two-reports",
                count = names.len(),
                files = names.join(", ")
            ));
        }
    }
    let Some(title) = &paper.title else {
        return Err(msg!("oparl-no-name-for-file"));
    };
    let slug = slugify(title);
    let path = new(&slug);
    if path.exists() || root.join("content/reports").join(&slug).exists() {
        return Err(msg!(
            "oparl-file-taken",
            file = rel_path(root, &path).display()
        ));
    }
    Ok(Target {
        path,
        existing: None,
    })
}

fn date_value(d: Date) -> Value {
    let dt: toml_edit::Datetime = d.to_string().parse().expect("an ISO date is a TOML date");
    Value::from(dt)
}

/// The keys the paper sets, in the order a new file lists them.
fn scalars(paper: &CouncilPaper) -> Vec<(&'static str, Option<Value>)> {
    let s = |v: &Option<String>| v.as_deref().map(Value::from);
    vec![
        ("title", s(&paper.title)),
        ("date", paper.date.map(date_value)),
        ("kind", s(&paper.kind)),
        ("reference", s(&paper.reference)),
        ("council_url", s(&paper.web)),
        ("council_file", s(&paper.file)),
        ("oparl", s(&paper.id)),
    ]
}

/// A value as the dry run shows it.
fn shown(v: &Value) -> String {
    v.to_string().trim().to_string()
}

fn same(old: &Value, new: &Value) -> bool {
    match (old.as_str(), new.as_str()) {
        (Some(a), Some(b)) => a == b,
        _ => shown(old) == shown(new),
    }
}

/// A session as one line: `2023-11-02 Sozialausschuss, Kenntnisnahme: zur Kenntnis genommen`.
pub fn session_line(s: &Session) -> String {
    let mut line = match s.date {
        Some(d) => format!("{d} {}", s.committee),
        None => s.committee.clone(),
    };
    if let Some(r) = &s.role {
        line = format!("{line}, {r}");
    }
    if let Some(r) = &s.result {
        line = format!("{line}: {r}");
    }
    line
}

/// The sessions a front matter lists, as lines.
fn old_sessions(doc: &DocumentMut) -> Vec<String> {
    let Some(aot) = doc.get("sessions").and_then(Item::as_array_of_tables) else {
        return Vec::new();
    };
    let text = |t: &Table, k: &str| t.get(k).and_then(Item::as_str).map(str::to_string);
    aot.iter()
        .map(|t| {
            session_line(&Session {
                committee: text(t, "committee").unwrap_or_default(),
                date: t
                    .get("date")
                    .and_then(Item::as_datetime)
                    .and_then(|d| Date::parse_iso(&d.to_string())),
                role: text(t, "role"),
                result: text(t, "result"),
            })
        })
        .collect()
}

fn sessions_item(sessions: &[Session]) -> Item {
    let mut aot = ArrayOfTables::new();
    for s in sessions {
        let mut t = Table::new();
        t["committee"] = value(s.committee.as_str());
        if let Some(d) = s.date {
            t["date"] = Item::Value(date_value(d));
        }
        if let Some(r) = &s.role {
            t["role"] = value(r.as_str());
        }
        if let Some(r) = &s.result {
            t["result"] = value(r.as_str());
        }
        aot.push(t);
    }
    Item::ArrayOfTables(aot)
}

/// The report's new text and what changed; none when the report already
/// says what the paper says.
pub fn change(
    root: &Path,
    target: &Target,
    paper: &CouncilPaper,
) -> Result<Option<ReportChange>, Text> {
    let created = target.existing.is_none();
    if created && paper.title.is_none() {
        return Err(msg!("oparl-no-title"));
    }
    if created && paper.date.is_none() {
        return Err(msg!("oparl-no-date"));
    }
    let mut doc = target
        .existing
        .as_ref()
        .map_or_else(DocumentMut::new, |f| f.doc.clone());
    let mut edits = Vec::new();
    for (key, new) in scalars(paper) {
        let Some(new) = new else { continue };
        let old = doc.get(key).and_then(Item::as_value);
        if old.is_some_and(|o| same(o, &new)) {
            continue;
        }
        edits.push(Edit::Key {
            key,
            old: old.map(shown),
            new: shown(&new),
        });
        doc[key] = Item::Value(new);
    }
    let old = old_sessions(&doc);
    let new: Vec<String> = paper.sessions.iter().map(session_line).collect();
    if !paper.sessions.is_empty() && old != new {
        edits.push(Edit::Sessions { old, new });
        doc["sessions"] = sessions_item(&paper.sessions);
    }
    if edits.is_empty() {
        return Ok(None);
    }
    let text = match &target.existing {
        Some(f) => f.with_front(&doc),
        None => {
            // The lists an editor fills in next, before the sessions.
            let sessions = doc.remove("sessions");
            doc["goals"] = value(toml_edit::Array::new());
            doc["measures"] = value(toml_edit::Array::new());
            if let Some(s) = sessions {
                doc["sessions"] = s;
            }
            // The line editors' tools find the report's schema by, as `new` writes it.
            format!("+++\n#:schema ../../.schema/report.schema.json\n{doc}+++\n")
        }
    };
    Ok(Some(ReportChange {
        file: rel_path(root, &target.path),
        created,
        edits,
        text,
    }))
}

//! Reads each kind's front matter keys (docs/content-format.md) into source
//! records.

use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics, closest};
use crate::base::vocab::*;
use crate::load::fields::{Entry, Table};
use crate::load::records::*;

const COMMON: [&str; 5] = ["title", "slug", "draft", "publish", "aliases"];

fn known(extra: &[&'static str]) -> Vec<&'static str> {
    COMMON.iter().chain(extra).copied().collect()
}

fn text(t: &Table, key: &str, d: &mut Diagnostics) -> Option<String> {
    t.string(key, d).map(|s| s.value)
}

fn texts(t: &Table, key: &str, d: &mut Diagnostics) -> Vec<String> {
    t.strings(key, d).into_iter().map(|s| s.value).collect()
}

fn year(t: &Table, d: &mut Diagnostics) -> Option<i32> {
    t.integer_in("year", 1900..2201, d).map(|y| y.value as i32)
}

fn percent(t: &Table, key: &str, d: &mut Diagnostics) -> Option<u8> {
    t.integer_in(key, 0..101, d).map(|p| p.value as u8)
}

pub fn status(t: &Table, key: &str, d: &mut Diagnostics) -> Option<Status> {
    let s = t.string(key, d)?;
    match Status::from_key(&s.value) {
        Some(st) => Some(st),
        None => {
            let keys: Vec<&str> = Status::ALL.iter().map(|s| s.key()).collect();
            let hint = match closest(&s.value, keys.iter().copied()) {
                Some(c) => format!("did you mean `{c}`? valid statuses: {}", keys.join(", ")),
                None => format!("valid statuses: {}", keys.join(", ")),
            };
            d.push(
                Diagnostic::error(t.doc.file, s.loc, format!("invalid status `{}`", s.value))
                    .with_hint(hint),
            );
            None
        }
    }
}

pub fn goal(t: &Table, d: &mut Diagnostics) -> GoalSrc {
    t.check_known(
        &known(&[
            "number",
            "summary",
            "owner",
            "contact",
            "strategies",
            "tags",
        ]),
        d,
    );
    GoalSrc {
        number: t.integer("number", d).map(|n| n.value),
        summary: text(t, "summary", d),
        owner: text(t, "owner", d),
        contact: crate::load::contact::parse(t, d),
        strategies: strategies(t, d),
        tags: texts(t, "tags", d),
    }
}

/// A goal's `strategies`: strings (a title each) or tables `{ title, text }`;
/// two with the same slug are an error at the second.
fn strategies(t: &Table, d: &mut Diagnostics) -> Vec<Strategy> {
    let mut out: Vec<Strategy> = Vec::new();
    for entry in t.strings_or_tables("strategies", "entry of `strategies`", d) {
        let (title, text) = match entry {
            Entry::Text(s) => (s, None),
            Entry::Table(e) => {
                e.check_known(&["title", "text"], d);
                let Some(title) = e.required_string("title", d) else {
                    continue;
                };
                (title, e.string("text", d).map(|s| s.value))
            }
        };
        let slug = crate::base::slug::slugify(&title.value);
        if out.iter().any(|s| s.slug == slug) {
            d.push(
                Diagnostic::warning(
                    t.doc.file,
                    title.loc,
                    format!("strategy `{}` is named twice; it is shown once", title.value),
                )
                .with_hint("measures name a strategy by its title; give each strategy of a goal its own title"),
            );
            continue;
        }
        out.push(Strategy {
            title: title.value,
            slug,
            text,
        });
    }
    out
}

fn milestone(t: &Table, d: &mut Diagnostics) -> Option<Milestone> {
    t.check_known(&["title", "due", "done", "replanned_from"], d);
    let title = t.required_string("title", d)?.value;
    let due = t.date("due", d);
    // `done`: true, false, or the date it was done on.
    let (done, done_on) = t.flag_or_date("done", d).unwrap_or((false, None));
    let replanned_from = t.date("replanned_from", d);
    if let (Some(r), None) = (&replanned_from, &due) {
        d.push(
            Diagnostic::error(
                t.doc.file,
                r.loc,
                "`replanned_from` needs `due`: the date the milestone was moved to",
            )
            .with_hint("add e.g. due = 2025-06-30 beside replanned_from"),
        );
    }
    Some(Milestone {
        title,
        due: due.map(|x| x.value),
        done,
        done_on,
        replanned_from: replanned_from.map(|r| r.value),
    })
}

/// A budget line's `kind`: `expense` (the default) or `income`.
fn line_kind(t: &Table, d: &mut Diagnostics) -> Option<LineKind> {
    let Some(s) = t.string("kind", d) else {
        return Some(LineKind::Expense);
    };
    let found = LineKind::from_word(&s.value);
    if found.is_none() {
        d.push(
            Diagnostic::error(
                t.doc.file,
                s.loc,
                format!("invalid budget line kind `{}`", s.value),
            )
            .with_hint(LINE_KIND_HINT),
        );
    }
    found
}

/// What `kind` takes, for the front matter and data/budget.csv alike.
pub const LINE_KIND_HINT: &str = "valid kinds: expense (or Aufwand, Auszahlung; the default), income (or Ertrag, Einzahlung: grants, Drittmittel, Fördermittel, fees)";

/// What a negative planned or revised amount should be instead.
pub const NEGATIVE_PLAN_HINT: &str =
    "planned amounts are 0 or more; record refunds as a separate line's `actual`";

/// A planned or revised amount, which may not be negative.
fn plan_amount(
    t: &Table,
    key: &str,
    d: &mut Diagnostics,
) -> Result<Option<At<crate::base::money::Cents>>, ()> {
    let Some(a) = t.amount(key, d) else {
        return Ok(None);
    };
    if a.value.is_negative() {
        d.push(
            Diagnostic::error(
                t.doc.file,
                a.loc,
                format!("{key} amount {} is negative", a.value.to_machine()),
            )
            .with_hint(NEGATIVE_PLAN_HINT),
        );
        return Err(());
    }
    Ok(Some(a))
}

fn budget_line(
    t: &Table,
    measure: &At<String>,
    d: &mut Diagnostics,
) -> Option<std::sync::Arc<BudgetLineSrc>> {
    t.check_known(
        &[
            "year",
            "planned",
            "revised",
            "actual",
            "kind",
            "product",
            "label",
            "reference",
        ],
        d,
    );
    let year = t.required("year", d, |t, d| year(t, d));
    let planned = t.required("planned", d, |t, d| plan_amount(t, "planned", d).ok()?);
    let revised = plan_amount(t, "revised", d);
    let actual = t.amount("actual", d);
    let kind = line_kind(t, d);
    let (planned, revised, kind) = (planned?, revised.ok()?, kind?);
    Some(std::sync::Arc::new(BudgetLineSrc {
        measure: measure.clone(),
        year: year?,
        label: text(t, "label", d),
        planned: planned.value,
        revised: revised.map(|r| r.value),
        actual: actual.map(|a| a.value),
        kind,
        product: text(t, "product", d),
        reference: text(t, "reference", d),
        file: t.doc.file.to_path_buf(),
        loc: planned.loc,
    }))
}

/// `progress`, 0 to 100; on an ongoing measure a warning, since it is not
/// shown (model::progress).
fn measure_progress(t: &Table, status: Option<Status>, d: &mut Diagnostics) -> Option<At<i64>> {
    let progress = t.integer_in("progress", 0..101, d);
    if let (Some(Status::Ongoing), Some(p)) = (status, &progress) {
        d.push(
            Diagnostic::warning(
                t.doc.file,
                p.loc,
                format!(
                    "an ongoing measure shows no progress: `progress = {}` is left out",
                    p.value
                ),
            )
            .with_hint("a standing task has no share done; remove `progress`, or give the measure a status with an end, such as in_progress"),
        );
    }
    progress
}

pub fn measure(t: &Table, slug: &str, d: &mut Diagnostics) -> Option<MeasureSrc> {
    t.check_known(
        &known(&[
            "goals",
            "status",
            "progress",
            "owner",
            "partners",
            "start",
            "end",
            "updated",
            "tags",
            "milestones",
            "budget",
            "summary",
            "status_note",
            "strategies",
            "contact",
        ]),
        d,
    );
    let goals = t.strings("goals", d);
    let goals_loc = t
        .get("goals")
        .map(|v| t.doc.loc(&v.span()))
        .unwrap_or(t.loc());
    if !t.has("goals") {
        t.missing("goals", d);
    } else if goals.is_empty() && t.get("goals").is_some_and(|v| v.get_ref().is_array()) {
        d.push(
            Diagnostic::error(t.doc.file, goals_loc, "`goals` must name at least one goal")
                .with_hint("add the slug of the goal this measure serves, e.g. goals = [\"teilhabe-fuer-alle\"]"),
        );
    }
    let status = t.required("status", d, |t, d| status(t, "status", d));
    let start = t.date("start", d);
    let end = t.date("end", d);
    if let (Some(s), Some(e)) = (&start, &end)
        && e.value < s.value
    {
        d.push(Diagnostic::error(
            t.doc.file,
            e.loc,
            format!("`end` ({}) is before `start` ({})", e.value, s.value),
        ));
    }
    let here = At {
        value: slug.to_string(),
        loc: t.loc(),
    };
    let milestones = t
        .tables("milestones", "[[milestones]] entry", d)
        .iter()
        .filter_map(|m| milestone(m, d))
        .collect();
    let budget = t
        .tables("budget", "[[budget]] line", d)
        .iter()
        .filter_map(|b| budget_line(b, &here, d))
        .collect();
    let progress = measure_progress(t, status, d);
    Some(MeasureSrc {
        goals,
        goals_loc,
        status: status?,
        strategies: t.strings("strategies", d),
        progress: progress.map(|p| p.value as u8),
        status_note: text(t, "status_note", d),
        owner: text(t, "owner", d),
        contact: crate::load::contact::parse(t, d),
        partners: texts(t, "partners", d),
        start: start.map(|s| s.value),
        end: end.map(|e| e.value),
        updated: t.date("updated", d).map(|u| u.value),
        tags: texts(t, "tags", d),
        milestones,
        budget,
        summary: text(t, "summary", d),
    })
}

fn session(t: &Table, d: &mut Diagnostics) -> Option<Session> {
    t.check_known(&["committee", "date", "role", "result"], d);
    Some(Session {
        committee: t.required_string("committee", d)?.value,
        date: t.date("date", d).map(|x| x.value),
        role: text(t, "role", d),
        result: text(t, "result", d),
    })
}

fn update(t: &Table, d: &mut Diagnostics) -> Option<UpdateSrc> {
    t.check_known(&["measure", "status", "progress", "note"], d);
    let measure = t.required_string("measure", d);
    let status = status(t, "status", d);
    let progress = percent(t, "progress", d);
    Some(UpdateSrc {
        measure: measure?,
        status,
        progress,
        note: text(t, "note", d),
    })
}

pub fn report(t: &Table, d: &mut Diagnostics) -> Option<ReportSrc> {
    t.check_known(
        &known(&[
            "date",
            "kind",
            "reference",
            "summary",
            "goals",
            "measures",
            "sessions",
            "updates",
            "council_url",
            "council_file",
            "oparl",
        ]),
        d,
    );
    let date = t.required("date", d, |t, d| t.date("date", d));
    let sessions = t
        .tables("sessions", "[[sessions]] entry", d)
        .iter()
        .filter_map(|s| session(s, d))
        .collect();
    let updates = t
        .tables("updates", "[[updates]] entry", d)
        .iter()
        .filter_map(|u| update(u, d))
        .collect();
    Some(ReportSrc {
        date: date?.value,
        kind: text(t, "kind", d),
        reference: text(t, "reference", d),
        summary: text(t, "summary", d),
        goals: t.strings("goals", d),
        measures: t.strings("measures", d),
        sessions,
        updates,
        council_url: web_address(t, "council_url", d),
        council_file: web_address(t, "council_file", d),
        oparl: web_address(t, "oparl", d),
    })
}

/// A key whose value is an address on the web (`https://…`): links to the
/// council information system are shown to readers, so nothing else may
/// stand there (no `javascript:`, no path of the site).
fn web_address(t: &Table, key: &str, d: &mut Diagnostics) -> Option<String> {
    let s = t.string(key, d)?;
    if crate::base::urls::is_web_address(&s.value) {
        return Some(s.value);
    }
    d.push(
        Diagnostic::error(
            t.doc.file,
            s.loc,
            format!("`{key}` `{}` is not an http(s) address", s.value),
        )
        .with_hint("write the full address, a blank as %20, e.g. \"https://ratsinfo.musterstadt.de/vo0050.asp?__kvonr=4711\""),
    );
    None
}

fn point(t: &Table, d: &mut Diagnostics) -> Option<Point> {
    t.check_known(&["year", "value"], d);
    let y = t.required("year", d, |t, d| year(t, d));
    let v = t.required("value", d, |t, d| t.number("value", d));
    Some(Point {
        year: y?,
        value: v?.value,
    })
}

pub fn indicator(t: &Table, d: &mut Diagnostics) -> IndicatorSrc {
    t.check_known(
        &known(&[
            "unit",
            "summary",
            "goals",
            "direction",
            "baseline",
            "target",
            "values",
            "data",
            "sheet",
            "source",
            "contact",
        ]),
        d,
    );
    let direction = match t.string("direction", d) {
        Some(s) if s.value == "decrease" => Direction::Decrease,
        Some(s) if s.value == "increase" => Direction::Increase,
        Some(s) => {
            d.push(
                Diagnostic::error(
                    t.doc.file,
                    s.loc,
                    format!("invalid direction `{}`", s.value),
                )
                .with_hint("valid directions: increase, decrease"),
            );
            Direction::Increase
        }
        None => Direction::Increase,
    };
    let values: Vec<Point> = t
        .tables("values", "entry of `values`", d)
        .iter()
        .filter_map(|p| point(p, d))
        .collect();
    let data = t.string("data", d);
    if let Some(data) = &data
        && t.has("values")
    {
        d.push(
            Diagnostic::error(t.doc.file, data.loc, "`data` and `values` are both given")
                .with_hint("keep the series in one place: either `values = [...]` or `data = \"<name>.csv\"`"),
        );
    }
    IndicatorSrc {
        unit: text(t, "unit", d),
        summary: text(t, "summary", d),
        goals: t.strings("goals", d),
        direction,
        baseline: t
            .table("baseline", "`baseline`", d)
            .and_then(|p| point(&p, d)),
        target: t.table("target", "`target`", d).and_then(|p| point(&p, d)),
        values,
        data,
        sheet: t.string("sheet", d),
        source: text(t, "source", d),
        contact: crate::load::contact::parse(t, d),
    }
}

pub fn page(t: &Table, d: &mut Diagnostics) -> PageSrc {
    t.check_known(&known(&["description"]), d);
    PageSrc {
        description: text(t, "description", d),
    }
}

//! Reads each kind's front matter keys (docs/content-format.md) into source
//! records.

use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics, closest};
use crate::base::vocab::*;
use crate::load::fields::{Entry, Table};
use crate::load::records::*;
use crate::load::spec;
use crate::msg;

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
    t.percent(key, d).map(|p| p.value as u8)
}

pub fn status(t: &Table, key: &str, d: &mut Diagnostics) -> Option<Status> {
    let s = t.string(key, d)?;
    match Status::from_word(&s.value) {
        Some(st) => Some(st),
        None => {
            let keys: Vec<&str> = Status::ALL.iter().map(|s| s.key()).collect();
            let valid = keys.join(", ");
            let words = keys.iter().copied().chain(Status::GERMAN.iter().copied());
            let hint = match closest(&s.value, words) {
                Some(c) => msg!("hint-status-closest", name = c, valid = valid),
                None => msg!("hint-statuses", valid = valid),
            };
            d.push(
                Diagnostic::error(t.doc.file, s.loc, msg!("invalid-status", value = s.value))
                    .with_hint(hint),
            );
            None
        }
    }
}

pub fn goal(t: &Table, d: &mut Diagnostics) -> GoalSrc {
    t.check_known(&spec::item_keys(Kind::Goal), d);
    GoalSrc {
        number: t.integer("number", d).map(|n| n.value),
        summary: text(t, "summary", d),
        owner: text(t, "owner", d),
        contact: crate::load::contact::parse(t, d),
        strategies: strategies(t, d),
        sdg: sdg(t, d),
    }
}

/// `sdg`: codes of the UN's goals and targets (`"4"`, `"4.1"`, `"4.a"`),
/// in the UN's order, each once.
fn sdg(t: &Table, d: &mut Diagnostics) -> Vec<crate::base::sdg::Sdg> {
    use crate::base::sdg::{GOALS, Sdg};
    let mut found: Vec<Sdg> = t
        .strings("sdg", d)
        .into_iter()
        .filter_map(|s| match Sdg::parse(&s.value) {
            Ok(x) => Some(x),
            Err(goal) => {
                let hint = match goal {
                    Some(n) => msg!(
                        "hint-sdg-targets",
                        goal = n,
                        targets = GOALS[usize::from(n - 1)].range(n)
                    ),
                    None => msg!("hint-sdg-codes"),
                };
                d.push(
                    Diagnostic::error(t.doc.file, s.loc, msg!("unknown-sdg", value = s.value))
                        .with_hint(hint),
                );
                None
            }
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// A goal's `strategies`: strings (a title each) or tables `{ title, text }`;
/// two with the same slug are an error at the second.
fn strategies(t: &Table, d: &mut Diagnostics) -> Vec<Strategy> {
    let mut out: Vec<Strategy> = Vec::new();
    for entry in t.strings_or_tables("strategies", "what-strategies-entry", d) {
        let (title, text) = match entry {
            Entry::Text(s) => (s, None),
            Entry::Table(e) => {
                e.check_known(&spec::keys(spec::STRATEGY), d);
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
                    msg!("strategy-twice", title = title.value),
                )
                .with_hint(msg!("hint-strategy-twice")),
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
    t.check_known(&spec::keys(spec::MILESTONE), d);
    let title = t.required_string("title", d)?.value;
    let due = t.date("due", d);
    // `done`: true, false, or the date it was done on.
    let (done, done_on) = t.flag_or_date("done", d).unwrap_or((false, None));
    let replanned_from = t.date("replanned_from", d);
    if let (Some(r), None) = (&replanned_from, &due) {
        d.push(
            Diagnostic::error(t.doc.file, r.loc, msg!("replanned-needs-due"))
                .with_hint(msg!("hint-replanned-needs-due")),
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
                msg!("invalid-line-kind", value = s.value),
            )
            .with_hint(msg!("hint-line-kind")),
        );
    }
    found
}

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
                msg!(
                    "amount-negative",
                    column = key,
                    value = a.value.to_machine()
                ),
            )
            .with_hint(msg!("hint-negative-plan")),
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
    t.check_known(&spec::keys(spec::BUDGET_LINE), d);
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
    let progress = t.percent("progress", d);
    if let (Some(Status::Ongoing), Some(p)) = (status, &progress) {
        d.push(
            Diagnostic::warning(t.doc.file, p.loc, msg!("ongoing-progress", value = p.value))
                .with_hint(msg!("hint-ongoing-progress")),
        );
    }
    progress
}

pub fn measure(t: &Table, slug: &str, d: &mut Diagnostics) -> Option<MeasureSrc> {
    t.check_known(&spec::item_keys(Kind::Measure), d);
    let goals = t.strings("goals", d);
    let goals_loc = t
        .get("goals")
        .map(|v| t.doc.loc(&v.span()))
        .unwrap_or(t.loc());
    if !t.has("goals") {
        t.missing("goals", d);
    } else if goals.is_empty() && t.get("goals").is_some_and(|v| v.get_ref().is_array()) {
        d.push(
            Diagnostic::error(t.doc.file, goals_loc, msg!("goals-empty"))
                .with_hint(msg!("hint-goals-empty")),
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
            msg!("end-before-start", end = e.value, start = s.value),
        ));
    }
    let here = At {
        value: slug.to_string(),
        loc: t.loc(),
    };
    let milestones = t
        .tables("milestones", "what-milestone", d)
        .iter()
        .filter_map(|m| milestone(m, d))
        .collect();
    let budget = t
        .tables("budget", "what-budget-line", d)
        .iter()
        .filter_map(|b| budget_line(b, &here, d))
        .collect();
    let progress = measure_progress(t, status, d);
    let strategies = t.strings("strategies", d);
    Some(MeasureSrc {
        goals,
        goals_loc,
        status: status?,
        strategy_slugs: strategies
            .iter()
            .map(|s| crate::base::slug::slugify(&s.value))
            .collect(),
        strategies,
        indicators: t.strings("indicators", d),
        sdg: sdg(t, d),
        districts: t.strings("districts", d),
        progress: progress.map(|p| p.value as u8),
        status_note: text(t, "status_note", d),
        owner: text(t, "owner", d),
        contact: crate::load::contact::parse(t, d),
        partners: texts(t, "partners", d),
        start: start.map(|s| s.value),
        end: end.map(|e| e.value),
        updated: t.date("updated", d).map(|u| u.value),
        milestones,
        budget,
        summary: text(t, "summary", d),
    })
}

fn session(t: &Table, d: &mut Diagnostics) -> Option<Session> {
    t.check_known(&spec::keys(spec::SESSION), d);
    Some(Session {
        committee: t.required_string("committee", d)?.value,
        date: t.date("date", d).map(|x| x.value),
        role: text(t, "role", d),
        result: text(t, "result", d),
    })
}

fn update(t: &Table, d: &mut Diagnostics) -> Option<UpdateSrc> {
    t.check_known(&spec::keys(spec::UPDATE), d);
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
    t.check_known(&spec::item_keys(Kind::Report), d);
    let date = t.required("date", d, |t, d| t.date("date", d));
    let sessions = t
        .tables("sessions", "what-session", d)
        .iter()
        .filter_map(|s| session(s, d))
        .collect();
    let updates = t
        .tables("updates", "what-update", d)
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
        districts: t.strings("districts", d),
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
            msg!("not-web-address", key = key, value = s.value),
        )
        .with_hint(msg!("hint-web-address")),
    );
    None
}

fn point(t: &Table, d: &mut Diagnostics) -> Option<Point> {
    t.check_known(&spec::keys(spec::POINT), d);
    let y = t.required("year", d, |t, d| year(t, d));
    let v = t.required("value", d, |t, d| t.number("value", d));
    Some(Point {
        year: y?,
        value: v?.value,
    })
}

pub fn indicator(t: &Table, d: &mut Diagnostics) -> IndicatorSrc {
    t.check_known(&spec::item_keys(Kind::Indicator), d);
    let direction = match t.string("direction", d) {
        None => Direction::Increase,
        Some(s) => Direction::from_word(&s.value).unwrap_or_else(|| {
            d.push(
                Diagnostic::error(
                    t.doc.file,
                    s.loc,
                    msg!("invalid-direction", value = s.value),
                )
                .with_hint(msg!("hint-directions")),
            );
            Direction::Increase
        }),
    };
    let values: Vec<Point> = t
        .tables("values", "what-values-entry", d)
        .iter()
        .filter_map(|p| point(p, d))
        .collect();
    let data = t.string("data", d);
    if let Some(data) = &data
        && t.has("values")
    {
        d.push(
            Diagnostic::error(t.doc.file, data.loc, msg!("data-and-values"))
                .with_hint(msg!("hint-data-and-values")),
        );
    }
    IndicatorSrc {
        unit: text(t, "unit", d),
        summary: text(t, "summary", d),
        goals: t.strings("goals", d),
        direction,
        baseline: t
            .table("baseline", "what-baseline", d)
            .and_then(|p| point(&p, d)),
        target: t
            .table("target", "what-target", d)
            .and_then(|p| point(&p, d)),
        values,
        data,
        sheet: t.string("sheet", d),
        source: text(t, "source", d),
        about: indicator_about(t, d),
        breakdown: None,
        compare: compare(t, d),
        sdg: sdg(t, d),
        contact: crate::load::contact::parse(t, d),
    }
}

/// At most this many comparisons: each needs a line style of its own.
pub const MAX_COMPARE: usize = 3;

/// `[[compare]]`: each with `values` or `data`, not both.
fn compare(t: &Table, d: &mut Diagnostics) -> Vec<CompareSrc> {
    let list = t.tables("compare", "what-compare", d);
    if list.len() > MAX_COMPARE
        && let Some(loc) = t.key_loc("compare")
    {
        d.push(
            Diagnostic::error(
                t.doc.file,
                loc,
                msg!("compare-too-many", max = MAX_COMPARE as i64),
            )
            .with_hint(msg!("hint-compare-too-many")),
        );
    }
    list.iter()
        .take(MAX_COMPARE)
        .filter_map(|c| {
            c.check_known(&spec::keys(spec::COMPARE), d);
            let label = c.required_string("label", d)?.value;
            let mut values: Vec<Point> = c
                .tables("values", "what-values-entry", d)
                .iter()
                .filter_map(|p| point(p, d))
                .collect();
            values.sort_by_key(|p| p.year);
            let data = c.string("data", d);
            match (&data, c.has("values")) {
                (Some(x), true) => d.push(
                    Diagnostic::error(c.doc.file, x.loc, msg!("data-and-values"))
                        .with_hint(msg!("hint-data-and-values")),
                ),
                (None, false) => d.push(
                    Diagnostic::error(
                        c.doc.file,
                        c.loc(),
                        msg!("compare-without-values", label = label.clone()),
                    )
                    .with_hint(msg!("hint-compare-without-values")),
                ),
                _ => {}
            }
            Some(CompareSrc {
                label,
                source: text(c, "source", d),
                values,
                data,
                sheet: c.string("sheet", d),
            })
        })
        .collect()
}

fn indicator_about(t: &Table, d: &mut Diagnostics) -> IndicatorAbout {
    let periodicity = t.string("periodicity", d).and_then(|s| {
        let found = Periodicity::from_word(&s.value);
        if found.is_none() {
            d.push(
                Diagnostic::error(
                    t.doc.file,
                    s.loc,
                    msg!("invalid-periodicity", value = s.value),
                )
                .with_hint(msg!("hint-periodicity")),
            );
        }
        found
    });
    IndicatorAbout {
        definition: text(t, "definition", d),
        numerator: text(t, "numerator", d),
        denominator: text(t, "denominator", d),
        method_line: t.key_loc("method").map_or(1, |l| l.line),
        method: text(t, "method", d),
        periodicity,
        next_update: t.date("next_update", d).map(|x| x.value),
        source_url: web_address(t, "source_url", d),
    }
}

pub fn page(t: &Table, d: &mut Diagnostics) -> PageSrc {
    t.check_known(&spec::item_keys(Kind::Page), d);
    PageSrc {
        description: text(t, "description", d),
    }
}

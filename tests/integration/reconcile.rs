//! Property test: for random portals, the budget CSVs by year, goal, owner and
//! measure reconcile with the grand total, and no cent is lost or counted twice.
//! The expected figures are summed here from the generated lines, independently
//! of klarsicht's own roll-ups; the portal goes through the whole build.

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;

use klarsicht::base::date::Date;
use klarsicht::build::{BuildOptions, build};

#[derive(Debug, Clone)]
struct Line {
    year: i32,
    planned: i64,
    actual: Option<i64>,
    /// In data/budget.csv instead of the front matter.
    in_csv: bool,
}

#[derive(Debug, Clone)]
struct Measure {
    goals: Vec<usize>,
    owner: Option<usize>,
    lines: Vec<Line>,
}

const OWNERS: [&str; 3] = ["Sozialamt", "Jugendamt", "Stabsstelle Planung"];

fn line() -> impl Strategy<Value = Line> {
    (
        2023..2028i32,
        0..2_000_000_000i64,
        prop::option::of(0..2_000_000_000i64),
        any::<bool>(),
    )
        .prop_map(|(year, planned, actual, in_csv)| Line {
            year,
            planned,
            actual,
            in_csv,
        })
}

fn portal() -> impl Strategy<Value = (usize, Vec<Measure>)> {
    (1..5usize).prop_flat_map(|n_goals| {
        let measure = (
            prop::collection::btree_set(0..n_goals, 1..=n_goals),
            prop::option::of(0..OWNERS.len()),
            prop::collection::vec(line(), 0..5),
        )
            .prop_map(|(goals, owner, lines)| Measure {
                goals: goals.into_iter().collect(),
                owner,
                lines,
            });
        (Just(n_goals), prop::collection::vec(measure, 1..8))
    })
}

fn amount(c: i64) -> String {
    format!("{}.{:02}", c / 100, c % 100)
}

fn write_portal(dir: &Path, n_goals: usize, measures: &[Measure]) {
    let content = dir.join("content");
    std::fs::create_dir_all(content.join("goals")).unwrap();
    std::fs::create_dir_all(content.join("measures")).unwrap();
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(
        dir.join("site.toml"),
        "title = \"Zufall\"\nlanguage = \"de\"\nbase_url = \"https://z.example/\"\n",
    )
    .unwrap();
    for g in 0..n_goals {
        std::fs::write(
            content.join(format!("goals/g{g}.md")),
            format!("+++\ntitle = \"Ziel {g}\"\nnumber = {g}\n+++\n"),
        )
        .unwrap();
    }
    let mut csv = String::from("measure,year,label,planned,actual,reference\n");
    for (i, m) in measures.iter().enumerate() {
        let goals: Vec<String> = m.goals.iter().map(|g| format!("\"g{g}\"")).collect();
        let mut fm = format!(
            "+++\ntitle = \"Maßnahme {i:02}\"\ngoals = [{}]\nstatus = \"in_progress\"\n",
            goals.join(", ")
        );
        if let Some(o) = m.owner {
            fm.push_str(&format!("owner = \"{}\"\n", OWNERS[o]));
        }
        for l in &m.lines {
            if l.in_csv {
                csv.push_str(&format!(
                    "m{i},{},Posten,{},{},\n",
                    l.year,
                    amount(l.planned),
                    l.actual.map(amount).unwrap_or_default()
                ));
            } else {
                fm.push_str(&format!(
                    "\n[[budget]]\nyear = {}\nplanned = \"{}\"\n",
                    l.year,
                    amount(l.planned)
                ));
                if let Some(a) = l.actual {
                    fm.push_str(&format!("actual = \"{}\"\n", amount(a)));
                }
            }
        }
        fm.push_str("+++\n");
        std::fs::write(content.join(format!("measures/m{i}.md")), fm).unwrap();
    }
    std::fs::write(dir.join("data/budget.csv"), csv).unwrap();
}

/// Sums as the budget definition states them: planned over all lines, the
/// difference over the lines that have an actual amount.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Sums {
    planned: i64,
    actual: Option<i64>,
    difference: Option<i64>,
}

impl Sums {
    fn add(&mut self, l: &Line) {
        self.planned += l.planned;
        if let Some(a) = l.actual {
            *self.actual.get_or_insert(0) += a;
            *self.difference.get_or_insert(0) += l.planned - a;
        }
    }
}

fn cents(text: &str) -> Option<i64> {
    if text.is_empty() {
        return None;
    }
    let (neg, t) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text),
    };
    let (int, frac) = t.split_once('.').expect("two decimals");
    assert_eq!(frac.len(), 2, "{text}");
    let c: i64 = format!("{int}{frac}").parse().unwrap();
    Some(if neg { -c } else { c })
}

/// A budget CSV as label → sums, its adjustment row (by goal: what the rows
/// count more than once, negative) and its last (totals) row.
fn read_csv(path: &Path) -> (BTreeMap<String, Sums>, Option<Sums>, Sums) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let mut rows: Vec<(String, Sums)> = r
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            // label, planned, planned of the lines with actual, actual, difference, rate
            let (basis, actual, difference) = (cents(&rec[2]), cents(&rec[3]), cents(&rec[4]));
            assert_eq!(difference, basis.zip(actual).map(|(b, a)| b - a), "{rec:?}");
            (
                rec[0].to_string(),
                Sums {
                    planned: cents(&rec[1]).unwrap(),
                    actual,
                    difference,
                },
            )
        })
        .collect();
    let total = rows.pop().expect("totals row").1;
    let adjustment = rows
        .last()
        .filter(|(label, _)| label.starts_with("abzüglich"))
        .map(|(_, s)| *s);
    if adjustment.is_some() {
        rows.pop();
    }
    let n = rows.len();
    let map: BTreeMap<String, Sums> = rows.into_iter().collect();
    assert_eq!(map.len(), n, "labels are unique in {path:?}");
    (map, adjustment, total)
}

fn add_all(map: &BTreeMap<String, Sums>) -> Sums {
    let mut s = Sums::default();
    for v in map.values() {
        s.planned += v.planned;
        if let Some(a) = v.actual {
            *s.actual.get_or_insert(0) += a;
        }
        if let Some(d) = v.difference {
            *s.difference.get_or_insert(0) += d;
        }
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn budget_roll_ups_reconcile_with_the_grand_total((n_goals, measures) in portal()) {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("portal");
        write_portal(&src, n_goals, &measures);
        let out = tmp.path().join("site");
        let report = build(&BuildOptions {
            root: src,
            output: Some(out.clone()),
            drafts: false,
            future: false,
            base_url: None,
            today: Date::new(2025, 7, 15).unwrap(),
        preview: false,
        });
        prop_assert!(report.ok(), "{:?}", report.diagnostics);

        let mut grand = Sums::default();
        let mut by_year: BTreeMap<String, Sums> = BTreeMap::new();
        let mut by_goal: BTreeMap<String, Sums> = BTreeMap::new();
        let mut by_owner: BTreeMap<String, Sums> = BTreeMap::new();
        let mut by_measure: BTreeMap<String, Sums> = BTreeMap::new();
        for (i, m) in measures.iter().enumerate() {
            for l in &m.lines {
                grand.add(l);
                by_year.entry(l.year.to_string()).or_default().add(l);
                for g in &m.goals {
                    by_goal.entry(format!("Ziel {g}")).or_default().add(l);
                }
                let owner = m.owner.map_or("ohne Zuständigkeit", |o| OWNERS[o]);
                by_owner.entry(owner.to_string()).or_default().add(l);
                by_measure.entry(format!("Maßnahme {i:02}")).or_default().add(l);
            }
        }
        let dir = out.join("haushalt");
        for (file, expected) in [
            ("by-year.csv", &by_year),
            ("by-goal.csv", &by_goal),
            ("by-owner.csv", &by_owner),
            ("by-measure.csv", &by_measure),
        ] {
            let (rows, adjustment, total) = read_csv(&dir.join(file));
            prop_assert_eq!(&rows, expected, "{}", file);
            prop_assert_eq!(total, grand, "{}: total counts every line once", file);
            // The rows and the adjustment add up to the total: every line
            // once in the other tables; by goal, the adjustment takes off
            // what shared measures add under their further goals.
            let mut all = rows.clone();
            if let Some(a) = adjustment {
                prop_assert_eq!(file, "by-goal.csv");
                all.insert("adjustment".into(), a);
            }
            prop_assert_eq!(add_all(&all), grand, "{}", file);
        }
        // By goal, a line counts once per goal its measure serves.
        let (goal_rows, _, _) = read_csv(&dir.join("by-goal.csv"));
        let counted: i64 = measures
            .iter()
            .flat_map(|m| m.lines.iter().map(move |l| l.planned * m.goals.len() as i64))
            .sum();
        prop_assert_eq!(add_all(&goal_rows).planned, counted);
    }
}

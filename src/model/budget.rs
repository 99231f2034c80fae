//! Budget roll-ups: planned, actual, difference and execution rate per measure,
//! goal, owner and year. Pure functions over plain lines; sums in exact cents.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::base::money::Cents;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Totals {
    pub planned: Cents,
    /// Sum of the known actual amounts.
    pub actual: Cents,
    /// Planned amount of the lines that have an actual amount: the base of
    /// difference and rate, so a year not yet accounted for does not show as
    /// money left over.
    pub planned_reported: Cents,
    pub lines: usize,
    pub lines_with_actual: usize,
}

impl Totals {
    pub fn add(&mut self, planned: Cents, actual: Option<Cents>) {
        self.planned += planned;
        self.lines += 1;
        if let Some(a) = actual {
            self.actual += a;
            self.planned_reported += planned;
            self.lines_with_actual += 1;
        }
    }

    pub fn merge(&mut self, other: &Totals) {
        self.planned += other.planned;
        self.actual += other.actual;
        self.planned_reported += other.planned_reported;
        self.lines += other.lines;
        self.lines_with_actual += other.lines_with_actual;
    }

    pub fn has_actual(&self) -> bool {
        self.lines_with_actual > 0
    }

    /// Planned − actual over the lines with an actual amount; none while no
    /// actual amount is known. Sums like planned and actual: the difference of
    /// a total is the sum of the differences of its rows.
    pub fn difference(&self) -> Option<Cents> {
        self.has_actual()
            .then(|| self.planned_reported - self.actual)
    }

    /// Execution rate: actual ÷ planned, over the lines with an actual amount,
    /// in tenths of a percent (see [`percent_tenths`]); none without an actual
    /// amount or a positive planned one.
    pub fn rate_tenths(&self) -> Option<i64> {
        if !self.has_actual() {
            return None;
        }
        percent_tenths(self.actual, self.planned_reported)
    }

    /// The same totals taken `n` times: what `n` extra counts of a line add.
    pub fn times(&self, n: usize) -> Totals {
        let k = n as i64;
        Totals {
            planned: Cents(self.planned.0 * k),
            actual: Cents(self.actual.0 * k),
            planned_reported: Cents(self.planned_reported.0 * k),
            lines: self.lines * n,
            lines_with_actual: self.lines_with_actual * n,
        }
    }
}

/// `part ÷ whole` as a percentage with one decimal, in tenths of a percent
/// (96.5 % → 965), rounded half away from zero. One decimal: a second one
/// would claim a precision that planned amounts do not have. None unless
/// `whole` is positive.
pub fn percent_tenths(part: Cents, whole: Cents) -> Option<i64> {
    if whole.0 <= 0 {
        return None;
    }
    let num = i128::from(part.0) * 1_000;
    let den = i128::from(whole.0);
    let q = (2 * num.abs() + den) / (2 * den);
    Some(if num < 0 { -q } else { q } as i64)
}

/// A year's amount against the year before: the difference and that
/// difference as a share of the year before (none when that was zero).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Change {
    pub delta: Cents,
    pub percent_tenths: Option<i64>,
}

pub fn change(before: Cents, now: Cents) -> Change {
    let delta = now - before;
    Change {
        delta,
        percent_tenths: percent_tenths(delta, before),
    }
}

/// One year against the year before it, as the year-on-year table shows it.
#[derive(Debug, Clone, Copy)]
pub struct YearOnYear {
    pub year: i32,
    pub totals: Totals,
    /// None for the first year.
    pub planned: Option<Change>,
    /// None unless both years have an actual amount.
    pub actual: Option<Change>,
}

/// Every year from the first to the last with budget lines, each against
/// the calendar year before (a year without lines counts as zero, so the
/// "previous year" is always the year before, never an earlier one).
pub fn year_on_year(by_year: &[(i32, Totals)]) -> Vec<YearOnYear> {
    let (Some(first), Some(last)) = (by_year.first(), by_year.last()) else {
        return Vec::new();
    };
    let get = |y: i32| {
        by_year
            .iter()
            .find(|(year, _)| *year == y)
            .map(|(_, t)| *t)
            .unwrap_or_default()
    };
    let mut out: Vec<YearOnYear> = Vec::new();
    for year in first.0..=last.0 {
        let totals = get(year);
        let before = out.last().map(|p| p.totals);
        out.push(YearOnYear {
            year,
            totals,
            planned: before.map(|b| change(b.planned, totals.planned)),
            actual: before
                .filter(|b| b.has_actual() && totals.has_actual())
                .map(|b| change(b.actual, totals.actual)),
        });
    }
    out
}

/// The budget year pages lead with: the build date's year when it has budget
/// lines, else the latest earlier year that has some, else the first year.
pub fn lead_year(years: impl Iterator<Item = i32> + Clone, build_year: i32) -> Option<i32> {
    years
        .clone()
        .filter(|y| *y <= build_year)
        .max()
        .or_else(|| years.min())
}

/// The bound on a portal's amounts: planned and actual amounts of all
/// lines, added up without their signs, may reach 10^15 € (a thousand
/// times a large city's yearly budget). Every total, difference and
/// weight is a sum over some of these amounts, so none can overflow.
pub const MAX_SUM: Cents = Cents(100_000_000_000_000_000);

/// The index of the first line at which the running sum of amounts
/// (planned and actual, without sign) goes beyond [`MAX_SUM`], if any.
pub fn first_beyond_bound(lines: impl Iterator<Item = (Cents, Option<Cents>)>) -> Option<usize> {
    let mut sum: i128 = 0;
    for (i, (planned, actual)) in lines.enumerate() {
        sum += i128::from(planned.0).abs() + actual.map_or(0, |a| i128::from(a.0).abs());
        if sum > i128::from(MAX_SUM.0) {
            return Some(i);
        }
    }
    None
}

/// The facts of one budget line the roll-ups need.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub measure: usize,
    pub year: i32,
    pub planned: Cents,
    pub actual: Option<Cents>,
}

pub fn total(lines: &[Line]) -> Totals {
    let mut t = Totals::default();
    for l in lines {
        t.add(l.planned, l.actual);
    }
    t
}

/// Totals grouped by a key of each line.
pub fn by<K: Ord>(lines: &[Line], key: impl Fn(&Line) -> K) -> BTreeMap<K, Totals> {
    let mut map: BTreeMap<K, Totals> = BTreeMap::new();
    for l in lines {
        map.entry(key(l)).or_default().add(l.planned, l.actual);
    }
    map
}

/// Totals per goal: a line counts under every goal its measure serves.
pub fn by_goal(lines: &[Line], goals_of_measure: &[Vec<usize>]) -> BTreeMap<usize, Totals> {
    let mut map: BTreeMap<usize, Totals> = BTreeMap::new();
    for l in lines {
        for g in &goals_of_measure[l.measure] {
            map.entry(*g).or_default().add(l.planned, l.actual);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bound_is_crossed_at_the_line_that_crosses_it() {
        // 999,999,999,999.99 € a line: 1,000 lines stay 10 cents below 10^15 €.
        let big = Cents(99_999_999_999_999);
        let lines = std::iter::repeat_n((big, None), 100_000);
        assert_eq!(first_beyond_bound(lines), Some(1_000));
        // Actual amounts count too, and signs do not cancel out.
        let half = Cents(MAX_SUM.0 / 2);
        assert_eq!(
            first_beyond_bound([(half, Some(Cents(-half.0)))].into_iter()),
            None
        );
        assert_eq!(
            first_beyond_bound([(half, Some(Cents(-half.0 - 1)))].into_iter()),
            Some(0)
        );
    }

    fn line(measure: usize, year: i32, planned: i64, actual: Option<i64>) -> Line {
        Line {
            measure,
            year,
            planned: Cents(planned),
            actual: actual.map(Cents),
        }
    }

    #[test]
    fn difference_and_rate() {
        let t = total(&[
            line(0, 2024, 5_000_000, Some(4_825_050)),
            line(0, 2025, 5_000_000, None),
        ]);
        assert_eq!(t.planned, Cents(10_000_000));
        assert_eq!(t.actual, Cents(4_825_050));
        // 2025 has no actual yet: difference and rate compare 2024 only.
        assert_eq!(t.planned_reported, Cents(5_000_000));
        assert_eq!(t.difference(), Some(Cents(174_950)));
        // 48 250,50 / 50 000 = 96.501 % → 96.5 % (965.01 tenths round down)
        assert_eq!(t.rate_tenths(), Some(965));
        let none = total(&[line(0, 2026, 100, None)]);
        assert_eq!(none.difference(), None);
        assert_eq!(none.rate_tenths(), None);
        // 2/3 = 66.666… % → 66.7 %
        assert_eq!(
            total(&[line(0, 2024, 300, Some(200))]).rate_tenths(),
            Some(667)
        );
        // 1/8 = 12.5 % exactly; 1/16 = 6.25 % rounds half away from zero → 6.3 %
        assert_eq!(percent_tenths(Cents(1), Cents(8)), Some(125));
        assert_eq!(percent_tenths(Cents(1), Cents(16)), Some(63));
        assert_eq!(percent_tenths(Cents(-1), Cents(16)), Some(-63));
        assert_eq!(percent_tenths(Cents(1), Cents(0)), None);
    }

    #[test]
    fn a_measure_with_two_goals_counts_under_each_but_once_in_the_total() {
        let goals = vec![vec![0, 1], vec![1]];
        let lines = [
            line(0, 2024, 5_000_000, Some(5_000_000)),
            line(1, 2024, 1_000_000, None),
            line(0, 2025, 5_000_000, None),
        ];
        let g = by_goal(&lines, &goals);
        assert_eq!(g[&0].planned, Cents(10_000_000));
        assert_eq!(g[&1].planned, Cents(11_000_000));
        assert_eq!(total(&lines).planned, Cents(11_000_000));
        let y = by(&lines, |l| l.year);
        assert_eq!(y[&2024].planned, Cents(6_000_000));
        assert_eq!(y[&2024].actual, Cents(5_000_000));
        assert_eq!(y[&2025].planned, Cents(5_000_000));
    }

    #[test]
    fn years_are_compared_with_the_calendar_year_before() {
        let lines = [
            line(0, 2023, 4_000_000, Some(3_000_000)),
            line(0, 2024, 5_000_000, Some(4_500_000)),
            // 2025 has no lines, 2026 no actual yet.
            line(0, 2026, 6_000_000, None),
        ];
        let by_year: Vec<_> = by(&lines, |l| l.year).into_iter().collect();
        let yoy = year_on_year(&by_year);
        let years: Vec<i32> = yoy.iter().map(|y| y.year).collect();
        assert_eq!(years, [2023, 2024, 2025, 2026]);
        assert_eq!(yoy[0].planned, None);
        // 50 000 − 40 000 = +10 000 €, ÷ 40 000 = +25.0 %
        assert_eq!(
            yoy[1].planned,
            Some(Change {
                delta: Cents(1_000_000),
                percent_tenths: Some(250)
            })
        );
        // 45 000 − 30 000 = +15 000 €, ÷ 30 000 = +50.0 %
        assert_eq!(
            yoy[1].actual,
            Some(Change {
                delta: Cents(1_500_000),
                percent_tenths: Some(500)
            })
        );
        // 2025: nothing planned, −50 000 € = −100.0 %; no actual to compare.
        assert_eq!(
            yoy[2].planned,
            Some(Change {
                delta: Cents(-5_000_000),
                percent_tenths: Some(-1000)
            })
        );
        assert_eq!(yoy[2].actual, None);
        // 2026 against an empty 2025: +60 000 €, no percentage of zero.
        assert_eq!(
            yoy[3].planned,
            Some(Change {
                delta: Cents(6_000_000),
                percent_tenths: None
            })
        );
    }

    #[test]
    fn the_lead_year_is_the_build_year_or_the_latest_before_it() {
        let years = [2023, 2024, 2026];
        assert_eq!(lead_year(years.iter().copied(), 2024), Some(2024));
        assert_eq!(lead_year(years.iter().copied(), 2025), Some(2024));
        assert_eq!(lead_year(years.iter().copied(), 2030), Some(2026));
        assert_eq!(lead_year(years.iter().copied(), 2020), Some(2023));
        assert_eq!(lead_year(std::iter::empty(), 2025), None);
    }
}

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

    /// Execution rate (actual ÷ planned, over the lines with an actual amount)
    /// in basis points (1 % = 100), rounded half away from zero; none without
    /// an actual amount or a positive planned one.
    pub fn rate_bp(&self) -> Option<i64> {
        if !self.has_actual() || self.planned_reported.0 <= 0 {
            return None;
        }
        let num = i128::from(self.actual.0) * 10_000;
        let den = i128::from(self.planned_reported.0);
        let q = (2 * num.abs() + den) / (2 * den);
        Some(if num < 0 { -q } else { q } as i64)
    }
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
        // 48 250,50 / 50 000 = 96.501 % → 9650 bp (9650.1 rounds down)
        assert_eq!(t.rate_bp(), Some(9650));
        let none = total(&[line(0, 2026, 100, None)]);
        assert_eq!(none.difference(), None);
        assert_eq!(none.rate_bp(), None);
        // 2/3 = 66.665 % → 6667 bp
        assert_eq!(
            total(&[line(0, 2024, 300, Some(200))]).rate_bp(),
            Some(6667)
        );
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
}

//! Budget roll-ups: planned, actual, difference and execution rate per measure,
//! goal, owner and year. Pure functions over plain lines; sums in exact cents.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::base::money::Cents;
use crate::base::vocab::LineKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Totals {
    /// Sum of the planned amounts as first adopted (Ansatz).
    pub planned: Cents,
    /// Sum of the plans in force (fortgeschriebener Ansatz): each line's
    /// `revised` amount, its planned amount where it has none.
    pub revised: Cents,
    /// Number of lines with a `revised` amount.
    pub lines_revised: usize,
    /// Sum of the known actual amounts.
    pub actual: Cents,
    /// Plan in force of the lines that have an actual amount: the base of
    /// difference and rate, so a year not yet accounted for does not show as
    /// money left over.
    pub planned_reported: Cents,
    pub lines: usize,
    pub lines_with_actual: usize,
}

impl Totals {
    pub fn add(&mut self, l: &Line) {
        let plan = l.revised.unwrap_or(l.planned);
        self.planned += l.planned;
        self.revised += plan;
        self.lines_revised += usize::from(l.revised.is_some());
        self.lines += 1;
        if let Some(a) = l.actual {
            self.actual += a;
            self.planned_reported += plan;
            self.lines_with_actual += 1;
        }
    }

    pub fn merge(&mut self, other: &Totals) {
        self.planned += other.planned;
        self.revised += other.revised;
        self.lines_revised += other.lines_revised;
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
            revised: Cents(self.revised.0 * k),
            lines_revised: self.lines_revised * n,
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

/// An amount per inhabitant, rounded half away from zero to the cent.
pub fn per_inhabitant(amount: Cents, population: u64) -> Cents {
    let (num, den) = (i128::from(amount.0), i128::from(population.max(1)));
    let q = (2 * num.abs() + den) / (2 * den);
    Cents(if num < 0 { -q } else { q } as i64)
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
    pub kind: LineKind,
    pub planned: Cents,
    pub revised: Option<Cents>,
    pub actual: Option<Cents>,
}

/// The totals of the lines of one kind: expense and income are never added
/// together.
pub fn total(lines: &[Line], kind: LineKind) -> Totals {
    let mut t = Totals::default();
    for l in lines.iter().filter(|l| l.kind == kind) {
        t.add(l);
    }
    t
}

/// Totals of the lines of one kind, grouped by a key of each line.
pub fn by<K: Ord>(lines: &[Line], kind: LineKind, key: impl Fn(&Line) -> K) -> BTreeMap<K, Totals> {
    let mut map: BTreeMap<K, Totals> = BTreeMap::new();
    for l in lines.iter().filter(|l| l.kind == kind) {
        map.entry(key(l)).or_default().add(l);
    }
    map
}

/// The sum of totals: the totals of all their lines together.
pub fn sum<'a>(totals: impl Iterator<Item = &'a Totals>) -> Totals {
    totals.fold(Totals::default(), |mut sum, t| {
        sum.merge(t);
        sum
    })
}

/// The sum of totals by year, in year order: what [`by`] gives by year for
/// all their lines together.
pub fn sum_by_year<'a>(parts: impl Iterator<Item = &'a Vec<(i32, Totals)>>) -> Vec<(i32, Totals)> {
    let mut map: BTreeMap<i32, Totals> = BTreeMap::new();
    for (year, t) in parts.flatten() {
        map.entry(*year).or_default().merge(t);
    }
    map.into_iter().collect()
}

/// Expense, income and net (expense − income) of one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Net {
    pub year: i32,
    pub expense: Totals,
    pub income: Totals,
}

impl Net {
    pub fn planned(&self) -> Cents {
        self.expense.revised - self.income.revised
    }

    /// None while neither side has an actual amount; a side without one
    /// counts as zero.
    pub fn actual(&self) -> Option<Cents> {
        (self.expense.has_actual() || self.income.has_actual())
            .then(|| self.expense.actual - self.income.actual)
    }
}

/// Expense against income per year, for every year with lines of either kind.
pub fn net_by_year(lines: &[Line]) -> Vec<Net> {
    let expense = by(lines, LineKind::Expense, |l| l.year);
    let income = by(lines, LineKind::Income, |l| l.year);
    let mut years: Vec<i32> = expense.keys().chain(income.keys()).copied().collect();
    years.sort_unstable();
    years.dedup();
    years
        .into_iter()
        .map(|year| Net {
            year,
            expense: expense.get(&year).copied().unwrap_or_default(),
            income: income.get(&year).copied().unwrap_or_default(),
        })
        .collect()
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
            kind: LineKind::Expense,
            planned: Cents(planned),
            revised: None,
            actual: actual.map(Cents),
        }
    }

    fn total_e(lines: &[Line]) -> Totals {
        total(lines, LineKind::Expense)
    }

    #[test]
    fn difference_and_rate() {
        let t = total_e(&[
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
        let none = total_e(&[line(0, 2026, 100, None)]);
        assert_eq!(none.difference(), None);
        assert_eq!(none.rate_tenths(), None);
        // 2/3 = 66.666… % → 66.7 %
        assert_eq!(
            total_e(&[line(0, 2024, 300, Some(200))]).rate_tenths(),
            Some(667)
        );
        // 1/8 = 12.5 % exactly; 1/16 = 6.25 % rounds half away from zero → 6.3 %
        assert_eq!(percent_tenths(Cents(1), Cents(8)), Some(125));
        assert_eq!(percent_tenths(Cents(1), Cents(16)), Some(63));
        assert_eq!(percent_tenths(Cents(-1), Cents(16)), Some(-63));
        assert_eq!(percent_tenths(Cents(1), Cents(0)), None);
    }

    #[test]
    fn lines_are_grouped_by_year_and_counted_again_with_times() {
        let lines = [
            line(0, 2024, 5_000_000, Some(5_000_000)),
            line(1, 2024, 1_000_000, None),
            line(0, 2025, 5_000_000, None),
        ];
        assert_eq!(total_e(&lines).planned, Cents(11_000_000));
        let y = by(&lines, LineKind::Expense, |l| l.year);
        assert_eq!(y[&2024].planned, Cents(6_000_000));
        assert_eq!(y[&2024].actual, Cents(5_000_000));
        assert_eq!(y[&2025].planned, Cents(5_000_000));
        // A measure under three goals counts twice more there.
        let twice = y[&2024].times(2);
        assert_eq!(twice.planned, Cents(12_000_000));
        assert_eq!(twice.planned_reported, Cents(10_000_000));
        assert_eq!(twice.lines, 4);
    }

    #[test]
    fn per_inhabitant_rounds_to_the_cent() {
        // 1.457.800 € for 77.592 inhabitants: 18,788… → 18,79 €.
        assert_eq!(per_inhabitant(Cents(145_780_000), 77_592), Cents(1_879));
        // 1 € for 8 inhabitants: 12,5 ct → 13 ct (half away from zero).
        assert_eq!(per_inhabitant(Cents(100), 8), Cents(13));
        assert_eq!(per_inhabitant(Cents(-100), 8), Cents(-13));
    }

    #[test]
    fn a_revised_plan_is_what_difference_and_rate_compare_with() {
        // Ansatz 50.000 €, raised by a supplementary budget to 60.000 €;
        // 45.000 € spent: difference 15.000 €, rate 45 ÷ 60 = 75.0 %.
        let mut l = line(0, 2024, 5_000_000, Some(4_500_000));
        l.revised = Some(Cents(6_000_000));
        let t = total_e(&[l, line(0, 2025, 1_000_000, None)]);
        assert_eq!(t.planned, Cents(6_000_000));
        assert_eq!(t.revised, Cents(7_000_000));
        assert_eq!(t.lines_revised, 1);
        assert_eq!(t.planned_reported, Cents(6_000_000));
        assert_eq!(t.difference(), Some(Cents(1_500_000)));
        assert_eq!(t.rate_tenths(), Some(750));
    }

    #[test]
    fn income_is_kept_apart_and_netted_per_year() {
        let mut grant = line(0, 2024, 2_000_000, Some(1_500_000));
        grant.kind = LineKind::Income;
        let mut fee = line(1, 2025, 300_000, None);
        fee.kind = LineKind::Income;
        let lines = [
            line(0, 2024, 5_000_000, Some(4_800_000)),
            grant,
            fee,
            line(0, 2025, 5_000_000, None),
        ];
        assert_eq!(total_e(&lines).planned, Cents(10_000_000));
        assert_eq!(total(&lines, LineKind::Income).planned, Cents(2_300_000));
        let net = net_by_year(&lines);
        // 2024: 50.000 − 20.000 = 30.000 € planned; 48.000 − 15.000 = 33.000 € actual.
        assert_eq!(net[0].year, 2024);
        assert_eq!(net[0].planned(), Cents(3_000_000));
        assert_eq!(net[0].actual(), Some(Cents(3_300_000)));
        // 2025: 50.000 − 3.000 = 47.000 € planned; nothing accounted yet.
        assert_eq!(net[1].planned(), Cents(4_700_000));
        assert_eq!(net[1].actual(), None);
    }

    #[test]
    fn years_are_compared_with_the_calendar_year_before() {
        let lines = [
            line(0, 2023, 4_000_000, Some(3_000_000)),
            line(0, 2024, 5_000_000, Some(4_500_000)),
            // 2025 has no lines, 2026 no actual yet.
            line(0, 2026, 6_000_000, None),
        ];
        let by_year: Vec<_> = by(&lines, LineKind::Expense, |l| l.year)
            .into_iter()
            .collect();
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

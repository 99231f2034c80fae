//! Indicator status: the latest value against the straight path from baseline to target.

use serde::Serialize;

use crate::base::vocab::{Direction, Point};

/// Indicator values (baseline, target, each value) lie within ±10^15:
/// far beyond any count, tonnage or euro figure a city reports, and far
/// enough from f64's limits that differences, paths and chart scales stay
/// finite (±1e308 once drew `NaN` into the chart).
pub const MAX_ABS_VALUE: f64 = 1e15;

/// The error for a value beyond [`MAX_ABS_VALUE`] or not finite; None when
/// the value is fine.
pub fn value_problem(text: &str, value: f64) -> Option<crate::base::messages::Text> {
    (!value.is_finite() || value.abs() > MAX_ABS_VALUE)
        .then(|| crate::msg!("indicator-value-bound", value = text))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorStatus {
    Reached,
    OnTrack,
    OffTrack,
    Deteriorating,
    NoData,
}

impl IndicatorStatus {
    pub fn key(self) -> &'static str {
        match self {
            IndicatorStatus::Reached => "reached",
            IndicatorStatus::OnTrack => "on_track",
            IndicatorStatus::OffTrack => "off_track",
            IndicatorStatus::Deteriorating => "deteriorating",
            IndicatorStatus::NoData => "no_data",
        }
    }
}

/// The value the straight path from `base` to `target` expects in `year`.
pub fn expected(base: Point, target: Point, year: i32) -> f64 {
    if target.year <= base.year {
        return target.value;
    }
    let y = year.clamp(base.year, target.year);
    base.value
        + (target.value - base.value) * f64::from(y - base.year)
            / f64::from(target.year - base.year)
}

/// What the straight path expects in the latest value's year; the baseline
/// defaults to the first value. None without a value or a target.
pub fn expected_latest(
    baseline: Option<Point>,
    target: Option<Point>,
    values: &[Point],
) -> Option<f64> {
    let (first, latest, target) = (values.first()?, values.last()?, target?);
    Some(expected(baseline.unwrap_or(*first), target, latest.year))
}

/// `values` must be sorted by year. The baseline defaults to the first value.
/// reached: at or beyond the target; deteriorating: worse than the baseline;
/// on_track: at or beyond the path; off_track: behind it; no_data: no values or no target.
pub fn status(
    direction: Direction,
    baseline: Option<Point>,
    target: Option<Point>,
    values: &[Point],
) -> IndicatorStatus {
    let (Some(latest), Some(target)) = (values.last(), target) else {
        return IndicatorStatus::NoData;
    };
    let base = baseline.unwrap_or(values[0]);
    let sign = match direction {
        Direction::Increase => 1.0,
        Direction::Decrease => -1.0,
    };
    let eps = 1e-9;
    if sign * (latest.value - target.value) >= -eps {
        IndicatorStatus::Reached
    } else if sign * (latest.value - base.value) < -eps {
        IndicatorStatus::Deteriorating
    } else if expected_latest(baseline, Some(target), values)
        .is_some_and(|e| sign * (latest.value - e) >= -eps)
    {
        IndicatorStatus::OnTrack
    } else {
        IndicatorStatus::OffTrack
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(year: i32, value: f64) -> Point {
        Point { year, value }
    }

    #[test]
    fn rising_indicator() {
        let b = Some(p(2020, 60.0));
        let t = Some(p(2030, 80.0));
        // Path expects 60 + 20·4/10 = 68 in 2024.
        assert_eq!(expected(p(2020, 60.0), p(2030, 80.0), 2024), 68.0);
        assert_eq!(
            status(Direction::Increase, b, t, &[p(2024, 68.0)]),
            IndicatorStatus::OnTrack
        );
        assert_eq!(
            status(Direction::Increase, b, t, &[p(2024, 65.0)]),
            IndicatorStatus::OffTrack
        );
        assert_eq!(
            status(Direction::Increase, b, t, &[p(2024, 59.0)]),
            IndicatorStatus::Deteriorating
        );
        assert_eq!(
            status(Direction::Increase, b, t, &[p(2024, 81.0)]),
            IndicatorStatus::Reached
        );
    }

    #[test]
    fn falling_indicator_and_no_data() {
        let b = Some(p(2020, 12.0));
        let t = Some(p(2026, 6.0));
        // Path expects 12 − 6·3/6 = 9 in 2023.
        assert_eq!(
            status(Direction::Decrease, b, t, &[p(2023, 8.5)]),
            IndicatorStatus::OnTrack
        );
        assert_eq!(
            status(Direction::Decrease, b, t, &[p(2023, 10.0)]),
            IndicatorStatus::OffTrack
        );
        assert_eq!(
            status(Direction::Decrease, b, t, &[p(2023, 13.0)]),
            IndicatorStatus::Deteriorating
        );
        assert_eq!(
            status(Direction::Decrease, b, t, &[]),
            IndicatorStatus::NoData
        );
        assert_eq!(
            status(Direction::Decrease, b, None, &[p(2023, 8.0)]),
            IndicatorStatus::NoData
        );
        // Without a baseline the first value is the baseline.
        assert_eq!(
            status(
                Direction::Increase,
                None,
                Some(p(2030, 10.0)),
                &[p(2020, 2.0), p(2025, 6.0)]
            ),
            IndicatorStatus::OnTrack
        );
    }
}

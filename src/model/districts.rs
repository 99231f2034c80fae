//! Districts (Stadtteile): where measures take place and what reports and
//! indicator breakdowns concern. The districts are the areas of
//! data/districts.geojson when the portal has one (then every name must be
//! one of them); otherwise the names the items give.

use std::sync::Arc;

use crate::base::collate;
use crate::base::diagnostics::{At, Diagnostic, Diagnostics, closest};
use crate::base::money::Cents;
use crate::base::slug::slugify;
use crate::load::districts::Area;
use crate::load::records::Breakdown;
use crate::msg;

use super::Site;

/// The header words of a breakdown column that holds districts.
pub const DIMENSION_WORDS: [&str; 4] = ["district", "districts", "stadtteil", "stadtteile"];

#[derive(Debug, Clone)]
pub struct District {
    pub slug: String,
    pub name: String,
    /// Measures that name it, in the measures' order.
    pub measures: Vec<usize>,
    /// Reports that name it, newest first (the reports' order).
    pub reports: Vec<usize>,
    /// Indicators whose breakdown has a value for it.
    pub indicators: Vec<DistrictFigure>,
    /// The sum of its measures' planned amounts: a measure in several
    /// districts counts in each with its whole amount.
    pub planned: Cents,
    /// How many of its measures have budget lines.
    pub with_budget: usize,
    /// Its area in data/districts.geojson's order: its place in `Districts::map`.
    pub area: Option<usize>,
}

/// An indicator's latest value for one district, with the whole city's
/// value of the same year.
#[derive(Debug, Clone, PartialEq)]
pub struct DistrictFigure {
    pub indicator: usize,
    pub year: i32,
    pub value: f64,
    pub total: Option<f64>,
}

#[derive(Debug, Clone, Default)]
pub struct Districts {
    /// In the order of their names (the language's order).
    pub list: Vec<District>,
    /// The areas of data/districts.geojson on the map's plane, in the
    /// file's order.
    pub map: Option<Arc<super::district_map::Projected>>,
    /// Per measure, its districts (positions in `list`).
    pub of_measure: Vec<Vec<usize>>,
    /// Per report, its districts.
    pub of_report: Vec<Vec<usize>>,
    /// Measures that name no district: the whole city's.
    pub citywide: Vec<usize>,
}

impl Districts {
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The districts item `i` of `kind` names (none for goals, indicators
    /// and pages), as positions in `list`.
    pub fn of_item(&self, kind: crate::base::vocab::Kind, i: usize) -> &[usize] {
        use crate::base::vocab::Kind;
        let of = match kind {
            Kind::Measure => self.of_measure.get(i),
            Kind::Report => self.of_report.get(i),
            Kind::Goal | Kind::Indicator | Kind::Page => None,
        };
        of.map_or(&[], Vec::as_slice)
    }
}

/// The names by slug, as resolved against the areas or collected from
/// the items.
struct Names {
    /// (slug, name, area)
    known: Vec<(String, String, Option<usize>)>,
    strict: bool,
}

impl Names {
    fn find(&self, slug: &str) -> Option<usize> {
        self.known.iter().position(|(s, _, _)| s == slug)
    }

    /// The district `name` stands for; unknown names are an error when the
    /// portal has a districts file, and new districts otherwise.
    fn resolve(
        &mut self,
        file: &std::path::Path,
        name: &At<String>,
        d: &mut Diagnostics,
    ) -> Option<usize> {
        let slug = slugify(&name.value);
        if slug.is_empty() {
            let message = msg!("district-no-letters", name = name.value.clone());
            d.push(Diagnostic::error(file, name.loc, message));
            return None;
        }
        if let Some(n) = self.find(&slug) {
            return Some(n);
        }
        if !self.strict {
            self.known.push((slug, name.value.trim().to_string(), None));
            return Some(self.known.len() - 1);
        }
        let names: Vec<&str> = self.known.iter().map(|(_, n, _)| n.as_str()).collect();
        let hint = match closest(&name.value, names.iter().copied()) {
            Some(c) => msg!("hint-district-closest", closest = c),
            None => msg!("hint-district-names", names = names.join(", ")),
        };
        d.push(
            Diagnostic::error(
                file,
                name.loc,
                msg!("unknown-district", name = name.value.clone()),
            )
            .with_hint(hint),
        );
        None
    }
}

/// Whether a breakdown column with this header holds districts.
pub fn is_district_dimension(header: &str) -> bool {
    DIMENSION_WORDS
        .iter()
        .any(|w| header.trim().eq_ignore_ascii_case(w))
}

/// The district column of a breakdown, if it has one.
pub fn dimension(b: &Breakdown) -> Option<usize> {
    b.dimensions.iter().position(|n| is_district_dimension(n))
}

/// The portal's districts with what names them.
pub fn of(site: &Site, areas: Option<Arc<Vec<Area>>>, d: &mut Diagnostics) -> Districts {
    let mut names = Names {
        known: areas
            .iter()
            .flat_map(|a| a.iter().enumerate())
            .map(|(i, a)| (a.slug.clone(), a.name.clone(), Some(i)))
            .collect(),
        strict: areas.is_some(),
    };
    let mut resolve_all = |file: &std::path::Path, xs: &[At<String>], d: &mut Diagnostics| {
        let mut out: Vec<usize> = xs
            .iter()
            .filter_map(|x| names.resolve(file, x, d))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    };
    let of_measure: Vec<Vec<usize>> = site
        .measures
        .iter()
        .map(|m| resolve_all(&m.item.file, &m.item.data.districts, d))
        .collect();
    let of_report: Vec<Vec<usize>> = site
        .reports
        .iter()
        .map(|r| resolve_all(&r.item.file, &r.item.data.districts, d))
        .collect();
    let mut figures: Vec<Vec<DistrictFigure>> = Vec::new();
    for (x, indicator) in site.indicators.iter().enumerate() {
        let Some(b) = &indicator.item.data.breakdown else {
            continue;
        };
        let resolve = |name: &At<String>| {
            resolve_all(&b.file, std::slice::from_ref(name), d)
                .first()
                .copied()
        };
        for (n, f) in breakdown_figures(b, x, resolve) {
            figures.resize(figures.len().max(n + 1), Vec::new());
            figures[n].push(f);
        }
    }
    let mut list: Vec<District> = names
        .known
        .into_iter()
        .map(|(slug, name, area)| District {
            slug,
            name,
            measures: Vec::new(),
            reports: Vec::new(),
            indicators: Vec::new(),
            planned: Cents(0),
            with_budget: 0,
            area,
        })
        .collect();
    for (n, fs) in figures.into_iter().enumerate() {
        list[n].indicators = fs;
    }
    let mut citywide = Vec::new();
    for (m, ds) in of_measure.iter().enumerate() {
        if ds.is_empty() {
            citywide.push(m);
        }
        let budget = &site.measures[m].budget;
        for &n in ds {
            list[n].measures.push(m);
            list[n].planned += budget.planned;
            list[n].with_budget += usize::from(budget.lines > 0);
        }
    }
    for (r, ds) in of_report.iter().enumerate() {
        for &n in ds {
            list[n].reports.push(r);
        }
    }
    let map = areas.map(|a| Arc::new(super::district_map::project(&a)));
    sort(list, of_measure, of_report, citywide, map, site)
}

/// The districts in the order of their names; the items' lists follow.
fn sort(
    list: Vec<District>,
    mut of_measure: Vec<Vec<usize>>,
    mut of_report: Vec<Vec<usize>>,
    citywide: Vec<usize>,
    map: Option<Arc<super::district_map::Projected>>,
    site: &Site,
) -> Districts {
    let mut numbered: Vec<(usize, District)> = list.into_iter().enumerate().collect();
    collate::sort_by(&mut numbered, site.config.language, |(_, d)| &d.name);
    let mut new_of_old = vec![0; numbered.len()];
    for (new, (old, _)) in numbered.iter().enumerate() {
        new_of_old[*old] = new;
    }
    for xs in of_measure.iter_mut().chain(of_report.iter_mut()) {
        for x in xs.iter_mut() {
            *x = new_of_old[*x];
        }
        xs.sort_unstable();
    }
    let list = numbered.into_iter().map(|(_, d)| d).collect();
    Districts {
        list,
        map,
        of_measure,
        of_report,
        citywide,
    }
}

/// The latest value of each district a breakdown names, with the whole
/// city's value of that year; `resolve` gives a name's district (none for
/// an unknown name, which it reports). Each name is resolved once, at its
/// first cell.
fn breakdown_figures(
    b: &Breakdown,
    indicator: usize,
    mut resolve: impl FnMut(&At<String>) -> Option<usize>,
) -> Vec<(usize, DistrictFigure)> {
    let Some(k) = dimension(b) else {
        return Vec::new();
    };
    let totals: std::collections::HashMap<i32, f64> = b
        .rows
        .iter()
        .filter(|r| r.keys.iter().all(String::is_empty))
        .map(|r| (r.year, r.value))
        .collect();
    let mut resolved: Vec<(&str, Option<usize>)> = Vec::new();
    let mut latest: Vec<(usize, DistrictFigure)> = Vec::new();
    for r in &b.rows {
        let name = r.keys[k].as_str();
        if name.is_empty() {
            continue;
        }
        let n = match resolved.iter().find(|(s, _)| *s == name) {
            Some(&(_, n)) => n,
            None => {
                let n = resolve(&At {
                    value: name.to_string(),
                    loc: r.locs[k],
                });
                resolved.push((name, n));
                n
            }
        };
        let Some(n) = n else {
            continue;
        };
        // Only rows that break the figure down by district alone.
        if r.keys
            .iter()
            .enumerate()
            .any(|(i, key)| i != k && !key.is_empty())
        {
            continue;
        }
        let f = DistrictFigure {
            indicator,
            year: r.year,
            value: r.value,
            total: totals.get(&r.year).copied(),
        };
        match latest.iter_mut().find(|(m, _)| *m == n) {
            Some((_, old)) if old.year >= r.year => {}
            Some((_, old)) => *old = f,
            None => latest.push((n, f)),
        }
    }
    latest
}

/// The shading classes of the map besides 0 (none).
pub const SHADES: u8 = 4;

/// The shading class of `value` on a map whose largest value is `max`: 0
/// for nothing, else class c for a value above max·(c−1)/4 up to max·c/4.
pub fn shade(value: i64, max: i64) -> u8 {
    if value <= 0 || max <= 0 {
        return 0;
    }
    let c = (i128::from(value) * i128::from(SHADES) + i128::from(max) - 1) / i128::from(max);
    c.clamp(1, i128::from(SHADES)) as u8
}

/// The values class `c` (1 to 4) holds: above the first, up to and
/// including the second. For whole numbers (counts, cents) the bounds are
/// exact: a value is in class c exactly when it lies in them.
pub fn class_bounds(c: u8, max: i64) -> (i64, i64) {
    let at = |k: u8| (i128::from(max) * i128::from(k) / i128::from(SHADES)) as i64;
    (at(c - 1), at(c))
}

impl District {
    /// What shades it on the map: its number of measures, or its planned
    /// amount in cents.
    pub fn shading_value(&self, by: crate::load::site::DistrictShading) -> i64 {
        match by {
            crate::load::site::DistrictShading::Measures => self.measures.len() as i64,
            crate::load::site::DistrictShading::Budget => self.planned.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shading_classes_by_hand() {
        // Largest 3 measures: classes hold (0, 0], (0, 1], (1, 2], (2, 3]
        // after flooring 3/4, 6/4, 9/4, 12/4.
        assert_eq!(
            [0, 1, 2, 3].map(|v| shade(v, 3)),
            [0, 2, 3, 4],
            "1 → ⌈4/3⌉ = 2, 2 → ⌈8/3⌉ = 3, 3 → 4"
        );
        assert_eq!(
            (1..=4).map(|c| class_bounds(c, 3)).collect::<Vec<_>>(),
            [(0, 0), (0, 1), (1, 2), (2, 3)]
        );
        // 1,000,000.00 € as the largest plan, in cents.
        let max = 100_000_000;
        assert_eq!(shade(25_000_000, max), 1, "a quarter is the top of class 1");
        assert_eq!(shade(25_000_001, max), 2);
        assert_eq!(shade(60_000_000, max), 3);
        assert_eq!(shade(max, max), 4);
        assert_eq!(class_bounds(2, max), (25_000_000, 50_000_000));
        // Every value lies in its class's bounds.
        for max in [1, 2, 3, 7, 10, 101] {
            for v in 1..=max {
                let (lo, hi) = class_bounds(shade(v, max), max);
                assert!(lo < v && v <= hi, "{v} of {max}");
            }
        }
        assert_eq!(shade(5, 0), 0);
        assert_eq!(shade(i64::MAX, i64::MAX), 4);
    }
}

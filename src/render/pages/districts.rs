//! The districts (Stadtteile): `/stadtteile/` lists them with their
//! measures, planned money and reports (and the map, with a districts
//! file), `/stadtteile/<slug>/` shows one; items link the districts they
//! name.

use serde::Serialize;

use super::context::{Job, RenderContext};
use super::district_map::{self, MapArea};
use super::views::{IndicatorSummary, Link, MeasureSummary, ReportSummary, View};
use crate::base::money::Cents;
use crate::base::vocab::Kind;
use crate::load::site::DistrictShading;
use crate::model::districts::{District, SHADES, class_bounds, shade};

/// A district's figures: one row of the table beside the map.
#[derive(Debug, Clone, Serialize)]
pub struct DistrictRow {
    pub name: String,
    pub href: String,
    pub measures: usize,
    /// Integer cents: the sum of its measures' planned amounts.
    pub planned: i64,
    /// How many of its measures have budget lines.
    pub with_budget: usize,
    pub reports: usize,
    /// Its shading class on the map, 0 to 4.
    pub shade: u8,
}

/// One step of the map's legend.
#[derive(Debug, Clone, Serialize)]
pub struct LegendEntry {
    pub shade: u8,
    /// What the step holds, formatted: `2–3`, `über 250.000 € bis 500.000 €`.
    pub label: String,
}

/// The map and what reads it: the legend and what shades it.
#[derive(Debug, Clone, Serialize)]
pub struct MapView {
    /// The inline SVG, its links relative to the page.
    pub svg: String,
    pub legend: Vec<LegendEntry>,
    /// `measures` or `budget`.
    pub shading: DistrictShading,
}

#[derive(Debug, Clone, Serialize)]
pub struct DistrictsView {
    pub rows: Vec<DistrictRow>,
    /// How many measures name no district (the whole city's).
    pub citywide: usize,
    pub map: Option<MapView>,
}

/// An indicator's latest value for the district beside the city's.
#[derive(Debug, Clone, Serialize)]
pub struct DistrictIndicator {
    pub indicator: IndicatorSummary,
    pub year: i32,
    pub value: f64,
    pub total: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DistrictView {
    pub row: DistrictRow,
    pub measures: Vec<MeasureSummary>,
    pub reports: Vec<ReportSummary>,
    pub indicators: Vec<DistrictIndicator>,
    pub map: Option<MapView>,
    /// Every district's figures: the table beside the map.
    pub rows: Vec<DistrictRow>,
}

impl RenderContext<'_> {
    /// The districts item `i` of `kind` names, linked to their pages.
    pub(in crate::render) fn district_links(&self, kind: Kind, i: usize) -> Vec<Link> {
        let ds = &self.site.districts;
        ds.of_item(kind, i)
            .iter()
            .map(|&n| self.district_link(&ds.list[n]))
            .collect()
    }

    /// A district's name, linked to its page.
    pub(in crate::render) fn district_link(&self, x: &District) -> Link {
        Link {
            title: x.name.clone(),
            href: self.words.district(&x.slug),
            lang: None,
        }
    }

    /// The largest value that shades a district: the top of the scale.
    fn shading_max(&self) -> i64 {
        let by = self.site.config.district_shading;
        let list = &self.site.districts.list;
        list.iter().map(|x| x.shading_value(by)).max().unwrap_or(0)
    }

    fn district_rows(&self) -> Vec<DistrictRow> {
        let by = self.site.config.district_shading;
        let max = self.shading_max();
        self.site
            .districts
            .list
            .iter()
            .map(|x| DistrictRow {
                name: x.name.clone(),
                href: self.words.district(&x.slug),
                measures: x.measures.len(),
                planned: x.planned.0,
                with_budget: x.with_budget,
                reports: x.reports.len(),
                shade: shade(x.shading_value(by), max),
            })
            .collect()
    }

    /// The legend's steps that can hold a value, nothing first.
    fn legend(&self) -> Vec<LegendEntry> {
        let by = self.site.config.district_shading;
        let max = self.shading_max();
        let list = &self.site.districts.list;
        let mut out = Vec::new();
        if list.iter().any(|x| x.shading_value(by) <= 0) {
            out.push(LegendEntry {
                shade: 0,
                label: self.text(match by {
                    DistrictShading::Measures => "map_none_measures",
                    DistrictShading::Budget => "map_none_budget",
                }),
            });
        }
        for c in 1..=SHADES {
            let (lo, hi) = class_bounds(c, max);
            if lo >= hi {
                continue;
            }
            let label = match by {
                DistrictShading::Measures if lo + 1 == hi => hi.to_string(),
                DistrictShading::Measures => format!("{}–{hi}", lo + 1),
                DistrictShading::Budget => self
                    .text("map_budget_range")
                    .replace("{from}", &self.fmt.money(Cents(lo)))
                    .replace("{to}", &self.fmt.money(Cents(hi))),
            };
            out.push(LegendEntry { shade: c, label });
        }
        out
    }

    /// The map for a page at `path`, with `current` marked; None without
    /// a districts file.
    fn district_map(
        &self,
        path: &str,
        rows: &[DistrictRow],
        legend: &[LegendEntry],
        current: Option<usize>,
    ) -> Option<MapView> {
        let ds = &self.site.districts;
        let projected = ds.map.as_ref()?;
        let root = crate::base::urls::root_prefix(path);
        let by = self.site.config.district_shading;
        let areas: Vec<MapArea> = ds
            .list
            .iter()
            .zip(rows)
            .enumerate()
            .filter_map(|(n, (x, r))| {
                Some(MapArea {
                    area: x.area?,
                    name: &x.name,
                    href: format!("{root}{}", r.href),
                    figure: match by {
                        DistrictShading::Measures => r.measures.to_string(),
                        DistrictShading::Budget => self.fmt.money(Cents(r.planned)),
                    },
                    label: self.area_text(x, r),
                    shade: r.shade,
                    current: current == Some(n),
                })
            })
            .collect();
        Some(MapView {
            svg: district_map::svg(projected, &areas, "map-caption"),
            legend: legend.to_vec(),
            shading: by,
        })
    }

    /// What an area's link says: its name and figures.
    fn area_text(&self, x: &District, r: &DistrictRow) -> String {
        self.text("map_area")
            .replace("{name}", &x.name)
            .replace("{measures}", &r.measures.to_string())
            .replace("{planned}", &self.fmt.money(Cents(r.planned)))
    }

    /// `/stadtteile/`: every district with its figures.
    pub(in crate::render) fn districts_job(&self) -> Job {
        let path = format!("{}/index.html", self.words.districts);
        let rows = self.district_rows();
        let view = DistrictsView {
            map: self.district_map(&path, &rows, &self.legend(), None),
            citywide: self.site.districts.citywide.len(),
            rows,
        };
        self.own_job(
            self.words.districts,
            self.text("districts"),
            "districts.html",
            View::Districts { districts: view },
        )
    }

    /// `/stadtteile/<slug>/` for every district.
    pub(in crate::render) fn district_jobs(&self) -> Vec<Job> {
        let rows = self.district_rows();
        let legend = self.legend();
        self.site
            .districts
            .list
            .iter()
            .enumerate()
            .map(|(n, x)| {
                let folder = self.words.district(&x.slug);
                let path = format!("{folder}index.html");
                let indicators = x
                    .indicators
                    .iter()
                    .map(|f| DistrictIndicator {
                        indicator: self.indicator_summary(f.indicator),
                        year: f.year,
                        value: f.value,
                        total: f.total,
                    })
                    .collect();
                let view = DistrictView {
                    map: self.district_map(&path, &rows, &legend, Some(n)),
                    row: rows[n].clone(),
                    measures: x
                        .measures
                        .iter()
                        .map(|&m| self.measure_summary(m))
                        .collect(),
                    reports: x.reports.iter().map(|&r| self.report_summary(r)).collect(),
                    indicators,
                    rows: rows.clone(),
                };
                let title = format!("{}: {}", self.text("district"), x.name);
                Job {
                    search: None,
                    meta: self.meta(&path, title, None, format!("{}/", self.words.districts)),
                    path,
                    template: "district.html",
                    view: View::District {
                        district: Box::new(view),
                    },
                }
            })
            .collect()
    }
}

//! An indicator's breakdown on its page: per dimension a table (a row per
//! year, a column per category and the total) and small multiples, one
//! line chart per category on a common scale, the total dashed in each.

use super::chart::{self, LineChart, Meta, Series, Style};
use super::context::RenderContext;
use super::views::{BreakdownView, CompareRow, CompareSeries, CompareTable, Link};
use crate::base::vocab::Point;

impl RenderContext<'_> {
    /// The views of indicator `i`'s dimensions, and how many rows set
    /// several dimensions at once.
    pub(in crate::render) fn breakdown_views(&self, i: usize) -> (Vec<BreakdownView>, usize) {
        let x = &self.site.indicators[i];
        let Some(b) = &x.item.data.breakdown else {
            return (Vec::new(), 0);
        };
        let (tables, combined) = crate::model::breakdown::by_dimension(b);
        let unit = x.item.data.unit.as_deref();
        let views = tables
            .iter()
            .enumerate()
            .map(|(k, t)| {
                let anchor = format!("breakdown-{}", k + 1);
                // One scale for every chart of the dimension, so that their
                // heights compare.
                let all = t
                    .rows
                    .iter()
                    .flat_map(|r| r.values.iter().flatten().chain(&r.total));
                let lo = all.clone().fold(f64::INFINITY, |a, v| a.min(*v));
                let hi = all.fold(f64::NEG_INFINITY, |a, v| a.max(*v));
                let range = lo.is_finite().then_some((lo.min(0.0), hi));
                let totals: Vec<(f64, f64)> = t
                    .rows
                    .iter()
                    .filter_map(|r| r.total.map(|v| (f64::from(r.year), v)))
                    .collect();
                let fmt = |v: f64| self.value_text(v, unit);
                let charts = t
                    .categories
                    .iter()
                    .enumerate()
                    .map(|(j, c)| {
                        let points: Vec<(f64, f64)> = t
                            .rows
                            .iter()
                            .filter_map(|r| r.values[j].map(|v| (f64::from(r.year), v)))
                            .collect();
                        let desc = points
                            .iter()
                            .map(|(y, v)| format!("{y}: {}", fmt(*v)))
                            .collect::<Vec<_>>()
                            .join(", ");
                        let mut series = vec![Series {
                            label: c.clone(),
                            class: "values",
                            style: Style::Solid,
                            points,
                        }];
                        if !totals.is_empty() {
                            series.push(Series {
                                label: self.text("breakdown_total"),
                                class: "path",
                                style: Style::Dashed,
                                points: totals.clone(),
                            });
                        }
                        let id = format!("{anchor}-{}", j + 1);
                        let title = format!("{}: {c}", x.item.title);
                        chart::line(&LineChart {
                            meta: Meta {
                                id: &id,
                                title: &title,
                                desc: &desc,
                            },
                            series,
                            x_ticks: t
                                .rows
                                .iter()
                                .map(|r| (f64::from(r.year), r.year.to_string()))
                                .collect(),
                            y_range: range,
                            y_format: &fmt,
                        })
                    })
                    .collect();
                BreakdownView {
                    name: t.name.clone(),
                    anchor,
                    districts: self.district_pages(&t.name, &t.categories),
                    categories: t.categories.clone(),
                    rows: t.rows.clone(),
                    charts,
                }
            })
            .collect();
        (views, combined)
    }

    /// The pages of a district dimension's categories (none for another
    /// dimension's).
    fn district_pages(&self, dimension: &str, categories: &[String]) -> Vec<Link> {
        if !crate::model::districts::is_district_dimension(dimension) {
            return Vec::new();
        }
        let list = &self.site.districts.list;
        categories
            .iter()
            .filter_map(|c| {
                let slug = crate::base::slug::slugify(c);
                list.iter().find(|d| d.slug == slug)
            })
            .map(|d| self.district_link(d))
            .collect()
    }

    /// Indicator `i`'s values beside its comparisons; None without any.
    pub(in crate::render) fn compare_table(&self, i: usize) -> Option<CompareTable> {
        let x = &self.site.indicators[i];
        let compare = &x.item.data.compare;
        if compare.is_empty() {
            return None;
        }
        let at =
            |points: &[Point], year: i32| points.iter().find(|p| p.year == year).map(|p| p.value);
        let mut years: Vec<i32> = x
            .values
            .iter()
            .chain(compare.iter().flat_map(|c| &c.values))
            .map(|p| p.year)
            .collect();
        years.sort_unstable();
        years.dedup();
        Some(CompareTable {
            series: compare
                .iter()
                .map(|c| CompareSeries {
                    label: c.label.clone(),
                    source: c.source.clone(),
                })
                .collect(),
            rows: years
                .into_iter()
                .map(|year| CompareRow {
                    year,
                    own: at(&x.values, year),
                    others: compare.iter().map(|c| at(&c.values, year)).collect(),
                })
                .collect(),
        })
    }
}

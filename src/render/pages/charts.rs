//! The charts of the pages, from the model through `chart`: what each one
//! plots, and its text equivalent in the site's language.

use crate::base::date::Date;
use crate::base::money::Cents;
use crate::base::vocab::Point;
use crate::model::progress_points;
use crate::render::pages::chart::{self, Bar, LineChart, Meta, Series, Style};
use crate::render::pages::context::RenderContext;
use crate::render::pages::views::StatusShare;

impl RenderContext<'_> {
    /// A measured value with its unit: `61,5 %`, `1.234 Plätze`.
    pub fn value_text(&self, v: f64, unit: Option<&str>) -> String {
        match unit {
            Some("%") => self.fmt.percent(v),
            Some(u) if !u.is_empty() => format!("{} {u}", self.fmt.number(v)),
            _ => self.fmt.number(v),
        }
    }

    /// A status in the site's language, as the `status_label` filter gives it.
    pub fn status_label(&self, key: &str) -> String {
        self.text(&format!("status_{key}"))
    }

    /// Planned and actual amounts by year as bars, planned first; the desc
    /// lists every amount, and the by-year table beside it repeats them.
    pub fn budget_chart(&self) -> Option<String> {
        let by_year = &self.site.budget.by_year;
        if by_year.is_empty() {
            return None;
        }
        let (planned, actual) = (self.text("planned"), self.text("actual"));
        let mut bars = Vec::new();
        for (year, t) in by_year {
            let bar = |what: &str, c: Cents, class: &str| Bar {
                label: format!("{year} · {what}"),
                value: c.0 as f64,
                text: self.fmt.money(c),
                class: class.to_string(),
            };
            bars.push(bar(&planned, t.planned, "plan"));
            if t.has_actual() {
                bars.push(bar(&actual, t.actual, "actual"));
            }
        }
        let desc: Vec<String> = bars
            .iter()
            .map(|b| format!("{}: {}", b.label, b.text))
            .collect();
        Some(chart::bars(
            &Meta {
                id: "budget-chart",
                title: &self.text("budget_chart"),
                desc: &desc.join("; "),
            },
            &bars,
        ))
    }

    /// Measures by status as bars; the desc lists every count and share.
    pub fn status_chart(&self, statuses: &[StatusShare]) -> String {
        let bars: Vec<Bar> = statuses
            .iter()
            .map(|s| Bar {
                label: self.status_label(s.status.key()),
                value: s.count as f64,
                text: format!("{} ({})", s.count, self.fmt.percent(f64::from(s.percent))),
                class: s.status.key().to_string(),
            })
            .collect();
        let desc: Vec<String> = bars
            .iter()
            .map(|b| format!("{}: {}", b.label, b.text))
            .collect();
        chart::bars(
            &Meta {
                id: "status-chart",
                title: &self.text("measures_by_status"),
                desc: &desc.join("; "),
            },
            &bars,
        )
    }

    /// Baseline (when before the first value) and the values, in year order.
    fn indicator_points(&self, i: usize) -> Vec<Point> {
        let x = &self.site.indicators[i];
        let mut pts = Vec::with_capacity(x.values.len() + 1);
        if let Some(b) = x.item.data.baseline
            && x.values.first().is_none_or(|v| b.year < v.year)
        {
            pts.push(b);
        }
        pts.extend(x.values.iter().copied());
        pts
    }

    pub(in crate::render) fn indicator_desc(&self, i: usize) -> String {
        let x = &self.site.indicators[i];
        let unit = x.item.data.unit.as_deref();
        let list = |pts: &[Point]| {
            pts.iter()
                .map(|p| format!("{}: {}", p.year, self.value_text(p.value, unit)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut parts = vec![format!(
            "{}: {}",
            self.text("chart_values"),
            list(&x.values)
        )];
        if let Some(b) = x.item.data.baseline {
            parts.push(format!("{} {}", self.text("baseline"), list(&[b])));
        }
        if let Some(t) = x.item.data.target {
            parts.push(format!("{} {}", self.text("target"), list(&[t])));
        }
        for c in &x.item.data.compare {
            parts.push(format!("{}: {}", c.label, list(&c.values)));
        }
        parts.join("; ")
    }

    /// Values as a line, the straight path from baseline to target dashed,
    /// the target as a square; none without any figure.
    pub fn indicator_chart(&self, i: usize) -> Option<String> {
        let x = &self.site.indicators[i];
        let data = &x.item.data;
        let pts = self.indicator_points(i);
        if pts.is_empty() {
            return None;
        }
        let xy = |p: &Point| (f64::from(p.year), p.value);
        let mut series = vec![Series {
            label: self.text("chart_values"),
            class: "values",
            style: Style::Solid,
            points: x.values.iter().map(xy).collect(),
        }];
        if let Some(t) = data.target {
            let start = data.baseline.unwrap_or(pts[0]);
            series.push(Series {
                label: self.text("chart_path"),
                class: "path",
                style: Style::Dashed,
                points: vec![xy(&start), xy(&t)],
            });
            series.push(Series {
                label: self.text("target"),
                class: "target",
                style: Style::Points,
                points: vec![xy(&t)],
            });
        }
        for (k, c) in data.compare.iter().enumerate() {
            series.push(Series {
                label: c.label.clone(),
                class: ["compare-1", "compare-2", "compare-3"][k % 3],
                style: Style::Compare(k as u8),
                points: c.values.iter().map(xy).collect(),
            });
        }
        let mut years: Vec<i32> = pts.iter().map(|p| p.year).collect();
        years.extend(data.target.map(|t| t.year));
        years.extend(
            data.compare
                .iter()
                .flat_map(|c| c.values.iter().map(|p| p.year)),
        );
        years.sort_unstable();
        years.dedup();
        let unit = data.unit.clone();
        let fmt = |v: f64| self.value_text(v, unit.as_deref());
        let id = format!("chart-{}", x.item.slug);
        let desc = self.indicator_desc(i);
        Some(chart::line(&LineChart {
            meta: Meta {
                id: &id,
                title: &x.item.title,
                desc: &desc,
            },
            series,
            x_ticks: years
                .iter()
                .map(|&y| (f64::from(y), y.to_string()))
                .collect(),
            y_range: None,
            y_format: &fmt,
        }))
    }

    /// The small chart next to an indicator in lists; needs two figures.
    pub fn indicator_sparkline(&self, i: usize) -> Option<String> {
        let x = &self.site.indicators[i];
        let pts = self.indicator_points(i);
        if pts.len() < 2 {
            return None;
        }
        let xy = |p: &Point| (f64::from(p.year), p.value);
        let id = format!("spark-{}", x.item.slug);
        let desc = self.indicator_desc(i);
        let points: Vec<(f64, f64)> = pts.iter().map(xy).collect();
        Some(chart::sparkline(
            &Meta {
                id: &id,
                title: &x.item.title,
                desc: &desc,
            },
            &points,
            x.item.data.target.as_ref().map(xy),
        ))
    }

    /// Progress over time from the report snapshots; two points or more.
    /// With a start and an end, the straight planned path from 0 % at the
    /// start to 100 % at the end is drawn beside it, dashed.
    pub fn progress_chart(&self, i: usize) -> Option<String> {
        let m = &self.site.measures[i];
        let pts = progress_points(m);
        if pts.len() < 2 {
            return None;
        }
        let day = |d: Date| d.days_since_epoch() as f64;
        let plan = match (m.item.data.start, m.item.data.end) {
            (Some(s), Some(e)) if s <= e => Some((s, e)),
            _ => None,
        };
        let first = plan.map_or(pts[0].0, |(s, _)| s.min(pts[0].0));
        let last = plan.map_or(pts[pts.len() - 1].0, |(_, e)| e.max(pts[pts.len() - 1].0));
        // Label each year start inside the range; a short range gets its ends.
        let mut ticks: Vec<(f64, String)> = (first.year + 1..=last.year)
            .filter_map(|y| Date::new(y, 1, 1))
            .map(|d| (day(d), d.year.to_string()))
            .collect();
        if ticks.len() < 2 {
            let short = |d: Date| format!("{:02}/{}", d.month, d.year);
            ticks = vec![(day(first), short(first)), (day(last), short(last))];
        }
        let pct = |p: u8| self.fmt.percent(f64::from(p));
        let mut desc: Vec<String> = pts
            .iter()
            .map(|(d, p)| format!("{}: {}", self.fmt.date(*d), pct(*p)))
            .collect();
        let mut series = vec![Series {
            label: self.text("progress"),
            class: "values",
            style: Style::Solid,
            points: pts.iter().map(|(d, p)| (day(*d), f64::from(*p))).collect(),
        }];
        if let Some((s, e)) = plan {
            desc.push(format!(
                "{}: {} {}, {} {}",
                self.text("planned_path"),
                pct(0),
                self.fmt.date(s),
                pct(100),
                self.fmt.date(e)
            ));
            series.push(Series {
                label: self.text("planned_path"),
                class: "path",
                style: Style::Dashed,
                points: vec![(day(s), 0.0), (day(e), 100.0)],
            });
        }
        let title = format!("{} – {}", self.text("progress_over_time"), m.item.title);
        let fmt = |v: f64| self.fmt.percent(v);
        Some(chart::line(&LineChart {
            meta: Meta {
                id: "progress-chart",
                title: &title,
                desc: &desc.join("; "),
            },
            series,
            x_ticks: ticks,
            y_range: Some((0.0, 100.0)),
            y_format: &fmt,
        }))
    }
}

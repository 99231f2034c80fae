//! Charts as inline SVG, made at build time: no script, no request to another
//! host. Colours come from CSS classes (`chart-*`, `series-*` in the theme's
//! stylesheet) so dark mode and print restyle them; series also differ by
//! dash and marker shape, so they stay apart in greyscale. Every chart has
//! `role="img"` with a `<title>` and a `<desc>`; the page shows the same
//! figures as a table. Text from content is XML-escaped here.

use std::fmt::Write;

use crate::render::engines::escape_html_string as escape;

/// Identity and text equivalent of one chart; `id` must be unique on its page.
pub struct Meta<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
}

/// One bar of a bar chart: `value` sets the length, `text` is printed beside it.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
    /// CSS class suffix: `bar-<class>`.
    pub class: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Solid line with round markers: measured values.
    Solid,
    /// Dashed line without markers: a planned path.
    Dashed,
    /// Markers only (square): single reference points such as a target.
    Points,
    /// A comparison (the Land, another city): a dotted line with hollow
    /// diamonds; the number (0–2) picks one of three dash patterns.
    Compare(u8),
}

/// The dash pattern of a style's line, if dashed.
fn dashes(style: Style) -> Option<&'static str> {
    match style {
        Style::Dashed => Some("6 4"),
        Style::Compare(k) => Some(["2 4", "10 3 2 3", "1 2"][usize::from(k % 3)]),
        Style::Solid | Style::Points => None,
    }
}

pub struct Series {
    pub label: String,
    /// CSS class suffix: `series-<class>`.
    pub class: &'static str,
    pub style: Style,
    pub points: Vec<(f64, f64)>,
}

pub struct LineChart<'a> {
    pub meta: Meta<'a>,
    pub series: Vec<Series>,
    /// Labels on the x axis at the given x.
    pub x_ticks: Vec<(f64, String)>,
    /// Fixed y range (e.g. 0–100 %); else chosen from the data.
    pub y_range: Option<(f64, f64)>,
    pub y_format: &'a dyn Fn(f64) -> String,
}

/// Rounds away float noise (0.30000000000000004 → 0.3) and prints briefly.
fn n(x: f64) -> String {
    let r = (x * 100.0).round() / 100.0;
    if r == 0.0 { "0".into() } else { format!("{r}") }
}

fn open(out: &mut String, meta: &Meta, class: &str, w: u32, h: u32) {
    let id = escape(meta.id);
    let _ = write!(
        out,
        "<svg class=\"chart {class}\" role=\"img\" viewBox=\"0 0 {w} {h}\" \
         aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        escape(meta.title),
        escape(meta.desc)
    );
}

/// A step of 1, 2, 2.5 or 5 × 10ⁿ giving about `parts` intervals over `span`.
pub fn nice_step(span: f64, parts: f64) -> f64 {
    let raw = (span / parts).abs().max(f64::MIN_POSITIVE);
    let p = 10f64.powf(raw.log10().floor());
    let f = raw / p;
    let m = [1.0, 2.0, 2.5, 5.0]
        .into_iter()
        .find(|&m| f <= m + 1e-9)
        .unwrap_or(10.0);
    m * p
}

/// Tick values covering `lo..=hi` at a nice step.
pub fn ticks(lo: f64, hi: f64) -> Vec<f64> {
    let (lo, hi) = if (hi - lo).abs() < 1e-9 {
        (lo - 1.0, hi + 1.0)
    } else {
        (lo, hi)
    };
    let step = nice_step(hi - lo, 4.0);
    let first = (lo / step + 1e-9).floor() as i64;
    let last = (hi / step - 1e-9).ceil() as i64;
    (first..=last)
        .map(|i| ((i as f64 * step) * 1e10).round() / 1e10)
        .collect()
}

/// Horizontal bars, one row each, label above its bar; lengths relative to the largest.
pub fn bars(meta: &Meta, bars: &[Bar]) -> String {
    // Narrow, so its 14-unit text stays legible when a phone scales it down.
    const W: f64 = 320.0;
    const ROW: f64 = 40.0;
    let h = (ROW * bars.len() as f64).max(ROW) as u32;
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let mut out = String::new();
    open(&mut out, meta, "chart-bars", W as u32, h);
    let track = W - 100.0;
    for (i, b) in bars.iter().enumerate() {
        let y = i as f64 * ROW;
        let len = if max > 0.0 {
            track * b.value / max
        } else {
            0.0
        };
        let _ = write!(
            out,
            "<text class=\"chart-label\" x=\"0\" y=\"{}\" font-size=\"14\">{}</text>\
             <rect class=\"bar bar-{}\" x=\"0\" y=\"{}\" width=\"{}\" height=\"14\"/>\
             <text class=\"chart-value\" x=\"{}\" y=\"{}\" font-size=\"14\">{}</text>",
            n(y + 14.0),
            escape(&b.label),
            escape(&b.class),
            n(y + 19.0),
            n(len),
            n(len + 6.0),
            n(y + 31.0),
            escape(&b.text),
        );
    }
    out.push_str("</svg>");
    out
}

/// Maps data to the plot area.
struct Frame {
    x: (f64, f64),
    y: (f64, f64),
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
}

impl Frame {
    fn px(&self, x: f64) -> f64 {
        let span = self.x.1 - self.x.0;
        if span.abs() < 1e-12 {
            return (self.left + self.right) / 2.0;
        }
        self.left + (x - self.x.0) / span * (self.right - self.left)
    }
    fn py(&self, y: f64) -> f64 {
        self.bottom - (y - self.y.0) / (self.y.1 - self.y.0) * (self.bottom - self.top)
    }
}

fn marker(out: &mut String, style: Style, x: f64, y: f64) {
    match style {
        Style::Solid => {
            let _ = write!(out, "<circle cx=\"{}\" cy=\"{}\" r=\"4\"/>", n(x), n(y));
        }
        Style::Points => {
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"9\" height=\"9\"/>",
                n(x - 4.5),
                n(y - 4.5)
            );
        }
        Style::Compare(_) => {
            let _ = write!(
                out,
                "<path class=\"marker\" d=\"M{} {}l5 5l-5 5l-5 -5z\"/>",
                n(x),
                n(y - 5.0)
            );
        }
        Style::Dashed => {}
    }
}

/// A `<path>` through `points`, dashed with `pattern` when given.
fn polyline(out: &mut String, f: &Frame, points: &[(f64, f64)], pattern: Option<&str>) {
    out.push_str("<path d=\"");
    for (i, p) in points.iter().enumerate() {
        let cmd = if i == 0 { 'M' } else { 'L' };
        let _ = write!(out, "{cmd}{} {}", n(f.px(p.0)), n(f.py(p.1)));
    }
    out.push('"');
    if let Some(pattern) = pattern {
        let _ = write!(out, " stroke-dasharray=\"{pattern}\"");
    }
    out.push_str("/>");
}

/// A line chart with y gridlines, x labels and a legend above the plot.
pub fn line(c: &LineChart) -> String {
    const W: f64 = 480.0;
    // The legend's entries, in rows that fit the width: the plot starts
    // below the last row.
    let mut legend: Vec<(f64, f64)> = Vec::new();
    let (mut lx, mut ly) = (64.0, 16.0);
    for s in &c.series {
        let width = 26.0 + 8.5 * s.label.chars().count() as f64;
        if lx + width > W - 8.0 && lx > 64.0 {
            (lx, ly) = (64.0, ly + 22.0);
        }
        legend.push((lx, ly));
        lx += width + 20.0;
    }
    let extra = ly - 16.0;
    let h = 270.0 + extra;
    let all = || c.series.iter().flat_map(|s| s.points.iter());
    let xs = all().map(|p| p.0).chain(c.x_ticks.iter().map(|t| t.0));
    let (xmin, xmax) = xs.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| {
        (a.min(x), b.max(x))
    });
    let (xmin, xmax) = if xmin.is_finite() {
        (xmin, xmax)
    } else {
        (0.0, 1.0)
    };
    let yticks = match c.y_range {
        Some((lo, hi)) => ticks(lo, hi),
        None => {
            let (lo, hi) = all().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
                (a.min(p.1), b.max(p.1))
            });
            if lo.is_finite() {
                ticks(lo, hi)
            } else {
                ticks(0.0, 1.0)
            }
        }
    };
    let f = Frame {
        x: (xmin, xmax),
        y: (yticks[0], yticks[yticks.len() - 1]),
        left: 64.0,
        right: W - 24.0,
        top: 44.0 + extra,
        bottom: h - 32.0,
    };
    let mut out = String::new();
    open(&mut out, &c.meta, "chart-line", W as u32, h as u32);
    // Legend: a sample of each series' line or marker and its label.
    for (s, &(lx, ly)) in c.series.iter().zip(&legend) {
        let _ = write!(out, "<g class=\"series series-{}\">", s.class);
        if s.style == Style::Points {
            marker(&mut out, s.style, lx + 10.0, ly);
        } else {
            let dash = dashes(s.style)
                .map(|p| format!(" stroke-dasharray=\"{p}\""))
                .unwrap_or_default();
            let _ = write!(
                out,
                "<path d=\"M{} {}H{}\"{dash}/>",
                n(lx),
                n(ly),
                n(lx + 20.0)
            );
            marker(&mut out, s.style, lx + 10.0, ly);
        }
        let _ = write!(
            out,
            "</g><text class=\"chart-label\" x=\"{}\" y=\"{}\" font-size=\"14\">{}</text>",
            n(lx + 26.0),
            n(ly + 5.0),
            escape(&s.label)
        );
    }
    out.push_str("<g class=\"chart-grid\">");
    for &t in &yticks {
        let y = f.py(t);
        let _ = write!(
            out,
            "<path d=\"M{} {}H{}\"/><text class=\"chart-label\" x=\"{}\" y=\"{}\" font-size=\"14\" text-anchor=\"end\">{}</text>",
            n(f.left),
            n(y),
            n(f.right),
            n(f.left - 8.0),
            n(y + 4.0),
            escape(&(c.y_format)(t))
        );
    }
    for (x, label) in &c.x_ticks {
        let _ = write!(
            out,
            "<text class=\"chart-label\" x=\"{}\" y=\"{}\" font-size=\"14\" text-anchor=\"middle\">{}</text>",
            n(f.px(*x)),
            n(f.bottom + 22.0),
            escape(label)
        );
    }
    let _ = write!(
        out,
        "</g><path class=\"chart-axis\" d=\"M{} {}H{}\"/>",
        n(f.left),
        n(f.bottom),
        n(f.right)
    );
    for s in &c.series {
        let _ = write!(out, "<g class=\"series series-{}\">", s.class);
        if s.style != Style::Points && s.points.len() > 1 {
            polyline(&mut out, &f, &s.points, dashes(s.style));
        }
        for p in &s.points {
            marker(&mut out, s.style, f.px(p.0), f.py(p.1));
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// A small line of values without axes, for lists; the target, when given,
/// is a dashed line from the first value.
pub fn sparkline(meta: &Meta, points: &[(f64, f64)], target: Option<(f64, f64)>) -> String {
    let mut series = vec![Series {
        label: String::new(),
        class: "values",
        style: Style::Solid,
        points: points.to_vec(),
    }];
    if let (Some(t), Some(first)) = (target, points.first()) {
        series.push(Series {
            label: String::new(),
            class: "path",
            style: Style::Dashed,
            points: vec![*first, t],
        });
    }
    let all: Vec<(f64, f64)> = series.iter().flat_map(|s| s.points.clone()).collect();
    let range = |get: fn(&(f64, f64)) -> f64| {
        all.iter()
            .map(get)
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
                (a.min(v), b.max(v))
            })
    };
    let (x, y) = (range(|p| p.0), range(|p| p.1));
    let y = if (y.1 - y.0).abs() < 1e-9 {
        (y.0 - 1.0, y.1 + 1.0)
    } else {
        y
    };
    let f = Frame {
        x,
        y,
        left: 4.0,
        right: 116.0,
        top: 4.0,
        bottom: 32.0,
    };
    let mut out = String::new();
    open(&mut out, meta, "chart-spark", 120, 36);
    for s in series.iter().rev() {
        let _ = write!(out, "<g class=\"series series-{}\">", s.class);
        polyline(
            &mut out,
            &f,
            &s.points,
            (s.style == Style::Dashed).then_some("4 3"),
        );
        out.push_str("</g>");
    }
    if let Some(last) = points.last() {
        let _ = write!(
            out,
            "<g class=\"series series-values\"><circle cx=\"{}\" cy=\"{}\" r=\"3\"/></g>",
            n(f.px(last.0)),
            n(f.py(last.1))
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta<'a>() -> Meta<'a> {
        Meta {
            id: "c1",
            title: "Quote <A&B>",
            desc: "2020: 60 \"%\"",
        }
    }

    #[test]
    fn nice_ticks() {
        assert_eq!(ticks(60.0, 80.0), vec![60.0, 65.0, 70.0, 75.0, 80.0]);
        assert_eq!(ticks(0.0, 100.0), vec![0.0, 25.0, 50.0, 75.0, 100.0]);
        assert_eq!(ticks(0.1, 0.9), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        // One value: a band around it.
        assert_eq!(ticks(5.0, 5.0), vec![4.0, 4.5, 5.0, 5.5, 6.0]);
        assert_eq!(ticks(12.0, 14.5), vec![12.0, 13.0, 14.0, 15.0]);
    }

    #[test]
    fn title_desc_and_escaping() {
        let svg = bars(&meta(), &[]);
        assert!(svg.starts_with("<svg class=\"chart chart-bars\" role=\"img\""));
        assert!(svg.contains("aria-labelledby=\"c1-t c1-d\""));
        assert!(svg.contains("<title id=\"c1-t\">Quote &lt;A&amp;B&gt;</title>"));
        assert!(svg.contains("<desc id=\"c1-d\">2020: 60 &quot;%&quot;</desc>"));
    }

    #[test]
    fn bar_lengths_are_relative_to_the_largest() {
        let b = |label: &str, v: f64| Bar {
            label: label.into(),
            value: v,
            text: format!("{v}"),
            class: "x".into(),
        };
        let svg = bars(&meta(), &[b("a", 6.0), b("b", 3.0), b("c", 0.0)]);
        // Track is 320 − 100 = 220 units wide.
        assert!(svg.contains("y=\"19\" width=\"220\""), "{svg}");
        assert!(svg.contains("y=\"59\" width=\"110\""), "{svg}");
        assert!(svg.contains("y=\"99\" width=\"0\""), "{svg}");
        assert!(svg.contains("viewBox=\"0 0 320 120\""));
    }

    #[test]
    fn line_maps_points_into_the_plot_area() {
        let fmt = |x: f64| format!("{x}");
        let c = LineChart {
            meta: meta(),
            series: vec![
                Series {
                    label: "Werte".into(),
                    class: "values",
                    style: Style::Solid,
                    points: vec![(2020.0, 60.0), (2025.0, 70.0)],
                },
                Series {
                    label: "Ziel".into(),
                    class: "target",
                    style: Style::Points,
                    points: vec![(2030.0, 80.0)],
                },
            ],
            x_ticks: vec![(2020.0, "2020".into()), (2030.0, "2030".into())],
            y_range: None,
            y_format: &fmt,
        };
        let svg = line(&c);
        // Plot area x 64…456, y 44…238 (viewBox 480 × 270).
        // x: 2020 → 64, 2025 → 260, 2030 → 456; y (ticks 60…80 by 5): 60 → 238, 70 → 141, 80 → 44.
        assert!(svg.contains("<path d=\"M64 238L260 141\"/>"), "{svg}");
        assert!(svg.contains("<circle cx=\"260\" cy=\"141\" r=\"4\"/>"));
        assert!(svg.contains("<rect x=\"451.5\" y=\"39.5\" width=\"9\" height=\"9\"/>"));
        assert!(svg.contains(">75</text>"));
        assert!(svg.contains(">2030</text>"));
        assert!(svg.contains(">Werte</text>"));
    }

    #[test]
    fn sparkline_spans_its_box() {
        let svg = sparkline(&meta(), &[(2020.0, 1.0), (2022.0, 3.0)], None);
        assert!(svg.contains("<path d=\"M4 32L116 4\"/>"), "{svg}");
        assert!(svg.contains("<circle cx=\"116\" cy=\"4\" r=\"3\"/>"));
    }
}

//! The districts map as inline SVG: each area a link to its district's
//! page that the keyboard reaches in the order of the names, named by its
//! figures (`aria-label`, and a `<title>` for the mouse), shaded by a CSS
//! class (`shade-0` … `shade-4`) and labelled with its name and figure.
//! No script, no tiles, nothing from another host. Text from content is
//! XML-escaped here.

use std::fmt::Write;

use crate::model::district_map::{Projected, n};
use crate::render::engines::escape_html_string as escape;

/// One district on the map.
pub struct MapArea<'a> {
    /// Its area in the projection.
    pub area: usize,
    pub name: &'a str,
    /// Relative to the page.
    pub href: String,
    /// The figure that shades it, formatted.
    pub figure: String,
    /// What its link says: name and figures.
    pub label: String,
    pub shade: u8,
    /// The page is this district's.
    pub current: bool,
}

/// A label's size in SVG units.
const FONT: f64 = 13.0;

/// The map; `caption` is the id of the element that names it.
pub fn svg(p: &Projected, areas: &[MapArea], caption: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="district-map" viewBox="0 0 {} {}" role="group" aria-labelledby="{}">"#,
        n(p.width),
        n(p.height),
        escape(caption)
    );
    // The labels go after every area, outside the links: drawn on top,
    // and not part of a link's name, which its `aria-label` gives.
    let mut labels = String::new();
    for a in areas {
        let Some(shape) = p.areas.get(a.area) else {
            continue;
        };
        let current = if a.current {
            r#" aria-current="page""#
        } else {
            ""
        };
        let class = if a.current { " current" } else { "" };
        let label = escape(&a.label);
        let (x, y) = shape.label;
        let _ = write!(
            out,
            r#"<a href="{href}" aria-label="{label}"{current}><title>{label}</title><path class="area shade-{s}{class}" d="{d}"/></a>"#,
            href = escape(&a.href),
            s = a.shade,
            d = shape.path,
        );
        let _ = write!(
            labels,
            r#"<text class="area-label shade-{s}" x="{x}" y="{y1}" text-anchor="middle"><tspan x="{x}" class="area-name">{name}</tspan><tspan x="{x}" dy="{dy}">{figure}</tspan></text>"#,
            s = a.shade,
            x = n(x),
            y1 = n(y - FONT * 0.2),
            dy = n(FONT * 1.2),
            name = escape(a.name),
            figure = escape(&a.figure),
        );
    }
    // The page's own district outlined again on top, where no
    // neighbour's outline covers it.
    if let Some(shape) = areas
        .iter()
        .find(|a| a.current)
        .and_then(|a| p.areas.get(a.area))
    {
        let _ = write!(out, r#"<path class="current-outline" d="{}"/>"#, shape.path);
    }
    let _ = write!(
        out,
        r#"<g class="area-labels" aria-hidden="true">{labels}</g>"#
    );
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::district_map::ProjectedArea;

    #[test]
    fn areas_are_named_links_with_escaped_text() {
        let p = Projected {
            width: 480.0,
            height: 240.0,
            areas: vec![ProjectedArea {
                path: "M4 4L10 4L10 10Z".into(),
                label: (7.0, 6.0),
            }],
        };
        let areas = [MapArea {
            area: 0,
            name: "Ost <Alt>",
            href: "../stadtteile/ost/".into(),
            figure: "2".into(),
            label: "Ost <Alt> – Maßnahmen: 2".into(),
            shade: 3,
            current: true,
        }];
        let svg = svg(&p, &areas, "map-caption");
        assert!(svg.starts_with(r#"<svg class="district-map" viewBox="0 0 480 240" role="group" aria-labelledby="map-caption">"#));
        assert!(svg.contains(r#"<a href="../stadtteile/ost/" aria-label="Ost &lt;Alt&gt; – Maßnahmen: 2" aria-current="page">"#), "{svg}");
        assert!(svg.contains(r#"<path class="area shade-3 current" d="M4 4L10 4L10 10Z"/>"#));
        assert!(svg.contains(r#"<tspan x="7" class="area-name">Ost &lt;Alt&gt;</tspan>"#));
        assert!(!svg.contains("<Alt>"));
        assert!(svg.contains(r#"<path class="current-outline" d="M4 4L10 4L10 10Z"/><g class="area-labels" aria-hidden="true"><text"#));
        assert!(svg.contains(r#"<title>Ost &lt;Alt&gt; – Maßnahmen: 2</title><path class="area shade-3 current" d="M4 4L10 4L10 10Z"/></a>"#));
    }

    /// Each shading class's labels read on its fill at 4.5:1 or more in
    /// both themes, and the classes darken step by step.
    #[test]
    fn the_themes_shades_are_readable_and_ordered() {
        use crate::base::contrast::{Rgb, ratio};
        for css in [
            include_str!("../../../themes/default/static/style.css"),
            include_str!("../../../themes/plain/static/plain.css"),
        ] {
            let mut last = 0.0;
            for c in 0..=crate::model::districts::SHADES {
                let rule = format!(".shade-{c} {{ --shade: ");
                let at = css.find(&rule).unwrap_or_else(|| panic!("no `{rule}`"));
                let rest = &css[at + rule.len()..];
                let fill = Rgb::parse(&rest[..7]).unwrap();
                let text = rest
                    .find("--shade-text: ")
                    .map(|i| &rest[i + 14..i + 21])
                    .unwrap();
                let text = Rgb::parse(text).unwrap();
                assert!(ratio(fill, text) >= 4.5, "shade-{c}");
                let white = ratio(fill, Rgb(255, 255, 255));
                assert!(white > last, "shade-{c} is darker than the one before");
                last = white;
            }
        }
    }
}

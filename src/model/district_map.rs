//! The districts' areas projected once per build onto the plane of an
//! inline SVG map: at a city's scale an equirectangular projection whose
//! longitudes are scaled by the cosine of the middle latitude keeps shapes
//! true to within a fraction of a per cent, with no projection library.
//! Outlines are simplified to what the map can show (official files carry
//! thousands of points per district).

use geo::{BoundingRect, InteriorPoint, MapCoords, Simplify};

use crate::load::districts::Area;

/// The map's width in SVG units; its height follows the city's shape.
pub const WIDTH: f64 = 480.0;
/// Room around the areas for their outlines.
const PAD: f64 = 4.0;
/// Points closer than this (in SVG units) to the simplified outline are
/// dropped: less than a screen pixel at the map's largest size.
const TOLERANCE: f64 = 0.3;

#[derive(Debug, Clone, PartialEq)]
pub struct Projected {
    pub width: f64,
    pub height: f64,
    /// In the areas' order.
    pub areas: Vec<ProjectedArea>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProjectedArea {
    /// SVG path data, one closed subpath per ring (holes with the
    /// even-odd rule).
    pub path: String,
    /// Where its label goes: a point inside the area.
    pub label: (f64, f64),
}

/// `x` with one decimal, without a trailing `.0`: the map's SVG numbers.
pub fn n(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// The areas on the map's plane: x to the east, y to the south.
pub fn project(areas: &[Area]) -> Projected {
    let rects: Vec<geo::Rect<f64>> = areas
        .iter()
        .filter_map(|a| a.shape.bounding_rect())
        .collect();
    let (Some(first), true) = (rects.first(), !areas.is_empty()) else {
        return Projected {
            width: WIDTH,
            height: WIDTH,
            areas: Vec::new(),
        };
    };
    let (mut min, mut max) = (first.min(), first.max());
    for r in &rects {
        min.x = min.x.min(r.min().x);
        min.y = min.y.min(r.min().y);
        max.x = max.x.max(r.max().x);
        max.y = max.y.max(r.max().y);
    }
    let k = ((min.y + max.y) / 2.0).to_radians().cos();
    let (w, h) = ((max.x - min.x) * k, max.y - min.y);
    let side = w.max(h);
    let scale = if side > 0.0 {
        (WIDTH - 2.0 * PAD) / side
    } else {
        1.0
    };
    let to_plane = |c: geo::Coord<f64>| geo::Coord {
        x: PAD + (c.x - min.x) * k * scale,
        y: PAD + (max.y - c.y) * scale,
    };
    let height = h * scale + 2.0 * PAD;
    let projected = areas
        .iter()
        .map(|a| {
            let shape = a.shape.map_coords(to_plane).simplify(TOLERANCE);
            // An area of no extent has no inside: its label goes mid-map.
            let label = shape
                .interior_point()
                .map_or((WIDTH / 2.0, height / 2.0), |p| (p.x(), p.y()));
            ProjectedArea {
                path: path(&shape),
                label,
            }
        })
        .collect();
    Projected {
        width: WIDTH,
        height,
        areas: projected,
    }
}

/// SVG path data: `M x y L x y … Z` per ring.
fn path(shape: &geo::MultiPolygon<f64>) -> String {
    let mut out = String::new();
    for polygon in shape {
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            // A closed ring repeats its first point last: Z draws that edge.
            let points = &ring.0[..ring.0.len().saturating_sub(1)];
            for (i, c) in points.iter().enumerate() {
                out.push(if i == 0 { 'M' } else { 'L' });
                out.push_str(&n(c.x));
                out.push(' ');
                out.push_str(&n(c.y));
            }
            if !points.is_empty() {
                out.push('Z');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(name: &str, x: f64, y: f64, side: f64) -> Area {
        let ring = vec![
            (x, y),
            (x + side, y),
            (x + side, y + side),
            (x, y + side),
            (x, y),
        ];
        Area {
            name: name.into(),
            slug: name.to_lowercase(),
            loc: crate::base::diagnostics::Loc::START,
            shape: geo::MultiPolygon(vec![geo::Polygon::new(ring.into(), Vec::new())]),
        }
    }

    #[test]
    fn two_squares_side_by_side_at_sixty_degrees() {
        // At 60° north a degree of longitude is half a degree of latitude
        // long (cos 60° = 0.5): two squares of 0.1° side by side span 0.2°
        // of longitude = 0.1° on the plane, as wide as they are high.
        let p = project(&[
            square("West", 10.0, 59.95, 0.1),
            square("Ost", 10.1, 59.95, 0.1),
        ]);
        assert_eq!(p.width, 480.0);
        // 0.1° high, scaled to 472 units (480 less the padding), plus 8.
        assert!((p.height - 480.0).abs() < 0.01, "{}", p.height);
        // West's corners: x from 4 to 4 + 0.05 · 4720 = 240, y from 4 to 476.
        assert_eq!(p.areas[0].path, "M4 476L240 476L240 4L4 4Z");
        assert_eq!(p.areas[1].path, "M240 476L476 476L476 4L240 4Z");
        let (x, y) = p.areas[0].label;
        assert!((4.0..240.0).contains(&x) && (4.0..476.0).contains(&y));
    }

    #[test]
    fn simplification_drops_points_on_a_straight_edge() {
        let mut a = square("Mitte", 10.0, 50.0, 0.1);
        let ring = vec![
            (10.0, 50.0),
            (10.05, 50.0),
            (10.1, 50.0),
            (10.1, 50.1),
            (10.0, 50.1),
            (10.0, 50.0),
        ];
        a.shape = geo::MultiPolygon(vec![geo::Polygon::new(ring.into(), Vec::new())]);
        let p = project(&[a]);
        assert_eq!(
            p.areas[0].path.matches('L').count(),
            3,
            "{}",
            p.areas[0].path
        );
    }

    proptest::proptest! {
        /// Any areas anywhere on the globe land inside the map's frame,
        /// each with its label point inside the frame too.
        #[test]
        fn every_area_lands_inside_the_frame(
            squares in proptest::collection::vec((-179.0f64..179.0, -89.0f64..89.0, 0.0f64..1.0), 1..6)
        ) {
            let areas: Vec<Area> = squares
                .iter()
                .enumerate()
                .map(|(i, &(x, y, side))| square(&format!("a{i}"), x, y, side.min(89.9 - y)))
                .collect();
            let p = project(&areas);
            proptest::prop_assert!(p.height > 0.0 && p.height <= WIDTH + 0.05);
            for a in &p.areas {
                let numbers: Vec<f64> = a
                    .path
                    .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
                    .filter(|s| !s.is_empty())
                    .map(|s| s.parse().unwrap())
                    .collect();
                for (k, v) in numbers.iter().enumerate() {
                    let top = if k % 2 == 0 { p.width } else { p.height };
                    proptest::prop_assert!((0.0..=top + 0.05).contains(v), "{} in {}", v, a.path);
                }
                let (x, y) = a.label;
                proptest::prop_assert!((0.0..=p.width).contains(&x) && (0.0..=p.height + 0.05).contains(&y));
            }
        }
    }
}

//! `data/districts.geojson`: the portal's districts (Stadtteile) as areas
//! for the map. A GeoJSON FeatureCollection (RFC 7946) of Polygon and
//! MultiPolygon features in longitude and latitude (WGS 84), each with a
//! `name` property. Every problem names the file, the feature (its number
//! and the line it starts on) and what was expected.

use std::path::Path;

use geojson::GeometryValue;
use serde_json::value::RawValue;

use crate::base::diagnostics::{Diagnostic, Diagnostics, LineIndex, Loc};
use crate::base::slug::slugify;
use crate::msg;

/// Where the file lives in a portal.
pub const FILE: &str = "data/districts.geojson";

/// One district's area.
#[derive(Debug, Clone)]
pub struct Area {
    /// The `name` property: what items' `districts` name.
    pub name: String,
    pub slug: String,
    /// Where its feature starts in the file.
    pub loc: Loc,
    /// Longitude (x) and latitude (y).
    pub shape: geo::MultiPolygon<f64>,
}

/// The top level: only what is needed to find the features; the features
/// are kept as text so that each one's line is known.
#[derive(serde::Deserialize)]
struct Collection<'a> {
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(borrow)]
    features: Option<Vec<&'a RawValue>>,
}

/// serde_json's message without its " at line L column C", which the
/// diagnostic's position says.
fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_string()
}

/// The areas of the file's text; None when the file as a whole is not a
/// FeatureCollection. A feature with a problem is left out, with an error.
pub fn parse(file: &Path, text: &str, d: &mut Diagnostics) -> Option<Vec<Area>> {
    let top: Collection = match serde_json::from_str(text) {
        Ok(c) => c,
        Err(e) => {
            let loc = Loc::new(e.line().max(1) as u32, e.column().max(1) as u32);
            let message = if e.is_data() {
                msg!("geojson-not-collection", detail = json_message(&e))
            } else {
                msg!("geojson-syntax", detail = json_message(&e))
            };
            d.push(Diagnostic::error(file, loc, message).with_hint(msg!("hint-geojson")));
            return None;
        }
    };
    let (Some("FeatureCollection"), Some(features)) = (top.kind.as_deref(), top.features) else {
        let detail = top.kind.unwrap_or_default();
        d.push(
            Diagnostic::error(
                file,
                Loc::START,
                msg!("geojson-not-collection", detail = detail),
            )
            .with_hint(msg!("hint-geojson")),
        );
        return None;
    };
    let lines = LineIndex::new(text);
    let mut areas: Vec<Area> = Vec::new();
    for (n, raw) in features.iter().enumerate() {
        let offset = raw.get().as_ptr() as usize - text.as_ptr() as usize;
        let loc = lines.loc(text, offset);
        let number = n + 1;
        let Some(area) = feature(file, raw.get(), number, loc, d) else {
            continue;
        };
        if let Some(first) = areas.iter().find(|a| a.slug == area.slug) {
            d.push(Diagnostic::error(
                file,
                loc,
                msg!(
                    "district-twice",
                    number = number,
                    name = area.name.clone(),
                    line = first.loc.line
                ),
            ));
            continue;
        }
        areas.push(area);
    }
    if features.is_empty() {
        d.push(
            Diagnostic::error(file, Loc::START, msg!("geojson-no-features"))
                .with_hint(msg!("hint-geojson")),
        );
    }
    Some(areas)
}

/// Feature `number` (1-based), starting at `loc`.
fn feature(file: &Path, text: &str, number: usize, loc: Loc, d: &mut Diagnostics) -> Option<Area> {
    let mut fail = |message| {
        d.push(Diagnostic::error(file, loc, message).with_hint(msg!("hint-geojson")));
        None
    };
    let f: geojson::Feature = match text.parse() {
        Ok(f) => f,
        Err(e) => {
            return fail(msg!(
                "geojson-feature",
                number = number,
                detail = e.to_string()
            ));
        }
    };
    let name = match f.property("name") {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        _ => return fail(msg!("district-unnamed", number = number)),
    };
    if slugify(&name).is_empty() {
        return fail(msg!("district-no-letters", name = name));
    }
    let Some(geometry) = f.geometry else {
        return fail(msg!(
            "district-no-area",
            number = number,
            name = name,
            kind = "null"
        ));
    };
    let value = &geometry.value;
    if !matches!(
        value,
        GeometryValue::Polygon { .. } | GeometryValue::MultiPolygon { .. }
    ) {
        let kind = value.type_name().to_string();
        return fail(msg!(
            "district-no-area",
            number = number,
            name = name,
            kind = kind
        ));
    }
    let shape = match value {
        GeometryValue::Polygon { .. } => geo::Polygon::try_from(value).map(geo::MultiPolygon::from),
        _ => geo::MultiPolygon::try_from(value),
    };
    let Ok(shape) = shape else {
        return fail(msg!(
            "district-no-area",
            number = number,
            name = name,
            kind = "?"
        ));
    };
    if let Some(problem) = shape_problem(&shape) {
        return fail(msg!(
            "district-bad-area",
            number = number,
            name = name,
            problem = problem
        ));
    }
    Some(Area {
        slug: slugify(&name),
        name,
        loc,
        shape,
    })
}

/// What is wrong with an area's coordinates: a ring of fewer than four
/// positions (RFC 7946 3.1.6), or a position that is no longitude and
/// latitude (as when a file is exported in UTM, EPSG:25832).
fn shape_problem(shape: &geo::MultiPolygon<f64>) -> Option<crate::base::messages::Text> {
    for polygon in shape {
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            if ring.0.len() < 4 {
                return Some(msg!("district-short-ring", points = ring.0.len()));
            }
            if let Some(c) = ring
                .coords()
                .find(|c| !(-180.0..=180.0).contains(&c.x) || !(-90.0..=90.0).contains(&c.y))
            {
                return Some(msg!(
                    "district-not-degrees",
                    x = c.x.to_string(),
                    y = c.y.to_string()
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Option<Vec<Area>>, Vec<String>) {
        let mut d = Diagnostics::new();
        let areas = parse(Path::new(FILE), text, &mut d);
        let shown = d
            .iter()
            .map(|x| {
                format!(
                    "{}:{}:{}: {}",
                    x.file.display(),
                    x.loc.line,
                    x.loc.column,
                    x.message.render(crate::base::locale::Lang::En)
                )
            })
            .collect();
        (areas, shown)
    }

    const SQUARE: &str = "[[[10.0,50.0],[10.1,50.0],[10.1,50.1],[10.0,50.1],[10.0,50.0]]]";

    #[test]
    fn areas_with_their_names_and_lines() {
        let text = format!(
            "{{\"type\": \"FeatureCollection\", \"features\": [\n\
             {{\"type\": \"Feature\", \"properties\": {{\"name\": \"Nord\"}}, \"geometry\": {{\"type\": \"Polygon\", \"coordinates\": {SQUARE}}}}},\n\
             {{\"type\": \"Feature\", \"properties\": {{\"name\": \"Süd-Ost\"}}, \"geometry\": {{\"type\": \"MultiPolygon\", \"coordinates\": [{SQUARE}]}}}}\n]}}"
        );
        let (areas, errors) = run(&text);
        assert_eq!(errors, Vec::<String>::new());
        let areas = areas.unwrap();
        assert_eq!(areas.len(), 2);
        assert_eq!((areas[0].name.as_str(), areas[0].loc.line), ("Nord", 2));
        assert_eq!((areas[1].slug.as_str(), areas[1].loc.line), ("sued-ost", 3));
        assert_eq!(areas[1].shape.0[0].exterior().0.len(), 5);
    }

    #[test]
    fn each_problem_names_the_feature_and_its_line() {
        let text = format!(
            "{{\"type\": \"FeatureCollection\", \"features\": [\n\
             {{\"type\": \"Feature\", \"properties\": {{}}, \"geometry\": {{\"type\": \"Polygon\", \"coordinates\": {SQUARE}}}}},\n\
             {{\"type\": \"Feature\", \"properties\": {{\"name\": \"Ost\"}}, \"geometry\": {{\"type\": \"Point\", \"coordinates\": [10, 50]}}}},\n\
             {{\"type\": \"Feature\", \"properties\": {{\"name\": \"West\"}}, \"geometry\": {{\"type\": \"Polygon\", \"coordinates\": [[[600000, 5500000],[600100,5500000],[600100,5500100],[600000,5500000]]]}}}},\n\
             {{\"type\": \"Feature\", \"properties\": {{\"name\": \"Mitte\"}}, \"geometry\": {{\"type\": \"Polygon\", \"coordinates\": {SQUARE}}}}},\n\
             {{\"type\": \"Feature\", \"properties\": {{\"name\": \"mitte\"}}, \"geometry\": {{\"type\": \"Polygon\", \"coordinates\": {SQUARE}}}}}\n]}}"
        );
        let (areas, errors) = run(&text);
        assert_eq!(areas.unwrap().len(), 1);
        assert_eq!(
            errors,
            [
                "data/districts.geojson:2:1: feature 1 has no `name` property",
                "data/districts.geojson:3:1: feature 2 (“Ost”) is not an area but `Point`",
                "data/districts.geojson:4:1: feature 3 (“West”): the position (600000, 5500000) is not a longitude and latitude in degrees",
                "data/districts.geojson:6:1: feature 5: district “mitte” is there already (line 5)",
            ]
        );
    }

    #[test]
    fn syntax_and_the_top_level() {
        let (areas, errors) = run("{\"type\": \"FeatureCollection\",\n \"features\": [,]}");
        assert!(areas.is_none());
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("data/districts.geojson:2:15: "),
            "{errors:?}"
        );
        let (areas, errors) =
            run("{\"type\": \"Feature\", \"geometry\": null, \"properties\": {}}");
        assert!(areas.is_none());
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("data/districts.geojson:1:1: "),
            "{errors:?}"
        );
    }

    proptest::proptest! {
        /// Any collection of features with any names and positions: each
        /// feature is an area or an error on its own line, never both and
        /// never a panic, and every kept area has its name.
        #[test]
        fn each_feature_is_an_area_or_an_error_at_its_line(
            features in proptest::collection::vec(
                (".{0,12}", proptest::collection::vec((-400.0f64..400.0, -200.0f64..200.0), 0..6)),
                0..8,
            )
        ) {
            let mut text = String::from("{\"type\": \"FeatureCollection\", \"features\": [");
            for (i, (name, ring)) in features.iter().enumerate() {
                let coords: Vec<[f64; 2]> = ring.iter().map(|&(x, y)| [x, y]).collect();
                let feature = serde_json::json!({
                    "type": "Feature",
                    "properties": { "name": name },
                    "geometry": { "type": "Polygon", "coordinates": [coords] }
                });
                text.push_str(if i == 0 { "\n" } else { ",\n" });
                text.push_str(&feature.to_string());
            }
            text.push_str("\n]}");
            let mut d = Diagnostics::new();
            let areas = parse(Path::new(FILE), &text, &mut d).unwrap();
            let mut lines: Vec<u32> = d.iter().map(|x| x.loc.line).collect();
            lines.extend(areas.iter().map(|a| a.loc.line));
            lines.sort_unstable();
            let wanted: Vec<u32> = (0..features.len() as u32).map(|i| i + 2).collect();
            // An empty collection is one error, at the start.
            if features.is_empty() {
                proptest::prop_assert_eq!(lines, vec![1]);
            } else {
                proptest::prop_assert_eq!(lines, wanted);
            }
            for a in &areas {
                proptest::prop_assert!(features.iter().any(|(n, _)| n.trim() == a.name));
            }
        }
    }
}

//! data/districts.geojson as a build reads it, then projected and drawn as
//! the map: any text gives diagnostics inside it (never a panic), and every
//! area it keeps lands inside the map's frame with a label inside it.
#![no_main]

use std::path::Path;

use klarsicht::base::diagnostics::Diagnostics;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut d = Diagnostics::new();
    let areas = klarsicht::load::districts::parse(Path::new("data/districts.geojson"), text, &mut d);
    common::check_diagnostics(text, &d);
    let Some(areas) = areas else {
        return;
    };
    let map = klarsicht::model::district_map::project(&areas);
    assert!(map.height.is_finite() && map.height > 0.0 && map.height <= map.width + 0.1);
    for a in &map.areas {
        let numbers = a
            .path
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter(|s| !s.is_empty());
        for n in numbers {
            let v: f64 = n.parse().unwrap_or_else(|_| panic!("{n:?} in {}", a.path));
            assert!((0.0..=map.width + 0.1).contains(&v), "{v} outside the map");
        }
        let (x, y) = a.label;
        assert!(x.is_finite() && y.is_finite());
    }
});

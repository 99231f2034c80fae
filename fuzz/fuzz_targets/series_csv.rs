//! An indicator's series file (data/<name>.csv: year,value) as a build reads it.
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
    let points = klarsicht::load::csv::series(Path::new("data/series.csv"), text, &mut d);
    common::check_diagnostics(text, &d);
    for p in points {
        assert!(p.value.is_finite(), "non-finite value kept: {p:?}");
    }
});

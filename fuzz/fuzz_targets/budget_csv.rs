//! data/budget.csv as a build reads it.
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
    let lines = klarsicht::load::csv::budget(Path::new("data/budget.csv"), text, &mut d);
    common::check_diagnostics(text, &d);
    for line in lines {
        assert!(!line.planned.is_negative(), "negative planned amount kept");
        assert!(
            !line.revised.is_some_and(|r| r.is_negative()),
            "negative revised amount kept"
        );
        assert!(!line.measure.value.is_empty());
    }
});

//! A spreadsheet (.xlsx or .ods bytes) as a build reads data/budget.xlsx:
//! calamine's reading, the header search and the grid. Any input ends in
//! lines or messages, never a panic.
#![no_main]

use std::path::Path;

use klarsicht::base::diagnostics::Diagnostics;
use klarsicht::load::{grid, sheet};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the format, the rest is the file.
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let ext = if pick % 2 == 0 { "xlsx" } else { "ods" };
    let dir = std::env::temp_dir().join(format!("klarsicht-fuzz-sheet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("budget.{ext}"));
    std::fs::write(&path, bytes).unwrap();
    let mut d = Diagnostics::new();
    let rel = Path::new("data").join(format!("budget.{ext}"));
    if let Some(g) = sheet::grid(&rel, &path, None, grid::BUDGET, &mut d) {
        for line in grid::budget_lines(&rel, &g, &mut d) {
            assert!(!line.planned.is_negative(), "negative planned amount kept");
        }
    }
});

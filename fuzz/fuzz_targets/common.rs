//! Checks every fuzz target makes of the diagnostics: each names a place
//! inside the text it was given and says something.

use klarsicht::base::diagnostics::Diagnostics;

pub fn check_diagnostics(text: &str, d: &Diagnostics) {
    let lines = text.split('\n').count() as u32;
    for diag in d.iter() {
        assert!(!diag.message.trim().is_empty(), "empty message: {diag:?}");
        assert!(
            diag.loc.line >= 1 && diag.loc.line <= lines && diag.loc.column >= 1,
            "{diag:?} points outside the text of {lines} lines"
        );
    }
}

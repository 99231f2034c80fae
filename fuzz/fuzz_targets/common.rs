//! Checks every fuzz target makes of the diagnostics: each names a place
//! inside the text it was given and says something, whole, in German and
//! in English (no message or variable missing from a catalogue).

use klarsicht::base::diagnostics::Diagnostics;
use klarsicht::base::locale::Lang;

pub fn check_diagnostics(text: &str, d: &Diagnostics) {
    let lines = text.split('\n').count() as u32;
    for diag in d.iter() {
        for lang in [Lang::De, Lang::En] {
            let said = diag
                .message
                .render_checked(lang)
                .unwrap_or_else(|e| panic!("incomplete message: {e}"));
            assert!(!said.trim().is_empty(), "empty message: {diag:?}");
            if let Some(hint) = &diag.hint {
                hint.render_checked(lang)
                    .unwrap_or_else(|e| panic!("incomplete hint: {e}"));
            }
        }
        assert!(
            diag.loc.line >= 1 && diag.loc.line <= lines && diag.loc.column >= 1,
            "{diag:?} points outside the text of {lines} lines"
        );
    }
}

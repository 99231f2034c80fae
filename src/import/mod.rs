//! Bringing data in from where offices keep it: `klarsicht import`.

pub mod front;
pub mod oparl;
pub mod report_file;
pub mod updates;

use std::path::Path;

use crate::base::diagnostics::Diagnostics;

/// What `klarsicht import` did or would do.
pub struct ImportRun {
    pub changes: Vec<updates::FileChange>,
    pub diagnostics: Diagnostics,
    pub applied: bool,
}

/// Plans the updates of `table` for the portal at `root` and, with `apply`
/// and no errors, writes them (each file replaced atomically).
pub fn updates(root: &Path, table: &Path, apply: bool) -> ImportRun {
    let mut d = Diagnostics::new();
    let changes = updates::plan(root, table, &mut d);
    let mut applied = false;
    if apply && !d.has_errors() {
        for c in &changes {
            if let Err(e) =
                crate::base::fsutil::write_atomic(&root.join(&c.file), c.text.as_bytes())
            {
                d.push(crate::base::diagnostics::Diagnostic::error(
                    &c.file,
                    crate::base::diagnostics::Loc::START,
                    e.text(),
                ));
            }
        }
        applied = !d.has_errors();
    }
    ImportRun {
        changes,
        diagnostics: d,
        applied,
    }
}

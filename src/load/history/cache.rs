//! The history cache: what each commit changed, kept between builds in
//! `<git dir>/klarsicht/history.json`. A commit never changes, so an entry
//! stays true as long as the version of klarsicht that derived it (its
//! facts follow the content format) and the portal's folder are the same;
//! anything else, or a file that does not read, is thrown away and derived
//! again, never trusted.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Revision;

/// Changes when the facts or their derivation change.
const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize, Default)]
pub(super) struct Cache {
    format: u32,
    klarsicht: String,
    prefix: String,
    /// Commit id (hex) → its revisions.
    pub commits: HashMap<String, Vec<Revision>>,
}

pub(super) fn path(git_dir: &Path) -> PathBuf {
    git_dir.join("klarsicht").join("history.json")
}

fn version() -> String {
    format!("{} {}", env!("CARGO_PKG_VERSION"), env!("KLARSICHT_COMMIT"))
}

/// The cache for this portal, or an empty one (and whether one was thrown away).
pub(super) fn load(file: &Path, prefix: &str) -> (Cache, bool) {
    let empty = || Cache {
        format: FORMAT,
        klarsicht: version(),
        prefix: prefix.to_string(),
        commits: HashMap::new(),
    };
    let Ok(bytes) = std::fs::read(file) else {
        return (empty(), false);
    };
    match serde_json::from_slice::<Cache>(&bytes) {
        Ok(c) if c.format == FORMAT && c.klarsicht == version() && c.prefix == prefix => (c, false),
        _ => (empty(), true),
    }
}

/// Writes the cache whole (a temporary file, then a rename); a failure
/// only costs the next build the time to derive it again.
pub(super) fn save(file: &Path, cache: &Cache) {
    if let Ok(bytes) = serde_json::to_vec(cache) {
        let _ = crate::base::fsutil::write_atomic(file, &bytes);
    }
}

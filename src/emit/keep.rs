//! Files in the output that klarsicht did not write (a `.git/` folder,
//! `CNAME`, `.well-known/`, a search console's verification file) are
//! carried into every new output. The marker file lists what a build wrote;
//! whatever else the output holds is the user's. A user's file at a path the
//! new build writes stops the build rather than be overwritten.

use std::collections::HashSet;
use std::path::Path;

use super::{EmitError, MARKER};
use crate::base::fsutil;
use crate::msg;

/// The marker's content: what the build wrote, for the next build to tell
/// the user's files from its own.
#[derive(serde::Serialize, serde::Deserialize)]
struct Marker {
    note: String,
    files: Vec<String>,
}

const NOTE: &str = "This folder is written by klarsicht build and replaced on every build; files not listed here are kept.";

/// The marker's bytes for an output of `files` (`/`-separated paths).
pub(super) fn marker(mut files: Vec<String>) -> Vec<u8> {
    files.sort_unstable();
    let m = Marker {
        note: NOTE.into(),
        files,
    };
    serde_json::to_vec_pretty(&m).unwrap_or_default()
}

/// How the previous build's files are told apart from the user's.
enum Previous {
    /// The marker's list and every folder on its paths.
    Listed {
        files: HashSet<String>,
        folders: HashSet<String>,
    },
    /// A marker written before the list existed: files changed after it
    /// are the user's.
    Older(std::time::SystemTime),
}

impl Previous {
    fn read(out: &Path) -> Option<Previous> {
        let path = out.join(MARKER);
        let meta = path.metadata().ok()?;
        let bytes = std::fs::read(&path).ok()?;
        match serde_json::from_slice::<Marker>(&bytes) {
            Ok(m) => {
                let mut folders = HashSet::new();
                for f in &m.files {
                    let mut p = Path::new(f.as_str());
                    while let Some(parent) = p.parent().filter(|p| !p.as_os_str().is_empty()) {
                        folders.insert(parent.to_string_lossy().into_owned());
                        p = parent;
                    }
                }
                Some(Previous::Listed {
                    files: m.files.into_iter().collect(),
                    folders,
                })
            }
            Err(_) => Some(Previous::Older(changed(&meta)?)),
        }
    }

    /// True when the previous build wrote the entry at `rel`.
    fn wrote(&self, rel: &str, meta: &std::fs::Metadata) -> bool {
        match self {
            Previous::Listed { files, folders } => {
                if meta.is_dir() {
                    folders.contains(rel)
                } else {
                    files.contains(rel)
                }
            }
            Previous::Older(marker) => meta.is_dir() || changed(meta).is_none_or(|t| t <= *marker),
        }
    }
}

/// The inode's change time: copying a file keeps its modification time, but
/// not this.
fn changed(meta: &std::fs::Metadata) -> Option<std::time::SystemTime> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let secs = u64::try_from(meta.ctime()).ok()?;
        let nanos = u32::try_from(meta.ctime_nsec()).ok()?;
        Some(std::time::UNIX_EPOCH + std::time::Duration::new(secs, nanos))
    }
    #[cfg(not(unix))]
    {
        meta.modified().ok()
    }
}

/// Links (or copies) into `fresh` every entry of `out` the previous build
/// did not write; returns their paths. Nothing in `out` changes.
pub(super) fn carry_over(out: &Path, fresh: &Path) -> Result<Vec<String>, EmitError> {
    let Some(previous) = Previous::read(out) else {
        return Ok(Vec::new());
    };
    let mut kept = Vec::new();
    let walker = walkdir::WalkDir::new(out)
        .min_depth(1)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter();
    for entry in walker {
        let entry = entry
            .map_err(|e| EmitError::new(msg!("previous-unreadable", error = e.to_string())))?;
        let Ok(rel_path) = entry.path().strip_prefix(out) else {
            continue;
        };
        let rel = rel_path.to_string_lossy().replace('\\', "/");
        if rel == MARKER {
            continue;
        }
        let meta = entry.path().symlink_metadata().map_err(|e| {
            EmitError::new(msg!(
                "io-error",
                action = "read",
                path = entry.path().display(),
                error = e.to_string()
            ))
        })?;
        if previous.wrote(&rel, &meta) {
            continue;
        }
        let target = fresh.join(rel_path);
        if meta.is_dir() {
            if !target.is_dir() {
                fsutil::create_dir_all(&target)?;
            }
            continue;
        }
        if fsutil::exists(&target) {
            return Err(EmitError(
                msg!("output-foreign-file", path = out.join(rel_path).display()),
                Some(msg!("hint-output-foreign-file")),
            ));
        }
        keep(entry.path(), &target, &meta)?;
        kept.push(rel);
    }
    Ok(kept)
}

/// A hard link where the file system allows one (the output folder and its
/// staging sibling share one), else a copy; links are made anew.
fn keep(from: &Path, to: &Path, meta: &std::fs::Metadata) -> Result<(), EmitError> {
    if let Some(parent) = to.parent() {
        fsutil::create_dir_all(parent)?;
    }
    if meta.file_type().is_symlink() {
        #[cfg(unix)]
        {
            let link = std::fs::read_link(from).map_err(|e| {
                EmitError::new(msg!(
                    "link-unreadable",
                    path = from.display(),
                    error = e.to_string()
                ))
            })?;
            return std::os::unix::fs::symlink(link, to).map_err(|e| {
                EmitError::new(msg!(
                    "link-not-kept",
                    path = from.display(),
                    error = e.to_string()
                ))
            });
        }
        #[cfg(not(unix))]
        return Ok(());
    }
    if std::fs::hard_link(from, to).is_ok() {
        return Ok(());
    }
    fsutil::copy(from, to).map_err(EmitError::from)
}

//! File-system wrappers whose errors always name the path; no bare `std::fs`
//! elsewhere in the crate.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct IoError {
    pub action: &'static str,
    pub path: PathBuf,
    pub source: io::Error,
}

impl fmt::Display for IoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot {} `{}`: {}",
            self.action,
            self.path.display(),
            self.source
        )
    }
}

impl std::error::Error for IoError {}

pub type Result<T> = std::result::Result<T, IoError>;

fn wrap<T>(action: &'static str, path: &Path, r: io::Result<T>) -> Result<T> {
    r.map_err(|source| IoError {
        action,
        path: path.to_path_buf(),
        source,
    })
}

pub fn read(path: &Path) -> Result<Vec<u8>> {
    wrap("read", path, std::fs::read(path))
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    wrap("write", path, std::fs::write(path, bytes))
}

pub fn create_dir_all(path: &Path) -> Result<()> {
    wrap("create folder", path, std::fs::create_dir_all(path))
}

pub fn copy(from: &Path, to: &Path) -> Result<()> {
    if let Some(parent) = to.parent() {
        create_dir_all(parent)?;
    }
    wrap("copy", from, std::fs::copy(from, to)).map(|_| ())
}

pub fn rename(from: &Path, to: &Path) -> Result<()> {
    wrap("rename", from, std::fs::rename(from, to))
}

pub fn remove_dir_all(path: &Path) -> Result<()> {
    wrap("remove", path, std::fs::remove_dir_all(path))
}

pub fn exists(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

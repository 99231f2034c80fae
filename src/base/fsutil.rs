//! File-system wrappers whose errors always name the path. Use them where
//! an error reaches the user; bare `std::fs` remains where errors are
//! ignored (best-effort clean-up), turned into a message of their own, or
//! where only metadata is asked for.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct IoError {
    pub action: &'static str,
    pub path: PathBuf,
    /// The other path of a copy: where it was going.
    pub to: Option<PathBuf>,
    pub source: io::Error,
}

impl fmt::Display for IoError {
    /// In English; [`IoError::text`] is the message in any language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.text())
    }
}

impl std::error::Error for IoError {}

impl IoError {
    /// The error as a message in the catalogue; the operating system's own
    /// words stay as they are.
    pub fn text(&self) -> crate::base::messages::Text {
        let error = self.source.to_string();
        match &self.to {
            Some(to) => crate::msg!(
                "io-error-to",
                action = self.action,
                path = self.path.display(),
                to = to.display(),
                error = error
            ),
            None => crate::msg!(
                "io-error",
                action = self.action,
                path = self.path.display(),
                error = error
            ),
        }
    }
}

impl From<IoError> for crate::base::messages::Text {
    fn from(e: IoError) -> Self {
        e.text()
    }
}

impl IoError {
    /// The same error with paths below `from` named below `to` instead: a
    /// file in a staging folder shown where it is going to be.
    pub fn rebased(self, from: &Path, to: &Path) -> IoError {
        let rebase = |p: PathBuf| match p.strip_prefix(from) {
            Ok(rel) => to.join(rel),
            Err(_) => p,
        };
        IoError {
            path: rebase(self.path),
            to: self.to.map(rebase),
            ..self
        }
    }
}

pub type Result<T> = std::result::Result<T, IoError>;

fn wrap<T>(action: &'static str, path: &Path, r: io::Result<T>) -> Result<T> {
    r.map_err(|source| IoError {
        action,
        path: path.to_path_buf(),
        to: None,
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

/// Writes `path` whole or not at all: into a temporary file beside it,
/// renamed over it when complete. A reader (the preview's browser) never
/// sees half a page, and a full disk leaves the previous file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    replace_atomic(path, |tmp| write(tmp, bytes))
}

/// Copies `from` to `to` whole or not at all, like [`write_atomic`].
pub fn copy_atomic(from: &Path, to: &Path) -> Result<()> {
    replace_atomic(to, |tmp| {
        copy(from, tmp).map_err(|e| IoError {
            to: Some(to.to_path_buf()),
            ..e
        })
    })
}

fn replace_atomic(path: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = path.with_file_name(format!(".{name}.klarsicht-tmp-{}", std::process::id()));
    let done = fill(&tmp).and_then(|()| wrap("replace", path, std::fs::rename(&tmp, path)));
    if done.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    done
}

pub fn create_dir_all(path: &Path) -> Result<()> {
    wrap("create-folder", path, std::fs::create_dir_all(path))
}

pub fn copy(from: &Path, to: &Path) -> Result<()> {
    if let Some(parent) = to.parent() {
        create_dir_all(parent)?;
    }
    wrap("copy", from, std::fs::copy(from, to))
        .map(|_| ())
        .map_err(|e| IoError {
            to: Some(to.to_path_buf()),
            ..e
        })
}

pub fn rename(from: &Path, to: &Path) -> Result<()> {
    wrap("rename", from, std::fs::rename(from, to))
}

pub fn remove_dir_all(path: &Path) -> Result<()> {
    wrap("remove", path, std::fs::remove_dir_all(path))
}

/// Removes the folders in `parent` named `<prefix>…-<pid>` whose process
/// is gone: what a killed build or preview (SIGKILL, power loss) could not
/// clean up itself. Where `/proc` cannot tell, they are left alone.
pub fn remove_orphans(parent: &Path, prefix: &str) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(prefix) else {
            continue;
        };
        let pid = rest.rsplit('-').next().and_then(|p| p.parse::<u32>().ok());
        if pid.is_some_and(|pid| !Path::new(&format!("/proc/{pid}")).exists()) {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

pub fn exists(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// A set of paths to test many other paths against. A save changes one or
/// a few files, and comparing their bytes is cheaper than hashing every
/// path tested; a checkout that changes many gets a hash set.
pub struct PathSet<'a> {
    few: Vec<&'a Path>,
    many: std::collections::HashSet<&'a Path>,
}

impl<'a> PathSet<'a> {
    pub fn new(paths: impl IntoIterator<Item = &'a Path>) -> Self {
        let few: Vec<&Path> = paths.into_iter().collect();
        if few.len() > 16 {
            PathSet {
                many: few.into_iter().collect(),
                few: Vec::new(),
            }
        } else {
            PathSet {
                few,
                many: Default::default(),
            }
        }
    }

    pub fn contains(&self, path: &Path) -> bool {
        self.many.contains(path) || self.few.iter().any(|p| p.as_os_str() == path.as_os_str())
    }
}

#[cfg(test)]
mod path_set_tests {
    use super::*;

    #[test]
    fn few_and_many_paths_answer_alike() {
        let names: Vec<PathBuf> = (0..40)
            .map(|i| PathBuf::from(format!("content/m-{i}.md")))
            .collect();
        for n in [1, 16, 17, 40] {
            let set = PathSet::new(names[..n].iter().map(PathBuf::as_path));
            assert!(set.contains(Path::new("content/m-0.md")), "{n}");
            assert!(set.contains(&names[n - 1]), "{n}");
            assert!(!set.contains(Path::new("content/m-0.md~")), "{n}");
            assert_eq!(set.contains(Path::new("content/m-39.md")), n == 40, "{n}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_that_fails_leaves_the_previous_file_and_no_temporary_one() {
        let tmp = tempfile::tempdir().unwrap();
        let page = tmp.path().join("a.html");
        write_atomic(&page, b"one").unwrap();
        write_atomic(&page, b"two").unwrap();
        assert_eq!(std::fs::read(&page).unwrap(), b"two");
        // A folder in the way: the rename fails after the bytes are written.
        let blocked = tmp.path().join("b.html");
        std::fs::create_dir_all(blocked.join("x")).unwrap();
        let e = write_atomic(&blocked, b"three").unwrap_err();
        assert!(
            e.to_string()
                .starts_with(&format!("cannot replace `{}`", blocked.display())),
            "{e}"
        );
        let names: Vec<String> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(copy_atomic(&tmp.path().join("missing"), &page).is_err());
        assert_eq!(std::fs::read(&page).unwrap(), b"two");
    }

    #[test]
    fn rebased_errors_name_the_destination_not_the_staging_folder() {
        let e = IoError {
            action: "copy",
            path: PathBuf::from("static/a.pdf"),
            to: Some(PathBuf::from(
                "/srv/.public.klarsicht-new-7/dokumente/a.pdf",
            )),
            source: io::Error::from_raw_os_error(28),
        }
        .rebased(
            Path::new("/srv/.public.klarsicht-new-7"),
            Path::new("/srv/public"),
        );
        assert_eq!(
            e.to_string(),
            format!(
                "cannot copy `static/a.pdf` to `/srv/public/dokumente/a.pdf`: {}",
                io::Error::from_raw_os_error(28)
            )
        );
    }
}

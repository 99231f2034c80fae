//! Putting a new folder in the place of the old one, in one step where the
//! kernel can: with `renameat2(RENAME_EXCHANGE)` there is no moment without
//! a folder at the output's path. Elsewhere two renames, the old folder put
//! back when the second fails.

use std::io;
use std::path::{Path, PathBuf};

use crate::base::fsutil::{self, IoError};

/// Puts `fresh` at `live`. Returns where the previous folder now is, for
/// the caller to remove (`fresh`'s path after an exchange, else `old`), or
/// None when there was none.
pub fn swap_in(fresh: &Path, live: &Path, old: &Path) -> fsutil::Result<Option<PathBuf>> {
    if !fsutil::exists(live) {
        fsutil::rename(fresh, live)?;
        return Ok(None);
    }
    match exchange(fresh, live) {
        Ok(()) => Ok(Some(fresh.to_path_buf())),
        Err(e) if unsupported(&e) => two_renames(fresh, live, old).map(Some),
        Err(source) => Err(IoError {
            action: "swap",
            path: fresh.to_path_buf(),
            to: Some(live.to_path_buf()),
            source,
        }),
    }
}

/// The fallback: `live` → `old`, `fresh` → `live`; between the two, a
/// killed process leaves the output at `old` (the next build removes it).
fn two_renames(fresh: &Path, live: &Path, old: &Path) -> fsutil::Result<PathBuf> {
    if fsutil::exists(old) {
        fsutil::remove_dir_all(old)?;
    }
    fsutil::rename(live, old)?;
    if let Err(e) = fsutil::rename(fresh, live) {
        let _ = std::fs::rename(old, live);
        return Err(e);
    }
    Ok(old.to_path_buf())
}

/// True when the file system or kernel has no atomic exchange.
fn unsupported(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::Unsupported
        || matches!(e.raw_os_error(), Some(code) if code == libc::EINVAL || code == libc::ENOSYS || code == libc::EOPNOTSUPP)
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: two valid NUL-terminated paths; the call reads nothing else.
    let r = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE as libc::c_uint,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(path: &Path, text: &str) {
        std::fs::create_dir_all(path).unwrap();
        std::fs::write(path.join("f"), text).unwrap();
    }

    fn text(path: &Path) -> String {
        std::fs::read_to_string(path.join("f")).unwrap()
    }

    #[test]
    fn the_exchange_leaves_the_old_folder_at_the_fresh_path() {
        let tmp = tempfile::tempdir().unwrap();
        let (live, fresh, old) = (
            tmp.path().join("public"),
            tmp.path().join("new"),
            tmp.path().join("old"),
        );
        assert!(swap_in(&fresh, &live, &old).is_err(), "no fresh folder yet");
        folder(&fresh, "one");
        assert_eq!(swap_in(&fresh, &live, &old).unwrap(), None);
        assert_eq!(text(&live), "one");
        folder(&fresh, "two");
        let previous = swap_in(&fresh, &live, &old).unwrap().unwrap();
        assert_eq!(text(&live), "two");
        assert_eq!(text(&previous), "one");
        // On Linux (tmpfs, ext4) the exchange is atomic: no `old` rename.
        #[cfg(target_os = "linux")]
        assert_eq!(previous, fresh);
    }

    #[test]
    fn two_renames_put_the_old_folder_back_when_the_second_fails() {
        let tmp = tempfile::tempdir().unwrap();
        let (live, fresh, old) = (
            tmp.path().join("public"),
            tmp.path().join("new"),
            tmp.path().join("old"),
        );
        folder(&live, "one");
        folder(&fresh, "two");
        folder(&old, "stale");
        assert_eq!(two_renames(&fresh, &live, &old).unwrap(), old);
        assert_eq!((text(&live), text(&old)), ("two".into(), "one".into()));
        // No fresh folder: the second rename fails and the first is undone.
        assert!(two_renames(&fresh, &live, &old).is_err());
        assert_eq!(text(&live), "two");
    }
}

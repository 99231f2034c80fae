//! `emit`: writes the output into a fresh folder beside the target and swaps
//! it in only when everything was written. A failed build leaves the previous
//! output untouched; nothing is written outside the output folder.

mod keep;
mod stream;
mod swap;

pub use stream::Stream;

pub use swap::swap_in;

use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::base::fsutil;
use crate::base::messages::Text;
use crate::msg;
use crate::render::{Content, OutputFile};

/// Marks a folder as klarsicht's output, so a rebuild may replace it, and
/// lists the files the build wrote (see `keep.rs`).
pub const MARKER: &str = ".klarsicht-output";

#[derive(Debug)]
pub struct EmitError(pub Text, pub Option<Text>);

impl EmitError {
    fn new(message: Text) -> EmitError {
        EmitError(message, None)
    }

    /// The same error, saying that the previous output is unchanged.
    fn unchanged(self) -> EmitError {
        EmitError(msg!("output-unchanged", problem = self.0), self.1)
    }

    /// The error as a diagnostic at the output folder.
    pub fn diagnostic(self, out: &Path) -> crate::base::diagnostics::Diagnostic {
        crate::base::diagnostics::Diagnostic::error(
            out,
            crate::base::diagnostics::Loc::START,
            self.0,
        )
        .maybe_hint(self.1)
    }
}

impl std::fmt::Display for EmitError {
    /// In English, for logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl From<fsutil::IoError> for EmitError {
    fn from(e: fsutil::IoError) -> Self {
        EmitError::new(e.text())
    }
}

/// A relative, `/`-separated path with only normal components.
pub fn safe_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    let ok = !path.is_empty()
        && !path.contains('\\')
        && p.components().all(|c| matches!(c, Component::Normal(_)));
    ok.then(|| p.to_path_buf())
}

/// `.public.klarsicht-`: how the folders beside the output `public` begin.
fn sibling_prefix(out: &Path) -> String {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    format!(".{name}.klarsicht-")
}

/// `.public.klarsicht-new-PID` or `-old-PID`, beside the output.
fn sibling(out: &Path, tag: &str) -> PathBuf {
    out.with_file_name(format!(
        "{}{tag}-{}",
        sibling_prefix(out),
        std::process::id()
    ))
}

/// Staging folders being written, removed by the interrupt handler.
static ACTIVE: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

fn active() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    ACTIVE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Set once the new output is in place: (the output, where the previous
/// one is until it is removed). An interrupt then says so.
static SWAPPED: std::sync::Mutex<Option<(PathBuf, PathBuf)>> = std::sync::Mutex::new(None);

fn swapped() -> std::sync::MutexGuard<'static, Option<(PathBuf, PathBuf)>> {
    SWAPPED.lock().unwrap_or_else(|e| e.into_inner())
}

/// True once an interrupt stopped the build. Each file is written under a
/// read lock, so the handler (taking the write lock) waits for the files in
/// flight and no file is written after it removed the folder.
static STOPPED: std::sync::RwLock<bool> = std::sync::RwLock::new(false);

/// Runs `write` (files going into an output) unless writing has stopped;
/// None when it has. Whoever stops writing waits for the writes in flight.
pub fn unless_stopped<T>(write: impl FnOnce() -> T) -> Option<T> {
    let stopped = STOPPED.read().unwrap_or_else(|e| e.into_inner());
    (!*stopped).then(write)
}

/// Stops all writing of output: the files being written are finished, and
/// no file is written afterwards. Hold the guard while removing folders.
pub fn stop_writing() -> std::sync::RwLockWriteGuard<'static, bool> {
    let mut stopped = STOPPED.write().unwrap_or_else(|e| e.into_inner());
    *stopped = true;
    stopped
}

/// On SIGINT, SIGTERM or SIGHUP: removes the folder being written, says
/// so and exits with 128 + the signal's number. A swap in progress finishes
/// first (it holds the same lock), so the output is the old one or the new
/// one, complete either way. For `build`; `serve` handles Ctrl-C itself.
#[cfg(unix)]
pub fn clean_up_on_interrupt() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let _stopped = stop_writing();
            let folders = active();
            for f in folders.iter() {
                let _ = std::fs::remove_dir_all(f);
            }
            let name = match sig {
                SIGINT => "interrupted (SIGINT)",
                SIGTERM => "terminated (SIGTERM)",
                _ => "hung up (SIGHUP)",
            };
            match swapped().as_ref() {
                Some((out, previous)) => eprintln!(
                    "{name}: stopped after the new output was in place; `{}` is complete, and the previous output left in `{}` is removed by the next build",
                    out.display(),
                    previous.display()
                ),
                None => eprintln!(
                    "{name}: stopped; nothing was written and the previous output is unchanged"
                ),
            }
            std::process::exit(128 + sig);
        }
    });
}

#[cfg(not(unix))]
pub fn clean_up_on_interrupt() {}

/// Refuses to replace a folder that holds something klarsicht did not write.
fn check_replaceable(out: &Path) -> Result<(), EmitError> {
    if !out.exists() {
        return Ok(());
    }
    if !out.is_dir() {
        return Err(EmitError::new(msg!(
            "output-not-folder",
            path = out.display()
        )));
    }
    let empty = std::fs::read_dir(out)
        .map(|mut r| r.next().is_none())
        .unwrap_or(false);
    if empty || out.join(MARKER).is_file() {
        Ok(())
    } else {
        Err(EmitError::new(msg!("output-foreign", path = out.display())))
    }
}

/// Writes one output file below `dir`, refusing paths that leave it; the
/// file is replaced whole or not at all (for `serve`, which writes into the
/// folder it serves).
pub fn write_file_atomic(dir: &Path, f: &OutputFile) -> Result<(), EmitError> {
    write_one(dir, dir, f, true)
}

/// Writes one output file below `dir`; errors name it below `shown`. With
/// `whole`, through a temporary file renamed over the target.
fn write_one(dir: &Path, shown: &Path, f: &OutputFile, whole: bool) -> Result<(), EmitError> {
    let rel = safe_relative(&f.path)
        .ok_or_else(|| EmitError::new(msg!("output-path-outside", path = f.path)))?;
    let target = dir.join(rel);
    unless_stopped(|| match (&f.content, f.content.bytes()) {
        (Content::Copy(src), _) if whole => fsutil::copy_atomic(src, &target),
        (Content::Copy(src), _) => fsutil::copy(src, &target),
        (_, b) if whole => fsutil::write_atomic(&target, b.unwrap_or_default()),
        (_, b) => fsutil::write(&target, b.unwrap_or_default()),
    })
    .ok_or_else(|| EmitError::new(msg!("interrupted")))?
    .map_err(|e| e.rebased(dir, shown).into())
}

/// An output being written: files go into a fresh folder beside the target,
/// which replaces the target on `commit`. Dropped without a commit, it removes
/// what it wrote and leaves the previous output as it was.
pub struct Staging {
    out: PathBuf,
    fresh: PathBuf,
    /// Every path written, for the marker's list.
    written: std::sync::Mutex<Vec<String>>,
    committed: bool,
}

impl Staging {
    /// Starts an output at `out`, which [`resolve_output`] has made absolute
    /// and free of `..`.
    pub fn begin(out: &Path) -> Result<Staging, EmitError> {
        check_replaceable(out)?;
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fsutil::create_dir_all(parent)?;
        // The half-written folders of builds killed before they could clean
        // up (SIGKILL, power loss).
        fsutil::remove_orphans(parent, &sibling_prefix(out));
        let fresh = sibling(out, "new");
        if fresh.exists() {
            fsutil::remove_dir_all(&fresh)?;
        }
        let mut folders = active();
        fsutil::create_dir_all(&fresh)
            .map_err(|e| EmitError(e.text(), Some(msg!("hint-output-parent-writable"))))?;
        folders.push(fresh.clone());
        drop(folders);
        Ok(Staging {
            out: out.to_path_buf(),
            fresh,
            written: Default::default(),
            committed: false,
        })
    }

    /// Writes files, in parallel; may be called more than once. Errors name
    /// the file as it would be in the output, not in the hidden folder.
    /// Each file's bytes are let go once it is written.
    pub fn write(&self, files: Vec<OutputFile>) -> Result<(), EmitError> {
        files.into_par_iter().try_for_each(|f| self.put(&f))
    }

    /// Writes one file (a build streams them in as they are rendered).
    pub fn put(&self, f: &OutputFile) -> Result<(), EmitError> {
        write_one(&self.fresh, &self.out, f, false).map_err(EmitError::unchanged)?;
        let mut written = self.written.lock().unwrap_or_else(|e| e.into_inner());
        written.push(f.path.clone());
        Ok(())
    }

    /// Swaps the written folder in for the previous output, with the files
    /// klarsicht did not write carried over from it.
    pub fn commit(mut self) -> Result<(), EmitError> {
        let written = std::mem::take(&mut *self.written.lock().unwrap_or_else(|e| e.into_inner()));
        fsutil::write(&self.fresh.join(MARKER), &keep::marker(written))?;
        if self.out.is_dir() {
            keep::carry_over(&self.out, &self.fresh).map_err(EmitError::unchanged)?;
        }
        let (out, fresh) = (&self.out, &self.fresh);
        // Held through the swap: an interrupt waits for it.
        let mut folders = active();
        let previous = swap::swap_in(fresh, out, &sibling(out, "old"))?;
        folders.retain(|f| f != fresh);
        self.committed = true;
        if let Some(previous) = &previous {
            *swapped() = Some((out.clone(), previous.clone()));
        }
        drop(folders);
        if let Some(previous) = previous {
            pause_for_tests();
            // The build is done; what cannot be removed now, the next build
            // removes (it is named like a killed build's folder).
            let _ = std::fs::remove_dir_all(&previous);
        }
        Ok(())
    }
}

/// Waits `KLARSICHT_TEST_PAUSE_AFTER_SWAP_MS` milliseconds, when set: the
/// tests interrupt a build in the window while the previous output is being
/// removed (seconds on a large portal, too short to hit by timing).
fn pause_for_tests() {
    if let Some(ms) = std::env::var("KLARSICHT_TEST_PAUSE_AFTER_SWAP_MS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// The output path made absolute, with `.` and `..` resolved against the
/// real folders, before anything is renamed: `public/../public` is
/// `public`, and its staging folder goes beside it. Nothing is created: the
/// longest part of the path that exists is resolved by the file system, the
/// rest (which cannot hold a link, as it does not exist) by its names.
pub fn resolve_output(out: &Path) -> Result<PathBuf, EmitError> {
    let abs = std::path::absolute(out).map_err(|e| {
        EmitError::new(msg!(
            "output-unresolved",
            path = out.display(),
            error = e.to_string()
        ))
    })?;
    let parts: Vec<Component> = abs.components().collect();
    let (mut resolved, rest) = (1..=parts.len())
        .rev()
        .find_map(|k| {
            let existing: PathBuf = parts[..k].iter().collect();
            std::fs::canonicalize(existing)
                .ok()
                .map(|real| (real, &parts[k..]))
        })
        .ok_or_else(|| {
            EmitError::new(msg!("output-unresolved", path = out.display(), error = "–"))
        })?;
    for part in rest {
        match part {
            Component::ParentDir => {
                resolved.pop();
            }
            Component::Normal(name) => resolved.push(name),
            _ => {}
        }
    }
    if resolved.parent().is_none() {
        return Err(EmitError::new(msg!("output-root", path = out.display())));
    }
    Ok(resolved)
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let mut folders = active();
            let _ = std::fs::remove_dir_all(&self.fresh);
            folders.retain(|f| f != &self.fresh);
        }
    }
}

pub fn emit(out: &Path, files: Vec<OutputFile>) -> Result<(), EmitError> {
    let staging = Staging::begin(&resolve_output(out)?)?;
    staging.write(files)?;
    staging.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_written() {
        assert!(safe_relative("ziele/a/index.html").is_some());
        for bad in [
            "../x",
            "/etc/passwd",
            "a/../../b",
            "",
            "a\\..\\b",
            "./x/../..",
        ] {
            assert!(safe_relative(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn swaps_in_and_refuses_foreign_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        emit(
            &out,
            vec![OutputFile::bytes("a/index.html", b"one".to_vec())],
        )
        .unwrap();
        assert_eq!(std::fs::read(out.join("a/index.html")).unwrap(), b"one");
        emit(&out, vec![OutputFile::bytes("b.txt", b"two".to_vec())]).unwrap();
        assert!(!out.join("a").exists());
        let err = emit(&out, vec![OutputFile::bytes("../evil", b"x".to_vec())]).unwrap_err();
        assert!(err.0.to_string().contains("refusing to write `../evil`"));
        assert_eq!(std::fs::read(out.join("b.txt")).unwrap(), b"two");
        let foreign = tmp.path().join("docs");
        std::fs::create_dir(&foreign).unwrap();
        std::fs::write(foreign.join("thesis.txt"), "mine").unwrap();
        assert!(
            emit(&foreign, Vec::new())
                .unwrap_err()
                .0
                .to_string()
                .contains("was not made by klarsicht")
        );
        assert!(!tmp.path().join("evil").exists());
    }
}

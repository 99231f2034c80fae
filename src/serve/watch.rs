//! Which file changes trigger a rebuild, and the watcher that reports them.

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};

/// Folders of a portal whose files feed the build.
const INPUTS: [&str; 5] = ["content", "data", "static", "templates", "themes"];

/// Files editors write next to the real one while saving: vim swap and backup
/// files, its `4913` probe, emacs lock and autosave files, LibreOffice locks,
/// `*.tmp`. The final rename onto the real name is what counts.
pub fn is_editor_temp(name: &str) -> bool {
    name.ends_with('~')
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || name.starts_with(".~lock.")
        || name == "4913"
        || [".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

/// True when a change at `path` can change the site built from `root`.
pub fn relevant(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = rel.components();
    let Some(Component::Normal(first)) = parts.next() else {
        return false;
    };
    let first = first.to_string_lossy();
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if is_editor_temp(&name) {
        return false;
    }
    if first == "site.toml" {
        return parts.next().is_none();
    }
    INPUTS.contains(&first.as_ref())
}

/// A running watch; dropping it stops watching.
pub struct Watching {
    _watcher: Arc<Mutex<notify::RecommendedWatcher>>,
    stop: Arc<AtomicBool>,
}

impl Drop for Watching {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// How often the portal folder itself is looked at: the kernel's watch ends
/// with the folder, so a folder deleted and made again (a `git clone` anew,
/// a restored backup) is only seen this way. HEAD is looked at as often: a
/// commit changes the pages' history.
const FOLDER_CHECK: Duration = Duration::from_millis(300);

/// How long a batch of changes waits for the next event when none of them
/// said that a file is complete: an editor that saves through a temporary
/// file and a rename, or writes a file in steps, makes several events.
const QUIET: Duration = Duration::from_millis(30);

/// Whether an event says a file is written completely: closed after writing
/// (inotify's IN_CLOSE_WRITE), or renamed onto its name (how editors and
/// `sed -i` save). The batch is then sent at once, without waiting for
/// [`QUIET`]; watchers without these events (macOS) wait for it.
fn completes(kind: &EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
    matches!(
        kind,
        EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both))
    )
}

/// Whether a file's name looks like the temporary file of a save that ends
/// in a rename (`sed -i`'s `sedXXXXXX`, gedit's `.goutputstream-XXXXXX`,
/// the `tmpXXXXXX` of many libraries): hidden or without an extension.
/// Closing such a file does not complete a batch, so the rename that
/// follows joins it and the temporary file is never built on its own.
fn may_be_renamed(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with('.') || !name.contains('.')
}

/// Whether an event whose input paths are `paths` completes a batch: it
/// [`completes`] a file, unless it closes only files that a rename may
/// still move onto their real names.
fn completes_batch(kind: &EventKind, paths: &[PathBuf]) -> bool {
    let closed = matches!(kind, EventKind::Access(_));
    !paths.is_empty() && completes(kind) && !(closed && paths.iter().all(|p| may_be_renamed(p)))
}

/// The input paths an event changes. Reads are not changes: serving and
/// building read files, and counting that would rebuild forever.
fn changed_paths(root: &Path, event: &notify::Event) -> Vec<PathBuf> {
    let read = matches!(event.kind, EventKind::Access(_)) && !completes(&event.kind);
    if read {
        return Vec::new();
    }
    event
        .paths
        .iter()
        .filter(|p| relevant(root, p))
        .cloned()
        .collect()
}

/// Whether an event removes or moves the watched folder itself: its watch
/// ends with it, and a folder made again at its path may even have its
/// inode number.
fn ends_watch(root: &Path, event: &notify::Event) -> bool {
    use notify::event::ModifyKind;
    matches!(
        event.kind,
        EventKind::Remove(_) | EventKind::Modify(ModifyKind::Name(_))
    ) && event.paths.iter().any(|p| p == root)
}

/// Gathers the watcher's events into batches of changed paths: a batch is
/// sent as soon as an event in it [`completes_batch`], else after
/// `quiet` ([`QUIET`]) without events. `waiting` is raised first, so a build in
/// progress can see that more is coming. `lost` is raised when the folder's
/// own watch ends.
fn batches(
    root: &Path,
    events: std::sync::mpsc::Receiver<notify::Result<notify::Event>>,
    tx: &Sender<Vec<PathBuf>>,
    waiting: &AtomicBool,
    lost: &AtomicBool,
    quiet: Duration,
) {
    use std::sync::mpsc::RecvTimeoutError;
    while let Ok(first) = events.recv() {
        let mut changed: Vec<PathBuf> = Vec::new();
        let mut complete = false;
        let mut next = first;
        loop {
            if let Ok(event) = &next {
                if ends_watch(root, event) {
                    lost.store(true, Ordering::SeqCst);
                }
                let paths = changed_paths(root, event);
                complete |= completes_batch(&event.kind, &paths);
                changed.extend(paths);
            }
            // Events already queued join the batch either way.
            next = match events.try_recv() {
                Ok(e) => e,
                Err(_) if complete => break,
                Err(_) => match events.recv_timeout(quiet) {
                    Ok(e) => e,
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                },
            };
        }
        if !changed.is_empty() {
            changed.sort();
            changed.dedup();
            waiting.store(true, Ordering::SeqCst);
            if tx.send(changed).is_err() {
                return;
            }
        }
    }
}

/// Watches `root` and sends the changed input paths of each batch (see
/// [`batches`]). When the folder goes or is replaced, that is reported as a
/// change of its site.toml, and a new one is watched.
pub fn watch(
    root: PathBuf,
    tx: Sender<Vec<PathBuf>>,
    waiting: Arc<AtomicBool>,
) -> notify::Result<Watching> {
    let (events_tx, events_rx) = std::sync::mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |e| {
        let _ = events_tx.send(e);
    })?;
    watcher.watch(&root, RecursiveMode::Recursive)?;
    let lost = Arc::new(AtomicBool::new(false));
    {
        let (root, tx, waiting, lost) = (root.clone(), tx.clone(), waiting.clone(), lost.clone());
        std::thread::spawn(move || batches(&root, events_rx, &tx, &waiting, &lost, QUIET));
    }
    let watcher = Arc::new(Mutex::new(watcher));
    let stop = Arc::new(AtomicBool::new(false));
    let (w, s) = (watcher.clone(), stop.clone());
    std::thread::spawn(move || {
        let mut watched = identity(&root);
        let mut head = crate::load::history::head(&root);
        while !s.load(Ordering::SeqCst) {
            std::thread::sleep(FOLDER_CHECK);
            // A commit changes the history and the "not committed" marks.
            let new_head = crate::load::history::head(&root);
            if new_head != head {
                head = new_head;
                waiting.store(true, Ordering::SeqCst);
                let _ = tx.send(vec![root.join(".git")]);
            }
            let now = identity(&root);
            // Made again before this look saw it gone: same identity, no watch.
            let made_again = now.is_some() && lost.load(Ordering::SeqCst);
            if now == watched && !made_again {
                continue;
            }
            watched = now;
            // Gone (the build then says what is missing) or made again.
            if now.is_some() {
                let mut w = w.lock().unwrap_or_else(|e| e.into_inner());
                let _ = w.unwatch(&root);
                if w.watch(&root, RecursiveMode::Recursive).is_err() {
                    continue;
                }
                lost.store(false, Ordering::SeqCst);
            }
            waiting.store(true, Ordering::SeqCst);
            let _ = tx.send(vec![root.join("site.toml")]);
        }
    });
    Ok(Watching {
        _watcher: watcher,
        stop,
    })
}

/// The folder's identity: the same path may be a new folder.
fn identity(path: &Path) -> Option<(u64, u64)> {
    let m = path.metadata().ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        // Only whether it is there: a folder made again is watched anew.
        let _ = m;
        Some((0, 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{AccessKind, AccessMode, CreateKind, DataChange, ModifyKind, RenameMode};

    fn event(kind: EventKind, path: &str) -> notify::Result<notify::Event> {
        Ok(notify::Event::new(kind).add_path(PathBuf::from(path)))
    }

    /// The batches `batches` sends for `events`, all queued before it runs.
    fn batched(events: Vec<notify::Result<notify::Event>>) -> (Vec<Vec<PathBuf>>, bool) {
        let (events_tx, events_rx) = std::sync::mpsc::channel();
        for e in events {
            events_tx.send(e).unwrap();
        }
        drop(events_tx);
        let (tx, rx) = std::sync::mpsc::channel();
        let (waiting, lost) = (AtomicBool::new(false), AtomicBool::new(false));
        batches(Path::new("/p"), events_rx, &tx, &waiting, &lost, QUIET);
        drop(tx);
        (rx.iter().collect(), waiting.load(Ordering::SeqCst))
    }

    #[test]
    fn a_closed_or_renamed_file_completes_a_save_reads_do_not() {
        let close_write = EventKind::Access(AccessKind::Close(AccessMode::Write));
        assert!(completes(&close_write));
        assert!(completes(&EventKind::Modify(ModifyKind::Name(
            RenameMode::To
        ))));
        assert!(!completes(&EventKind::Modify(ModifyKind::Data(
            DataChange::Any
        ))));
        assert!(!completes(&EventKind::Create(CreateKind::File)));
        let root = Path::new("/p");
        let read = EventKind::Access(AccessKind::Close(AccessMode::Read));
        let open = EventKind::Access(AccessKind::Open(AccessMode::Any));
        for kind in [read, open] {
            let e = event(kind, "/p/templates/base.html").unwrap();
            assert!(changed_paths(root, &e).is_empty(), "{kind:?}");
        }
        let e = event(close_write, "/p/content/measures/a.md").unwrap();
        assert_eq!(
            changed_paths(root, &e),
            [PathBuf::from("/p/content/measures/a.md")]
        );
    }

    #[test]
    fn events_queued_with_a_complete_one_make_one_batch_without_reads_or_droppings() {
        let data = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        let close_write = EventKind::Access(AccessKind::Close(AccessMode::Write));
        let (sent, waiting) = batched(vec![
            event(data, "/p/content/measures/b.md"),
            event(data, "/p/content/measures/.a.md.swp"),
            event(
                EventKind::Access(AccessKind::Close(AccessMode::Read)),
                "/p/site.toml",
            ),
            Err(notify::Error::generic("lost")),
            event(close_write, "/p/content/measures/a.md"),
            event(close_write, "/p/content/measures/a.md"),
        ]);
        assert_eq!(
            sent,
            [vec![
                PathBuf::from("/p/content/measures/a.md"),
                PathBuf::from("/p/content/measures/b.md"),
            ]]
        );
        assert!(waiting);
    }

    #[test]
    fn closing_a_temporary_file_waits_for_its_rename() {
        let close_write = EventKind::Access(AccessKind::Close(AccessMode::Write));
        let renamed = EventKind::Modify(ModifyKind::Name(RenameMode::Both));
        let temp = PathBuf::from("/p/content/measures/sedX1b2c3");
        let real = PathBuf::from("/p/content/measures/a.md");
        for (path, at_once) in [
            (&real, true),
            (&temp, false),
            (&PathBuf::from("/p/static/.goutputstream-QW3RTY"), false),
            (&PathBuf::from("/p/static/CNAME"), false),
        ] {
            let closed = completes_batch(&close_write, std::slice::from_ref(path));
            assert_eq!(closed, at_once, "{path:?}");
            assert!(completes_batch(&renamed, std::slice::from_ref(path)));
        }
        // The rename comes after the close, as `sed -i` does it. Waiting up
        // to a minute for it, the batch still ends with the rename.
        let (events_tx, events_rx) = std::sync::mpsc::channel();
        let (tx, rx) = std::sync::mpsc::channel();
        let (t, r) = (temp.clone(), real.clone());
        let saver = std::thread::spawn(move || {
            events_tx
                .send(Ok(notify::Event::new(close_write).add_path(t.clone())))
                .unwrap();
            std::thread::sleep(Duration::from_millis(20));
            let rename = notify::Event::new(renamed).add_path(t).add_path(r);
            events_tx.send(Ok(rename)).unwrap();
        });
        let (waiting, lost) = (AtomicBool::new(false), AtomicBool::new(false));
        let start = std::time::Instant::now();
        let minute = Duration::from_secs(60);
        batches(Path::new("/p"), events_rx, &tx, &waiting, &lost, minute);
        saver.join().unwrap();
        drop(tx);
        assert_eq!(rx.iter().collect::<Vec<_>>(), [vec![real, temp]]);
        assert!(start.elapsed() < minute, "the rename ends the batch");
    }

    #[test]
    fn the_folder_removed_or_moved_ends_its_watch() {
        use notify::event::RemoveKind;
        let root = Path::new("/p");
        let gone = event(EventKind::Remove(RemoveKind::Folder), "/p").unwrap();
        let moved = event(EventKind::Modify(ModifyKind::Name(RenameMode::From)), "/p").unwrap();
        let inside = event(EventKind::Remove(RemoveKind::Folder), "/p/content").unwrap();
        assert!(ends_watch(root, &gone));
        assert!(ends_watch(root, &moved));
        assert!(!ends_watch(root, &inside));
    }

    #[test]
    fn only_reads_and_other_folders_send_nothing() {
        let (sent, waiting) = batched(vec![
            event(
                EventKind::Access(AccessKind::Open(AccessMode::Any)),
                "/p/content/a.md",
            ),
            event(EventKind::Modify(ModifyKind::Any), "/p/public/index.html"),
            event(EventKind::Modify(ModifyKind::Any), "/p/.git/index"),
        ]);
        assert!(sent.is_empty());
        assert!(!waiting);
    }

    #[test]
    fn inputs_count_editor_droppings_do_not() {
        let root = Path::new("/p");
        let yes = [
            "/p/site.toml",
            "/p/content/measures/a.md",
            "/p/data/budget.csv",
            "/p/static/logo.svg",
            "/p/templates/base.html",
            "/p/themes/x/i18n/de.toml",
            "/p/content/measures/neu",
        ];
        for p in yes {
            assert!(relevant(root, Path::new(p)), "{p}");
        }
        let no = [
            "/p/public/index.html",
            "/p/.git/index",
            "/p/README.md",
            "/p/content/measures/.a.md.swp",
            "/p/content/measures/a.md~",
            "/p/content/measures/4913",
            "/p/content/measures/.#a.md",
            "/p/content/measures/#a.md#",
            "/p/data/.~lock.budget.csv#",
            "/elsewhere/content/a.md",
            "/p/site.toml.tmp",
        ];
        for p in no {
            assert!(!relevant(root, Path::new(p)), "{p}");
        }
    }
}

//! Which file changes trigger a rebuild, and the watcher that reports them.

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

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

pub type Watcher = Debouncer<notify::RecommendedWatcher, RecommendedCache>;

/// A running watch; dropping it stops watching.
pub struct Watching {
    _debouncer: Arc<Mutex<Watcher>>,
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

/// Watches `root` and sends the changed input paths of each debounced batch,
/// raising `waiting` first (a build in progress can see that more is coming).
/// Read-access events are ignored: serving a file reads it, and counting that
/// as a change would rebuild forever. When the folder goes or is replaced,
/// that is reported as a change of its site.toml, and a new one is watched.
pub fn watch(
    root: PathBuf,
    tx: Sender<Vec<PathBuf>>,
    waiting: Arc<AtomicBool>,
) -> notify::Result<Watching> {
    let filter_root = root.clone();
    let (events_tx, events_waiting) = (tx.clone(), waiting.clone());
    let mut debouncer = new_debouncer(
        Duration::from_millis(30),
        None,
        move |result: DebounceEventResult| {
            let Ok(events) = result else { return };
            let changed: Vec<PathBuf> = events
                .iter()
                .filter(|e| !matches!(e.event.kind, EventKind::Access(_)))
                .flat_map(|e| e.event.paths.iter())
                .filter(|p| relevant(&filter_root, p))
                .cloned()
                .collect();
            if !changed.is_empty() {
                events_waiting.store(true, Ordering::SeqCst);
                let _ = events_tx.send(changed);
            }
        },
    )?;
    debouncer.watch(&root, RecursiveMode::Recursive)?;
    let debouncer = Arc::new(Mutex::new(debouncer));
    let stop = Arc::new(AtomicBool::new(false));
    let (d, s) = (debouncer.clone(), stop.clone());
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
            if now == watched {
                continue;
            }
            watched = now;
            // Gone (the build then says what is missing) or made again.
            if now.is_some() {
                let mut d = d.lock().unwrap_or_else(|e| e.into_inner());
                let _ = d.unwatch(&root);
                if d.watch(&root, RecursiveMode::Recursive).is_err() {
                    continue;
                }
            }
            waiting.store(true, Ordering::SeqCst);
            let _ = tx.send(vec![root.join("site.toml")]);
        }
    });
    Ok(Watching {
        _debouncer: debouncer,
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

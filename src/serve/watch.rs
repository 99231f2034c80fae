//! Which file changes trigger a rebuild, and the watcher that reports them.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
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

/// Watches `root` and sends the changed input paths of each debounced batch,
/// raising `waiting` first (a build in progress can see that more is coming).
/// Read-access events are ignored: serving a file reads it, and counting that
/// as a change would rebuild forever.
pub fn watch(
    root: PathBuf,
    tx: Sender<Vec<PathBuf>>,
    waiting: Arc<AtomicBool>,
) -> notify::Result<Watcher> {
    let filter_root = root.clone();
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
                waiting.store(true, Ordering::SeqCst);
                let _ = tx.send(changed);
            }
        },
    )?;
    debouncer.watch(&root, RecursiveMode::Recursive)?;
    Ok(debouncer)
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

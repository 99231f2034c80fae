//! The preview's search index, rebuilt in the background after the pages:
//! at 10,000 measures Pagefind needs seconds, and an editor should not wait
//! for it to see a page. Requests that pile up while it runs collapse into
//! the newest one.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::base::fsutil;
use crate::search::{self, LangIndex};

pub(super) struct Job {
    /// Each language's records (not started).
    pub indexes: Vec<LangIndex>,
    /// The language of the preview's messages.
    pub messages: crate::base::locale::Lang,
}

/// Starts the indexer for the site in `dir`; send it the records of each good build.
pub(super) fn start(dir: PathBuf) -> Sender<Job> {
    let (tx, rx) = channel();
    std::thread::spawn(move || run(dir, rx));
    tx
}

fn run(dir: PathBuf, rx: Receiver<Job>) {
    while let Ok(mut job) = rx.recv() {
        while let Ok(newer) = rx.try_recv() {
            job = newer;
        }
        let start = std::time::Instant::now();
        let lang = job.messages;
        let mut result = Ok(());
        for index in job.indexes {
            let folder = dir.join(&index.folder);
            let written = index.build().0.map(|files| {
                crate::emit::unless_stopped(|| replace(&folder, files).map_err(|e| e.to_string()))
            });
            result = result.and(written.and_then(|w| w.unwrap_or(Ok(()))));
        }
        match result {
            Ok(()) => {
                let ms = start.elapsed().as_millis();
                if ms > 500 {
                    eprintln!(
                        "{}",
                        crate::msg!("serve-index-updated", ms = ms as u64).render(lang)
                    );
                }
            }
            Err(e) => eprintln!(
                "{}",
                crate::msg!("serve-index-failed", error = e.to_string()).render(lang)
            ),
        }
    }
}

/// Writes the index beside the old one and swaps it in, so the search page
/// never reads half of each.
fn replace(dir: &std::path::Path, files: Vec<(String, Vec<u8>)>) -> fsutil::Result<()> {
    let name = search::DIR.trim_end_matches('/');
    let fresh = dir.join(format!("{name}.new"));
    let old = dir.join(format!("{name}.old"));
    let live = dir.join(name);
    let _ = std::fs::remove_dir_all(&fresh);
    for (path, bytes) in files {
        let rel = path.strip_prefix(search::DIR).unwrap_or(&path);
        fsutil::write(&fresh.join(rel), &bytes)?;
    }
    if let Some(previous) = crate::emit::swap_in(&fresh, &live, &old)? {
        let _ = std::fs::remove_dir_all(previous);
    }
    Ok(())
}

//! Which content files differ from the last commit: the preview marks their
//! items "nicht gespeichert" (not committed yet), so an editor sees what a
//! commit would publish. Kept between rebuilds: only the files a save
//! changed are looked at again, and all of them when HEAD moves.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::git::{ObjectId, Repo};
use crate::base::vocab::Kind;

/// What the last look found, for one HEAD.
pub struct DirtyMemo {
    head: Option<ObjectId>,
    /// HEAD's blob of each content file.
    committed: HashMap<String, ObjectId>,
    /// Portal-relative paths of content files that differ from HEAD.
    dirty: HashSet<String>,
}

/// HEAD's content files (item files, a bundle's index.md) and their blobs.
fn committed(repo: &Repo, head: Option<ObjectId>) -> HashMap<String, ObjectId> {
    let Some(head) = head else {
        return HashMap::new();
    };
    Kind::ALL
        .iter()
        .flat_map(|k| {
            repo.files_in(head, &format!("content/{}", k.folder()))
                .unwrap_or_default()
        })
        .collect()
}

/// Whether the file at `rel` (relative to the portal) differs from HEAD's.
fn differs(root: &Path, rel: &str, committed: &HashMap<String, ObjectId>) -> bool {
    let Ok(bytes) = std::fs::read(root.join(rel)) else {
        return false;
    };
    let id = gix::objs::compute_hash(gix::hash::Kind::Sha1, gix::objs::Kind::Blob, &bytes).ok();
    committed.get(rel) != id.as_ref()
}

/// The content files of the portal at `root` (relative paths) whose text
/// is not what the last commit of `repo` has. `files` are the portal's
/// item files, `changed` (absolute paths) the files saved since the last call.
pub fn uncommitted(
    repo: &Repo,
    root: &Path,
    memo: &std::sync::Mutex<Option<DirtyMemo>>,
    files: &[PathBuf],
    changed: Option<&[PathBuf]>,
) -> HashSet<String> {
    let head = repo.head();
    let rel = |p: &Path| {
        p.strip_prefix(root)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/")
    };
    let Ok(mut guard) = memo.lock() else {
        return HashSet::new();
    };
    match (guard.as_mut(), changed) {
        (Some(m), Some(changed)) if m.head == head => {
            for p in changed {
                let r = rel(p);
                if !r.starts_with("content/") {
                    continue;
                }
                if differs(root, &r, &m.committed) {
                    m.dirty.insert(r);
                } else {
                    m.dirty.remove(&r);
                }
            }
        }
        _ => {
            let committed = committed(repo, head);
            let dirty = files
                .iter()
                .map(|p| rel(p))
                .filter(|r| differs(root, r, &committed))
                .collect();
            *guard = Some(DirtyMemo {
                head,
                committed,
                dirty,
            });
        }
    }
    guard.as_ref().map(|m| m.dirty.clone()).unwrap_or_default()
}

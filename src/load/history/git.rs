//! The portal's Git repository through gix (no `git` program): the
//! commits reachable from HEAD, the changed files of the portal's
//! `content/` and `data/` between two commits (with Git's rename
//! detection), and the blobs.

use std::path::{Path, PathBuf};

use gix::bstr::ByteSlice;
use gix::object::tree::diff::ChangeDetached;

pub(super) use gix::ObjectId;

/// A commit, as the history needs it.
#[derive(Debug, Clone)]
pub(super) struct CommitMeta {
    pub id: ObjectId,
    pub parents: Vec<ObjectId>,
    /// The author's time (when the editor made the change), seconds since
    /// 1970, and the author's offset from UTC in seconds.
    pub seconds: i64,
    pub offset: i32,
    pub message: String,
}

/// One changed file below the portal, paths relative to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FileChange {
    pub before: Option<(String, ObjectId)>,
    pub after: Option<(String, ObjectId)>,
}

/// The repository holding a portal, opened with gix.
pub struct Repo {
    repo: gix::Repository,
    /// The portal's folder relative to the work tree, `""` or `"a/b"`.
    prefix: String,
}

/// An error reading the repository, in gix's words (a message argument).
pub(super) type Error = String;

fn err(e: impl std::fmt::Display) -> Error {
    e.to_string()
}

impl Repo {
    /// The repository holding `root`; None when there is none (or only a
    /// bare one, which has no work tree to be a portal of).
    pub(super) fn open(root: &Path) -> Option<Repo> {
        let repo = gix::discover(root).ok()?;
        let work = repo.workdir()?.canonicalize().ok()?;
        let portal = root.canonicalize().ok()?;
        let prefix = portal.strip_prefix(&work).ok()?;
        let prefix = prefix.to_string_lossy().replace('\\', "/");
        Some(Repo { repo, prefix })
    }

    pub(super) fn git_dir(&self) -> PathBuf {
        self.repo.git_dir().to_path_buf()
    }

    pub(super) fn prefix(&self) -> &str {
        &self.prefix
    }

    pub(super) fn is_shallow(&self) -> bool {
        self.repo.is_shallow().unwrap_or(false)
    }

    /// HEAD's commit; None for a repository without commits.
    pub(super) fn head(&self) -> Option<ObjectId> {
        self.repo.head_id().ok().map(|id| id.detach())
    }

    /// Every commit reachable from `head`, with the parents that exist
    /// here (a shallow clone lacks those beyond its depth).
    pub(super) fn commits(&self, head: ObjectId) -> Result<Vec<CommitMeta>, Error> {
        let walk = self.repo.rev_walk([head]).all().map_err(err)?;
        let mut out = Vec::new();
        for info in walk {
            let info = info.map_err(err)?;
            let commit = info.object().map_err(err)?;
            let author = commit.author().map_err(err)?;
            let time = author.time().map_err(err)?;
            let parents = info
                .parent_ids()
                .map(|p| p.detach())
                .filter(|p| self.repo.has_object(p))
                .collect();
            out.push(CommitMeta {
                id: info.id,
                parents,
                seconds: time.seconds,
                offset: time.offset,
                message: commit
                    .message_raw()
                    .map_err(err)?
                    .to_str_lossy()
                    .trim()
                    .to_string(),
            });
        }
        Ok(out)
    }

    /// The tree of the portal's folder `sub` (`content`, `data`) in a commit.
    fn subtree(&self, commit: ObjectId, sub: &str) -> Result<Option<gix::Tree<'_>>, Error> {
        let tree = self
            .repo
            .find_commit(commit)
            .map_err(err)?
            .tree()
            .map_err(err)?;
        let path = if self.prefix.is_empty() {
            sub.to_string()
        } else {
            format!("{}/{sub}", self.prefix)
        };
        let Some(entry) = tree.lookup_entry_by_path(&path).map_err(err)? else {
            return Ok(None);
        };
        if !entry.mode().is_tree() {
            return Ok(None);
        }
        Ok(Some(entry.object().map_err(err)?.into_tree()))
    }

    /// The files of `content/` and `data/` that differ between `before`
    /// (None: the first commit) and `after`; renames paired as Git pairs them.
    pub(super) fn changes(
        &self,
        before: Option<ObjectId>,
        after: ObjectId,
    ) -> Result<Vec<FileChange>, Error> {
        let mut out = Vec::new();
        for sub in ["content", "data"] {
            let old = match before {
                Some(b) => self.subtree(b, sub)?,
                None => None,
            };
            let new = self.subtree(after, sub)?;
            if old.is_none() && new.is_none() {
                continue;
            }
            let changes = self
                .repo
                .diff_tree_to_tree(old.as_ref(), new.as_ref(), None)
                .map_err(err)?;
            let path = |loc: &gix::bstr::BStr| format!("{sub}/{}", loc.to_str_lossy());
            for c in changes {
                if !c.entry_mode().is_blob() {
                    continue;
                }
                out.push(match c {
                    ChangeDetached::Addition { location, id, .. } => FileChange {
                        before: None,
                        after: Some((path(location.as_ref()), id)),
                    },
                    ChangeDetached::Deletion { location, id, .. } => FileChange {
                        before: Some((path(location.as_ref()), id)),
                        after: None,
                    },
                    ChangeDetached::Modification {
                        location,
                        previous_id,
                        id,
                        ..
                    } => FileChange {
                        before: Some((path(location.as_ref()), previous_id)),
                        after: Some((path(location.as_ref()), id)),
                    },
                    ChangeDetached::Rewrite {
                        source_location,
                        source_id,
                        location,
                        id,
                        copy,
                        ..
                    } => FileChange {
                        before: (!copy).then(|| (path(source_location.as_ref()), source_id)),
                        after: Some((path(location.as_ref()), id)),
                    },
                });
            }
        }
        Ok(out)
    }

    /// The blob at `path` (relative to the portal) in a commit.
    pub(super) fn blob_at(&self, commit: ObjectId, path: &str) -> Result<Option<ObjectId>, Error> {
        let (sub, rest) = path.split_once('/').unwrap_or((path, ""));
        let Some(tree) = self.subtree(commit, sub)? else {
            return Ok(None);
        };
        Ok(tree
            .lookup_entry_by_path(rest)
            .map_err(err)?
            .filter(|e| e.mode().is_blob())
            .map(|e| e.object_id()))
    }

    /// The files directly in a folder of the portal in a commit, with their
    /// blobs; for a bundle (a folder), its index.md.
    pub(super) fn files_in(
        &self,
        commit: ObjectId,
        folder: &str,
    ) -> Result<Vec<(String, ObjectId)>, Error> {
        let (sub, rest) = folder.split_once('/').unwrap_or((folder, ""));
        let Some(tree) = self.subtree(commit, sub)? else {
            return Ok(Vec::new());
        };
        let tree = if rest.is_empty() {
            tree
        } else {
            match tree.lookup_entry_by_path(rest).map_err(err)? {
                Some(e) if e.mode().is_tree() => e.object().map_err(err)?.into_tree(),
                _ => return Ok(Vec::new()),
            }
        };
        let mut out = Vec::new();
        for entry in tree.iter() {
            let entry = entry.map_err(err)?;
            let name = format!("{folder}/{}", entry.filename().to_str_lossy());
            if entry.mode().is_blob() {
                out.push((name, entry.object_id()));
            } else if entry.mode().is_tree() {
                // A bundle: its index.md.
                let index = format!("{name}/index.md");
                if let Some(id) = self.blob_at(commit, &index)? {
                    out.push((index, id));
                }
            }
        }
        Ok(out)
    }

    pub(super) fn blob(&self, id: ObjectId) -> Result<Vec<u8>, Error> {
        Ok(self.repo.find_blob(id).map_err(err)?.detach().data)
    }
}

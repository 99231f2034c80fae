//! The change history of the portal's items, read from the Git repository
//! that holds it (load stage: what each commit's files said; `model::changes`
//! turns it into changes). No repository, or `history = false`: none, and
//! no error. A shallow clone: what its commits say, from its oldest on.

mod cache;
mod commit;
pub mod facts;
mod git;
pub mod worktree;

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::base::date::Date;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::vocab::Kind;
use crate::msg;

pub use facts::Facts;
pub use git::Repo;

/// One item's facts before and after one commit. `before` is None for a
/// new file (or one that did not read then), `after` for a deleted one;
/// different paths mean the file was moved (renamed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revision {
    pub kind: Kind,
    pub before_path: Option<String>,
    pub after_path: Option<String>,
    pub before: Option<Facts>,
    pub after: Option<Facts>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommitInfo {
    /// The commit's id, abbreviated to 10 hex digits.
    pub id: String,
    /// The author's date in the author's time zone.
    pub date: Date,
    /// Seconds since 1970 (author time): the order of commits.
    pub seconds: i64,
    /// The commit message, trimmed.
    pub message: String,
}

/// The history as far as the repository reaches.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// Commits with a revision, oldest first.
    pub commits: Vec<CommitInfo>,
    /// Revisions in commit order: (index into `commits`, revision).
    pub revisions: Vec<(usize, Revision)>,
    /// The date of the oldest commit there is, when the clone is shallow:
    /// earlier changes are not known.
    pub since: Option<Date>,
}

fn date_of(seconds: i64, offset: i32) -> Date {
    Date::from_days_since_epoch((seconds + i64::from(offset)).div_euclid(86_400))
}

/// The commit HEAD names in the repository holding `root`, if any: the
/// preview looks at it to rebuild after a commit (the history and the
/// "not committed" marks change, though no content file did).
pub fn head(root: &Path) -> Option<String> {
    git::Repo::open(root)?.head().map(|h| h.to_string())
}

/// The history read for one HEAD, with what reading it reported: `serve`
/// keeps it and reads again only when HEAD moves.
pub struct Memo {
    git_dir: std::path::PathBuf,
    head: git::ObjectId,
    history: Option<std::sync::Arc<History>>,
    diagnostics: Diagnostics,
}

/// The repository whose history is the portal's at `root`: None without
/// one, and when the portal is a folder inside a larger repository and
/// site.toml does not say `history = true` (`asked`), since that
/// repository's commits may be about other things.
pub fn open(root: &Path, asked: Option<bool>) -> Option<Repo> {
    let repo = Repo::open(root)?;
    (repo.prefix().is_empty() || asked == Some(true)).then_some(repo)
}

/// The history in `repo`; None for a repository without commits. Problems
/// reading it are warnings: the site is built without the history. With
/// `memo`, a HEAD read before is not read again.
pub fn read(
    repo: &Repo,
    memo: Option<&std::sync::Mutex<Option<Memo>>>,
    d: &mut Diagnostics,
) -> Option<std::sync::Arc<History>> {
    let head = repo.head()?;
    let git_dir = repo.git_dir();
    if let Some(m) = memo.and_then(|m| m.lock().ok())
        && let Some(last) = m.as_ref()
        && last.head == head
        && last.git_dir == git_dir
    {
        d.extend(last.diagnostics.clone());
        return last.history.clone();
    }
    let mut own = Diagnostics::new();
    let history = read_head(repo, head, &mut own).map(std::sync::Arc::new);
    if let Some(mut m) = memo.and_then(|m| m.lock().ok()) {
        *m = Some(Memo {
            git_dir,
            head,
            history: history.clone(),
            diagnostics: own.clone(),
        });
    }
    d.extend(own);
    history
}

fn read_head(repo: &git::Repo, head: git::ObjectId, d: &mut Diagnostics) -> Option<History> {
    match read_repo(repo, head) {
        Ok(mut h) => {
            if repo.is_shallow() {
                h.since = h.since.or(Some(Date::today()));
                d.push(
                    Diagnostic::warning(
                        ".git",
                        Loc::START,
                        msg!(
                            "history-shallow",
                            since = h.since.map(|s| s.to_string()).unwrap_or_default()
                        ),
                    )
                    .with_hint(msg!("hint-history-shallow")),
                );
            }
            Some(h)
        }
        Err(e) => {
            d.push(
                Diagnostic::warning(".git", Loc::START, msg!("history-unreadable", error = e))
                    .with_hint(msg!("hint-history-unreadable")),
            );
            None
        }
    }
}

/// Commits with every parent before its children, and otherwise by author
/// time: a commit dated wrongly (a clock off, a rebase) cannot come before
/// the commit it changed.
fn oldest_first(commits: Vec<git::CommitMeta>) -> Vec<git::CommitMeta> {
    use std::cmp::Reverse;
    use std::collections::{BinaryHeap, HashMap};
    let index: HashMap<git::ObjectId, usize> =
        commits.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let mut waiting: Vec<usize> = vec![0; commits.len()];
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); commits.len()];
    for (i, c) in commits.iter().enumerate() {
        for p in c.parents.iter().filter_map(|p| index.get(p)) {
            waiting[i] += 1;
            children[*p].push(i);
        }
    }
    let mut ready: BinaryHeap<Reverse<(i64, usize)>> = (0..commits.len())
        .filter(|&i| waiting[i] == 0)
        .map(|i| Reverse((commits[i].seconds, i)))
        .collect();
    let mut order = Vec::with_capacity(commits.len());
    while let Some(Reverse((_, i))) = ready.pop() {
        order.push(i);
        for &child in &children[i] {
            waiting[child] -= 1;
            if waiting[child] == 0 {
                ready.push(Reverse((commits[child].seconds, child)));
            }
        }
    }
    let mut slots: Vec<Option<git::CommitMeta>> = commits.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

fn read_repo(repo: &git::Repo, head: git::ObjectId) -> Result<History, git::Error> {
    let commits = oldest_first(repo.commits(head)?);
    let file = cache::path(&repo.git_dir());
    let (mut cache, _) = cache::load(&file, repo.prefix());
    let mut reader = commit::Reader::new(repo);
    let mut history = History::default();
    let mut dirty = false;
    let shallow = repo.is_shallow();
    for c in &commits {
        // A merge brings changes already made on its branches; a commit
        // whose parent a shallow clone lacks starts the known history.
        let boundary = shallow && c.parents.is_empty();
        if c.parents.len() > 1 || boundary {
            if boundary {
                let date = date_of(c.seconds, c.offset);
                history.since = Some(history.since.map_or(date, |s| s.min(date)));
            }
            continue;
        }
        let key = c.id.to_string();
        let revisions = match cache.commits.get(&key) {
            Some(r) => r.clone(),
            None => {
                let r = reader.revisions(c.parents.first().copied(), c.id)?;
                cache.commits.insert(key, r.clone());
                dirty = true;
                r
            }
        };
        if revisions.is_empty() {
            continue;
        }
        let index = history.commits.len();
        history.commits.push(CommitInfo {
            id: c.id.to_hex_with_len(10).to_string(),
            date: date_of(c.seconds, c.offset),
            seconds: c.seconds,
            message: c.message.clone(),
        });
        history
            .revisions
            .extend(revisions.into_iter().map(|r| (index, r)));
    }
    if dirty {
        cache::save(&file, &cache);
    }
    Ok(history)
}

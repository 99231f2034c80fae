//! The preview's output folder, updated in place: only files whose content
//! changed are written and files that are gone are removed, so a rebuild
//! costs what changed. The search index folder belongs to the indexer.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::emit::{EmitError, safe_relative, write_file};
use crate::render::{Content, OutputFile};

pub struct Output {
    dir: PathBuf,
    /// Output path → fingerprint of what was last written there.
    known: HashMap<String, Print>,
}

/// What identifies a file's content without keeping or rereading it.
#[derive(Clone)]
enum Print {
    Hash(u64),
    /// A page from the page cache: the same allocation is the same page. The
    /// clone held here keeps the allocation alive, so its address cannot be
    /// reused by another page.
    Shared(Arc<[u8]>),
}

impl PartialEq for Print {
    fn eq(&self, other: &Print) -> bool {
        match (self, other) {
            (Print::Hash(a), Print::Hash(b)) => a == b,
            (Print::Shared(a), Print::Shared(b)) => Arc::ptr_eq(a, b) || a == b,
            _ => false,
        }
    }
}

/// Content hash of generated files; copied files by source path, size and
/// modification time, so unchanged attachments are not read again.
fn fingerprint(f: &OutputFile) -> Print {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    match &f.content {
        Content::Shared(b) => return Print::Shared(b.clone()),
        Content::Bytes(b) => b.hash(&mut h),
        Content::Embedded(b) => b.hash(&mut h),
        Content::Copy(src) => {
            src.hash(&mut h);
            if let Ok(m) = std::fs::metadata(src) {
                m.len().hash(&mut h);
                m.modified().ok().hash(&mut h);
            }
        }
    }
    Print::Hash(h.finish())
}

impl Output {
    pub fn new(dir: PathBuf) -> Output {
        Output {
            dir,
            known: HashMap::new(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes what changed since the last call; returns (written, removed).
    pub fn update(&mut self, files: &[OutputFile]) -> Result<(usize, usize), EmitError> {
        let next: HashMap<String, Print> = files
            .par_iter()
            .map(|f| (f.path.clone(), fingerprint(f)))
            .collect();
        let changed: Vec<&OutputFile> = files
            .iter()
            .filter(|f| self.known.get(&f.path) != next.get(&f.path))
            .collect();
        changed
            .par_iter()
            .try_for_each(|f| write_file(&self.dir, f))?;
        let mut removed = 0;
        for gone in self.known.keys().filter(|k| !next.contains_key(*k)) {
            if let Some(rel) = safe_relative(gone) {
                if std::fs::remove_file(self.dir.join(rel)).is_ok() {
                    removed += 1;
                }
            }
        }
        let written = changed.len();
        self.known = next;
        Ok((written, removed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_only_what_changed_and_removes_what_is_gone() {
        let tmp = tempfile::tempdir().unwrap();
        let mut out = Output::new(tmp.path().to_path_buf());
        let f = |p: &str, b: &str| OutputFile::bytes(p, b.as_bytes().to_vec());
        assert_eq!(
            out.update(&[f("a/index.html", "1"), f("b.csv", "x")])
                .unwrap(),
            (2, 0)
        );
        assert_eq!(
            out.update(&[f("a/index.html", "1"), f("b.csv", "y")])
                .unwrap(),
            (1, 0)
        );
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("b.csv")).unwrap(),
            "y"
        );
        assert_eq!(out.update(&[f("a/index.html", "1")]).unwrap(), (0, 1));
        assert!(!tmp.path().join("b.csv").exists());
        let page = |b: &Arc<[u8]>| OutputFile {
            path: "a/index.html".into(),
            content: Content::Shared(b.clone()),
        };
        let html: Arc<[u8]> = Arc::from(&b"<p>1</p>"[..]);
        assert_eq!(out.update(&[page(&html)]).unwrap(), (1, 0));
        assert_eq!(out.update(&[page(&html)]).unwrap(), (0, 0), "the same page");
        let same: Arc<[u8]> = Arc::from(&b"<p>1</p>"[..]);
        assert_eq!(
            out.update(&[page(&same)]).unwrap(),
            (0, 0),
            "rendered again, same bytes"
        );
        let other: Arc<[u8]> = Arc::from(&b"<p>2</p>"[..]);
        assert_eq!(out.update(&[page(&other)]).unwrap(), (1, 0));
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("a/index.html")).unwrap(),
            "<p>2</p>"
        );
    }
}

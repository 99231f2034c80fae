//! The preview's output folder, updated in place: only files whose content
//! changed are written and files that are gone are removed, so a rebuild
//! costs what changed. The search index folder belongs to the indexer.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::emit::{EmitError, safe_relative, write_file_atomic};
use crate::render::{Content, OutputFile};

pub(super) struct Output {
    dir: PathBuf,
    /// Output path → fingerprint of what was last written there.
    known: HashMap<String, Fingerprint>,
}

/// What identifies a file's content without keeping or rereading it.
#[derive(Clone)]
enum Fingerprint {
    Hash(u64),
    /// A page from the page cache: the same allocation is the same page. The
    /// clone held here keeps the allocation alive, so its address cannot be
    /// reused by another page.
    Shared(Arc<[u8]>),
}

impl PartialEq for Fingerprint {
    fn eq(&self, other: &Fingerprint) -> bool {
        match (self, other) {
            (Fingerprint::Hash(a), Fingerprint::Hash(b)) => a == b,
            (Fingerprint::Shared(a), Fingerprint::Shared(b)) => Arc::ptr_eq(a, b) || a == b,
            _ => false,
        }
    }
}

/// Content hash of generated files; copied files by source path, size and
/// modification time, so unchanged attachments are not read again.
fn fingerprint(f: &OutputFile) -> Fingerprint {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    match &f.content {
        Content::Shared(b) => return Fingerprint::Shared(b.clone()),
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
    Fingerprint::Hash(h.finish())
}

impl Output {
    pub(super) fn new(dir: PathBuf) -> Output {
        Output {
            dir,
            known: HashMap::new(),
        }
    }

    pub(super) fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes those of `files` that changed, removing nothing: part of a
    /// build, shown before the rest. Returns the paths written.
    pub(super) fn write_some(&mut self, files: &[OutputFile]) -> Result<Vec<String>, EmitError> {
        let prints: Vec<(&OutputFile, Fingerprint)> =
            files.par_iter().map(|f| (f, fingerprint(f))).collect();
        let changed: Vec<(&OutputFile, Fingerprint)> = prints
            .into_iter()
            .filter(|(f, p)| self.known.get(&f.path) != Some(p))
            .collect();
        self.write(changed)
    }

    /// Writes each file whole (or leaves the previous one) and remembers
    /// what is on disk: a file that failed is forgotten, so the next build
    /// writes it whatever its content.
    fn write(&mut self, files: Vec<(&OutputFile, Fingerprint)>) -> Result<Vec<String>, EmitError> {
        let results: Vec<Result<(), EmitError>> = files
            .par_iter()
            .map(|(f, _)| write_file_atomic(&self.dir, f))
            .collect();
        let mut written = Vec::with_capacity(files.len());
        let mut first_error = None;
        for ((f, print), result) in files.into_iter().zip(results) {
            match result {
                Ok(()) => {
                    self.known.insert(f.path.clone(), print);
                    written.push(f.path.clone());
                }
                Err(e) => {
                    self.known.remove(&f.path);
                    first_error.get_or_insert(e);
                }
            }
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(written),
        }
    }

    /// Makes the folder hold `files` (and the search index): writes what
    /// changed since the last call and removes what is gone. Returns the
    /// paths written or removed, sorted.
    pub(super) fn update(&mut self, files: &[OutputFile]) -> Result<Vec<String>, EmitError> {
        let next: HashMap<&str, Fingerprint> = files
            .par_iter()
            .map(|f| (f.path.as_str(), fingerprint(f)))
            .collect();
        let changed: Vec<(&OutputFile, Fingerprint)> = files
            .iter()
            .filter(|f| self.known.get(&f.path) != next.get(f.path.as_str()))
            .map(|f| (f, next[f.path.as_str()].clone()))
            .collect();
        let mut paths = self.write(changed)?;
        let gone: Vec<String> = self
            .known
            .keys()
            .filter(|k| !next.contains_key(k.as_str()))
            .cloned()
            .collect();
        for gone in gone {
            self.known.remove(&gone);
            if let Some(rel) = safe_relative(&gone)
                && std::fs::remove_file(self.dir.join(rel)).is_ok()
            {
                paths.push(gone);
            }
        }
        paths.sort();
        Ok(paths)
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
            ["a/index.html", "b.csv"]
        );
        assert_eq!(
            out.update(&[f("a/index.html", "1"), f("b.csv", "y")])
                .unwrap(),
            ["b.csv"]
        );
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("b.csv")).unwrap(),
            "y"
        );
        assert_eq!(
            out.update(&[f("a/index.html", "1")]).unwrap(),
            ["b.csv"],
            "removed"
        );
        assert!(!tmp.path().join("b.csv").exists());
        let page = |b: &Arc<[u8]>| OutputFile {
            path: "a/index.html".into(),
            content: Content::Shared(b.clone()),
        };
        let html: Arc<[u8]> = Arc::from(&b"<p>1</p>"[..]);
        assert_eq!(out.update(&[page(&html)]).unwrap(), ["a/index.html"]);
        assert!(
            out.update(&[page(&html)]).unwrap().is_empty(),
            "the same page"
        );
        let same: Arc<[u8]> = Arc::from(&b"<p>1</p>"[..]);
        assert!(
            out.update(&[page(&same)]).unwrap().is_empty(),
            "rendered again, same bytes"
        );
        let other: Arc<[u8]> = Arc::from(&b"<p>2</p>"[..]);
        assert_eq!(out.update(&[page(&other)]).unwrap(), ["a/index.html"]);
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("a/index.html")).unwrap(),
            "<p>2</p>"
        );
    }

    #[test]
    fn a_part_written_first_is_not_written_again_by_the_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let mut out = Output::new(tmp.path().to_path_buf());
        let f = |p: &str, b: &str| OutputFile::bytes(p, b.as_bytes().to_vec());
        out.update(&[f("a.html", "1"), f("b.html", "1"), f("c.html", "1")])
            .unwrap();
        assert_eq!(
            out.write_some(&[f("a.html", "2"), f("b.html", "1")])
                .unwrap(),
            ["a.html"]
        );
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("a.html")).unwrap(),
            "2"
        );
        assert!(
            tmp.path().join("c.html").exists(),
            "write_some removes nothing"
        );
        assert_eq!(
            out.update(&[f("a.html", "2"), f("b.html", "1"), f("c.html", "3")])
                .unwrap(),
            ["c.html"]
        );
    }

    #[test]
    fn a_file_that_failed_to_write_is_written_again_next_time() {
        let tmp = tempfile::tempdir().unwrap();
        let mut out = Output::new(tmp.path().to_path_buf());
        let f = |p: &str, b: &str| OutputFile::bytes(p, b.as_bytes().to_vec());
        out.update(&[f("a.html", "1"), f("b.html", "1")]).unwrap();
        // A folder where b.html goes: its write fails (as on a full disk),
        // a.html's goes through.
        std::fs::remove_file(tmp.path().join("b.html")).unwrap();
        std::fs::create_dir_all(tmp.path().join("b.html/x")).unwrap();
        assert!(out.update(&[f("a.html", "2"), f("b.html", "2")]).is_err());
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("a.html")).unwrap(),
            "2"
        );
        std::fs::remove_dir_all(tmp.path().join("b.html")).unwrap();
        // The same content as the last good build: b.html is not known to
        // be on disk, so it is written; a.html is known as "2" and rewritten as "1".
        assert_eq!(
            out.update(&[f("a.html", "1"), f("b.html", "1")]).unwrap(),
            ["a.html", "b.html"]
        );
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("b.html")).unwrap(),
            "1"
        );
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("a.html")).unwrap(),
            "1"
        );
    }
}

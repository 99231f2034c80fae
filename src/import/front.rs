//! Content files whose front matter an import edits: read with toml_edit,
//! so that writing them back keeps comments, key order and the Markdown
//! body exactly as they were.

use std::ops::Range;
use std::path::{Path, PathBuf};

use toml_edit::DocumentMut;

use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc, rel_path};
use crate::load::frontmatter;

/// A content file and its parsed front matter.
pub struct FrontFile {
    pub path: PathBuf,
    /// Its `slug`, else the file name (a folder's name for `<slug>/index.md`).
    pub slug: String,
    pub text: String,
    /// Where the front matter is in `text`.
    pub front: Range<usize>,
    /// The front matter as read.
    pub doc: DocumentMut,
}

impl FrontFile {
    /// A string key of the front matter.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.doc.get(key).and_then(|s| s.as_str())
    }

    /// The file's text with `doc` as its front matter.
    pub fn with_front(&self, doc: &DocumentMut) -> String {
        let front = doc.to_string();
        let mut text = String::with_capacity(self.text.len() + 64);
        text.push_str(&self.text[..self.front.start]);
        text.push_str(&front);
        if !front.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&self.text[self.front.end..]);
        text
    }
}

/// The `<slug>.md` and `<slug>/index.md` files of `content/<folder>`, with
/// their paths, sorted.
pub fn paths(root: &Path, folder: &str) -> Vec<(PathBuf, String)> {
    let Ok(entries) = std::fs::read_dir(root.join("content").join(folder)) else {
        return Vec::new();
    };
    let mut paths: Vec<(PathBuf, String)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if p.is_dir() && p.join("index.md").is_file() {
                Some((p.join("index.md"), name))
            } else {
                let stem = name.strip_suffix(".md")?.to_string();
                p.is_file().then_some((p, stem))
            }
        })
        .collect();
    paths.sort();
    paths
}

/// Reads one file; a front matter toml_edit cannot read is an error in `d`.
pub fn read(root: &Path, path: &Path, stem: &str, d: &mut Diagnostics) -> Option<FrontFile> {
    let text = crate::load::read_text(root, path, d)?;
    let split = frontmatter::split(&text).ok()?;
    let doc: DocumentMut = match split.front.parse() {
        Ok(doc) => doc,
        Err(e) => {
            d.push(Diagnostic::error(
                rel_path(root, path),
                Loc::START,
                crate::msg!("front-unreadable", why = e.to_string()),
            ));
            return None;
        }
    };
    let front = split.front_offset..split.front_offset + split.front.len();
    let slug = doc
        .get("slug")
        .and_then(|s| s.as_str())
        .map_or(stem.to_string(), str::to_string);
    Some(FrontFile {
        path: path.to_path_buf(),
        slug,
        front,
        doc,
        text,
    })
}

/// Every file of `content/<folder>` that reads.
pub fn files(root: &Path, folder: &str, d: &mut Diagnostics) -> Vec<FrontFile> {
    paths(root, folder)
        .iter()
        .filter_map(|(path, stem)| read(root, path, stem, d))
        .collect()
}

//! What render hands the later stages: each output file with its path and
//! its bytes, or the file to copy.

use std::path::PathBuf;
use std::sync::Arc;

pub enum Content {
    Bytes(Vec<u8>),
    /// A page's HTML, shared with the page cache.
    Shared(Arc<[u8]>),
    Embedded(&'static [u8]),
    /// A file copied as it is (static/, bundle attachments, theme assets).
    Copy(PathBuf),
}

impl Content {
    /// The bytes held in memory; None for a file to copy.
    pub fn bytes(&self) -> Option<&[u8]> {
        match self {
            Content::Bytes(b) => Some(b),
            Content::Shared(b) => Some(b),
            Content::Embedded(b) => Some(b),
            Content::Copy(_) => None,
        }
    }
}

/// One file of the output; `path` is relative to the output root, `/`-separated.
pub struct OutputFile {
    pub path: String,
    pub content: Content,
}

impl OutputFile {
    pub fn bytes(path: impl Into<String>, bytes: Vec<u8>) -> Self {
        OutputFile {
            path: path.into(),
            content: Content::Bytes(bytes),
        }
    }
}

/// Where a page comes from, for messages: the content file, if any, and the
/// template that rendered it.
#[derive(Debug, Clone)]
pub struct Origin {
    pub source: Option<PathBuf>,
    pub template: PathBuf,
}

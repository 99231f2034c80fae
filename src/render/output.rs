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

/// Where rendered files go as soon as each is made: a build writes them
/// and lets their bytes go, so the whole site is never in memory at once.
/// Called from many threads at a time.
pub trait Sink: Sync {
    fn put(&self, file: OutputFile);
}

/// Keeps every file in memory: the preview compares them with what it
/// served, and the tests read them.
#[derive(Default)]
pub struct Keep(std::sync::Mutex<Vec<OutputFile>>);

impl Keep {
    pub fn into_files(self) -> Vec<OutputFile> {
        self.0.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for Keep {
    fn put(&self, file: OutputFile) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(file);
    }
}

/// Lets every file go: a render whose output cannot be used (the portal
/// has errors), kept only for its messages.
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _: OutputFile) {}
}

/// A language's files on their way to the sink: each path recorded (for
/// the redirects and the collision check) and put under the language's
/// folder (`en/`).
pub struct Out<'a> {
    pub sink: &'a dyn Sink,
    pub folder: &'a str,
    paths: std::sync::Mutex<Vec<String>>,
}

impl<'a> Out<'a> {
    pub fn new(sink: &'a dyn Sink, folder: &'a str) -> Self {
        Out {
            sink,
            folder,
            paths: Default::default(),
        }
    }

    pub fn put(&self, mut file: OutputFile) {
        self.paths
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(file.path.clone());
        if !self.folder.is_empty() {
            file.path.insert_str(0, self.folder);
        }
        self.sink.put(file);
    }

    pub fn extend(&self, files: impl IntoIterator<Item = OutputFile>) {
        for f in files {
            self.put(f);
        }
    }

    /// Every path put, below the language's folder.
    pub fn into_paths(self) -> Vec<String> {
        self.paths.into_inner().unwrap_or_else(|e| e.into_inner())
    }

    /// The paths put so far, below the language's folder.
    pub fn paths(&self) -> Vec<String> {
        self.paths.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

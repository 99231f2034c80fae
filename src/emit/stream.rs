//! A build's way for each file from render to disk: counted, its links
//! read (pages only), written into the staging folder and let go. So the
//! whole site is never held in memory; the staging folder is swapped in
//! only when everything was written and checked.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{EmitError, Staging};
use crate::link_check::Collector;
use crate::render::{OutputFile, Sink};

pub struct Stream<'a> {
    /// None: `check`, which writes nothing.
    staging: Option<&'a Staging>,
    links: Collector,
    pages: AtomicUsize,
    files: AtomicUsize,
    /// The first write that failed; nothing is written after it.
    error: Mutex<Option<EmitError>>,
}

/// What went through a stream: how many pages and files, and the links
/// of the pages.
pub struct Streamed {
    pub pages: usize,
    pub files: usize,
    pub links: Collector,
}

impl<'a> Stream<'a> {
    pub fn new(staging: Option<&'a Staging>) -> Self {
        Stream {
            staging,
            links: Collector::default(),
            pages: AtomicUsize::new(0),
            files: AtomicUsize::new(0),
            error: Mutex::new(None),
        }
    }

    /// The counts and links, or the first write error.
    pub fn finish(self) -> Result<Streamed, EmitError> {
        if let Some(e) = self.error.into_inner().unwrap_or_else(|e| e.into_inner()) {
            return Err(e);
        }
        Ok(Streamed {
            pages: self.pages.into_inner(),
            files: self.files.into_inner(),
            links: self.links,
        })
    }

    fn failed(&self) -> bool {
        self.error
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some()
    }
}

impl Sink for Stream<'_> {
    fn put(&self, file: OutputFile) {
        self.files.fetch_add(1, Ordering::Relaxed);
        if file.path.ends_with(".html") {
            self.pages.fetch_add(1, Ordering::Relaxed);
            // Generated pages only: copied ones are the portal's own.
            if let Some(b) = file.content.bytes() {
                self.links.add(&file.path, b);
            }
        }
        let Some(staging) = self.staging else { return };
        if self.failed() {
            return;
        }
        if let Err(e) = staging.put(&file) {
            let mut first = self.error.lock().unwrap_or_else(|e| e.into_inner());
            first.get_or_insert(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_counted_and_read_and_a_failed_write_stops_the_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let staging = Staging::begin(&out).unwrap();
        let stream = Stream::new(Some(&staging));
        stream.put(OutputFile::bytes("index.html", b"<a href=a>".to_vec()));
        stream.put(OutputFile::bytes("a", b"a file".to_vec()));
        // `a` is a file: nothing can be written below it.
        stream.put(OutputFile::bytes("a/index.html", b"<p>".to_vec()));
        stream.put(OutputFile::bytes("b.txt", b"after".to_vec()));
        let err = stream.finish().err().unwrap().0.to_string();
        let folder = out.join("a");
        assert!(
            err.starts_with(&format!("cannot create the folder `{}`", folder.display()))
                && err.ends_with("; the previous output is unchanged"),
            "{err}"
        );
        drop(staging);
        let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
        assert!(left.is_empty(), "{left:?}");

        // Without an output (`check`): counted and read all the same.
        let stream = Stream::new(None);
        let index = b"<a href=a/#x>1</a>\n<a href=a/#y>2</a><a href=a/#x>3</a>";
        stream.put(OutputFile::bytes("index.html", index.to_vec()));
        stream.put(OutputFile::bytes("a/index.html", b"<p id=x>".to_vec()));
        stream.put(OutputFile::bytes("a.css", b"p{}".to_vec()));
        let done = stream.finish().ok().unwrap();
        assert_eq!((done.pages, done.files), (2, 3));
        let mut d = crate::base::diagnostics::Diagnostics::new();
        let paths = ["index.html", "a/index.html", "a.css"].map(String::from);
        let site = crate::link_check::Site {
            paths: &paths,
            collected: done.links,
            origins: &Default::default(),
            base_url: None,
            config_links: &[],
        };
        crate::link_check::check(tmp.path(), site, &mut d);
        let errors: Vec<String> = d.render(crate::base::locale::Lang::En);
        assert_eq!(
            errors,
            [
                "index.html:1:1: error: link `a/#y` leads to `#y`, which `a/index.html` does not have (on index.html, line 2)\n  hint: the link comes from the template; fix its address or the setting it is made from"
            ]
        );
    }
}

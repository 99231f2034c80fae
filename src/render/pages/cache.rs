//! Reusing the HTML of pages whose template context did not change.

use std::sync::Arc;

/// HTML of earlier renders by output path, with the hash of the context it
/// was made from: a page whose context hashes the same is not rendered again.
/// `serve` keeps one across rebuilds; `build` renders everything.
#[derive(Default)]
pub struct PageCache {
    pub(in crate::render) pages: std::collections::HashMap<String, (u64, Arc<[u8]>)>,
    /// The PDFs, likewise: typesetting costs far more than a page.
    pub(in crate::render) pdfs: crate::render::files::pdf::PdfCache,
    /// The open-data zip, likewise: it is compressed again only when a
    /// file in it changed.
    pub(in crate::render) zip: crate::render::open_data::ZipCache,
    /// The pages of the portal's other languages, each language apart
    /// (a whole render of one forgets pages not rendered again).
    languages: std::collections::HashMap<&'static str, PageCache>,
}

impl PageCache {
    /// The cache of the pages in `lang`: this one for the first language.
    pub fn language(&mut self, lang: &'static str, first: bool) -> &mut PageCache {
        if first {
            self
        } else {
            self.languages.entry(lang).or_default()
        }
    }
}

/// Feeds serialised data straight into a hasher, without building a string.
struct HashWriter<'a>(&'a mut std::collections::hash_map::DefaultHasher);

impl std::io::Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        std::hash::Hasher::write(self.0, buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub(in crate::render) fn hash_of(seed: u64, parts: &[&dyn erased::Hashable]) -> u64 {
    use std::hash::Hasher;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write_u64(seed);
    for p in parts {
        p.feed(&mut h);
    }
    h.finish()
}

mod erased {
    /// Anything serialisable, hashed through its JSON form.
    pub(crate) trait Hashable {
        fn feed(&self, h: &mut std::collections::hash_map::DefaultHasher);
    }
    impl<T: serde::Serialize> Hashable for T {
        fn feed(&self, h: &mut std::collections::hash_map::DefaultHasher) {
            let _ = serde_json::to_writer(super::HashWriter(h), self);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_context_hashes_the_same() {
        let a = hash_of(1, &[&"measure.html", &vec![1, 2, 3]]);
        assert_eq!(a, hash_of(1, &[&"measure.html", &vec![1, 2, 3]]));
        assert_ne!(a, hash_of(1, &[&"measure.html", &vec![1, 2, 4]]));
        assert_ne!(a, hash_of(2, &[&"measure.html", &vec![1, 2, 3]]));
        assert_ne!(a, hash_of(1, &[&"goal.html", &vec![1, 2, 3]]));
    }
}

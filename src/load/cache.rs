//! Parsed content files kept between builds: `serve` reparses only the files
//! whose text, kind, name or attachments changed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::{Found, Parsed, parse_file, read_text};
use crate::diagnostics::Diagnostics;

/// A file's parse result with the hash of what it was parsed from.
type CachedParse = (u64, Option<(Parsed, bool)>, Diagnostics);

/// Parsed content files by path (`serve` keeps one across rebuilds): a file
/// whose text, kind, name and attachments are unchanged is not parsed again.
#[derive(Default)]
pub struct ParseCache(Mutex<HashMap<PathBuf, CachedParse>>);

impl ParseCache {
    /// Forgets files that are gone.
    pub(super) fn retain(&self, present: &std::collections::HashSet<PathBuf>) {
        self.0
            .lock()
            .expect("no panics while held")
            .retain(|p, _| present.contains(p));
    }
}

/// What a parse depends on besides the file's path.
fn parse_key(f: &Found, text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (text, f.kind.name(), &f.stem, &f.bundle_dir, &f.assets).hash(&mut h);
    h.finish()
}

/// Parses with the cache when there is one. Indicators that read a series
/// from data/ are parsed every time: their values live in another file.
pub(super) fn parse_cached(
    root: &Path,
    f: Found,
    cache: Option<&ParseCache>,
) -> (Option<(Parsed, bool)>, Diagnostics) {
    let Some(cache) = cache else {
        return parse_file(root, f, None);
    };
    let mut d = Diagnostics::new();
    let Some(text) = read_text(root, &f.path, &mut d) else {
        return (None, d);
    };
    let key = parse_key(&f, &text);
    let path = f.path.clone();
    if let Some((k, parsed, diags)) = cache.0.lock().expect("no panics while held").get(&path) {
        if *k == key {
            return (parsed.clone(), diags.clone());
        }
    }
    let (parsed, diags) = parse_file(root, f, Some(text));
    let reads_series = matches!(&parsed, Some((Parsed::Indicator(i), _)) if i.data.data.is_some());
    if !reads_series {
        cache
            .0
            .lock()
            .expect("no panics while held")
            .insert(path, (key, parsed.clone(), diags.clone()));
    }
    (parsed, diags)
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Diagnostics;
    use crate::load::{LoadOptions, ParseCache, load};

    #[test]
    fn a_changed_file_is_parsed_again_an_unchanged_one_is_reused() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("content/goals")).unwrap();
        std::fs::write(root.join("site.toml"), "title = \"T\"\nlanguage = \"de\"\n").unwrap();
        let goal = root.join("content/goals/a.md");
        std::fs::write(&goal, "+++\ntitle = \"Erstes\"\n+++\n").unwrap();
        std::fs::write(root.join("content/goals/b.md"), "+++\ntitle = \"B\"\n+++\n").unwrap();
        let cache = ParseCache::default();
        let opts = LoadOptions {
            drafts: false,
            cache: Some(&cache),
        };
        let titles = || {
            let mut d = Diagnostics::new();
            let (_, s) = load(root, &opts, &mut d).unwrap();
            let mut t: Vec<String> = s.goals.iter().map(|g| g.title.clone()).collect();
            t.sort();
            t
        };
        assert_eq!(titles(), ["B", "Erstes"]);
        assert_eq!(cache.0.lock().unwrap().len(), 2);
        std::fs::write(&goal, "+++\ntitle = \"Zweites\"\n+++\n").unwrap();
        assert_eq!(titles(), ["B", "Zweites"]);
        std::fs::remove_file(&goal).unwrap();
        assert_eq!(titles(), ["B"]);
        assert_eq!(
            cache.0.lock().unwrap().len(),
            1,
            "the deleted file is forgotten"
        );
    }
}

//! Parsed content files kept between builds: `serve` reparses only the files
//! whose text, kind, name or attachments changed, and reads only the files
//! its watcher reported while no file appeared or vanished.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use super::item_file::{AnyItem, parse_file};
use super::walk::{Found, Walk};
use super::{LoadOptions, read_text};
use crate::base::diagnostics::Diagnostics;

/// A file's parse result with the hash of what it was parsed from.
type CachedParse = (u64, Option<AnyItem>, Diagnostics);

/// Parsed content files by path (`serve` keeps one across rebuilds): a file
/// whose text, kind, name and attachments are unchanged is not parsed again.
#[derive(Default)]
pub struct ParseCache {
    parses: Mutex<HashMap<PathBuf, CachedParse>>,
    /// The walk of the last load.
    walk: Mutex<Option<Arc<Walk>>>,
    /// The parses of the last load, in the order of its walk's files.
    last: Mutex<Vec<Result>>,
    /// The history read for a HEAD: read again only when HEAD moves.
    history: Mutex<Option<super::history::Memo>>,
    /// The content files that differ from HEAD, for the preview.
    dirty: Mutex<Option<super::history::worktree::DirtyMemo>>,
}

impl ParseCache {
    /// What `history::read` keeps between loads.
    pub fn history_memo(&self) -> &Mutex<Option<super::history::Memo>> {
        &self.history
    }

    /// What `history::worktree::uncommitted` keeps between loads.
    pub fn dirty_memo(&self) -> &Mutex<Option<super::history::worktree::DirtyMemo>> {
        &self.dirty
    }
}

/// The walk of the last load when the changed files leave it as it was
/// (true), else a new one (and parses of files that are gone are forgotten).
pub(super) fn walk(root: &Path, opts: &LoadOptions) -> (Arc<Walk>, bool) {
    let Some(cache) = opts.cache else {
        return (Arc::new(super::walk::walk(root)), false);
    };
    let mut last = cache.walk.lock().expect("no panics while held");
    if let (Some(w), Some(changed)) = (last.as_ref(), opts.changed)
        && w.covers(root, changed)
    {
        return (w.clone(), true);
    }
    let w = Arc::new(super::walk::walk(root));
    let present: HashSet<&Path> = w.found.iter().map(|f| f.path.as_path()).collect();
    cache
        .parses
        .lock()
        .expect("no panics while held")
        .retain(|p, _| present.contains(p.as_path()));
    *last = Some(w.clone());
    (w, false)
}

/// What a parse depends on besides the file's path.
fn parse_key(f: &Found, text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (
        text,
        f.kind.name(),
        &f.stem,
        &f.bundle_dir,
        &f.assets,
        f.lang,
    )
        .hash(&mut h);
    h.finish()
}

type Result = (Option<AnyItem>, Diagnostics);

fn reads_series(parsed: &Option<AnyItem>) -> bool {
    matches!(parsed, Some(AnyItem::Indicator(i)) if i.data.data.is_some())
}

/// The parse of every file of `found`, in order. With `changed` (`found` is
/// the last load's walk), only those files are read; the others are the last
/// load's parses.
pub(super) fn parse_all(
    root: &Path,
    found: &[Found],
    cache: Option<&ParseCache>,
    changed: Option<&[PathBuf]>,
) -> Vec<Result> {
    let (Some(cache), Some(changed)) = (cache, changed) else {
        let results: Vec<Result> = found
            .par_iter()
            .map(|f| parse_cached(root, f, cache))
            .collect();
        if let Some(cache) = cache {
            cache
                .last
                .lock()
                .expect("no panics while held")
                .clone_from(&results);
        }
        return results;
    };
    let changed = crate::base::fsutil::PathSet::new(changed.iter().map(PathBuf::as_path));
    let mut last = cache.last.lock().expect("no panics while held");
    let results: Vec<Result> = found
        .iter()
        .enumerate()
        .map(|(i, f)| match last.get(i) {
            // Files that read a series from data/ are never cached.
            Some(r) if !changed.contains(&f.path) && !reads_series(&r.0) => r.clone(),
            _ => parse_cached(root, f, Some(cache)),
        })
        .collect();
    last.clone_from(&results);
    results
}

/// Reads a file and parses it, unless the cache has a parse of the same
/// text. Indicators that read a series from data/ are parsed every time:
/// their values live in another file.
pub(super) fn parse_cached(root: &Path, f: &Found, cache: Option<&ParseCache>) -> Result {
    let Some(cache) = cache else {
        return parse_file(root, f.clone(), None);
    };
    let path = f.path.clone();
    let mut d = Diagnostics::new();
    let Some(text) = read_text(root, &f.path, &mut d) else {
        return (None, d);
    };
    let key = parse_key(f, &text);
    if let Some((k, parsed, diags)) = cache
        .parses
        .lock()
        .expect("no panics while held")
        .get(&path)
        && *k == key
    {
        return (parsed.clone(), diags.clone());
    }
    let (parsed, diags) = parse_file(root, f.clone(), Some(text));
    if !reads_series(&parsed) {
        cache
            .parses
            .lock()
            .expect("no panics while held")
            .insert(path, (key, parsed.clone(), diags.clone()));
    }
    (parsed, diags)
}

#[cfg(test)]
mod tests {
    use crate::base::diagnostics::Diagnostics;
    use crate::load::{LoadOptions, ParseCache, read_portal};

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
            embargo_after: None,
            cache: Some(&cache),
            changed: None,
        };
        let titles = || {
            let mut d = Diagnostics::new();
            let (_, s) = read_portal(root, &opts, &mut d).unwrap();
            let mut t: Vec<String> = s.goals.iter().map(|g| g.title.clone()).collect();
            t.sort();
            t
        };
        assert_eq!(titles(), ["B", "Erstes"]);
        assert_eq!(cache.parses.lock().unwrap().len(), 2);
        std::fs::write(&goal, "+++\ntitle = \"Zweites\"\n+++\n").unwrap();
        assert_eq!(titles(), ["B", "Zweites"]);
        std::fs::remove_file(&goal).unwrap();
        assert_eq!(titles(), ["B"]);
        assert_eq!(
            cache.parses.lock().unwrap().len(),
            1,
            "the deleted file is forgotten"
        );
    }

    /// What a load returns, as text: sources and messages.
    fn loaded(root: &std::path::Path, opts: &LoadOptions) -> String {
        let mut d = Diagnostics::new();
        let (_, s) = read_portal(root, opts, &mut d).unwrap();
        let msgs: Vec<String> = d.sorted().iter().map(|m| m.to_string()).collect();
        format!("{s:?}\n{}", msgs.join("\n"))
    }

    #[test]
    fn a_load_that_reads_only_the_changed_files_equals_a_full_load() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("content/goals")).unwrap();
        std::fs::create_dir_all(root.join("content/measures")).unwrap();
        std::fs::write(root.join("site.toml"), "title = \"T\"\nlanguage = \"de\"\n").unwrap();
        let goal = |n: &str| root.join(format!("content/goals/{n}.md"));
        std::fs::write(goal("a"), "+++\ntitle = \"A\"\n+++\n").unwrap();
        std::fs::write(goal("b"), "+++\ntitle = \"B\"\n+++\n").unwrap();
        let m = root.join("content/measures/m.md");
        std::fs::write(
            &m,
            "+++\ntitle = \"M\"\ngoals = [\"a\"]\nstatus = \"planned\"\n+++\n",
        )
        .unwrap();
        let cache = ParseCache::default();
        let full = || loaded(root, &LoadOptions::default());
        let cached = |changed: &[std::path::PathBuf]| {
            loaded(
                root,
                &LoadOptions {
                    drafts: false,
                    embargo_after: None,
                    cache: Some(&cache),
                    changed: Some(changed),
                },
            )
        };
        let first = loaded(
            root,
            &LoadOptions {
                drafts: false,
                embargo_after: None,
                cache: Some(&cache),
                changed: None,
            },
        );
        assert_eq!(first, full());
        let steps: [(&str, &std::path::Path, Option<&str>); 6] = [
            (
                "a new title",
                &goal("a"),
                Some("+++\ntitle = \"A2\"\n+++\n"),
            ),
            ("a broken file", &goal("b"), Some("+++\ntitle = \n+++\n")),
            ("fixed", &goal("b"), Some("+++\ntitle = \"B2\"\n+++\n")),
            (
                "a draft",
                &m,
                Some(
                    "+++\ntitle = \"M\"\ndraft = true\ngoals = [\"a\"]\nstatus = \"planned\"\n+++\n",
                ),
            ),
            ("a new file", &goal("c"), Some("+++\ntitle = \"C\"\n+++\n")),
            ("a deleted file", &goal("a"), None),
        ];
        for (step, path, text) in steps {
            match text {
                Some(t) => std::fs::write(path, t).unwrap(),
                None => std::fs::remove_file(path).unwrap(),
            }
            let after = cached(&[path.to_path_buf()]);
            assert_eq!(after, full(), "{step}");
        }
        assert!(full().contains("title: \"C\""));
        assert!(
            full().contains("hidden_drafts: [(Measure, \"m\")]"),
            "{}",
            full()
        );
        // Reading only what the watcher reported: an unreported change is
        // not seen until a file is reported or appears.
        std::fs::write(goal("b"), "+++\ntitle = \"Unreported\"\n+++\n").unwrap();
        assert!(!cached(&[goal("c")]).contains("Unreported"));
        assert!(cached(&[goal("b")]).contains("Unreported"));
    }

    /// Whether the last load kept the walk before it, by pointer.
    fn walked_again(cache: &ParseCache, before: &Option<std::sync::Arc<super::Walk>>) -> bool {
        let now = cache.walk.lock().unwrap().clone();
        match (before, now) {
            (Some(b), Some(n)) => !std::sync::Arc::ptr_eq(b, &n),
            _ => true,
        }
    }

    #[test]
    fn a_rename_save_keeps_the_walk_and_deleting_what_it_saw_walks_again() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let at = |rel: &str| root.join(rel);
        for dir in ["content/goals", "content/measures/kita", "static"] {
            std::fs::create_dir_all(at(dir)).unwrap();
        }
        std::fs::write(at("site.toml"), "title = \"T\"\nlanguage = \"de\"\n").unwrap();
        std::fs::write(at("content/goals/a.md"), "+++\ntitle = \"A\"\n+++\n").unwrap();
        std::fs::write(
            at("content/measures/kita/index.md"),
            "+++\ntitle = \"Kita\"\ngoals = [\"a\"]\nstatus = \"planned\"\n+++\n",
        )
        .unwrap();
        std::fs::write(at("content/measures/kita/plan.pdf"), "%PDF-1.4\n").unwrap();
        std::fs::write(at("content/measures/notes.txt"), "Notizen").unwrap();
        std::fs::write(at("static/logo.svg"), "<svg/>").unwrap();
        let cache = ParseCache::default();
        let load = |changed: Option<&[std::path::PathBuf]>| {
            let opts = LoadOptions {
                drafts: false,
                embargo_after: None,
                cache: Some(&cache),
                changed,
            };
            loaded(root, &opts)
        };
        let full = || loaded(root, &LoadOptions::default());
        assert_eq!(load(None), full());
        for name in ["plan.pdf", "notes.txt", "logo.svg"] {
            assert!(full().contains(name), "{name} in {}", full());
        }
        // Each step: what changes on disk, the paths the watcher reports,
        // and whether the load must walk again.
        type Step<'a> = (&'a str, &'a dyn Fn(), Vec<std::path::PathBuf>, bool);
        let rename_save = || {
            let temp = at("content/goals/sedX1b2c3");
            std::fs::write(&temp, "+++\ntitle = \"A2\"\n+++\n").unwrap();
            std::fs::rename(&temp, at("content/goals/a.md")).unwrap();
        };
        let temp_dir = || {
            std::fs::create_dir(at("content/measures/.tmp-save")).unwrap();
            std::fs::remove_dir(at("content/measures/.tmp-save")).unwrap();
        };
        let remove = |rel: &'static str| move || std::fs::remove_file(at(rel)).unwrap();
        let (no_pdf, no_notes, no_logo) = (
            remove("content/measures/kita/plan.pdf"),
            remove("content/measures/notes.txt"),
            remove("static/logo.svg"),
        );
        let no_bundle = || std::fs::remove_dir_all(at("content/measures/kita")).unwrap();
        let steps: [Step; 6] = [
            (
                "a save through a renamed temporary file",
                &rename_save,
                vec![at("content/goals/sedX1b2c3"), at("content/goals/a.md")],
                false,
            ),
            (
                "a folder made and removed",
                &temp_dir,
                vec![at("content/measures/.tmp-save")],
                false,
            ),
            (
                "a deleted attachment",
                &no_pdf,
                vec![at("content/measures/kita/plan.pdf")],
                true,
            ),
            (
                "a deleted file the walk warned about",
                &no_notes,
                vec![at("content/measures/notes.txt")],
                true,
            ),
            (
                "a deleted static file",
                &no_logo,
                vec![at("static/logo.svg")],
                true,
            ),
            (
                "a deleted bundle",
                &no_bundle,
                vec![at("content/measures/kita")],
                true,
            ),
        ];
        for (step, change, reported, walks) in steps {
            let before = cache.walk.lock().unwrap().clone();
            change();
            let after = load(Some(&reported));
            assert_eq!(after, full(), "{step}");
            assert_eq!(walked_again(&cache, &before), walks, "{step}");
        }
        assert!(full().contains("\"A2\""));
        for name in ["plan.pdf", "notes.txt", "logo.svg", "Kita"] {
            assert!(!full().contains(name), "{name} gone");
        }
    }
}

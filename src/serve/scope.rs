//! What the preview shows first after a change: the pages of the changed
//! items and of the items linked to them (before and after the change),
//! the home page and the list of goals. These are the pages an editor who
//! just saved an item is looking at, and each is small whatever the size of
//! the portal. Everything else follows in the whole-site render right after,
//! so this choice decides only what comes first, never what is shown in the end.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::base::fsutil::PathSet;
use crate::base::vocab::Kind;
use crate::model::Site;
use crate::render::Scope;
use crate::render::pages::site_pages::SitePage;

/// The scope of a change to the files `changed` (absolute, below `root`),
/// from the site before (`old`) and after (`new`) it.
pub(super) fn of(root: &Path, old: &Site, new: &Site, changed: &[PathBuf]) -> Scope {
    let files = PathSet::new(changed.iter().filter_map(|p| p.strip_prefix(root).ok()));
    let is_changed = |file: &Path| files.contains(file);
    let mut items: BTreeSet<(Kind, usize)> = BTreeSet::new();
    let mut kinds: BTreeSet<Kind> = BTreeSet::new();
    for kind in Kind::ALL {
        for i in 0..new.count(kind) {
            if is_changed(new.file(kind, i)) {
                kinds.insert(kind);
                items.insert((kind, i));
                items.extend(new.related(kind, i));
            }
        }
        // What the item linked to before the change, found again by slug.
        for i in 0..old.count(kind) {
            if is_changed(old.file(kind, i)) {
                kinds.insert(kind);
                for (k, j) in std::iter::once((kind, i)).chain(old.related(kind, i)) {
                    if let Some(&now) = new.index.of(k).get(old.slug(k, j)) {
                        items.insert((k, now));
                    }
                }
            }
        }
    }
    let mut pages = vec![SitePage::Home, SitePage::Goals];
    if kinds.contains(&Kind::Report) {
        pages.push(SitePage::Reports);
    }
    if kinds.contains(&Kind::Indicator) {
        pages.push(SitePage::Indicators);
    }
    Scope {
        pages,
        items: items.into_iter().collect(),
    }
}

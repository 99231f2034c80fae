//! Topics: every tag of the portal's items, with the items tagged with it,
//! for the topic pages (`/themen/<slug>/`) and the items' topic links.

use crate::base::collate;
use crate::base::vocab::Kind;

use super::Site;

#[derive(Debug, Clone)]
pub struct Topic {
    pub slug: String,
    /// The name as the first item tagged with it writes it (in another
    /// language, the first translated item).
    pub name: String,
    /// The items tagged with it, goals first, each kind in its order.
    pub items: Vec<(Kind, usize)>,
    /// A translation gave the name (in the first language: none do).
    pub translated: bool,
}

/// The site's topics in the order of their names (the language's order).
pub fn of(site: &Site) -> Vec<Topic> {
    let mut topics: Vec<Topic> = Vec::new();
    // Per slug: its topic, and whether a translation named it.
    let mut at: rustc_hash::FxHashMap<String, (usize, bool)> = Default::default();
    for kind in Kind::ALL {
        for i in 0..site.count(kind) {
            let h = site.header(kind, i);
            let translated = h.translation.is_some();
            for tag in h.tags {
                let (n, named) = at.entry(tag.slug.clone()).or_insert_with(|| {
                    topics.push(Topic {
                        slug: tag.slug.clone(),
                        name: tag.name.clone(),
                        items: Vec::new(),
                        translated,
                    });
                    (topics.len() - 1, translated)
                });
                // In another language than the first, the name a
                // translation gives wins over the original's.
                if translated && !*named {
                    topics[*n].name = tag.name.clone();
                    topics[*n].translated = true;
                    *named = true;
                }
                topics[*n].items.push((kind, i));
            }
        }
    }
    collate::sort_by(&mut topics, site.config.language, |t| &t.name);
    topics
}

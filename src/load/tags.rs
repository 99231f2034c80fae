//! `tags`: the topics an item belongs to, each with the slug its topic
//! page is named by.

use super::fields::Table;
use super::records::Tag;
use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::msg;

/// At most this many tags per item: each is a topic with a page of its
/// own, and an item in a hundred topics is in none a reader can use.
pub const MAX_TAGS: usize = 100;

/// `tags`: each with its slug (`Bürgerbeteiligung` → `buergerbeteiligung`);
/// a name that makes no slug, or one whose slug is there already, is left
/// out (a warning); more than `MAX_TAGS` are an error.
pub fn parse(t: &Table, d: &mut Diagnostics) -> Vec<Tag> {
    let names = t.strings("tags", d);
    if names.len() > MAX_TAGS {
        let loc = t.key_loc("tags").unwrap_or(t.loc());
        d.push(
            Diagnostic::error(
                t.doc.file,
                loc,
                msg!("too-many-tags", count = names.len(), max = MAX_TAGS),
            )
            .with_hint(msg!("hint-too-many-tags")),
        );
        return Vec::new();
    }
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<Tag> = Vec::new();
    for name in names {
        let slug = crate::base::slug::slugify(&name.value);
        if slug.is_empty() || !seen.insert(slug.clone()) {
            d.push(Diagnostic::warning(
                t.doc.file,
                name.loc,
                msg!("tag-left-out", tag = name.value),
            ));
            continue;
        }
        out.push(Tag {
            name: name.value.trim().to_string(),
            slug,
        });
    }
    out
}

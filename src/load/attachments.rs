//! What every kind of item may list besides its texts: `[[attachments]]`,
//! titles for the files of its bundle, shown in this order before the
//! files without one (listed by name); and `tags`, its topics.

use std::path::PathBuf;

use super::fields::Table;
use super::records::{Attachment, Tag};
use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::load::spec;
use crate::msg;

/// The entries of `[[attachments]]`; each names a file of `assets` (the
/// bundle's files), else it is an error at its `file`.
pub fn parse(t: &Table, assets: &[PathBuf], d: &mut Diagnostics) -> Vec<Attachment> {
    let mut out: Vec<Attachment> = Vec::new();
    for e in t.tables("attachments", "what-attachment", d) {
        e.check_known(&spec::keys(spec::ATTACHMENT), d);
        let (Some(file), Some(title)) =
            (e.required_string("file", d), e.required_string("title", d))
        else {
            continue;
        };
        let name = file.value.trim().trim_start_matches("./").to_string();
        let problem = if !assets
            .iter()
            .any(|a| a.to_string_lossy().replace('\\', "/") == name)
        {
            Some(msg!("attachment-missing", file = file.value))
        } else if out.iter().any(|a| a.file == name) {
            Some(msg!("attachment-twice", file = file.value))
        } else {
            None
        };
        match problem {
            Some(message) => d.push(
                Diagnostic::error(t.doc.file, file.loc, message)
                    .with_hint(msg!("hint-attachment-missing")),
            ),
            None => out.push(Attachment {
                file: name,
                title: title.value,
            }),
        }
    }
    out
}

/// At most this many tags per item: each is a topic with a page of its
/// own, and an item in a hundred topics is in none a reader can use.
pub const MAX_TAGS: usize = 100;

/// `tags`: each with its slug (`Bürgerbeteiligung` → `buergerbeteiligung`);
/// a name that makes no slug, or one whose slug is there already, is left
/// out (a warning); more than `MAX_TAGS` are an error.
pub fn tags(t: &Table, d: &mut Diagnostics) -> Vec<Tag> {
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

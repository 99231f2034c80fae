//! Finding the goal or measure a `new` command names: by its slug, its
//! title (any case), or the slug its words make (`Teilhabe für Alle`).

use std::path::Path;

use crate::base::diagnostics::Diagnostics;
use crate::base::messages::Text;
use crate::base::slug::slugify;
use crate::import::front::{self, FrontFile};
use crate::msg;

/// The items of `content/<folder>`, each with its slug and title.
pub fn items(root: &Path, folder: &str) -> Vec<FrontFile> {
    front::files(root, folder, &mut Diagnostics::new())
}

/// `slug („Title“), …` for a message.
pub fn listing(items: &[FrontFile]) -> String {
    items
        .iter()
        .map(|f| match f.get("title") {
            Some(t) => format!("{} („{t}“)", f.slug),
            None => f.slug.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The item `name` names.
pub fn find<'a>(items: &'a [FrontFile], name: &str) -> Option<&'a FrontFile> {
    let wanted = name.trim();
    let lower = wanted.to_lowercase();
    let as_slug = slugify(wanted);
    items
        .iter()
        .find(|f| f.slug == wanted)
        .or_else(|| {
            items.iter().find(|f| {
                f.get("title")
                    .is_some_and(|t| t.trim().to_lowercase() == lower)
            })
        })
        .or_else(|| items.iter().find(|f| f.slug == as_slug))
}

/// The goal `name` names, or a message listing the goals there are.
pub fn goal(root: &Path, name: Option<&str>, needed: bool) -> Result<Option<String>, Text> {
    let goals = items(root, "goals");
    match name {
        Some(n) => find(&goals, n)
            .map(|g| Some(g.slug.clone()))
            .ok_or_else(|| unknown(&goals, "goal", n)),
        None if !needed => Ok(None),
        None if goals.is_empty() => Err(msg!("new-needs-goal-none")),
        None => Err(msg!("new-needs-goal", goals = listing(&goals))),
    }
}

/// An unknown goal or measure, with those there are.
pub fn unknown(items: &[FrontFile], kind: &str, name: &str) -> Text {
    if items.is_empty() {
        msg!("new-unknown-none", kind = kind, name = name)
    } else {
        msg!(
            "new-unknown",
            kind = kind,
            name = name,
            known = listing(items)
        )
    }
}

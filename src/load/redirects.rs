//! `aliases = ["alt/pfad/", "bericht-2023.html"]`: old addresses of an item
//! that keep working. Each becomes a small page that forwards to the item.
//! An alias is a path below the site root (where `base_url` points), never
//! above it, so it moves with the site to any host and sub-path.

use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::load::fields::Table;

/// The longest part of an alias between slashes, in bytes, like a slug.
const MAX_PART: usize = crate::base::slug::MAX_LEN;

/// The output file an alias becomes: `alt/pfad/` → `alt/pfad/index.html`.
/// None, with the reason (a message id), when it cannot be one.
pub fn output_path(alias: &str) -> Result<String, &'static str> {
    let path = alias.trim_start_matches('/');
    if path.is_empty() {
        return Err("alias-home");
    }
    if path.contains("://") || path.starts_with("mailto:") {
        return Err("alias-elsewhere");
    }
    if path
        .chars()
        .any(|c| c.is_control() || matches!(c, '\\' | '?' | '#' | '"' | '<' | '>'))
    {
        return Err("alias-characters");
    }
    let folder = path.ends_with('/');
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    if segments
        .iter()
        .any(|s| s.is_empty() || *s == "." || *s == "..")
    {
        return Err("alias-parts");
    }
    if segments.iter().any(|s| s.len() > MAX_PART) {
        return Err("alias-part-length");
    }
    let last = segments.last().copied().unwrap_or("");
    if !folder && (last.ends_with(".html") || last.ends_with(".htm")) {
        return Ok(segments.join("/"));
    }
    if !folder && last.contains('.') {
        return Err("alias-not-page");
    }
    Ok(format!("{}/index.html", segments.join("/")))
}

/// Reads `aliases` as written; bad ones are errors at their place in the file.
pub fn parse(t: &Table, d: &mut Diagnostics) -> Vec<At<String>> {
    t.strings("aliases", d)
        .into_iter()
        .filter_map(|a| match output_path(&a.value) {
            Ok(_) => Some(a),
            Err(why) => {
                d.push(
                    Diagnostic::error(
                        t.doc.file,
                        a.loc,
                        crate::msg!(
                            "invalid-alias",
                            value = a.value,
                            why = crate::base::messages::Text::new(why, Vec::new())
                        ),
                    )
                    .with_hint(crate::msg!("hint-alias")),
                );
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::output_path;

    #[test]
    fn aliases_become_pages_below_the_root() {
        assert_eq!(output_path("/alt/pfad/").unwrap(), "alt/pfad/index.html");
        assert_eq!(output_path("alt/pfad").unwrap(), "alt/pfad/index.html");
        assert_eq!(
            output_path("projekte/kita.html").unwrap(),
            "projekte/kita.html"
        );
        assert_eq!(
            output_path("teilhabe-für-alle/").unwrap(),
            "teilhabe-für-alle/index.html"
        );
        assert!(output_path("/").is_err());
        assert!(output_path("../oben/").is_err());
        assert!(output_path("a//b/").is_err());
        assert_eq!(output_path("bericht.pdf").unwrap_err(), "alias-not-page");
        assert!(output_path("https://alt.example/x/").is_err());
        assert!(output_path("x?id=3").is_err());
        assert!(output_path(&format!("{}/", "a".repeat(200))).is_ok());
        assert_eq!(
            output_path(&format!("alt/{}/", "a".repeat(201))).unwrap_err(),
            "alias-part-length"
        );
    }
}

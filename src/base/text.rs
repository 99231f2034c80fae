//! Characters a portal's text may not hold. Control characters other than
//! tab and line breaks cannot appear in XML at all (a feed or sitemap with
//! one is not well-formed) and are parse errors in HTML. Bidirectional
//! embeddings, overrides and isolates make text display in another order
//! than it is stored, so a name or a figure could read differently on the
//! page than in the file ("Trojan Source"); right-to-left text needs none of
//! them, browsers order it by itself.

/// True for a character content may not hold.
pub fn forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        | '\u{fffe}' | '\u{ffff}')
}

/// The first forbidden character and its byte offset.
pub fn first_forbidden(s: &str) -> Option<(usize, char)> {
    s.char_indices().find(|&(_, c)| forbidden(c))
}

/// The message for a forbidden character, naming it by code point.
pub fn message(c: char) -> crate::base::messages::Text {
    let code = c as u32;
    let point = format!("U+{code:04X}");
    if (0x202a..=0x202e).contains(&code) || (0x2066..=0x2069).contains(&code) {
        crate::msg!("char-bidi", code = point)
    } else {
        crate::msg!("char-control", code = point)
    }
}

/// What to do about a forbidden character.
pub fn hint() -> crate::base::messages::Text {
    crate::msg!("hint-forbidden-char")
}

/// `s` with every forbidden character replaced by U+FFFD, for text that
/// reaches the output without a diagnostic (Markdown character references
/// such as `&#1;`).
pub fn replace_forbidden(s: &str) -> std::borrow::Cow<'_, str> {
    if first_forbidden(s).is_none() {
        return s.into();
    }
    s.chars()
        .map(|c| if forbidden(c) { '\u{fffd}' } else { c })
        .collect::<String>()
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_overrides_are_found_where_they_are() {
        assert_eq!(first_forbidden("Tab\tand\r\nlines"), None);
        assert_eq!(first_forbidden("שלום and مرحبا"), None);
        assert_eq!(first_forbidden("ab\u{1}c"), Some((2, '\u{1}')));
        assert_eq!(first_forbidden("ä\u{202e}"), Some((2, '\u{202e}')));
        assert_eq!(first_forbidden("x\u{85}"), Some((1, '\u{85}')));
        assert_eq!(first_forbidden("\u{2067}"), Some((0, '\u{2067}')));
        // Marks that only nudge neutral characters stay allowed.
        assert_eq!(first_forbidden("a\u{200e}b\u{200f}"), None);
        let en = |c| message(c).to_string();
        assert!(en('\u{202e}').starts_with("bidirectional control character U+202E"));
        assert!(en('\u{7}').starts_with("control character U+0007"));
        let de = message('\u{7}').render(crate::base::locale::Lang::De);
        assert!(de.starts_with("das Steuerzeichen U+0007"), "{de}");
        assert_eq!(replace_forbidden("a\u{1}b"), "a\u{fffd}b");
    }
}

//! Extra index words so German queries find German text: transliterations
//! (`Prävention` also as `praevention`) and the trailing parts of compound
//! words (`Haushaltsplan` also as `plan` when the portal uses that word on its
//! own). Pagefind itself folds diacritics (`Pravention`), stems
//! (`Maßnahmen` → `massnahm`), splits words joined by `-` or `/`, and matches
//! query words as prefixes (`Haushalt` → `Haushaltsplan`); this adds what it
//! cannot know. Pure functions, no I/O.

use std::collections::{BTreeSet, HashSet};

/// `ä` → `ae`, `ö` → `oe`, `ü` → `ue`, `ß` → `ss`; none when nothing changes.
pub fn transliterate(word: &str) -> Option<String> {
    if !word.contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß']) {
        return None;
    }
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars() {
        match c {
            'ä' | 'Ä' => out.push_str("ae"),
            'ö' | 'Ö' => out.push_str("oe"),
            'ü' | 'Ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c => out.extend(c.to_lowercase()),
        }
    }
    Some(out)
}

/// The words of a text: runs of letters, lowercased.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Longer words are not split into compound parts: German's longest
/// compounds in use have about 40 letters, and splitting costs the square
/// of a word's length (a 6 MB "word" would take hours).
pub const MAX_COMPOUND: usize = 64;

/// Words that may stand as the tail of a compound: seen on their own
/// somewhere in the portal, four to [`MAX_COMPOUND`] letters long.
pub fn vocabulary<'a>(texts: impl Iterator<Item = &'a str>) -> HashSet<String> {
    texts
        .flat_map(words)
        .filter(|w| (4..=MAX_COMPOUND).contains(&w.chars().count()))
        .collect()
}

/// Trailing parts of `word` (lowercase) that are words of the portal:
/// `kitaplätze` → `plätze` when `plätze` occurs on its own.
pub fn compound_tails(word: &str, vocabulary: &HashSet<String>) -> Vec<String> {
    let chars: Vec<char> = word.chars().take(MAX_COMPOUND + 1).collect();
    if chars.len() < 7 || chars.len() > MAX_COMPOUND {
        return Vec::new();
    }
    // A head of at least three letters, a tail of at least four.
    (3..=chars.len() - 4)
        .map(|i| chars[i..].iter().collect::<String>())
        .filter(|tail| vocabulary.contains(tail))
        .collect()
}

/// All extra words for a text, each once, in a stable order.
pub fn for_text(text: &str, vocabulary: &HashSet<String>) -> Vec<String> {
    let mut out = BTreeSet::new();
    for w in words(text) {
        for tail in compound_tails(&w, vocabulary) {
            if let Some(t) = transliterate(&tail) {
                out.insert(t);
            }
            out.insert(tail);
        }
        if let Some(t) = transliterate(&w) {
            out.insert(t);
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_and_sharp_s() {
        assert_eq!(transliterate("Prävention").as_deref(), Some("praevention"));
        assert_eq!(transliterate("Straße").as_deref(), Some("strasse"));
        assert_eq!(transliterate("Übergänge").as_deref(), Some("uebergaenge"));
        assert_eq!(transliterate("Haushalt"), None);
    }

    #[test]
    fn tails_need_to_be_words_of_the_portal() {
        let v = vocabulary(["Neue Plätze und ein Ziel.", "Kette"].into_iter());
        assert_eq!(compound_tails("kitaplätze", &v), ["plätze"]);
        assert_eq!(compound_tails("haushaltsplan", &v), Vec::<String>::new());
        assert_eq!(compound_tails("präventionskette", &v), ["kette"]);
        // Once "Plan" stands alone somewhere, it is a tail too.
        let v = vocabulary(["Plan"].into_iter());
        assert_eq!(compound_tails("haushaltsplan", &v), ["plan"]);
    }

    #[test]
    fn words_longer_than_a_compound_are_not_split() {
        let long = format!("{}plätze", "a".repeat(MAX_COMPOUND - 6));
        let v = vocabulary(["Plätze", long.as_str()].into_iter());
        assert_eq!(compound_tails(&long, &v), ["plätze"]);
        let longer = format!("a{long}");
        assert!(compound_tails(&longer, &v).is_empty());
        assert!(!v.contains(&longer) && v.contains(&long));
    }

    #[test]
    fn extra_words_of_a_text() {
        let v = vocabulary(["Plätze"].into_iter());
        assert_eq!(
            for_text("Mehr Kitaplätze für Familien", &v),
            ["fuer", "kitaplaetze", "plaetze", "plätze"]
        );
    }
}

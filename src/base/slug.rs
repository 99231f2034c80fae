//! Slugs: the URL-safe names of items (`Teilhabe für Alle` → `teilhabe-fuer-alle`).

/// Lowercase `a-z 0-9 -`; German umlauts and ß become ae/oe/ue/ss, other
/// letters are transliterated, everything else separates words.
pub fn slugify(text: &str) -> String {
    let mut german = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ä' | 'Ä' => german.push_str("ae"),
            'ö' | 'Ö' => german.push_str("oe"),
            'ü' | 'Ü' => german.push_str("ue"),
            'ß' | 'ẞ' => german.push_str("ss"),
            _ => german.push(c),
        }
    }
    let ascii = deunicode::deunicode(&german).to_lowercase();
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// The longest slug, in bytes: a page folder's name, and with `.csv` a
/// file name, stay within file systems' 255 bytes.
pub const MAX_LEN: usize = 200;

/// A slug may only hold `a-z`, `0-9` and inner hyphens: it can never name a
/// parent folder, an absolute path or a hidden file.
pub fn is_valid(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= MAX_LEN
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_words_are_transliterated() {
        assert_eq!(slugify("Teilhabe für Alle"), "teilhabe-fuer-alle");
        assert_eq!(slugify("Straße & Größe"), "strasse-groesse");
        assert_eq!(slugify("Übergang Schule–Beruf"), "uebergang-schule-beruf");
        assert_eq!(slugify("  Café  Noël! "), "cafe-noel");
    }

    #[test]
    fn traversal_is_never_a_valid_slug() {
        assert!(is_valid("kulturwandel-2024"));
        for bad in ["", "../x", "a/b", "-a", "a-", "A", ".hidden", "a b"] {
            assert!(!is_valid(bad), "{bad:?} must be invalid");
        }
        assert_eq!(slugify("../../etc/passwd"), "etc-passwd");
    }
}

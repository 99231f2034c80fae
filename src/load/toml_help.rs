//! TOML syntax errors explained in the editor's words. The parser says
//! "invalid float, expected nothing" where a press office wrote a German
//! date (`updated = 30.06.2025`); this module reads the line the error is
//! on and names the mistake people make, with the line as it should be.

use crate::base::date::Date;
use crate::base::messages::Text;
use crate::msg;

/// A key and its value as written on one line (`key = value`).
fn key_and_value(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once('=')?;
    let key = key.trim();
    let simple = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    simple.then(|| (key, value.trim()))
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `95%`, `95 %`, `12,5 %` as a plain number (`95`, `12.5`).
fn percent(value: &str) -> Option<String> {
    let n = value.strip_suffix('%')?.trim_end();
    let plain = n.replace(',', ".");
    plain.parse::<f64>().ok().map(|_| plain)
}

/// `61,5` or `1.234,5` with a decimal comma, in TOML's form (`61.5`).
fn decimal_comma(value: &str) -> Option<String> {
    let (int, frac) = value.split_once(',')?;
    let int = int.strip_prefix('-').unwrap_or(int);
    let groups_ok = int.split('.').enumerate().all(|(i, g)| {
        all_digits(g) && (i == 0 || g.len() == 3) && (i > 0 || g.len() <= 3 || !int.contains('.'))
    });
    (groups_ok && all_digits(frac)).then(|| {
        let sign = if value.starts_with('-') { "-" } else { "" };
        format!("{sign}{}.{frac}", int.replace('.', ""))
    })
}

/// Text written without quotes: starts with a letter and is no TOML word.
fn bare_text(value: &str) -> bool {
    value.chars().next().is_some_and(char::is_alphabetic)
        && !matches!(value, "true" | "false" | "inf" | "nan")
}

/// The message and hint for a TOML syntax error on `line` (the whole line
/// of the file), from the parser's own `detail`.
pub(super) fn explain(line: &str, detail: &str) -> (Text, Text) {
    let pair = key_and_value(line);
    if let Some((key, value)) = pair {
        if let Some(date) = Date::parse_german(value) {
            return (
                msg!("toml-german-date", key = key, value = value),
                msg!(
                    "hint-toml-german-date",
                    key = key,
                    iso = date,
                    value = value
                ),
            );
        }
        if let Some(n) = percent(value) {
            return (
                msg!("toml-percent", key = key, value = value),
                msg!("hint-toml-percent", key = key, number = n),
            );
        }
        if let Some(n) = decimal_comma(value) {
            return (
                msg!("toml-decimal-comma", key = key, value = value),
                msg!("hint-toml-decimal-comma", key = key, number = n),
            );
        }
        if bare_text(value) {
            return (
                msg!("toml-unquoted-text", key = key, value = value),
                msg!("hint-toml-unquoted-text", key = key, value = value),
            );
        }
    }
    let key = pair.map_or("…", |(k, _)| k);
    let (message, hint) = if detail.contains("duplicate key") {
        (
            msg!("toml-duplicate-key", key = key),
            msg!("hint-toml-duplicate-key"),
        )
    } else if detail.contains("expected `=`") {
        (
            msg!("toml-missing-equals"),
            msg!("hint-toml-missing-equals"),
        )
    } else if detail.contains("invalid basic string") || detail.contains("invalid literal string") {
        (
            msg!("toml-unclosed-string"),
            msg!("hint-toml-unclosed-string"),
        )
    } else if detail.contains("missing comma") {
        (msg!("toml-list-comma"), msg!("hint-toml-list-comma"))
    } else if detail.contains("unclosed array") {
        (msg!("toml-unclosed-list"), msg!("hint-toml-unclosed-list"))
    } else if detail.contains("invalid date") || detail.contains("invalid time") {
        (
            msg!("toml-date-form", key = key),
            msg!("hint-toml-date-form"),
        )
    } else {
        (
            msg!("toml-invalid", why = detail),
            msg!("hint-toml-invalid"),
        )
    };
    (message, hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(line: &str, detail: &str) -> (String, String) {
        let (m, h) = explain(line, detail);
        (m.to_string(), h.to_string())
    }

    #[test]
    fn the_mistakes_editors_make_are_named_with_the_fix() {
        assert_eq!(
            en("updated = 30.06.2025", "invalid float, expected nothing"),
            (
                "`updated = 30.06.2025`: a date written the German way needs quotes or the form YYYY-MM-DD".into(),
                "write updated = 2025-06-30 (or updated = \"30.06.2025\")".into()
            )
        );
        assert_eq!(
            en("progress = 95%", "string values must be quoted").1,
            "write progress = 95"
        );
        assert_eq!(en("value = 61,5", "unexpected key").1, "write value = 61.5");
        assert_eq!(
            en("value = 1.234,5", "unexpected key").1,
            "write value = 1234.5"
        );
        assert_eq!(
            en("title = Kita-Ausbau", "string values must be quoted").1,
            "write title = \"Kita-Ausbau\""
        );
        assert_eq!(
            en("title = \"A\"", "duplicate key").0,
            "`title` is written twice in this file"
        );
        // Nothing to recognise: the parser's words.
        assert_eq!(
            en("x = [1, 2", "something new").0,
            "invalid TOML: something new"
        );
        let (m, h) = explain("updated = 30.06.2025", "");
        assert_eq!(
            m.render(crate::base::locale::Lang::De),
            "`updated = 30.06.2025`: ein Datum in deutscher Schreibweise braucht Anführungszeichen oder die Form JJJJ-MM-TT"
        );
        assert_eq!(
            h.render(crate::base::locale::Lang::De),
            "updated = 2025-06-30 schreiben (oder updated = \"30.06.2025\")"
        );
    }

    #[test]
    fn numbers_that_are_no_mistake_are_left_to_the_parser() {
        assert_eq!(decimal_comma("1,2,3"), None);
        assert_eq!(decimal_comma("12.34,5"), None);
        assert_eq!(Date::parse_german("31.02.2025"), None);
        assert_eq!(Date::parse_german("1.6.25"), Date::new(2025, 6, 1));
        assert!(!bare_text("true"));
        assert_eq!(percent("12,5 %").as_deref(), Some("12.5"));
    }
}

//! Translations: `<name>.<lang>.md` beside an original (in a bundle,
//! `index.<lang>.md`) holds the item's texts in another language of the
//! portal. Figures, dates, statuses and references are the original's:
//! such a key in a translation is an error, so that the languages cannot
//! disagree about a number.

use std::path::{Path, PathBuf};

use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::locale::Lang;
use crate::base::vocab::Kind;
use crate::load::fields::{Entry, Table};
use crate::load::spec;
use crate::msg;

/// A list of texts as a translation gives it, with where it is written.
#[derive(Debug, Clone)]
pub struct Listed<T> {
    pub loc: Loc,
    pub entries: Vec<T>,
}

/// A session's committee, role and result.
pub type SessionTexts = (String, Option<String>, Option<String>);

/// A translation's texts besides title and body (which the item holds).
#[derive(Debug, Clone)]
pub struct TextsSrc {
    pub kind: Kind,
    pub lang: Lang,
    /// The original's file, relative to the portal.
    pub original: PathBuf,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub status_note: Option<String>,
    /// Goal strategies: title and text.
    pub strategies: Option<Listed<(String, Option<String>)>>,
    pub milestones: Option<Listed<String>>,
    pub budget: Option<Listed<Option<String>>>,
    pub report_kind: Option<String>,
    /// Sessions: committee, role, result.
    pub sessions: Option<Listed<SessionTexts>>,
    pub updates: Option<Listed<Option<String>>>,
    pub unit: Option<String>,
    pub source: Option<String>,
    /// An indicator's definition, numerator, denominator and method.
    pub about: [Option<String>; 4],
    /// The line of `method` in the translation.
    pub method_line: u32,
    /// An indicator's comparisons: label and source.
    pub compare: Option<Listed<(String, Option<String>)>>,
    /// The `[[attachments]]` titles, in the original's order.
    pub attachments: Option<Listed<String>>,
    /// The tags' names, in the original's order.
    pub tags: Option<Listed<String>>,
}

/// What a file name says about translation: `kita.en` names the English
/// translation of `kita`; a language klarsicht does not know is an error.
pub enum Name<'a> {
    Original,
    Translation {
        stem: &'a str,
        lang: Lang,
    },
    /// `kita.de-LS`: the item in Leichte Sprache, for the page in Leichte
    /// Sprache.
    EasyReading {
        stem: &'a str,
    },
    Unknown {
        code: &'a str,
    },
}

/// The language tag of a version in Leichte Sprache (`<name>.de-LS.md`).
pub const EASY_READING_CODE: &str = "de-LS";

/// Reads a file stem (`kita.en`, a bundle's `index.en`).
pub fn name(stem: &str) -> Name<'_> {
    let Some((base, code)) = stem.rsplit_once('.') else {
        return Name::Original;
    };
    if code == EASY_READING_CODE && !base.is_empty() {
        return Name::EasyReading { stem: base };
    }
    let looks_like_code = code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase());
    if base.is_empty() || !looks_like_code {
        return Name::Original;
    }
    match code {
        "de" => Name::Translation {
            stem: base,
            lang: Lang::De,
        },
        "en" => Name::Translation {
            stem: base,
            lang: Lang::En,
        },
        _ => Name::Unknown { code },
    }
}

/// A goal's or measure's version in Leichte Sprache: its title and body
/// are the item's; this names what it explains.
#[derive(Debug, Clone)]
pub struct EasySrc {
    pub kind: Kind,
    /// The original's file, relative to the portal.
    pub original: PathBuf,
}

/// The original of a translation at `path`: the same name without the
/// language (`kita.en.md` → `kita.md`, `kita/index.en.md` → `kita/index.md`).
pub fn original_of(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".md").unwrap_or(&name);
    let base = stem.rsplit_once('.').map_or(stem, |(b, _)| b);
    path.with_file_name(format!("{base}.md"))
}

/// A list entry's required `title`.
fn title_of(e: &Table, d: &mut Diagnostics) -> String {
    e.required_string("title", d)
        .map(|s| s.value)
        .unwrap_or_default()
}

fn text(t: &Table, key: &str, d: &mut Diagnostics) -> Option<String> {
    t.string(key, d).map(|s| s.value)
}

/// Reports the keys of `t` that every language shares.
fn shared(t: &Table, shared: &[&str], original: &Path, d: &mut Diagnostics) {
    for key in t.keys() {
        if !shared.contains(&key) {
            continue;
        }
        let loc = t.key_loc(key).unwrap_or(t.loc());
        d.push(
            Diagnostic::error(
                t.doc.file,
                loc,
                msg!(
                    "translation-shared-key",
                    key = key,
                    original = original.display()
                ),
            )
            .with_hint(msg!("hint-translation-shared-key")),
        );
    }
}

/// Checks the keys of `t`: shared ones are errors naming the original,
/// unknown ones errors naming the keys a translation may hold.
fn check(t: &Table, own: &[&str], not_here: &[&str], original: &Path, d: &mut Diagnostics) {
    shared(t, not_here, original, d);
    let known: Vec<&str> = own.iter().chain(not_here).copied().collect();
    t.check_known(&known, d);
}

/// A list of tables, each read by `read` after its keys are checked.
fn list<T>(
    t: &Table,
    key: &str,
    all: &[spec::Field],
    texts: &[spec::Field],
    original: &Path,
    d: &mut Diagnostics,
    read: impl Fn(&Table, &mut Diagnostics) -> T,
) -> Option<Listed<T>> {
    let loc = t.key_loc(key)?;
    let not_here = spec::shared_in(all, texts);
    let own = spec::keys(texts);
    let entries = t
        .tables(key, "what-translation", d)
        .iter()
        .map(|e| {
            check(e, &own, &not_here, original, d);
            read(e, d)
        })
        .collect();
    Some(Listed { loc, entries })
}

/// A translation's front matter: its texts, the shared keys reported.
pub fn parse(t: &Table, kind: Kind, lang: Lang, original: &Path, d: &mut Diagnostics) -> TextsSrc {
    check(
        t,
        &spec::translation_keys(kind),
        &spec::shared_keys(kind),
        original,
        d,
    );
    let mut x = TextsSrc {
        kind,
        lang,
        original: original.to_path_buf(),
        summary: text(t, "summary", d),
        description: None,
        status_note: None,
        strategies: None,
        milestones: None,
        budget: None,
        report_kind: None,
        sessions: None,
        updates: None,
        unit: None,
        source: None,
        about: Default::default(),
        method_line: 1,
        compare: None,
        tags: t.key_loc("tags").map(|loc| Listed {
            loc,
            entries: t.strings("tags", d).into_iter().map(|s| s.value).collect(),
        }),
        attachments: list(
            t,
            "attachments",
            spec::ATTACHMENT,
            spec::ATTACHMENT_TEXT,
            original,
            d,
            title_of,
        ),
    };
    match kind {
        Kind::Goal => x.strategies = strategies(t, d),
        Kind::Measure => {
            x.status_note = text(t, "status_note", d);
            x.milestones = list(
                t,
                "milestones",
                spec::MILESTONE,
                spec::MILESTONE_TEXT,
                original,
                d,
                title_of,
            );
            x.budget = list(
                t,
                "budget",
                spec::BUDGET_LINE,
                spec::BUDGET_TEXT,
                original,
                d,
                |e, d| text(e, "label", d),
            );
        }
        Kind::Report => {
            x.report_kind = text(t, "kind", d);
            x.sessions = list(
                t,
                "sessions",
                spec::SESSION,
                spec::SESSION_TEXT,
                original,
                d,
                |e, d| {
                    let committee = e.required_string("committee", d).map(|s| s.value);
                    (
                        committee.unwrap_or_default(),
                        text(e, "role", d),
                        text(e, "result", d),
                    )
                },
            );
            x.updates = list(
                t,
                "updates",
                spec::UPDATE,
                spec::UPDATE_TEXT,
                original,
                d,
                |e, d| text(e, "note", d),
            );
        }
        Kind::Indicator => {
            x.unit = text(t, "unit", d);
            x.source = text(t, "source", d);
            x.about = ABOUT_TEXTS.map(|k| text(t, k, d));
            x.method_line = t.key_loc("method").map_or(1, |l| l.line);
            x.compare = list(
                t,
                "compare",
                spec::COMPARE,
                spec::COMPARE_TEXT,
                original,
                d,
                |e, d| {
                    let label = e.required_string("label", d).map(|s| s.value);
                    (label.unwrap_or_default(), text(e, "source", d))
                },
            );
        }
        Kind::Page => x.description = text(t, "description", d),
    }
    x
}

/// An indicator's metadata texts, in the order of `TextsSrc::about`.
pub const ABOUT_TEXTS: [&str; 4] = ["definition", "numerator", "denominator", "method"];

/// A goal's `strategies` in a translation: titles, or `{ title, text }`.
fn strategies(t: &Table, d: &mut Diagnostics) -> Option<Listed<(String, Option<String>)>> {
    let loc = t.key_loc("strategies")?;
    let entries = t
        .strings_or_tables("strategies", "what-strategies-entry", d)
        .into_iter()
        .map(|e| match e {
            Entry::Text(s) => (s.value, None),
            Entry::Table(e) => {
                e.check_known(&spec::keys(spec::STRATEGY_TEXT), d);
                let title = e.required_string("title", d).map(|s| s.value);
                (title.unwrap_or_default(), text(&e, "text", d))
            }
        })
        .collect();
    Some(Listed { loc, entries })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(matches!(name("kita"), Name::Original));
        assert!(matches!(name("plan.v2"), Name::Original));
        assert!(matches!(name(".en"), Name::Original));
        assert!(matches!(
            name("kita.en"),
            Name::Translation {
                stem: "kita",
                lang: Lang::En
            }
        ));
        assert!(matches!(
            name("index.de"),
            Name::Translation {
                stem: "index",
                lang: Lang::De
            }
        ));
        assert!(matches!(name("kita.fr"), Name::Unknown { code: "fr" }));
        assert!(matches!(
            name("kita.de-LS"),
            Name::EasyReading { stem: "kita" }
        ));
        assert_eq!(
            original_of(Path::new("content/goals/teilhabe.de-LS.md")),
            Path::new("content/goals/teilhabe.md")
        );
        assert_eq!(
            original_of(Path::new("content/measures/kita.en.md")),
            Path::new("content/measures/kita.md")
        );
        assert_eq!(
            original_of(Path::new("content/measures/kita/index.en.md")),
            Path::new("content/measures/kita/index.md")
        );
    }
}

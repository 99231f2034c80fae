//! One type for every problem a run finds, printed the same everywhere:
//! `path:line:column: error: message` plus an optional hint line.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::base::locale::Lang;
use crate::base::messages::{self, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
pub struct Loc {
    pub line: u32,
    pub column: u32,
}

impl Loc {
    pub const START: Loc = Loc { line: 1, column: 1 };

    pub fn new(line: u32, column: u32) -> Loc {
        Loc { line, column }
    }

    /// The line and column of a byte offset in `text`. Scans the text up
    /// to the offset: for many positions in one text, use a [`LineIndex`].
    pub fn of_offset(text: &str, offset: usize) -> Loc {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Loc {
            line: line as u32,
            column: column as u32,
        }
    }
}

/// Bytes between the character-count checkpoints of a [`LineIndex`].
const BLOCK: usize = 256;

/// Line starts and character counts of one text, made in one pass, so each
/// position lookup costs a binary search and at most [`BLOCK`] bytes of
/// counting: a file with 500,000 tags on one line is not scanned per tag.
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// Characters before each block start (`i * BLOCK`, floored to a
    /// character boundary).
    chars_before_block: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut chars_before_block = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut count = 0;
        let mut prev = 0;
        for b in 0..=text.len() / BLOCK {
            let start = floor_char_boundary(text, b * BLOCK);
            count += text[prev..start].chars().count();
            chars_before_block.push(count);
            prev = start;
        }
        LineIndex {
            line_starts,
            chars_before_block,
        }
    }

    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let b = offset / BLOCK;
        let start = floor_char_boundary(text, b * BLOCK);
        self.chars_before_block[b] + text[start..offset].chars().count()
    }

    /// The line and column of a byte offset in `text`, the text this index
    /// was made from; the same as [`Loc::of_offset`].
    pub fn loc(&self, text: &str, offset: usize) -> Loc {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let line_start = self.line_starts[line - 1];
        let column = self.chars_before(text, offset) - self.chars_before(text, line_start) + 1;
        Loc {
            line: line as u32,
            column: column as u32,
        }
    }
}

/// A value with the position it was read from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct At<T> {
    pub value: T,
    pub loc: Loc,
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the portal root where possible.
    pub file: PathBuf,
    pub loc: Loc,
    pub message: Text,
    pub hint: Option<Text>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, loc: Loc, message: impl Into<Text>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            loc,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(file: impl Into<PathBuf>, loc: Loc, message: impl Into<Text>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, loc, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<Text>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn maybe_hint(mut self, hint: Option<Text>) -> Self {
        self.hint = hint;
        self
    }

    /// `path:line:column: error: message` and an indented hint, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let word = match self.severity {
            Severity::Error => "diag-error",
            Severity::Warning => "diag-warning",
        };
        let mut s = format!(
            "{}:{}:{}: {}: {}",
            self.file.display(),
            self.loc.line,
            self.loc.column,
            messages::plain(lang, word),
            self.message.render(lang)
        );
        if let Some(hint) = &self.hint {
            s.push_str(&format!(
                "\n  {}: {}",
                messages::plain(lang, "diag-hint"),
                hint.render(lang)
            ));
        }
        s
    }
}

impl fmt::Display for Diagnostic {
    /// In English; [`Diagnostic::render`] chooses the language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// All problems of one run, in the order they were found; sorted for output.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// How many distinct problems of `severity` there are: each language
    /// of a portal is checked, and a problem they share counts once.
    pub fn count(&self, severity: Severity) -> usize {
        self.sorted()
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every diagnostic, sorted, in `lang`, a line (or two, with a hint) each.
    pub fn render(&self, lang: Lang) -> Vec<String> {
        self.sorted().iter().map(|d| d.render(lang)).collect()
    }

    /// Sorted by file, position and severity, duplicates removed.
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut v = self.items.clone();
        v.sort_by(|a, b| {
            (&a.file, a.loc, a.severity, &a.message).cmp(&(&b.file, b.loc, b.severity, &b.message))
        });
        v.dedup();
        v
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(&word.to_lowercase(), &c.to_lowercase());
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.filter(|(s, _)| *s >= 0.7).map(|(_, c)| c)
}

/// Shows `path` relative to `root` when it lies inside it.
pub fn rel_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_lines_and_character_columns() {
        let text = "ab\nÄöü x\n";
        assert_eq!(Loc::of_offset(text, 0), Loc::new(1, 1));
        assert_eq!(Loc::of_offset(text, 3), Loc::new(2, 1));
        // "Äöü " is 7 bytes; the x is the fifth character of line 2.
        assert_eq!(Loc::of_offset(text, 10), Loc::new(2, 5));
    }

    #[test]
    fn the_line_index_agrees_with_scanning() {
        // Long lines with multi-byte characters across block boundaries.
        let mut text = String::new();
        for i in 0..40 {
            text.push_str(&"aÄ€😀 ".repeat(i * 7));
            text.push('\n');
        }
        let index = LineIndex::new(&text);
        for offset in 0..=text.len() + 3 {
            assert_eq!(
                index.loc(&text, offset),
                Loc::of_offset(&text, offset),
                "{offset}"
            );
        }
        assert_eq!(LineIndex::new("").loc("", 0), Loc::START);
    }

    #[test]
    fn display_has_path_line_column_and_hint() {
        let what = Text::new("what-goal", Vec::new());
        let d = Diagnostic::error(
            "content/goals/a.md",
            Loc::new(3, 1),
            crate::msg!("unknown-key", key = "titel", what = what),
        )
        .with_hint(crate::msg!("hint-did-you-mean", name = "title"));
        assert_eq!(
            d.to_string(),
            "content/goals/a.md:3:1: error: unknown key `titel` in goal\n  hint: did you mean `title`?"
        );
        assert_eq!(
            d.render(Lang::De),
            "content/goals/a.md:3:1: Fehler: unbekannter Schlüssel `titel` im Ziel\n  Hinweis: meinten Sie `title`?"
        );
    }

    #[test]
    fn closest_finds_typos_only() {
        assert_eq!(closest("titel", ["title", "summary"]), Some("title"));
        assert_eq!(closest("zzzz", ["title", "summary"]), None);
    }
}

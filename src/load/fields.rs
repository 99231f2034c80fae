//! Typed reading of spanned TOML tables. Every problem becomes a diagnostic at
//! the exact line and column of the key or value, and a file reports all its
//! problems at once instead of stopping at the first.

use std::cell::OnceCell;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::base::date::Date;
use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics, LineIndex, Loc, closest};
use crate::base::messages::Text;
use crate::base::money::Cents;
use crate::msg;

/// One parsed TOML source (a front matter or site.toml) and where it sits in its file.
pub struct Doc<'a> {
    pub file: &'a Path,
    /// The whole file, for line numbers.
    pub text: &'a str,
    /// Byte offset of the TOML inside `text`.
    pub base: usize,
    /// Made on the first position asked for: every value keeps its position.
    lines: OnceCell<LineIndex>,
}

impl<'a> Doc<'a> {
    pub fn new(file: &'a Path, text: &'a str, base: usize) -> Doc<'a> {
        Doc {
            file,
            text,
            base,
            lines: OnceCell::new(),
        }
    }

    pub fn loc(&self, span: &Range<usize>) -> Loc {
        self.lines
            .get_or_init(|| LineIndex::new(self.text))
            .loc(self.text, self.base + span.start)
    }

    pub fn error(&self, span: &Range<usize>, message: impl Into<Text>) -> Diagnostic {
        Diagnostic::error(self.file, self.loc(span), message)
    }

    /// Parses the TOML; syntax errors go to `diags` with their position.
    pub fn parse<'i>(
        &self,
        toml_src: &'i str,
        diags: &mut Diagnostics,
    ) -> Option<Spanned<DeTable<'i>>> {
        let (table, errors) = DeTable::parse_recoverable(toml_src);
        if errors.is_empty() {
            return Some(table);
        }
        // One message a line: a mistake often confuses the parser twice.
        let mut lines = std::collections::BTreeSet::new();
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            let loc = self.loc(&span);
            if !lines.insert(loc.line) {
                continue;
            }
            let start = span.start.min(toml_src.len());
            let line_start = toml_src[..start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = toml_src[start..]
                .find('\n')
                .map_or(toml_src.len(), |i| start + i);
            let line = toml_src[line_start..line_end].trim();
            let (message, hint) = super::toml_help::explain(line, e.message().trim());
            diags.push(self.error(&span, message).with_hint(hint));
        }
        None
    }
}

pub struct Table<'r, 'i> {
    pub doc: &'r Doc<'r>,
    pub table: &'r DeTable<'i>,
    pub span: Range<usize>,
    /// What the table is, for messages: the id of a message that names it
    /// after "in" ("what-measure": "in measure", "in der Maßnahme").
    pub what: &'static str,
}

/// A date as people write it in quotes: "30.06.2025" or "2025-06-30".
fn written_date(v: &Spanned<DeValue<'_>>) -> Option<Date> {
    match v.get_ref() {
        DeValue::String(s) => Date::parse_written(s),
        _ => None,
    }
}

/// What a value is, as a message ("a string", "eine Zeichenkette").
fn type_name(v: &DeValue<'_>) -> Text {
    match v {
        DeValue::String(_) => msg!("type-string"),
        DeValue::Integer(_) => msg!("type-integer"),
        DeValue::Float(_) => msg!("type-decimal"),
        DeValue::Boolean(_) => msg!("type-boolean"),
        DeValue::Datetime(_) => msg!("type-date"),
        DeValue::Array(_) => msg!("type-list"),
        DeValue::Table(_) => msg!("type-table"),
    }
}

impl<'r, 'i> Table<'r, 'i> {
    pub fn new(doc: &'r Doc<'r>, table: &'r Spanned<DeTable<'i>>, what: &'static str) -> Self {
        Table {
            doc,
            table: table.get_ref(),
            span: table.span(),
            what,
        }
    }

    pub fn loc(&self) -> Loc {
        self.doc.loc(&self.span)
    }

    /// The keys as written, in order.
    pub fn keys(&self) -> Vec<&'r str> {
        self.table.keys().map(|k| k.get_ref().as_ref()).collect()
    }

    /// Where `key` is written.
    pub fn key_loc(&self, key: &str) -> Option<Loc> {
        self.table
            .get_key_value(key)
            .map(|(k, _)| self.doc.loc(&k.span()))
    }

    /// Unknown keys are errors that name the key, the closest known key and all known ones.
    pub fn check_known(&self, known: &[&str], diags: &mut Diagnostics) {
        for key in self.table.keys() {
            let name: &str = key.get_ref();
            if known.contains(&name) {
                continue;
            }
            let known_keys = known.join(", ");
            let hint = match closest(name, known.iter().copied()) {
                Some(c) => msg!("hint-unknown-key-closest", name = c, known = known_keys),
                None => msg!("hint-known-keys", known = known_keys),
            };
            diags.push(
                self.doc
                    .error(
                        &key.span(),
                        msg!("unknown-key", key = name, what = self.what_text()),
                    )
                    .with_hint(hint),
            );
        }
    }

    /// The message naming this table.
    fn what_text(&self) -> Text {
        Text::new(self.what, Vec::new())
    }

    pub fn get(&self, key: &str) -> Option<&'r Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    pub fn has(&self, key: &str) -> bool {
        self.table.contains_key(key)
    }

    fn wrong_type(
        &self,
        key: &str,
        v: &Spanned<DeValue<'_>>,
        expected: Text,
        diags: &mut Diagnostics,
    ) {
        let flag_or_date = expected.id == "expect-flag-or-date";
        let date = flag_or_date || expected.id == "expect-date";
        let mut d = self.doc.error(
            &v.span(),
            msg!(
                "wrong-type",
                key = key,
                expected = expected,
                found = type_name(v.get_ref())
            ),
        );
        if date && matches!(v.get_ref(), DeValue::String(_)) {
            d = d.with_hint(if flag_or_date {
                msg!("hint-flag-or-date-unquoted")
            } else {
                msg!("hint-date-unquoted")
            });
        }
        diags.push(d);
    }

    pub fn missing(&self, key: &str, diags: &mut Diagnostics) {
        diags.push(
            self.doc
                .error(
                    &self.span,
                    msg!("missing-key", key = key, what = self.what_text()),
                )
                .with_hint(if self.doc.file.ends_with("site.toml") {
                    msg!("hint-add-key-site", key = key, what = self.what_text())
                } else {
                    msg!("hint-add-key-front", key = key)
                }),
        );
    }

    pub fn string(&self, key: &str, diags: &mut Diagnostics) -> Option<At<String>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => self.text(s, &v.span(), diags),
            _ => {
                self.wrong_type(key, v, msg!("type-string"), diags);
                None
            }
        }
    }

    /// A string value, refused when an escape such as `\u202E` put in a
    /// character the text may not hold (the file's own characters were
    /// checked when it was read).
    fn text(&self, s: &str, span: &Range<usize>, diags: &mut Diagnostics) -> Option<At<String>> {
        if let Some((_, c)) = crate::base::text::first_forbidden(s) {
            diags.push(
                self.doc
                    .error(span, crate::base::text::message(c))
                    .with_hint(crate::base::text::hint()),
            );
            return None;
        }
        Some(At {
            value: s.to_string(),
            loc: self.doc.loc(span),
        })
    }

    /// Reads a required key with `read`; a missing key is reported once, here.
    pub fn required<T>(
        &self,
        key: &str,
        diags: &mut Diagnostics,
        read: impl FnOnce(&Self, &mut Diagnostics) -> Option<T>,
    ) -> Option<T> {
        if !self.has(key) {
            self.missing(key, diags);
            return None;
        }
        read(self, diags)
    }

    pub fn required_string(&self, key: &str, diags: &mut Diagnostics) -> Option<At<String>> {
        let s = self.required(key, diags, |t, d| t.string(key, d))?;
        if s.value.trim().is_empty() {
            diags.push(Diagnostic::error(
                self.doc.file,
                s.loc,
                msg!("key-empty", key = key),
            ));
            return None;
        }
        Some(s)
    }

    pub fn integer(&self, key: &str, diags: &mut Diagnostics) -> Option<At<i64>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Integer(i) => {
                match i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()) {
                    Ok(n) => Some(At {
                        value: n,
                        loc: self.doc.loc(&v.span()),
                    }),
                    Err(_) => {
                        diags.push(self.doc.error(&v.span(), msg!("key-too-large", key = key)));
                        None
                    }
                }
            }
            _ => {
                self.wrong_type(key, v, msg!("type-integer"), diags);
                None
            }
        }
    }

    /// An integer within `range`; outside is an error that names the range.
    pub fn integer_in(
        &self,
        key: &str,
        range: Range<i64>,
        diags: &mut Diagnostics,
    ) -> Option<At<i64>> {
        let n = self.integer(key, diags)?;
        if range.contains(&n.value) {
            Some(n)
        } else {
            diags.push(Diagnostic::error(
                self.doc.file,
                n.loc,
                msg!(
                    "out-of-range",
                    key = key,
                    value = n.value,
                    min = range.start,
                    max = range.end - 1
                ),
            ));
            None
        }
    }

    /// A share in percent, 0 to 100: `95`, or as people write it, `"95 %"`.
    pub fn percent(&self, key: &str, diags: &mut Diagnostics) -> Option<At<i64>> {
        let v = self.get(key)?;
        let DeValue::String(s) = v.get_ref() else {
            return self.integer_in(key, 0..101, diags);
        };
        let loc = self.doc.loc(&v.span());
        let number = s.trim().strip_suffix('%').unwrap_or(s).trim();
        match number.parse::<i64>() {
            Ok(n) if (0..=100).contains(&n) => Some(At { value: n, loc }),
            Ok(n) => {
                diags.push(Diagnostic::error(
                    self.doc.file,
                    loc,
                    msg!("out-of-range", key = key, value = n, min = 0, max = 100),
                ));
                None
            }
            Err(_) => {
                diags.push(
                    self.doc
                        .error(
                            &v.span(),
                            msg!("not-a-percent", key = key, value = s.as_ref()),
                        )
                        .with_hint(msg!("hint-percent", key = key)),
                );
                None
            }
        }
    }

    pub fn boolean(&self, key: &str, diags: &mut Diagnostics) -> Option<bool> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(key, v, msg!("expect-true-false"), diags);
                None
            }
        }
    }

    /// `true`, `false`, or a date (which counts as `true`): a milestone's
    /// `done`. None when the key is absent or has another type (an error).
    pub fn flag_or_date(&self, key: &str, diags: &mut Diagnostics) -> Option<(bool, Option<Date>)> {
        let v = self.get(key)?;
        if let Some(d) = written_date(v) {
            return Some((true, Some(d)));
        }
        match v.get_ref() {
            DeValue::Boolean(b) => Some((*b, None)),
            DeValue::Datetime(_) => self.date(key, diags).map(|d| (true, Some(d.value))),
            _ => {
                self.wrong_type(key, v, msg!("expect-flag-or-date"), diags);
                None
            }
        }
    }

    pub fn date(&self, key: &str, diags: &mut Diagnostics) -> Option<At<Date>> {
        let v = self.get(key)?;
        if let Some(value) = written_date(v) {
            let loc = self.doc.loc(&v.span());
            return Some(At { value, loc });
        }
        match v.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.date.is_some() => {
                let d = dt.date.expect("checked");
                let date = Date::new(i32::from(d.year), d.month, d.day)?;
                Some(At {
                    value: date,
                    loc: self.doc.loc(&v.span()),
                })
            }
            DeValue::Datetime(_) => {
                diags.push(
                    self.doc
                        .error(&v.span(), msg!("date-with-time", key = key))
                        .with_hint(msg!("hint-date-example")),
                );
                None
            }
            _ => {
                self.wrong_type(key, v, msg!("expect-date"), diags);
                None
            }
        }
    }

    /// A number (integer or decimal) as f64, for indicator values: finite
    /// and within `indicator::MAX_ABS_VALUE`.
    pub fn number(&self, key: &str, diags: &mut Diagnostics) -> Option<At<f64>> {
        let v = self.get(key)?;
        let loc = self.doc.loc(&v.span());
        let (text, value) = match v.get_ref() {
            DeValue::Integer(i) => {
                let n = self.integer(key, diags)?;
                (i.as_str().to_string(), n.value as f64)
            }
            DeValue::Float(f) => (
                f.as_str().to_string(),
                f.as_str()
                    .replace('_', "")
                    .parse::<f64>()
                    .unwrap_or(f64::NAN),
            ),
            _ => {
                self.wrong_type(key, v, msg!("expect-number"), diags);
                return None;
            }
        };
        if let Some(problem) = crate::model::indicator::value_problem(&text, value) {
            diags.push(self.doc.error(&v.span(), problem));
            return None;
        }
        Some(At { value, loc })
    }

    /// An amount of money: `50000`, `48250.5` or `"48250.50"`, at most two decimals.
    pub fn amount(&self, key: &str, diags: &mut Diagnostics) -> Option<At<Cents>> {
        let v = self.get(key)?;
        let text = match v.get_ref() {
            DeValue::Integer(i) if i.radix() == 10 => i.as_str().to_string(),
            DeValue::Float(f) => f.as_str().to_string(),
            DeValue::String(s) => s.to_string(),
            _ => {
                self.wrong_type(key, v, msg!("expect-amount"), diags);
                return None;
            }
        };
        match Cents::parse(&text) {
            Ok(c) => Some(At {
                value: c,
                loc: self.doc.loc(&v.span()),
            }),
            Err(e) => {
                diags.push(
                    self.doc
                        .error(
                            &v.span(),
                            msg!("key-amount", key = key, problem = e.describe(&text)),
                        )
                        .with_hint(msg!("hint-amount-forms")),
                );
                None
            }
        }
    }

    pub fn strings(&self, key: &str, diags: &mut Diagnostics) -> Vec<At<String>> {
        self.entries(key, "", Holds::Strings, diags)
            .into_iter()
            .filter_map(|e| match e {
                Entry::Text(s) => Some(s),
                Entry::Table(_) => None,
            })
            .collect()
    }

    /// An inline table such as `baseline = { year = 2020, value = 61.5 }`.
    pub fn table(
        &self,
        key: &str,
        what: &'static str,
        diags: &mut Diagnostics,
    ) -> Option<Table<'r, 'i>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some(Table {
                doc: self.doc,
                table: t,
                span: v.span(),
                what,
            }),
            _ => {
                self.wrong_type(key, v, msg!("expect-inline-table"), diags);
                None
            }
        }
    }

    /// `[[key]]` entries (or a list of inline tables).
    pub fn tables(
        &self,
        key: &str,
        what: &'static str,
        diags: &mut Diagnostics,
    ) -> Vec<Table<'r, 'i>> {
        self.entries(key, what, Holds::Tables, diags)
            .into_iter()
            .filter_map(|e| match e {
                Entry::Table(t) => Some(t),
                Entry::Text(_) => None,
            })
            .collect()
    }

    /// A list whose entries are strings or tables (`strategies`): each
    /// string as it is, each table for the caller to read.
    pub fn strings_or_tables(
        &self,
        key: &str,
        what: &'static str,
        diags: &mut Diagnostics,
    ) -> Vec<Entry<'r, 'i>> {
        self.entries(key, what, Holds::Both, diags)
    }

    /// The entries of a list of `holds`; a value that is no list, or an
    /// entry of another type, is an error naming what the list holds.
    fn entries(
        &self,
        key: &str,
        what: &'static str,
        holds: Holds,
        diags: &mut Diagnostics,
    ) -> Vec<Entry<'r, 'i>> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let holds_what = match holds {
            Holds::Strings => "strings",
            Holds::Tables => "tables",
            Holds::Both => "both",
        };
        let DeValue::Array(items) = v.get_ref() else {
            let list = msg!("expect-list", holds = holds_what, key = key);
            self.wrong_type(key, v, list, diags);
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match (item.get_ref(), holds) {
                (DeValue::String(s), Holds::Strings | Holds::Both) => {
                    out.extend(self.text(s, &item.span(), diags).map(Entry::Text))
                }
                (DeValue::Table(t), Holds::Tables | Holds::Both) => out.push(Entry::Table(Table {
                    doc: self.doc,
                    table: t,
                    span: item.span(),
                    what,
                })),
                (other, _) => diags.push(self.doc.error(
                    &item.span(),
                    msg!(
                        "wrong-entry",
                        key = key,
                        holds = holds_what,
                        found = type_name(other)
                    ),
                )),
            }
        }
        out
    }
}

/// What a list may hold.
#[derive(Clone, Copy)]
enum Holds {
    Strings,
    Tables,
    Both,
}

/// An entry of a list that takes strings or tables.
pub enum Entry<'r, 'i> {
    Text(At<String>),
    Table(Table<'r, 'i>),
}

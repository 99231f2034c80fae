//! Every text klarsicht says to the people who run it (errors, warnings,
//! hints, summaries, command output, the preview's overlay) comes from one
//! catalogue per language, `messages/de.ftl` and `messages/en.ftl`, in
//! Project Fluent's format (named variables, plural forms). Code names a
//! message by its id with [`msg!`](crate::msg); the words are chosen when
//! it is shown, in the language of the portal or of the person.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::base::locale::Lang;

pub const DE: &str = include_str!("../../messages/de.ftl");
pub const EN: &str = include_str!("../../messages/en.ftl");

/// A message: its id in the catalogues and the values of its variables.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Text {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A variable's value: text as it is, or a message of its own, shown in
/// the same language (`in { $what }` with `what` = the front matter).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Arg {
    Str(String),
    Text(Text),
}

impl From<&Text> for Arg {
    fn from(t: &Text) -> Arg {
        Arg::Text(t.clone())
    }
}

/// Values shown as they are, with `Display`.
macro_rules! display_args {
    ($($t:ty),*) => {
        $(impl From<&$t> for Arg {
            fn from(v: &$t) -> Arg {
                Arg::Str(v.to_string())
            }
        })*
        referenced_args!($($t),*);
    };
}

/// A value behind one more reference is the value.
macro_rules! referenced_args {
    ($($t:ty),*) => {
        $(impl From<&&$t> for Arg {
            fn from(v: &&$t) -> Arg {
                Arg::from(*v)
            }
        })*
    };
}

display_args!(
    String,
    str,
    char,
    u8,
    u16,
    u32,
    u64,
    usize,
    i32,
    i64,
    f64,
    crate::base::date::Date,
    std::borrow::Cow<'_, str>,
    std::path::Display<'_>
);

referenced_args!(Text, &str, std::path::Path, std::path::PathBuf);

impl From<&std::path::Path> for Arg {
    fn from(p: &std::path::Path) -> Arg {
        Arg::Str(p.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(p: &std::path::PathBuf) -> Arg {
        Arg::Str(p.display().to_string())
    }
}

impl Text {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text { id, args }
    }

    /// Text from outside the catalogue, shown as it is in every language: an
    /// operating system's or a parser's own words, always inside a message
    /// of ours that says what they are about.
    pub fn raw(text: impl Into<String>) -> Text {
        Text::new("raw", vec![("text", Arg::Str(text.into()))])
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        render(lang, self.id, &self.args)
    }

    /// The message in `lang`, or an error when the catalogue lacks it or
    /// one of its variables (for tests and fuzzing).
    pub fn render_checked(&self, lang: Lang) -> Result<String, String> {
        render_checked(lang, self.id, &self.args)
    }
}

impl std::fmt::Display for Text {
    /// English: for logs and tests that do not choose a language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// `msg!("unknown-item", kind = k, slug = s)`: the message `unknown-item`
/// with the variables `$kind` and `$slug`, each a value shown as it is or a
/// [`Text`] shown in the same language.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::base::messages::Text::new($id, Vec::new())
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::base::messages::Text::new(
            $id,
            vec![$((stringify!($k), $crate::base::messages::Arg::from(&$v))),+],
        )
    };
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static DE_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let (cell, source) = match lang {
        Lang::De => (&DE_BUNDLE, DE),
        Lang::En => (&EN_BUNDLE, EN),
    };
    cell.get_or_init(|| {
        let id: unic_langid::LanguageIdentifier =
            lang.code().parse().expect("de and en are language ids");
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around values: a terminal shows them
        // as boxes, and the text is checked for them elsewhere.
        b.set_use_isolating(false);
        let res = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
        // Duplicates and syntax errors are caught by the catalogue's tests.
        let _ = b.add_resource(res);
        b
    })
}

/// The message `id` in `lang` with `args`. A number-like value is a number
/// to Fluent, so plural forms choose by it. A message missing from the
/// catalogue, or a variable missing from the call, shows itself in the
/// text, where the tests that compare texts find it.
pub fn render(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    render_checked(lang, id, args).unwrap_or_else(|shown| shown)
}

/// The message, or (as the error) the text with what is missing marked: a
/// message the catalogue lacks, a variable the call did not give.
pub fn render_checked(
    lang: Lang,
    id: &str,
    args: &[(&'static str, Arg)],
) -> Result<String, String> {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        return Err(format!("[missing message {id}] {args:?}"));
    };
    let mut fa = FluentArgs::new();
    let mut complete = true;
    for (k, v) in args {
        let v = match v {
            Arg::Str(s) => s.clone(),
            Arg::Text(t) => t.render_checked(lang).unwrap_or_else(|shown| {
                complete = false;
                shown
            }),
        };
        // `+1` and `007` stay text: they are written that way for a reason.
        let as_written = v.starts_with('+') || (v.len() > 1 && v.starts_with('0'));
        let value = match v.parse::<i64>() {
            Ok(n) if !as_written => FluentValue::from(n),
            _ => FluentValue::from(v),
        };
        fa.set(*k, value);
    }
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, Some(&fa), &mut errors);
    if errors.is_empty() && complete {
        Ok(text.into_owned())
    } else {
        Err(format!("{text} [message {id}: {errors:?}]"))
    }
}

/// Whether the catalogues have the message `id`.
pub fn has(id: &str) -> bool {
    bundle(Lang::En).has_message(id)
}

/// The message `id` in `lang` without variables, if the catalogue has it
/// (help texts, labels and descriptions named by a command or key).
pub fn optional(lang: Lang, id: &str) -> Option<String> {
    has(id).then(|| plain(lang, id))
}

/// The message `id` in `lang` without variables.
pub fn plain(lang: Lang, id: &str) -> String {
    render(lang, id, &[])
}

#[cfg(test)]
mod tests;

//! Template engines behind one small trait. MiniJinja renders the default
//! theme; a Tera engine can sit behind the same trait and the same views.

pub mod tera;

use std::collections::BTreeMap;
use std::sync::Arc;

use minijinja::value::Serde;
use minijinja::{Environment, UndefinedBehavior, Value};

use crate::base::date::Date;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::locale::Formatter;
use crate::base::money::Cents;
use crate::load::theme::Theme;
use crate::render::pages::views::Context;

pub trait Engine: Sync {
    fn render(&self, template: &str, ctx: &Context) -> Result<String, Diagnostic>;
}

/// The filters both engines offer templates, defined once (docs/themes.md
/// lists them). Each takes one value.
#[derive(Clone)]
pub struct Filters {
    fmt: Arc<Formatter>,
    strings: Arc<BTreeMap<String, String>>,
}

/// Calls `$m!(name, argument type)` for each filter of [`Filters`]: both
/// engines register the same list.
macro_rules! for_each_filter {
    ($m:ident) => {
        $m!(money, i64);
        $m!(number, f64);
        $m!(percent, f64);
        $m!(rate, i64);
        $m!(money_change, i64);
        $m!(rate_change, i64);
        $m!(date, String);
        $m!(status_label, String);
        $m!(abs, i64);
    };
}
pub(crate) use for_each_filter;

impl Filters {
    pub fn new(fmt: Arc<Formatter>, strings: Arc<BTreeMap<String, String>>) -> Filters {
        Filters { fmt, strings }
    }

    /// Cents as money in the site's language: `1.234,50 €`.
    pub fn money(&self, cents: i64) -> String {
        self.fmt.money(Cents(cents))
    }

    pub fn number(&self, x: f64) -> String {
        self.fmt.number(x)
    }

    pub fn percent(&self, x: f64) -> String {
        self.fmt.percent(x)
    }

    /// Tenths of a percent (96.5 % = 965) as a percentage with one decimal.
    pub fn rate(&self, tenths: i64) -> String {
        self.fmt.rate(tenths)
    }

    /// An ISO date in the site's language; other text as it is.
    pub fn date(&self, iso: String) -> String {
        Date::parse_iso(&iso)
            .map(|d| self.fmt.date(d))
            .unwrap_or(iso)
    }

    /// A change in cents with its sign: `+1.234,50 €`, `−5,00 €`, `0,00 €`.
    pub fn money_change(&self, cents: i64) -> String {
        self.fmt.money_change(Cents(cents))
    }

    /// A change in tenths of a percent with its sign: `+25,0 %`.
    pub fn rate_change(&self, tenths: i64) -> String {
        self.fmt.rate_change(tenths)
    }

    /// A status key (`in_progress`) as the theme's label for it.
    pub fn status_label(&self, key: String) -> String {
        self.strings
            .get(&format!("status_{key}"))
            .cloned()
            .unwrap_or(key)
    }

    pub fn abs(&self, x: i64) -> i64 {
        x.abs()
    }
}

pub struct Jinja {
    env: Environment<'static>,
    /// Template name → (source, file shown in errors).
    templates: BTreeMap<String, (String, std::path::PathBuf)>,
}

/// A MiniJinja error at the template file's line and column.
fn error_to_diagnostic(
    e: &minijinja::Error,
    templates: &BTreeMap<String, (String, std::path::PathBuf)>,
    fallback: &str,
) -> Diagnostic {
    let name = e.name().unwrap_or(fallback);
    let (file, loc) = match templates.get(name) {
        Some((src, file)) => {
            let loc = match e.range() {
                Some(r) => Loc::of_offset(src, r.start),
                None => Loc::new(e.line().unwrap_or(1) as u32, 1),
            };
            (file.clone(), loc)
        }
        None => (name.into(), Loc::new(e.line().unwrap_or(1) as u32, 1)),
    };
    let mut message = e.kind().to_string();
    if let Some(detail) = e.detail() {
        message.push_str(": ");
        message.push_str(detail);
    }
    Diagnostic::error(file, loc, crate::msg!("template-error", why = message))
}

/// Escapes the five characters that matter in HTML and XML text and quoted
/// attributes. MiniJinja's own escaping also turns `/` into `&#x2f;`, which
/// is harmless but makes every URL longer and harder to read.
pub fn escape_html(s: &str, out: &mut impl std::fmt::Write) -> std::fmt::Result {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.write_str(&s[last..i])?;
        out.write_str(rep)?;
        last = i + 1;
    }
    out.write_str(&s[last..])
}

/// `escape_html` into a new String, for HTML and SVG written outside the
/// templates (charts, forwarding pages).
pub fn escape_html_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_html(s, &mut out).expect("writing to a String");
    out
}

fn html_formatter(
    out: &mut minijinja::Output,
    state: &mut minijinja::State,
    value: &Value,
) -> Result<(), minijinja::Error> {
    if matches!(state.auto_escape(), minijinja::AutoEscape::Html)
        && !value.is_safe()
        && let Some(s) = value.as_str()
    {
        return escape_html(s, out).map_err(|_| {
            minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "write failed")
        });
    }
    minijinja::escape_formatter(out, state, value)
}

impl Jinja {
    pub fn new(
        theme: &Theme,
        fmt: Arc<Formatter>,
        strings: Arc<BTreeMap<String, String>>,
    ) -> Result<Jinja, Diagnostics> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_syntax(
            minijinja::syntax::SyntaxConfig::builder()
                .trim_blocks(true)
                .lstrip_blocks(true)
                .build()
                .expect("default delimiters"),
        );
        env.set_formatter(html_formatter);
        let filters = Filters::new(fmt, strings.clone());
        macro_rules! register {
            ($name:ident, $arg:ty) => {
                let f = filters.clone();
                env.add_filter(stringify!($name), move |x: $arg| f.$name(x));
            };
        }
        for_each_filter!(register);
        // A global rather than part of each page's context: imported macros see
        // it too, and it is converted once instead of for every page.
        env.add_global("t", Value::from(Serde(&*strings)));
        let mut d = Diagnostics::new();
        for (name, (src, _)) in &theme.templates {
            if let Err(e) = env.add_template_owned(name.clone(), src.clone()) {
                d.push(error_to_diagnostic(&e, &theme.templates, name));
            }
        }
        if d.has_errors() {
            return Err(d);
        }
        Ok(Jinja {
            env,
            templates: theme.templates.clone(),
        })
    }
}

impl Engine for Jinja {
    fn render(&self, template: &str, ctx: &Context) -> Result<String, Diagnostic> {
        let tmpl = self
            .env
            .get_template(template)
            .map_err(|e| error_to_diagnostic(&e, &self.templates, template))?;
        tmpl.render(Value::from(Serde(ctx)))
            .map_err(|e| error_to_diagnostic(&e, &self.templates, template))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping_covers_markup_and_both_quotes_but_leaves_slashes() {
        let mut out = String::new();
        super::escape_html("<a href=\"x\">O'Neil & Co</a> ../../x/", &mut out).unwrap();
        assert_eq!(
            out,
            "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; Co&lt;/a&gt; ../../x/"
        );
    }
}

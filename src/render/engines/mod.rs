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

pub struct Jinja {
    env: Environment<'static>,
    files: BTreeMap<String, std::path::PathBuf>,
}

fn error_to_diagnostic(
    e: &minijinja::Error,
    files: &BTreeMap<String, std::path::PathBuf>,
    fallback: &str,
) -> Diagnostic {
    let name = e.name().unwrap_or(fallback);
    let file = files.get(name).cloned().unwrap_or_else(|| name.into());
    let loc = Loc::new(e.line().unwrap_or(1) as u32, 1);
    let mut message = format!("template error: {}", e.kind());
    if let Some(detail) = e.detail() {
        message.push_str(": ");
        message.push_str(detail);
    }
    Diagnostic::error(file, loc, message)
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
        let f = fmt.clone();
        env.add_filter("money", move |cents: i64| f.money(Cents(cents)));
        let f = fmt.clone();
        env.add_filter("number", move |x: f64| f.number(x));
        let f = fmt.clone();
        env.add_filter("percent", move |x: f64| f.percent(x));
        let f = fmt.clone();
        env.add_filter("rate", move |bp: i64| f.rate(bp));
        let f = fmt.clone();
        env.add_filter("date", move |iso: String| {
            Date::parse_iso(&iso).map(|d| f.date(d)).unwrap_or(iso)
        });
        let s = strings.clone();
        env.add_filter("status_label", move |key: String| {
            s.get(&format!("status_{key}")).cloned().unwrap_or(key)
        });
        env.add_filter("abs", |x: i64| x.abs());
        // A global rather than part of each page's context: imported macros see
        // it too, and it is converted once instead of for every page.
        env.add_global("t", Value::from(Serde(&*strings)));
        let mut files = BTreeMap::new();
        let mut d = Diagnostics::new();
        for (name, (src, file)) in &theme.templates {
            files.insert(name.clone(), file.clone());
            if let Err(e) = env.add_template_owned(name.clone(), src.clone()) {
                d.push(error_to_diagnostic(&e, &files, name));
            }
        }
        if d.has_errors() {
            return Err(d);
        }
        Ok(Jinja { env, files })
    }
}

impl Engine for Jinja {
    fn render(&self, template: &str, ctx: &Context) -> Result<String, Diagnostic> {
        let tmpl = self
            .env
            .get_template(template)
            .map_err(|e| error_to_diagnostic(&e, &self.files, template))?;
        tmpl.render(Value::from(Serde(ctx)))
            .map_err(|e| error_to_diagnostic(&e, &self.files, template))
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

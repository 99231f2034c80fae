//! The Tera engine behind the same `Engine` trait and the same view structs
//! as MiniJinja: the bundled theme `plain`, written in Tera, gets the same
//! context and the same filters as the default theme.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use tera::{ErrorKind, Kwargs, State, Tera};

use super::Engine;
use crate::base::date::Date;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::locale::Formatter;
use crate::base::money::Cents;
use crate::load::theme::Theme;
use crate::render::pages::views::Context;

pub struct TeraEngine {
    tera: Tera,
    files: BTreeMap<String, PathBuf>,
}

/// A Tera error as a diagnostic at the template file's line and column.
fn diagnostic(e: &tera::Error, files: &BTreeMap<String, PathBuf>, fallback: &str) -> Diagnostic {
    let (name, loc, message) = match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => (
            r.filename().to_string(),
            Loc::new(r.span().start_line as u32, r.span().start_col as u32 + 1),
            r.message().to_string(),
        ),
        _ => (fallback.to_string(), Loc::START, e.to_string()),
    };
    let name = if name.is_empty() {
        fallback.to_string()
    } else {
        name
    };
    let file = files.get(&name).cloned().unwrap_or_else(|| name.into());
    Diagnostic::error(file, loc, format!("template error: {message}"))
}

impl TeraEngine {
    pub fn new(
        theme: &Theme,
        fmt: Arc<Formatter>,
        strings: Arc<BTreeMap<String, String>>,
    ) -> Result<TeraEngine, Diagnostics> {
        let mut tera = Tera::default();
        // Filters before templates: Tera checks filter names while loading.
        let f = fmt.clone();
        tera.register_filter("money", move |cents: i64, _: Kwargs, _: &State| {
            f.money(Cents(cents))
        });
        let f = fmt.clone();
        tera.register_filter("number", move |x: f64, _: Kwargs, _: &State| f.number(x));
        let f = fmt.clone();
        tera.register_filter("percent", move |x: f64, _: Kwargs, _: &State| f.percent(x));
        let f = fmt.clone();
        tera.register_filter("rate", move |bp: i64, _: Kwargs, _: &State| f.rate(bp));
        let f = fmt.clone();
        tera.register_filter("date", move |iso: String, _: Kwargs, _: &State| {
            Date::parse_iso(&iso).map(|d| f.date(d)).unwrap_or(iso)
        });
        let s = strings.clone();
        tera.register_filter("status_label", move |key: String, _: Kwargs, _: &State| {
            s.get(&format!("status_{key}")).cloned().unwrap_or(key)
        });
        tera.global_context().insert("t", &*strings);
        let mut files = BTreeMap::new();
        for (name, (_, file)) in &theme.templates {
            files.insert(name.clone(), file.clone());
        }
        let sources = theme
            .templates
            .iter()
            .map(|(name, (src, _))| (name.as_str(), src.as_str()));
        if let Err(e) = tera.add_raw_templates(sources) {
            let mut d = Diagnostics::new();
            d.push(diagnostic(&e, &files, "templates"));
            return Err(d);
        }
        Ok(TeraEngine { tera, files })
    }
}

impl Engine for TeraEngine {
    fn render(&self, template: &str, ctx: &Context) -> Result<String, Diagnostic> {
        let context = tera::Context::from_serialize(ctx)
            .map_err(|e| diagnostic(&e, &self.files, template))?;
        self.tera
            .render(template, &context)
            .map_err(|e| diagnostic(&e, &self.files, template))
    }
}

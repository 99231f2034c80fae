//! The Tera engine behind the same `Engine` trait and the same view structs
//! as MiniJinja: the bundled theme `plain`, written in Tera, gets the same
//! context and the same filters as the default theme.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use tera::{ErrorKind, Kwargs, State, Tera};

use super::{Engine, Filters, for_each_filter};
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::locale::Formatter;
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
    Diagnostic::error(file, loc, crate::msg!("template-error", why = message))
}

impl TeraEngine {
    pub fn new(
        theme: &Theme,
        fmt: Arc<Formatter>,
        strings: Arc<BTreeMap<String, String>>,
    ) -> Result<TeraEngine, Diagnostics> {
        let mut tera = Tera::default();
        // Filters before templates: Tera checks filter names while loading.
        let filters = Filters::new(fmt, strings.clone());
        macro_rules! register {
            ($name:ident, $arg:ty) => {
                let f = filters.clone();
                tera.register_filter(stringify!($name), move |x: $arg, _: Kwargs, _: &State| {
                    f.$name(x)
                });
            };
        }
        for_each_filter!(register);
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

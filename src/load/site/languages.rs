//! The portal's languages: `language = "de"`, or `languages = ["de", "en"]`
//! (the first is the default, published at the root; each other one under
//! `/<code>/`), and `[lang.<code>]` with site.toml's texts in each other
//! language.

use serde::Serialize;

use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::base::locale::Lang;
use crate::load::fields::Table;
use crate::load::spec;
use crate::msg;

/// site.toml's texts in a language besides the first.
#[derive(Debug, Clone, Serialize)]
pub struct LangTexts {
    pub lang: Lang,
    pub title: String,
    pub description: Option<String>,
    pub organisation: Option<String>,
    /// The `[[menu]]` titles, in order (as many as there are entries).
    pub menu: Vec<String>,
    pub method: Option<String>,
    /// The accessibility statement's barriers, in order.
    pub barriers: Option<Vec<String>>,
    pub enforcement: Option<String>,
}

/// The languages in order, the default first, and the others' texts.
pub struct Languages {
    pub all: Vec<Lang>,
    pub texts: Vec<LangTexts>,
}

fn code_of(
    t: &Table,
    key: &str,
    s: &crate::base::diagnostics::At<String>,
    d: &mut Diagnostics,
) -> Option<Lang> {
    let lang = match s.value.as_str() {
        "de" => Some(Lang::De),
        "en" => Some(Lang::En),
        _ => None,
    };
    if lang.is_none() {
        d.push(
            Diagnostic::error(
                t.doc.file,
                s.loc,
                msg!("invalid-choice", key = key, value = s.value),
            )
            .with_hint(msg!("hint-valid-values", valid = "de, en")),
        );
    }
    lang
}

/// `language` or `languages`, and `[lang.*]`. `menu_len` and
/// `barriers_len` are what the default language's texts hold.
pub fn parse(t: &Table, menu_len: usize, barriers_len: usize, d: &mut Diagnostics) -> Languages {
    let mut all = Vec::new();
    if t.has("languages") {
        if let Some(loc) = t.key_loc("language").filter(|_| t.has("language")) {
            d.push(
                Diagnostic::error(t.doc.file, loc, msg!("language-and-languages"))
                    .with_hint(msg!("hint-language-and-languages")),
            );
        }
        for s in t.strings("languages", d) {
            let Some(lang) = code_of(t, "languages", &s, d) else {
                continue;
            };
            if all.contains(&lang) {
                d.push(Diagnostic::error(
                    t.doc.file,
                    s.loc,
                    msg!("language-twice", code = s.value),
                ));
            } else {
                all.push(lang);
            }
        }
        if all.is_empty() && t.has("languages") {
            let loc = t.key_loc("languages").unwrap_or(t.loc());
            d.push(
                Diagnostic::error(t.doc.file, loc, msg!("languages-empty"))
                    .with_hint(msg!("hint-valid-values", valid = "de, en")),
            );
        }
    } else if let Some(s) = t.string("language", d) {
        all.extend(code_of(t, "language", &s, d));
    }
    if all.is_empty() {
        all.push(Lang::De);
    }
    let texts = texts(t, &all, menu_len, barriers_len, d);
    Languages { all, texts }
}

/// `[lang.<code>]` for every language but the first.
fn texts(
    t: &Table,
    all: &[Lang],
    menu_len: usize,
    barriers_len: usize,
    d: &mut Diagnostics,
) -> Vec<LangTexts> {
    let table = t.table("lang", "what-lang", d);
    let codes: Vec<&str> = all[1..].iter().map(|l| l.code()).collect();
    if let Some(lt) = &table {
        lt.check_known(&codes, d);
    }
    let mut out = Vec::new();
    for &lang in &all[1..] {
        let Some(one) = table
            .as_ref()
            .and_then(|lt| lt.table(lang.code(), "what-lang", d))
        else {
            d.push(
                Diagnostic::error(
                    t.doc.file,
                    t.key_loc("languages").unwrap_or(t.loc()),
                    msg!("lang-texts-missing", code = lang.code()),
                )
                .with_hint(msg!("hint-lang-texts-missing", code = lang.code())),
            );
            continue;
        };
        one.check_known(&spec::keys(spec::LANG_TEXTS), d);
        let menu: Vec<_> = one.strings("menu", d);
        if menu.len() != menu_len && (one.has("menu") || menu_len > 0) {
            let loc = one.key_loc("menu").unwrap_or(one.loc());
            d.push(Diagnostic::error(
                t.doc.file,
                loc,
                msg!(
                    "lang-menu-count",
                    code = lang.code(),
                    found = menu.len(),
                    expected = menu_len
                ),
            ));
        }
        let statement = one.table("accessibility", "what-accessibility", d);
        if let Some(s) = &statement {
            s.check_known(&spec::keys(spec::ACCESSIBILITY_TEXT), d);
        }
        let text = |key: &str, d: &mut Diagnostics| {
            statement
                .as_ref()
                .and_then(|s| s.string(key, d))
                .map(|s| s.value)
        };
        let barriers = statement.as_ref().filter(|s| s.has("barriers")).map(|s| {
            let b: Vec<String> = s
                .strings("barriers", d)
                .into_iter()
                .map(|b| b.value)
                .collect();
            if b.len() != barriers_len {
                d.push(Diagnostic::error(
                    t.doc.file,
                    s.key_loc("barriers").unwrap_or(s.loc()),
                    msg!(
                        "lang-barriers-count",
                        code = lang.code(),
                        found = b.len(),
                        expected = barriers_len
                    ),
                ));
            }
            b
        });
        out.push(LangTexts {
            lang,
            title: one
                .required_string("title", d)
                .map(|s| s.value)
                .unwrap_or_default(),
            description: one.string("description", d).map(|s| s.value),
            organisation: one.string("organisation", d).map(|s| s.value),
            menu: menu.into_iter().map(|m| m.value).collect(),
            method: text("method", d),
            barriers,
            enforcement: text("enforcement", d),
        });
    }
    out
}

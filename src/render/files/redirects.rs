//! Redirect pages for `aliases`: a page at each old address that forwards to
//! the item at once (meta refresh, which every static host supports), names
//! the new address as canonical, and keeps search engines from listing it.

use std::collections::HashMap;

use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::base::urls::root_prefix;
use crate::base::vocab::Kind;
use crate::load::redirects::output_path;
use crate::render::OutputFile;
use crate::render::engines::escape_html_string as esc;
use crate::render::pages::context::RenderContext;

/// The page at `path` that forwards to the item at root-relative `target`.
pub fn redirect_page(ctx: &RenderContext, path: &str, target: &str, title: &str) -> String {
    let href = esc(&format!("{}{target}", root_prefix(path)));
    let canonical = match &ctx.site.config.base_url {
        Some(base) => format!(
            "\n<link rel=\"canonical\" href=\"{}\">",
            esc(&format!("{base}{target}"))
        ),
        None => String::new(),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title} – {site}</title>\n<meta name=\"robots\" content=\"noindex\">{canonical}\n<meta http-equiv=\"refresh\" content=\"0; url={href}\">\n</head>\n<body>\n<p>{moved} <a href=\"{href}\">{title}</a></p>\n</body>\n</html>\n",
        lang = ctx.site.config.language.code(),
        title = esc(title),
        site = esc(&ctx.site.config.title),
        moved = esc(&ctx.text("page_moved")),
    )
}

/// Every alias's page. `taken` are the paths the site writes anyway: an
/// alias may not replace one of them, and two items may not share an alias.
pub fn files(ctx: &RenderContext, taken: &[&str], d: &mut Diagnostics) -> Vec<OutputFile> {
    let site = ctx.site;
    let taken: std::collections::HashSet<&str> = taken.iter().copied().collect();
    let mut seen: HashMap<String, (Kind, usize)> = HashMap::new();
    let mut out = Vec::new();
    for kind in Kind::ALL {
        for i in 0..site.count(kind) {
            for alias in site.header(kind, i).aliases {
                // Checked when loaded.
                let Ok(path) = output_path(&alias.value) else {
                    continue;
                };
                let file = site.file(kind, i);
                let written = &alias.value;
                if taken.contains(path.as_str()) {
                    d.push(
                        Diagnostic::error(
                            file,
                            alias.loc,
                            crate::msg!("alias-is-page", alias = written),
                        )
                        .with_hint(crate::msg!("hint-alias-is-page")),
                    );
                    continue;
                }
                if let Some(&(k, j)) = seen.get(&path) {
                    if (k, j) != (kind, i) {
                        d.push(Diagnostic::error(
                            file,
                            alias.loc,
                            crate::msg!(
                                "alias-twice",
                                alias = written,
                                other = site.file(k, j).display()
                            ),
                        ));
                    }
                    continue;
                }
                let target = ctx.href(kind, site.slug(kind, i));
                let html = redirect_page(ctx, &path, &target, site.title(kind, i));
                seen.insert(path.clone(), (kind, i));
                out.push(OutputFile::bytes(path, html.into_bytes()));
            }
        }
    }
    out
}

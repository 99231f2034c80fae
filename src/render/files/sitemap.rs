//! Discovery by search engines: sitemap.xml (needs `base_url`, since a
//! sitemap lists absolute addresses) and robots.txt.

use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::vocab::Kind;
use crate::render::OutputFile;
use crate::render::engines::Engine;
use crate::render::pages::context::RenderContext;
use crate::render::pages::views::{Context, PageMeta, SiteView, View};

/// Every page's root-relative folder, sorted.
fn page_paths(ctx: &RenderContext) -> Vec<String> {
    let site = ctx.site;
    let mut paths = vec![String::new()];
    for kind in Kind::ALL {
        if kind != Kind::Page {
            paths.push(ctx.words.section(kind));
        }
        for slug in site.index.of(kind).keys() {
            paths.push(ctx.href(kind, slug));
        }
    }
    for w in [
        ctx.words.progress,
        ctx.words.budget,
        ctx.words.search,
        ctx.words.data,
    ] {
        paths.push(format!("{w}/"));
    }
    if site.config.accessibility.is_some() {
        paths.push(format!("{}/", ctx.words.accessibility));
    }
    paths.sort();
    paths
}

pub fn files(
    ctx: &RenderContext,
    engine: &dyn Engine,
    site_view: &SiteView,
    d: &mut Diagnostics,
) -> Vec<OutputFile> {
    let mut out = Vec::new();
    let mut robots = String::from("User-agent: *\nAllow: /\n");
    if let Some(base) = &ctx.site.config.base_url {
        let urls = page_paths(ctx)
            .into_iter()
            .map(|p| format!("{base}{p}"))
            .collect();
        let ctx = Context {
            site: site_view,
            page: PageMeta::file(&ctx.site.config.title, "sitemap.xml"),
            view: View::Sitemap { urls },
        };
        match engine.render("sitemap.xml", &ctx) {
            Ok(xml) => out.push(OutputFile::bytes("sitemap.xml", xml.into_bytes())),
            Err(e) => d.push(e),
        }
        robots.push_str(&format!("Sitemap: {base}sitemap.xml\n"));
    } else {
        d.push(
            Diagnostic::warning("site.toml", Loc::START, crate::msg!("no-base-url"))
                .with_hint(crate::msg!("hint-no-base-url")),
        );
    }
    out.push(OutputFile::bytes("robots.txt", robots.into_bytes()));
    out
}

//! Discovery by search engines: sitemap.xml (needs `base_url`, since a
//! sitemap lists absolute addresses) and robots.txt.

use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::urls::lang_folder;
use crate::base::vocab::Kind;
use crate::render::OutputFile;
use crate::render::engines::Engine;
use crate::render::pages::context::RenderContext;
use crate::render::pages::views::{Context, PageMeta, SiteView, SitemapEntry, View};

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
    if !site.topics.is_empty() {
        paths.push(format!("{}/", ctx.words.topics));
        paths.extend(site.topics.iter().map(|t| ctx.words.topic(&t.slug)));
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
    let c = &ctx.site.config;
    let default = c.default_language();
    if let Some(base) = &c.base_url {
        let entries: Vec<SitemapEntry> = page_paths(ctx)
            .into_iter()
            .map(|p| SitemapEntry {
                loc: format!("{base}{p}"),
                alternates: ctx.alternates(&p, ""),
            })
            .collect();
        let urls = entries.iter().map(|e| e.loc.clone()).collect();
        let ctx = Context {
            site: site_view,
            page: PageMeta::file(&c.title, "sitemap.xml"),
            view: View::Sitemap { urls, entries },
        };
        match engine.render("sitemap.xml", &ctx) {
            Ok(xml) => out.push(OutputFile::bytes("sitemap.xml", xml.into_bytes())),
            Err(e) => d.push(e),
        }
        // Each language's sitemap is in its folder; robots.txt, at the
        // site root only, names them all.
        let portal = base
            .strip_suffix(&lang_folder(c.language, default))
            .unwrap_or(base);
        for &l in &c.languages {
            let folder = lang_folder(l, default);
            robots.push_str(&format!("Sitemap: {portal}{folder}sitemap.xml\n"));
        }
    } else if c.language != default {
        // The first language's build warns once.
    } else {
        d.push(
            Diagnostic::warning("site.toml", Loc::START, crate::msg!("no-base-url"))
                .with_hint(crate::msg!("hint-no-base-url")),
        );
    }
    if c.language == default {
        out.push(OutputFile::bytes("robots.txt", robots.into_bytes()));
    }
    out
}

//! Atom feeds: every report, and one feed per goal with the reports about it
//! or its measures. Rendered through the theme's `atom.xml`, so a web team can
//! change them like any page.

use std::cell::OnceCell;

use crate::base::diagnostics::Diagnostics;
use crate::base::urls::root_prefix;
use crate::base::vocab::Kind;
use crate::render::OutputFile;
use crate::render::engines::Engine;
use crate::render::pages::context::Builder;
use crate::render::pages::views::{Context, FeedEntry, PageMeta, SiteView, View};

/// How many of the newest reports a feed carries.
pub const FEED_LENGTH: usize = 50;

/// `berichte/atom.xml`: all reports.
pub fn site_feed_path(b: &Builder) -> String {
    format!("{}/atom.xml", b.words.reports)
}

/// `ziele/<slug>/atom.xml`: the reports of one goal, beside its page.
pub fn goal_feed_path(b: &Builder, goal: usize) -> String {
    format!(
        "{}atom.xml",
        b.href(Kind::Goal, &b.site.goals[goal].item.slug)
    )
}

/// An address for a root-relative path: absolute with `base_url`, else
/// relative to the root, which the feed's `xml:base` points at.
pub fn absolute(b: &Builder, path: &str) -> String {
    match &b.site.config.base_url {
        Some(base) => format!("{base}{path}"),
        None => path.to_string(),
    }
}

fn entry(b: &Builder, report: usize) -> FeedEntry {
    let r = &b.site.reports[report];
    let href = b.href(Kind::Report, &r.item.slug);
    // The report's own text, with links relative to its page; the entry's
    // `xml:base` (its URL) makes them resolve. Link problems were already
    // reported by the report's page.
    let body = b.markdown(
        &r.item,
        &format!("{href}index.html"),
        &mut Diagnostics::new(),
    );
    FeedEntry {
        title: r.item.title.clone(),
        url: absolute(b, &href),
        date: r.item.data.date,
        summary: r.item.data.summary.clone(),
        kind: r.item.data.kind.clone(),
        content: body.html,
    }
}

/// What every feed needs; a report's entry is made once, whichever feeds carry it.
struct Feeds<'a, 'b> {
    b: &'a Builder<'b>,
    engine: &'a dyn Engine,
    site_view: &'a SiteView,
    entries: Vec<OnceCell<FeedEntry>>,
}

fn feed(
    f: &Feeds,
    path: String,
    title: String,
    home: String,
    reports: &[usize],
    d: &mut Diagnostics,
) -> Option<OutputFile> {
    let b = f.b;
    // `reports` are newest first, as the model keeps them.
    let entries: Vec<FeedEntry> = reports
        .iter()
        .take(FEED_LENGTH)
        .map(|&r| f.entries[r].get_or_init(|| entry(b, r)).clone())
        .collect();
    let view = View::Feed {
        title,
        updated: entries.first().map(|e| e.date),
        entries,
        feed_url: absolute(b, &path),
        home_url: absolute(b, &home),
        root: root_prefix(&path),
    };
    let ctx = Context {
        site: f.site_view,
        page: PageMeta::file(&b.site.config.title, &path),
        view,
    };
    match f.engine.render("atom.xml", &ctx) {
        Ok(xml) => Some(OutputFile::bytes(path, xml.into_bytes())),
        Err(e) => {
            d.push(e);
            None
        }
    }
}

pub fn files(
    b: &Builder,
    engine: &dyn Engine,
    site_view: &SiteView,
    d: &mut Diagnostics,
) -> Vec<OutputFile> {
    let site = b.site;
    let f = Feeds {
        b,
        engine,
        site_view,
        entries: (0..site.reports.len()).map(|_| OnceCell::new()).collect(),
    };
    let all: Vec<usize> = (0..site.reports.len()).collect();
    let mut out: Vec<OutputFile> = feed(
        &f,
        site_feed_path(b),
        format!("{} – {}", b.text("reports"), site.config.title),
        b.words.section(Kind::Report),
        &all,
        d,
    )
    .into_iter()
    .collect();
    // As many goals as have pages: a duplicate slug (an error) has none.
    for (i, g) in site
        .goals
        .iter()
        .enumerate()
        .take(site.index.of(Kind::Goal).len())
    {
        out.extend(feed(
            &f,
            goal_feed_path(b, i),
            format!(
                "{}: {} – {}",
                b.text("reports"),
                g.item.title,
                site.config.title
            ),
            b.href(Kind::Goal, &g.item.slug),
            &g.reports,
            d,
        ));
    }
    out
}

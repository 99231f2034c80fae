//! Atom feeds of changes: every change of the portal, those of each goal
//! (the goal, its measures, indicators and reports) and those of each
//! measure — what citizens and journalists subscribe to, directly or
//! through a feed-to-mail service. Entries link the change on the item's
//! page (`#v-<commit>`).

use crate::base::vocab::Kind;
use crate::render::files::feeds::{FEED_LENGTH, absolute, feed_job};
use crate::render::pages::changes::ChangeView;
use crate::render::pages::changes_page::SiteChangeView;
use crate::render::pages::context::{Job, RenderContext};
use crate::render::pages::views::FeedEntry;

fn escape(s: &str) -> String {
    html_escape::encode_text(s).into_owned()
}

/// The entry's text as HTML: the sentences, then the reason.
fn content(ctx: &RenderContext, texts: &[String], reason: Option<&str>) -> String {
    let mut html = format!("<p>{}.</p>", escape(&texts.join("; ")));
    if let Some(r) = reason {
        html.push_str(&format!(
            "<p>{}: {}</p>",
            escape(&ctx.text("change_reason")),
            escape(r)
        ));
    }
    html
}

fn title(item: &str, texts: &[String]) -> String {
    let first = texts.first().map(String::as_str).unwrap_or_default();
    let more = if texts.len() > 1 { " …" } else { "" };
    format!("{item}: {first}{more}")
}

fn site_entry(ctx: &RenderContext, e: &SiteChangeView) -> FeedEntry {
    let href = e
        .href
        .clone()
        .unwrap_or_else(|| format!("{}/#{}", ctx.words.changes, e.id));
    FeedEntry {
        title: title(&e.title, &e.texts),
        url: absolute(ctx, &href),
        date: e.date,
        summary: None,
        kind: Some(ctx.text(e.kind.name())),
        content: content(ctx, &e.texts, e.reason.as_deref()),
    }
}

fn item_entry(ctx: &RenderContext, kind: Kind, i: usize, c: &ChangeView) -> FeedEntry {
    let h = ctx.site.header(kind, i);
    FeedEntry {
        title: title(h.title, &c.texts),
        url: absolute(ctx, &format!("{}#{}", ctx.href(kind, h.slug), c.anchor)),
        date: c.date,
        summary: None,
        kind: Some(ctx.text(kind.name())),
        content: content(ctx, &c.texts, c.reason.as_deref()),
    }
}

/// The feeds of changes: all, per goal, per measure.
pub fn jobs(ctx: &RenderContext) -> Vec<Job> {
    let site = ctx.site;
    if !site.changes.known {
        return Vec::new();
    }
    let all = ctx.site_change_views();
    let name = &site.config.title;
    let changes = ctx.text("changes");
    let mut out = vec![feed_job(
        ctx,
        ctx.words.site_changes_feed(),
        format!("{changes} – {name}"),
        format!("{}/", ctx.words.changes),
        all.iter()
            .take(FEED_LENGTH)
            .map(|e| site_entry(ctx, e))
            .collect(),
    )];
    for g in 0..site.index.of(Kind::Goal).len() {
        let goal = &site.goals[g].item;
        let entries = all
            .iter()
            .filter(|e| e.goals.contains(&goal.slug))
            .take(FEED_LENGTH)
            .map(|e| site_entry(ctx, e))
            .collect();
        out.push(feed_job(
            ctx,
            ctx.words.item_changes_feed(Kind::Goal, &goal.slug),
            format!("{changes}: {} – {name}", goal.title),
            ctx.href(Kind::Goal, &goal.slug),
            entries,
        ));
    }
    for m in 0..site.index.of(Kind::Measure).len() {
        let measure = &site.measures[m].item;
        let entries = ctx
            .change_views(site.changes.of(Kind::Measure, m))
            .iter()
            .take(FEED_LENGTH)
            .map(|c| item_entry(ctx, Kind::Measure, m, c))
            .collect();
        out.push(feed_job(
            ctx,
            ctx.words.item_changes_feed(Kind::Measure, &measure.slug),
            format!("{changes}: {} – {name}", measure.title),
            ctx.href(Kind::Measure, &measure.slug),
            entries,
        ));
    }
    out
}

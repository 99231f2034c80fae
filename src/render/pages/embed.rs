//! Blocks for other sites' pages (`einbetten/…`): a goal's progress, a
//! measure's status, an indicator's chart and the budget by year, each
//! without the portal's header and footer but with a link to its page, the
//! data's date and the licence, so that a newspaper's page that shows one
//! still says where it comes from. The pages they come from offer their
//! `<iframe>` code.

use serde::Serialize;

use super::context::{Job, RenderContext};
use super::views::{BudgetTable, GoalSummary, IndicatorSummary, Link, MeasureSummary, View};
use crate::base::vocab::{Kind, LineKind, Point};

/// One block: exactly one of its parts is set.
#[derive(Debug, Clone, Serialize)]
pub struct EmbedView {
    /// The page the block comes from, root-relative.
    pub source: Link,
    pub goal: Option<GoalSummary>,
    pub measure: Option<MeasureSummary>,
    pub indicator: Option<EmbedIndicator>,
    pub budget: Option<BudgetTable>,
}

/// An indicator as its page shows it above the text: status, chart and values.
#[derive(Debug, Clone, Serialize)]
pub struct EmbedIndicator {
    #[serde(flatten)]
    pub summary: IndicatorSummary,
    pub baseline: Option<Point>,
    pub values: Vec<Point>,
    pub expected: Option<f64>,
    pub chart: Option<String>,
}

/// What a page offers to copy: `<iframe src="…" title="…" …></iframe>`.
#[derive(Debug, Clone, Serialize)]
pub struct EmbedCode {
    /// The iframe's title: what the block shows and from which portal.
    pub title: String,
    /// The HTML to copy, as text (the template escapes it for the page).
    pub code: String,
}

/// The iframe's height in CSS pixels per block: the example's blocks at
/// 320 px wide fit without scrolling (tests/browser/embed.mjs), with room
/// for a title of a line or two more.
fn height(kind: Option<Kind>, rows: usize) -> usize {
    match kind {
        Some(Kind::Goal) => 460,
        Some(Kind::Measure) => 600,
        Some(Kind::Indicator) => 880 + 40 * rows,
        // The budget by year: heading, caption, head, sum, note, links.
        _ => 660 + 50 * rows,
    }
}

impl RenderContext<'_> {
    /// The `<iframe>` code of the block of the page at `folder`.
    fn embed_code(&self, folder: &str, title: &str, height: usize) -> Option<EmbedCode> {
        let base = self.site.config.base_url.as_ref()?;
        let src = format!("{base}{}", self.words.embed(folder));
        let title = format!("{title} – {}", self.site.config.title);
        let attr = |s: &str| html_escape::encode_double_quoted_attribute(s).into_owned();
        let code = format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\"></iframe>",
            attr(&src),
            attr(&title)
        );
        Some(EmbedCode { title, code })
    }

    /// The code an item's page offers; none for reports and free pages.
    pub(in crate::render) fn item_embed_code(&self, kind: Kind, i: usize) -> Option<EmbedCode> {
        let rows = match kind {
            Kind::Goal | Kind::Measure => 0,
            Kind::Indicator => self.indicator_rows(i),
            Kind::Report | Kind::Page => return None,
        };
        let folder = self.href(kind, self.site.slug(kind, i));
        self.embed_code(
            &folder,
            &self.embed_title(kind, i),
            height(Some(kind), rows),
        )
    }

    /// The code the budget page offers: its table by year.
    pub(in crate::render) fn budget_embed_code(&self) -> Option<EmbedCode> {
        let table = self.embed_budget();
        let rows = table.rows.len();
        let folder = format!("{}/", self.words.budget);
        self.embed_code(&folder, &table.caption, height(None, rows))
    }

    fn indicator_rows(&self, i: usize) -> usize {
        let x = &self.site.indicators[i];
        x.values.len()
            + usize::from(x.item.data.baseline.is_some())
            + usize::from(x.item.data.target.is_some())
    }

    /// "Ziel 1: Teilhabe für Alle", "Maßnahme: …", "Kennzahl: …".
    fn embed_title(&self, kind: Kind, i: usize) -> String {
        let title = self.site.title(kind, i);
        match kind {
            Kind::Goal => match self.goal_summary(i).number {
                Some(n) => format!("{} {n}: {title}", self.text("goal")),
                None => format!("{}: {title}", self.text("goal")),
            },
            Kind::Measure => format!("{}: {title}", self.text("measure")),
            _ => format!("{}: {title}", self.text("indicator")),
        }
    }

    /// The budget page's table by year, the same rows and sum.
    fn embed_budget(&self) -> BudgetTable {
        let b = &self.site.budget;
        self.by_year_table(LineKind::Expense, &b.by_year, &b.total)
    }

    /// The block of item `i`'s page (goals, measures, indicators).
    pub(in crate::render) fn item_embed_job(&self, kind: Kind, i: usize) -> Option<Job> {
        let mut view = EmbedView {
            source: self.link(kind, i),
            goal: None,
            measure: None,
            indicator: None,
            budget: None,
        };
        match kind {
            Kind::Goal => view.goal = Some(self.goal_summary(i)),
            Kind::Measure => view.measure = Some(self.measure_summary(i)),
            Kind::Indicator => {
                let x = &self.site.indicators[i];
                view.indicator = Some(EmbedIndicator {
                    summary: self.indicator_summary(i),
                    baseline: x.item.data.baseline,
                    values: x.values.clone(),
                    expected: x.expected,
                    chart: self.indicator_chart(i),
                })
            }
            Kind::Report | Kind::Page => return None,
        }
        let mut job = self.embed_job(view, self.embed_title(kind, i));
        job.meta.text_lang = self.text_lang(self.site.header(kind, i).translation);
        Some(job)
    }

    /// The block of the budget page: the budget by year.
    pub(in crate::render) fn budget_embed_job(&self) -> Job {
        let table = self.embed_budget();
        let title = table.caption.clone();
        let source = Link {
            title: self.text("budget"),
            href: format!("{}/", self.words.budget),
            lang: None,
        };
        let view = EmbedView {
            source,
            goal: None,
            measure: None,
            indicator: None,
            budget: Some(table),
        };
        self.embed_job(view, title)
    }

    fn embed_job(&self, view: EmbedView, title: String) -> Job {
        let path = format!("{}index.html", self.words.embed(&view.source.href));
        let mut meta = self.meta(&path, title, None, String::new());
        // Search engines find the page itself: the canonical address is
        // the page the block comes from, and the block has no languages.
        meta.canonical =
            (self.site.config.base_url.as_ref()).map(|b| format!("{b}{}", view.source.href));
        meta.languages = Vec::new();
        Job {
            search: None,
            meta,
            path,
            template: "embed.html",
            view: View::Embed {
                embed: Box::new(view),
            },
        }
    }
}

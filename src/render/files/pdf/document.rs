//! The PDFs' content as plain data, handed to the layout (`paper.typ`) as
//! JSON: every text in the portal's language, every figure formatted as
//! the pages format it, every table with its header row and row headers.
//! The content and order are the council paper page's
//! (`council_paper_view`); the portal's PDF puts an overview before all
//! goals and leaves each measure's details to its goal's paper, so that it
//! grows with the goals and their tables, not with every milestone.

use serde::Serialize;

use crate::base::vocab::{Kind, LineKind, Point};
use crate::render::files::print_css;
use crate::render::pages::budget_views::{BudgetRow, BudgetTable};
use crate::render::pages::context::RenderContext;
use crate::render::pages::council_paper::{CouncilPaperView, PaperMeasure};

#[derive(Debug, Serialize)]
pub struct Document {
    pub lang: &'static str,
    /// The PDF's title: its metadata and its first heading.
    pub title: String,
    /// Above the title: "Sitzungsunterlage · Stadt Musterstadt".
    pub kicker: String,
    /// Under the title: "Datenstand …", the online address.
    pub intro: Vec<String>,
    /// Every page's foot: the portal's address and "Datenstand".
    pub footer: String,
    /// "Seite ", " von ", "": around the page number and the page count.
    pub page: [String; 3],
    pub labels: Labels,
    /// The portal's PDF: the goals and the budget at a glance.
    pub overview: Vec<Section>,
    pub goals: Vec<GoalPart>,
    /// A goal's heading level: 1 in its council paper (it is the title),
    /// 2 in the portal's PDF (below the portal's title).
    pub goal_level: u8,
}

#[derive(Debug, Serialize)]
pub struct Labels {
    pub state: String,
    pub budget: String,
    pub measures: String,
    pub indicators: String,
    pub report: String,
    pub milestones: String,
    pub no_measures: String,
    pub no_indicators: String,
    pub no_report: String,
}

#[derive(Debug, Serialize)]
pub struct Section {
    pub heading: String,
    pub table: Table,
}

/// A table as the layout sets it: the first cell of each row heads the row.
#[derive(Debug, Serialize)]
pub struct Table {
    /// None where the table follows a heading that says the same (a
    /// screen reader would read it twice).
    pub caption: Option<String>,
    pub header: Vec<String>,
    /// Per column: right-aligned figures.
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
    /// Rows below a rule: the other pages' rows, the adjustment, the sum.
    pub foot: Vec<Vec<String>>,
    /// How the derived columns are computed.
    pub note: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Serialize)]
pub struct GoalPart {
    pub heading: String,
    /// The language of the goal's own texts, when it is not the portal's.
    pub lang: Option<&'static str>,
    pub summary: Option<String>,
    pub facts: Vec<Fact>,
    pub glance: Option<Table>,
    pub budget: Table,
    pub measures: Vec<MeasurePart>,
    /// The portal's PDF: where the measures' details are instead (the
    /// goal's paper), in place of `measures`.
    pub details: Option<String>,
    pub indicators: Vec<IndicatorPart>,
    pub report: Option<ReportPart>,
}

#[derive(Debug, Serialize)]
pub struct MeasurePart {
    pub heading: String,
    pub lang: Option<&'static str>,
    pub facts: Vec<Fact>,
    pub milestones: Vec<String>,
    /// None: `no_budget` says so instead.
    pub budget: Option<Table>,
    pub no_budget: String,
}

#[derive(Debug, Serialize)]
pub struct IndicatorPart {
    pub heading: String,
    pub lang: Option<&'static str>,
    pub status: String,
    /// The chart's file in the layout's world and its text equivalent.
    pub chart: Option<Chart>,
    pub chart_caption: String,
    pub values: Table,
}

#[derive(Debug, Serialize)]
pub struct Chart {
    pub file: String,
    pub alt: String,
}

#[derive(Debug, Serialize)]
pub struct ReportPart {
    pub title: String,
    pub lang: Option<&'static str>,
    pub date: String,
    pub summary: Option<String>,
}

/// A document with the SVG charts its `Chart::file`s name, in order.
pub struct WithCharts {
    pub document: Document,
    pub charts: Vec<String>,
}

impl RenderContext<'_> {
    fn pdf_labels(&self) -> Labels {
        Labels {
            state: format!("1. {}", self.text("paper_state")),
            budget: format!("2. {}", self.text("budget")),
            measures: format!("3. {}", self.text("paper_measures")),
            indicators: format!("4. {}", self.text("indicators")),
            report: format!("5. {}", self.text("paper_report")),
            milestones: self.text("milestones"),
            no_measures: self.text("no_measures"),
            no_indicators: self.text("no_indicators"),
            no_report: self.text("no_reports"),
        }
    }

    fn kicker(&self, what: String) -> String {
        match &self.site.config.organisation.name {
            Some(o) => format!("{what} · {o}"),
            None => what,
        }
    }

    fn data_as_of_line(&self) -> Option<String> {
        self.site
            .data_as_of
            .map(|d| format!("{} {}", self.text("data_as_of"), self.fmt.date(d)))
    }

    fn document(&self, title: String, kicker: String, intro: Vec<String>) -> Document {
        Document {
            lang: self.site.config.language.code(),
            title,
            kicker,
            intro,
            footer: print_css::footer(self),
            page: print_css::page_parts(self),
            labels: self.pdf_labels(),
            overview: Vec::new(),
            goals: Vec::new(),
            goal_level: 1,
        }
    }

    /// Goal `i`'s council paper.
    pub fn paper_document(&self, i: usize) -> WithCharts {
        let paper = self.council_paper_view(i);
        let mut intro: Vec<String> = self.data_as_of_line().into_iter().collect();
        let href = self.href(Kind::Goal, &paper.goal.slug);
        let url = paper.url.clone().unwrap_or(href);
        intro.push(format!("{} {url}", self.text("paper_online")));
        let mut charts = Vec::new();
        let part = self.goal_part(i, &paper, &mut charts);
        let mut document = self.document(
            part.heading.clone(),
            self.kicker(self.text("paper_title")),
            intro,
        );
        document.goals.push(part);
        WithCharts { document, charts }
    }

    /// The whole portal: an overview, then every goal's council paper
    /// without the measures one by one (the goal's paper has them).
    pub fn portal_document(&self) -> WithCharts {
        let c = &self.site.config;
        let mut intro: Vec<String> = self.data_as_of_line().into_iter().collect();
        if let Some(u) = &c.base_url {
            intro.push(format!("{} {u}", self.text("paper_online")));
        }
        let mut document =
            self.document(c.title.clone(), self.kicker(self.text("pdf_portal")), intro);
        document.goal_level = 2;
        let b = &self.site.budget;
        let tables = [
            self.by_goal_table(&(0..b.by_goal.len()).collect::<Vec<_>>()),
            self.by_year_table(LineKind::Expense, &b.by_year, &b.total),
        ];
        document.overview = std::iter::once(self.goals_overview())
            .chain(tables.iter().map(|t| Section {
                heading: t.caption.clone(),
                table: Table {
                    caption: None,
                    ..self.pdf_budget(t)
                },
            }))
            .collect();
        let mut charts = Vec::new();
        for i in 0..self.site.goals.len() {
            let paper = self.council_paper_view(i);
            let mut part = self.goal_part(i, &paper, &mut charts);
            part.measures.clear();
            part.details = paper.pdf.as_ref().map(|href| {
                // As the paper names its page: absolute under `base_url`.
                let url = c
                    .base_url
                    .as_ref()
                    .map_or_else(|| href.clone(), |b| format!("{b}{href}"));
                format!("{} {url}", self.text("pdf_details"))
            });
            document.goals.push(part);
        }
        WithCharts { document, charts }
    }

    fn goals_overview(&self) -> Section {
        let rows = (0..self.site.goals.len())
            .map(|i| {
                let g = self.goal_summary(i);
                vec![
                    goal_heading(self, g.number, &g.title),
                    g.measure_count.to_string(),
                    self.progress_text(g.progress),
                    self.fmt.money(crate::base::money::Cents(g.planned)),
                ]
            })
            .collect();
        let heading = self.text("goals");
        Section {
            table: Table {
                caption: None,
                header: vec![
                    self.text("goal"),
                    self.text("measures"),
                    self.text("progress"),
                    self.text("planned"),
                ],
                numeric: vec![false, true, true, true],
                rows,
                foot: Vec::new(),
                note: None,
            },
            heading,
        }
    }

    fn progress_text(&self, p: Option<u8>) -> String {
        p.map_or_else(|| self.text("no_progress"), |p| format!("{p}\u{a0}%"))
    }

    fn goal_part(&self, i: usize, paper: &CouncilPaperView, charts: &mut Vec<String>) -> GoalPart {
        let g = &paper.goal;
        let mut facts = Vec::new();
        if g.progress.is_some() {
            facts.push(self.fact("progress", self.progress_text(g.progress)));
        }
        if let Some(o) = &g.owner {
            facts.push(self.fact("owner", o.clone()));
        }
        let indices = &self.site.goals[i].indicators;
        GoalPart {
            heading: goal_heading(self, g.number, &g.title),
            lang: g.lang,
            summary: g.summary.clone(),
            facts,
            glance: (!paper.measures.is_empty()).then(|| self.glance(&paper.measures)),
            budget: self.pdf_budget(&paper.budget),
            measures: (paper.measures.iter().enumerate())
                .map(|(n, m)| self.measure_part(n, m))
                .collect(),
            details: None,
            indicators: indices
                .iter()
                .map(|&x| self.indicator_part(x, charts))
                .collect(),
            report: paper.report.as_ref().map(|r| ReportPart {
                title: r.title.clone(),
                lang: r.lang,
                date: self.fmt.date(r.date),
                summary: r.summary.clone(),
            }),
        }
    }

    fn fact(&self, key: &str, value: String) -> Fact {
        Fact {
            label: self.text(key),
            value,
        }
    }

    /// The measures at a glance, as the page's list shows them.
    fn glance(&self, measures: &[PaperMeasure]) -> Table {
        let rows = measures
            .iter()
            .map(|m| {
                let s = &m.summary;
                vec![
                    s.title.clone(),
                    self.status_label(s.status.key()),
                    self.progress_text(s.progress),
                    s.owner.clone().unwrap_or_default(),
                ]
            })
            .collect();
        Table {
            caption: Some(self.text("measures")),
            header: ["measure", "status", "progress", "owner"]
                .map(|k| self.text(k))
                .to_vec(),
            numeric: vec![false, false, true, false],
            rows,
            foot: Vec::new(),
            note: None,
        }
    }

    fn measure_part(&self, n: usize, m: &PaperMeasure) -> MeasurePart {
        let s = &m.summary;
        let mut status = self.status_label(s.status.key());
        if let Some(note) = &s.status_note {
            status = format!("{status} – {note}");
        }
        let mut facts = vec![
            self.fact("status", status),
            self.fact("progress", self.progress_text(s.progress)),
        ];
        if let Some(o) = &s.owner {
            facts.push(self.fact("owner", o.clone()));
        }
        if s.start.is_some() || s.end.is_some() {
            let d = |x: Option<crate::base::date::Date>| {
                x.map(|d| self.fmt.date(d)).unwrap_or_default()
            };
            facts.push(self.fact("period", format!("{} – {}", d(s.start), d(s.end))));
        }
        let milestones = m
            .milestones
            .iter()
            .map(|ms| {
                let mut line = format!(
                    "{} {}",
                    self.text(&format!("milestone_{}", ms.state.key())),
                    ms.title
                );
                if let Some(due) = ms.due {
                    line.push_str(&format!(" ({})", self.fmt.date(due)));
                }
                if let Some(done) = ms.done_on {
                    line.push_str(&format!(
                        " – {} {}",
                        self.text("done_on"),
                        self.fmt.date(done)
                    ));
                }
                line
            })
            .collect();
        MeasurePart {
            heading: format!("3.{} {}", n + 1, s.title),
            lang: s.lang,
            facts,
            milestones,
            budget: (!m.budget.rows.is_empty()).then(|| self.pdf_budget(&m.budget)),
            no_budget: format!("{}: {}", self.text("budget"), self.text("no_budget")),
        }
    }

    fn indicator_part(&self, i: usize, charts: &mut Vec<String>) -> IndicatorPart {
        let x = &self.site.indicators[i];
        let chart = self.indicator_chart(i).map(|svg| {
            charts.push(pdf_svg(&svg));
            Chart {
                file: super::typeset::chart_path(charts.len() - 1),
                alt: format!("{}: {}", x.item.title, self.indicator_desc(i)),
            }
        });
        let unit = x.item.data.unit.as_deref();
        let value = |p: &Point| self.value_text(p.value, unit);
        let mut rows = Vec::new();
        let data = &x.item.data;
        if let Some(b) = data.baseline {
            rows.push(vec![
                format!("{} ({})", b.year, self.text("baseline")),
                value(&b),
            ]);
        }
        rows.extend(x.values.iter().map(|p| vec![p.year.to_string(), value(p)]));
        if let Some(t) = data.target {
            rows.push(vec![
                format!("{} ({})", t.year, self.text("target")),
                value(&t),
            ]);
        }
        IndicatorPart {
            heading: x.item.title.clone(),
            lang: self.text_lang(x.item.translation.as_deref()),
            status: self.text(&format!("indicator_{}", x.status.key())),
            chart,
            chart_caption: self.text("indicator_chart_caption"),
            values: Table {
                caption: None,
                header: vec![self.text("year"), self.text("value")],
                numeric: vec![false, true],
                rows,
                foot: Vec::new(),
                note: None,
            },
        }
    }

    /// A budget table with the page's columns and its note on the
    /// derived columns, every cell formatted as the page formats it.
    fn pdf_budget(&self, t: &BudgetTable) -> Table {
        let mut header = vec![t.key_heading.clone(), self.text("planned")];
        if t.revised {
            header.push(self.text("revised"));
        }
        let rate = if t.income {
            "income_rate"
        } else {
            "execution_rate"
        };
        header.extend(["basis", "actual", "difference", rate].map(|k| self.text(k)));
        let row = |r: &BudgetRow| self.budget_cells(r, t.revised);
        let foot = [&t.others, &t.adjustment, &t.total]
            .into_iter()
            .flatten()
            .map(row)
            .collect();
        let mut note = None;
        if t.rows.iter().any(|r| r.actual.is_some()) {
            let mut text = self.text("budget_basis_note");
            if t.revised {
                text = format!("{text} {}", self.text("revised_note"));
            }
            note = Some(text);
        }
        let mut numeric = vec![true; header.len()];
        numeric[0] = false;
        Table {
            caption: Some(t.caption.clone()),
            header,
            numeric,
            rows: t.rows.iter().map(row).collect(),
            foot: if t.rows.is_empty() { Vec::new() } else { foot },
            note,
        }
    }

    fn budget_cells(&self, r: &BudgetRow, revised: bool) -> Vec<String> {
        let money = |c: Option<i64>| {
            c.map_or_else(
                || "–".into(),
                |c| self.fmt.money(crate::base::money::Cents(c)),
            )
        };
        let mut cells = vec![r.label.clone(), money(Some(r.planned))];
        if revised {
            cells.push(money(Some(r.revised)));
        }
        cells.extend([money(r.basis), money(r.actual), money(r.difference)]);
        cells.push(r.rate.map_or_else(|| "–".into(), |x| self.fmt.rate(x)));
        cells
    }
}

fn goal_heading(ctx: &RenderContext, number: Option<i64>, title: &str) -> String {
    match number {
        Some(n) => format!("{} {n}: {title}", ctx.text("goal")),
        None => title.to_string(),
    }
}

/// The page's chart with the light theme's colours as a stylesheet of its
/// own: on the page they come from the theme's CSS classes. The chart's
/// text equivalent is the PDF's alt text, so the SVG's title is dropped
/// from the drawing.
fn pdf_svg(svg: &str) -> String {
    const STYLE: &str = "<style>text{fill:#1a1a1a;font-family:'Noto Sans';font-size:12px}\
        .chart-grid path{stroke:#c8ced6;stroke-width:1}.chart-axis{stroke:#1a1a1a;stroke-width:1.5}\
        .series{fill:none;stroke-width:2.5}.series circle,.series rect{stroke:#fff;stroke-width:1.5}\
        .series-values path{stroke:#004b87}.series-values circle{fill:#004b87}\
        .series-path path{stroke:#555;stroke-width:2}.series-target rect{fill:#1b6e2d}\
        .bar{fill:#004b87}</style>";
    match svg.find('>') {
        Some(end) => format!("{}{STYLE}{}", &svg[..=end], &svg[end + 1..]),
        None => svg.to_string(),
    }
}

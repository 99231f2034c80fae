//! Builds the view of every page of DESIGN.md §2 from the model.

use std::collections::BTreeMap;
use std::path::Path;

use rayon::prelude::*;

use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::records::{Item, Kind};
use crate::markdown::{self, Place};
use crate::model::Site;
use crate::render::tables::budget_row;
use crate::render::views::*;
use crate::urls::{UrlWords, root_prefix};

/// One page to render: where it goes, with which template and view.
pub struct Job {
    pub path: String,
    pub template: &'static str,
    pub meta: PageMeta,
    pub view: View,
    /// What the search index gets from this page, if anything.
    pub search: Option<crate::search::Record>,
}

pub struct Builder<'a> {
    pub site: &'a Site,
    pub words: UrlWords,
    pub t: &'a BTreeMap<String, String>,
    pub fmt: &'a crate::locale::Formatter,
    pub today: Date,
}

fn s(t: &BTreeMap<String, String>, key: &str) -> String {
    t.get(key).cloned().unwrap_or_else(|| key.to_string())
}

impl<'a> Builder<'a> {
    pub fn text(&self, key: &str) -> String {
        s(self.t, key)
    }

    pub fn href(&self, kind: Kind, slug: &str) -> String {
        self.words.item(kind, slug)
    }

    pub(super) fn meta(
        &self,
        path: &str,
        title: String,
        description: Option<String>,
        section: String,
    ) -> PageMeta {
        let folder = path.strip_suffix("index.html").unwrap_or(path).to_string();
        PageMeta {
            title,
            description: description.or_else(|| self.site.config.description.clone()),
            root: root_prefix(path),
            canonical: self
                .site
                .config
                .base_url
                .as_ref()
                .map(|b| format!("{b}{folder}")),
            path: folder,
            section,
            og_type: "website",
        }
    }

    /// Renders an item's Markdown for the page at `path`; link problems become errors.
    pub fn markdown<T>(
        &self,
        item: &Item<T>,
        path: &str,
        d: &mut Diagnostics,
    ) -> markdown::Rendered {
        let root = root_prefix(path);
        let place = Place {
            root: &root,
            depth: path.matches('/').count(),
            body_line: item.body_line,
        };
        let resolve = |kind: Kind, slug: &str| {
            self.site
                .index
                .of(kind)
                .contains_key(slug)
                .then(|| self.href(kind, slug))
        };
        let (r, problems) = markdown::render(&item.body, &place, &resolve);
        for p in problems {
            d.push(Diagnostic::error(&item.file, p.loc, p.message).maybe_hint(p.hint));
        }
        r
    }

    pub fn goal_summary(&self, i: usize) -> GoalSummary {
        let g = &self.site.goals[i];
        GoalSummary {
            slug: g.item.slug.clone(),
            title: g.item.title.clone(),
            href: self.href(Kind::Goal, &g.item.slug),
            number: g.item.data.number,
            summary: g.item.data.summary.clone(),
            owner: g.item.data.owner.clone(),
            progress: g.progress.percent,
            counted: g.progress.counted,
            by_status: g.progress.by_status,
            measure_count: g.measures.len(),
            planned: g.budget.planned.0,
        }
    }

    pub fn measure_summary(&self, i: usize) -> MeasureSummary {
        let m = &self.site.measures[i];
        let data = &m.item.data;
        MeasureSummary {
            slug: m.item.slug.clone(),
            title: m.item.title.clone(),
            href: self.href(Kind::Measure, &m.item.slug),
            status: data.status,
            progress: m.progress,
            progress_source: m.progress_source,
            owner: data.owner.clone(),
            start: data.start,
            end: data.end,
            updated: data.updated,
            planned: (!m.budget_lines.is_empty()).then_some(m.budget.planned.0),
            summary: data.summary.clone(),
        }
    }

    pub fn report_summary(&self, i: usize) -> ReportSummary {
        let r = &self.site.reports[i];
        ReportSummary {
            slug: r.item.slug.clone(),
            title: r.item.title.clone(),
            href: self.href(Kind::Report, &r.item.slug),
            date: r.item.data.date,
            kind: r.item.data.kind.clone(),
            reference: r.item.data.reference.clone(),
            summary: r.item.data.summary.clone(),
        }
    }

    pub fn indicator_summary(&self, i: usize) -> IndicatorSummary {
        let x = &self.site.indicators[i];
        IndicatorSummary {
            slug: x.item.slug.clone(),
            title: x.item.title.clone(),
            href: self.href(Kind::Indicator, &x.item.slug),
            unit: x.item.data.unit.clone(),
            status: x.status,
            latest: x.values.last().copied(),
            target: x.item.data.target,
            sparkline: self.indicator_sparkline(i),
        }
    }

    pub(super) fn link(&self, kind: Kind, i: usize) -> Link {
        let (title, slug) = match kind {
            Kind::Goal => (
                &self.site.goals[i].item.title,
                &self.site.goals[i].item.slug,
            ),
            Kind::Measure => (
                &self.site.measures[i].item.title,
                &self.site.measures[i].item.slug,
            ),
            Kind::Report => (
                &self.site.reports[i].item.title,
                &self.site.reports[i].item.slug,
            ),
            Kind::Indicator => (
                &self.site.indicators[i].item.title,
                &self.site.indicators[i].item.slug,
            ),
            Kind::Page => (&self.site.pages[i].title, &self.site.pages[i].slug),
        };
        Link {
            title: title.clone(),
            href: self.href(kind, slug),
        }
    }

    pub(super) fn attachments<T>(&self, item: &Item<T>, kind: Kind) -> Vec<Link> {
        item.assets
            .iter()
            .map(|a| {
                let name = a.to_string_lossy().replace('\\', "/");
                Link {
                    title: name.clone(),
                    href: format!("{}{}", self.href(kind, &item.slug), name),
                }
            })
            .collect()
    }

    /// The page of one item: description from its summary or its text.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn item_job(
        &self,
        kind: Kind,
        title: &str,
        path: String,
        summary: Option<&String>,
        text: &str,
        template: &'static str,
        view: View,
    ) -> Job {
        let description = summary
            .cloned()
            .or_else(|| Some(crate::render::excerpt(text)));
        Job {
            search: None,
            meta: self.meta(
                &path,
                title.to_string(),
                description,
                self.words.section(kind),
            ),
            path,
            template,
            view,
        }
    }

    pub(super) fn section_job(
        &self,
        kind: Kind,
        template: &'static str,
        title_key: &str,
        view: View,
    ) -> Job {
        let path = format!("{}index.html", self.words.section(kind));
        Job {
            search: None,
            meta: self.meta(&path, self.text(title_key), None, self.words.section(kind)),
            path,
            template,
            view,
        }
    }

    /// Every HTML page of the site.
    pub fn jobs(&self, d: &mut Diagnostics) -> Vec<Job> {
        let site = self.site;
        let n_goals = site.goals.len();
        let goals: Vec<GoalSummary> = (0..n_goals).map(|i| self.goal_summary(i)).collect();
        let indicators: Vec<IndicatorSummary> = (0..site.indicators.len())
            .map(|i| self.indicator_summary(i))
            .collect();
        let reports: Vec<ReportSummary> = (0..site.reports.len())
            .map(|i| self.report_summary(i))
            .collect();

        let mut jobs = Vec::new();
        let intro = site
            .home_intro
            .as_ref()
            .map(|i| self.markdown(i, "index.html", d).html);
        let home_budget = budget_row(String::new(), None, &site.budget.total);
        jobs.push(Job {
            search: None,
            meta: self.meta("index.html", site.config.title.clone(), None, String::new()),
            path: "index.html".into(),
            template: "home.html",
            view: View::Home {
                intro,
                goals: goals.clone(),
                reports: reports.iter().take(5).cloned().collect(),
                budget: home_budget,
            },
        });

        let progress_path = format!("{}/index.html", self.words.progress);
        jobs.push(Job {
            search: None,
            meta: self.meta(
                &progress_path,
                self.text("progress_title"),
                None,
                format!("{}/", self.words.progress),
            ),
            path: progress_path,
            template: "progress.html",
            view: self.progress_view(goals.clone(), indicators.clone()),
        });
        jobs.push(self.section_job(Kind::Goal, "goals.html", "goals", View::Goals { goals }));
        jobs.push(
            self.section_job(
                Kind::Measure,
                "measures.html",
                "measures",
                View::Measures {
                    measures: (0..site.measures.len())
                        .map(|i| self.measure_summary(i))
                        .collect(),
                },
            ),
        );
        jobs.push(self.section_job(
            Kind::Report,
            "reports.html",
            "reports",
            View::Reports { reports },
        ));
        jobs.push(self.section_job(
            Kind::Indicator,
            "indicators.html",
            "indicators",
            View::Indicators { indicators },
        ));

        let budget_path = format!("{}/index.html", self.words.budget);
        let shared_measures = site
            .budget
            .shared_measures
            .iter()
            .map(|&m| self.link(Kind::Measure, m))
            .collect();
        jobs.push(Job {
            search: None,
            meta: self.meta(
                &budget_path,
                self.text("budget"),
                None,
                format!("{}/", self.words.budget),
            ),
            path: budget_path,
            template: "budget.html",
            view: View::Budget {
                tables: self.budget_tables(),
                shared_measures,
            },
        });

        let mut entries: Vec<SearchEntry> = Vec::new();
        for (kind, key) in [
            (Kind::Goal, "goal"),
            (Kind::Measure, "measure"),
            (Kind::Report, "report"),
            (Kind::Indicator, "indicator"),
            (Kind::Page, "page"),
        ] {
            let count = site.index.of(kind).len();
            entries.extend((0..count).map(|i| {
                let l = self.link(kind, i);
                SearchEntry {
                    title: l.title,
                    href: l.href,
                    kind: key,
                }
            }));
        }
        entries.sort_by_key(|e| e.title.to_lowercase());
        let search_path = format!("{}/index.html", self.words.search);
        jobs.push(Job {
            search: None,
            meta: self.meta(
                &search_path,
                self.text("search"),
                None,
                format!("{}/", self.words.search),
            ),
            path: search_path,
            template: "search.html",
            view: View::Search { entries },
        });

        let data_path = format!("{}/index.html", self.words.data);
        let downloads = crate::render::data::downloads(self);
        jobs.push(Job {
            search: None,
            meta: self.meta(
                &data_path,
                self.text("open_data"),
                None,
                format!("{}/", self.words.data),
            ),
            path: data_path,
            template: "data.html",
            view: View::Data { downloads },
        });
        jobs.push(Job {
            search: None,
            meta: self.meta("404.html", self.text("not_found"), None, String::new()),
            path: "404.html".into(),
            template: "404.html",
            view: View::NotFound {},
        });

        // Item pages: parallel, each with its own diagnostics.
        let items: Vec<(Kind, usize)> = Kind::ALL
            .iter()
            .flat_map(|&k| (0..site.index.of(k).len()).map(move |i| (k, i)))
            .collect();
        let built: Vec<(Job, Diagnostics)> = items
            .par_iter()
            .map(|&(kind, i)| {
                let mut local = Diagnostics::new();
                let job = match kind {
                    Kind::Goal => self.goal_job(i, &mut local),
                    Kind::Measure => self.measure_job(i, &mut local),
                    Kind::Report => self.report_job(i, &mut local),
                    Kind::Indicator => self.indicator_job(i, &mut local),
                    Kind::Page => self.page_job(i, &mut local),
                };
                (job, local)
            })
            .collect();
        for (job, local) in built {
            d.extend(local);
            jobs.push(job);
        }
        jobs
    }

    /// The dashboard: measures by status, goals, indicators, overdue milestones.
    fn progress_view(&self, goals: Vec<GoalSummary>, indicators: Vec<IndicatorSummary>) -> View {
        let site = self.site;
        let mut counts = crate::progress::StatusCounts::default();
        for m in &site.measures {
            counts.add(m.item.data.status);
        }
        let statuses: Vec<StatusShare> = crate::load::records::Status::ALL
            .iter()
            .map(|&st| StatusShare {
                status: st,
                count: counts.get(st),
                percent: crate::progress::share_percent(counts.get(st), site.measures.len()),
            })
            .collect();
        let mut overdue: Vec<OverdueView> = site
            .measures
            .iter()
            .enumerate()
            .filter(|(_, m)| m.item.data.status != crate::load::records::Status::Cancelled)
            .flat_map(|(i, m)| {
                m.item.data.milestones.iter().filter_map(move |ms| {
                    let overdue = crate::progress::milestone_state(ms, self.today)
                        == crate::progress::MilestoneState::Overdue;
                    Some(OverdueView {
                        measure: self.link(Kind::Measure, i),
                        owner: m.item.data.owner.clone(),
                        title: ms.title.clone(),
                        due: ms.due.filter(|_| overdue)?,
                    })
                })
            })
            .collect();
        overdue.sort_by(|a, b| {
            a.due
                .cmp(&b.due)
                .then_with(|| a.measure.title.cmp(&b.measure.title))
        });
        View::Progress {
            status_chart: self.status_chart(&statuses),
            statuses,
            overdue,
            measure_count: site.measures.len(),
            goals,
            indicators,
        }
    }

    pub fn site_view(&self) -> SiteView {
        let c = &self.site.config;
        let w = &self.words;
        let nav = [
            (format!("{}/", w.goals), "goals"),
            (format!("{}/", w.measures), "measures"),
            (format!("{}/", w.progress), "progress"),
            (format!("{}/", w.budget), "budget"),
            (format!("{}/", w.reports), "reports"),
            (format!("{}/", w.indicators), "indicators"),
            (format!("{}/", w.data), "open_data"),
        ]
        .into_iter()
        .map(|(href, key)| Link {
            title: self.text(key),
            href,
        })
        .collect();
        let menu = c
            .menu
            .iter()
            .map(|m| match &m.target {
                crate::load::site::MenuTarget::Page(p) => MenuLink {
                    title: m.title.clone(),
                    href: self.href(Kind::Page, &p.value),
                    external: false,
                },
                crate::load::site::MenuTarget::Url(u) => MenuLink {
                    title: m.title.clone(),
                    href: u.clone(),
                    external: true,
                },
            })
            .collect();
        SiteView {
            title: c.title.clone(),
            description: c.description.clone(),
            lang: c.language.code(),
            organisation: c.organisation.name.clone(),
            logo: c
                .organisation
                .logo
                .as_ref()
                .map(|l| l.value.trim_start_matches('/').to_string()),
            base_url: c.base_url.clone(),
            nav,
            menu,
            words: self.words,
            data_as_of: self.site.data_as_of,
            weighted_by_budget: c.progress_weighting == crate::load::site::Weighting::Budget,
            feed: format!("{}/atom.xml", w.reports),
            stylesheet: "assets/style.css".into(),
        }
    }
}

/// Checks that the logo named in site.toml exists in static/.
pub fn check_logo(site: &Site, root: &Path, d: &mut Diagnostics) {
    if let Some(logo) = &site.config.organisation.logo {
        let rel = Path::new(logo.value.trim_start_matches('/'));
        let inside = rel
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !inside || !root.join("static").join(rel).is_file() {
            d.push(Diagnostic::error("site.toml", logo.loc, format!("logo `{}` not found in static/", logo.value)).with_hint("put the file into static/ and name it relative to that folder, e.g. logo = \"logo.svg\""));
        }
    }
}

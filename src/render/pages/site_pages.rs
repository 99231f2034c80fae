//! The pages of the site as a whole (home, dashboard, lists, budget,
//! search, data, 404) and the list of every page to render.

use rayon::prelude::*;

use super::context::{Job, RenderContext};
use crate::base::diagnostics::Diagnostics;
use crate::base::vocab::Kind;
use crate::render::pages::views::*;

/// The pages of the site as a whole, as opposed to the items' pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SitePage {
    Home,
    Progress,
    Goals,
    Measures,
    Reports,
    Indicators,
    Budget,
    Search,
    Data,
    /// Only when site.toml has `[accessibility]`.
    Accessibility,
    /// Only when the portal has a history (a Git repository).
    Changes,
    /// Leichte Sprache: only in German, and not when a free page takes its
    /// address.
    EasyReading,
    NotFound,
    /// The list of topics and each topic's page: only when items are tagged.
    Topics,
    /// The portal's contributions to the SDGs: only when items name SDGs.
    Sdg,
    /// The districts and each district's page: only when items name
    /// districts or the portal has a districts file.
    Districts,
}

impl SitePage {
    pub const ALL: [SitePage; 16] = [
        SitePage::Home,
        SitePage::Progress,
        SitePage::Goals,
        SitePage::Measures,
        SitePage::Reports,
        SitePage::Indicators,
        SitePage::Budget,
        SitePage::Search,
        SitePage::Data,
        SitePage::Accessibility,
        SitePage::Changes,
        SitePage::EasyReading,
        SitePage::NotFound,
        SitePage::Topics,
        SitePage::Sdg,
        SitePage::Districts,
    ];
}
impl RenderContext<'_> {
    pub(in crate::render) fn section_job(
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

    /// Every HTML page of the site: the site's own pages and the items,
    /// for `jobs_for`.
    pub fn everything(&self) -> (Vec<SitePage>, Vec<(Kind, usize)>) {
        let items: Vec<(Kind, usize)> = Kind::ALL
            .iter()
            .flat_map(|&k| (0..self.site.index.of(k).len()).map(move |i| (k, i)))
            .collect();
        let pages: Vec<SitePage> = SitePage::ALL
            .into_iter()
            .filter(|&p| p != SitePage::Accessibility || self.site.config.accessibility.is_some())
            .filter(|&p| p != SitePage::Changes || self.site.changes.known)
            .filter(|&p| p != SitePage::Topics || !self.site.topics.is_empty())
            .filter(|&p| p != SitePage::Sdg || !self.site.sdg.is_empty())
            .filter(|&p| p != SitePage::Districts || !self.site.districts.is_empty())
            .filter(|&p| p != SitePage::EasyReading || self.site.generates_easy_reading())
            // Servers show the 404 page of the site root only.
            .filter(|&p| {
                let c = &self.site.config;
                p != SitePage::NotFound || c.language == c.default_language()
            })
            .collect();
        (pages, items)
    }

    /// The given pages: built in parallel, each with its own diagnostics.
    pub fn jobs_for(
        &self,
        pages: &[SitePage],
        items: &[(Kind, usize)],
        d: &mut Diagnostics,
    ) -> Vec<Job> {
        let wanted: Vec<Option<SitePage>> = pages
            .iter()
            .map(|&p| Some(p))
            .chain(std::iter::repeat_n(None, items.len()))
            .collect();
        let built: Vec<(Vec<Job>, Diagnostics)> = wanted
            .par_iter()
            .enumerate()
            .map(|(n, page)| {
                let mut local = Diagnostics::new();
                let jobs = match page {
                    Some(p) => self.site_jobs(*p, &mut local),
                    None => {
                        let (kind, i) = items[n - pages.len()];
                        let mut jobs = vec![self.item_page_job(kind, i, &mut local)];
                        if kind == Kind::Goal {
                            jobs.push(self.council_paper_job(i));
                        }
                        jobs.extend(self.item_embed_job(kind, i));
                        jobs
                    }
                };
                (jobs, local)
            })
            .collect();
        let mut jobs = Vec::with_capacity(built.len());
        for (some, local) in built {
            d.extend(local);
            jobs.extend(some);
        }
        if pages.contains(&SitePage::Topics) {
            jobs.extend(self.topic_jobs());
        }
        if pages.contains(&SitePage::Districts) {
            jobs.extend(self.district_jobs());
        }
        jobs
    }

    /// The pages of `page`: one, or a list's pages and narrowed lists.
    fn site_jobs(&self, page: SitePage, d: &mut Diagnostics) -> Vec<Job> {
        match page {
            SitePage::Measures => {
                self.list_jobs(&self.measure_list(), |shown, list| View::Measures {
                    measures: shown.iter().map(|&i| self.measure_summary(i)).collect(),
                    list,
                })
            }
            SitePage::Reports => self.list_jobs(&self.report_list(), |shown, list| View::Reports {
                reports: shown.iter().map(|&i| self.report_summary(i)).collect(),
                list,
            }),
            SitePage::Indicators => {
                self.list_jobs(&self.indicator_list(), |shown, list| View::Indicators {
                    indicators: shown.iter().map(|&i| self.indicator_summary(i)).collect(),
                    list,
                })
            }
            SitePage::Budget => self.budget_jobs(),
            SitePage::Progress => self.progress_jobs(),
            SitePage::Search => self.search_jobs(),
            SitePage::Home => vec![self.home_job(d)],
            SitePage::EasyReading => vec![self.easy_reading_job(d)],
            p => self.single_job(p).into_iter().collect(),
        }
    }

    /// The page of item `i` of `kind`.
    pub fn item_page_job(&self, kind: Kind, i: usize, d: &mut Diagnostics) -> Job {
        let mut job = match kind {
            Kind::Goal => self.goal_job(i, d),
            Kind::Measure => self.measure_job(i, d),
            Kind::Report => self.report_job(i, d),
            Kind::Indicator => self.indicator_job(i, d),
            Kind::Page => self.page_job(i, d),
        };
        job.meta.appears = self.site.appears_later(kind, i);
        job.meta.uncommitted = self.site.uncommitted.contains(&(kind, i));
        job.meta.text_lang = self.text_lang(self.site.header(kind, i).translation);
        job.meta.topics = self.topic_links(kind, i);
        job.meta.sdg = self.sdg_badges(kind, i);
        job.meta.districts = self.district_links(kind, i);
        job.meta.embed = self.item_embed_code(kind, i);
        job
    }

    fn goal_summaries(&self) -> Vec<GoalSummary> {
        (0..self.site.goals.len())
            .map(|i| self.goal_summary(i))
            .collect()
    }

    /// A page of the site as a whole that is one page and needs no
    /// diagnostics; None for the others (`site_jobs` makes them).
    fn single_job(&self, page: SitePage) -> Option<Job> {
        Some(match page {
            SitePage::Goals => self.section_job(
                Kind::Goal,
                "goals.html",
                "goals",
                View::Goals {
                    goals: self.goal_summaries(),
                },
            ),
            SitePage::Data => self.own_job(
                self.words.data,
                self.text("open_data"),
                "data.html",
                self.data_view(),
            ),
            SitePage::Accessibility => self.accessibility_job(),
            SitePage::Changes => self.changes_job(),
            SitePage::NotFound => self.not_found_job(),
            SitePage::Topics => self.topics_job(),
            SitePage::Sdg => self.sdg_job(),
            SitePage::Districts => self.districts_job(),
            SitePage::Home
            | SitePage::Progress
            | SitePage::Search
            | SitePage::EasyReading
            | SitePage::Measures
            | SitePage::Reports
            | SitePage::Indicators
            | SitePage::Budget => return None,
        })
    }

    /// The open-data files (listed by `render` beforehand) and the feeds.
    fn data_view(&self) -> View {
        View::Data {
            downloads: self.downloads.clone(),
            feeds: vec![
                Link {
                    title: self.text("feed"),
                    href: self.words.site_feed(),
                    lang: None,
                },
                Link {
                    title: self.text("calendar_link"),
                    href: self.words.calendar(),
                    lang: None,
                },
            ],
        }
    }

    /// A page in a folder of its own (`haushalt/index.html`).
    pub(super) fn own_job(
        &self,
        words: &str,
        title: String,
        template: &'static str,
        view: View,
    ) -> Job {
        let path = format!("{words}/index.html");
        Job {
            search: None,
            meta: self.meta(&path, title, None, format!("{words}/")),
            path,
            template,
            view,
        }
    }

    fn home_job(&self, d: &mut Diagnostics) -> Job {
        let site = self.site;
        let intro = site
            .home_intro
            .as_ref()
            .map(|i| self.markdown(i, "index.html", d).html);
        Job {
            search: None,
            meta: self.meta("index.html", site.config.title.clone(), None, String::new()),
            path: "index.html".into(),
            template: "home.html",
            view: View::Home {
                intro,
                intro_lang: site
                    .home_intro
                    .as_ref()
                    .and_then(|i| self.text_lang(i.translation.as_deref())),
                goals: self.goal_summaries(),
                reports: (0..site.reports.len().min(5))
                    .map(|i| self.report_summary(i))
                    .collect(),
                budget: Box::new(self.budget_overview()),
            },
        }
    }

    fn accessibility_job(&self) -> Job {
        let site = self.site;
        let statement = site
            .config
            .accessibility
            .clone()
            .expect("only built when site.toml has [accessibility]");
        let contact_href = contact_href(&statement.contact);
        self.own_job(
            self.words.accessibility,
            self.text("accessibility_statement"),
            "accessibility.html",
            View::Accessibility {
                body: site
                    .config
                    .organisation
                    .name
                    .clone()
                    .unwrap_or_else(|| site.config.title.clone()),
                statement,
                contact_href,
            },
        )
    }

    fn not_found_job(&self) -> Job {
        let mut meta = self.meta("404.html", self.text("not_found"), None, String::new());
        // Servers show this page at any missing address, however deep:
        // <base> makes its relative links start from the site's root.
        meta.canonical = None;
        meta.base = self.site.config.base_url.clone();
        Job {
            search: None,
            meta,
            path: "404.html".into(),
            template: "404.html",
            view: View::NotFound {},
        }
    }

    /// The search page, with its A–Z list of every item in pages.
    fn search_jobs(&self) -> Vec<Job> {
        let all = self.search_entries();
        let folder = format!("{}/", self.words.search);
        let list = super::lists::List {
            folder: folder.clone(),
            section: folder,
            title: self.text("search"),
            template: "search.html",
            page_size: self.site.config.page_size * 4,
            entries: (0..all.len()).collect(),
            filters: Vec::new(),
        };
        self.list_jobs(&list, |shown, list| View::Search {
            entries: shown.iter().map(|&i| all[i].clone()).collect(),
            list,
        })
    }

    /// Every item A–Z, for the search page without JavaScript.
    fn search_entries(&self) -> Vec<SearchEntry> {
        let mut entries: Vec<SearchEntry> = Vec::new();
        for (kind, key) in [
            (Kind::Goal, "goal"),
            (Kind::Measure, "measure"),
            (Kind::Report, "report"),
            (Kind::Indicator, "indicator"),
            (Kind::Page, "page"),
        ] {
            let count = self.site.index.of(kind).len();
            entries.extend((0..count).map(|i| {
                let l = self.link(kind, i);
                SearchEntry {
                    title: l.title,
                    href: l.href,
                    kind: key,
                }
            }));
        }
        crate::base::collate::sort_by(&mut entries, self.site.config.language, |e| &e.title);
        entries
    }
}

/// Where readers report barriers, when the statement's contact is an
/// e-mail or web address.
pub fn contact_href(contact: &str) -> Option<String> {
    let contact = contact.trim();
    if contact.starts_with("https://") || contact.starts_with("http://") {
        Some(contact.to_string())
    } else if !contact.contains(char::is_whitespace) && contact.contains('@') {
        Some(format!("mailto:{contact}"))
    } else {
        None
    }
}

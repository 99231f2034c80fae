//! The template context as typed, serialisable view structs: what a theme may
//! use is written down here (the theme issue adds a guide in docs/). Amounts are integer cents,
//! dates `YYYY-MM-DD`, statuses their keys; templates format them with the
//! `money`, `date`, `percent` and `status_label` filters. Every `href` is
//! relative to the site root: templates write `{{ page.root }}{{ x.href }}`.

use serde::Serialize;

use crate::base::date::Date;
use crate::base::urls::UrlWords;
use crate::base::vocab::{Direction, Point, Session, Status};
use crate::model::indicator::IndicatorStatus;
use crate::model::progress::{MilestoneState, ProgressSource, StatusCounts};
pub use crate::render::pages::listing::{FilterGroup, ListView};

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub title: String,
    pub href: String,
    /// The title's language when it is not the page's (an item without
    /// a translation): `lang="{{ x.lang }}"` on its element.
    pub lang: Option<&'static str>,
}

/// A `[[menu]]` entry: a free page (root-relative) or an external address.
#[derive(Debug, Clone, Serialize)]
pub struct MenuLink {
    pub title: String,
    pub href: String,
    pub external: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: Option<String>,
    pub lang: &'static str,
    pub organisation: Option<String>,
    /// Root-relative path of the logo.
    pub logo: Option<String>,
    pub base_url: Option<String>,
    /// Main navigation: the sections.
    pub nav: Vec<Link>,
    /// `[[menu]]` entries from site.toml.
    pub menu: Vec<MenuLink>,
    /// The imprint from `[organisation]`, linked from every footer.
    pub imprint: Option<MenuLink>,
    /// Root-relative folder of the accessibility statement, when site.toml has one.
    pub accessibility: Option<String>,
    /// Root-relative folder of the changes page, when the portal has a history.
    pub changes: Option<String>,
    /// Root-relative folder of the page in Leichte Sprache (German portals).
    pub easy_reading: Option<String>,
    /// Root-relative folder of the list of topics, when items are tagged.
    pub topics: Option<String>,
    /// Root-relative folder of the SDG page, when items name SDGs.
    pub sdg: Option<String>,
    /// Root-relative folder of the districts page, when items name districts.
    pub districts: Option<String>,
    pub words: UrlWords,
    pub data_as_of: Option<Date>,
    /// True when goal progress is weighted by planned budget.
    pub weighted_by_budget: bool,
    pub feed: String,
    /// Root-relative path of the committee calendar (iCalendar).
    pub calendar: String,
    /// Under which terms content and data may be reused.
    pub license: crate::load::site::license::License,
    pub stylesheet: String,
    /// The stylesheet with the city's colours, when site.toml sets them.
    pub brand_stylesheet: Option<String>,
    /// The printed pages' margins: address, "Datenstand", page numbers
    /// (`media="print"`).
    pub print_stylesheet: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageMeta {
    pub title: String,
    pub description: Option<String>,
    /// Prefix back to the site root: `./`, `../`, `../../`.
    pub root: String,
    /// The page's own root-relative folder (`ziele/a/`), empty for home.
    pub path: String,
    /// Absolute URL when `base_url` is set.
    pub canonical: Option<String>,
    /// Which nav entry is current (its href).
    pub section: String,
    pub og_type: &'static str,
    /// What share previews (Open Graph, Twitter cards) show.
    pub image: Option<ShareImage>,
    /// Root-relative path of the page's own feed (a goal's reports).
    pub feed: Option<String>,
    /// `<base href>`: only on 404.html, which servers show at any address.
    pub base: Option<String>,
    /// When the page's item appears, if that is after the build date (a
    /// `--future` build or the preview): the page says so in a banner.
    pub appears: Option<Date>,
    /// The preview: the item's file differs from the last commit.
    pub uncommitted: bool,
    /// The page in each of the portal's languages, this one included
    /// (empty in a portal of one language): the language switcher and the
    /// `hreflang` alternates.
    pub languages: Vec<Alternate>,
    /// The language of the page's own texts when they are not in the
    /// page's language (an item without a translation): `de`.
    pub text_lang: Option<&'static str>,
    /// An item's topics (its tags), linked to their pages.
    pub topics: Vec<Link>,
    /// The SDGs and targets an item names, as badges.
    pub sdg: Vec<crate::render::pages::sdg::SdgBadge>,
    /// The districts a measure or report names, linked to their pages.
    pub districts: Vec<Link>,
    /// The `<iframe>` code of the page's block for other sites, when it
    /// has one (`einbetten/…`) and `base_url` gives its address.
    pub embed: Option<crate::render::pages::embed::EmbedCode>,
}

/// The page in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// `de`, `en`.
    pub lang: &'static str,
    /// The language's own name: Deutsch, English.
    pub name: &'static str,
    /// Relative to the page: `{{ a.href }}` as it is.
    pub href: String,
    /// The absolute address, with `base_url`.
    pub url: Option<String>,
    pub current: bool,
}

/// A share preview's picture: absolute `url`; `own` when it is the page's
/// own image rather than the logo (then previews show it large).
#[derive(Debug, Clone, Serialize)]
pub struct ShareImage {
    pub url: String,
    pub alt: String,
    pub own: bool,
}

impl PageMeta {
    /// The meta of a file that is not a page (feed, sitemap).
    pub fn file(site_title: &str, path: &str) -> PageMeta {
        PageMeta {
            title: site_title.to_string(),
            description: None,
            root: crate::base::urls::root_prefix(path),
            path: path.to_string(),
            canonical: None,
            section: String::new(),
            og_type: "website",
            image: None,
            feed: None,
            base: None,
            appears: None,
            uncommitted: false,
            languages: Vec::new(),
            text_lang: None,
            topics: Vec::new(),
            sdg: Vec::new(),
            districts: Vec::new(),
            embed: None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct GoalSummary {
    pub slug: String,
    pub title: String,
    /// See `Link::lang`.
    pub lang: Option<&'static str>,
    pub href: String,
    pub number: Option<i64>,
    pub summary: Option<String>,
    pub owner: Option<String>,
    pub progress: Option<u8>,
    pub counted: usize,
    pub by_status: StatusCounts,
    pub measure_count: usize,
    pub planned: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeasureSummary {
    pub slug: String,
    pub title: String,
    /// See `Link::lang`.
    pub lang: Option<&'static str>,
    pub href: String,
    pub status: Status,
    pub progress: Option<u8>,
    pub progress_source: ProgressSource,
    /// Share of the period passed on the build date, in whole percent.
    pub elapsed: Option<u8>,
    /// Why the measure is delayed, paused or cancelled.
    pub status_note: Option<String>,
    pub owner: Option<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub updated: Option<Date>,
    /// None when the measure has no budget lines.
    pub planned: Option<i64>,
    pub summary: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportSummary {
    pub slug: String,
    pub title: String,
    /// See `Link::lang`.
    pub lang: Option<&'static str>,
    pub href: String,
    pub date: Date,
    pub kind: Option<String>,
    pub reference: Option<String>,
    pub summary: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorSummary {
    pub slug: String,
    pub title: String,
    /// See `Link::lang`.
    pub lang: Option<&'static str>,
    pub href: String,
    pub unit: Option<String>,
    pub status: IndicatorStatus,
    pub latest: Option<Point>,
    pub target: Option<Point>,
    /// Small inline SVG of the values (trusted markup made by `chart`).
    pub sparkline: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MilestoneView {
    pub title: String,
    pub due: Option<Date>,
    pub state: MilestoneState,
    /// When it was done, where the content gives the date.
    pub done_on: Option<Date>,
    /// The due date first planned, when `due` was moved.
    pub replanned_from: Option<Date>,
}

/// Whom to ask about an item, with its addresses as links.
#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    pub name: Option<String>,
    pub unit: Option<String>,
    pub email: Option<String>,
    /// `mailto:` and the address, checked when the content was read.
    pub mailto: Option<String>,
    pub phone: Option<String>,
    /// `tel:` with the digits of `phone`.
    pub tel: Option<String>,
}

impl ContactView {
    pub fn of(c: &crate::load::contact::Contact) -> ContactView {
        ContactView {
            name: c.name.clone(),
            unit: c.unit.clone(),
            email: c.email.clone(),
            mailto: c.email.as_ref().map(|e| format!("mailto:{e}")),
            phone: c.phone.clone(),
            tel: c.tel(),
        }
    }
}

/// A strategy of a goal, with the measures placed under it.
#[derive(Debug, Clone, Serialize)]
pub struct StrategyView {
    pub title: String,
    /// For the anchor `strategie-<slug>` (en `strategy-<slug>`).
    pub slug: String,
    pub text: Option<String>,
    pub progress: Option<u8>,
    pub measures: Vec<MeasureSummary>,
}

/// A measure behind schedule on the dashboard: `gap = elapsed − progress`.
#[derive(Debug, Clone, Serialize)]
pub struct BehindView {
    pub measure: Link,
    pub owner: Option<String>,
    pub progress: u8,
    pub elapsed: u8,
    pub gap: u8,
}

/// A delayed or paused measure on the dashboard, with the reason given.
#[derive(Debug, Clone, Serialize)]
pub struct StalledView {
    pub measure: Link,
    pub owner: Option<String>,
    pub status: Status,
    pub note: Option<String>,
}

/// An overdue milestone on the dashboard, with its measure.
#[derive(Debug, Clone, Serialize)]
pub struct OverdueView {
    pub measure: Link,
    pub owner: Option<String>,
    pub title: String,
    pub due: Date,
    /// The due date first planned, when `due` was moved.
    pub replanned_from: Option<Date>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineView {
    pub date: Date,
    pub report: Link,
    pub status: Option<Status>,
    pub progress: Option<u8>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UpdateView {
    pub measure: Link,
    pub status: Option<Status>,
    pub progress: Option<u8>,
    pub note: Option<String>,
    pub previous_status: Option<Status>,
    pub previous_progress: Option<u8>,
    /// No earlier report mentioned the measure.
    pub first: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct GoalView {
    #[serde(flatten)]
    pub summary: GoalSummary,
    pub body: String,
    pub strategies: Vec<StrategyView>,
    /// Some measure of the goal is placed under one of its strategies: the
    /// page groups its measures by strategy.
    pub grouped: bool,
    pub contact: Option<ContactView>,
    /// Measures under none of its strategies.
    pub other_measures: Vec<MeasureSummary>,
    pub tags: Vec<String>,
    pub measures: Vec<MeasureSummary>,
    pub indicators: Vec<IndicatorSummary>,
    pub reports: Vec<ReportSummary>,
    pub budget: BudgetTable,
    /// Income (grants, fees) by year, when the goal's measures have income lines.
    pub income: Option<BudgetTable>,
    pub changes: ChangesView,
    /// The goal's council paper (`ziele/<slug>/sitzungsunterlage/`).
    pub council_paper: String,
    /// Its accessible PDF; none with `pdf = false`.
    pub council_paper_pdf: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeasureView {
    #[serde(flatten)]
    pub summary: MeasureSummary,
    pub body: String,
    pub partners: Vec<String>,
    pub tags: Vec<String>,
    pub goals: Vec<Link>,
    /// The indicators the measure works on, with their status.
    pub indicators: Vec<IndicatorSummary>,
    pub milestones: Vec<MilestoneView>,
    pub timeline: Vec<TimelineView>,
    pub reports: Vec<ReportSummary>,
    /// Progress over time as inline SVG, when there are two or more points.
    pub progress_chart: Option<String>,
    pub budget: BudgetTable,
    /// Income (grants, fees) by year, when the measure has income lines.
    pub income: Option<BudgetTable>,
    pub budget_lines: LinesTable,
    pub income_lines: Option<LinesTable>,
    pub attachments: Vec<AttachmentView>,
    pub contact: Option<ContactView>,
    pub changes: ChangesView,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    #[serde(flatten)]
    pub summary: ReportSummary,
    pub body: String,
    pub sessions: Vec<Session>,
    /// Whether any session has a `result`: the schedule shows the column then.
    pub session_results: bool,
    pub updates: Vec<UpdateView>,
    pub goals: Vec<Link>,
    pub measures: Vec<Link>,
    pub attachments: Vec<AttachmentView>,
    /// The paper's page in the council information system.
    pub council_url: Option<String>,
    /// Its main document, and the document's type when the address shows it ("PDF").
    pub council_file: Option<String>,
    pub council_file_type: Option<&'static str>,
    pub changes: ChangesView,
}

/// The type of a document by its address's extension, for a link's text.
pub fn file_type(url: &str) -> Option<&'static str> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "pdf" => "PDF",
        "doc" | "docx" => "Word",
        "odt" => "ODT",
        "xls" | "xlsx" => "Excel",
        "ods" => "ODS",
        _ => return None,
    })
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    #[serde(flatten)]
    pub summary: IndicatorSummary,
    pub body: String,
    pub direction: Direction,
    pub baseline: Option<Point>,
    pub values: Vec<Point>,
    /// What the straight path from baseline to target expects in the latest value's year.
    pub expected: Option<f64>,
    pub chart: Option<String>,
    pub source: Option<String>,
    pub about: IndicatorAboutView,
    /// The measures working on it.
    pub measures: Vec<MeasureSummary>,
    /// A table and small charts per dimension of the data file.
    pub breakdowns: Vec<BreakdownView>,
    /// Rows that break down by several dimensions at once: in the
    /// download only.
    pub combined_rows: usize,
    /// The indicator beside its comparisons, a row per year; None without.
    pub compare: Option<CompareTable>,
    /// The data file's rows with their dimensions, for the download.
    #[serde(skip)]
    pub series_rows: Option<crate::load::records::Breakdown>,
    /// The series as CSV (`<indicator>/data.csv`, an `.xlsx` beside it);
    /// None without values.
    pub csv: Option<String>,
    pub goals: Vec<Link>,
    pub contact: Option<ContactView>,
    pub changes: ChangesView,
}

/// An indicator's values beside the series it is compared with.
#[derive(Debug, Clone, Serialize)]
pub struct CompareTable {
    /// Each comparison's label and source.
    pub series: Vec<CompareSeries>,
    /// Every year any of them has, ascending.
    pub rows: Vec<CompareRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompareSeries {
    pub label: String,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompareRow {
    pub year: i32,
    pub own: Option<f64>,
    pub others: Vec<Option<f64>>,
}

/// One dimension of an indicator's breakdown: a row per year with a value
/// per category and the total, and a small chart per category.
#[derive(Debug, Clone, Serialize)]
pub struct BreakdownView {
    pub name: String,
    pub anchor: String,
    pub categories: Vec<String>,
    /// The categories that are districts, linked to their pages (when the
    /// dimension holds districts).
    pub districts: Vec<Link>,
    pub rows: Vec<crate::model::breakdown::DimensionRow>,
    /// Inline SVG, one per category, on one scale.
    pub charts: Vec<String>,
}

/// An indicator's metadata as its page shows it; `any` is false when
/// none is given (the page then has no such section).
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorAboutView {
    pub any: bool,
    pub definition: Option<String>,
    pub numerator: Option<String>,
    pub denominator: Option<String>,
    /// `method` rendered from Markdown.
    pub method: Option<String>,
    pub periodicity: Option<crate::base::vocab::Periodicity>,
    pub next_update: Option<crate::base::date::Date>,
    pub source: Option<String>,
    pub source_url: Option<String>,
}

pub use crate::model::progress::StatusShare;
pub use crate::render::pages::budget_views::*;
pub use crate::render::pages::changes::{ChangeView, ChangesView};

#[derive(Debug, Clone, Serialize)]
pub struct Download {
    pub title: String,
    /// What the file holds, in a sentence.
    pub about: String,
    pub href: String,
    pub format: &'static str,
    /// The file's size, formatted for the site's language ("12,3 kB").
    pub size: String,
}

/// The page-specific part of the context.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum View {
    Home {
        intro: Option<String>,
        /// The intro's language when it is not the page's (untranslated).
        intro_lang: Option<&'static str>,
        goals: Vec<GoalSummary>,
        reports: Vec<ReportSummary>,
        budget: Box<BudgetOverview>,
    },
    Progress {
        statuses: Vec<StatusShare>,
        status_chart: String,
        overdue: Vec<OverdueView>,
        behind: Vec<BehindView>,
        /// The rule's threshold in percentage points, for the page's text.
        behind_points: u8,
        stalled: Vec<StalledView>,
        measure_count: usize,
        goals: Vec<GoalSummary>,
        indicators: Vec<IndicatorSummary>,
        /// The whole lists behind the lists the dashboard cuts.
        more: Box<crate::render::pages::progress_page::DashboardMore>,
        since_report: Option<crate::render::pages::changes_page::SinceReportView>,
    },
    /// A page of one of the dashboard's lists (`fortschritt/ueberfaellig/`):
    /// one of the three is set.
    ProgressList {
        overdue: Option<Vec<OverdueView>>,
        behind: Option<Vec<BehindView>>,
        stalled: Option<Vec<StalledView>>,
        behind_points: u8,
        list: ListView,
    },
    Goals {
        goals: Vec<GoalSummary>,
    },
    Goal {
        goal: Box<GoalView>,
    },
    Measures {
        measures: Vec<MeasureSummary>,
        list: ListView,
    },
    Measure {
        measure: Box<MeasureView>,
    },
    Reports {
        reports: Vec<ReportSummary>,
        list: ListView,
    },
    Report {
        report: ReportView,
    },
    Indicators {
        indicators: Vec<IndicatorSummary>,
        list: ListView,
    },
    /// A block for other sites' pages (`einbetten/…`).
    Embed {
        embed: Box<crate::render::pages::embed::EmbedView>,
    },
    /// A goal's council paper.
    CouncilPaper {
        paper: Box<crate::render::pages::council_paper::CouncilPaperView>,
    },
    /// A page of the budget by goal or by measure (`haushalt/massnahmen/`).
    BudgetMeasures {
        table: Box<BudgetTable>,
        list: ListView,
        /// The budget page.
        budget: String,
    },
    /// A list's filter with every value (`massnahmen/ziel/`).
    Filter {
        group: FilterGroup,
        list: Link,
    },
    Indicator {
        indicator: Box<IndicatorView>,
    },
    Budget {
        #[serde(flatten)]
        budget: Box<BudgetView>,
    },
    Search {
        entries: Vec<SearchEntry>,
        list: ListView,
    },
    Data {
        downloads: Vec<Download>,
        /// Root-relative folders and files to subscribe to.
        feeds: Vec<Link>,
    },
    Changes {
        changes: Box<crate::render::pages::changes_page::SiteChangesView>,
    },
    Topics {
        topics: Vec<crate::render::pages::topics::TopicSummary>,
    },
    Sdg {
        sdg: crate::render::pages::sdg::SdgView,
    },
    Districts {
        districts: crate::render::pages::districts::DistrictsView,
    },
    District {
        district: Box<crate::render::pages::districts::DistrictView>,
    },
    Topic {
        name: String,
        /// See `PageMeta::text_lang`.
        name_lang: Option<&'static str>,
        goals: Vec<GoalSummary>,
        measures: Vec<MeasureSummary>,
        reports: Vec<ReportSummary>,
        indicators: Vec<IndicatorSummary>,
        pages: Vec<Link>,
    },
    EasyReading {
        sections: Vec<crate::render::pages::easy_reading::EasySection>,
        /// The explanation in German Sign Language, a file in static/.
        video: Option<String>,
    },
    Accessibility {
        statement: crate::load::site::statement::Accessibility,
        /// Whom the statement is from: the organisation, else the site title.
        body: String,
        /// Where readers report barriers, when the contact is an e-mail or web address.
        contact_href: Option<String>,
    },
    Page {
        body: String,
    },
    NotFound {},
    Feed {
        title: String,
        entries: Vec<FeedEntry>,
        updated: Option<Date>,
        /// The feed's own address and the page it belongs to: absolute with
        /// `base_url`, else root-relative (then `root` is the feed's `xml:base`).
        feed_url: String,
        home_url: String,
        root: String,
    },
    Sitemap {
        urls: Vec<String>,
        /// `urls` with each page's addresses in every language of the
        /// portal (empty lists in a portal of one language).
        entries: Vec<SitemapEntry>,
    },
}

/// A file of an item's bundle: its title (`[[attachments]]`, else its
/// name), type (the extension in capitals: PDF) and size.
#[derive(Debug, Clone, Serialize)]
pub struct AttachmentView {
    pub title: String,
    pub href: String,
    pub format: String,
    /// Formatted for the page's language: `1,2 MB`.
    pub size: String,
    pub bytes: u64,
}

/// A sitemap's page: its address and the page in each language.
#[derive(Debug, Clone, Serialize)]
pub struct SitemapEntry {
    pub loc: String,
    pub alternates: Vec<Alternate>,
}

/// An Atom entry; URLs are absolute when `base_url` is set.
#[derive(Debug, Clone, Serialize)]
pub struct FeedEntry {
    pub title: String,
    pub url: String,
    pub date: Date,
    pub summary: Option<String>,
    pub kind: Option<String>,
    /// The report's text as HTML, links relative to `url`.
    pub content: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchEntry {
    pub title: String,
    pub href: String,
    pub kind: &'static str,
}

/// Everything a template sees.
#[derive(Debug, Serialize)]
pub struct Context<'a> {
    pub site: &'a SiteView,
    pub page: PageMeta,
    #[serde(flatten)]
    pub view: View,
}

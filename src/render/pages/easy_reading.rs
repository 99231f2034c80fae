//! The page in Leichte Sprache (easy-to-read German) that every German
//! portal has, as BITV 2.0 § 4 asks of public bodies: what the portal is,
//! what its pages show, how to search and find one's way, and the essentials
//! of the accessibility statement. Its sentences are made from the portal's
//! own facts (its name, how many goals, measures and reports, the goals'
//! titles). Leichte Sprache is German by definition, so the sentences are
//! written here and not in the theme's strings; they follow the rules of
//! the Netzwerk Leichte Sprache: short sentences, one statement each, no
//! subjunctive, long words split with the Mediopunkt (Internet·seite).
//! A free page `content/pages/leichte-sprache.md` replaces this one.

use serde::Serialize;

use super::context::{Job, RenderContext};
use super::views::{Link, View};
use crate::base::vocab::Kind;
use crate::load::site::statement::Conformance;

/// A heading, its sentences (a paragraph each), the links under them and
/// the goals or measures the portal explains in Leichte Sprache itself.
#[derive(Debug, Clone, Serialize)]
pub struct EasySection {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub links: Vec<EasyLink>,
    pub items: Vec<EasyItem>,
}

/// A goal or measure in Leichte Sprache (`<name>.de-LS.md`): its title and
/// text as written there, and its own page.
#[derive(Debug, Clone, Serialize)]
pub struct EasyItem {
    pub title: String,
    /// HTML.
    pub body: String,
    pub href: String,
    /// The item's title on its own page, for the link.
    pub page_title: String,
}

/// A link under a section: root-relative, or `external` (the contact's
/// `mailto:` or web address).
#[derive(Debug, Clone, Serialize)]
pub struct EasyLink {
    pub title: String,
    pub href: String,
    pub external: bool,
}

impl From<Link> for EasyLink {
    fn from(l: Link) -> EasyLink {
        EasyLink {
            title: l.title,
            href: l.href,
            external: false,
        }
    }
}

/// The facts the sentences are made of.
pub struct Facts<'a> {
    pub title: &'a str,
    pub organisation: Option<&'a str>,
    pub goals: Vec<Link>,
    /// The goals and the measures written in Leichte Sprache.
    pub easy_goals: Vec<EasyItem>,
    pub easy_measures: Vec<EasyItem>,
    pub measures: usize,
    pub reports: usize,
    pub indicators: usize,
    pub accessibility: Option<(Conformance, &'a [String], &'a str)>,
    /// Root-relative addresses of the pages the text points to.
    pub hrefs: Hrefs,
}

pub struct Hrefs {
    pub measures: String,
    pub progress: String,
    pub budget: String,
    pub reports: String,
    pub indicators: String,
    pub search: String,
    pub accessibility: Option<String>,
}

fn link(title: &str, href: &str) -> EasyLink {
    EasyLink {
        title: title.to_string(),
        href: href.to_string(),
        external: false,
    }
}

/// "1 Ziel", "3 Ziele".
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn section(heading: &str, paragraphs: &[String], links: Vec<EasyLink>) -> EasySection {
    EasySection {
        heading: heading.to_string(),
        paragraphs: paragraphs.to_vec(),
        links,
        items: Vec::new(),
    }
}

/// The page's sections, in reading order.
pub fn sections(f: &Facts) -> Vec<EasySection> {
    let who = f.organisation.unwrap_or("Die Verwaltung");
    let h = &f.hrefs;
    let mut out = vec![
        section(
            "Was ist diese Internet·seite?",
            &[
                format!("Diese Internet·seite heißt: {}.", f.title),
                format!("{who} schreibt hier auf:"),
                "Das wollen wir besser machen. Das sind unsere Ziele.".into(),
                "Das tun wir für die Ziele. So weit sind wir schon.".into(),
                "So viel Geld brauchen wir dafür.".into(),
            ],
            Vec::new(),
        ),
        EasySection {
            items: f.easy_goals.clone(),
            ..section(
                "Die Ziele",
                &[
                    "Ein Ziel sagt: Das soll in Zukunft besser sein.".into(),
                    format!("Es gibt {}.", count(f.goals.len(), "Ziel", "Ziele")),
                    "Hier sind die Ziele:".into(),
                ],
                f.goals.iter().cloned().map(EasyLink::from).collect(),
            )
        },
        EasySection {
            items: f.easy_measures.clone(),
            ..section(
                "Die Maßnahmen",
                &[
                    "Eine Maßnahme ist eine Aufgabe.".into(),
                    "Die Aufgabe hilft bei einem Ziel.".into(),
                    format!("Es gibt {}.", count(f.measures, "Maßnahme", "Maßnahmen")),
                    "Bei jeder Maßnahme steht: Wer macht die Aufgabe? Wann ist sie fertig?".into(),
                ],
                vec![link("Alle Maßnahmen", &h.measures)],
            )
        },
        section(
            "Wie weit sind wir?",
            &[
                "Auf der Seite Fortschritt sehen Sie:".into(),
                "So weit sind die Maßnahmen.".into(),
                "Manche Maßnahmen sind schon fertig. Andere Maßnahmen dauern noch.".into(),
            ],
            vec![link("Fortschritt", &h.progress)],
        ),
        section(
            "Das Geld",
            &[
                "Viele Maßnahmen kosten Geld.".into(),
                "Auf der Seite Haushalt steht: So viel Geld ist geplant.".into(),
                "Und: So viel Geld ist schon ausgegeben.".into(),
            ],
            vec![link("Haushalt", &h.budget)],
        ),
        section(
            "Die Berichte",
            &[
                "In einem Bericht steht: Das ist passiert.".into(),
                format!("Es gibt {}.", count(f.reports, "Bericht", "Berichte")),
            ],
            vec![link("Alle Berichte", &h.reports)],
        ),
    ];
    if f.indicators > 0 {
        out.push(section(
            "Die Kenn·zahlen",
            &[
                "Eine Kenn·zahl ist eine Zahl.".into(),
                "Die Zahl zeigt: So gut kommen wir bei einem Ziel voran.".into(),
                format!(
                    "Es gibt {}.",
                    count(f.indicators, "Kenn·zahl", "Kenn·zahlen")
                ),
            ],
            vec![link("Alle Kenn·zahlen", &h.indicators)],
        ));
    }
    out.push(section(
        "Etwas suchen",
        &[
            "Oben auf jeder Seite ist ein Such·feld.".into(),
            "Schreiben Sie ein Wort in das Such·feld.".into(),
            "Dann klicken Sie auf: Suchen.".into(),
            "Dann sehen Sie alle Seiten mit dem Wort.".into(),
        ],
        vec![link("Suche", &h.search)],
    ));
    out.push(section(
        "So finden Sie sich zurecht",
        &[
            "Oben auf jeder Seite ist ein Menü.".into(),
            "Im Menü stehen die wichtigen Seiten.".into(),
            "Klicken Sie auf ein Wort im Menü. Dann kommen Sie zu der Seite.".into(),
            format!(
                "Ganz oben steht: {}. Klicken Sie darauf. Dann kommen Sie zur Start·seite.",
                f.title
            ),
            "Oben auf jeder Seite steht auch: Leichte Sprache.".into(),
            "Klicken Sie darauf. Dann kommen Sie wieder zu dieser Seite.".into(),
        ],
        vec![link("Start·seite", "")],
    ));
    if let Some(a) = accessibility(f) {
        out.push(a);
    }
    out
}

/// The statement's essentials: how accessible the portal is, what is not,
/// and whom to write to.
fn accessibility(f: &Facts) -> Option<EasySection> {
    let (conformance, barriers, contact) = f.accessibility?;
    let mut p: Vec<String> = vec![
        "Barriere·frei heißt: Alle Menschen können die Internet·seite gut benutzen.".into(),
        "Auch Menschen mit Behinderung.".into(),
    ];
    match conformance {
        Conformance::Full => p.push("Diese Internet·seite ist barriere·frei.".into()),
        Conformance::Partial => {
            p.push("Diese Internet·seite ist zum Teil barriere·frei.".into());
            p.push("Das heißt: Manche Teile sind noch nicht barriere·frei.".into());
            p.push("Diese Teile sind noch nicht barriere·frei:".into());
            p.extend(barriers.iter().cloned());
        }
        Conformance::None => p.push("Diese Internet·seite ist noch nicht barriere·frei.".into()),
    }
    p.push("Sie haben ein Problem mit der Internet·seite? Dann schreiben Sie uns.".into());
    let mut links = Vec::new();
    match super::site_pages::contact_href(contact) {
        Some(href) => {
            p.push("Hier können Sie uns schreiben:".into());
            links.push(EasyLink {
                title: contact.trim().to_string(),
                href,
                external: true,
            });
        }
        None => p.push(format!("Hier können Sie uns schreiben: {}", contact.trim())),
    }
    if let Some(h) = &f.hrefs.accessibility {
        links.push(link(
            "Erklärung zur Barriere·freiheit in Alltags·sprache",
            h,
        ));
    }
    Some(section("Barriere·freiheit", &p, links))
}

impl RenderContext<'_> {
    /// The page at `leichte-sprache/`.
    /// The goals or measures of `kind` written in Leichte Sprache, in the
    /// order of their section.
    fn easy_items(
        &self,
        kind: Kind,
        d: &mut crate::base::diagnostics::Diagnostics,
    ) -> Vec<EasyItem> {
        let site = self.site;
        let path = format!("{}/index.html", crate::base::urls::EASY_READING);
        let by_original: std::collections::HashMap<&std::path::Path, _> = site
            .easy_reading
            .iter()
            .map(|e| (e.data.original.as_path(), e))
            .collect();
        (0..site.count(kind))
            .filter_map(|i| {
                let e = by_original.get(site.file(kind, i))?;
                Some(EasyItem {
                    title: e.title.clone(),
                    body: self.markdown(e, &path, d).html,
                    href: self.href(kind, site.slug(kind, i)),
                    page_title: site.title(kind, i).to_string(),
                })
            })
            .collect()
    }

    pub(in crate::render) fn easy_reading_job(
        &self,
        d: &mut crate::base::diagnostics::Diagnostics,
    ) -> Job {
        let site = self.site;
        let w = &self.words;
        let statement = site.config.accessibility.as_ref();
        let facts = Facts {
            title: &site.config.title,
            organisation: site.config.organisation.name.as_deref(),
            goals: (0..site.goals.len())
                .map(|i| self.link(Kind::Goal, i))
                .collect(),
            easy_goals: self.easy_items(Kind::Goal, d),
            easy_measures: self.easy_items(Kind::Measure, d),
            measures: site.measures.len(),
            reports: site.reports.len(),
            indicators: site.indicators.len(),
            accessibility: statement
                .map(|s| (s.conformance, s.barriers.as_slice(), s.contact.as_str())),
            hrefs: Hrefs {
                measures: format!("{}/", w.measures),
                progress: format!("{}/", w.progress),
                budget: format!("{}/", w.budget),
                reports: format!("{}/", w.reports),
                indicators: format!("{}/", w.indicators),
                search: format!("{}/", w.search),
                accessibility: statement.map(|_| format!("{}/", w.accessibility)),
            },
        };
        let video = statement
            .and_then(|s| s.sign_language_video.as_ref())
            .map(|v| v.value.trim_start_matches('/').to_string());
        self.own_job(
            crate::base::urls::EASY_READING,
            "Leichte Sprache".to_string(),
            "easy_reading.html",
            View::EasyReading {
                sections: sections(&facts),
                video,
            },
        )
    }
}

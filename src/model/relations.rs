//! Items by kind and position, and which items link to which: what a
//! change to one item can show on the pages of others.

use std::path::Path;

use super::Site;
use crate::base::vocab::Kind;
use crate::load::records::Header;

fn with(k: Kind, v: &[usize]) -> impl Iterator<Item = (Kind, usize)> + '_ {
    v.iter().map(move |&j| (k, j))
}

impl Site {
    pub fn count(&self, kind: Kind) -> usize {
        self.index.of(kind).len()
    }

    /// What item `i` of `kind` has whatever its kind: slug, file, title,
    /// draft flag and old addresses.
    pub fn header(&self, kind: Kind, i: usize) -> Header<'_> {
        match kind {
            Kind::Goal => self.goals[i].item.header(),
            Kind::Measure => self.measures[i].item.header(),
            Kind::Report => self.reports[i].item.header(),
            Kind::Indicator => self.indicators[i].item.header(),
            Kind::Page => self.pages[i].header(),
        }
    }

    /// Whether the portal has a page in Leichte Sprache, linked from every
    /// page of every language: a portal in German does.
    pub fn has_easy_reading(&self) -> bool {
        self.config
            .languages
            .contains(&crate::base::locale::Lang::De)
    }

    /// Whether this language's pages include the one klarsicht makes: the
    /// German ones do, unless a free page `leichte-sprache` replaces it.
    pub fn generates_easy_reading(&self) -> bool {
        self.config.language == crate::base::locale::Lang::De
            && !self
                .index
                .pages
                .contains_key(crate::base::urls::EASY_READING)
    }

    /// The date item `i` of `kind` appears, when that is after the build
    /// date (only built with `--future` or by `serve`): pages say so.
    pub fn appears_later(&self, kind: Kind, i: usize) -> Option<crate::base::date::Date> {
        self.header(kind, i).appears.filter(|d| *d > self.today)
    }

    pub fn slug(&self, kind: Kind, i: usize) -> &str {
        self.header(kind, i).slug
    }

    pub fn title(&self, kind: Kind, i: usize) -> &str {
        self.header(kind, i).title
    }

    /// The item's file, relative to the portal.
    pub fn file(&self, kind: Kind, i: usize) -> &Path {
        self.header(kind, i).file
    }

    /// Items linked to item `i` of `kind`, in either direction: a measure's
    /// goals and reports; a goal's measures, indicators and reports; a
    /// report's measures, goals and its measures' goals; an indicator's goals
    /// and the measures working on it; a measure's indicators.
    pub fn related(&self, kind: Kind, i: usize) -> Vec<(Kind, usize)> {
        match kind {
            Kind::Measure => {
                let m = &self.measures[i];
                with(Kind::Goal, &m.goals)
                    .chain(with(Kind::Report, &m.reports))
                    .chain(with(Kind::Indicator, &m.indicators))
                    .collect()
            }
            Kind::Goal => {
                let g = &self.goals[i];
                with(Kind::Measure, &g.measures)
                    .chain(with(Kind::Indicator, &g.indicators))
                    .chain(with(Kind::Report, &g.reports))
                    .collect()
            }
            Kind::Report => {
                let r = &self.reports[i];
                let goals_of_measures = r.measures.iter().flat_map(|&m| &self.measures[m].goals);
                with(Kind::Measure, &r.measures)
                    .chain(with(Kind::Goal, &r.goals))
                    .chain(goals_of_measures.map(|&g| (Kind::Goal, g)))
                    .collect()
            }
            Kind::Indicator => {
                let x = &self.indicators[i];
                with(Kind::Goal, &x.goals)
                    .chain(with(Kind::Measure, &x.measures))
                    .collect()
            }
            Kind::Page => Vec::new(),
        }
    }
}

//! The topic pages: `/themen/` lists every tag of the portal's items with
//! how many items carry it, `/themen/<slug>/` the items of one, grouped by
//! kind; and the topic links every item's page shows.

use serde::Serialize;

use super::context::{Job, RenderContext};
use super::views::{Link, View};
use crate::base::vocab::Kind;

/// A topic in the list of topics.
#[derive(Debug, Clone, Serialize)]
pub struct TopicSummary {
    pub name: String,
    /// The name's language when it is not the page's (untranslated).
    pub lang: Option<&'static str>,
    pub href: String,
    /// How many items carry it.
    pub count: usize,
}

impl RenderContext<'_> {
    /// The topics of item `i` of `kind`, as links to their pages.
    pub(in crate::render) fn topic_links(&self, kind: Kind, i: usize) -> Vec<Link> {
        let h = self.site.header(kind, i);
        let lang = self.text_lang(h.translation);
        h.tags
            .iter()
            .map(|t| Link {
                title: t.name.clone(),
                href: self.words.topic(&t.slug),
                lang,
            })
            .collect()
    }

    /// The language of a topic's name when no translation gave it.
    fn topic_lang(&self, t: &crate::model::topics::Topic) -> Option<&'static str> {
        let c = &self.site.config;
        (c.language != c.default_language() && !t.translated).then(|| c.default_language().code())
    }

    /// `/themen/`: every topic, A–Z.
    pub(in crate::render) fn topics_job(&self) -> Job {
        let topics = self
            .site
            .topics
            .iter()
            .map(|t| TopicSummary {
                name: t.name.clone(),
                lang: self.topic_lang(t),
                href: self.words.topic(&t.slug),
                count: t.items.len(),
            })
            .collect();
        self.own_job(
            self.words.topics,
            self.text("topics"),
            "topics.html",
            View::Topics { topics },
        )
    }

    /// `/themen/<slug>/` for every topic.
    pub(in crate::render) fn topic_jobs(&self) -> Vec<Job> {
        self.site
            .topics
            .iter()
            .map(|t| {
                let of = |kind: Kind| {
                    t.items
                        .iter()
                        .filter(move |(k, _)| *k == kind)
                        .map(|(_, i)| *i)
                };
                let view = View::Topic {
                    name: t.name.clone(),
                    name_lang: self.topic_lang(t),
                    goals: of(Kind::Goal).map(|i| self.goal_summary(i)).collect(),
                    measures: of(Kind::Measure).map(|i| self.measure_summary(i)).collect(),
                    reports: of(Kind::Report).map(|i| self.report_summary(i)).collect(),
                    indicators: of(Kind::Indicator)
                        .map(|i| self.indicator_summary(i))
                        .collect(),
                    pages: of(Kind::Page).map(|i| self.link(Kind::Page, i)).collect(),
                };
                let folder = self.words.topic(&t.slug);
                let path = format!("{folder}index.html");
                let title = format!("{}: {}", self.text("topic"), t.name);
                Job {
                    search: None,
                    meta: self.meta(&path, title, None, format!("{}/", self.words.topics)),
                    path,
                    template: "topic.html",
                    view,
                }
            })
            .collect()
    }
}

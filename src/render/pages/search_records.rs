//! What the search index learns about each item: its searchable text, and
//! the filters (kind, goal, status, owner, year, topic, district) the search
//! page offers.

use std::collections::{BTreeMap, BTreeSet};

use crate::base::vocab::Kind;
use crate::render::pages::context::RenderContext;
use crate::search::Record;

/// Filter values collected without duplicates, in a stable order.
#[derive(Default)]
struct Filters(BTreeMap<String, BTreeSet<String>>);

impl Filters {
    fn add(&mut self, name: &str, value: impl Into<String>) {
        let value = value.into();
        if !value.trim().is_empty() {
            self.0.entry(name.to_string()).or_default().insert(value);
        }
    }

    fn into_map(self) -> BTreeMap<String, Vec<String>> {
        self.0
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().collect()))
            .collect()
    }
}

fn join<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

impl RenderContext<'_> {
    fn record(
        &self,
        kind: Kind,
        slug: &str,
        title: &str,
        description: &str,
        text: String,
        mut filters: Filters,
    ) -> Record {
        let kind_label = self.text(kind.name());
        filters.add("kind", kind_label.clone());
        if let Some(&i) = self.site.index.of(kind).get(slug) {
            for tag in self.site.header(kind, i).tags {
                filters.add("topic", tag.name.clone());
            }
            for d in self.district_links(kind, i) {
                filters.add("district", d.title);
            }
        }
        Record {
            url: self.href(kind, slug),
            title: title.to_string(),
            kind: kind_label,
            status: None,
            description: description.to_string(),
            text,
            filters: filters.into_map(),
        }
    }

    pub(in crate::render) fn goal_record(&self, i: usize, body: &str, description: &str) -> Record {
        let g = &self.site.goals[i];
        let d = &g.item.data;
        let mut f = Filters::default();
        f.add("goal", g.item.title.clone());
        if let Some(o) = &d.owner {
            f.add("owner", o.clone());
        }
        let strategies = d
            .strategies
            .iter()
            .map(|s| match &s.text {
                Some(t) => format!("{}: {t}", s.title),
                None => s.title.clone(),
            })
            .collect::<Vec<_>>()
            .join(" · ");
        let tags = tag_names(&g.item.tags);
        let text = join([
            d.summary.as_deref().unwrap_or(""),
            d.owner.as_deref().unwrap_or(""),
            &strategies,
            body,
            &tags,
        ]);
        self.record(
            Kind::Goal,
            &g.item.slug,
            &g.item.title,
            description,
            text,
            f,
        )
    }

    pub(in crate::render) fn measure_record(
        &self,
        i: usize,
        body: &str,
        description: &str,
    ) -> Record {
        let m = &self.site.measures[i];
        let d = &m.item.data;
        let mut f = Filters::default();
        for &g in &m.goals {
            f.add("goal", self.site.goals[g].item.title.clone());
        }
        let status = self.status_label(d.status.key());
        f.add("status", status.clone());
        if let Some(o) = &d.owner {
            f.add("owner", o.clone());
        }
        // Years the measure runs in, and years it has money for.
        let first = d.start.or(d.end).or(d.updated).map(|x| x.year);
        let last = d.end.or(d.updated).or(d.start).map(|x| x.year);
        if let (Some(a), Some(b)) = (first, last) {
            for y in a.min(b)..=b.max(a) {
                f.add("year", y.to_string());
            }
        }
        let mut refs = BTreeSet::new();
        for &l in &m.budget_lines {
            let l = &self.site.budget_lines[l];
            f.add("year", l.year.to_string());
            refs.extend(l.src.label.as_deref());
            refs.extend(l.src.reference.as_deref());
        }
        let refs: Vec<&str> = refs.into_iter().collect();
        let milestones: Vec<&str> = d.milestones.iter().map(|x| x.title.as_str()).collect();
        let partners = d.partners.join(", ");
        let text = join([
            d.summary.as_deref().unwrap_or(""),
            d.owner.as_deref().unwrap_or(""),
            &partners,
            body,
            &milestones.join(" · "),
            &refs.join(" · "),
            &tag_names(&m.item.tags),
        ]);
        let mut r = self.record(
            Kind::Measure,
            &m.item.slug,
            &m.item.title,
            description,
            text,
            f,
        );
        r.status = Some(status);
        r
    }

    pub(in crate::render) fn report_record(
        &self,
        i: usize,
        body: &str,
        description: &str,
    ) -> Record {
        let r = &self.site.reports[i];
        let d = &r.item.data;
        let mut f = Filters::default();
        let goals = r.goals.iter().copied().chain(
            r.measures
                .iter()
                .flat_map(|&m| self.site.measures[m].goals.iter().copied()),
        );
        for g in goals {
            f.add("goal", self.site.goals[g].item.title.clone());
        }
        f.add("year", d.date.year.to_string());
        let committees: Vec<&str> = d.sessions.iter().map(|s| s.committee.as_str()).collect();
        let notes: Vec<&str> = r.updates.iter().filter_map(|u| u.note.as_deref()).collect();
        let text = join([
            d.kind.as_deref().unwrap_or(""),
            d.reference.as_deref().unwrap_or(""),
            d.summary.as_deref().unwrap_or(""),
            body,
            &committees.join(" · "),
            &notes.join(" · "),
        ]);
        self.record(
            Kind::Report,
            &r.item.slug,
            &r.item.title,
            description,
            text,
            f,
        )
    }

    pub(in crate::render) fn indicator_record(
        &self,
        i: usize,
        body: &str,
        description: &str,
    ) -> Record {
        let x = &self.site.indicators[i];
        let d = &x.item.data;
        let mut f = Filters::default();
        for &g in &x.goals {
            f.add("goal", self.site.goals[g].item.title.clone());
        }
        if let Some(v) = x.values.last() {
            f.add("year", v.year.to_string());
        }
        let text = join([
            d.summary.as_deref().unwrap_or(""),
            d.source.as_deref().unwrap_or(""),
            body,
        ]);
        self.record(
            Kind::Indicator,
            &x.item.slug,
            &x.item.title,
            description,
            text,
            f,
        )
    }

    pub(in crate::render) fn page_record(&self, i: usize, body: &str, description: &str) -> Record {
        let p = &self.site.pages[i];
        self.record(
            Kind::Page,
            &p.slug,
            &p.title,
            description,
            body.to_string(),
            Filters::default(),
        )
    }
}

/// An item's topics as searchable text.
fn tag_names(tags: &[crate::load::records::Tag]) -> String {
    tags.iter()
        .map(|t| t.name.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

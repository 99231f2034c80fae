//! portal.json's `translations`: the texts of the portal's other languages,
//! keyed by slug, so that one file holds every language's texts beside the
//! figures they share. Only translated items appear: an item missing from a
//! language's lists has no translation into it.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Site;

#[derive(Serialize)]
pub struct GoalTexts {
    title: String,
    summary: Option<String>,
    /// Each strategy's title and text, in the goal's order.
    strategies: Vec<(String, Option<String>)>,
}

#[derive(Serialize)]
pub struct MeasureTexts {
    title: String,
    summary: Option<String>,
    status_note: Option<String>,
    /// The milestones' titles, in the measure's order.
    milestones: Vec<String>,
}

#[derive(Serialize)]
pub struct ReportTexts {
    title: String,
    summary: Option<String>,
    kind: Option<String>,
    /// Each session's committee, in the report's order.
    sessions: Vec<String>,
    /// Each update's note, in the report's order.
    updates: Vec<Option<String>>,
}

#[derive(Serialize)]
pub struct IndicatorTexts {
    title: String,
    unit: Option<String>,
    source: Option<String>,
    definition: Option<String>,
    numerator: Option<String>,
    denominator: Option<String>,
    method: Option<String>,
    /// Each comparison's label, in the original's order.
    compare: Vec<String>,
}

/// One language's texts.
#[derive(Serialize)]
pub struct LangTexts {
    title: String,
    description: Option<String>,
    goals: BTreeMap<String, GoalTexts>,
    measures: BTreeMap<String, MeasureTexts>,
    reports: BTreeMap<String, ReportTexts>,
    indicators: BTreeMap<String, IndicatorTexts>,
    pages: BTreeMap<String, String>,
}

/// The texts of `site`'s language: the site title and its items (in
/// another language than the first, the translated ones).
pub fn texts(site: &Site) -> LangTexts {
    let first = site.config.language == site.config.default_language();
    let translated =
        |item_translation: Option<&std::path::PathBuf>| first || item_translation.is_some();
    LangTexts {
        title: site.config.title.clone(),
        description: site.config.description.clone(),
        goals: site
            .goals
            .iter()
            .filter(|g| translated(g.item.translation.as_ref()))
            .map(|g| {
                let d = &g.item.data;
                let texts = GoalTexts {
                    title: g.item.title.clone(),
                    summary: d.summary.clone(),
                    strategies: d
                        .strategies
                        .iter()
                        .map(|s| (s.title.clone(), s.text.clone()))
                        .collect(),
                };
                (g.item.slug.clone(), texts)
            })
            .collect(),
        measures: site
            .measures
            .iter()
            .filter(|m| translated(m.item.translation.as_ref()))
            .map(|m| {
                let d = &m.item.data;
                let texts = MeasureTexts {
                    title: m.item.title.clone(),
                    summary: d.summary.clone(),
                    status_note: d.status_note.clone(),
                    milestones: d.milestones.iter().map(|x| x.title.clone()).collect(),
                };
                (m.item.slug.clone(), texts)
            })
            .collect(),
        reports: site
            .reports
            .iter()
            .filter(|r| translated(r.item.translation.as_ref()))
            .map(|r| {
                let d = &r.item.data;
                let texts = ReportTexts {
                    title: r.item.title.clone(),
                    summary: d.summary.clone(),
                    kind: d.kind.clone(),
                    sessions: d.sessions.iter().map(|s| s.committee.clone()).collect(),
                    updates: d.updates.iter().map(|u| u.note.clone()).collect(),
                };
                (r.item.slug.clone(), texts)
            })
            .collect(),
        indicators: site
            .indicators
            .iter()
            .filter(|x| translated(x.item.translation.as_ref()))
            .map(|x| {
                let d = &x.item.data;
                let texts = IndicatorTexts {
                    title: x.item.title.clone(),
                    unit: d.unit.clone(),
                    source: d.source.clone(),
                    definition: d.about.definition.clone(),
                    numerator: d.about.numerator.clone(),
                    denominator: d.about.denominator.clone(),
                    method: d.about.method.clone(),
                    compare: d.compare.iter().map(|c| c.label.clone()).collect(),
                };
                (x.item.slug.clone(), texts)
            })
            .collect(),
        pages: site
            .pages
            .iter()
            .filter(|p| translated(p.translation.as_ref()))
            .map(|p| (p.slug.clone(), p.title.clone()))
            .collect(),
    }
}

//! The UN's Sustainable Development Goals on the portal: a badge per SDG or
//! target on each item that names it (linked to its place on `/sdg/`), and
//! `/sdg/`, the portal's contributions by SDG and target.

use serde::Serialize;

use super::context::{Job, RenderContext};
use super::views::{Link, View};
use crate::base::sdg::Sdg;
use crate::base::vocab::Kind;

/// An SDG or target as a badge: `SDG 4.1`, the goal's title, its colour.
#[derive(Debug, Clone, Serialize)]
pub struct SdgBadge {
    /// 1 to 17: the badge's colour class (`sdg-4`).
    pub goal: u8,
    /// `4` or `4.1`.
    pub code: String,
    /// The goal's short title in the page's language.
    pub title: String,
    /// Root-relative: `sdg/#sdg-4-1`.
    pub href: String,
}

/// One entry of `/sdg/`: the goal as a whole or one target, and the
/// portal's items that name it.
#[derive(Debug, Clone, Serialize)]
pub struct SdgEntry {
    pub code: String,
    /// A target's anchor; None for the goal as a whole, whose anchor is
    /// its group's.
    pub anchor: Option<String>,
    /// The goal as a whole, not one of its targets.
    pub whole: bool,
    pub items: Vec<SdgItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SdgItem {
    /// `goal`, `measure`, `indicator`: the theme string that names the kind.
    pub kind: &'static str,
    pub link: Link,
}

#[derive(Debug, Clone, Serialize)]
pub struct SdgGroup {
    pub badge: SdgBadge,
    pub anchor: String,
    pub entries: Vec<SdgEntry>,
    /// Items naming the goal or one of its targets, each counted once.
    pub items: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct SdgView {
    pub groups: Vec<SdgGroup>,
    /// How many SDGs, targets and items: the figures of the intro.
    pub goal_count: usize,
    pub target_count: usize,
    pub item_count: usize,
}

/// `sdg-4`, `sdg-4-1`, `sdg-4-a`: the anchor of an SDG's or target's place.
fn anchor(s: Sdg) -> String {
    format!("sdg-{}", s.code().replace('.', "-"))
}

impl RenderContext<'_> {
    fn badge(&self, s: Sdg) -> SdgBadge {
        SdgBadge {
            goal: s.goal,
            code: s.code(),
            title: s.info().title(self.site.config.language).to_string(),
            href: format!("{}/#{}", self.words.sdg, anchor(s)),
        }
    }

    /// The badges of item `i` of `kind`, in the UN's order.
    pub(in crate::render) fn sdg_badges(&self, kind: Kind, i: usize) -> Vec<SdgBadge> {
        crate::model::sdg::of_item(self.site, kind, i)
            .iter()
            .map(|&s| self.badge(s))
            .collect()
    }

    /// `/sdg/`: every SDG the portal's items name, with its targets.
    pub(in crate::render) fn sdg_job(&self) -> Job {
        let kind_key = |k: Kind| match k {
            Kind::Goal => "goal",
            Kind::Measure => "measure",
            _ => "indicator",
        };
        let mut all_items: Vec<(Kind, usize)> = Vec::new();
        let mut target_count = 0;
        let groups = self
            .site
            .sdg
            .iter()
            .map(|g| {
                let mut items: Vec<(Kind, usize)> = Vec::new();
                let entries = g
                    .entries
                    .iter()
                    .map(|(s, of)| {
                        target_count += usize::from(s.is_target());
                        items.extend(of);
                        SdgEntry {
                            code: s.code(),
                            anchor: s.is_target().then(|| anchor(*s)),
                            whole: !s.is_target(),
                            items: of
                                .iter()
                                .map(|&(k, i)| SdgItem {
                                    kind: kind_key(k),
                                    link: self.link(k, i),
                                })
                                .collect(),
                        }
                    })
                    .collect();
                items.sort_unstable();
                items.dedup();
                all_items.extend(&items);
                let whole = g.entries[0].0.whole();
                SdgGroup {
                    badge: self.badge(whole),
                    anchor: anchor(whole),
                    entries,
                    items: items.len(),
                }
            })
            .collect::<Vec<_>>();
        all_items.sort_unstable();
        all_items.dedup();
        let view = SdgView {
            goal_count: groups.len(),
            target_count,
            item_count: all_items.len(),
            groups,
        };
        self.own_job(
            self.words.sdg,
            self.text("sdg_title"),
            "sdg.html",
            View::Sdg { sdg: view },
        )
    }
}

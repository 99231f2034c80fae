//! The portal's contributions to the UN's Sustainable Development Goals:
//! the goals, measures and indicators that name an SDG or target in their
//! `sdg`, grouped by SDG and target for the `/sdg/` page.

use std::collections::BTreeMap;

use crate::base::sdg::Sdg;
use crate::base::vocab::Kind;

use super::Site;

/// One SDG with what the portal names of it.
#[derive(Debug, Clone)]
pub struct SdgGoal {
    /// 1 to 17.
    pub goal: u8,
    /// The goal as a whole first (when named), then its targets in the UN's
    /// order; each with its items: goals, then measures, then indicators,
    /// each kind in its order.
    pub entries: Vec<(Sdg, Vec<(Kind, usize)>)>,
}

/// The SDG codes item `i` of `kind` names (none for reports and pages).
pub fn of_item(site: &Site, kind: Kind, i: usize) -> &[Sdg] {
    match kind {
        Kind::Goal => &site.goals[i].item.data.sdg,
        Kind::Measure => &site.measures[i].item.data.sdg,
        Kind::Indicator => &site.indicators[i].item.data.sdg,
        Kind::Report | Kind::Page => &[],
    }
}

/// Every SDG some item names, 1 to 17.
pub fn of(site: &Site) -> Vec<SdgGoal> {
    let mut by: BTreeMap<Sdg, Vec<(Kind, usize)>> = BTreeMap::new();
    for kind in [Kind::Goal, Kind::Measure, Kind::Indicator] {
        for i in 0..site.count(kind) {
            for &s in of_item(site, kind, i) {
                by.entry(s).or_default().push((kind, i));
            }
        }
    }
    let mut goals: Vec<SdgGoal> = Vec::new();
    for (s, items) in by {
        match goals.last_mut() {
            Some(g) if g.goal == s.goal => g.entries.push((s, items)),
            _ => goals.push(SdgGoal {
                goal: s.goal,
                entries: vec![(s, items)],
            }),
        }
    }
    goals
}

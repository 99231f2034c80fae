//! A goal's council paper: the goal, its measures one by one with status,
//! progress, schedule, milestones and budget, its indicators and the
//! latest report, in that order, each figure as on the goal's own pages.

use std::path::Path;

use crate::util::*;

const GOAL: &str = "ziele/wirkungen-erzielen/index.html";
const PAPER: &str = "ziele/wirkungen-erzielen/sitzungsunterlage/index.html";

#[test]
fn the_goal_page_links_its_council_paper_and_the_paper_follows_the_committee_order() {
    let (_tmp, out) = build_example();
    let goal = page(&out, GOAL);
    let link = attrs(&goal, "main .paper-link a:not([type])", "href");
    assert_eq!(link, ["../../ziele/wirkungen-erzielen/sitzungsunterlage/"]);
    assert!(
        out.join(Path::new(GOAL).parent().unwrap())
            .join(&link[0])
            .join("index.html")
            .is_file()
    );
    let paper = page(&out, PAPER);
    assert_eq!(texts(&paper, "main h1"), ["Ziel 4: Wirkungen erzielen"]);
    assert_eq!(
        texts(&paper, "main h2"),
        [
            "1. Stand des Ziels",
            "2. Haushalt",
            "3. Die Maßnahmen im Einzelnen",
            "4. Kennzahlen",
            "5. Neuester Bericht"
        ]
    );
    // Every measure of the goal, in the goal page's order, numbered.
    let on_goal = texts(&goal, "main table.cards tbody th a");
    let numbered: Vec<String> = on_goal
        .iter()
        .enumerate()
        .map(|(i, t)| format!("3.{} {t}", i + 1))
        .collect();
    assert_eq!(on_goal.len(), 9);
    assert_eq!(texts(&paper, "main .paper-measure h3"), numbered);
    // The paused measure with its reason; the goal's budget as on its page.
    let first = texts(&paper, "main .paper-measure:first-of-type dd");
    assert_eq!(
        first[..2],
        [
            "pausiert – Ruht, bis das Sozialmonitoring erste Daten liefert.",
            "noch keine Angabe"
        ]
    );
    assert_eq!(
        texts(&paper, "#h-paper-budget ~ .table-wrap tfoot tr.total td"),
        texts(&goal, "table#by-year tfoot tr.total td")
    );
    // Milestones of the measures that have them; the newest report.
    assert_eq!(texts(&paper, "main .paper-measure h4").len(), 3);
    assert_eq!(
        texts(&paper, "#h-paper-report ~ p a"),
        ["Zwischenbericht 2025 zu den strategischen Zielen"]
    );
    assert_eq!(
        texts(&paper, "#h-paper-indicators ~ ul.indicators li > span > a"),
        texts(&goal, "main ul.indicators li > span > a")
    );
    // Ids stay unique though every measure has a budget table.
    let ids = attrs(&paper, "[id]", "id");
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len());
    // The English paper.
    assert!(
        out.join("en/goals/wirkungen-erzielen/council-paper/index.html")
            .is_file()
    );
}

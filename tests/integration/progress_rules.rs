//! Progress that does not pretend: standing tasks without a percentage, the
//! share of a period passed beside the progress, the measures behind
//! schedule and the delayed or paused ones with their reasons. Figures by
//! hand for a build on 1 July 2025.

use crate::util::*;

fn measure(slug: &str, title: &str, front: &str) -> (String, String) {
    (
        format!("content/measures/{slug}.md"),
        format!("+++\ntitle = \"{title}\"\ngoals = [\"ziel\"]\n{front}+++\n"),
    )
}

fn portal(dir: &std::path::Path) {
    let files = [
        (
            "site.toml".to_string(),
            "title = \"Plan\"\nlanguage = \"de\"\nbase_url = \"https://p.example/\"\n".to_string(),
        ),
        (
            "content/goals/ziel.md".to_string(),
            "+++\ntitle = \"Ziel\"\n+++\n".to_string(),
        ),
        // 2025-01-01 to 2025-12-31: 365 days, 181 passed by 1 July
        // (49.6 % → 50 %); 20 % done, 30 points behind.
        measure(
            "hinterher",
            "Hinterher",
            "status = \"in_progress\"\nprogress = 20\nstart = 2025-01-01\nend = 2025-12-31\n",
        ),
        // The same period, 30 % done: 20 points behind is not more than 20.
        measure(
            "knapp",
            "Knapp",
            "status = \"in_progress\"\nprogress = 30\nstart = 2025-01-01\nend = 2025-12-31\n",
        ),
        measure("preis", "Preis", "status = \"ongoing\"\nprogress = 50\n"),
        // Paused: not "behind", but listed with its reason.
        measure(
            "pause",
            "Pause",
            "status = \"on_hold\"\nstatus_note = \"Wartet auf den Förderbescheid.\"\nprogress = 0\nstart = 2025-01-01\nend = 2025-06-30\n",
        ),
        // 2024-01-01 to 2025-12-31: 731 days, 547 passed (74.8 % → 75 %);
        // 10 % done, 65 points behind.
        measure(
            "verzug",
            "Verzug",
            "status = \"delayed\"\nprogress = 10\nstart = 2024-01-01\nend = 2025-12-31\n",
        ),
    ];
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

#[test]
fn standing_tasks_elapsed_periods_and_the_measures_behind_schedule() {
    let tmp = tempfile::tempdir().unwrap();
    portal(tmp.path());
    let (_o, out, run) = build_portal_run(tmp.path(), "2025-07-01");
    assert_eq!(
        run.diagnostics(),
        "content/measures/preis.md:5:12: warning: an ongoing measure shows no progress: `progress = 50` is left out\n  \
         hint: a standing task has no share done; remove `progress`, or give the measure a status with an end, such as in_progress"
    );

    let m = page(&out, "massnahmen/hinterher/index.html");
    assert_eq!(
        texts(&m, ".elapsed"),
        ["20 % erreicht · 50 % der Laufzeit vergangen"]
    );
    let preis = page(&out, "massnahmen/preis/index.html");
    assert!(texts(&preis, ".progress-value").is_empty());
    assert_eq!(
        texts(&preis, "p.progress-none"),
        ["Laufende Aufgabe: ohne Fortschrittswert, denn sie hat kein Ende."]
    );
    let pause = page(&out, "massnahmen/pause/index.html");
    assert!(
        texts(&pause, "main p").contains(&"pausiert – Wartet auf den Förderbescheid.".to_string())
    );

    // Goal progress: (20 + 30 + 0 + 10) ÷ 4 = 15 %; the prize is counted by
    // status only.
    let goal = page(&out, "ziele/ziel/index.html");
    assert_eq!(texts(&goal, ".progress-value"), ["15 %"]);

    let d = page(&out, "fortschritt/index.html");
    assert_eq!(
        rows(&d, "#h-behind ~ .table-wrap tbody tr"),
        [
            "Verzug – 10 % 75 % 65 Prozentpunkte",
            "Hinterher – 20 % 50 % 30 Prozentpunkte",
        ]
    );
    assert_eq!(
        rows(&d, "#h-stalled ~ .table-wrap tbody tr"),
        [
            "Pause pausiert – Wartet auf den Förderbescheid.",
            "Verzug verzögert – keine Begründung angegeben",
        ]
    );

    let json: serde_json::Value = portal_json(&out);
    let get = |slug: &str| by_slug(&json, "measures", slug).clone();
    assert_eq!(get("hinterher")["elapsed_percent"], 50);
    assert_eq!(get("hinterher")["behind_schedule"], true);
    assert_eq!(get("knapp")["behind_schedule"], false);
    assert_eq!(get("preis")["progress_percent"], serde_json::Value::Null);
    assert_eq!(get("preis")["status"], "ongoing");
    assert_eq!(
        get("pause")["status_note"],
        "Wartet auf den Förderbescheid."
    );
    assert_eq!(get("pause")["behind_schedule"], false);
    assert_eq!(json["goals"][0]["measures_by_status"]["ongoing"], 1);
}

#[test]
fn a_goal_page_groups_its_measures_by_strategy() {
    let (_tmp, out) = build_example();
    let doc = page(&out, "ziele/praevention-staerken/index.html");
    let strategies: Vec<(String, Vec<String>, Vec<String>)> = doc
        .select(&scraper::Selector::parse("section.strategy").unwrap())
        .map(|s| {
            let frag = scraper::Html::parse_fragment(&s.html());
            (
                s.value().attr("id").unwrap().to_string(),
                texts(&frag, ".progress-value"),
                cells(&frag, "tbody tr")
                    .into_iter()
                    .map(|r| r[0].clone())
                    .collect(),
            )
        })
        .collect();
    let s = |id: &str, progress: &[&str], measures: &[&str]| {
        (
            id.to_string(),
            progress.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
            measures.iter().map(|m| m.to_string()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        strategies,
        [
            s(
                "strategie-eine-kommunale-praeventionskette-aufbauen",
                &["33 %"],
                &["Bamberger Modell: kommunale Präventionskette"]
            ),
            s(
                "strategie-ein-verlaessliches-netz-an-hilfen-knuepfen",
                &["55 %"],
                &["Jugendsozialarbeit an Schulen"]
            ),
            s("strategie-jede-und-jeden-passgenau-begleiten", &[], &[]),
            // (70 + 80) ÷ 2 = 75 %; the cancelled Stadtteilzentrum Ost (named
            // by its slug in its front matter) is listed, not counted.
            s(
                "strategie-lebendige-treffpunkte-in-den-stadtteilen-schaffen",
                &["75 %"],
                &[
                    "BasKIDhall: Treffpunkt im Stadtteil Gereuth",
                    "KoKi-Café: wöchentlicher Elterntreff",
                    "Stadtteilzentrum Ost"
                ]
            ),
            s(
                "strategie-sozialplanung-nach-stadtteilen-betreiben",
                &["45 %"],
                &["Kennzahlen für den Übergang Schule–Beruf"]
            ),
        ]
    );
    assert_eq!(
        cells(&doc, "#h-other-measures ~ .table-wrap tbody tr")
            .into_iter()
            .map(|r| r[0].clone())
            .collect::<Vec<_>>(),
        ["Kita- und Schulentwicklungsplanung verzahnen"]
    );
    // A goal whose measures name no strategy lists its strategies as before.
    let plain = page(&out, "ziele/teilhabe-fuer-alle/index.html");
    assert!(texts(&plain, "section.strategy").is_empty());
    assert_eq!(texts(&plain, "#h-strategies ~ ul li").len(), 5);

    let json: serde_json::Value = portal_json(&out);
    let goal = by_slug(&json, "goals", "praevention-staerken");
    assert_eq!(goal["strategies"][3]["progress_percent"], 75);
    assert_eq!(
        goal["strategies"][3]["measures"],
        serde_json::json!(["baskidhall-gereuth", "koki-cafe", "stadtteilzentrum-ost"])
    );
    let kennzahlen = by_slug(&json, "measures", "kennzahlen-schule-beruf");
    assert_eq!(
        kennzahlen["strategies"],
        serde_json::json!([
            { "goal": "praevention-staerken", "strategy": "sozialplanung-nach-stadtteilen-betreiben" },
            { "goal": "wirkungen-erzielen", "strategy": "finanz-und-fachcontrolling-aufeinander-abstimmen" }
        ])
    );
}

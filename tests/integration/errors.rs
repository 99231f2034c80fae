//! One fixture per bad input: `tests/fixtures/errors/<case>/` holds files laid
//! over the valid portal `tests/fixtures/base`, `<case>.en.expected` and
//! `<case>.de.expected` the exact messages `klarsicht check` prints in
//! English and in German.

use crate::util::*;

fn check_case(case: &str) {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    copy_dir(&fixtures().join("errors").join(case), tmp.path());
    for lang in ["en", "de"] {
        let run = klarsicht(&["check", ".", "--lang", lang], tmp.path());
        let file = fixtures()
            .join("errors")
            .join(format!("{case}.{lang}.expected"));
        let expected =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(!run.success, "{case}: check must fail\n{}", run.stderr);
        assert_eq!(run.diagnostics(), expected.trim_end(), "{case} ({lang})");
        assert!(!tmp.path().join("public").exists(), "check writes nothing");
    }
}

macro_rules! cases {
    ($($name:ident => $case:literal),* $(,)?) => {
        $(#[test] fn $name() { check_case($case); })*
    };
}

cases! {
    invalid_toml => "invalid-toml",
    missing_required_key => "missing-required-key",
    unknown_key_names_the_closest => "unknown-key",
    wrong_type => "wrong-type",
    invalid_status_lists_valid_ones => "invalid-status",
    progress_out_of_range => "progress-out-of-range",
    amount_with_three_decimals => "amount-decimals",
    negative_planned_amount => "negative-planned",
    budget_kind_and_revised_amount => "budget-kind",
    milestone_done_and_replanned => "milestone-history",
    unknown_strategy_suggests_closest => "unknown-strategy",
    contact_must_be_usable => "contact",
    unknown_goal_suggests_closest => "unknown-goal",
    unknown_measure_in_report => "unknown-measure",
    duplicate_slug_names_both_files => "duplicate-slug",
    end_before_start => "end-before-start",
    yaml_front_matter => "yaml-front-matter",
    empty_file => "empty-file",
    bad_csv_row => "bad-csv-row",
    dead_internal_link => "dead-link",
    link_outside_the_site => "link-outside",
    slug_cannot_traverse => "slug-traversal",
    bad_aliases => "bad-alias",
    broken_links_and_assets => "broken-links",
    indicator_values_beyond_the_bound => "indicator-bounds",
    menu_urls_under_the_rules_of_markdown_links => "menu-urls",
    council_addresses_are_web_addresses => "council-addresses",
    indicator_metadata_is_checked => "indicator-metadata",
    sdg_codes_name_the_targets_of_the_goal => "sdg-codes",
    districts_geojson_features_and_unknown_names => "districts",
    districts_geojson_that_is_no_json => "geojson-syntax",
    comparisons_need_values_and_are_few => "compare",
    mistakes_editors_make_are_explained_without_follow_on_errors => "editor-mistakes",
}

#[test]
fn non_utf8_file() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    std::fs::write(
        tmp.path().join("content/goals/teilhabe.md"),
        b"+++\ntitle = \"Gr\xfc\xdfe\"\n+++\n",
    )
    .unwrap();
    let run = klarsicht(&["check", "."], tmp.path());
    assert!(!run.success);
    assert!(run.diagnostics().starts_with("content/goals/teilhabe.md:2:12: error: file is not valid UTF-8\n  hint: save the file with UTF-8 encoding"), "{}", run.stderr);
}

#[test]
fn all_problems_of_a_run_are_reported_together() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    copy_dir(&fixtures().join("errors/unknown-key"), tmp.path());
    copy_dir(&fixtures().join("errors/invalid-status"), tmp.path());
    copy_dir(&fixtures().join("errors/bad-csv-row"), tmp.path());
    let run = klarsicht(&["check", "."], tmp.path());
    let d = run.diagnostics();
    assert!(
        d.contains("content/goals/teilhabe.md:3:1: error: unknown key `sumary`"),
        "{d}"
    );
    assert!(
        d.contains("content/measures/kita-ausbau.md:4:10: error: invalid status `in_progres`"),
        "{d}"
    );
    assert!(
        d.contains("data/budget.csv:3:22: error: column `planned`"),
        "{d}"
    );
    assert!(
        run.stderr.contains("check failed: 3 errors, 0 warnings"),
        "{}",
        run.stderr
    );
}

#[test]
fn valid_base_fixture_checks_clean() {
    let run = klarsicht(&["check", "."], &fixtures().join("base"));
    assert!(run.success, "{}", run.stderr);
    assert_eq!(run.diagnostics(), "");
}

#[test]
fn budget_amounts_beyond_the_bound_are_an_error_at_the_line_that_crosses_it() {
    // 100,000 lines of 999,999,999,999.99 € once added up to a negative total.
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    let mut csv = String::from("measure,year,label,planned,actual,reference\n");
    for _ in 0..100_000 {
        csv.push_str("kita-ausbau,2024,,999999999999.99,,\n");
    }
    std::fs::create_dir_all(tmp.path().join("data")).unwrap();
    std::fs::write(tmp.path().join("data/budget.csv"), csv).unwrap();
    let run = klarsicht(&["check", "."], tmp.path());
    assert!(!run.success);
    // The fixture's measure plans 1,000 € in its front matter (counted
    // first); 999 CSV lines stay below 10^15 €, the 1,000th (file line
    // 1,001) crosses it. `planned` starts at column 19.
    assert_eq!(
        run.diagnostics(),
        "data/budget.csv:1001:19: error: the portal's budget amounts add up to more than 1,000,000,000,000,000 € with this line\n  \
         hint: planned and actual amounts of all lines, without their signs, may add up to 10^15 € at most; check for a misplaced decimal point"
    );
}

#[test]
fn check_refuses_a_slug_too_long_for_a_file_name_as_build_does() {
    // 60 × 東 is 180 bytes of file name; transliterated, the slug is
    // `dong-dong-…`, 299 bytes: beyond what a page folder's name may hold.
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    let name = "東".repeat(60);
    std::fs::write(
        tmp.path().join(format!("content/goals/{name}.md")),
        "+++\ntitle = \"Lang\"\n+++\n",
    )
    .unwrap();
    let expected = format!(
        "content/goals/{name}.md:1:1: error: the slug made from the file name is 299 bytes long; a slug may hold at most 200 bytes\n  \
         hint: rename the file or add a shorter `slug = \"…\"`"
    );
    let check = klarsicht(&["check", "."], tmp.path());
    assert!(!check.success);
    assert_eq!(check.diagnostics(), expected);
    let build = klarsicht(&["build", ".", "--output", "out"], tmp.path());
    assert!(!build.success);
    assert_eq!(build.diagnostics(), expected);
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn a_broken_relative_menu_link_is_reported_once_at_its_site_toml_line() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("base"), tmp.path());
    let site = std::fs::read_to_string(tmp.path().join("site.toml")).unwrap();
    let menu = "\n[[menu]]\ntitle = \"Haushalt\"\nurl = \"dokumente/haushalt.pdf\"\n";
    std::fs::write(tmp.path().join("site.toml"), format!("{site}{menu}")).unwrap();
    let run = klarsicht(&["check", "."], tmp.path());
    assert!(!run.success);
    assert_eq!(
        run.diagnostics(),
        "site.toml:7:7: error: `url` `dokumente/haushalt.pdf` leads to `dokumente/haushalt.pdf`, which the site does not have\n  \
         hint: the menu links this address from every page; correct it, or add the file to static/"
    );
    // With the file, every page links it relative to itself.
    std::fs::create_dir_all(tmp.path().join("static/dokumente")).unwrap();
    std::fs::write(tmp.path().join("static/dokumente/haushalt.pdf"), "%PDF").unwrap();
    let run = klarsicht(&["build", ".", "--output", "out"], tmp.path());
    assert!(run.success, "{}", run.stderr);
    let page = std::fs::read_to_string(tmp.path().join("out/ziele/teilhabe/index.html")).unwrap();
    assert!(
        page.contains(r#"<a href="../../dokumente/haushalt.pdf">Haushalt</a>"#),
        "{page}"
    );
}

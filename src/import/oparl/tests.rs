//! Whatever a council system sends, the report `import oparl` writes is
//! one the build reads, with the paper's texts in it.

use proptest::prelude::*;
use serde_json::json;

use super::client::Client;
use super::paper;
use crate::import::report_file::{self, Target};

/// Texts with what breaks TOML, front matter and HTML: quotes, backslashes,
/// line breaks, `+++`, control and bidirectional characters, any Unicode.
fn text() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        any::<char>(),
        prop::sample::select(vec![
            '"', '\\', '\n', '\r', '\t', '+', '\'', '#', '[', ']', '=', ' ', '<', '&', '\u{202e}',
            '\u{1}', '\u{85}', '\u{feff}', 'ß', '–',
        ]),
        "[a-zA-ZäöüÄÖÜ0-9 /-]".prop_map(|s| s.chars().next().unwrap()),
    ];
    prop::collection::vec(c, 0..24).prop_map(|v| v.into_iter().collect())
}

fn oparl(t: &str) -> String {
    format!("https://schema.oparl.org/1.1/{t}")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn whatever_the_council_system_sends_the_report_reads_back(
        name in text(), reference in text(), kind in text(), role in text(),
        committee in text(), result in text(), web in text(), day in 1u32..29,
        id in prop_oneof![Just("https://ris.example/paper/1".to_string()), text()],
    ) {
        let x = "https://ris.example";
        let paper_json = json!({
            "id": id, "type": oparl("Paper"),
            "name": name, "reference": reference, "paperType": kind,
            "date": format!("2023-11-{day:02}"),
            "web": format!("{x}/vo/{web}"),
            "consultation": [{
                "id": format!("{x}/consultation/1"), "type": oparl("Consultation"),
                "role": role,
                "organization": [{ "id": format!("{x}/org/1"), "type": oparl("Organization"), "name": committee }],
                "agendaItem": format!("{x}/item/1"),
                "meeting": {
                    "id": format!("{x}/meeting/1"), "type": oparl("Meeting"), "name": "Sitzung",
                    "start": format!("2023-11-{day:02}T17:00:00+01:00"),
                    "agendaItem": [{ "id": format!("{x}/item/1"), "type": oparl("AgendaItem"), "result": result }],
                },
            }],
        });
        let mut client = Client::offline();
        client.remember(&paper_json);
        let cp = paper::read(&mut client, &paper_json).unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("content/reports/bericht.md");
        let target = Target { path: path.clone(), existing: None };
        match report_file::change(tmp.path(), &target, &cp) {
            Err(_) => prop_assert!(cp.title.is_none()),
            Ok(None) => prop_assert!(false, "a new report always changes"),
            Ok(Some(c)) => {
                let (item, d) = crate::load::parse_report(tmp.path(), &path, &c.text);
                let lines: Vec<String> = d.sorted().iter().map(|l| l.to_string()).collect();
                prop_assert!(!d.has_errors(), "{}\n{}", c.text, lines.join("\n"));
                let r = item.unwrap();
                prop_assert_eq!(Some(&r.title), cp.title.as_ref());
                prop_assert_eq!(&r.data.reference, &cp.reference);
                prop_assert_eq!(&r.data.kind, &cp.kind);
                prop_assert_eq!(&r.data.council_url, &cp.web);
                prop_assert_eq!(&r.data.oparl, &cp.id);
                let s = &r.data.sessions[0];
                prop_assert_eq!(&s.committee, &cp.sessions[0].committee);
                prop_assert_eq!(&s.role, &cp.sessions[0].role);
                prop_assert_eq!(&s.result, &cp.sessions[0].result);
                prop_assert_eq!(s.date.map(|d| d.to_string()), Some(format!("2023-11-{day:02}")));
            }
        }
    }
}

/// Found by fuzzing: a paper whose `id` is empty gave `oparl = ""`, which
/// the build refuses. Now the key is left out.
#[test]
fn a_paper_without_a_usable_id_writes_no_oparl_key() {
    let paper_json = json!({
        "id": "", "type": oparl("Paper"), "name": "Haushaltsbegleitbericht", "date": "2023-09-26",
    });
    let mut client = Client::offline();
    let cp = paper::read(&mut client, &paper_json).unwrap();
    assert_eq!(cp.id, None);
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("content/reports/bericht.md");
    let target = Target {
        path: path.clone(),
        existing: None,
    };
    let c = report_file::change(tmp.path(), &target, &cp)
        .unwrap()
        .unwrap();
    assert_eq!(
        c.text,
        "+++\n#:schema ../../.schema/report.schema.json\ntitle = \"Haushaltsbegleitbericht\"\ndate = 2023-09-26\ngoals = []\nmeasures = []\n+++\n"
    );
    let (report, d) = crate::load::parse_report(tmp.path(), &path, &c.text);
    assert!(!d.has_errors() && report.is_some());
}

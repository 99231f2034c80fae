//! Whatever a council system answers for a paper (any bytes; JSON with
//! embedded consultations, meetings, organisations and agenda items), `import
//! oparl` reads it without a panic, and the report it would write for a new
//! file is one the build reads without an error.
#![no_main]

use klarsicht::import::oparl::{client::Client, paper};
use klarsicht::import::report_file::{self, Target};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    // Only what the answer embeds: no network.
    let mut client = Client::offline();
    client.remember(&json);
    let Ok(cp) = paper::read(&mut client, &json) else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("klarsicht-fuzz-oparl-{}", std::process::id()));
    let path = dir.join("content/reports/bericht.md");
    let target = Target {
        path: path.clone(),
        existing: None,
    };
    if let Ok(Some(change)) = report_file::change(&dir, &target, &cp) {
        let (report, d) = klarsicht::load::parse_report(&dir, &path, &change.text);
        assert!(!d.has_errors(), "{}\n{:?}", change.text, d.sorted());
        let report = report.expect("a report without errors");
        assert_eq!(Some(&report.title), cp.title.as_ref());
        assert_eq!(report.data.sessions.len(), cp.sessions.len());
    }
});

//! The editors' JSON Schemas (schema/de, schema/en): made from the loaders'
//! contract, the committed files equal what klarsicht makes (run with
//! UPDATE_SCHEMAS=1 to write them anew), content-example validates, and
//! every bad-input fixture whose mistake a schema can see fails.

use std::path::{Path, PathBuf};

use klarsicht::base::locale::Lang;
use klarsicht::base::vocab::Kind;

use crate::util::*;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_committed_schemas_are_the_ones_klarsicht_makes() {
    for (lang, dir) in [(Lang::De, "de"), (Lang::En, "en")] {
        let folder = repo().join("schema").join(dir);
        for (name, text) in klarsicht::schema::files(lang) {
            let path = folder.join(&name);
            if std::env::var_os("UPDATE_SCHEMAS").is_some() {
                std::fs::create_dir_all(&folder).unwrap();
                std::fs::write(&path, &text).unwrap();
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == text,
                "schema/{dir}/{name} is not what klarsicht makes; run UPDATE_SCHEMAS=1 cargo test schemas"
            );
        }
    }
}

/// TOML as a schema sees it: dates are strings.
fn json_of(v: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(J::Null, J::Number),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.into_iter().map(json_of).collect()),
        toml::Value::Table(t) => J::Object(t.into_iter().map(|(k, v)| (k, json_of(v))).collect()),
    }
}

/// The front matter of a content file (or all of site.toml) as JSON.
fn front_matter(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    let toml_text = if path.extension().is_some_and(|e| e == "md") {
        let front = text.split("+++").nth(1).unwrap_or("");
        front.to_string()
    } else {
        text
    };
    json_of(toml::Value::Table(toml::from_str(&toml_text).unwrap()))
}

/// What the schema finds wrong with `path`, as messages.
fn problems(path: &Path, kind: Option<Kind>) -> Vec<String> {
    let schema = klarsicht::schema::schema(kind, Lang::De);
    let validator = jsonschema::draft7::new(&schema).expect("a valid schema");
    let instance = front_matter(path);
    validator
        .iter_errors(&instance)
        .map(|e| format!("{}: {e}", path.display()))
        .collect()
}

fn kind_of(path: &Path) -> Option<Option<Kind>> {
    if path.file_name().is_some_and(|n| n == "site.toml") {
        return Some(None);
    }
    if path.extension()? != "md" || path.file_name()? == "_index.md" {
        return None;
    }
    let folder = path
        .ancestors()
        .find_map(|a| Kind::from_folder(&a.file_name()?.to_string_lossy()))?;
    Some(Some(folder))
}

fn files_below(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().to_path_buf())
        .collect()
}

#[test]
fn the_example_portal_validates() {
    let mut checked = 0;
    let mut all = Vec::new();
    for path in files_below(&example()) {
        let Some(kind) = kind_of(&path) else { continue };
        if path.components().any(|c| c.as_os_str() == "public") {
            continue;
        }
        // Translations (`*.en.md`) and versions in Leichte Sprache hold texts
        // only; the schemas describe originals.
        if path.to_string_lossy().ends_with(".en.md")
            || path.to_string_lossy().ends_with(".de-LS.md")
        {
            continue;
        }
        all.extend(problems(&path, kind));
        checked += 1;
    }
    assert!(all.is_empty(), "{all:#?}");
    assert!(checked >= 40, "only {checked} files checked");
}

#[test]
fn every_mistake_a_schema_can_see_fails_it() {
    let cases = [
        "budget-kind",
        "contact",
        "council-addresses",
        "invalid-status",
        "milestone-history",
        "missing-required-key",
        "negative-planned",
        "progress-out-of-range",
        "slug-traversal",
        "unknown-key",
        "wrong-type",
    ];
    for case in cases {
        let dir = fixtures().join("errors").join(case);
        let found: Vec<String> = files_below(&dir)
            .iter()
            .filter_map(|p| kind_of(p).map(|k| problems(p, k)))
            .flatten()
            .collect();
        assert!(!found.is_empty(), "{case}: the schema finds nothing wrong");
    }
    // The valid base portal validates.
    for path in files_below(&fixtures().join("base")) {
        if let Some(kind) = kind_of(&path) {
            assert_eq!(problems(&path, kind), Vec::<String>::new());
        }
    }
}

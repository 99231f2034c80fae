//! JSON Schemas of the content contract for editors' tools (Taplo, VS Code's
//! Even Better TOML): one per kind's front matter and one for site.toml,
//! made from `load::spec` with the catalogue's descriptions in the portal's
//! language. TOML dates are strings to a schema, so a date is a string of
//! the forms the loaders read.

use serde_json::{Value, json};

use crate::base::locale::Lang;
use crate::base::messages;
use crate::base::vocab::Kind;
use crate::load::spec::{self, Field, Ty};

const DATE: &str = r"^(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(\d{2}|\d{4}))$";

fn date() -> Value {
    json!({ "type": "string", "pattern": DATE })
}

fn amount(min_zero: bool) -> Value {
    let (number, pattern) = if min_zero {
        (
            json!({ "type": "number", "minimum": 0 }),
            r"^\d+(\.\d{1,2})?$",
        )
    } else {
        (json!({ "type": "number" }), r"^-?\d+(\.\d{1,2})?$")
    };
    json!({ "anyOf": [number, { "type": "string", "pattern": pattern }] })
}

/// The schema of one value.
fn value_schema(ty: &Ty, lang: Lang) -> Value {
    match ty {
        Ty::Text => json!({ "type": "string" }),
        Ty::Slug => json!({ "type": "string", "pattern": "^[a-z0-9-]+$", "maxLength": 200 }),
        Ty::Date => date(),
        Ty::Year => json!({ "type": "integer", "minimum": 1900, "maximum": 2200 }),
        Ty::Integer(min, max) if *max == i64::MAX => json!({ "type": "integer", "minimum": min }),
        Ty::Integer(min, max) => json!({ "type": "integer", "minimum": min, "maximum": max }),
        Ty::Percent => json!({ "anyOf": [
            { "type": "integer", "minimum": 0, "maximum": 100 },
            { "type": "string", "pattern": r"^\s*(100|[1-9]?[0-9])\s*%?\s*$" }
        ] }),
        Ty::Number => json!({ "type": "number" }),
        Ty::Amount => amount(false),
        Ty::PlanAmount => amount(true),
        Ty::Bool => json!({ "type": "boolean" }),
        Ty::FlagOrDate => json!({ "anyOf": [{ "type": "boolean" }, date()] }),
        Ty::Words(keys, aliases) => {
            let words: Vec<&str> = keys.iter().chain(*aliases).copied().collect();
            json!({ "type": "string", "enum": words })
        }
        Ty::Ref(_) => json!({ "type": "string" }),
        Ty::Refs(_) => json!({ "type": "array", "items": { "type": "string" } }),
        Ty::Address => json!({ "type": "string", "pattern": r"^https?://[^\s/?#]+[^\s]*$" }),
        Ty::List => json!({ "type": "array", "items": { "type": "string" } }),
        Ty::Table(name, fields) => table(name, fields, lang),
        Ty::Tables(name, fields) => json!({ "type": "array", "items": table(name, fields, lang) }),
        Ty::StringsOrTables(name, fields) => json!({
            "type": "array",
            "items": { "anyOf": [{ "type": "string" }, table(name, fields, lang)] }
        }),
        Ty::TextOrTable(name, fields) => {
            json!({ "anyOf": [{ "type": "string" }, table(name, fields, lang)] })
        }
    }
}

/// An object with these fields and no others; `name` picks the
/// descriptions (`field-<name>-<key>`).
fn table(name: &str, fields: &[Field], lang: Lang) -> Value {
    object(&[(name, fields)], lang)
}

fn object(parts: &[(&str, &[Field])], lang: Lang) -> Value {
    let mut properties = serde_json::Map::new();
    let mut required = Vec::new();
    for (name, fields) in parts {
        for f in *fields {
            let mut s = value_schema(&f.ty, lang);
            if let Some(d) = messages::optional(lang, &format!("field-{name}-{}", f.key)) {
                s["description"] = json!(d);
            }
            properties.insert(f.key.to_string(), s);
            if f.required {
                required.push(f.key);
            }
        }
    }
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false
    })
}

/// The schema of a kind's front matter, or of site.toml (`kind` None).
pub fn schema(kind: Option<Kind>, lang: Lang) -> Value {
    let (name, mut s) = match kind {
        Some(k) => (
            k.name(),
            object(&[("common", spec::COMMON), (k.name(), spec::of(k))], lang),
        ),
        None => ("site", object(&[("site", spec::SITE)], lang)),
    };
    s["$schema"] = json!("http://json-schema.org/draft-07/schema#");
    s["title"] = json!(match name {
        "site" => "site.toml".to_string(),
        k => format!("klarsicht {k}"),
    });
    s
}

/// Every schema file: `goal.schema.json` … `page.schema.json`, `site.schema.json`.
pub fn files(lang: Lang) -> Vec<(String, String)> {
    Kind::ALL
        .iter()
        .map(|&k| Some(k))
        .chain([None])
        .map(|k| {
            let name = k.map_or("site", Kind::name);
            let text = serde_json::to_string_pretty(&schema(k, lang)).expect("JSON") + "\n";
            (format!("{name}.schema.json"), text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table of the contract with its fields.
    fn tables() -> Vec<(&'static str, &'static [Field])> {
        let mut out: Vec<(&str, &[Field])> = vec![("common", spec::COMMON), ("site", spec::SITE)];
        out.extend(Kind::ALL.iter().map(|&k| (k.name(), spec::of(k))));
        let mut i = 0;
        while i < out.len() {
            let nested: Vec<(&str, &[Field])> = out[i]
                .1
                .iter()
                .filter_map(|f| match f.ty {
                    Ty::Table(n, fs)
                    | Ty::Tables(n, fs)
                    | Ty::StringsOrTables(n, fs)
                    | Ty::TextOrTable(n, fs) => Some((n, fs)),
                    _ => None,
                })
                .collect();
            for t in nested {
                if !out.iter().any(|(n, _)| *n == t.0) {
                    out.push(t);
                }
            }
            i += 1;
        }
        out
    }

    #[test]
    fn every_key_has_a_description_and_a_label_and_none_is_left_over() {
        for prefix in ["field", "label"] {
            let ids: Vec<String> = tables()
                .iter()
                .flat_map(|(n, fs)| fs.iter().map(move |f| format!("{prefix}-{n}-{}", f.key)))
                .collect();
            let missing: Vec<&String> = ids.iter().filter(|id| !messages::has(id)).collect();
            assert!(missing.is_empty(), "no {prefix}: {missing:?}");
            let unused: Vec<&str> = messages::EN
                .lines()
                .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
                .filter(|id| id.starts_with(&format!("{prefix}-")) && !ids.iter().any(|i| i == id))
                .collect();
            assert!(unused.is_empty(), "{prefix} of no key: {unused:?}");
        }
    }

    #[test]
    fn a_schema_has_the_loaders_keys_and_their_descriptions() {
        let s = schema(Some(Kind::Measure), Lang::De);
        let props = s["properties"].as_object().unwrap();
        let keys: Vec<&str> = props.keys().map(String::as_str).collect();
        let mut expected = spec::item_keys(Kind::Measure);
        expected.sort_unstable();
        let mut keys_sorted = keys.clone();
        keys_sorted.sort_unstable();
        assert_eq!(keys_sorted, expected);
        assert_eq!(s["required"], json!(["title", "goals", "status"]));
        assert_eq!(
            props["progress"]["description"],
            "Erledigter Anteil in Prozent, 0 bis 100."
        );
        let line = &props["budget"]["items"];
        assert_eq!(line["required"], json!(["year", "planned"]));
        assert_eq!(line["additionalProperties"], false);
    }
}

//! The Decap CMS configuration for press offices: one collection per kind
//! (`content/<folder>/`, TOML front matter between `+++`) and the site
//! settings, a form field for every key of `load::spec` with a label and a
//! hint from the catalogue in the portal's language, relation fields where
//! a key names other items. Made from the same contract as the loaders and
//! the schemas, so the forms cannot offer a key the build refuses.

use serde_json::{Value, json};

use crate::base::locale::Lang;
use crate::base::messages;
use crate::base::vocab::Kind;
use crate::load::site::cms::{Backend, Cms, LOCAL_BACKEND};
use crate::load::spec::{self, Field, Ty};
use crate::msg;

/// The options of a select: keys, labelled with the German words when
/// there is one for each key.
fn options(keys: &[&str], aliases: &[&str], lang: Lang) -> Value {
    let labels: &[&str] = if lang == Lang::De && aliases.len() == keys.len() {
        aliases
    } else {
        keys
    };
    Value::Array(
        keys.iter()
            .zip(labels)
            .map(|(k, l)| json!({ "label": l, "value": k }))
            .collect(),
    )
}

fn relation(kind: Kind, multiple: bool) -> Value {
    json!({
        "widget": "relation",
        "collection": kind.folder(),
        "value_field": "{{slug}}",
        "search_fields": ["title"],
        "display_fields": ["title"],
        "multiple": multiple
    })
}

/// A measure's `strategies` name strategies of the portal's goals by
/// title: chosen from the titles of every goal's `strategies` tables.
fn strategies() -> Value {
    json!({
        "widget": "relation",
        "collection": Kind::Goal.folder(),
        "value_field": "strategies.*.title",
        "search_fields": ["strategies.*.title"],
        "display_fields": ["strategies.*.title"],
        "multiple": true
    })
}

/// The widget and its settings for a value of type `ty`.
fn widget(ty: &Ty, lang: Lang) -> Value {
    let number = |kind: &str, min: Option<i64>, max: Option<i64>| {
        let mut w = json!({ "widget": "number", "value_type": kind });
        if let Some(m) = min {
            w["min"] = json!(m);
        }
        if let Some(m) = max {
            w["max"] = json!(m);
        }
        w
    };
    match ty {
        Ty::Text | Ty::Slug | Ty::Address | Ty::TextOrTable(..) => json!({ "widget": "string" }),
        Ty::Date => json!({
            "widget": "datetime",
            "format": "YYYY-MM-DD",
            "date_format": "DD.MM.YYYY",
            "time_format": false
        }),
        Ty::Year => number("int", Some(1900), Some(2200)),
        Ty::Integer(min, max) => number("int", Some(*min), (*max != i64::MAX).then_some(*max)),
        Ty::Percent => number("int", Some(0), Some(100)),
        Ty::Number | Ty::Amount => number("float", None, None),
        Ty::PlanAmount => number("float", Some(0), None),
        Ty::Bool | Ty::FlagOrDate => json!({ "widget": "boolean" }),
        Ty::Words(keys, aliases) => {
            json!({ "widget": "select", "options": options(keys, aliases, lang) })
        }
        Ty::Ref(kind) => relation(*kind, false),
        Ty::Refs(kind) => relation(*kind, true),
        Ty::List => json!({ "widget": "list" }),
        Ty::Table(name, fields) => {
            json!({ "widget": "object", "fields": fields_of(name, fields, lang) })
        }
        Ty::Tables(name, fields) | Ty::StringsOrTables(name, fields) => {
            json!({ "widget": "list", "fields": fields_of(name, fields, lang) })
        }
    }
}

/// The form fields of a table's keys; `name` picks labels and hints.
fn fields_of(name: &str, fields: &[Field], lang: Lang) -> Vec<Value> {
    fields
        .iter()
        .map(|f| {
            let mut w = if (name, f.key) == ("measure", "strategies") {
                strategies()
            } else {
                widget(&f.ty, lang)
            };
            w["name"] = json!(f.key);
            w["label"] = json!(
                messages::optional(lang, &format!("label-{name}-{}", f.key))
                    .unwrap_or(f.key.into())
            );
            if let Some(hint) = messages::optional(lang, &format!("field-{name}-{}", f.key)) {
                w["hint"] = json!(hint);
            }
            w["required"] = json!(f.required);
            w
        })
        .collect()
}

fn collection(kind: Kind, lang: Lang) -> Value {
    let mut fields = fields_of("common", spec::COMMON, lang);
    fields.extend(fields_of(kind.name(), spec::of(kind), lang));
    fields.push(json!({
        "name": "body",
        "label": msg!("cms-body").render(lang),
        "widget": "markdown",
        "required": false
    }));
    json!({
        "name": kind.folder(),
        "label": msg!("cms-collection", kind = kind.name()).render(lang),
        "label_singular": msg!("cms-item", kind = kind.name()).render(lang),
        "folder": format!("content/{}", kind.folder()),
        "create": true,
        "extension": "md",
        "format": "toml-frontmatter",
        "slug": "{{slug}}",
        "summary": "{{title}}",
        "fields": fields
    })
}

/// The sign-in server of a self-hosted GitLab or Gitea when `base_url`
/// does not say: the instance `api_root` belongs to (Decap would otherwise
/// send editors to gitlab.com or try.gitea.io).
pub fn sign_in_server(b: &Backend) -> Option<String> {
    if b.base_url.is_some() || b.name == "github" {
        return None;
    }
    let api = b.api_root.as_deref()?;
    ["/api/v4", "/api/v1"]
        .iter()
        .find_map(|suffix| api.strip_suffix(suffix))
        .map(String::from)
}

/// Decap's `backend`: the Git service, or without one Decap's proxy to
/// decap-server, which only the preview's editor reaches.
fn backend(cms: &Cms) -> Value {
    let Some(b) = &cms.backend else {
        return json!({ "name": "proxy", "proxy_url": cms.local_backend, "branch": "main" });
    };
    let mut v = json!({ "name": b.name, "repo": b.repo, "branch": b.branch });
    let optional = [
        ("api_root", &b.api_root),
        ("base_url", &b.base_url),
        ("auth_endpoint", &b.auth_endpoint),
        ("app_id", &b.app_id),
    ];
    for (key, value) in optional {
        if let Some(x) = value {
            v[key] = json!(x);
        }
    }
    if let Some(base) = sign_in_server(b) {
        v["base_url"] = json!(base);
    }
    // An OAuth application on GitLab or Gitea signs in with PKCE: no
    // server of the city's own holds a secret.
    if b.app_id.is_some() && b.name != "github" {
        v["auth_type"] = json!("pkce");
    }
    v
}

/// The whole configuration, as Decap reads it from `admin/config.yml`
/// (JSON is YAML).
pub fn config(lang: Lang, cms: &Cms) -> Value {
    let mut collections: Vec<Value> = Kind::ALL.iter().map(|&k| collection(k, lang)).collect();
    collections.push(json!({
        "name": "settings",
        "label": msg!("cms-settings").render(lang),
        "files": [{
            "name": "site",
            "label": "site.toml",
            "file": "site.toml",
            "format": "toml",
            "fields": fields_of("site", spec::SITE, lang)
        }]
    }));
    // `true` lets Decap ask the page's own host name (localhost or
    // 127.0.0.1); it asks only when the page is served from one of them.
    let local = if cms.local_backend == LOCAL_BACKEND {
        json!(true)
    } else {
        json!({ "url": cms.local_backend })
    };
    json!({
        "locale": lang.code(),
        "backend": backend(cms),
        "local_backend": local,
        "media_folder": "static/bilder",
        "public_folder": "bilder",
        "slug": { "encoding": "ascii", "clean_accents": true, "sanitize_replacement": "-" },
        "collections": collections
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(fields: &Value) -> Vec<String> {
        fields
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn each_kind_has_a_form_with_exactly_the_keys_the_loaders_read() {
        let c = config(Lang::De, &Cms::default());
        let collections = c["collections"].as_array().unwrap();
        for (i, &kind) in Kind::ALL.iter().enumerate() {
            let col = &collections[i];
            assert_eq!(col["folder"], format!("content/{}", kind.folder()));
            assert_eq!(col["format"], "toml-frontmatter");
            let mut expected: Vec<String> = spec::item_keys(kind)
                .iter()
                .map(|k| k.to_string())
                .collect();
            expected.push("body".into());
            assert_eq!(names(&col["fields"]), expected, "{kind:?}");
        }
        let site = &collections[Kind::ALL.len()]["files"][0];
        assert_eq!(site["file"], "site.toml");
        assert_eq!(names(&site["fields"]), spec::keys(spec::SITE));
    }

    #[test]
    fn fields_are_german_forms_with_relations_dates_and_status_words() {
        let c = config(Lang::De, &Cms::default());
        let measures = &c["collections"][1];
        assert_eq!(measures["label"], "Maßnahmen");
        assert_eq!(measures["label_singular"], "Maßnahme");
        let field = |name: &str| {
            measures["fields"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["name"] == name)
                .unwrap()
                .clone()
        };
        let goals = field("goals");
        assert_eq!(goals["widget"], "relation");
        assert_eq!(goals["collection"], "goals");
        assert_eq!(goals["multiple"], true);
        assert_eq!(goals["label"], "Ziele");
        let status = field("status");
        assert_eq!(status["widget"], "select");
        assert_eq!(
            status["options"][1],
            json!({ "label": "in Umsetzung", "value": "in_progress" })
        );
        assert_eq!(status["required"], true);
        let updated = field("updated");
        assert_eq!(updated["widget"], "datetime");
        assert_eq!(updated["format"], "YYYY-MM-DD");
        assert_eq!(updated["label"], "Stand");
        let strategies = field("strategies");
        assert_eq!(strategies["widget"], "relation");
        assert_eq!(strategies["collection"], "goals");
        assert_eq!(strategies["value_field"], "strategies.*.title");
        let budget = field("budget");
        assert_eq!(budget["widget"], "list");
        let planned = &budget["fields"][1];
        assert_eq!(planned["name"], "planned");
        assert_eq!(planned["min"], 0);
        assert_eq!(planned["label"], "Plan (Ansatz)");
        let en = config(Lang::En, &Cms::default());
        assert_eq!(en["collections"][1]["label"], "Measures");
        assert_eq!(en["locale"], "en");
    }
}

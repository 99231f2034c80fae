//! `license` in site.toml: under which terms the portal's content and data
//! may be reused. Shown on the open-data page and in every footer, and carried
//! by the feeds, portal.json and the DCAT-AP catalogue. Default: CC BY 4.0.

use serde::Serialize;
use toml::de::DeValue;

use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::base::locale::Lang;
use crate::load::fields::Table;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct License {
    /// SPDX identifier, when the licence has one.
    pub id: Option<String>,
    /// How people write it: "CC BY 4.0", "dl-de/by-2-0"; the name for others.
    pub short: String,
    pub name: String,
    pub url: String,
}

/// The licences named by SPDX identifier (short form, name in German and English, URL);
/// any other goes in a table.
const KNOWN: [(&str, &str, &str, &str, &str); 6] = [
    (
        "CC-BY-4.0",
        "CC BY 4.0",
        "Creative Commons Namensnennung 4.0 International (CC BY 4.0)",
        "Creative Commons Attribution 4.0 International (CC BY 4.0)",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    (
        "CC-BY-SA-4.0",
        "CC BY-SA 4.0",
        "Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 International (CC BY-SA 4.0)",
        "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    (
        "CC0-1.0",
        "CC0 1.0",
        "Creative Commons Zero 1.0 Universell (CC0 1.0)",
        "Creative Commons Zero 1.0 Universal (CC0 1.0)",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    (
        "DL-DE-BY-2.0",
        "dl-de/by-2-0",
        "Datenlizenz Deutschland – Namensnennung – Version 2.0",
        "Data licence Germany – attribution – version 2.0",
        "https://www.govdata.de/dl-de/by-2-0",
    ),
    (
        "DL-DE-ZERO-2.0",
        "dl-de/zero-2-0",
        "Datenlizenz Deutschland – Zero – Version 2.0",
        "Data licence Germany – Zero – version 2.0",
        "https://www.govdata.de/dl-de/zero-2-0",
    ),
    (
        "ODbL-1.0",
        "ODbL 1.0",
        "Open Data Commons Open Database License (ODbL) 1.0",
        "Open Data Commons Open Database License (ODbL) 1.0",
        "https://opendatacommons.org/licenses/odbl/1-0/",
    ),
];

fn known(id: &str, lang: Lang) -> Option<License> {
    KNOWN
        .iter()
        .find(|(k, ..)| k.eq_ignore_ascii_case(id))
        .map(|(k, short, de, en, url)| License {
            id: Some(k.to_string()),
            short: short.to_string(),
            name: match lang {
                Lang::De => de,
                Lang::En => en,
            }
            .to_string(),
            url: url.to_string(),
        })
}

impl License {
    pub fn default_for(lang: Lang) -> License {
        known("CC-BY-4.0", lang).expect("CC BY 4.0 is known")
    }
}

/// `license = "DL-DE-BY-2.0"` or `[license]` with `name` and `url`.
pub fn parse(t: &Table, lang: Lang, d: &mut Diagnostics) -> License {
    let Some(v) = t.get("license") else {
        return License::default_for(lang);
    };
    if matches!(v.get_ref(), DeValue::String(_)) {
        let s = t.string("license", d).expect("checked to be a string");
        if let Some(l) = known(s.value.trim(), lang) {
            return l;
        }
        let ids: Vec<&str> = KNOWN.iter().map(|(k, ..)| *k).collect();
        d.push(
            Diagnostic::error(
                t.doc.file,
                s.loc,
                crate::msg!("unknown-licence", value = s.value),
            )
            .with_hint(crate::msg!("hint-licence", known = ids.join(", "))),
        );
        return License::default_for(lang);
    }
    let Some(lt) = t.table("license", "what-license", d) else {
        return License::default_for(lang);
    };
    lt.check_known(&crate::load::spec::keys(crate::load::spec::LICENSE), d);
    let name = lt.required_string("name", d).map(|s| s.value);
    let url = lt.required_string("url", d).and_then(|u| {
        if u.value.starts_with("https://") || u.value.starts_with("http://") {
            Some(u.value)
        } else {
            d.push(
                Diagnostic::error(
                    t.doc.file,
                    u.loc,
                    crate::msg!("licence-url", value = u.value),
                )
                .with_hint(crate::msg!("hint-licence-url")),
            );
            None
        }
    });
    match (name, url) {
        (Some(name), Some(url)) => License {
            id: None,
            short: name.clone(),
            name,
            url,
        },
        _ => License::default_for(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::fields::Doc;
    use std::path::Path;

    fn read(text: &str) -> (License, Vec<String>) {
        let file = Path::new("site.toml");
        let doc = Doc::new(file, text, 0);
        let mut d = Diagnostics::new();
        let root = doc.parse(text, &mut d).expect("valid TOML");
        let t = Table::new(&doc, &root, "what-site-toml");
        let l = parse(&t, Lang::De, &mut d);
        (l, d.sorted().iter().map(|x| x.to_string()).collect())
    }

    #[test]
    fn default_identifier_table_and_errors() {
        let (l, e) = read("title = \"T\"\n");
        assert!(e.is_empty());
        assert_eq!(l.id.as_deref(), Some("CC-BY-4.0"));
        assert_eq!(l.url, "https://creativecommons.org/licenses/by/4.0/");

        let (l, e) = read("license = \"dl-de-by-2.0\"\n");
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(l.id.as_deref(), Some("DL-DE-BY-2.0"));
        assert_eq!(l.url, "https://www.govdata.de/dl-de/by-2-0");

        let (l, e) =
            read("[license]\nname = \"Eigene Lizenz\"\nurl = \"https://stadt.example/lizenz\"\n");
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(
            l,
            License {
                id: None,
                short: "Eigene Lizenz".into(),
                name: "Eigene Lizenz".into(),
                url: "https://stadt.example/lizenz".into()
            }
        );

        let (_, e) = read("license = \"MIT-ish\"\n");
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("site.toml:1:11: error: unknown licence `MIT-ish`\n  hint: known identifiers: CC-BY-4.0, CC-BY-SA-4.0"),
            "{}",
            e[0]
        );

        let (_, e) = read("[license]\nname = \"X\"\nurl = \"lizenz.html\"\n");
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with(
                "site.toml:3:7: error: licence `url` `lizenz.html` is not an http(s) address"
            ),
            "{}",
            e[0]
        );
    }
}

//! The catalogues agree: every message in both languages with the same
//! variables, every message the code names exists, none is unused.

use std::collections::{BTreeMap, BTreeSet};

use super::*;

/// Message id → the variables its text uses, from a catalogue's source.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let res = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("the catalogue does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            let id = line.split('=').next().unwrap().trim().to_string();
            assert!(
                out.insert(id.clone(), BTreeSet::new()).is_none(),
                "`{id}` twice"
            );
            current = Some(id);
        }
        let vars = out.get_mut(current.as_ref().unwrap()).unwrap();
        let mut rest = line;
        while let Some(i) = rest.find('$') {
            rest = &rest[i + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            vars.insert(name);
        }
    }
    assert_eq!(res.entries().count(), out.len(), "every entry is read");
    out
}

#[test]
fn both_languages_have_every_message_with_the_same_variables() {
    let de = messages(DE);
    let en = messages(EN);
    let only = |a: &BTreeMap<String, _>, b: &BTreeMap<String, _>| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert_eq!(only(&de, &en), Vec::<String>::new(), "only in German");
    assert_eq!(only(&en, &de), Vec::<String>::new(), "only in English");
    for (id, vars) in &de {
        assert_eq!(vars, &en[id], "variables of `{id}`");
    }
}

/// Every `.rs` file below `src/`.
fn sources() -> Vec<(String, String)> {
    walkdir::WalkDir::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            (
                e.path().display().to_string(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_message_named_in_the_code_exists_and_every_message_is_used() {
    let en = messages(EN);
    let all: String = sources()
        .into_iter()
        .filter(|(path, _)| !path.ends_with("messages/tests.rs"))
        .map(|(_, s)| s)
        .collect();
    let mut named = BTreeSet::new();
    let mut rest = all.as_str();
    while let Some(i) = rest.find("msg!(") {
        rest = &rest[i + 5..];
        let lit = rest.trim_start();
        if let Some(body) = lit.strip_prefix('"') {
            named.insert(body.split('"').next().unwrap().to_string());
        }
    }
    // `macro_rules!` itself names `$id`.
    named.remove("$id");
    let missing: Vec<&String> = named.iter().filter(|id| !en.contains_key(*id)).collect();
    assert!(missing.is_empty(), "not in the catalogue: {missing:?}");
    // Help texts are named by their command's path (help.rs; main.rs tests
    // them), key descriptions and labels by their table and key (schema.rs
    // and cms.rs test them).
    let unused: Vec<&String> = en
        .keys()
        .filter(|id| {
            !id.starts_with("help-")
                && !id.starts_with("field-")
                && !id.starts_with("label-")
                && !all.contains(&format!("\"{id}\""))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "in the catalogue but never used: {unused:?}"
    );
}

#[test]
fn messages_render_with_their_variables_and_plural_forms() {
    let t = Text::raw("Zeile 3");
    assert_eq!(t.render(Lang::De), "Zeile 3");
    assert_eq!(plain(Lang::De, "diag-error"), "Fehler");
    assert_eq!(plain(Lang::En, "diag-hint"), "hint");
    assert!(render(Lang::En, "no-such-message", &[]).starts_with("[missing message"));
    // A variable the call does not give, also in a nested message, is an error.
    assert!(
        crate::msg!("cli-error", text = "x")
            .render_checked(Lang::De)
            .is_ok()
    );
    assert!(
        Text::new("cli-error", Vec::new())
            .render_checked(Lang::De)
            .is_err()
    );
    let nested = crate::msg!("cli-error", text = Text::new("cli-error", Vec::new()));
    assert!(nested.render_checked(Lang::En).is_err());
    // Content that happens to read like a marker is no error.
    assert!(
        crate::msg!("cli-error", text = "[missing message x]")
            .render_checked(Lang::En)
            .is_ok()
    );
}

#[test]
fn no_message_holds_a_character_a_terminal_or_page_may_not_show() {
    for (name, source) in [("de", DE), ("en", EN)] {
        assert_eq!(
            crate::base::text::first_forbidden(source),
            None,
            "{name}.ftl"
        );
    }
}

//! `[accessibility]` in site.toml: the facts of the accessibility statement
//! (Erklärung zur Barrierefreiheit, required of German public bodies by
//! § 12b BGG and the BITV 2.0 or the state laws) that the portal publishes.
//! The theme writes the statement's sentences; site.toml holds only what the
//! body itself must know and declare.

use serde::Serialize;

use crate::base::date::Date;
use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::load::fields::Table;

/// How far the portal meets WCAG 2.1 AA (BITV 2.0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Conformance {
    Full,
    Partial,
    None,
}

#[derive(Debug, Clone, Serialize)]
pub struct Accessibility {
    pub conformance: Conformance,
    /// When the portal was last evaluated (the statement's date).
    pub evaluated: Date,
    /// How it was evaluated: "Selbstbewertung", "BITV-Test durch …".
    pub method: Option<String>,
    /// Content that is not accessible, each with its reason.
    pub barriers: Vec<String>,
    /// Where readers report barriers: an e-mail address, a web address or a postal address.
    pub contact: String,
    /// The enforcement or arbitration body readers can turn to, and its address.
    pub enforcement: Option<String>,
    pub enforcement_url: Option<String>,
    /// The explanation in German Sign Language (DGS) that BITV 2.0 § 4
    /// asks for: a video file in static/, shown on the Leichte Sprache page.
    pub sign_language_video: Option<crate::base::diagnostics::At<String>>,
}

pub fn parse(t: &Table, d: &mut Diagnostics) -> Option<Accessibility> {
    t.check_known(
        &crate::load::spec::keys(crate::load::spec::ACCESSIBILITY),
        d,
    );
    let conformance = t
        .required_string("status", d)
        .and_then(|s| match s.value.as_str() {
            "full" => Some(Conformance::Full),
            "partial" => Some(Conformance::Partial),
            "none" => Some(Conformance::None),
            other => {
                d.push(
                    Diagnostic::error(
                        t.doc.file,
                        s.loc,
                        crate::msg!("invalid-choice", key = "status", value = other),
                    )
                    .with_hint(crate::msg!("hint-conformance")),
                );
                None
            }
        });
    let evaluated = t.required("evaluated", d, |t, d| t.date("evaluated", d));
    let contact = t.required_string("contact", d);
    let barriers: Vec<String> = t
        .strings("barriers", d)
        .into_iter()
        .map(|s| s.value)
        .collect();
    if conformance == Some(Conformance::Partial) && barriers.is_empty() {
        d.push(
            Diagnostic::error(t.doc.file, t.loc(), crate::msg!("partial-needs-barriers"))
                .with_hint(crate::msg!("hint-partial-needs-barriers")),
        );
    }
    let enforcement_url = super::web_address(t, "enforcement_url", None, d);
    Some(Accessibility {
        conformance: conformance?,
        evaluated: evaluated?.value,
        method: t.string("method", d).map(|s| s.value),
        barriers,
        contact: contact?.value,
        enforcement: t.string("enforcement", d).map(|s| s.value),
        enforcement_url,
        sign_language_video: t.string("sign_language_video", d),
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::base::diagnostics::Diagnostics;
    use crate::load::site;

    fn parse(body: &str) -> (Option<super::Accessibility>, Vec<String>) {
        let mut d = Diagnostics::new();
        let text = format!("title = \"T\"\n[accessibility]\n{body}");
        let cfg = site::parse(Path::new("site.toml"), &text, &mut d);
        let msgs = d.sorted().iter().map(|m| m.to_string()).collect();
        (cfg.accessibility, msgs)
    }

    #[test]
    fn a_complete_statement_is_read() {
        let (a, msgs) = parse(
            "status = \"full\"\nevaluated = 2025-07-01\ncontact = \"a@b.de\"\nmethod = \"Selbstbewertung\"\n",
        );
        assert!(msgs.is_empty(), "{msgs:?}");
        let a = a.unwrap();
        assert_eq!(a.conformance, super::Conformance::Full);
        assert_eq!(a.evaluated.to_string(), "2025-07-01");
        assert_eq!(a.method.as_deref(), Some("Selbstbewertung"));
    }

    #[test]
    fn a_statement_missing_its_facts_is_refused_with_positions() {
        let (a, msgs) = parse("status = \"teilweise\"\nenforcement_url = \"www.x.de\"\n");
        assert!(a.is_none());
        assert_eq!(msgs.len(), 4, "{msgs:?}");
        assert_eq!(
            msgs[0],
            "site.toml:2:1: error: missing required key `contact` in [accessibility]\n  hint: add `contact = …` to [accessibility]"
        );
        assert!(
            msgs[1].starts_with(
                "site.toml:2:1: error: missing required key `evaluated` in [accessibility]"
            ),
            "{msgs:?}"
        );
        assert!(msgs[2].starts_with("site.toml:3:10: error: invalid `status` `teilweise`\n  hint: valid values: full, partial, none"), "{msgs:?}");
        assert!(
            msgs[3].starts_with(
                "site.toml:4:19: error: `enforcement_url` `www.x.de` is not an http(s) address"
            ),
            "{msgs:?}"
        );
        let (_, msgs) =
            parse("status = \"partial\"\nevaluated = 2025-07-01\ncontact = \"a@b.de\"\n");
        assert_eq!(msgs.len(), 1, "{msgs:?}");
        assert!(
            msgs[0].starts_with("site.toml:2:1: error: `status = \"partial\"` needs `barriers`"),
            "{msgs:?}"
        );
    }
}

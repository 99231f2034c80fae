//! `klarsicht import oparl`: a paper from the council information system
//! (Ratsinformationssystem), read over its OParl interface (OParl 1.0 and
//! 1.1), into a report's front matter. Only this command uses the network;
//! the build never does.

pub mod client;
pub mod paper;
#[cfg(test)]
mod tests;

use std::path::Path;

use serde_json::Value;

use crate::base::diagnostics::Diagnostics;
use crate::base::locale::Lang;
use crate::base::messages::Text;
use crate::import::report_file::{self, ReportChange};
use crate::msg;
use client::{Client, oparl_type};
use paper::{CouncilPaper, same_reference, text};

/// What the command was asked.
pub struct Request<'a> {
    /// A paper's OParl address, or a system's or body's with `reference`.
    pub url: &'a str,
    pub reference: Option<&'a str>,
    /// The report's slug; found or made from the paper otherwise.
    pub report: Option<&'a str>,
    pub timeout_secs: u64,
}

/// What the command did or would do.
pub struct Outcome {
    pub paper: CouncilPaper,
    /// None: the report already says what the paper says.
    pub change: Option<ReportChange>,
    pub applied: bool,
    pub requests: usize,
}

/// Reads the paper and plans (with `apply`: writes) the report.
pub fn import(
    root: &Path,
    req: &Request,
    apply: bool,
    progress: &mut dyn FnMut(usize),
) -> Result<Outcome, Text> {
    let mut client = Client::new(req.timeout_secs);
    let found = find_paper(&mut client, req.url, req.reference, progress)?;
    let paper = paper::read(&mut client, &found)?;
    let mut d = Diagnostics::new();
    let target = report_file::locate(root, req.report, &paper, &mut d);
    if let Some(first) = d.sorted().into_iter().next() {
        // A report's front matter toml_edit cannot read: the first such file.
        return Err(msg!(
            "oparl-report-unreadable",
            file = first.file.display(),
            why = first.message
        ));
    }
    let change = report_file::change(root, &target?, &paper)?;
    let mut applied = false;
    if apply && let Some(c) = &change {
        crate::base::fsutil::write_atomic(&root.join(&c.file), c.text.as_bytes())?;
        if c.created {
            let lang = crate::load::site::portal_language(root).unwrap_or(Lang::De);
            crate::scaffold::write_schemas(root, lang)?;
        }
        applied = true;
    }
    Ok(Outcome {
        paper,
        change,
        applied,
        requests: client.requests,
    })
}

/// The paper at `url`, or the one with `reference` in the system or body at `url`.
fn find_paper(
    client: &mut Client,
    url: &str,
    reference: Option<&str>,
    progress: &mut dyn FnMut(usize),
) -> Result<Value, Text> {
    let v = client.object(url, &["Paper", "System", "Body"])?;
    let kind = oparl_type(&v).unwrap_or_default().to_string();
    if kind == "Paper" {
        if let Some(r) = reference
            && !text(&v, "reference").is_some_and(|own| same_reference(&own, r))
        {
            return Err(msg!(
                "oparl-other-reference",
                url = url,
                own = text(&v, "reference").unwrap_or_else(|| "–".into()),
                reference = r
            ));
        }
        return Ok(v);
    }
    let Some(reference) = reference else {
        return Err(msg!("oparl-needs-reference", url = url, kind = kind));
    };
    let bodies = if kind == "Body" {
        vec![v]
    } else {
        let list = text(&v, "body").ok_or_else(|| msg!("oparl-no-bodies", url = url))?;
        let mut bodies = Vec::new();
        client.find_in_list(
            &list,
            |b| {
                bodies.push(b.clone());
                false
            },
            |_| {},
        )?;
        bodies
    };
    let mut searched = 0;
    let mut names = Vec::new();
    for body in &bodies {
        names.extend(text(body, "name"));
        let Some(papers) = text(body, "paper") else {
            continue;
        };
        let mut found = None;
        searched += client.find_in_list(
            &papers,
            |p| {
                let hit = text(p, "reference").is_some_and(|own| same_reference(&own, reference));
                if hit {
                    found = Some(p.clone());
                }
                hit
            },
            |n| progress(searched + n),
        )?;
        if let Some(p) = found {
            client.remember(&p);
            return Ok(p);
        }
    }
    Err(msg!(
        "oparl-paper-not-found",
        url = url,
        reference = reference,
        papers = searched,
        bodies = names.join(", ")
    ))
}

//! What each command prints, in the language chosen for its messages
//! (`load::site::messages_language`): the command line's words, apart from
//! parsing its arguments (main.rs).

use std::path::Path;
use std::process::ExitCode;

use crate::base::diagnostics::Severity;
use crate::base::locale::Lang;
use crate::base::messages::Text;
use crate::build::{BuildReport, Verb};
use crate::import::report_file::{Edit, ReportChange};
use crate::msg;

/// `error: …` on standard error.
pub fn error(lang: Lang, text: &Text) {
    eprintln!("{}", msg!("cli-error", text = text).render(lang));
}

/// A line of command output on standard output.
pub fn say(lang: Lang, text: &Text) {
    println!("{}", text.render(lang));
}

/// Exit code of a command that ends in an error message or not.
pub fn done(lang: Lang, result: Result<(), Text>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            error(lang, &e);
            ExitCode::FAILURE
        }
    }
}

/// The diagnostics and summary of a build or check.
pub fn finish(report: &BuildReport, lang: Lang, verb: Verb, timings: bool) -> ExitCode {
    eprintln!("{}", report.messages(lang, verb));
    if timings {
        eprintln!(
            "{}",
            msg!("cli-stages", stages = report.timings()).render(lang)
        );
    }
    if report.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `klarsicht import TABLE`.
pub fn import_table(lang: Lang, root: &Path, table: &Path, apply: bool) -> ExitCode {
    let run = crate::import::updates(root, table, apply);
    let d = &run.diagnostics;
    for line in d.render(lang) {
        eprintln!("{line}");
    }
    if d.has_errors() {
        let errors = d.count(Severity::Error);
        eprintln!("{}", msg!("import-failed", errors = errors).render(lang));
        return ExitCode::FAILURE;
    }
    for c in &run.changes {
        let edits: Vec<String> = c
            .edits
            .iter()
            .map(|(k, old, new)| match old {
                Some(old) => msg!("import-edit", key = k, old = old, new = new),
                None => msg!("import-edit-new", key = k, new = new),
            })
            .map(|t| t.render(lang))
            .collect();
        println!("{}: {}", c.file.display(), edits.join("; "));
    }
    let n = run.changes.len();
    say(
        lang,
        &if n == 0 {
            msg!("import-nothing")
        } else if run.applied {
            msg!("import-updated", files = n)
        } else {
            msg!("import-would-change", files = n)
        },
    );
    ExitCode::SUCCESS
}

/// `klarsicht import oparl URL`.
pub fn import_oparl(
    lang: Lang,
    root: &Path,
    req: &crate::import::oparl::Request,
    apply: bool,
) -> ExitCode {
    use std::io::IsTerminal;
    let tty = std::io::stderr().is_terminal();
    let mut progress = |n: usize| {
        if tty {
            eprint!("\r{}", msg!("oparl-searched", papers = n).render(lang));
        }
    };
    let outcome = crate::import::oparl::import(root, req, apply, &mut progress);
    if tty {
        eprint!("\r\x1b[K");
    }
    let outcome = match outcome {
        Ok(o) => o,
        Err(e) => {
            error(lang, &e);
            eprintln!("{}", msg!("oparl-failed").render(lang));
            return ExitCode::FAILURE;
        }
    };
    for s in &outcome.paper.skipped {
        say(lang, s);
    }
    for line in describe(lang, outcome.change.as_ref(), outcome.applied) {
        println!("{line}");
    }
    ExitCode::SUCCESS
}

/// What the OParl import did or would do to the report, line by line.
fn describe(lang: Lang, change: Option<&ReportChange>, applied: bool) -> Vec<String> {
    let Some(c) = change else {
        return vec![msg!("oparl-nothing").render(lang)];
    };
    let file = c.file.display();
    let mut out = vec![if c.created {
        msg!("oparl-file-new", file = file).render(lang)
    } else {
        format!("{file}:")
    }];
    for e in &c.edits {
        match e {
            Edit::Key {
                key,
                old: Some(old),
                new,
            } => out.push(format!("  {key} {old} → {new}")),
            Edit::Key {
                key,
                old: None,
                new,
            } => out.push(format!(
                "  {}",
                msg!("import-edit-new", key = key, new = new).render(lang)
            )),
            Edit::Sessions { old, new } => {
                out.push("  sessions:".into());
                let gone = old.iter().filter(|l| !new.contains(l));
                out.extend(gone.map(|l| format!("    - {l}")));
                let added = new.iter().filter(|l| !old.contains(l));
                out.extend(added.map(|l| format!("    + {l}")));
            }
        }
    }
    out.push(if applied {
        msg!("oparl-wrote", file = file).render(lang)
    } else {
        msg!("oparl-would-write").render(lang)
    });
    out
}

/// `klarsicht cms`: the form editor into static/admin/, from site.toml.
pub fn cms(lang: Lang, root: &Path) -> ExitCode {
    if let Err(e) = crate::scaffold::check_portal(root) {
        error(lang, &e);
        return ExitCode::FAILURE;
    }
    let mut d = crate::base::diagnostics::Diagnostics::new();
    let site = crate::load::site::read(root, &mut d);
    for line in d.render(lang) {
        eprintln!("{line}");
    }
    if d.has_errors() {
        error(lang, &msg!("cms-failed"));
        return ExitCode::FAILURE;
    }
    let dir = root.join("static").join(crate::cms::DIR);
    done(
        lang,
        crate::cms::write(root, &site)
            .map(|files| {
                say(
                    lang,
                    &msg!(
                        "cms-written",
                        dir = dir.display(),
                        version = crate::cms::decap_version(),
                        files = files.len()
                    ),
                )
            })
            .map_err(|e| e.text()),
    )
}

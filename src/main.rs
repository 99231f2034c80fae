//! The `klarsicht` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use klarsicht::base::date::Date;
use klarsicht::base::vocab::Kind;
use klarsicht::build::{BuildOptions, BuildReport, build};
use klarsicht::scaffold;

#[derive(Parser)]
#[command(
    name = "klarsicht",
    version,
    about = "Static-site generator for public transparency portals"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What build, check and serve share.
#[derive(Args)]
struct Common {
    /// The portal folder (holding site.toml).
    #[arg(default_value = ".")]
    path: PathBuf,
    /// Include items marked `draft = true`.
    #[arg(long)]
    drafts: bool,
    /// Include items that appear after the build date (`publish`, a report's `date`); serve always does, with a banner.
    #[arg(long)]
    future: bool,
    /// The date milestones are judged against (YYYY-MM-DD), for reproducible builds.
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
    /// Print how long each stage took (of every rebuild, for serve).
    #[arg(long)]
    timings: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Build the portal into a static website.
    Build {
        #[command(flatten)]
        common: Common,
        /// Where to write the site (replaced atomically on success) [default: PATH/public].
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Override `base_url` from site.toml (feeds, sitemap, canonical links).
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Do everything a build does, including rendering, but write nothing.
    Check {
        #[command(flatten)]
        common: Common,
    },
    /// Preview the portal: build, serve on 127.0.0.1, rebuild and reload on every change.
    Serve {
        #[command(flatten)]
        common: Common,
        /// Port to serve on; the next free one is taken when it is busy (0: any).
        #[arg(short, long, default_value_t = 8000)]
        port: u16,
        /// Address to serve on. Anything but loopback shares the preview with the network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the preview in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Create a new portal that builds at once.
    Init {
        /// The folder to create.
        dir: PathBuf,
    },
    /// Update measures from a table (CSV, .xlsx or .ods): one row per measure
    /// (slug or exact title) with new status, progress, updated, status_note …
    /// Or, with `import oparl`, a report from the council information system.
    /// Shows what would change; writes only with --apply, and only when
    /// everything read is valid.
    Import(ImportArgs),
    /// Create a content file with the right front matter.
    New {
        kind: NewKind,
        /// The title; the file name (slug) is made from it.
        title: String,
        /// The goal a measure, report or indicator belongs to.
        #[arg(long)]
        goal: Option<String>,
        /// The portal folder.
        #[arg(long, default_value = ".")]
        path: PathBuf,
    },
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
struct ImportArgs {
    #[command(subcommand)]
    source: Option<ImportSource>,
    /// The table.
    #[arg(required = true)]
    table: Option<PathBuf>,
    /// Write the changes (without it, nothing is written).
    #[arg(long)]
    apply: bool,
    /// The portal folder.
    #[arg(long, default_value = ".")]
    path: PathBuf,
}

#[derive(Subcommand)]
enum ImportSource {
    /// A paper (Vorlage) from the council information system over OParl into
    /// a report: title, date, kind, reference, links and the Beratungsfolge
    /// with each committee's result.
    Oparl {
        /// The paper's OParl address, or the council system's (or a body's)
        /// with --reference.
        url: String,
        /// The paper's reference (Drucksachennummer), e.g. "WP 20-25 SV III/048".
        #[arg(long)]
        reference: Option<String>,
        /// The report's slug (file name); without it, the report with the
        /// paper's address or reference, else a new one named after its title.
        #[arg(long)]
        report: Option<String>,
        /// Write the report (without it, nothing is written).
        #[arg(long)]
        apply: bool,
        /// The portal folder.
        #[arg(long, default_value = ".")]
        path: PathBuf,
        /// Seconds to wait for each answer of the council system.
        #[arg(long, default_value_t = 30)]
        timeout: u64,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum NewKind {
    Goal,
    Measure,
    Report,
    Indicator,
    Page,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

fn finish(report: &BuildReport, verb: &str, timings: bool) -> ExitCode {
    eprintln!("{}", report.messages(verb));
    if timings {
        eprintln!("stages: {}", report.timings());
    }
    if report.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The build's options from the shared arguments.
fn options(c: Common, output: Option<PathBuf>, base_url: Option<String>) -> BuildOptions {
    BuildOptions {
        root: c.path,
        output,
        drafts: c.drafts,
        future: c.future,
        base_url,
        today: c.today.unwrap_or_else(Date::today),
    }
}

/// Exit code of a command that ends in an error message or not.
fn done(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn build_command(common: Common, output: Option<PathBuf>, base_url: Option<String>) -> ExitCode {
    let output = output.unwrap_or_else(|| common.path.join("public"));
    let timings = common.timings;
    klarsicht::emit::clean_up_on_interrupt();
    let report = build(&options(common, Some(output.clone()), base_url));
    let code = finish(&report, "build", timings);
    if report.written {
        eprintln!("site written to {}", output.display());
    }
    code
}

fn new_command(kind: NewKind, title: &str, goal: Option<&str>, path: &std::path::Path) -> ExitCode {
    let kind = match kind {
        NewKind::Goal => Kind::Goal,
        NewKind::Measure => Kind::Measure,
        NewKind::Report => Kind::Report,
        NewKind::Indicator => Kind::Indicator,
        NewKind::Page => Kind::Page,
    };
    done(
        scaffold::new_item(path, kind, title, goal, Date::today())
            .map(|p| println!("created {}", p.display())),
    )
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Build {
            common,
            output,
            base_url,
        } => build_command(common, output, base_url),
        Command::Check { common } => {
            let timings = common.timings;
            finish(&build(&options(common, None, None)), "check", timings)
        }
        Command::Serve {
            common,
            port,
            bind,
            open,
        } => done(klarsicht::serve::run(klarsicht::serve::ServeOptions {
            root: common.path,
            port,
            bind,
            open,
            drafts: common.drafts,
            today: common.today,
            timings: common.timings,
        })),
        Command::Init { dir } => done(scaffold::init(&dir).map(|files| {
            println!(
                "created a portal in {} ({} files); build it with: klarsicht build {}",
                dir.display(),
                files.len(),
                dir.display()
            );
        })),
        Command::New {
            kind,
            title,
            goal,
            path,
        } => new_command(kind, &title, goal.as_deref(), &path),
        Command::Import(args) => match (args.source, args.table) {
            (
                Some(ImportSource::Oparl {
                    url,
                    reference,
                    report,
                    apply,
                    path,
                    timeout,
                }),
                _,
            ) => {
                let req = klarsicht::import::oparl::Request {
                    url: &url,
                    reference: reference.as_deref(),
                    report: report.as_deref(),
                    timeout_secs: timeout,
                };
                oparl_command(&path, &req, apply)
            }
            (None, Some(table)) => import_command(&args.path, &table, args.apply),
            (None, None) => unreachable!("clap requires the table"),
        },
    }
}

fn import_command(root: &std::path::Path, table: &std::path::Path, apply: bool) -> ExitCode {
    let run = klarsicht::import::updates(root, table, apply);
    let d = &run.diagnostics;
    for line in d.sorted() {
        eprintln!("{line}");
    }
    if d.has_errors() {
        eprintln!(
            "import failed: {} errors; nothing was written",
            d.count(klarsicht::base::diagnostics::Severity::Error)
        );
        return ExitCode::FAILURE;
    }
    for c in &run.changes {
        let edits: Vec<String> = c
            .edits
            .iter()
            .map(|(k, old, new)| match old {
                Some(old) => format!("{k} {old} → {new}"),
                None => format!("{k} (new) {new}"),
            })
            .collect();
        println!("{}: {}", c.file.display(), edits.join("; "));
    }
    let n = run.changes.len();
    if n == 0 {
        println!("nothing to change: every measure already says what the table says");
    } else if run.applied {
        println!("updated {n} file(s)");
    } else {
        println!("{n} file(s) would change; run again with --apply to write them");
    }
    ExitCode::SUCCESS
}

fn oparl_command(
    root: &std::path::Path,
    req: &klarsicht::import::oparl::Request,
    apply: bool,
) -> ExitCode {
    use std::io::IsTerminal;
    let tty = std::io::stderr().is_terminal();
    let mut progress = |n: usize| {
        if tty {
            eprint!("\rsearched {n} papers …");
        }
    };
    let outcome = klarsicht::import::oparl::import(root, req, apply, &mut progress);
    if tty {
        eprint!("\r\x1b[K");
    }
    let outcome = match outcome {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}");
            eprintln!("import failed; nothing was written");
            return ExitCode::FAILURE;
        }
    };
    for line in klarsicht::import::report_file::describe(
        &outcome.paper,
        outcome.change.as_ref(),
        outcome.applied,
    ) {
        println!("{line}");
    }
    ExitCode::SUCCESS
}

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
    /// Shows what would change; writes only with --apply, and only when every
    /// row is valid.
    Import {
        /// The table.
        table: PathBuf,
        /// Write the changes (without it, nothing is written).
        #[arg(long)]
        apply: bool,
        /// The portal folder.
        #[arg(long, default_value = ".")]
        path: PathBuf,
    },
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
        Command::Import { table, apply, path } => import_command(&path, &table, apply),
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

//! The `klarsicht` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

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

#[derive(Subcommand)]
enum Command {
    /// Build the portal into a static website.
    Build {
        /// The portal folder (holding site.toml).
        #[arg(default_value = ".")]
        path: PathBuf,
        /// Where to write the site (replaced atomically on success) [default: PATH/public].
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Include items marked `draft = true`.
        #[arg(long)]
        drafts: bool,
        /// Override `base_url` from site.toml (feeds, sitemap, canonical links).
        #[arg(long)]
        base_url: Option<String>,
        /// The date milestones are judged against (YYYY-MM-DD), for reproducible builds.
        #[arg(long, value_parser = parse_date)]
        today: Option<Date>,
        /// Print how long each stage took.
        #[arg(long)]
        timings: bool,
    },
    /// Do everything a build does, including rendering, but write nothing.
    Check {
        #[arg(default_value = ".")]
        path: PathBuf,
        #[arg(long)]
        drafts: bool,
        #[arg(long, value_parser = parse_date)]
        today: Option<Date>,
        /// Print how long each stage took.
        #[arg(long)]
        timings: bool,
    },
    /// Preview the portal: build, serve on 127.0.0.1, rebuild and reload on every change.
    Serve {
        /// The portal folder (holding site.toml).
        #[arg(default_value = ".")]
        path: PathBuf,
        /// Port to serve on; the next free one is taken when it is busy (0: any).
        #[arg(short, long, default_value_t = 8000)]
        port: u16,
        /// Address to serve on. Anything but loopback shares the preview with the network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the preview in the default browser.
        #[arg(long)]
        open: bool,
        /// Include items marked `draft = true`.
        #[arg(long)]
        drafts: bool,
        /// The date milestones are judged against (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        today: Option<Date>,
        /// Print how long each stage of every rebuild took.
        #[arg(long)]
        timings: bool,
    },
    /// Create a new portal that builds at once.
    Init {
        /// The folder to create.
        dir: PathBuf,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            path,
            output,
            drafts,
            base_url,
            today,
            timings,
        } => {
            let output = output.unwrap_or_else(|| path.join("public"));
            klarsicht::emit::clean_up_on_interrupt();
            let report = build(&BuildOptions {
                root: path,
                output: Some(output.clone()),
                drafts,
                base_url,
                today: today.unwrap_or_else(Date::today),
            });
            let code = finish(&report, "build", timings);
            if report.written {
                eprintln!("site written to {}", output.display());
            }
            code
        }
        Command::Check {
            path,
            drafts,
            today,
            timings,
        } => {
            let report = build(&BuildOptions {
                root: path,
                output: None,
                drafts,
                base_url: None,
                today: today.unwrap_or_else(Date::today),
            });
            finish(&report, "check", timings)
        }
        Command::Serve {
            path,
            port,
            bind,
            open,
            drafts,
            today,
            timings,
        } => match klarsicht::serve::run(klarsicht::serve::ServeOptions {
            root: path,
            port,
            bind,
            open,
            drafts,
            today,
            timings,
        }) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        Command::Init { dir } => match scaffold::init(&dir) {
            Ok(files) => {
                println!(
                    "created a portal in {} ({} files); build it with: klarsicht build {}",
                    dir.display(),
                    files.len(),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        Command::New {
            kind,
            title,
            goal,
            path,
        } => {
            let kind = match kind {
                NewKind::Goal => Kind::Goal,
                NewKind::Measure => Kind::Measure,
                NewKind::Report => Kind::Report,
                NewKind::Indicator => Kind::Indicator,
                NewKind::Page => Kind::Page,
            };
            match scaffold::new_item(&path, kind, &title, goal.as_deref(), Date::today()) {
                Ok(p) => {
                    println!("created {}", p.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

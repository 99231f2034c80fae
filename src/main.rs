//! The `klarsicht` command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use klarsicht::base::date::Date;
use klarsicht::base::locale::Lang;
use klarsicht::base::vocab::Kind;
use klarsicht::build::{BuildOptions, Verb, build};
use klarsicht::commands::{self, done, finish, say};
use klarsicht::load::site::messages_language;
use klarsicht::{msg, scaffold};

#[derive(Parser)]
#[command(
    name = "klarsicht",
    version,
    about = "Static-site generator for public transparency portals"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of messages: de or en [default: the portal's language;
    /// outside a portal the environment's (LANG); KLARSICHT_LANG sets it too].
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
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
    Date::parse_iso(s).ok_or_else(|| {
        msg!("cli-bad-date", value = s).render(messages_language(None, Some(Path::new("."))))
    })
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| "de | en".to_string())
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

fn build_command(
    lang: Lang,
    common: Common,
    output: Option<PathBuf>,
    base_url: Option<String>,
) -> ExitCode {
    let output = output.unwrap_or_else(|| common.path.join("public"));
    let timings = common.timings;
    klarsicht::emit::clean_up_on_interrupt();
    let report = build(&options(common, Some(output.clone()), base_url));
    let code = finish(&report, lang, Verb::Build, timings);
    if report.written {
        eprintln!(
            "{}",
            msg!("cli-site-written", path = output.display()).render(lang)
        );
    }
    code
}

fn new_command(
    lang: Lang,
    kind: NewKind,
    title: &str,
    goal: Option<&str>,
    path: &Path,
) -> ExitCode {
    let kind = match kind {
        NewKind::Goal => Kind::Goal,
        NewKind::Measure => Kind::Measure,
        NewKind::Report => Kind::Report,
        NewKind::Indicator => Kind::Indicator,
        NewKind::Page => Kind::Page,
    };
    done(
        lang,
        scaffold::new_item(path, kind, title, goal, Date::today())
            .map(|p| say(lang, &msg!("cli-created-file", path = p.display()))),
    )
}

fn import_command(lang: Option<Lang>, args: ImportArgs) -> ExitCode {
    match (args.source, args.table) {
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
            let lang = messages_language(lang, Some(&path));
            commands::import_oparl(lang, &path, &req, apply)
        }
        (None, Some(table)) => {
            let lang = messages_language(lang, Some(&args.path));
            commands::import_table(lang, &args.path, &table, args.apply)
        }
        (None, None) => unreachable!("clap requires the table"),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let flag = cli.lang;
    match cli.command {
        Command::Build {
            common,
            output,
            base_url,
        } => build_command(
            messages_language(flag, Some(&common.path)),
            common,
            output,
            base_url,
        ),
        Command::Check { common } => {
            let lang = messages_language(flag, Some(&common.path));
            let timings = common.timings;
            finish(
                &build(&options(common, None, None)),
                lang,
                Verb::Check,
                timings,
            )
        }
        Command::Serve {
            common,
            port,
            bind,
            open,
        } => done(
            messages_language(flag, Some(&common.path)),
            klarsicht::serve::run(klarsicht::serve::ServeOptions {
                root: common.path,
                port,
                bind,
                open,
                drafts: common.drafts,
                today: common.today,
                timings: common.timings,
                lang: flag,
            }),
        ),
        Command::Init { dir } => {
            // The new portal is German (site.toml's default).
            let lang = messages_language(flag, None);
            done(
                lang,
                scaffold::init(&dir).map(|files| {
                    let files = files.len();
                    say(
                        lang,
                        &msg!("cli-created-portal", dir = dir.display(), files = files),
                    );
                }),
            )
        }
        Command::New {
            kind,
            title,
            goal,
            path,
        } => new_command(
            messages_language(flag, Some(&path)),
            kind,
            &title,
            goal.as_deref(),
            &path,
        ),
        Command::Import(args) => import_command(flag, args),
    }
}

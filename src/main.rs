//! The `klarsicht` command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use klarsicht::base::date::Date;
use klarsicht::base::locale::Lang;
use klarsicht::base::vocab::Kind;
use klarsicht::build::{BuildOptions, Verb, build};
use klarsicht::commands::{self, done, finish, say};
use klarsicht::load::site::messages_language;
use klarsicht::{msg, scaffold};

mod allocator;

/// `0.1.0 (commit 4487167abc, 2026-12-01)`.
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("KLARSICHT_COMMIT"),
    ")"
);

#[derive(Parser)]
#[command(
    name = "klarsicht",
    version = VERSION,
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
    /// Write or renew the form editor (Decap CMS) in static/admin/.
    Cms {
        /// The portal folder.
        #[arg(long, default_value = ".")]
        path: PathBuf,
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
        title: Option<String>,
        /// The goal a measure, report or indicator belongs to.
        #[arg(long)]
        goal: Option<String>,
        /// Which way an indicator is better: increase or decrease.
        #[arg(long)]
        direction: Option<String>,
        /// The measure a budget line belongs to.
        #[arg(long)]
        measure: Option<String>,
        /// The budget line's year.
        #[arg(long)]
        year: Option<i32>,
        /// The budget line's planned amount.
        #[arg(long, allow_hyphen_values = true)]
        planned: Option<String>,
        /// The budget line's actual amount.
        #[arg(long, allow_hyphen_values = true)]
        actual: Option<String>,
        /// The budget line's purpose.
        #[arg(long)]
        label: Option<String>,
        /// The budget line's kind: expense or income.
        #[arg(long = "line-kind")]
        line_kind: Option<String>,
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
    Budget,
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
        preview: false,
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

/// What `klarsicht new` was given.
struct NewArgs {
    kind: NewKind,
    title: Option<String>,
    goal: Option<String>,
    direction: Option<String>,
    line: LineArgs,
    path: PathBuf,
}

/// The options of `klarsicht new budget`.
struct LineArgs {
    measure: Option<String>,
    year: Option<i32>,
    planned: Option<String>,
    actual: Option<String>,
    label: Option<String>,
    kind: Option<String>,
}

fn new_command(lang: Lang, a: NewArgs) -> ExitCode {
    let kind = match a.kind {
        NewKind::Goal => Kind::Goal,
        NewKind::Measure => Kind::Measure,
        NewKind::Report => Kind::Report,
        NewKind::Indicator => Kind::Indicator,
        NewKind::Page => Kind::Page,
        NewKind::Budget => {
            let l = &a.line;
            let line = scaffold::budget::NewLine {
                measure: l.measure.as_deref(),
                year: l.year,
                planned: l.planned.as_deref(),
                actual: l.actual.as_deref(),
                label: l.label.as_deref(),
                kind: l.kind.as_deref(),
            };
            let result = match a.title {
                Some(_) => Err(msg!("new-budget-title")),
                None => scaffold::check_portal(&a.path)
                    .and_then(|()| scaffold::budget::add(&a.path, &line)),
            };
            return done(lang, result.map(|(_, said)| say(lang, &said)));
        }
    };
    let Some(title) = a.title.as_deref() else {
        return done(lang, Err(msg!("new-needs-title")));
    };
    let item = scaffold::NewItem {
        kind,
        title,
        goal: a.goal.as_deref(),
        direction: a.direction.as_deref(),
    };
    done(
        lang,
        scaffold::new_item(&a.path, &item, Date::today())
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

/// `--lang X` or `--lang=X` among the arguments, before they are parsed:
/// the help is in that language.
fn lang_in_args(args: &[std::ffi::OsString]) -> Option<Lang> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).and_then(|v| Lang::parse(v)),
            Some(rest) => rest.strip_prefix('=').and_then(Lang::parse),
            None => None,
        })
}

fn main() -> ExitCode {
    allocator::return_memory_soon();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The help speaks the language of the folder it is asked in.
    let help_lang = messages_language(lang_in_args(&args), Some(Path::new(".")));
    let matches = klarsicht::help::localize(Cli::command(), help_lang).get_matches_from(args);
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
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
            direction,
            measure,
            year,
            planned,
            actual,
            label,
            line_kind,
            path,
        } => new_command(
            messages_language(flag, Some(&path)),
            NewArgs {
                kind,
                title,
                goal,
                direction,
                line: LineArgs {
                    measure,
                    year,
                    planned,
                    actual,
                    label,
                    kind: line_kind,
                },
                path,
            },
        ),
        Command::Cms { path } => commands::cms(messages_language(flag, Some(&path)), &path),
        Command::Import(args) => import_command(flag, args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument of the path, with its catalogue ids.
    fn ids(cmd: &clap::Command, path: &str, out: &mut Vec<(String, Vec<String>)>) {
        out.push((path.to_string(), vec![format!("help-{path}")]));
        for a in cmd.get_arguments() {
            let id = a.get_id().as_str();
            out.push((
                format!("{path} {id}"),
                klarsicht::help::arg_id(path, id).to_vec(),
            ));
        }
        for s in cmd.get_subcommands() {
            ids(s, &format!("{path}-{}", s.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_argument_has_help_in_both_languages_and_no_help_is_left_over() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut all = Vec::new();
        ids(&cmd, "klarsicht", &mut all);
        let missing: Vec<&String> = all
            .iter()
            .filter(|(_, keys)| !keys.iter().any(|k| klarsicht::base::messages::has(k)))
            .map(|(what, _)| what)
            // clap's `help` command mirrors the others; it shows no text of theirs.
            .filter(|what| !what.ends_with(" subcommand") && !what.contains("-help-"))
            .collect();
        assert!(missing.is_empty(), "no help text for {missing:?}");
        let used: std::collections::HashSet<&String> = all.iter().flat_map(|(_, k)| k).collect();
        let unused: Vec<&str> = klarsicht::base::messages::EN
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
            .filter(|id| id.starts_with("help-") && !used.contains(&id.to_string()))
            .collect();
        assert!(unused.is_empty(), "help texts for nothing: {unused:?}");
    }

    #[test]
    fn german_help_has_german_words() {
        let mut help = klarsicht::help::localize(Cli::command(), Lang::De);
        let text = help.render_help().to_string();
        assert!(text.starts_with("Erzeugt statische Websites für öffentliche Transparenzportale\n\nAufruf: klarsicht [OPTIONS] <COMMAND>\n\nBefehle:\n  build   Das Portal als statische Website erstellen\n"), "{text}");
        assert!(
            text.contains("Optionen:\n      --lang <LANG>  Die Sprache der Meldungen"),
            "{text}"
        );
        let mut build = help.find_subcommand_mut("build").unwrap().clone();
        let text = build.render_help().to_string();
        assert!(
            text.contains(
                "Argumente:\n  [PATH]  Der Ordner des Portals (mit site.toml) [Vorgabe: .]"
            ),
            "{text}"
        );
        assert!(
            text.contains("-h, --help                 Hilfe anzeigen"),
            "{text}"
        );
        assert_eq!(
            lang_in_args(&["klarsicht".into(), "--lang=en".into()]),
            Some(Lang::En)
        );
        assert_eq!(
            lang_in_args(&[
                "klarsicht".into(),
                "check".into(),
                "--lang".into(),
                "de".into()
            ]),
            Some(Lang::De)
        );
    }
}

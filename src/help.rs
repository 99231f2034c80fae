//! The command line's help in the messages' language: every command's and
//! argument's text comes from the catalogue (`help-<command path>` for a
//! command, `help-<command path>--<argument>` or the shared `help-arg-<argument>`
//! for an argument), and German help gets German headings and defaults.

use clap::Command;

use crate::base::locale::Lang;
use crate::base::messages;

/// `cmd` (the whole tree) with its help texts from the catalogue.
pub fn localize(mut cmd: Command, lang: Lang) -> Command {
    cmd.build();
    walk(cmd, lang, "klarsicht")
}

/// The catalogue id of an argument's help under the command at `path`.
pub fn arg_id(path: &str, arg: &str) -> [String; 2] {
    [format!("help-{path}--{arg}"), format!("help-arg-{arg}")]
}

fn walk(mut cmd: Command, lang: Lang, path: &str) -> Command {
    if let Some(t) = messages::optional(lang, &format!("help-{path}")) {
        cmd = cmd.about(t).long_about(None);
    }
    let german = lang == Lang::De;
    if german {
        cmd = cmd
            .help_template("{about-with-newline}\nAufruf: {usage}\n\n{all-args}{after-help}")
            .subcommand_help_heading("Befehle");
    }
    let args: Vec<(String, bool, Vec<String>)> = cmd
        .get_arguments()
        .map(|a| {
            let defaults = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            (a.get_id().to_string(), a.is_positional(), defaults)
        })
        .collect();
    for (id, positional, defaults) in args {
        let help = arg_id(path, &id)
            .iter()
            .find_map(|key| messages::optional(lang, key));
        cmd = cmd.mut_arg(&id, |mut a| {
            if let Some(h) = help {
                // clap says "[default: …]" in English; German says it itself.
                let h = match defaults.first() {
                    Some(d) if german && !h.contains("[Vorgabe") => format!("{h} [Vorgabe: {d}]"),
                    _ => h,
                };
                a = a.help(h);
            }
            if german {
                a = a
                    .help_heading(if positional { "Argumente" } else { "Optionen" })
                    .hide_default_value(true)
                    .hide_possible_values(true);
            }
            a
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(&name, |s| walk(s, lang, &sub_path));
    }
    cmd
}

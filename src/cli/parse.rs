//! From argv to `Cli`, parsed as podman (cobra/pflag) parses: a flag given twice keeps its last
//! value, a bool flag takes an optional `=VALUE` (`--rm=false`, `-d=true`), and an unknown flag
//! is `Error: unknown flag: --x` with exit 125. `run`/`create` take a shorter path that builds
//! only their own flags (the hot path), with the same result.

use super::args::{self, Cli};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Args, Command, CommandFactory, FromArgMatches};
use std::ffi::OsString;

/// The whole command tree, as parsed and as the docs describe it.
pub fn command() -> Command {
    podman_style(Cli::command())
}

/// Parse the process's arguments.
pub fn parse() -> Result<Cli, clap::Error> {
    let mut argv: Vec<OsString> = std::env::args_os().collect();
    // Run as `skiff-compose` or `docker-compose`: `skiff compose`.
    let base = argv
        .first()
        .and_then(|a| std::path::Path::new(a).file_name())
        .and_then(|n| n.to_str())
        .unwrap_or("");
    if super::compose::ALIASES.contains(&base) {
        argv.insert(1, "compose".into());
    }
    if let Some(r) = quick_parse(&argv) {
        return r;
    }
    let m = command().try_get_matches_from(&argv)?;
    Cli::from_arg_matches(&m)
}

/// Print a parse error as podman does (help and version to stdout) and give the exit code.
pub fn report(e: &clap::Error) -> i32 {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            0
        }
        ErrorKind::UnknownArgument => {
            match unknown_flag(e) {
                Some(msg) => eprintln!("{msg}"),
                None => {
                    let _ = e.print();
                }
            }
            125
        }
        _ => {
            let _ = e.print();
            125
        }
    }
}

/// pflag's wording of an unknown flag, and where to look: `Error: unknown flag: --x` /
/// `Error: unknown shorthand flag: 'x' in -x`, then `See 'skiff run --help'`.
fn unknown_flag(e: &clap::Error) -> Option<String> {
    let Some(ContextValue::String(arg)) = e.get(ContextKind::InvalidArg) else {
        return None;
    };
    let first = if let Some(long) = arg.strip_prefix("--") {
        let name = long.split_once('=').map_or(long, |(n, _)| n);
        format!("Error: unknown flag: --{name}")
    } else if let Some(short) = arg.strip_prefix('-') {
        let c = short.chars().next()?;
        format!("Error: unknown shorthand flag: '{c}' in {arg}")
    } else {
        return None;
    };
    // "Usage: skiff run [OPTIONS] ..." names the command.
    let path = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(u)) => u
            .to_string()
            .trim_start_matches("Usage:")
            .split_whitespace()
            .take_while(|w| !w.starts_with(['[', '<', '-']))
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    };
    if path.is_empty() {
        return Some(first);
    }
    Some(format!("{first}\nSee '{path} --help'"))
}

/// pflag's bools: `--flag`, `--flag=true|false` (and strconv.ParseBool's other spellings).
fn parse_bool(s: &str) -> Result<bool, String> {
    match s {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Ok(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Ok(false),
        _ => Err(format!("invalid syntax: {s:?} is not a boolean")),
    }
}

/// Every switch becomes a bool with an optional attached value; the last occurrence of a
/// flag wins (for the whole tree: the setting is global).
fn podman_style(cmd: Command) -> Command {
    bools(cmd.args_override_self(true))
}

fn bools(cmd: Command) -> Command {
    cmd.mut_args(|a| {
        if matches!(a.get_action(), ArgAction::SetTrue) {
            bool_arg(a)
        } else {
            a
        }
    })
    .mut_subcommands(bools)
}

fn bool_arg(a: Arg) -> Arg {
    // A switch declared true by default (`build --layers`) keeps that default.
    let default = match a.get_default_values().first().and_then(|v| v.to_str()) {
        Some("true") => "true",
        _ => "false",
    };
    a.action(ArgAction::Set)
        .num_args(0..=1)
        .require_equals(true)
        .default_missing_value("true")
        .default_value(default)
        .hide_default_value(true)
        .value_name("BOOL")
        .value_parser(parse_bool)
}

/// `run` and `create` are parsed without building the definitions of every other command: on
/// the hot path that saves the code pages and allocations of ~100 subcommands. The result is
/// the same `Cli` the full parser gives (tests/docs.rs and the CLI tests cover both). None:
/// not `run`/`create` (or a global flag this scan does not know), use the full parser.
fn quick_parse(argv: &[OsString]) -> Option<Result<Cli, clap::Error>> {
    let globals = args::GlobalArgs::augment_args(Command::new("skiff"));
    let mut i = 1;
    while let Some(a) = argv.get(i).and_then(|a| a.to_str()) {
        if !a.starts_with('-') {
            break;
        }
        i += global_flag_words(&globals, a)?;
    }
    let (name, about) = match argv.get(i)?.to_str()? {
        "run" => ("run", "Run a command in a new container"),
        "create" => ("create", "Create a container without starting it"),
        _ => return None,
    };
    // `about` after the arguments: the flattened structs would otherwise set their own.
    let sub = args::RunArgs::augment_args(Command::new(name).disable_help_flag(true)).about(about);
    let cmd = podman_style(
        args::GlobalArgs::augment_args(Command::new("skiff"))
            .version(env!("CARGO_PKG_VERSION"))
            .subcommand(sub),
    );
    Some((|| {
        let m = cmd.try_get_matches_from(argv)?;
        let global = args::GlobalArgs::from_arg_matches(&m)?;
        let (_, sm) = m
            .subcommand()
            .ok_or_else(|| clap::Error::new(ErrorKind::MissingSubcommand))?;
        let run = args::RunArgs::from_arg_matches(sm)?;
        let command = if name == "run" {
            args::Command::Run(run)
        } else {
            args::Command::Create(run)
        };
        Ok(Cli { global, command })
    })())
}

/// How many words the global flag `a` takes (itself, and its value when separate); None for
/// a word that is not a global flag.
fn global_flag_words(globals: &Command, a: &str) -> Option<usize> {
    let arg = if let Some(long) = a.strip_prefix("--") {
        let (name, attached) = match long.split_once('=') {
            Some((n, _)) => (n, true),
            None => (long, false),
        };
        let arg = globals
            .get_arguments()
            .find(|x| x.get_long() == Some(name))?;
        if attached {
            return Some(1);
        }
        arg
    } else {
        let mut chars = a.strip_prefix('-')?.chars();
        let c = chars.next()?;
        let arg = globals.get_arguments().find(|x| x.get_short() == Some(c))?;
        if chars.next().is_some() {
            return None;
        }
        arg
    };
    let takes_value = matches!(arg.get_action(), ArgAction::Set | ArgAction::Append);
    Some(if takes_value { 2 } else { 1 })
}

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

/// The commands run most often (`run`, `create`, `ps`, `images`, `inspect`, `start`, `stop`,
/// `rm`, `logs`, `exec`, and `--version`) are parsed without building the definitions of every
/// other command: on the hot path that saves the code pages and allocations of ~100
/// subcommands. The result is the same `Cli` the full parser gives (tests/docs.rs and the CLI
/// tests cover both). None: another command (or a global flag this scan does not know), use
/// the full parser.
fn quick_parse(argv: &[OsString]) -> Option<Result<Cli, clap::Error>> {
    let globals = args::GlobalArgs::augment_args(Command::new("skiff"));
    let mut i = 1;
    while let Some(a) = argv.get(i).and_then(|a| a.to_str()) {
        if !a.starts_with('-') {
            break;
        }
        if a == "--version" && i + 1 == argv.len() {
            let cmd = podman_style(globals.version(env!("CARGO_PKG_VERSION")));
            return Some(
                cmd.try_get_matches_from(argv)
                    .and_then(|_| Err(clap::Error::new(ErrorKind::MissingSubcommand))),
            );
        }
        i += global_flag_words(&globals, a)?;
    }
    let name = argv.get(i)?.to_str()?;
    let q = QUICK.iter().find(|q| q.name == name)?;
    // `about` after the arguments: the flattened structs would otherwise set their own.
    let mut sub = (q.augment)(Command::new(q.name));
    if q.no_help_flag {
        sub = sub.disable_help_flag(true);
    }
    let cmd = podman_style(
        args::GlobalArgs::augment_args(Command::new("skiff"))
            .version(env!("CARGO_PKG_VERSION"))
            .subcommand(sub.about(q.about)),
    );
    Some((|| {
        let m = cmd.try_get_matches_from(argv)?;
        let global = args::GlobalArgs::from_arg_matches(&m)?;
        let (_, sm) = m
            .subcommand()
            .ok_or_else(|| clap::Error::new(ErrorKind::MissingSubcommand))?;
        let command = (q.build)(sm)?;
        Ok(Cli { global, command })
    })())
}

/// One command the quick parser knows: its name and about line (as in `args::Command`), its
/// flags, and how its matches become the `args::Command`.
struct Quick {
    name: &'static str,
    about: &'static str,
    no_help_flag: bool,
    augment: fn(Command) -> Command,
    build: fn(&clap::ArgMatches) -> Result<args::Command, clap::Error>,
}

macro_rules! quick {
    ($name:literal, $about:literal, $args:ty, $variant:ident) => {
        quick!($name, $about, $args, $variant, false)
    };
    ($name:literal, $about:literal, $args:ty, $variant:ident, $no_help:literal) => {
        Quick {
            name: $name,
            about: $about,
            no_help_flag: $no_help,
            augment: <$args>::augment_args,
            build: |m| Ok(args::Command::$variant(<$args>::from_arg_matches(m)?)),
        }
    };
}

/// Their about lines must stay those of `args::Command` (tests/docs.rs compares the help).
const QUICK: &[Quick] = &[
    quick!(
        "run",
        "Run a command in a new container",
        args::RunArgs,
        Run,
        true
    ),
    quick!(
        "create",
        "Create a container without starting it",
        args::RunArgs,
        Create,
        true
    ),
    quick!("ps", "List containers", args::PsArgs, Ps),
    quick!("images", "List images", args::ImagesArgs, Images),
    quick!(
        "inspect",
        "Show details of containers or images",
        args::InspectArgs,
        Inspect
    ),
    quick!("start", "Start containers", args::StartArgs, Start),
    quick!(
        "stop",
        "Stop running containers (stop signal, then SIGKILL)",
        args::StopArgs,
        Stop
    ),
    quick!("rm", "Remove containers", args::RmArgs, Rm),
    quick!("logs", "Show a container's output", args::LogsArgs, Logs),
    quick!(
        "exec",
        "Run a command in a running container",
        args::ExecArgs,
        Exec
    ),
];

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

#[cfg(test)]
mod tests {
    use super::*;

    fn words(w: &[&str]) -> Vec<OsString> {
        w.iter().map(OsString::from).collect()
    }

    fn full(w: &[&str]) -> Result<Cli, clap::Error> {
        let m = command().try_get_matches_from(words(w))?;
        Cli::from_arg_matches(&m)
    }

    fn quick(w: &[&str]) -> Result<Cli, clap::Error> {
        quick_parse(&words(w)).expect("a quick command")
    }

    #[test]
    fn quick_commands_parse_and_help_like_the_full_tree() {
        for q in QUICK {
            for w in [
                vec!["skiff", q.name, "--help"],
                vec!["skiff", "--log-level=debug", q.name, "--no-such-flag"],
                vec!["skiff", "--root", "/r", q.name, "a", "b"],
                vec!["skiff", q.name, "-a", "--latest", "x"],
            ] {
                let (a, b) = (quick(&w), full(&w));
                match (a, b) {
                    (Ok(a), Ok(b)) => assert_eq!(format!("{a:?}"), format!("{b:?}"), "{w:?}"),
                    (Err(a), Err(b)) => {
                        assert_eq!(a.kind(), b.kind(), "{w:?}");
                        assert_eq!(a.to_string(), b.to_string(), "{w:?}");
                    }
                    (a, b) => panic!("{w:?}: quick {a:?}, full {b:?}"),
                }
            }
        }
        let (a, b) = (
            quick(&["skiff", "--version"]),
            full(&["skiff", "--version"]),
        );
        let (a, b) = (a.unwrap_err(), b.unwrap_err());
        assert_eq!(a.kind(), ErrorKind::DisplayVersion);
        assert_eq!(a.to_string(), b.to_string());
        assert!(quick_parse(&words(&["skiff", "network", "ls"])).is_none());
    }
}

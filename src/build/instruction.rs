//! The typed instruction model: each logical line becomes one `Instruction` with its line
//! number, its text (for progress and errors) and a `Kind` holding its arguments as written
//! (variables are substituted when the step runs, with the ARG and ENV values in scope then).

use super::parser::{flags, Heredoc, RawInstruction};
use super::words::Expander;
use crate::model::GoDuration;
use anyhow::{anyhow, bail, Result};

/// Shell form (run by the stage's SHELL) or exec form (a JSON array).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Form {
    Shell(String),
    Exec(Vec<String>),
}

impl Form {
    fn parse(rest: &str) -> Form {
        match json_array(rest) {
            Some(v) => Form::Exec(v),
            None => Form::Shell(rest.to_string()),
        }
    }
}

/// A JSON array of strings, when `s` is one.
pub fn json_array(s: &str) -> Option<Vec<String>> {
    let t = s.trim();
    if !t.starts_with('[') {
        return None;
    }
    serde_json::from_str(t).ok()
}

/// COPY and ADD.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CopySpec {
    /// Sources as written (context paths, globs, heredoc names); substituted at run time.
    pub sources: Vec<String>,
    pub dest: String,
    /// `--from=STAGE|IMAGE`
    pub from: Option<String>,
    /// `--chown=USER[:GROUP]`
    pub chown: Option<String>,
    /// `--chmod=OCTAL`
    pub chmod: Option<u32>,
    /// `--exclude=PATTERN`
    pub exclude: Vec<String>,
    /// `--link` (accepted; layers are always built from the copied files alone here)
    pub link: bool,
    /// `--parents`: the sources' own paths kept below the destination.
    pub parents: bool,
    /// ADD `--checksum=sha256:...` of a URL source.
    pub checksum: Option<String>,
}

/// HEALTHCHECK's options and command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthSpec {
    pub cmd: Form,
    pub interval: Option<GoDuration>,
    pub timeout: Option<GoDuration>,
    pub start_period: Option<GoDuration>,
    pub start_interval: Option<GoDuration>,
    pub retries: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    From {
        image: String,
        alias: Option<String>,
        platform: Option<String>,
    },
    /// `ARG NAME[=DEFAULT]...`
    Arg(Vec<(String, Option<String>)>),
    Run {
        cmd: Form,
        /// `--mount=...`
        mounts: Vec<super::mounts::RunMount>,
        network: Option<String>,
    },
    Cmd(Form),
    Entrypoint(Form),
    Shell(Vec<String>),
    /// Pairs as written (values substituted at run time).
    Env(Vec<(String, String)>),
    Label(Vec<(String, String)>),
    Maintainer(String),
    Expose(Vec<String>),
    Volume(Vec<String>),
    Workdir(String),
    User(String),
    StopSignal(String),
    Copy(CopySpec),
    Add(CopySpec),
    /// None: `HEALTHCHECK NONE`.
    Healthcheck(Option<HealthSpec>),
    /// The trigger's text as it is stored in the image (`RUN echo hi`).
    Onbuild(String),
}

/// One instruction: where it is, what it says, what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    pub line: usize,
    /// `KEYWORD arguments`, continuations joined, as progress shows it.
    pub text: String,
    pub heredocs: Vec<Heredoc>,
    pub kind: Kind,
}

const FLAGS: &[(&str, &[&str])] = &[
    ("FROM", &["platform"]),
    ("RUN", &["mount", "network", "security"]),
    (
        "COPY",
        &["from", "chown", "chmod", "link", "parents", "exclude"],
    ),
    (
        "ADD",
        &[
            "chown",
            "chmod",
            "link",
            "checksum",
            "keep-git-dir",
            "exclude",
        ],
    ),
    (
        "HEALTHCHECK",
        &[
            "interval",
            "timeout",
            "start-period",
            "start-interval",
            "retries",
        ],
    ),
];

fn known_flags(kw: &str) -> &'static [&'static str] {
    FLAGS
        .iter()
        .find(|(k, _)| *k == kw)
        .map(|(_, f)| *f)
        .unwrap_or(&[])
}

/// Flags of one instruction, checked against the ones it knows.
struct Flags(Vec<(String, Option<String>)>);

impl Flags {
    fn take(kw: &str, rest: &str) -> Result<(Flags, String)> {
        let (f, r) = flags(rest)?;
        let known = known_flags(kw);
        for (n, _) in &f {
            if !known.contains(&n.as_str()) {
                bail!("unknown flag: --{n}");
            }
        }
        Ok((Flags(f), r.to_string()))
    }

    fn value(&self, name: &str) -> Result<Option<String>> {
        match self.0.iter().rev().find(|(n, _)| n == name) {
            Some((_, Some(v))) => Ok(Some(v.clone())),
            Some((_, None)) => bail!("missing a value on flag: --{name}"),
            None => Ok(None),
        }
    }

    fn values(&self, name: &str) -> Result<Vec<String>> {
        self.0
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| {
                v.clone()
                    .ok_or_else(|| anyhow!("missing a value on flag: --{name}"))
            })
            .collect()
    }

    fn bool(&self, name: &str) -> Result<bool> {
        match self.0.iter().rev().find(|(n, _)| n == name) {
            None => Ok(false),
            Some((_, None)) => Ok(true),
            Some((_, Some(v))) => v
                .parse()
                .map_err(|_| anyhow!("expecting boolean value for flag --{name}, not: {v}")),
        }
    }
}

/// `KEY=VALUE ...`, or the legacy `KEY VALUE` form (one pair, the value is the rest).
fn pairs(kw: &str, rest: &str, ex: &Expander) -> Result<Vec<(String, String)>> {
    let words = ex.split_raw(rest);
    let Some(first) = words.first() else {
        bail!("{kw} requires at least one argument");
    };
    if !first.contains('=') {
        let value = rest[first.len()..].trim();
        if value.is_empty() {
            bail!("{kw} must have two arguments");
        }
        return Ok(vec![(first.clone(), value.to_string())]);
    }
    words
        .iter()
        .map(|w| match w.split_once('=') {
            Some(("", _)) => bail!("{kw} names can not be blank"),
            Some((k, v)) => Ok((k.to_string(), v.to_string())),
            None => bail!("Syntax error - can't find = in {w:?}. Must be of the form: name=value"),
        })
        .collect()
}

/// Whether a word is an instruction keyword (any case).
pub fn is_keyword(kw: &str) -> bool {
    const ALL: &[&str] = &[
        "FROM",
        "ARG",
        "RUN",
        "CMD",
        "ENTRYPOINT",
        "SHELL",
        "ENV",
        "LABEL",
        "MAINTAINER",
        "EXPOSE",
        "VOLUME",
        "WORKDIR",
        "USER",
        "STOPSIGNAL",
        "COPY",
        "ADD",
        "HEALTHCHECK",
        "ONBUILD",
    ];
    ALL.contains(&kw.to_ascii_uppercase().as_str())
}

fn valid_arg_name(n: &str) -> bool {
    n.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn args(rest: &str, ex: &Expander) -> Result<Vec<(String, Option<String>)>> {
    let words = ex.split_raw(rest);
    if words.is_empty() {
        bail!("ARG requires exactly one argument");
    }
    words
        .into_iter()
        .map(|w| {
            let (k, v) = match w.split_once('=') {
                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                None => (w, None),
            };
            if !valid_arg_name(&k) {
                bail!("invalid ARG name {k:?}: use letters, digits and underscores");
            }
            Ok((k, v))
        })
        .collect()
}

fn nonempty<'a>(kw: &str, rest: &'a str) -> Result<&'a str> {
    if rest.is_empty() {
        bail!("{kw} requires exactly one argument");
    }
    Ok(rest)
}

fn from(rest: &str, f: &Flags, ex: &Expander) -> Result<Kind> {
    let w = ex.split_raw(rest);
    let alias = match w.len() {
        1 => None,
        3 if w[1].eq_ignore_ascii_case("as") => {
            let n = w[2].to_ascii_lowercase();
            let ok = n.starts_with(|c: char| c.is_ascii_lowercase())
                && n.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c));
            if !ok {
                bail!("invalid name for build stage: {:?}, name can't start with a number or contain symbols", w[2]);
            }
            Some(n)
        }
        _ => bail!("FROM requires either one or three arguments"),
    };
    Ok(Kind::From {
        image: w[0].clone(),
        alias,
        platform: f.value("platform")?,
    })
}

fn copy(kw: &str, rest: &str, f: &Flags, ex: &Expander) -> Result<CopySpec> {
    let mut words = match json_array(rest) {
        Some(v) => v,
        None => ex.split_raw(rest),
    };
    if words.len() < 2 {
        bail!(
            "{kw} requires at least two arguments, but only {} provided",
            words.len()
        );
    }
    let dest = words.pop().unwrap_or_default();
    let chmod = match f.value("chmod")? {
        Some(m) => Some(
            u32::from_str_radix(&m, 8)
                .ok()
                .filter(|v| *v <= 0o7777)
                .ok_or_else(|| anyhow!("invalid --chmod={m}: use an octal mode such as 0755"))?,
        ),
        None => None,
    };
    Ok(CopySpec {
        sources: words,
        dest,
        from: f.value("from")?,
        chown: f.value("chown")?,
        chmod,
        exclude: f.values("exclude")?,
        link: f.bool("link")?,
        parents: f.bool("parents")?,
        checksum: f.value("checksum")?,
    })
}

fn duration(f: &Flags, name: &str) -> Result<Option<GoDuration>> {
    f.value(name)?
        .map(|v| {
            GoDuration::parse(&v)
                .filter(|d| d.nanos() >= 0)
                .ok_or_else(|| anyhow!("invalid --{name}={v}: want a duration like 30s"))
        })
        .transpose()
}

fn healthcheck(rest: &str, f: &Flags) -> Result<Kind> {
    let (word, after) = match rest.find(char::is_whitespace) {
        Some(p) => (&rest[..p], rest[p..].trim()),
        None => (rest, ""),
    };
    match word.to_ascii_uppercase().as_str() {
        "NONE" => {
            if !after.is_empty() || !f.0.is_empty() {
                bail!("HEALTHCHECK NONE takes no arguments");
            }
            Ok(Kind::Healthcheck(None))
        }
        "CMD" => {
            if after.is_empty() {
                bail!("HEALTHCHECK CMD requires a command");
            }
            let retries = match f.value("retries")? {
                Some(r) => Some(
                    r.parse::<u32>()
                        .map_err(|_| anyhow!("invalid --retries={r}: want a number"))?,
                ),
                None => None,
            };
            Ok(Kind::Healthcheck(Some(HealthSpec {
                cmd: Form::parse(after),
                interval: duration(f, "interval")?,
                timeout: duration(f, "timeout")?,
                start_period: duration(f, "start-period")?,
                start_interval: duration(f, "start-interval")?,
                retries,
            })))
        }
        _ => bail!("Unknown type {word:?} in HEALTHCHECK (try CMD)"),
    }
}

/// A shell-form RUN whose command ends with an operator expects more on the next line.
fn dangling_operator(cmd: &str) -> Option<&'static str> {
    let t = cmd.trim_end();
    ["&&", "||", "|"].into_iter().find(|op| t.ends_with(op))
}

/// The instruction a raw line means.
pub fn instruction(raw: &RawInstruction, ex: &Expander) -> Result<Instruction> {
    let kw = raw.keyword.as_str();
    let (f, rest) = Flags::take(kw, &raw.rest)?;
    let rest = rest.as_str();
    let kind = match kw {
        "FROM" => from(rest, &f, ex)?,
        "ARG" => Kind::Arg(args(rest, ex)?),
        "RUN" => {
            let cmd = Form::parse(nonempty(kw, rest)?);
            if let (Form::Shell(s), true) = (&cmd, raw.heredocs.is_empty()) {
                if let Some(op) = dangling_operator(s) {
                    bail!("RUN ends with {op:?}: the command goes on but the next line is not part of it (add {} at the end of the line)", ex.escape);
                }
            }
            let mounts = f
                .values("mount")?
                .iter()
                .map(|m| super::mounts::parse(m))
                .collect::<Result<_>>()?;
            Kind::Run {
                cmd,
                mounts,
                network: f.value("network")?,
            }
        }
        "CMD" => Kind::Cmd(Form::parse(nonempty(kw, rest)?)),
        "ENTRYPOINT" => Kind::Entrypoint(Form::parse(nonempty(kw, rest)?)),
        "SHELL" => match json_array(rest) {
            Some(v) if !v.is_empty() => Kind::Shell(v),
            _ => bail!("SHELL requires the arguments to be in JSON form"),
        },
        "ENV" => Kind::Env(pairs(kw, rest, ex)?),
        "LABEL" => Kind::Label(pairs(kw, rest, ex)?),
        "MAINTAINER" => Kind::Maintainer(nonempty(kw, rest)?.to_string()),
        "EXPOSE" => Kind::Expose(ex.split_raw(nonempty(kw, rest)?)),
        "VOLUME" => Kind::Volume(match json_array(rest) {
            Some(v) => v,
            None => ex.split_raw(nonempty(kw, rest)?),
        }),
        "WORKDIR" => Kind::Workdir(nonempty(kw, rest)?.to_string()),
        "USER" => Kind::User(nonempty(kw, rest)?.to_string()),
        "STOPSIGNAL" => Kind::StopSignal(nonempty(kw, rest)?.to_string()),
        "COPY" => Kind::Copy(copy(kw, rest, &f, ex)?),
        "ADD" => Kind::Add(copy(kw, rest, &f, ex)?),
        "HEALTHCHECK" => healthcheck(rest, &f)?,
        "ONBUILD" => onbuild(rest, raw.line, ex)?,
        _ => bail!("unknown instruction: {}", raw.keyword),
    };
    Ok(Instruction {
        line: raw.line,
        text: if raw.rest.is_empty() {
            raw.keyword.clone()
        } else {
            format!("{} {}", raw.keyword, raw.rest)
        },
        heredocs: raw.heredocs.clone(),
        kind,
    })
}

fn onbuild(rest: &str, line: usize, ex: &Expander) -> Result<Kind> {
    let (kw, after) = match rest.find(char::is_whitespace) {
        Some(p) => (&rest[..p], rest[p..].trim()),
        None => (rest, ""),
    };
    let kw = kw.to_ascii_uppercase();
    match kw.as_str() {
        "" => bail!("ONBUILD requires at least one argument"),
        "ONBUILD" => bail!("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"),
        "FROM" | "MAINTAINER" => bail!("{kw} isn't allowed as an ONBUILD trigger"),
        _ => {}
    }
    let trigger = RawInstruction {
        line,
        keyword: kw.clone(),
        rest: after.to_string(),
        heredocs: Vec::new(),
    };
    instruction(&trigger, ex)?;
    Ok(Kind::Onbuild(
        format!("{kw} {after}").trim_end().to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> Result<Kind> {
        let l = super::super::parser::lines(line)?;
        Ok(instruction(&l.instructions[0], &Expander::default())?.kind)
    }

    #[test]
    fn forms() {
        assert_eq!(
            one("CMD [\"a\", \"b\"]").unwrap(),
            Kind::Cmd(Form::Exec(vec!["a".into(), "b".into()]))
        );
        assert_eq!(
            one("CMD [not json").unwrap(),
            Kind::Cmd(Form::Shell("[not json".into()))
        );
        assert_eq!(
            one("ENTRYPOINT top -b").unwrap(),
            Kind::Entrypoint(Form::Shell("top -b".into()))
        );
        assert!(one("SHELL /bin/bash -c").is_err());
        assert_eq!(
            one("SHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]").unwrap(),
            Kind::Shell(vec![
                "/bin/ash".into(),
                "-eo".into(),
                "pipefail".into(),
                "-c".into()
            ])
        );
    }

    #[test]
    fn env_label_arg() {
        assert_eq!(
            one("ENV A=1 B=\"two words\"").unwrap(),
            Kind::Env(vec![
                ("A".into(), "1".into()),
                ("B".into(), "\"two words\"".into())
            ])
        );
        assert_eq!(
            one("ENV NAME some value").unwrap(),
            Kind::Env(vec![("NAME".into(), "some value".into())])
        );
        assert!(one("ENV A").is_err());
        assert!(one("ENV A=1 B").is_err());
        assert_eq!(
            one("LABEL \"com.x\"=1 y=2").unwrap(),
            Kind::Label(vec![
                ("\"com.x\"".into(), "1".into()),
                ("y".into(), "2".into())
            ])
        );
        assert_eq!(
            one("ARG A B=2").unwrap(),
            Kind::Arg(vec![("A".into(), None), ("B".into(), Some("2".into()))])
        );
        assert!(one("ARG 1x=2").is_err());
        assert!(one("ARG").is_err());
    }

    #[test]
    fn from_copy_healthcheck_onbuild() {
        assert_eq!(
            one("FROM --platform=linux/amd64 busybox:1 AS Build").unwrap(),
            Kind::From {
                image: "busybox:1".into(),
                alias: Some("build".into()),
                platform: Some("linux/amd64".into())
            }
        );
        assert!(one("FROM a b").is_err());
        assert!(one("FROM a AS 1x").is_err());
        let Kind::Copy(c) = one("COPY --from=b --chown=app:app --chmod=640 a b* /d/").unwrap()
        else {
            panic!()
        };
        assert_eq!(c.sources, ["a", "b*"]);
        assert_eq!(
            (c.dest.as_str(), c.from.as_deref(), c.chmod),
            ("/d/", Some("b"), Some(0o640))
        );
        assert!(one("COPY onlyone").is_err());
        assert!(one("COPY --bogus=1 a b")
            .unwrap_err()
            .to_string()
            .contains("unknown flag"));
        let Kind::Add(a) = one("ADD [\"a b\", \"/c\"]").unwrap() else {
            panic!()
        };
        assert_eq!(a.sources, ["a b"]);
        let Kind::Healthcheck(Some(h)) =
            one("HEALTHCHECK --interval=5s --retries=2 CMD curl -f x").unwrap()
        else {
            panic!()
        };
        assert_eq!(h.cmd, Form::Shell("curl -f x".into()));
        assert_eq!(h.interval, Some(GoDuration(5_000_000_000)));
        assert_eq!(h.retries, Some(2));
        assert_eq!(one("HEALTHCHECK NONE").unwrap(), Kind::Healthcheck(None));
        assert!(one("HEALTHCHECK WHAT").is_err());
        assert_eq!(
            one("ONBUILD run echo hi").unwrap(),
            Kind::Onbuild("RUN echo hi".into())
        );
        assert!(one("ONBUILD ONBUILD RUN x").is_err());
        assert!(one("ONBUILD BOGUS x").is_err());
    }

    #[test]
    fn errors() {
        assert_eq!(
            one("FOO bar").unwrap_err().to_string(),
            "unknown instruction: FOO"
        );
        assert!(one("RUN apt-get update &&")
            .unwrap_err()
            .to_string()
            .starts_with("RUN ends with \"&&\""));
        assert!(one("RUN <<EOF\necho &&\nEOF\n").is_ok());
    }
}

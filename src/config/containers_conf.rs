//! containers.conf, read as podman (containers/common) reads it: `CONTAINERS_CONF` alone if set,
//! else `/usr/share/containers/containers.conf`, `/etc/containers/containers.conf`, its
//! `containers.conf.d/*.conf` drop-ins, then (rootless) the user's
//! `$XDG_CONFIG_HOME/containers/containers.conf` and its drop-ins; `CONTAINERS_CONF_OVERRIDE`
//! last. A later file sets only the keys it has.
//!
//! Only the settings skiff has are read: default ulimits, DNS servers/searches/options, env,
//! log driver and size (`[containers]`), pull policy, stop timeout, events logger
//! (`[engine]`), the default rootless network helper (`[network]`). It is read once per
//! process and only when asked for (`get`), and the TOML parser only runs on files that set
//! one of these keys (the packaged file is all comments): `run --rm` stays fast.

use crate::model::{ContainerOptions, EventsBackend};
use anyhow::{Context, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The settings, merged over every file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContainersConf {
    pub default_ulimits: Option<Vec<String>>,
    pub dns_servers: Option<Vec<String>>,
    pub dns_searches: Option<Vec<String>>,
    pub dns_options: Option<Vec<String>>,
    pub env: Option<Vec<String>>,
    pub log_driver: Option<String>,
    /// Bytes; -1 (or 0): no limit.
    pub log_size_max: Option<i64>,
    pub pull_policy: Option<String>,
    pub stop_timeout: Option<u64>,
    pub events_logger: Option<String>,
    pub default_rootless_network_cmd: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct FileConf {
    #[serde(default)]
    containers: Containers,
    #[serde(default)]
    engine: EngineTable,
    #[serde(default)]
    network: Network,
}

#[derive(Debug, Default, Deserialize)]
struct Containers {
    default_ulimits: Option<Vec<String>>,
    dns_servers: Option<Vec<String>>,
    dns_searches: Option<Vec<String>>,
    dns_options: Option<Vec<String>>,
    env: Option<Vec<String>>,
    log_driver: Option<String>,
    log_size_max: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
struct EngineTable {
    pull_policy: Option<String>,
    stop_timeout: Option<u64>,
    events_logger: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct Network {
    default_rootless_network_cmd: Option<String>,
}

/// The keys read; a file setting none of them is not parsed.
const KEYS: &[&str] = &[
    "default_ulimits",
    "dns_servers",
    "dns_searches",
    "dns_options",
    "env",
    "log_driver",
    "log_size_max",
    "pull_policy",
    "stop_timeout",
    "events_logger",
    "default_rootless_network_cmd",
];

/// The configuration of this process, read at the first call.
pub fn get() -> Result<&'static ContainersConf> {
    static CONF: OnceLock<std::result::Result<ContainersConf, String>> = OnceLock::new();
    CONF.get_or_init(|| load().map_err(|e| format!("{e:#}")))
        .as_ref()
        .map_err(|e| anyhow::anyhow!("{e}"))
}

/// The files, in the order they apply.
pub fn files() -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    if let Some(p) = std::env::var_os("CONTAINERS_CONF").filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        std::fs::metadata(&p)
            .with_context(|| format!("CONTAINERS_CONF system config {}", p.display()))?;
        out.push(p);
    } else {
        for p in [
            "/usr/share/containers/containers.conf",
            "/etc/containers/containers.conf",
        ] {
            let p = PathBuf::from(p);
            if p.is_file() {
                out.push(p);
            }
        }
        out.extend(drop_ins(Path::new("/etc/containers/containers.conf.d"))?);
        if let Some(user) = user_file() {
            let dir = PathBuf::from(format!("{}.d", user.display()));
            if user.is_file() {
                out.push(user);
            }
            out.extend(drop_ins(&dir)?);
        }
    }
    if let Some(p) = std::env::var_os("CONTAINERS_CONF_OVERRIDE").filter(|p| !p.is_empty()) {
        out.push(PathBuf::from(p));
    }
    Ok(out)
}

/// The rootless user's file: `$XDG_CONFIG_HOME/containers/containers.conf`, else under
/// `~/.config`.
fn user_file() -> Option<PathBuf> {
    if rustix::process::geteuid().is_root() {
        return None;
    }
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("containers/containers.conf"))
}

/// `DIR/*.conf` in lexical order (none when the directory does not exist).
fn drop_ins(dir: &Path) -> Result<Vec<PathBuf>> {
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("reading {}", dir.display())),
    };
    let mut v: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conf"))
        .collect();
    v.sort();
    Ok(v)
}

pub fn load() -> Result<ContainersConf> {
    let mut conf = ContainersConf::default();
    for p in files()? {
        let read = |e: std::io::Error| {
            anyhow::Error::new(e).context(format!("reading containers.conf {}", p.display()))
        };
        // Scanned line by line first: most files set nothing skiff reads.
        let f = std::fs::File::open(&p).map_err(read)?;
        let mut sets_a_key = false;
        for l in std::io::BufRead::lines(std::io::BufReader::new(f)) {
            if sets_key(&l.map_err(read)?) {
                sets_a_key = true;
                break;
            }
        }
        if !sets_a_key {
            continue;
        }
        let text = std::fs::read_to_string(&p).map_err(read)?;
        if let Some(f) = parse(&text).with_context(|| format!("parsing {}", p.display()))? {
            conf.merge(f);
        }
    }
    Ok(conf)
}

/// Whether a line sets one of `KEYS`.
fn sets_key(line: &str) -> bool {
    let l = line.trim_start();
    !l.starts_with('#')
        && l.split_once('=')
            .is_some_and(|(k, _)| KEYS.contains(&k.trim().trim_matches('"')))
}

/// A file's settings; None when it sets none of `KEYS` (then it is not parsed at all).
fn parse(text: &str) -> Result<Option<FileConf>> {
    if !text.lines().any(sets_key) {
        return Ok(None);
    }
    Ok(Some(
        toml::from_str(text).map_err(|e| toml_error(text, &e))?,
    ))
}

impl ContainersConf {
    fn merge(&mut self, f: FileConf) {
        let c = f.containers;
        let e = f.engine;
        macro_rules! over {
            ($($field:ident <- $src:expr),*) => { $( if $src.is_some() { self.$field = $src; } )* };
        }
        over!(
            default_ulimits <- c.default_ulimits,
            dns_servers <- c.dns_servers,
            dns_searches <- c.dns_searches,
            dns_options <- c.dns_options,
            env <- c.env,
            log_driver <- c.log_driver,
            log_size_max <- c.log_size_max,
            pull_policy <- e.pull_policy,
            stop_timeout <- e.stop_timeout,
            events_logger <- e.events_logger,
            default_rootless_network_cmd <- f.network.default_rootless_network_cmd
        );
    }

    /// The events backend: `events_logger` (journald, which skiff does not have, means the
    /// file), else the file.
    pub fn events_backend(&self) -> EventsBackend {
        match self.events_logger.as_deref() {
            Some("none") => EventsBackend::None,
            _ => EventsBackend::File,
        }
    }

    /// Fill what the options leave unset: a flag given always wins (`--ulimit` over a
    /// default of the same name, `--dns*` over the servers, searches and options).
    pub fn apply_to(&self, o: &mut ContainerOptions) {
        if let Some(defaults) = &self.default_ulimits {
            let given: Vec<&str> = o
                .ulimit
                .iter()
                .map(|u| u.split('=').next().unwrap_or(""))
                .collect();
            let mut all: Vec<String> = defaults
                .iter()
                .filter(|d| !given.contains(&d.split('=').next().unwrap_or("")))
                .cloned()
                .collect();
            all.append(&mut o.ulimit);
            o.ulimit = all;
        }
        let fill = |have: &mut Vec<String>, conf: &Option<Vec<String>>| {
            if have.is_empty() {
                *have = conf.clone().unwrap_or_default();
            }
        };
        fill(&mut o.dns, &self.dns_servers);
        fill(&mut o.dns_search, &self.dns_searches);
        fill(&mut o.dns_option, &self.dns_options);
        fill(&mut o.base_env, &self.env);
        if o.network.is_empty() {
            if let Some(cmd) = self
                .default_rootless_network_cmd
                .as_ref()
                .filter(|c| matches!(c.as_str(), "pasta" | "slirp4netns"))
            {
                o.network = vec![cmd.clone()];
            }
        }
        if o.pull.is_none() {
            o.pull = self.pull_policy.clone();
        }
        if o.log_driver.is_none() {
            o.log_driver = self.log_driver.clone();
        }
        if let Some(n) = self.log_size_max.filter(|n| *n > 0) {
            if !o.log_opt.iter().any(|x| x.starts_with("max-size=")) {
                o.log_opt.push(format!("max-size={n}"));
            }
        }
        if o.stop_timeout.is_none() {
            o.stop_timeout = self.stop_timeout;
        }
    }
}

/// A TOML error on one line (the parser's own text quotes the line over several):
/// `TOML parse error at line L, column C: MESSAGE`.
fn toml_error(text: &str, e: &toml::de::Error) -> anyhow::Error {
    let message = e.message().trim().replace('\n', " ");
    match e.span() {
        Some(span) => {
            let before = &text.as_bytes()[..span.start.min(text.len())];
            let line = before.iter().filter(|b| **b == b'\n').count() + 1;
            let col = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
            anyhow::anyhow!("TOML parse error at line {line}, column {col}: {message}")
        }
        None => anyhow::anyhow!("TOML parse error: {message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_only_is_not_parsed_and_keys_merge() {
        assert!(parse(
            "# env = [\"A=1\"]\n[containers]\ndefault_capabilities = [\n \"CHOWN\",\n]\n"
        )
        .unwrap()
        .is_none());
        let mut c = ContainersConf::default();
        c.merge(
            parse(
                "[containers]\nenv = [\"A=1\"]\nlog_size_max = 2048\n[engine]\nstop_timeout = 3\n",
            )
            .unwrap()
            .unwrap(),
        );
        c.merge(
            parse("[containers]\nenv = [\"B=2\"]\n[network]\ndefault_rootless_network_cmd = \"slirp4netns\"\n")
                .unwrap()
                .unwrap(),
        );
        assert_eq!(c.env, Some(vec!["B=2".to_string()]));
        assert_eq!((c.log_size_max, c.stop_timeout), (Some(2048), Some(3)));
        assert_eq!(
            c.default_rootless_network_cmd.as_deref(),
            Some("slirp4netns")
        );
        assert!(parse("[engine]\nstop_timeout = \"x\"\n").is_err());
    }

    #[test]
    fn flags_win_over_defaults() {
        let c = ContainersConf {
            default_ulimits: Some(vec!["nofile=100:200".into(), "nproc=50:50".into()]),
            dns_servers: Some(vec!["9.9.9.9".into()]),
            pull_policy: Some("never".into()),
            ..Default::default()
        };
        let mut o = ContainerOptions {
            ulimit: vec!["nofile=10:20".into()],
            pull: Some("always".into()),
            ..Default::default()
        };
        c.apply_to(&mut o);
        assert_eq!(o.ulimit, ["nproc=50:50", "nofile=10:20"]);
        assert_eq!(o.dns, ["9.9.9.9"]);
        assert_eq!(o.pull.as_deref(), Some("always"));
    }
}

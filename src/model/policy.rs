//! Policies a container is configured with: restart, logging, image pulling, user namespace.

use anyhow::{anyhow, bail, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

/// `--restart`: podman's policies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RestartPolicy {
    #[default]
    No,
    Always,
    /// Restart after a non-zero exit; `max_retries` 0 means without limit.
    OnFailure {
        max_retries: u32,
    },
    UnlessStopped,
}

impl RestartPolicy {
    /// podman's name (`HostConfig.RestartPolicy.Name`); "" for no policy, as podman shows it.
    pub fn name(self) -> &'static str {
        match self {
            RestartPolicy::No => "no",
            RestartPolicy::Always => "always",
            RestartPolicy::OnFailure { .. } => "on-failure",
            RestartPolicy::UnlessStopped => "unless-stopped",
        }
    }

    pub fn max_retries(self) -> u32 {
        match self {
            RestartPolicy::OnFailure { max_retries } => max_retries,
            _ => 0,
        }
    }

    /// Whether a container that exited with `code` (not stopped by the user) after
    /// `restarts` restarts is started again.
    pub fn restarts_after(self, code: i32, restarts: u32) -> bool {
        match self {
            RestartPolicy::No => false,
            RestartPolicy::Always | RestartPolicy::UnlessStopped => true,
            RestartPolicy::OnFailure { max_retries } => {
                code != 0 && (max_retries == 0 || restarts < max_retries)
            }
        }
    }
}

impl std::str::FromStr for RestartPolicy {
    type Err = anyhow::Error;
    fn from_str(r: &str) -> Result<Self> {
        let (name, n) = match r.split_once(':') {
            Some((name, n)) => (name, Some(n)),
            None => (r, None),
        };
        let policy = match (name, n) {
            ("on-failure", Some(n)) => RestartPolicy::OnFailure {
                max_retries: n
                    .parse::<u32>()
                    .map_err(|_| anyhow!("invalid restart policy {r:?}: bad retry count"))?,
            },
            (_, Some(_)) => bail!("invalid restart policy {r:?}: only on-failure takes a count"),
            ("" | "no", None) => RestartPolicy::No,
            ("always", None) => RestartPolicy::Always,
            ("on-failure", None) => RestartPolicy::OnFailure { max_retries: 0 },
            ("unless-stopped", None) => RestartPolicy::UnlessStopped,
            _ => bail!(
                "invalid restart policy {r:?}: use no, always, on-failure[:N] or unless-stopped"
            ),
        };
        Ok(policy)
    }
}

impl fmt::Display for RestartPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RestartPolicy::OnFailure { max_retries } if *max_retries > 0 => {
                write!(f, "on-failure:{max_retries}")
            }
            p => f.write_str(p.name()),
        }
    }
}

/// `--log-driver`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LogDriver {
    /// podman's default: `<time> stdout|stderr F|P <text>` lines in `userdata/ctr.log`.
    #[default]
    K8sFile,
    /// Accepted as podman does; written in the k8s-file format.
    JsonFile,
    /// No log at all.
    None,
    /// The container's stdio is the caller's; nothing is logged.
    Passthrough,
    /// Lines sent to a syslog server by the container's monitor (`syslog-address`), and kept in
    /// `userdata/ctr.log` too, so `logs` still reads them.
    Syslog,
}

impl LogDriver {
    pub fn name(self) -> &'static str {
        match self {
            LogDriver::K8sFile => "k8s-file",
            LogDriver::JsonFile => "json-file",
            LogDriver::None => "none",
            LogDriver::Passthrough => "passthrough",
            LogDriver::Syslog => "syslog",
        }
    }

    /// Whether output goes to `userdata/ctr.log`.
    pub fn writes_file(self) -> bool {
        matches!(
            self,
            LogDriver::K8sFile | LogDriver::JsonFile | LogDriver::Syslog
        )
    }
}

impl std::str::FromStr for LogDriver {
    type Err = anyhow::Error;
    fn from_str(d: &str) -> Result<Self> {
        Ok(match d {
            "" | "k8s-file" => LogDriver::K8sFile,
            "json-file" => LogDriver::JsonFile,
            "none" => LogDriver::None,
            "passthrough" => LogDriver::Passthrough,
            "syslog" => LogDriver::Syslog,
            "journald" => bail!("the journald log driver is not supported: use k8s-file"),
            d => bail!(
                "invalid log driver {d:?}: use k8s-file, json-file, syslog, none or passthrough"
            ),
        })
    }
}

/// The log driver with its `--log-opt`s.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LogConfig {
    pub driver: LogDriver,
    /// `--log-opt max-size` (decimal units, as podman's max-size).
    pub max_size: Option<u64>,
    /// syslog: where lines go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub syslog: Option<SyslogTarget>,
}

/// The syslog driver's options: `syslog-address`, `tag`, `syslog-facility`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SyslogTarget {
    /// `tcp://HOST:PORT`, `udp://HOST:PORT`, `unix:///PATH` (stream) or `unixgram:///PATH`;
    /// default `unixgram:///dev/log`.
    pub address: String,
    /// The tag of each message; `{{.Name}}`, `{{.ID}}`, `{{.FullID}}`, `{{.ImageName}}` are
    /// the container's. Default: the short ID.
    pub tag: Option<String>,
    /// The facility's number (daemon, 3, by default).
    pub facility: u8,
}

/// syslog's facility names.
const FACILITIES: &[&str] = &[
    "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv",
    "ftp", "", "", "", "", "local0", "local1", "local2", "local3", "local4", "local5", "local6",
    "local7",
];

/// `syslog-address`, checked: scheme and where.
fn syslog_address(v: &str) -> Result<String> {
    let Some((scheme, rest)) = v.split_once("://") else {
        bail!("invalid syslog-address {v:?}: use tcp://HOST:PORT, udp://HOST:PORT or unix:///PATH");
    };
    match scheme {
        "tcp" | "udp" => {
            let ok = rest
                .rsplit_once(':')
                .is_some_and(|(h, p)| !h.is_empty() && p.parse::<u16>().is_ok_and(|p| p > 0));
            if !ok {
                bail!("invalid syslog-address {v:?}: {scheme} needs HOST:PORT");
            }
        }
        "unix" | "unixgram" => {
            if !rest.starts_with('/') {
                bail!("invalid syslog-address {v:?}: the socket path must be absolute");
            }
        }
        "tcp+tls" => bail!("syslog-address {v:?}: tcp+tls is not supported"),
        _ => bail!("invalid syslog-address {v:?}: use tcp, udp, unix or unixgram"),
    }
    Ok(v.to_string())
}

impl LogConfig {
    /// Driver plus `--log-opt KEY=VALUE` options.
    pub fn parse(driver: Option<&str>, opts: &[String]) -> Result<LogConfig> {
        let mut c = LogConfig {
            driver: driver.unwrap_or("").parse()?,
            max_size: None,
            syslog: None,
        };
        let mut sl = SyslogTarget {
            address: "unixgram:///dev/log".into(),
            tag: None,
            facility: 3,
        };
        for o in opts {
            let (k, v) = o.split_once('=').unwrap_or((o.as_str(), ""));
            let syslog = c.driver == LogDriver::Syslog;
            match k {
                "max-size" => c.max_size = Some(decimal_size(v)?),
                "syslog-address" if syslog => sl.address = syslog_address(v)?,
                "tag" if syslog => sl.tag = Some(v.to_string()),
                "syslog-facility" if syslog => {
                    sl.facility = match FACILITIES.iter().position(|f| !f.is_empty() && *f == v) {
                        Some(n) => n as u8,
                        None => bail!("invalid syslog-facility {v:?}"),
                    }
                }
                "syslog-format" if syslog => {
                    if !matches!(v, "" | "rfc3164") {
                        bail!("syslog-format {v:?} is not supported: use rfc3164");
                    }
                }
                k if k.starts_with("syslog-") => {
                    bail!("--log-opt {k} needs the syslog log driver, or is not supported")
                }
                "path" | "tag" => bail!("--log-opt {k} is not supported"),
                _ => bail!("unknown --log-opt {o:?}: only max-size (and, for syslog, syslog-address, syslog-facility, tag) is supported"),
            }
        }
        if c.driver == LogDriver::Syslog {
            c.syslog = Some(sl);
        }
        Ok(c)
    }
}

/// "10k", "1mb", "2G", "500" → bytes in decimal units (podman's log max-size).
fn decimal_size(s: &str) -> Result<u64> {
    let t = s.trim().to_ascii_lowercase();
    let t = t.strip_suffix('b').unwrap_or(&t);
    let (num, mult) = match t.chars().last() {
        Some('k') => (&t[..t.len() - 1], 1_000u64),
        Some('m') => (&t[..t.len() - 1], 1_000_000),
        Some('g') => (&t[..t.len() - 1], 1_000_000_000),
        _ => (t, 1),
    };
    match num.trim().parse::<f64>() {
        Ok(n) if n > 0.0 && n.is_finite() => Ok((n * mult as f64) as u64),
        _ => bail!("invalid log max-size {s:?}"),
    }
}

/// `--pull`: when `run`/`create`/`build` fetch the image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PullPolicy {
    /// Pull only when the image is not in the store (podman's default).
    #[default]
    Missing,
    Always,
    Never,
    /// Pull when the registry has a different image than the store.
    Newer,
}

impl std::str::FromStr for PullPolicy {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "missing" | "ifmissing" | "ifnotpresent" => PullPolicy::Missing,
            "always" | "true" => PullPolicy::Always,
            "never" | "false" => PullPolicy::Never,
            "newer" | "ifnewer" => PullPolicy::Newer,
            _ => bail!("invalid pull policy {s:?}: use always, missing, never or newer"),
        })
    }
}

/// Where events go (`--events-backend`, containers.conf `events_logger`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EventsBackend {
    /// The event log file (`$root/events/events.log`).
    #[default]
    File,
    /// Nowhere.
    None,
}

impl std::str::FromStr for EventsBackend {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "file" => EventsBackend::File,
            "none" => EventsBackend::None,
            "journald" => bail!(
                "the journald events backend is not supported: skiff keeps events in a file (use file or none)"
            ),
            _ => bail!("{s:?} is not a valid events backend: invalid argument"),
        })
    }
}

impl EventsBackend {
    pub fn as_str(self) -> &'static str {
        match self {
            EventsBackend::File => "file",
            EventsBackend::None => "none",
        }
    }
}

/// `--userns`: how container ids map to the user's.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UsernsMode {
    /// The rootless default: root in the container is the user, the rest the subuid range.
    #[default]
    Default,
    /// The user's own uid/gid appear inside as themselves.
    KeepId { uid: Option<u32>, gid: Option<u32> },
    /// A free slice of the user's range, per container.
    Auto { size: Option<u32> },
    /// The caller's namespace (no new user namespace).
    Host,
    /// The user is not mapped into the container.
    NoMap,
    /// A user namespace file.
    Ns(String),
}

/// One line of a container's id map (`--uidmap C:H:N`): container ids `C..C+N` are the ids
/// `H..H+N` of the user's namespace, where 0 is the user and 1.. the subordinate range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdMapEntry {
    pub container: u32,
    pub host: u32,
    pub count: u32,
}

impl IdMapEntry {
    /// `--uidmap`/`--gidmap` (`flag`) values.
    pub fn parse_all(flag: &str, given: &[String]) -> Result<Vec<IdMapEntry>> {
        let mut out: Vec<IdMapEntry> = Vec::new();
        for g in given {
            let parts: Vec<&str> = g.split(':').collect();
            let nums: Option<Vec<u32>> = match parts.as_slice() {
                [c, h, n] => [c, h, n].iter().map(|x| x.parse().ok()).collect(),
                _ => None,
            };
            let Some([container, host, count]) = nums.as_deref().map(|v| [v[0], v[1], v[2]]) else {
                bail!("{flag} {g}: invalid mapping: want CONTAINER_ID:HOST_ID:COUNT");
            };
            if count == 0 {
                bail!("{flag} {g}: invalid mapping: the count must be at least 1");
            }
            let e = IdMapEntry {
                container,
                host,
                count,
            };
            let overlaps = |a: u32, an: u32, b: u32, bn: u32| {
                (a as u64) < b as u64 + bn as u64 && (b as u64) < a as u64 + an as u64
            };
            if out.iter().any(|o| {
                overlaps(o.container, o.count, e.container, e.count)
                    || overlaps(o.host, o.count, e.host, e.count)
            }) {
                bail!("{flag} {g}: the mapping overlaps another one");
            }
            out.push(e);
        }
        Ok(out)
    }
}

impl std::str::FromStr for UsernsMode {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        let (mode, opts) = s.split_once(':').unwrap_or((s, ""));
        let kv = |key: &str| -> Result<Option<u32>> {
            for o in opts.split(',').filter(|o| !o.is_empty()) {
                let (k, v) = o
                    .split_once('=')
                    .ok_or_else(|| anyhow!("invalid --userns option {o:?}"))?;
                if k == key {
                    return v
                        .parse()
                        .map(Some)
                        .map_err(|_| anyhow!("invalid --userns {k}={v:?}: not a number"));
                }
            }
            Ok(None)
        };
        let known = |keys: &[&str]| -> Result<()> {
            for o in opts.split(',').filter(|o| !o.is_empty()) {
                let k = o.split_once('=').map_or(o, |(k, _)| k);
                if !keys.contains(&k) {
                    bail!("invalid --userns option {o:?} for mode {mode}");
                }
            }
            Ok(())
        };
        Ok(match mode {
            "" => UsernsMode::Default,
            "keep-id" => {
                known(&["uid", "gid"])?;
                UsernsMode::KeepId {
                    uid: kv("uid")?,
                    gid: kv("gid")?,
                }
            }
            "auto" => {
                known(&["size", "uidmapping", "gidmapping"])?;
                UsernsMode::Auto { size: kv("size")? }
            }
            "host" if opts.is_empty() => UsernsMode::Host,
            "nomap" if opts.is_empty() => UsernsMode::NoMap,
            "ns" if opts.starts_with('/') => UsernsMode::Ns(opts.to_string()),
            _ => bail!("invalid --userns {s:?}: use auto, host, keep-id, nomap or ns:PATH"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restart_policies() {
        let p = |s: &str| s.parse::<RestartPolicy>();
        assert_eq!(p("").unwrap(), RestartPolicy::No);
        assert_eq!(
            p("on-failure:3").unwrap(),
            RestartPolicy::OnFailure { max_retries: 3 }
        );
        assert!(p("always:2").is_err() && p("sometimes").is_err() && p("on-failure:x").is_err());
        let f = RestartPolicy::OnFailure { max_retries: 2 };
        assert!(f.restarts_after(1, 1) && !f.restarts_after(1, 2) && !f.restarts_after(0, 0));
        assert_eq!(f.to_string(), "on-failure:2");
    }

    #[test]
    fn log_configs() {
        let c = LogConfig::parse(Some("json-file"), &["max-size=10k".into()]).unwrap();
        assert_eq!(c.driver, LogDriver::JsonFile);
        assert_eq!(c.max_size, Some(10_000));
        assert!(LogConfig::parse(Some("journald"), &[]).is_err());
        assert!(LogConfig::parse(None, &["tag=x".into()]).is_err());
        assert!(!LogDriver::None.writes_file());
    }

    #[test]
    fn pull_and_userns() {
        assert_eq!("never".parse::<PullPolicy>().unwrap(), PullPolicy::Never);
        assert!("sometimes".parse::<PullPolicy>().is_err());
        assert_eq!(
            "keep-id:uid=1000".parse::<UsernsMode>().unwrap(),
            UsernsMode::KeepId {
                uid: Some(1000),
                gid: None
            }
        );
        assert_eq!(
            "auto:size=1024".parse::<UsernsMode>().unwrap(),
            UsernsMode::Auto { size: Some(1024) }
        );
        assert!("keep-id:foo=1".parse::<UsernsMode>().is_err());
        assert!("bogus".parse::<UsernsMode>().is_err());
    }
}

//! A container as asked for and as validated.
//!
//! `ContainerOptions` holds what a user wrote, in the spellings of `run`/`create` (one field
//! per flag, named after it): any adapter fills it — the CLI from its flags, the API seam
//! from JSON. `ContainerOptions::validate` is the one validation step: pure (no host, no
//! store), it turns every value into the model's types with podman's error texts, giving the
//! `ContainerConfig` the engine takes. What depends on the host or the store (the default
//! network helper, whether a name is a network, devices, env and seccomp files, the image)
//! is resolved by the engine.

use super::network::{NetworkConfig, NetworkMode, PortMapping};
use super::policy::{LogConfig, PullPolicy, RestartPolicy, UsernsMode};
use super::resources::{DeviceRate, Limits, Rlimit};
use super::security::SecurityConfig;
use super::systemd::{CgroupnsMode, SdNotifyMode};
use super::units::{ByteSize, GoDuration};
use anyhow::{anyhow, bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

const SECOND: i64 = 1_000_000_000;

/// The resource flags as written (`-m 256m`, `--cpus 1.5`, ...), shared by `run`/`create` and
/// `update`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ResourceOptions {
    pub memory: Option<String>,
    /// Memory plus swap; `-1` for unlimited swap.
    pub memory_swap: Option<String>,
    pub memory_reservation: Option<String>,
    pub cpus: Option<String>,
    pub cpu_shares: Option<u64>,
    pub cpu_quota: Option<i64>,
    pub cpu_period: Option<u64>,
    pub cpuset_cpus: Option<String>,
    pub cpuset_mems: Option<String>,
    pub pids_limit: Option<i64>,
    pub blkio_weight: Option<u64>,
    /// `PATH:RATE`
    pub device_read_bps: Vec<String>,
    pub device_write_bps: Vec<String>,
}

impl ResourceOptions {
    /// Validate and convert, as podman does: memory at least 6 MiB, swap at least memory,
    /// reservation at most memory, --cpus exclusive with --cpu-quota. Devices are looked up by
    /// the engine.
    pub fn validate(&self) -> Result<Limits> {
        let mut l = Limits::default();
        if let Some(m) = &self.memory {
            let v = m.parse::<ByteSize>()?.bytes();
            if v < 6 << 20 {
                bail!("minimum memory limit allowed is 6MB");
            }
            l.memory = Some(v);
        }
        if let Some(s) = &self.memory_swap {
            if s.trim() == "-1" {
                l.memory_swap = Some(-1);
            } else {
                let v = s.parse::<ByteSize>()?.bytes();
                match l.memory {
                    None => {
                        bail!("you must provide a memory limit when specifying a memory swap limit")
                    }
                    Some(m) if v < m => bail!(
                        "the memory swap limit must be greater than or equal to the memory limit"
                    ),
                    _ => l.memory_swap = Some(v as i64),
                }
            }
        }
        if let Some(r) = &self.memory_reservation {
            let v = r.parse::<ByteSize>()?.bytes();
            if l.memory.is_some_and(|m| v > m) {
                bail!("the memory reservation must be less than or equal to the memory limit");
            }
            l.memory_reservation = Some(v);
        }
        if let Some(c) = &self.cpus {
            if self.cpu_quota.is_some() || self.cpu_period.is_some() {
                bail!("--cpus conflicts with --cpu-quota and --cpu-period: use one or the other");
            }
            let n: f64 = c
                .parse()
                .map_err(|_| anyhow!("invalid --cpus {c:?}: expected a number such as 1.5"))?;
            if n.is_nan() || n <= 0.0 || !n.is_finite() {
                bail!("invalid --cpus {c:?}: must be more than 0");
            }
            l.cpu_period = Some(100_000);
            l.cpu_quota = Some((n * 100_000.0).round() as i64);
        } else {
            l.cpu_quota = self.cpu_quota;
            l.cpu_period = self.cpu_period;
            if let Some(p) = l.cpu_period {
                if !(1000..=1_000_000).contains(&p) {
                    bail!("--cpu-period must be between 1000 and 1000000 microseconds");
                }
            }
            if l.cpu_quota.is_some_and(|q| (1..1000).contains(&q)) {
                bail!("--cpu-quota must be at least 1000 microseconds");
            }
        }
        l.cpu_shares = self.cpu_shares;
        l.cpuset_cpus = self.cpuset_cpus.clone();
        l.cpuset_mems = self.cpuset_mems.clone();
        l.pids_limit = self.pids_limit;
        if let Some(w) = self.blkio_weight {
            if !(10..=1000).contains(&w) {
                bail!("--blkio-weight must be between 10 and 1000");
            }
            l.blkio_weight = Some(w);
        }
        for d in &self.device_read_bps {
            l.device_read_bps.push(DeviceRate::parse(d)?);
        }
        for d in &self.device_write_bps {
            l.device_write_bps.push(DeviceRate::parse(d)?);
        }
        Ok(l)
    }
}

/// A container as asked for: `run`/`create` flags (named after them), or the same as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ContainerOptions {
    /// Name, ID or ID prefix of a stored image.
    pub image: String,
    /// The command and its arguments, replacing the image's CMD.
    pub command: Vec<String>,
    pub name: Option<String>,
    /// `-e KEY=VALUE`, or `-e KEY` for the caller's value.
    pub env: Vec<String>,
    pub env_file: Vec<PathBuf>,
    pub workdir: Option<String>,
    /// `USER[:GROUP]`
    pub user: Option<String>,
    /// A program, a JSON array, or "" for none.
    pub entrypoint: Option<String>,
    pub hostname: Option<String>,
    pub domainname: Option<String>,
    /// `-v SRC:DST[:OPTS]`, `NAME:DST` or `DST`.
    pub volume: Vec<String>,
    /// `DST[:OPTS]`
    pub tmpfs: Vec<String>,
    pub read_only: bool,
    /// With `read_only`: tmpfs on /tmp, /var/tmp and /run (default true).
    pub read_only_tmpfs: bool,
    /// `--network`, repeated for several networks.
    pub network: Vec<String>,
    pub network_alias: Vec<String>,
    pub ip: Option<String>,
    pub mac_address: Option<String>,
    /// `-p [IP:][HOSTPORT:]CPORT[/PROTO]`
    pub publish: Vec<String>,
    /// `-P`
    pub publish_all: bool,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_option: Vec<String>,
    /// `NAME:IP`
    pub add_host: Vec<String>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub security_opt: Vec<String>,
    pub privileged: bool,
    pub interactive: bool,
    pub tty: bool,
    pub rm: bool,
    /// `overlay.mount_program=PATH`
    pub storage_opt: Vec<String>,
    pub resources: ResourceOptions,
    /// `NAME=SOFT[:HARD]`
    pub ulimit: Vec<String>,
    pub oom_score_adj: Option<i32>,
    /// `enabled` (the default) or `disabled`.
    pub cgroups: Option<String>,
    pub cgroup_parent: Option<String>,
    /// `KEY=VALUE`
    pub label: Vec<String>,
    pub log_driver: Option<String>,
    pub log_opt: Vec<String>,
    pub health_cmd: Option<String>,
    pub health_interval: Option<String>,
    pub health_retries: Option<u32>,
    pub health_timeout: Option<String>,
    pub health_start_period: Option<String>,
    pub no_healthcheck: bool,
    pub restart: Option<String>,
    /// `--pull`: always, missing (default), never, newer.
    pub pull: Option<String>,
    /// `--userns` mode.
    pub userns: Option<String>,
    /// `--cgroupns`: private or host (default: private on cgroup v2).
    pub cgroupns: Option<String>,
    /// `--sdnotify`: container (default), conmon, healthy, ignore.
    pub sdnotify: Option<String>,
}

impl Default for ContainerOptions {
    fn default() -> Self {
        ContainerOptions {
            image: String::new(),
            command: Vec::new(),
            name: None,
            env: Vec::new(),
            env_file: Vec::new(),
            workdir: None,
            user: None,
            entrypoint: None,
            hostname: None,
            domainname: None,
            volume: Vec::new(),
            tmpfs: Vec::new(),
            read_only: false,
            read_only_tmpfs: true,
            network: Vec::new(),
            network_alias: Vec::new(),
            ip: None,
            mac_address: None,
            publish: Vec::new(),
            publish_all: false,
            dns: Vec::new(),
            dns_search: Vec::new(),
            dns_option: Vec::new(),
            add_host: Vec::new(),
            cap_add: Vec::new(),
            cap_drop: Vec::new(),
            security_opt: Vec::new(),
            privileged: false,
            interactive: false,
            tty: false,
            rm: false,
            storage_opt: Vec::new(),
            resources: ResourceOptions::default(),
            ulimit: Vec::new(),
            oom_score_adj: None,
            cgroups: None,
            cgroup_parent: None,
            label: Vec::new(),
            log_driver: None,
            log_opt: Vec::new(),
            health_cmd: None,
            health_interval: None,
            health_retries: None,
            health_timeout: None,
            health_start_period: None,
            no_healthcheck: false,
            restart: None,
            pull: None,
            userns: None,
            cgroupns: None,
            sdnotify: None,
        }
    }
}

/// The healthcheck flags, validated; merged with the image's healthcheck by the engine.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HealthConfig {
    /// `--no-healthcheck` or `--health-cmd none`: no healthcheck, not even the image's.
    pub disabled: bool,
    /// `--health-cmd` as a test (`CMD-SHELL cmd`); None keeps the image's.
    pub test: Option<Vec<String>>,
    pub interval: Option<GoDuration>,
    pub timeout: Option<GoDuration>,
    pub start_period: Option<GoDuration>,
    pub retries: Option<u32>,
}

/// A container as validated: what the engine's `create`/`run` take.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerConfig {
    pub image: String,
    pub command: Vec<String>,
    /// None: the image's; Some (even empty): this one, and the image's CMD is dropped too.
    pub entrypoint: Option<Vec<String>>,
    /// A valid container name (unused is checked by the engine); None: a random one.
    pub name: Option<String>,
    /// `KEY=VALUE`, or `KEY` for the caller's value.
    pub env: Vec<String>,
    pub env_files: Vec<PathBuf>,
    /// An absolute path.
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub hostname: Option<String>,
    pub domainname: Option<String>,
    /// `-v` and `--tmpfs` as given (the engine resolves their sources).
    pub volumes: Vec<String>,
    pub tmpfs: Vec<String>,
    pub read_only: bool,
    pub read_only_tmpfs: bool,
    pub network: NetworkConfig,
    pub security: SecurityConfig,
    pub tty: bool,
    pub interactive: bool,
    /// `--rm`
    pub remove: bool,
    pub mount_program: Option<PathBuf>,
    pub limits: Limits,
    pub ulimits: Vec<Rlimit>,
    pub oom_score_adj: Option<i32>,
    /// `--cgroups disabled`
    pub no_cgroup: bool,
    /// `--cgroups split`: the container goes into a sub-cgroup of the caller's own (a
    /// delegated systemd service), the caller into another one beside it.
    pub split_cgroup: bool,
    pub cgroupns: CgroupnsMode,
    pub sdnotify: SdNotifyMode,
    /// The options this was validated from (kept in the record for `generate systemd`).
    pub options: Option<ContainerOptions>,
    pub cgroup_parent: Option<String>,
    /// `--label`s (the engine puts them over the image's).
    pub labels: BTreeMap<String, String>,
    pub log: LogConfig,
    pub health: HealthConfig,
    pub restart: RestartPolicy,
    pub pull: PullPolicy,
    pub userns: UsernsMode,
}

/// podman's container names: `[a-zA-Z0-9][a-zA-Z0-9_.-]*`.
pub fn valid_container_name(n: &str) -> bool {
    n.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
        && n.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b))
}

fn duration(flag: &str, v: Option<String>) -> Result<Option<GoDuration>> {
    v.map(|s| {
        GoDuration::parse(&s)
            .filter(|d| d.nanos() >= 0)
            .ok_or_else(|| anyhow!("invalid {flag} {s:?}: want a duration like 30s"))
    })
    .transpose()
}

impl ContainerOptions {
    /// The one validation step: every value into the model's types, podman's error texts.
    pub fn validate(self) -> Result<ContainerConfig> {
        let options = Some(self.clone());
        let o = self;
        if let Some(n) = &o.name {
            if !valid_container_name(n) {
                bail!(
                    "container name {n:?} is invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"
                );
            }
        }
        if let Some(w) = &o.workdir {
            if !w.starts_with('/') {
                bail!("invalid working directory {w:?}: must be an absolute path");
            }
        }
        let entrypoint = match o.entrypoint {
            Some(e) if e.trim_start().starts_with('[') => Some(
                serde_json::from_str::<Vec<String>>(&e)
                    .context("--entrypoint is not a valid JSON array")?,
            ),
            Some(e) if e.is_empty() => Some(Vec::new()),
            Some(e) => Some(vec![e]),
            None => None,
        };
        let mut mount_program = None;
        for s in &o.storage_opt {
            match s.split_once('=') {
                Some(("overlay.mount_program", p)) | Some(("mount_program", p)) => {
                    mount_program = Some(PathBuf::from(p))
                }
                _ => bail!("unsupported --storage-opt {s:?}"),
            }
        }
        let (mode, default_mac) =
            NetworkMode::from_flags(&o.network, o.ip, o.mac_address, o.network_alias)?;
        let mut ports = Vec::new();
        for p in &o.publish {
            ports.extend(PortMapping::parse(p)?);
        }
        let mut dns = Vec::new();
        for s in &o.dns {
            dns.push(s.parse().map_err(|_| anyhow!("{s} is not an ip address"))?);
        }
        let network = NetworkConfig {
            mode,
            default_mac,
            ports,
            publish_all: o.publish_all,
            dns,
            dns_search: o.dns_search,
            dns_options: o.dns_option,
            add_hosts: o
                .add_host
                .iter()
                .map(|h| h.parse())
                .collect::<Result<_>>()?,
        };
        let security = SecurityConfig::parse(o.privileged, o.cap_add, o.cap_drop, &o.security_opt)?;
        let log = LogConfig::parse(o.log_driver.as_deref(), &o.log_opt)?;
        let restart: RestartPolicy = o.restart.as_deref().unwrap_or("").parse()?;
        if o.rm && restart != RestartPolicy::No {
            bail!("the --rm option conflicts with --restart, when the restartPolicy is not \"\" and \"no\"");
        }
        let limits = o.resources.validate()?;
        let ulimits = o
            .ulimit
            .iter()
            .map(|u| u.parse())
            .collect::<Result<Vec<Rlimit>>>()?;
        let (no_cgroup, split_cgroup) = match o.cgroups.as_deref().unwrap_or("") {
            "" | "enabled" => (false, false),
            "disabled" => (true, false),
            "split" => (false, true),
            other => bail!("invalid --cgroups {other:?}: use enabled, disabled or split"),
        };
        let cgroupns: CgroupnsMode = o.cgroupns.as_deref().unwrap_or("").parse()?;
        let sdnotify: SdNotifyMode = o.sdnotify.as_deref().unwrap_or("").parse()?;
        if let Some(adj) = o.oom_score_adj {
            if !(-1000..=1000).contains(&adj) {
                bail!("invalid --oom-score-adj {adj}: must be between -1000 and 1000");
            }
        }
        let mut labels = BTreeMap::new();
        for l in &o.label {
            let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
            if k.is_empty() {
                bail!("invalid label {l:?}: the key is empty");
            }
            labels.insert(k.to_string(), v.to_string());
        }
        let health = if o.no_healthcheck || matches!(o.health_cmd.as_deref(), Some("" | "none")) {
            HealthConfig {
                disabled: true,
                ..HealthConfig::default()
            }
        } else {
            let interval = duration("--health-interval", o.health_interval)?;
            if interval.is_some_and(|i| i.nanos() > 0 && i.nanos() < SECOND) {
                bail!("invalid --health-interval: it must be at least 1 second");
            }
            HealthConfig {
                disabled: false,
                test: o.health_cmd.map(|c| vec!["CMD-SHELL".to_string(), c]),
                interval,
                timeout: duration("--health-timeout", o.health_timeout)?,
                start_period: duration("--health-start-period", o.health_start_period)?,
                retries: o.health_retries,
            }
        };
        let pull = match o.pull.as_deref() {
            None | Some("") => PullPolicy::default(),
            Some(p) => p.parse()?,
        };
        let userns: UsernsMode = o.userns.as_deref().unwrap_or("").parse()?;
        Ok(ContainerConfig {
            image: o.image,
            command: o.command,
            entrypoint,
            name: o.name,
            env: o.env,
            env_files: o.env_file,
            workdir: o.workdir,
            user: o.user,
            hostname: o.hostname,
            domainname: o.domainname,
            volumes: o.volume,
            tmpfs: o.tmpfs,
            read_only: o.read_only,
            read_only_tmpfs: o.read_only_tmpfs,
            network,
            security,
            tty: o.tty,
            interactive: o.interactive,
            remove: o.rm,
            mount_program,
            limits,
            ulimits,
            oom_score_adj: o.oom_score_adj,
            no_cgroup,
            split_cgroup,
            cgroupns,
            sdnotify,
            options,
            cgroup_parent: o.cgroup_parent,
            labels,
            log,
            health,
            restart,
            pull,
            userns,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::network::{HostAddress, NetworkRequest};
    use crate::model::policy::LogDriver;
    use crate::model::security::Seccomp;

    fn opts() -> ContainerOptions {
        ContainerOptions {
            image: "busybox".into(),
            ..ContainerOptions::default()
        }
    }

    /// The error text of validating `o`.
    fn err(o: ContainerOptions) -> String {
        format!("{:#}", o.validate().unwrap_err())
    }

    fn res(r: ResourceOptions) -> ContainerOptions {
        ContainerOptions {
            resources: r,
            ..opts()
        }
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults() {
        let c = opts().validate().unwrap();
        assert_eq!(c.image, "busybox");
        assert_eq!(c.network.mode, NetworkMode::Default);
        assert_eq!(c.security.seccomp, Seccomp::Default);
        assert!(c.security.no_new_privileges);
        assert!(c.read_only_tmpfs && !c.no_cgroup);
        assert_eq!(c.restart, RestartPolicy::No);
        assert_eq!(c.log, LogConfig::default());
        assert!(c.limits.is_empty() && c.ulimits.is_empty());
        assert_eq!(c.health, HealthConfig::default());
        assert_eq!(c.entrypoint, None);
    }

    #[test]
    fn good_values_become_types() {
        let c = ContainerOptions {
            name: Some("web-1.a_b".into()),
            workdir: Some("/srv".into()),
            entrypoint: Some(r#"["sh","-c"]"#.into()),
            network: strings(&["appnet:alias=db", "other"]),
            ip: Some("10.89.0.5".into()),
            publish: strings(&["8080:80", "53/udp"]),
            dns: strings(&["9.9.9.9"]),
            add_host: strings(&["gw:host-gateway"]),
            security_opt: strings(&["seccomp=unconfined", "no-new-privileges=false"]),
            storage_opt: strings(&["overlay.mount_program=/usr/bin/fuse-overlayfs"]),
            resources: ResourceOptions {
                memory: Some("256m".into()),
                memory_swap: Some("512m".into()),
                cpus: Some("1.5".into()),
                device_read_bps: strings(&["/dev/sda:1mb"]),
                ..ResourceOptions::default()
            },
            ulimit: strings(&["nofile=1024:2048"]),
            oom_score_adj: Some(-500),
            cgroups: Some("disabled".into()),
            label: strings(&["a=1", "b"]),
            log_driver: Some("json-file".into()),
            log_opt: strings(&["max-size=10k"]),
            health_cmd: Some("true".into()),
            health_interval: Some("1m30s".into()),
            health_retries: Some(5),
            restart: Some("on-failure:3".into()),
            ..opts()
        }
        .validate()
        .unwrap();
        assert_eq!(c.entrypoint, Some(strings(&["sh", "-c"])));
        assert_eq!(
            c.network.mode,
            NetworkMode::Bridge(vec![
                NetworkRequest {
                    name: "appnet".into(),
                    aliases: strings(&["db"]),
                    ip: Some("10.89.0.5".into()),
                    mac: None,
                },
                NetworkRequest {
                    name: "other".into(),
                    ..NetworkRequest::default()
                },
            ])
        );
        assert_eq!(c.network.ports.len(), 2);
        assert_eq!(
            (
                c.network.ports[1].host_port,
                c.network.ports[1].protocol.as_str()
            ),
            (0, "udp")
        );
        assert_eq!(
            c.network.dns,
            vec!["9.9.9.9".parse::<std::net::IpAddr>().unwrap()]
        );
        assert_eq!(c.network.add_hosts[0].address, HostAddress::HostGateway);
        assert_eq!(c.security.seccomp, Seccomp::Unconfined);
        assert!(!c.security.no_new_privileges);
        assert_eq!(
            c.mount_program.as_deref(),
            Some(std::path::Path::new("/usr/bin/fuse-overlayfs"))
        );
        assert_eq!(c.limits.memory, Some(256 << 20));
        assert_eq!(c.limits.memory_swap, Some(512 << 20));
        assert_eq!(
            (c.limits.cpu_quota, c.limits.cpu_period),
            (Some(150_000), Some(100_000))
        );
        assert_eq!(c.limits.device_read_bps[0].rate, 1 << 20);
        assert_eq!(c.ulimits[0].name, "RLIMIT_NOFILE");
        assert!(c.no_cgroup);
        assert_eq!(c.labels.get("b").map(String::as_str), Some(""));
        assert_eq!(c.log.driver, LogDriver::JsonFile);
        assert_eq!(c.log.max_size, Some(10_000));
        assert_eq!(c.health.test, Some(strings(&["CMD-SHELL", "true"])));
        assert_eq!(c.health.interval, Some(GoDuration(90 * SECOND)));
        assert_eq!(c.health.retries, Some(5));
        assert_eq!(c.restart, RestartPolicy::OnFailure { max_retries: 3 });
    }

    #[test]
    fn entrypoint_forms() {
        let ep = |e: &str| {
            ContainerOptions {
                entrypoint: Some(e.into()),
                ..opts()
            }
            .validate()
            .unwrap()
            .entrypoint
        };
        assert_eq!(ep(""), Some(Vec::new()));
        assert_eq!(ep("sh"), Some(strings(&["sh"])));
        assert!(err(ContainerOptions {
            entrypoint: Some("[nope".into()),
            ..opts()
        })
        .starts_with("--entrypoint is not a valid JSON array"));
    }

    #[test]
    fn bad_names_workdirs_and_storage_opts() {
        for n in ["", "-x", "a/b", "a b"] {
            assert_eq!(
                err(ContainerOptions {
                    name: Some(n.into()),
                    ..opts()
                }),
                format!(
                    "container name {n:?} is invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"
                )
            );
        }
        assert_eq!(
            err(ContainerOptions {
                workdir: Some("srv".into()),
                ..opts()
            }),
            "invalid working directory \"srv\": must be an absolute path"
        );
        assert_eq!(
            err(ContainerOptions {
                storage_opt: strings(&["size=10G"]),
                ..opts()
            }),
            "unsupported --storage-opt \"size=10G\""
        );
    }

    #[test]
    fn bad_limits() {
        for (r, want) in [
            (
                ResourceOptions {
                    memory: Some("1m".into()),
                    ..Default::default()
                },
                "minimum memory limit allowed is 6MB",
            ),
            (
                ResourceOptions {
                    memory: Some("lots".into()),
                    ..Default::default()
                },
                "invalid size \"lots\": expected a number with an optional unit (b, k, m, g)",
            ),
            (
                ResourceOptions {
                    memory: Some("64m".into()),
                    memory_swap: Some("32m".into()),
                    ..Default::default()
                },
                "the memory swap limit must be greater than or equal to the memory limit",
            ),
            (
                ResourceOptions {
                    memory_swap: Some("64m".into()),
                    ..Default::default()
                },
                "you must provide a memory limit when specifying a memory swap limit",
            ),
            (
                ResourceOptions {
                    memory: Some("64m".into()),
                    memory_reservation: Some("128m".into()),
                    ..Default::default()
                },
                "the memory reservation must be less than or equal to the memory limit",
            ),
            (
                ResourceOptions {
                    cpus: Some("1".into()),
                    cpu_quota: Some(50_000),
                    ..Default::default()
                },
                "--cpus conflicts with --cpu-quota and --cpu-period: use one or the other",
            ),
            (
                ResourceOptions {
                    cpus: Some("0".into()),
                    ..Default::default()
                },
                "invalid --cpus \"0\": must be more than 0",
            ),
            (
                ResourceOptions {
                    cpus: Some("x".into()),
                    ..Default::default()
                },
                "invalid --cpus \"x\": expected a number such as 1.5",
            ),
            (
                ResourceOptions {
                    cpu_period: Some(10),
                    ..Default::default()
                },
                "--cpu-period must be between 1000 and 1000000 microseconds",
            ),
            (
                ResourceOptions {
                    cpu_quota: Some(10),
                    ..Default::default()
                },
                "--cpu-quota must be at least 1000 microseconds",
            ),
            (
                ResourceOptions {
                    blkio_weight: Some(5),
                    ..Default::default()
                },
                "--blkio-weight must be between 10 and 1000",
            ),
            (
                ResourceOptions {
                    device_write_bps: strings(&["/dev/sda"]),
                    ..Default::default()
                },
                "invalid device rate \"/dev/sda\": expected /dev/DEVICE:RATE",
            ),
        ] {
            assert_eq!(err(res(r)), want);
        }
        let swap = ResourceOptions {
            memory: Some("64m".into()),
            memory_swap: Some("-1".into()),
            ..Default::default()
        };
        assert_eq!(swap.validate().unwrap().memory_swap, Some(-1));
    }

    #[test]
    fn bad_process_values() {
        for (o, want) in [
            (
                ContainerOptions {
                    ulimit: strings(&["nofile=10:5"]),
                    ..opts()
                },
                "invalid --ulimit \"nofile=10:5\": the soft limit is above the hard limit",
            ),
            (
                ContainerOptions {
                    oom_score_adj: Some(5000),
                    ..opts()
                },
                "invalid --oom-score-adj 5000: must be between -1000 and 1000",
            ),
            (
                ContainerOptions {
                    cgroups: Some("maybe".into()),
                    ..opts()
                },
                "invalid --cgroups \"maybe\": use enabled, disabled or split",
            ),
            (
                ContainerOptions {
                    label: strings(&["=v"]),
                    ..opts()
                },
                "invalid label \"=v\": the key is empty",
            ),
            (
                ContainerOptions {
                    security_opt: strings(&["no-new-privileges:true"]),
                    ..opts()
                },
                "invalid --security-opt \"no-new-privileges:true\"",
            ),
        ] {
            assert_eq!(err(o), want);
        }
    }

    #[test]
    fn bad_network_values() {
        for (o, want) in [
            (
                ContainerOptions {
                    dns: strings(&["8.8.8"]),
                    ..opts()
                },
                "8.8.8 is not an ip address",
            ),
            (
                ContainerOptions {
                    add_host: strings(&["name"]),
                    ..opts()
                },
                "invalid --add-host \"name\": use NAME:IP",
            ),
            (
                ContainerOptions {
                    publish: strings(&["80/sctp"]),
                    ..opts()
                },
                "invalid port protocol \"sctp\" in \"80/sctp\": use tcp or udp",
            ),
            (
                ContainerOptions {
                    network: strings(&["host:x"]),
                    ..opts()
                },
                "network mode host takes no options",
            ),
            (
                ContainerOptions {
                    network: strings(&["none"]),
                    mac_address: Some("92:d0:c6:0a:29:33".into()),
                    ..opts()
                },
                "--mac-address needs --network pasta or a network, not none",
            ),
            (
                ContainerOptions {
                    network_alias: strings(&["db"]),
                    ..opts()
                },
                "--ip, --mac-address and --network-alias need --network NET",
            ),
        ] {
            assert_eq!(err(o), want);
        }
    }

    #[test]
    fn policies() {
        assert_eq!(
            err(ContainerOptions {
                restart: Some("always".into()),
                rm: true,
                ..opts()
            }),
            "the --rm option conflicts with --restart, when the restartPolicy is not \"\" and \"no\""
        );
        let c = ContainerOptions {
            restart: Some("no".into()),
            rm: true,
            ..opts()
        };
        assert_eq!(c.validate().unwrap().restart, RestartPolicy::No);
        assert_eq!(
            err(ContainerOptions {
                restart: Some("always:2".into()),
                ..opts()
            }),
            "invalid restart policy \"always:2\": only on-failure takes a count"
        );
        assert_eq!(
            err(ContainerOptions {
                log_driver: Some("journald".into()),
                ..opts()
            }),
            "the journald log driver is not supported: use k8s-file"
        );
        assert_eq!(
            err(ContainerOptions {
                log_opt: strings(&["tag=x"]),
                ..opts()
            }),
            "--log-opt tag is not supported"
        );
    }

    #[test]
    fn healthchecks() {
        let h = |o: ContainerOptions| o.validate().unwrap().health;
        let off = h(ContainerOptions {
            health_cmd: Some("none".into()),
            health_interval: Some("bogus".into()),
            ..opts()
        });
        assert!(off.disabled && off.test.is_none());
        assert!(
            h(ContainerOptions {
                no_healthcheck: true,
                ..opts()
            })
            .disabled
        );
        let only_interval = h(ContainerOptions {
            health_interval: Some("10s".into()),
            ..opts()
        });
        assert_eq!(
            (only_interval.test, only_interval.interval),
            (None, Some(GoDuration(10 * SECOND)))
        );
        assert_eq!(
            err(ContainerOptions {
                health_cmd: Some("true".into()),
                health_timeout: Some("soon".into()),
                ..opts()
            }),
            "invalid --health-timeout \"soon\": want a duration like 30s"
        );
        assert_eq!(
            err(ContainerOptions {
                health_cmd: Some("true".into()),
                health_interval: Some("500ms".into()),
                ..opts()
            }),
            "invalid --health-interval: it must be at least 1 second"
        );
    }

    #[test]
    fn options_come_as_json_too() {
        let o: ContainerOptions = serde_json::from_str(
            r#"{"image": "busybox", "command": ["echo", "hi"], "rm": true,
                "resources": {"memory": "64m"}, "network": ["none"]}"#,
        )
        .unwrap();
        assert!(o.read_only_tmpfs, "defaults fill what is not given");
        let c = o.validate().unwrap();
        assert_eq!(c.command, strings(&["echo", "hi"]));
        assert_eq!(c.limits.memory, Some(64 << 20));
        assert_eq!(c.network.mode, NetworkMode::None);
        assert!(serde_json::from_str::<ContainerOptions>(r#"{"imag": "x"}"#).is_err());
    }
}

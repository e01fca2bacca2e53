//! A container as asked for and as validated.
//!
//! `ContainerOptions` holds what a user wrote, in the spellings of `run`/`create` (one field
//! per flag, named after it): any adapter fills it — the CLI from its flags, the API seam
//! from JSON. `ContainerOptions::validate` is the one validation step: pure (no host, no
//! store), it turns every value into the model's types with podman's error texts, giving the
//! `ContainerConfig` the engine takes. What depends on the host or the store (the default
//! network helper, whether a name is a network, devices, env and seccomp files, the image)
//! is resolved by the engine.

use super::mount::{self, MountRequest, VolumesFrom};
use super::network::{NetworkConfig, NetworkMode, PortMapping};
use super::policy::{IdMapEntry, LogConfig, PullPolicy, RestartPolicy, UsernsMode};
use super::resources::{DeviceRate, Limits, Rlimit};
use super::security::SecurityConfig;
use super::signal::Signal;
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
            // 0: no limit, as podman.
            let v = m.parse::<ByteSize>()?.bytes();
            if v != 0 && v < 6 << 20 {
                bail!("minimum memory limit allowed is 6MB");
            }
            l.memory = (v != 0).then_some(v);
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
    /// `--mount type=bind|volume|tmpfs|image|devpts,src=..,dst=..,OPTS`
    pub mount: Vec<String>,
    /// `--volumes-from CTR[:ro|rw]`
    pub volumes_from: Vec<String>,
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
    /// `enabled` (the default), `disabled` or `split`.
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
    /// `--platform OS/ARCH[/VARIANT]` of the image to pull.
    pub platform: Option<String>,
    /// `--tls-verify` when pulling.
    pub tls_verify: Option<bool>,
    /// `--authfile` when pulling.
    pub authfile: Option<PathBuf>,
    /// `--userns` mode.
    pub userns: Option<String>,
    /// `--uidmap CONTAINER:HOST:COUNT` (HOST in the user's namespace: 0 is the user)
    pub uidmap: Vec<String>,
    /// `--gidmap CONTAINER:HOST:COUNT`
    pub gidmap: Vec<String>,
    /// `--stop-signal`: a name or number.
    pub stop_signal: Option<String>,
    /// `--stop-timeout` in seconds.
    pub stop_timeout: Option<u64>,
    /// `--group-add`
    pub group_add: Vec<String>,
    /// `--tz`
    pub tz: Option<String>,
    /// `--expose PORT[-END][/PROTO]`
    pub expose: Vec<String>,
    pub init: bool,
    pub init_path: Option<PathBuf>,
    pub env_host: bool,
    /// `--hostuser`
    pub hostuser: Vec<String>,
    /// `--timeout` in seconds.
    pub timeout: Option<u64>,
    pub preserve_fds: Option<u32>,
    pub memory_swappiness: Option<i64>,
    /// containers.conf's `env`: under the image's environment (and `-e`).
    pub base_env: Vec<String>,
    /// `--cgroupns`: private or host (default: private on cgroup v2).
    pub cgroupns: Option<String>,
    /// `--sdnotify`: container (default), conmon, healthy, ignore.
    pub sdnotify: Option<String>,
    /// `--pod`: a pod's name or ID, or `new:NAME`.
    pub pod: Option<String>,
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
            mount: Vec::new(),
            volumes_from: Vec::new(),
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
            platform: None,
            tls_verify: None,
            authfile: None,
            userns: None,
            uidmap: Vec::new(),
            gidmap: Vec::new(),
            stop_signal: None,
            stop_timeout: None,
            group_add: Vec::new(),
            tz: None,
            expose: Vec::new(),
            init: false,
            init_path: None,
            env_host: false,
            hostuser: Vec::new(),
            timeout: None,
            preserve_fds: None,
            memory_swappiness: None,
            base_env: Vec::new(),
            cgroupns: None,
            sdnotify: None,
            pod: None,
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
    /// `-v` and `--tmpfs` as given (kept in the record, podman's `Binds` and `Tmpfs`).
    pub volumes: Vec<String>,
    pub tmpfs: Vec<String>,
    /// `-v`, `--mount` and `--tmpfs` parsed, in that order (the engine resolves sources).
    pub mounts: Vec<MountRequest>,
    pub volumes_from: Vec<VolumesFrom>,
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
    /// `os/arch[/variant]`: the platform to pull (and the local image must be).
    pub platform: Option<String>,
    pub tls_verify: Option<bool>,
    pub authfile: Option<PathBuf>,
    pub userns: UsernsMode,
    /// `--uidmap`/`--gidmap` (each defaults to the other); empty: the mode's maps.
    pub uidmap: Vec<IdMapEntry>,
    pub gidmap: Vec<IdMapEntry>,
    /// None: the image's StopSignal, else SIGTERM.
    pub stop_signal: Option<Signal>,
    pub stop_timeout: Option<u64>,
    pub extras: RunExtras,
    /// containers.conf's `env`, under the image's.
    pub base_env: Vec<String>,
    /// `--pod`
    pub pod: Option<super::pod::PodRef>,
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
        let mut o = self;
        o.check_name_and_workdir()?;
        let entrypoint = entrypoint(o.entrypoint.take())?;
        let mount_program = mount_program(&o.storage_opt)?;
        let network = o.network_config()?;
        let security = SecurityConfig::parse(
            o.privileged,
            std::mem::take(&mut o.cap_add),
            std::mem::take(&mut o.cap_drop),
            &o.security_opt,
        )?;
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
        let (no_cgroup, split_cgroup) = cgroups_mode(o.cgroups.as_deref())?;
        let cgroupns: CgroupnsMode = o.cgroupns.as_deref().unwrap_or("").parse()?;
        let sdnotify: SdNotifyMode = o.sdnotify.as_deref().unwrap_or("").parse()?;
        if let Some(adj) = o.oom_score_adj {
            if !(-1000..=1000).contains(&adj) {
                bail!("invalid --oom-score-adj {adj}: must be between -1000 and 1000");
            }
        }
        let labels = labels(&o.label)?;
        let health = o.health_config()?;
        let pull = match o.pull.as_deref() {
            None | Some("") => PullPolicy::default(),
            Some(p) => p.parse()?,
        };
        let userns: UsernsMode = o.userns.as_deref().unwrap_or("").parse()?;
        let mut uidmap = IdMapEntry::parse_all("--uidmap", &o.uidmap)?;
        let mut gidmap = IdMapEntry::parse_all("--gidmap", &o.gidmap)?;
        if !uidmap.is_empty() || !gidmap.is_empty() {
            if userns != UsernsMode::Default {
                bail!("--userns and --uidmap/--gidmap are mutually exclusive");
            }
            // One given alone serves for both, as podman.
            if uidmap.is_empty() {
                uidmap = gidmap.clone();
            } else if gidmap.is_empty() {
                gidmap = uidmap.clone();
            }
        }
        let mounts = mount::parse_all(&o.volume, &o.mount, &o.tmpfs)?;
        let volumes_from = o
            .volumes_from
            .iter()
            .map(|v| v.parse())
            .collect::<Result<Vec<VolumesFrom>>>()?;
        let extras = RunExtras::parse(ExtraFlags {
            group_add: &o.group_add,
            tz: o.tz.as_deref(),
            expose: &o.expose,
            init: o.init,
            init_path: o.init_path.as_ref(),
            env_host: o.env_host,
            hostuser: &o.hostuser,
            timeout: o.timeout,
            preserve_fds: o.preserve_fds,
            memory_swappiness: o.memory_swappiness,
        })?;
        if let Some(p) = &o.platform {
            let parts: Vec<&str> = p.split('/').collect();
            if !(2..=3).contains(&parts.len()) || parts.iter().any(|s| s.is_empty()) {
                bail!("invalid platform {p:?}: expected os/arch[/variant]");
            }
        }
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
            mounts,
            volumes_from,
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
            platform: o.platform,
            tls_verify: o.tls_verify,
            authfile: o.authfile,
            userns,
            uidmap,
            gidmap,
            stop_signal: o.stop_signal.as_deref().map(str::parse).transpose()?,
            stop_timeout: o.stop_timeout,
            extras,
            base_env: o.base_env,
            pod: o
                .pod
                .as_deref()
                .map(super::pod::PodRef::parse)
                .transpose()?,
        })
    }

    fn check_name_and_workdir(&self) -> Result<()> {
        if let Some(n) = &self.name {
            if !valid_container_name(n) {
                bail!(
                    "container name {n:?} is invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"
                );
            }
        }
        if let Some(w) = &self.workdir {
            if !w.starts_with('/') {
                bail!("invalid working directory {w:?}: must be an absolute path");
            }
        }
        Ok(())
    }

    /// The network flags (taken out of the options): mode, ports, DNS, extra hosts.
    pub fn network_config(&mut self) -> Result<NetworkConfig> {
        let (mode, default_mac) = NetworkMode::from_flags(
            &self.network,
            self.ip.take(),
            self.mac_address.take(),
            std::mem::take(&mut self.network_alias),
        )?;
        let mut ports = Vec::new();
        for p in &self.publish {
            ports.extend(PortMapping::parse(p)?);
        }
        let mut dns = Vec::new();
        for s in &self.dns {
            dns.push(s.parse().map_err(|_| anyhow!("{s} is not an ip address"))?);
        }
        Ok(NetworkConfig {
            mode,
            default_mac,
            ports,
            publish_all: self.publish_all,
            dns,
            dns_search: std::mem::take(&mut self.dns_search),
            dns_options: std::mem::take(&mut self.dns_option),
            add_hosts: self
                .add_host
                .iter()
                .map(|h| h.parse())
                .collect::<Result<_>>()?,
        })
    }

    /// The `--health-*` flags (taken out of the options).
    fn health_config(&mut self) -> Result<HealthConfig> {
        if self.no_healthcheck || matches!(self.health_cmd.as_deref(), Some("" | "none")) {
            return Ok(HealthConfig {
                disabled: true,
                ..HealthConfig::default()
            });
        }
        let interval = duration("--health-interval", self.health_interval.take())?;
        if interval.is_some_and(|i| i.nanos() > 0 && i.nanos() < SECOND) {
            bail!("invalid --health-interval: it must be at least 1 second");
        }
        Ok(HealthConfig {
            disabled: false,
            test: self
                .health_cmd
                .take()
                .map(|c| vec!["CMD-SHELL".to_string(), c]),
            interval,
            timeout: duration("--health-timeout", self.health_timeout.take())?,
            start_period: duration("--health-start-period", self.health_start_period.take())?,
            retries: self.health_retries,
        })
    }
}

/// `--entrypoint`: a JSON array, "" (none), or one word.
fn entrypoint(given: Option<String>) -> Result<Option<Vec<String>>> {
    Ok(match given {
        Some(e) if e.trim_start().starts_with('[') => Some(
            serde_json::from_str::<Vec<String>>(&e)
                .context("--entrypoint is not a valid JSON array")?,
        ),
        Some(e) if e.is_empty() => Some(Vec::new()),
        Some(e) => Some(vec![e]),
        None => None,
    })
}

/// `--storage-opt overlay.mount_program=PATH`, the only storage option.
fn mount_program(storage_opt: &[String]) -> Result<Option<PathBuf>> {
    let mut mount_program = None;
    for s in storage_opt {
        match s.split_once('=') {
            Some(("overlay.mount_program", p)) | Some(("mount_program", p)) => {
                mount_program = Some(PathBuf::from(p))
            }
            _ => bail!("unsupported --storage-opt {s:?}"),
        }
    }
    Ok(mount_program)
}

/// `--cgroups`: whether the container has no cgroup (`disabled`), and whether it gets a
/// sub-cgroup of the caller's own (`split`).
fn cgroups_mode(given: Option<&str>) -> Result<(bool, bool)> {
    Ok(match given.unwrap_or("") {
        "" | "enabled" => (false, false),
        "disabled" => (true, false),
        "split" => (false, true),
        other => bail!("invalid --cgroups {other:?}: use enabled, disabled or split"),
    })
}

/// `--label K=V` (or `K` for an empty value).
fn labels(given: &[String]) -> Result<BTreeMap<String, String>> {
    let mut labels = BTreeMap::new();
    for l in given {
        let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
        if k.is_empty() {
            bail!("invalid label {l:?}: the key is empty");
        }
        labels.insert(k.to_string(), v.to_string());
    }
    Ok(labels)
}

mod extras;
use extras::ExtraFlags;
pub use extras::RunExtras;

#[cfg(test)]
mod tests;

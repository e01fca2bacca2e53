//! Container records: `containers/<id>/container.json` (identity, settings and state) and
//! `containers/<id>/config.json` (the OCI runtime spec).

use super::{mkdir_p, write_file, Store};
use crate::model::{
    Attachment, ContainerStatus, Limits, LogConfig, LogDriver, NetworkMode, NetworkRequest,
    PortMapping, ProcessId, RestartPolicy, Rlimit, Seccomp,
};
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::PathBuf;

/// A container's lifecycle state.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(from = "StateRecord", into = "StateRecord")]
pub struct State {
    pub status: ContainerStatus,
    /// The container's process while its status has one (see `is_running`).
    pub process: ProcessId,
    pub exit_code: i32,
    /// Unix nanoseconds; 0 when never.
    pub started_at: i64,
    pub finished_at: i64,
    pub error: String,
    /// The container's cgroup (relative to /sys/fs/cgroup) while it runs; empty without one.
    pub cgroup_path: String,
    pub oom_killed: bool,
    /// Restarts done by the monitor under the restart policy since the last user start.
    pub restart_count: u32,
    /// The network helper (pasta, slirp4netns) while the container runs.
    pub helper: ProcessId,
    /// The healthcheck's state, when the container has one.
    pub health: Option<Health>,
}

impl State {
    /// Its recorded process still runs (running, paused or stopping, and the very process).
    pub fn is_running(&self) -> bool {
        self.status.has_process() && self.process.is_alive()
    }

    /// The status, except that a recorded process which is gone makes it `Exited` (its
    /// monitor may not have recorded the exit yet, or died).
    pub fn live_status(&self) -> ContainerStatus {
        if self.status.has_process() && !self.process.is_alive() {
            ContainerStatus::Exited
        } else {
            self.status
        }
    }
}

/// `state` of container.json as the first versions wrote it and later ones still do: the
/// process ids flat (`pid`, `pid_start`, `helper_pid`, `helper_start`). Records from before
/// `paused` was a status say `"status": "running", "paused": true`; that reads as `paused`.
#[derive(Serialize, Deserialize)]
struct StateRecord {
    status: ContainerStatus,
    #[serde(default)]
    pid: i32,
    /// The process's start time (field 22 of /proc/PID/stat), against pid reuse.
    #[serde(default)]
    pid_start: u64,
    #[serde(default)]
    exit_code: i32,
    #[serde(default)]
    started_at: i64,
    #[serde(default)]
    finished_at: i64,
    #[serde(default)]
    error: String,
    #[serde(default)]
    cgroup_path: String,
    #[serde(default)]
    oom_killed: bool,
    #[serde(default, skip_serializing)]
    paused: bool,
    #[serde(default)]
    restart_count: u32,
    #[serde(default)]
    helper_pid: i32,
    #[serde(default)]
    helper_start: u64,
    #[serde(default)]
    health: Option<Health>,
}

impl From<StateRecord> for State {
    fn from(r: StateRecord) -> State {
        let status = match r.status {
            ContainerStatus::Running if r.paused => ContainerStatus::Paused,
            s => s,
        };
        State {
            status,
            process: ProcessId {
                pid: r.pid,
                start: r.pid_start,
            },
            exit_code: r.exit_code,
            started_at: r.started_at,
            finished_at: r.finished_at,
            error: r.error,
            cgroup_path: r.cgroup_path,
            oom_killed: r.oom_killed,
            restart_count: r.restart_count,
            helper: ProcessId {
                pid: r.helper_pid,
                start: r.helper_start,
            },
            health: r.health,
        }
    }
}

impl From<State> for StateRecord {
    fn from(s: State) -> StateRecord {
        StateRecord {
            status: s.status,
            pid: s.process.pid,
            pid_start: s.process.start,
            exit_code: s.exit_code,
            started_at: s.started_at,
            finished_at: s.finished_at,
            error: s.error,
            cgroup_path: s.cgroup_path,
            oom_killed: s.oom_killed,
            paused: false,
            restart_count: s.restart_count,
            helper_pid: s.helper.pid,
            helper_start: s.helper.start,
            health: s.health,
        }
    }
}

/// `--health-*`: the check (podman's Test: `CMD-SHELL cmd` or `CMD arg..`), durations in ns.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Healthcheck {
    pub test: Vec<String>,
    pub interval: i64,
    pub timeout: i64,
    pub start_period: i64,
    pub retries: u32,
}

/// `State.Health` of inspect.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Health {
    /// starting, healthy, unhealthy
    pub status: String,
    pub failing_streak: u32,
    /// The last 5 checks.
    pub log: Vec<HealthLog>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct HealthLog {
    /// Unix nanoseconds.
    pub start: i64,
    pub end: i64,
    pub exit_code: i32,
    pub output: String,
}

/// What `run`/`create` were asked for, beyond the OCI spec.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Settings {
    #[serde(default)]
    pub healthcheck: Option<Healthcheck>,
    /// `-u` as given.
    #[serde(default)]
    pub user: String,
    #[serde(default)]
    pub tty: bool,
    #[serde(default)]
    pub interactive: bool,
    #[serde(default)]
    pub remove: bool,
    #[serde(default)]
    pub seccomp: Seccomp,
    #[serde(default)]
    pub privileged: bool,
    /// The network mode, resolved at create time (never `Default`; `Container` holds the other
    /// container's ID; `Bridge` the networks as asked for, their addresses are in `networks`).
    #[serde(default)]
    pub network: NetworkMode,
    /// Published ports, host ports resolved.
    #[serde(default)]
    pub ports: Vec<PortMapping>,
    /// Mode `bridge`: the user-defined networks and the addresses on them.
    #[serde(default)]
    pub networks: Vec<Attachment>,
    #[serde(default)]
    pub create_workdir: bool,
    #[serde(default)]
    pub mount_program: Option<PathBuf>,
    /// `-v` and `--tmpfs` as given, for inspect's Mounts.
    #[serde(default)]
    pub volumes: Vec<String>,
    #[serde(default)]
    pub tmpfs: Vec<String>,
    /// The mounts resolved at create (`-v`, `--mount`, `--tmpfs`, `--volumes-from`, the
    /// image's VOLUMEs); empty in records older than typed mounts.
    #[serde(default)]
    pub mounts: Vec<crate::model::ContainerMount>,
    /// `--userns` as given (resolved maps in `uid_map`/`gid_map`).
    #[serde(default)]
    pub userns: crate::model::UsernsMode,
    /// The container's maps inside the user's namespace (0 the user, 1.. the subordinate
    /// range); empty: the default mapping.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uid_map: Vec<crate::model::policy::IdMapEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gid_map: Vec<crate::model::policy::IdMapEntry>,
    #[serde(default)]
    pub cap_add: Vec<String>,
    #[serde(default)]
    pub cap_drop: Vec<String>,
    #[serde(default)]
    pub read_only: bool,
    /// Capabilities the process gets, for inspect.
    #[serde(default)]
    pub effective_caps: Vec<String>,
    /// Anonymous volumes created for this container (removed by `rm -v`).
    #[serde(default)]
    pub anon_volumes: Vec<String>,
    #[serde(default)]
    pub hostname: String,
    /// Resource limits asked for (`-m`, `--cpus`, ...).
    #[serde(default)]
    pub resources: Limits,
    #[serde(default)]
    pub ulimits: Vec<Rlimit>,
    #[serde(default)]
    pub oom_score_adj: Option<i32>,
    /// `--cgroups disabled`.
    #[serde(default)]
    pub no_cgroup: bool,
    #[serde(default)]
    pub cgroup_parent: Option<String>,
    /// `--cgroup-manager` at create time, when given.
    #[serde(default)]
    pub cgroup_manager: Option<String>,
    /// Image labels plus `--label`, for `ps --filter label=`.
    #[serde(default)]
    pub labels: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    pub log: LogConfig,
    #[serde(default)]
    pub restart_policy: RestartPolicy,
    /// `--stop-signal` (else the image's StopSignal), as a number; None: SIGTERM.
    #[serde(default)]
    pub stop_signal: Option<i32>,
    /// `--stop-timeout` in seconds; None: 10.
    #[serde(default)]
    pub stop_timeout: Option<u64>,
    /// `--group-add`: names (of the container's /etc/group) or ids.
    #[serde(default)]
    pub group_add: Vec<String>,
    /// `--timeout`: seconds before the process is killed.
    #[serde(default)]
    pub timeout: Option<u64>,
    /// `--hostuser`: passwd lines added to the container's /etc/passwd at start.
    #[serde(default)]
    pub passwd_entries: Vec<String>,
    /// `--preserve-fds`: descriptors 3.. passed on (from a foreground start).
    #[serde(default)]
    pub preserve_fds: u32,
    /// `--sdnotify`.
    #[serde(default)]
    pub sdnotify: crate::model::SdNotifyMode,
    /// `--cgroups split`.
    #[serde(default)]
    pub split_cgroup: bool,
    /// The options the container was created from (for `generate systemd --new`).
    #[serde(default)]
    pub create_options: Option<crate::model::ContainerOptions>,
    /// The pod's ID, for a pod's member.
    #[serde(default)]
    pub pod: Option<String>,
}

impl Settings {
    /// The signal `stop` sends first.
    pub fn stop_signal(&self) -> crate::model::Signal {
        self.stop_signal
            .and_then(|n| nix::sys::signal::Signal::try_from(n).ok())
            .map(crate::model::Signal)
            .unwrap_or(crate::model::Signal::TERM)
    }

    /// Seconds `stop` waits before SIGKILL when not told.
    pub fn stop_timeout(&self) -> u64 {
        self.stop_timeout.unwrap_or(10)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ContainerRecord {
    pub id: String,
    pub name: String,
    pub image_id: String,
    pub image_name: String,
    /// Layer chain IDs, bottom first.
    pub layers: Vec<String>,
    /// Unix nanoseconds.
    pub created: i64,
    /// The full command (entrypoint + cmd).
    pub command: Vec<String>,
    pub settings: Settings,
    pub state: State,
}

impl Store {
    pub fn container_dir(&self, id: &str) -> PathBuf {
        self.root.join("containers").join(id)
    }

    fn record_path(&self, id: &str) -> PathBuf {
        self.container_dir(id).join("container.json")
    }

    /// Write the record: durably, except for a `--rm` container, whose record does not
    /// outlive the command that runs it.
    pub fn save_container(&self, c: &ContainerRecord) -> Result<()> {
        let b = serde_json::to_vec(c)?;
        write_file(&self.record_path(&c.id), &b, !c.settings.remove)
    }

    pub fn load_container(&self, id: &str) -> Result<ContainerRecord> {
        let b = std::fs::read(self.record_path(id))
            .with_context(|| format!("reading container {id}"))?;
        // Records in the current form parse directly; only a record of the previous version
        // (network, restart policy and log driver as strings) goes through `upgrade`.
        if let Ok(rec) = serde_json::from_slice::<ContainerRecord>(&b) {
            return Ok(rec);
        }
        let mut v: Value = serde_json::from_slice(&b)
            .with_context(|| format!("container {id} has a corrupt record"))?;
        upgrade(&mut v);
        serde_json::from_value(v).with_context(|| format!("container {id} has a corrupt record"))
    }

    /// All container records, oldest first.
    pub fn containers(&self) -> Result<Vec<ContainerRecord>> {
        let mut v = Vec::new();
        let dir = self.root.join("containers");
        let rd = match std::fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(v),
            Err(e) => return Err(e).context("listing containers"),
        };
        for e in rd.flatten() {
            let name = e.file_name();
            let Some(id) = name.to_str() else { continue };
            if id.len() != 64 {
                continue;
            }
            // A record can vanish under a concurrent `rm`.
            if let Ok(c) = self.load_container(id) {
                v.push(c);
            }
        }
        v.sort_by_key(|c| c.created);
        Ok(v)
    }

    /// Make the directory for a new container (callers hold the containers lock).
    pub fn create_container_dirs(&self, id: &str) -> Result<PathBuf> {
        let dir = self.container_dir(id);
        if dir.exists() {
            bail!("container {id} already exists");
        }
        for d in ["upper", "work", "merged", "userdata"] {
            mkdir_p(&dir.join(d))?;
        }
        // The overlay's root directory takes the upper directory's mode: make it a normal /.
        // The container dir itself must be traversable for container users other than root.
        use std::os::unix::fs::PermissionsExt;
        for d in [
            dir.clone(),
            dir.join("upper"),
            dir.join("merged"),
            dir.join("userdata"),
        ] {
            std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755))?;
        }
        Ok(dir)
    }
}

/// Records written before settings were typed hold the network mode (`network` +
/// `network_options`), the restart policy (`restart_policy` + `restart_retries`) and the log
/// driver (`log_driver` + `log_max_size`) as strings: turn them into the current form.
fn upgrade(rec: &mut Value) {
    let Some(s) = rec.get_mut("settings").and_then(Value::as_object_mut) else {
        return;
    };
    let Some(kind) = s.get("network").and_then(Value::as_str).map(String::from) else {
        return;
    };
    let mut take = |k: &str| s.remove(k).unwrap_or(Value::Null);
    let options: Vec<String> = serde_json::from_value(take("network_options")).unwrap_or_default();
    let first = options.first().cloned().unwrap_or_default();
    let retries = take("restart_retries").as_u64().unwrap_or(0);
    let restart = match take("restart_policy").as_str() {
        Some("always") => RestartPolicy::Always,
        Some("on-failure") => RestartPolicy::OnFailure {
            max_retries: u32::try_from(retries).unwrap_or(u32::MAX),
        },
        Some("unless-stopped") => RestartPolicy::UnlessStopped,
        _ => RestartPolicy::No,
    };
    let log = LogConfig {
        driver: take("log_driver")
            .as_str()
            .and_then(|d| d.parse::<LogDriver>().ok())
            .unwrap_or_default(),
        max_size: take("log_max_size").as_u64(),
        syslog: None,
    };
    let mode = match kind.as_str() {
        "pasta" => NetworkMode::Pasta(options),
        "slirp4netns" => NetworkMode::Slirp4netns(options),
        "none" => NetworkMode::None,
        "host" => NetworkMode::Host,
        "private" => NetworkMode::Private,
        "container" => NetworkMode::Container(first),
        "ns" => NetworkMode::Ns(first.into()),
        "bridge" => {
            let attached: Vec<Attachment> = s
                .get("networks")
                .and_then(|n| serde_json::from_value(n.clone()).ok())
                .unwrap_or_default();
            NetworkMode::Bridge(
                attached
                    .into_iter()
                    .map(|a| NetworkRequest {
                        name: a.network,
                        aliases: a.aliases,
                        ip: None,
                        mac: None,
                    })
                    .collect(),
            )
        }
        _ => NetworkMode::Default,
    };
    for (k, v) in [
        ("network", serde_json::to_value(mode)),
        ("restart_policy", serde_json::to_value(restart)),
        ("log", serde_json::to_value(log)),
    ] {
        if let Ok(v) = v {
            s.insert(k.to_string(), v);
        }
    }
}

/// Find a container by exact name, full ID or unique ID prefix.
pub fn find<'a>(all: &'a [ContainerRecord], what: &str) -> Result<&'a ContainerRecord> {
    if let Some(c) = all.iter().find(|c| c.name == what || c.id == what) {
        return Ok(c);
    }
    if !what.is_empty() && what.bytes().all(|b| b.is_ascii_hexdigit()) {
        let hits: Vec<&ContainerRecord> = all.iter().filter(|c| c.id.starts_with(what)).collect();
        match hits.len() {
            1 => return Ok(hits[0]),
            n if n > 1 => {
                bail!("more than one result for container {what:?}: {n} containers match")
            }
            _ => {}
        }
    }
    Err(anyhow::Error::new(NoSuchContainer(what.to_string())))
}

#[derive(Debug, thiserror::Error)]
#[error("no container with name or ID \"{0}\" found: no such container")]
pub struct NoSuchContainer(pub String);

const ADJ: &[&str] = &[
    "admiring", "bold", "brave", "busy", "calm", "clever", "cool", "eager", "elastic", "epic",
    "festive", "focused", "gallant", "happy", "hopeful", "jolly", "keen", "kind", "loving",
    "lucid", "modest", "nice", "nifty", "quirky", "serene", "sharp", "stoic", "sweet", "tender",
    "vibrant", "wizardly", "zealous",
];
const NOUN: &[&str] = &[
    "albattani",
    "babbage",
    "bohr",
    "curie",
    "darwin",
    "dijkstra",
    "einstein",
    "euler",
    "fermat",
    "galileo",
    "gauss",
    "hopper",
    "hypatia",
    "kepler",
    "knuth",
    "lamport",
    "lovelace",
    "meitner",
    "newton",
    "noether",
    "pascal",
    "ritchie",
    "shannon",
    "thompson",
    "torvalds",
    "turing",
    "wozniak",
    "yonath",
];

/// A random `adjective_name` not in `taken`.
pub fn random_name(seed: u64, taken: &dyn Fn(&str) -> bool) -> String {
    let mut x = seed | 1;
    for _ in 0..64 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let n = format!(
            "{}_{}",
            ADJ[(x % ADJ.len() as u64) as usize],
            NOUN[((x >> 20) % NOUN.len() as u64) as usize]
        );
        if !taken(&n) {
            return n;
        }
    }
    format!("skiff_{:x}", x)
}

/// A new random 64-hex container ID.
pub fn new_id() -> Result<String> {
    let mut b = [0u8; 32];
    rustix::rand::getrandom(&mut b, rustix::rand::GetRandomFlags::empty())
        .context("reading random bytes")?;
    Ok(hex::encode(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// container.json of a running container as the previous version wrote it.
    const PREVIOUS_FORMAT: &str = r#"{"id":"055cad8a5a582087c790ebb67efd68e3e345059314eae1f638d549775713bc81","name":"old","image_id":"e89c75989c79bc82ea40c260439f85c19c01c8f5f7d382bbd25f4520db63d956","image_name":"localhost/bb:latest","layers":["88a47bc0db95eb1cae11eed621068f88360e1933eb3702d5799564a8e5cc03ab"],"created":1796178748443612209,"command":["sleep","100"],"settings":{"healthcheck":null,"user":"","tty":false,"interactive":false,"remove":false,"seccomp":"default","privileged":false,"network":"none","network_options":[],"ports":[],"networks":[],"create_workdir":false,"mount_program":null,"volumes":[],"tmpfs":[],"cap_add":[],"cap_drop":[],"read_only":false,"effective_caps":["CAP_CHOWN","CAP_DAC_OVERRIDE","CAP_FOWNER","CAP_FSETID","CAP_KILL","CAP_NET_BIND_SERVICE","CAP_SETFCAP","CAP_SETGID","CAP_SETPCAP","CAP_SETUID","CAP_SYS_CHROOT"],"anon_volumes":[],"hostname":"055cad8a5a58","resources":{},"ulimits":[],"oom_score_adj":null,"no_cgroup":false,"cgroup_parent":null,"cgroup_manager":null,"labels":{},"log_driver":"k8s-file","log_max_size":null,"restart_policy":"","restart_retries":0},"state":{"status":"running","pid":19379,"pid_start":53815,"exit_code":0,"started_at":1796178748515433631,"finished_at":0,"error":"","cgroup_path":"","oom_killed":false,"paused":false,"restart_count":0,"helper_pid":0,"helper_start":0,"health":null}}"#;

    #[test]
    fn records_of_the_previous_format_load() {
        let rec: ContainerRecord = load(PREVIOUS_FORMAT);
        assert_eq!(rec.name, "old");
        let s = &rec.state;
        assert_eq!(s.status, ContainerStatus::Running);
        assert_eq!(
            s.process,
            ProcessId {
                pid: 19379,
                start: 53815
            }
        );
        assert_eq!(s.started_at, 1796178748515433631);
        assert!(s.helper.is_none() && s.health.is_none());

        // Paused was a flag beside "running".
        let paused = PREVIOUS_FORMAT.replace(r#""paused":false"#, r#""paused":true"#);
        let rec: ContainerRecord = load(&paused);
        assert_eq!(rec.state.status, ContainerStatus::Paused);

        // An exited one with a helper recorded, and the other statuses written then.
        let exited = PREVIOUS_FORMAT
            .replace(r#""status":"running""#, r#""status":"exited""#)
            .replace(r#""exit_code":0"#, r#""exit_code":137"#)
            .replace(r#""helper_pid":0"#, r#""helper_pid":4242"#)
            .replace(r#""helper_start":0"#, r#""helper_start":99"#);
        let rec: ContainerRecord = load(&exited);
        assert_eq!(rec.state.status, ContainerStatus::Exited);
        assert_eq!(rec.state.exit_code, 137);
        assert_eq!(
            rec.state.helper,
            ProcessId {
                pid: 4242,
                start: 99
            }
        );
        for (word, status) in [
            ("created", ContainerStatus::Created),
            ("restarting", ContainerStatus::Restarting),
        ] {
            let t =
                PREVIOUS_FORMAT.replace(r#""status":"running""#, &format!(r#""status":"{word}""#));
            let rec: ContainerRecord = load(&t);
            assert_eq!(rec.state.status, status);
        }
    }

    #[test]
    fn records_keep_the_flat_field_names() {
        let mut rec: ContainerRecord = load(PREVIOUS_FORMAT);
        rec.state.status = ContainerStatus::Paused;
        let v = serde_json::to_value(&rec).unwrap();
        let s = &v["state"];
        assert_eq!(s["status"], "paused");
        assert_eq!(
            (s["pid"].as_i64(), s["pid_start"].as_u64()),
            (Some(19379), Some(53815))
        );
        assert_eq!(
            (s["helper_pid"].as_i64(), s["helper_start"].as_u64()),
            (Some(0), Some(0))
        );
        assert!(s.get("paused").is_none());
        let back: ContainerRecord = serde_json::from_value(v).unwrap();
        assert_eq!(back, rec);
    }

    /// Records as the previous version wrote them (network, restart policy and log driver as
    /// strings).
    const OLD_PASTA: &str = r#"{"id":"5ff7a5d65ca039b03a0d80e8c58735016d64e9ce672fa27c4a6bb58d78fc5ebb","name":"old1","image_id":"6169148872a495cccc158649354d036f2a9842d4c9e7db828169be9cfbcead33","image_name":"localhost/busybox:latest","layers":["ca673402a7c0800ec1bef7633a4d3869f8cb1737d803b9d98be27eb71eb17c76"],"created":1796179023694810355,"command":["true"],"settings":{"healthcheck":null,"user":"","tty":false,"interactive":false,"remove":false,"seccomp":"default","privileged":false,"network":"pasta","network_options":["-T","8080"],"ports":[],"networks":[],"create_workdir":false,"mount_program":null,"volumes":[],"tmpfs":[],"cap_add":[],"cap_drop":[],"read_only":false,"effective_caps":["CAP_CHOWN","CAP_DAC_OVERRIDE","CAP_FOWNER","CAP_FSETID","CAP_KILL","CAP_NET_BIND_SERVICE","CAP_SETFCAP","CAP_SETGID","CAP_SETPCAP","CAP_SETUID","CAP_SYS_CHROOT"],"anon_volumes":[],"hostname":"5ff7a5d65ca0","resources":{"memory":67108864},"ulimits":[{"name":"RLIMIT_NOFILE","soft":10,"hard":20}],"oom_score_adj":null,"no_cgroup":false,"cgroup_parent":null,"cgroup_manager":null,"labels":{"a":"b"},"log_driver":"k8s-file","log_max_size":10000,"restart_policy":"on-failure","restart_retries":3},"state":{"status":"created","pid":0,"pid_start":0,"exit_code":0,"started_at":0,"finished_at":0,"error":"","cgroup_path":"","oom_killed":false,"paused":false,"restart_count":0,"helper_pid":0,"helper_start":0,"health":null}}"#;
    const OLD_BRIDGE: &str = r#"{"id":"e3e6ea9dbf881e541c357339c7356aafe9327aec6ed0fff87b3f04d4eb368a28","name":"old2","image_id":"6169148872a495cccc158649354d036f2a9842d4c9e7db828169be9cfbcead33","image_name":"localhost/busybox:latest","layers":["ca673402a7c0800ec1bef7633a4d3869f8cb1737d803b9d98be27eb71eb17c76"],"created":1796179023733572939,"command":["true"],"settings":{"healthcheck":null,"user":"","tty":false,"interactive":false,"remove":false,"seccomp":"unconfined","privileged":false,"network":"bridge","network_options":[],"ports":[],"networks":[{"network":"oldnet","interface":"eth0","ip":"10.89.0.2","prefix":24,"gateway":"10.89.0.1","mac":"02:d6:b1:b2:2d:35","aliases":["db"]}],"create_workdir":false,"mount_program":null,"volumes":[],"tmpfs":[],"cap_add":[],"cap_drop":[],"read_only":false,"effective_caps":["CAP_CHOWN","CAP_DAC_OVERRIDE","CAP_FOWNER","CAP_FSETID","CAP_KILL","CAP_NET_BIND_SERVICE","CAP_SETFCAP","CAP_SETGID","CAP_SETPCAP","CAP_SETUID","CAP_SYS_CHROOT"],"anon_volumes":[],"hostname":"e3e6ea9dbf88","resources":{},"ulimits":[],"oom_score_adj":null,"no_cgroup":false,"cgroup_parent":null,"cgroup_manager":null,"labels":{},"log_driver":"none","log_max_size":null,"restart_policy":"","restart_retries":0},"state":{"status":"created","pid":0,"pid_start":0,"exit_code":0,"started_at":0,"finished_at":0,"error":"","cgroup_path":"","oom_killed":false,"paused":false,"restart_count":0,"helper_pid":0,"helper_start":0,"health":null}}"#;

    fn load(text: &str) -> ContainerRecord {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("root"), &dir.path().join("run")).unwrap();
        let v: Value = serde_json::from_str(text).unwrap();
        let id = v["id"].as_str().unwrap();
        mkdir_p(&store.container_dir(id)).unwrap();
        std::fs::write(store.record_path(id), text).unwrap();
        store.load_container(id).unwrap()
    }

    #[test]
    fn records_of_the_previous_version_load() {
        let r = load(OLD_PASTA);
        assert_eq!(
            r.settings.network,
            NetworkMode::Pasta(vec!["-T".into(), "8080".into()])
        );
        assert_eq!(
            r.settings.restart_policy,
            RestartPolicy::OnFailure { max_retries: 3 }
        );
        assert_eq!(
            r.settings.log,
            LogConfig {
                driver: LogDriver::K8sFile,
                max_size: Some(10_000),
                syslog: None,
            }
        );
        assert_eq!(r.settings.seccomp, Seccomp::Default);
        assert_eq!(r.settings.resources.memory, Some(64 << 20));
        assert_eq!(r.settings.ulimits[0].hard, 20);

        let r = load(OLD_BRIDGE);
        assert_eq!(
            r.settings.network,
            NetworkMode::Bridge(vec![NetworkRequest {
                name: "oldnet".into(),
                aliases: vec!["db".into()],
                ip: None,
                mac: None,
            }])
        );
        assert_eq!(r.settings.networks[0].ip, "10.89.0.2");
        assert_eq!(r.settings.restart_policy, RestartPolicy::No);
        assert_eq!(r.settings.log.driver, LogDriver::None);
        assert_eq!(r.settings.seccomp, Seccomp::Unconfined);
    }

    #[test]
    fn records_round_trip_in_the_current_form() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("root"), &dir.path().join("run")).unwrap();
        let mut r = load(OLD_PASTA);
        r.settings.network = NetworkMode::Container("ab".repeat(32));
        mkdir_p(&store.container_dir(&r.id)).unwrap();
        store.save_container(&r).unwrap();
        assert_eq!(store.load_container(&r.id).unwrap(), r);
        let text = std::fs::read_to_string(store.record_path(&r.id)).unwrap();
        assert!(
            text.contains(r#""network":{"mode":"container","options":"#),
            "{text}"
        );
        assert!(!text.contains("network_options"), "{text}");
    }

    #[test]
    fn random_names_avoid_taken() {
        let n = random_name(42, &|_| false);
        assert!(n.contains('_'));
        let m = random_name(42, &|s| s == n);
        assert_ne!(n, m);
    }
}

//! Container records: `containers/<id>/container.json` (identity, settings and state) and
//! `containers/<id>/config.json` (the OCI runtime spec).

use super::{mkdir_p, write_atomic, Store};
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct State {
    /// created, running, exited, stopped
    pub status: String,
    #[serde(default)]
    pub pid: i32,
    /// The process's start time (field 22 of /proc/PID/stat), against pid reuse.
    #[serde(default)]
    pub pid_start: u64,
    #[serde(default)]
    pub exit_code: i32,
    /// Unix nanoseconds; 0 when never.
    #[serde(default)]
    pub started_at: i64,
    #[serde(default)]
    pub finished_at: i64,
    #[serde(default)]
    pub error: String,
    /// The container's cgroup (relative to /sys/fs/cgroup) while it runs; empty without one.
    #[serde(default)]
    pub cgroup_path: String,
    #[serde(default)]
    pub oom_killed: bool,
    /// Frozen by `pause`.
    #[serde(default)]
    pub paused: bool,
    /// Restarts done by the monitor under the restart policy since the last user start.
    #[serde(default)]
    pub restart_count: u32,
    /// The network helper (pasta, slirp4netns) while the container runs, and its start time.
    #[serde(default)]
    pub helper_pid: i32,
    #[serde(default)]
    pub helper_start: u64,
    /// The healthcheck's state, when the container has one.
    #[serde(default)]
    pub health: Option<Health>,
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
    /// "default", "unconfined" or a profile path.
    #[serde(default)]
    pub seccomp: String,
    #[serde(default)]
    pub privileged: bool,
    /// none, host, private, pasta, slirp4netns
    #[serde(default)]
    pub network: String,
    /// `--network pasta:OPTS` / `slirp4netns:OPTS`.
    #[serde(default)]
    pub network_options: Vec<String>,
    /// Published ports, host ports resolved.
    #[serde(default)]
    pub ports: Vec<crate::network::PortMapping>,
    /// Mode `bridge`: the user-defined networks and the addresses on them.
    #[serde(default)]
    pub networks: Vec<crate::network::config::Attachment>,
    #[serde(default)]
    pub create_workdir: bool,
    #[serde(default)]
    pub mount_program: Option<PathBuf>,
    /// `-v` and `--tmpfs` as given, for inspect's Mounts.
    #[serde(default)]
    pub volumes: Vec<String>,
    #[serde(default)]
    pub tmpfs: Vec<String>,
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
    pub resources: crate::runtime::cgroups::Limits,
    #[serde(default)]
    pub ulimits: Vec<crate::runtime::Rlimit>,
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
    /// k8s-file (also for "" and json-file), none or passthrough.
    #[serde(default)]
    pub log_driver: String,
    /// `--log-opt max-size` in bytes.
    #[serde(default)]
    pub log_max_size: Option<u64>,
    /// no ("" too), always, on-failure, unless-stopped.
    #[serde(default)]
    pub restart_policy: String,
    /// The N of on-failure:N (0: unlimited).
    #[serde(default)]
    pub restart_retries: u32,
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

    pub fn save_container(&self, c: &ContainerRecord) -> Result<()> {
        let b = serde_json::to_vec(c)?;
        write_atomic(&self.record_path(&c.id), &b)
    }

    pub fn load_container(&self, id: &str) -> Result<ContainerRecord> {
        let b = std::fs::read(self.record_path(id))
            .with_context(|| format!("reading container {id}"))?;
        serde_json::from_slice(&b).with_context(|| format!("container {id} has a corrupt record"))
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

    #[test]
    fn random_names_avoid_taken() {
        let n = random_name(42, &|_| false);
        assert!(n.contains('_'));
        let m = random_name(42, &|s| s == n);
        assert_ne!(n, m);
    }
}

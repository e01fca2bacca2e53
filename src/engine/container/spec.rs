//! Building the OCI runtime spec for a container from its image config and the run options.

use crate::engine::Engine;
use crate::model::{ContainerConfig, SecurityConfig};
use crate::runtime::security::{all_caps, normalize_cap, DEFAULT_CAPS};
use anyhow::{anyhow, bail, Context, Result};
use oci_spec::image::ImageConfiguration;
use oci_spec::runtime::Spec;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// podman's default masked paths.
pub const MASKED_PATHS: &[&str] = &[
    "/proc/acpi",
    "/proc/kcore",
    "/proc/keys",
    "/proc/latency_stats",
    "/proc/timer_list",
    "/proc/timer_stats",
    "/proc/sched_debug",
    "/proc/scsi",
    "/proc/interrupts",
    "/sys/firmware",
    "/sys/fs/selinux",
    "/sys/dev/block",
    "/sys/devices/virtual/powercap",
];

/// podman's default read-only paths.
pub const READONLY_PATHS: &[&str] = &[
    "/proc/asound",
    "/proc/bus",
    "/proc/fs",
    "/proc/irq",
    "/proc/sys",
    "/proc/sysrq-trigger",
];

/// The container's runtime spec (`config.json`), as `create` wrote it.
pub fn load(engine: &Engine, id: &str) -> Result<Spec> {
    Spec::load(engine.store.container_dir(id).join("config.json"))
        .map_err(|e| anyhow!("reading the container's spec: {e}"))
}

/// The command a container runs: entrypoint + cmd with podman's override rules.
pub fn command(cfg: &ImageConfiguration, c: &ContainerConfig) -> Result<Vec<String>> {
    let ic = cfg.config().clone().unwrap_or_default();
    let entrypoint: Vec<String> = match &c.entrypoint {
        Some(e) => e.clone(),
        None => ic.entrypoint().clone().unwrap_or_default(),
    };
    let cmd: Vec<String> = if !c.command.is_empty() {
        c.command.clone()
    } else if c.entrypoint.is_some() {
        Vec::new()
    } else {
        ic.cmd().clone().unwrap_or_default()
    };
    let mut all = entrypoint;
    all.extend(cmd);
    if all.is_empty() {
        bail!("no command or entrypoint provided, and no CMD or ENTRYPOINT from image");
    }
    Ok(all)
}

/// Read `--env-file` files: `K=V` lines, `K` alone takes the host's value, `#` comments.
fn env_file(path: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading env file {}", path.display()))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(expand_env)
        .collect())
}

fn expand_env(e: &str) -> Option<String> {
    if e.contains('=') {
        Some(e.to_string())
    } else {
        std::env::var(e).ok().map(|v| format!("{e}={v}"))
    }
}

fn set_env(env: &mut Vec<String>, kv: String) {
    let key = kv.split('=').next().unwrap_or("").to_string();
    env.retain(|e| e.split('=').next() != Some(key.as_str()));
    env.push(kv);
}

/// The environment: the default PATH, the caller's (`--env-host`), containers.conf's, the
/// image's, podman's
/// defaults, env files, then `-e`.
pub fn environment(
    cfg: &ImageConfiguration,
    opts: &ContainerConfig,
    hostname: &str,
) -> Result<Vec<String>> {
    let c = cfg.config().clone().unwrap_or_default();
    let mut env: Vec<String> = Vec::new();
    set_env(&mut env, format!("PATH={DEFAULT_PATH}"));
    if opts.extras.env_host {
        for (k, v) in std::env::vars_os() {
            if let (Some(k), Some(v)) = (k.to_str(), v.to_str()) {
                set_env(&mut env, format!("{k}={v}"));
            }
        }
    }
    for e in &opts.base_env {
        set_env(&mut env, e.clone());
    }
    for e in c.env().clone().unwrap_or_default() {
        set_env(&mut env, e);
    }
    if opts.tty {
        set_env(&mut env, "TERM=xterm".into());
    }
    set_env(&mut env, "container=skiff".into());
    set_env(&mut env, format!("HOSTNAME={hostname}"));
    for f in &opts.env_files {
        for e in env_file(f)? {
            set_env(&mut env, e);
        }
    }
    for e in &opts.env {
        if let Some(kv) = expand_env(e) {
            set_env(&mut env, kv);
        }
    }
    Ok(env)
}

/// The capability set: podman's default (or all with --privileged), then adds and drops.
pub fn capabilities(opts: &SecurityConfig) -> Result<Vec<String>> {
    let mut caps: Vec<String> = if opts.privileged {
        all_caps()
    } else {
        DEFAULT_CAPS.iter().map(|s| s.to_string()).collect()
    };
    let drops_all = opts.cap_drop.iter().any(|c| c.eq_ignore_ascii_case("all"));
    if drops_all {
        caps.clear();
    }
    for d in opts
        .cap_drop
        .iter()
        .filter(|c| !c.eq_ignore_ascii_case("all"))
    {
        let n = normalize_cap(d)?;
        caps.retain(|c| c != &n);
    }
    for a in &opts.cap_add {
        if a.eq_ignore_ascii_case("all") {
            caps = all_caps();
            continue;
        }
        let n = normalize_cap(a)?;
        if !caps.contains(&n) {
            caps.push(n);
        }
    }
    caps.sort();
    Ok(caps)
}

/// A parsed `-v` option.
#[derive(Debug, Clone, PartialEq)]
pub struct Volume {
    /// Host path, or a named volume's data directory.
    pub source: PathBuf,
    pub dest: String,
    pub readonly: bool,
    /// Named (or anonymous) volume name.
    pub name: Option<String>,
    pub anonymous: bool,
}

/// Inputs for the spec that are decided elsewhere.
pub struct SpecInputs<'a> {
    pub args: &'a [String],
    pub env: &'a [String],
    pub cwd: &'a str,
    pub hostname: &'a str,
    pub caps: &'a [String],
    pub volumes: &'a [Volume],
    /// The container's own mounts (`-v`, `--mount`, `--tmpfs`...), as spec entries.
    pub mounts: &'a [Value],
    pub userdata: &'a Path,
    pub host_network: bool,
    pub gid_mapped_5: bool,
    /// `--init`: the host's init binary, run as PID 1 before the command.
    pub init: Option<&'a Path>,
    /// `--tz`: the zone file in userdata, bind-mounted read-only at /etc/localtime.
    pub localtime: Option<&'a Path>,
}

pub fn build(opts: &ContainerConfig, inp: &SpecInputs) -> Result<Spec> {
    let mut mounts = vec![
        json!({"destination": "/proc", "type": "proc", "source": "proc", "options": ["nosuid", "noexec", "nodev"]}),
        json!({"destination": "/dev", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "strictatime", "mode=755", "size=65536k"]}),
        json!({"destination": "/dev/pts", "type": "devpts", "source": "devpts", "options":
        if inp.gid_mapped_5 {
            json!(["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"])
        } else {
            json!(["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"])
        }}),
        json!({"destination": "/dev/shm", "type": "tmpfs", "source": "shm", "options": ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"]}),
        json!({"destination": "/dev/mqueue", "type": "mqueue", "source": "mqueue", "options": ["nosuid", "noexec", "nodev"]}),
        json!({"destination": "/sys", "type": "sysfs", "source": "sysfs", "options":
            if opts.security.privileged { json!(["nosuid", "noexec", "nodev"]) } else { json!(["nosuid", "noexec", "nodev", "ro"]) }}),
    ];
    for f in ["hosts", "hostname", "resolv.conf"] {
        mounts.push(json!({"destination": format!("/etc/{f}"), "type": "bind",
            "source": inp.userdata.join(f), "options": ["bind", "rprivate"]}));
    }
    if opts.read_only && opts.read_only_tmpfs {
        for d in ["/tmp", "/var/tmp", "/run"] {
            if inp.mounts.iter().any(|m| m["destination"] == d) {
                continue;
            }
            mounts.push(json!({"destination": d, "type": "tmpfs", "source": "tmpfs",
                "options": ["rw", "nosuid", "nodev"]}));
        }
    }
    for v in inp.volumes {
        let mut o = vec!["rbind", "rprivate"];
        if v.readonly {
            o.push("ro");
        }
        mounts
            .push(json!({"destination": v.dest, "type": "bind", "source": v.source, "options": o}));
    }
    mounts.extend(inp.mounts.iter().cloned());
    if let Some(z) = inp.localtime {
        mounts.push(
            json!({"destination": "/etc/localtime", "type": "bind", "source": z,
            "options": ["bind", "rprivate", "ro"]}),
        );
    }
    let mut args: Vec<String> = inp.args.to_vec();
    if let Some(init) = inp.init {
        let dest = super::extras::INIT_IN_CONTAINER;
        mounts.push(json!({"destination": dest, "type": "bind", "source": init,
            "options": ["bind", "rprivate", "ro"]}));
        args.splice(0..0, [dest.to_string(), "--".to_string()]);
    }
    mounts.push(json!({"destination": "/run/.containerenv", "type": "bind",
        "source": inp.userdata.join(".containerenv"), "options": ["bind", "rprivate"]}));
    let mut namespaces = vec![
        json!({"type": "pid"}),
        json!({"type": "ipc"}),
        json!({"type": "uts"}),
        json!({"type": "mount"}),
        json!({"type": "user"}),
    ];
    if !inp.host_network {
        namespaces.push(json!({"type": "network"}));
    }
    let console = crate::runtime::tty::caller_size().filter(|_| opts.tty);
    let mut process = json!({
        "terminal": opts.tty,
        "user": {"uid": 0, "gid": 0},
        "args": args,
        "env": inp.env,
        "cwd": inp.cwd,
        "capabilities": {
            "bounding": inp.caps, "effective": inp.caps, "permitted": inp.caps,
            "inheritable": [], "ambient": []
        },
        "noNewPrivileges": opts.security.no_new_privileges,
    });
    if let Some((r, c)) = console {
        process["consoleSize"] = json!({"height": r, "width": c});
    }
    let mut linux = json!({"namespaces": namespaces});
    if !opts.security.privileged && !opts.security.unmask_all {
        linux["maskedPaths"] = json!(MASKED_PATHS);
        linux["readonlyPaths"] = json!(READONLY_PATHS);
    }
    let mut spec = json!({
        "ociVersion": "1.0.2",
        "process": process,
        "root": {"path": "merged", "readonly": opts.read_only},
        "hostname": inp.hostname,
        "mounts": mounts,
        "linux": linux,
    });
    if let Some(d) = &opts.domainname {
        spec["domainname"] = json!(d);
    }
    serde_json::from_value(spec).context("building the runtime spec")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContainerOptions;

    fn cfg(v: Value) -> ImageConfiguration {
        serde_json::from_value(v).unwrap()
    }

    fn base() -> Value {
        json!({"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": []},
               "config": {"Entrypoint": ["/ep"], "Cmd": ["a", "b"], "Env": ["PATH=/x", "A=1"]}})
    }

    fn config(o: ContainerOptions) -> ContainerConfig {
        o.validate().unwrap()
    }

    #[test]
    fn command_override_rules() {
        let c = cfg(base());
        let mut o = ContainerOptions::default();
        assert_eq!(
            command(&c, &config(o.clone())).unwrap(),
            vec!["/ep", "a", "b"]
        );
        o.command = vec!["z".into()];
        assert_eq!(command(&c, &config(o.clone())).unwrap(), vec!["/ep", "z"]);
        o.command.clear();
        o.entrypoint = Some("sh".into());
        assert_eq!(command(&c, &config(o.clone())).unwrap(), vec!["sh"]);
        o.entrypoint = Some(r#"["sh","-c"]"#.into());
        o.command = vec!["echo hi".into()];
        assert_eq!(
            command(&c, &config(o.clone())).unwrap(),
            vec!["sh", "-c", "echo hi"]
        );
        let empty = cfg(
            json!({"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": []}}),
        );
        assert!(command(&empty, &config(ContainerOptions::default())).is_err());
    }

    #[test]
    fn env_precedence() {
        let c = cfg(base());
        let o = config(ContainerOptions {
            env: vec!["A=2".into(), "B=3".into()],
            ..Default::default()
        });
        let e = environment(&c, &o, "h").unwrap();
        assert!(e.contains(&"PATH=/x".to_string()));
        assert!(e.contains(&"A=2".to_string()));
        assert!(!e.contains(&"A=1".to_string()));
        assert!(e.contains(&"HOSTNAME=h".to_string()));
    }

    #[test]
    fn caps_add_drop() {
        let sec = |add: &[&str], drop: &[&str]| {
            SecurityConfig::parse(
                false,
                add.iter().map(|s| s.to_string()).collect(),
                drop.iter().map(|s| s.to_string()).collect(),
                &[],
            )
            .unwrap()
        };
        assert_eq!(
            capabilities(&sec(&["net_admin"], &["all"])).unwrap(),
            vec!["CAP_NET_ADMIN"]
        );
        let d = capabilities(&sec(&[], &[])).unwrap();
        assert_eq!(d.len(), DEFAULT_CAPS.len());
        assert!(capabilities(&sec(&["bogus"], &[])).is_err());
    }
}

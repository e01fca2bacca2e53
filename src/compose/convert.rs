//! A service of a loaded project into the engine's `ContainerOptions` (the same options
//! `run` fills from its flags), with compose's names and labels: containers
//! `PROJECT-SERVICE-N`, networks `PROJECT_NET`, volumes `PROJECT_VOL`, the
//! `com.docker.compose.*` labels, and the config hash that makes `up` idempotent.

use super::load::Project;
use super::spec::{Build, Dependency, Port, Scalar, Service, ServiceVolume, StrOrList, Ulimit};
use crate::model::units::GoDuration;
use crate::model::ContainerOptions;
use anyhow::{bail, Result};
use sha2::{Digest, Sha256};

use std::path::Path;

pub const LABEL_PROJECT: &str = "com.docker.compose.project";
pub const LABEL_SERVICE: &str = "com.docker.compose.service";
pub const LABEL_NUMBER: &str = "com.docker.compose.container-number";
pub const LABEL_HASH: &str = "com.docker.compose.config-hash";
pub const LABEL_ONEOFF: &str = "com.docker.compose.oneoff";
pub const LABEL_WORKDIR: &str = "com.docker.compose.project.working_dir";
pub const LABEL_FILES: &str = "com.docker.compose.project.config_files";
pub const LABEL_NETWORK: &str = "com.docker.compose.network";
pub const LABEL_VOLUME: &str = "com.docker.compose.volume";

/// A service turned into one container's options.
pub struct Converted {
    pub options: ContainerOptions,
    /// What the user should know: keys accepted but not applied.
    pub warnings: Vec<String>,
}

/// `PROJECT-SERVICE-N`, or `container_name`.
pub fn container_name(p: &Project, service: &str, n: u32) -> String {
    match p
        .file
        .services
        .get(service)
        .and_then(|s| s.container_name.clone())
    {
        Some(c) => c,
        None => format!("{}-{service}-{n}", p.name),
    }
}

/// The engine's name of a network of the file: its `name:`, the external name, or
/// `PROJECT_NET`.
pub fn network_name(p: &Project, net: &str) -> String {
    match p.file.networks.get(net).cloned().flatten() {
        Some(d) => match (&d.name, &d.external) {
            (Some(n), _) => n.clone(),
            (None, Some(e)) if e.is_external() => e.name().unwrap_or(net).to_string(),
            _ => format!("{}_{net}", p.name),
        },
        None => format!("{}_{net}", p.name),
    }
}

pub fn network_is_external(p: &Project, net: &str) -> bool {
    p.file
        .networks
        .get(net)
        .cloned()
        .flatten()
        .and_then(|d| d.external)
        .is_some_and(|e| e.is_external())
}

/// The engine's name of a volume of the file.
pub fn volume_name(p: &Project, vol: &str) -> String {
    match p.file.volumes.get(vol).cloned().flatten() {
        Some(d) => match (&d.name, &d.external) {
            (Some(n), _) => n.clone(),
            (None, Some(e)) if e.is_external() => e.name().unwrap_or(vol).to_string(),
            _ => format!("{}_{vol}", p.name),
        },
        None => format!("{}_{vol}", p.name),
    }
}

pub fn volume_is_external(p: &Project, vol: &str) -> bool {
    p.file
        .volumes
        .get(vol)
        .cloned()
        .flatten()
        .and_then(|d| d.external)
        .is_some_and(|e| e.is_external())
}

/// The networks a service is on (the file's names); none with a `network_mode`.
pub fn service_networks(s: &Service) -> Vec<String> {
    if s.network_mode.is_some() {
        return Vec::new();
    }
    if s.networks.is_empty() {
        return vec!["default".into()];
    }
    s.networks.keys().cloned().collect()
}

/// The image a service runs: `image:`, else the one its build makes (`PROJECT-SERVICE`).
pub fn image_of(p: &Project, service: &str) -> String {
    let s = &p.file.services[service];
    match &s.image {
        Some(i) => i.clone(),
        None => format!("{}-{service}", p.name),
    }
}

/// How many containers a service has: `--scale`, `scale`, `deploy.replicas`, else 1.
pub fn replicas(s: &Service, scale: Option<u32>) -> u32 {
    scale
        .or(s.scale)
        .or(s.deploy.as_ref().and_then(|d| d.replicas))
        .unwrap_or(1)
}

/// The source volume name of a named volume entry (not binds, not anonymous).
pub fn named_volume(v: &ServiceVolume) -> Option<String> {
    match v {
        ServiceVolume::Short(s) => {
            let parts: Vec<&str> = s.split(':').collect();
            let src = parts.first()?;
            (parts.len() >= 2 && !is_path(src)).then(|| src.to_string())
        }
        ServiceVolume::Long(l) => match l.kind.as_deref() {
            Some("volume") | None => l.source.clone().filter(|s| !is_path(s)),
            _ => None,
        },
    }
}

fn is_path(s: &str) -> bool {
    s.starts_with('/') || s.starts_with('.') || s.starts_with('~') || s.is_empty()
}

/// A path of the file, relative to the project directory.
fn host_path(p: &Project, src: &str) -> String {
    if let Some(rest) = src.strip_prefix("~/") {
        let home = p.vars.get("HOME").cloned().unwrap_or_default();
        return format!("{home}/{rest}");
    }
    if src.starts_with('/') {
        return src.to_string();
    }
    let joined = p.dir.join(src);
    clean(&joined)
}

/// `a/./b/../c` → `a/c`, without touching the file system.
fn clean(path: &Path) -> String {
    let mut out: Vec<String> = Vec::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::RootDir => out.clear(),
            other => out.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    format!("/{}", out.join("/"))
}

/// The hash of what a service's container is made from: a changed service gets a new
/// container on `up`, an unchanged one is left running.
pub fn config_hash(p: &Project, service: &str) -> String {
    let s = &p.file.services[service];
    let mut h = Sha256::new();
    h.update(serde_json::to_vec(s).unwrap_or_default());
    // What the service's definition refers to by name counts too.
    for n in service_networks(s) {
        h.update(network_name(p, &n).as_bytes());
    }
    h.update(aliases_from_links(p, service).join(",").as_bytes());
    hex::encode(h.finalize())
}

/// Aliases other services give this one with `links: [SERVICE:ALIAS]`.
fn aliases_from_links(p: &Project, service: &str) -> Vec<String> {
    let mut out = Vec::new();
    for s in p.file.services.values() {
        for l in &s.links {
            if let Some((t, alias)) = l.split_once(':') {
                if t == service && alias != service && !out.iter().any(|a| a == alias) {
                    out.push(alias.to_string());
                }
            }
        }
    }
    out
}

/// Compose's shell-like splitting of `command: a 'b c'`.
pub fn split_words(s: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut has = false;
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '\'' => {
                has = true;
                loop {
                    match it.next() {
                        Some('\'') => break,
                        Some(x) => cur.push(x),
                        None => bail!("unterminated quote in {s:?}"),
                    }
                }
            }
            '"' => {
                has = true;
                loop {
                    match it.next() {
                        Some('"') => break,
                        Some('\\') => match it.next() {
                            Some(x @ ('"' | '\\' | '$' | '`')) => cur.push(x),
                            Some(x) => {
                                cur.push('\\');
                                cur.push(x);
                            }
                            None => bail!("unterminated quote in {s:?}"),
                        },
                        Some(x) => cur.push(x),
                        None => bail!("unterminated quote in {s:?}"),
                    }
                }
            }
            '\\' => {
                has = true;
                if let Some(x) = it.next() {
                    cur.push(x);
                }
            }
            c if c.is_whitespace() => {
                if has {
                    out.push(std::mem::take(&mut cur));
                    has = false;
                }
            }
            c => {
                has = true;
                cur.push(c);
            }
        }
    }
    if has {
        out.push(cur);
    }
    Ok(out)
}

fn words(v: &StrOrList) -> Result<Vec<String>> {
    match v {
        StrOrList::Str(s) => split_words(s),
        StrOrList::List(_) => Ok(v.items()),
    }
}

/// A word quoted for `sh -c` when it needs it.
fn sh_quote(w: &str) -> String {
    if !w.is_empty()
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,@%+".contains(c))
    {
        w.to_string()
    } else {
        format!("'{}'", w.replace('\'', "'\\''"))
    }
}

/// A duration of the file (`1m30s`, `10s`) in whole seconds, rounded up.
fn seconds(key: &str, v: &str) -> Result<u64> {
    let d = GoDuration::parse(v)
        .filter(|d| d.nanos() >= 0)
        .ok_or_else(|| anyhow::anyhow!("{key}: invalid duration {v:?}"))?;
    Ok((d.nanos() as u64).div_ceil(1_000_000_000))
}

/// The options of container number `n` of `service`.
pub fn convert(p: &Project, service: &str, n: u32) -> Result<Converted> {
    let s = &p.file.services[service];
    let mut w = Vec::new();
    let mut o = ContainerOptions {
        image: image_of(p, service),
        name: Some(container_name(p, service, n)),
        ..ContainerOptions::default()
    };
    if let Some(c) = &s.command {
        o.command = words(c)?;
    }
    if let Some(e) = &s.entrypoint {
        o.entrypoint = Some(serde_json::to_string(&words(e)?)?);
    }
    o.hostname = s.hostname.clone();
    o.domainname = s.domainname.clone();
    o.user = s.user.as_ref().map(Scalar::text);
    o.workdir = s.working_dir.clone();
    if let Some(f) = &s.env_file {
        for (path, required) in f.entries() {
            let full = host_path(p, &path);
            if !required && !Path::new(&full).exists() {
                continue;
            }
            o.env_file.push(full.into());
        }
    }
    for (k, v) in &s.environment {
        match v {
            Some(v) => o.env.push(format!("{k}={}", v.text())),
            None => {
                if let Some(v) = p.vars.get(k) {
                    o.env.push(format!("{k}={v}"));
                }
            }
        }
    }
    for (k, v) in &s.labels {
        o.label.push(format!(
            "{k}={}",
            v.as_ref().map(Scalar::text).unwrap_or_default()
        ));
    }
    labels(p, service, n, &mut o.label);
    ports(s, &mut o.publish)?;
    o.expose = s.expose.iter().map(Scalar::text).collect();
    volumes(p, s, &mut o)?;
    if let Some(t) = &s.tmpfs {
        o.tmpfs.extend(t.items());
    }
    networking(p, service, s, &mut o)?;
    o.dns = s.dns.as_ref().map(StrOrList::items).unwrap_or_default();
    o.dns_search = s
        .dns_search
        .as_ref()
        .map(StrOrList::items)
        .unwrap_or_default();
    o.dns_option = s.dns_opt.clone();
    for (h, ip) in &s.extra_hosts {
        let ip = ip.as_ref().map(Scalar::text).unwrap_or_default();
        o.add_host.push(format!("{h}:{ip}"));
    }
    o.cap_add = s.cap_add.clone();
    o.cap_drop = s.cap_drop.clone();
    o.privileged = s.privileged.unwrap_or(false);
    o.read_only = s.read_only.unwrap_or(false);
    o.security_opt = s.security_opt.clone();
    for (name, u) in &s.ulimits {
        o.ulimit.push(match u {
            Ulimit::Single(v) => format!("{name}={v}:{v}"),
            Ulimit::Pair { soft, hard } => format!("{name}={soft}:{hard}"),
        });
    }
    resources(s, &mut o);
    health(s, &mut o);
    o.restart = restart(s);
    if let Some(l) = &s.logging {
        o.log_driver = l.driver.clone();
        for (k, v) in &l.options {
            o.log_opt.push(format!(
                "{k}={}",
                v.as_ref().map(Scalar::text).unwrap_or_default()
            ));
        }
    }
    o.stop_signal = s.stop_signal.clone();
    if let Some(g) = &s.stop_grace_period {
        o.stop_timeout = Some(seconds("stop_grace_period", g)?);
    }
    o.init = s.init.unwrap_or(false);
    o.tty = s.tty.unwrap_or(false);
    o.interactive = s.stdin_open.unwrap_or(false);
    o.oom_score_adj = s.oom_score_adj;
    o.group_add = s.group_add.iter().map(Scalar::text).collect();
    o.platform = s.platform.clone();
    o.pull = match s.pull_policy.as_deref() {
        None | Some("build") => None,
        Some("if_not_present") => Some("missing".into()),
        Some(other) => Some(other.to_string()),
    };
    if s.build.is_some() && s.image.is_none() {
        // The image is the build's: never pulled.
        o.pull = Some("never".into());
    }
    for (key, set) in [
        ("shm_size", s.shm_size.is_some()),
        ("sysctls", !s.sysctls.is_empty()),
        ("devices", !s.devices.is_empty()),
        ("ipc", s.ipc.is_some()),
        ("pid", s.pid.is_some()),
        ("userns_mode", s.userns_mode.is_some()),
        ("secrets", s.secrets.is_some()),
        ("configs", s.configs.is_some()),
        ("external_links", !s.external_links.is_empty()),
    ] {
        if set {
            w.push(format!(
                "service \"{service}\": {key} is not supported yet and is ignored"
            ));
        }
    }
    Ok(Converted {
        options: o,
        warnings: w,
    })
}

fn labels(p: &Project, service: &str, n: u32, out: &mut Vec<String>) {
    let files: Vec<String> = p.files.iter().map(|f| f.display().to_string()).collect();
    out.extend([
        format!("{LABEL_PROJECT}={}", p.name),
        format!("{LABEL_SERVICE}={service}"),
        format!("{LABEL_NUMBER}={n}"),
        format!("{LABEL_HASH}={}", config_hash(p, service)),
        format!("{LABEL_ONEOFF}=False"),
        format!("{LABEL_WORKDIR}={}", p.dir.display()),
        format!("{LABEL_FILES}={}", files.join(",")),
    ]);
}

/// Ports as `-p` takes them.
fn ports(s: &Service, out: &mut Vec<String>) -> Result<()> {
    for port in &s.ports {
        out.push(match port {
            Port::Number(n) => n.to_string(),
            Port::Short(s) => s.clone(),
            Port::Long(l) => {
                let Some(target) = &l.target else {
                    bail!("ports: the long syntax needs a target");
                };
                let mut spec = String::new();
                if let Some(ip) = &l.host_ip {
                    spec.push_str(&format!("{ip}:"));
                    spec.push_str(&l.published.as_ref().map(Scalar::text).unwrap_or_default());
                    spec.push(':');
                } else if let Some(p) = &l.published {
                    spec.push_str(&format!("{}:", p.text()));
                }
                spec.push_str(&target.text());
                if let Some(proto) = &l.protocol {
                    spec.push_str(&format!("/{proto}"));
                }
                spec
            }
        });
    }
    Ok(())
}

/// Volumes as `-v` takes them: binds made absolute, named volumes prefixed with the project.
fn volumes(p: &Project, s: &Service, o: &mut ContainerOptions) -> Result<()> {
    for v in &s.volumes {
        match v {
            ServiceVolume::Short(spec) => {
                let parts: Vec<&str> = spec.splitn(3, ':').collect();
                match parts.as_slice() {
                    [dst] => o.volume.push(dst.to_string()),
                    [src, rest @ ..] => {
                        let src = if is_path(src) {
                            host_path(p, src)
                        } else {
                            volume_name(p, src)
                        };
                        o.volume.push(format!("{src}:{}", rest.join(":")));
                    }
                    [] => {}
                }
            }
            ServiceVolume::Long(l) => {
                let Some(target) = &l.target else {
                    bail!("volumes: the long syntax needs a target");
                };
                let ro = if l.read_only.unwrap_or(false) {
                    ":ro"
                } else {
                    ""
                };
                match l.kind.as_deref().unwrap_or("volume") {
                    "bind" => {
                        let Some(src) = &l.source else {
                            bail!("volumes: a bind mount needs a source");
                        };
                        o.volume.push(format!("{}:{target}{ro}", host_path(p, src)));
                    }
                    "volume" => match &l.source {
                        Some(src) if !src.is_empty() => o
                            .volume
                            .push(format!("{}:{target}{ro}", volume_name(p, src))),
                        _ => o.volume.push(target.clone()),
                    },
                    "tmpfs" => {
                        let size = l
                            .tmpfs
                            .as_ref()
                            .and_then(|t| t.get("size"))
                            .map(|v| match v {
                                serde_yaml_ng::Value::Number(n) => n.to_string(),
                                serde_yaml_ng::Value::String(s) => s.clone(),
                                _ => String::new(),
                            })
                            .filter(|s| !s.is_empty());
                        o.tmpfs.push(match size {
                            Some(sz) => format!("{target}:size={sz}"),
                            None => target.clone(),
                        });
                    }
                    other => {
                        bail!("volumes: unsupported type {other:?}: use bind, volume or tmpfs")
                    }
                }
            }
        }
    }
    Ok(())
}

/// Networks (the service's name and aliases on each), or its `network_mode`.
fn networking(p: &Project, service: &str, s: &Service, o: &mut ContainerOptions) -> Result<()> {
    if let Some(m) = &s.network_mode {
        o.network.push(match m.as_str() {
            "bridge" => "default".into(),
            m if m.starts_with("service:") => {
                let t = &m["service:".len()..];
                format!("container:{}", container_name(p, t, 1))
            }
            m => m.to_string(),
        });
        return Ok(());
    }
    let link_aliases = aliases_from_links(p, service);
    let nets = service_networks(s);
    for net in &nets {
        let def = s.networks.get(net).cloned().flatten().unwrap_or_default();
        let mut opts = vec![format!("alias={service}")];
        for a in def.aliases.iter().chain(link_aliases.iter()) {
            if !a.is_empty() && !a.contains(',') {
                opts.push(format!("alias={a}"));
            }
        }
        if let Some(ip) = &def.ipv4_address {
            opts.push(format!("ip={ip}"));
        }
        if let Some(mac) = &def.mac_address {
            opts.push(format!("mac={mac}"));
        }
        o.network
            .push(format!("{}:{}", network_name(p, net), opts.join(",")));
    }
    o.mac_address = s.mac_address.clone();
    Ok(())
}

fn resources(s: &Service, o: &mut ContainerOptions) {
    let r = &mut o.resources;
    let dr = s
        .deploy
        .as_ref()
        .and_then(|d| d.resources.clone())
        .unwrap_or_default();
    let lim = dr.limits.unwrap_or_default();
    let res = dr.reservations.unwrap_or_default();
    r.memory = s
        .mem_limit
        .as_ref()
        .or(lim.memory.as_ref())
        .map(Scalar::text);
    r.memory_reservation = s
        .mem_reservation
        .as_ref()
        .or(res.memory.as_ref())
        .map(Scalar::text);
    r.memory_swap = s.memswap_limit.as_ref().map(Scalar::text);
    r.cpus = s.cpus.as_ref().or(lim.cpus.as_ref()).map(Scalar::text);
    r.cpu_shares = s.cpu_shares;
    if r.cpus.is_none() {
        r.cpu_quota = s.cpu_quota;
        r.cpu_period = s.cpu_period;
    }
    r.cpuset_cpus = s.cpuset.clone();
    r.pids_limit = s.pids_limit.or(lim.pids);
}

fn health(s: &Service, o: &mut ContainerOptions) {
    let Some(h) = &s.healthcheck else { return };
    if h.disable == Some(true) {
        o.no_healthcheck = true;
        return;
    }
    if let Some(t) = &h.test {
        match t {
            StrOrList::Str(cmd) => o.health_cmd = Some(cmd.clone()),
            StrOrList::List(_) => {
                let items = t.items();
                match items.first().map(String::as_str) {
                    Some("NONE") => o.no_healthcheck = true,
                    Some("CMD-SHELL") => o.health_cmd = Some(items[1..].join(" ")),
                    Some("CMD") => {
                        o.health_cmd = Some(
                            items[1..]
                                .iter()
                                .map(|w| sh_quote(w))
                                .collect::<Vec<_>>()
                                .join(" "),
                        )
                    }
                    _ => {
                        o.health_cmd = Some(
                            items
                                .iter()
                                .map(|w| sh_quote(w))
                                .collect::<Vec<_>>()
                                .join(" "),
                        )
                    }
                }
            }
        }
    }
    o.health_interval = h.interval.clone();
    o.health_timeout = h.timeout.clone();
    o.health_retries = h.retries;
    o.health_start_period = h.start_period.clone();
}

fn restart(s: &Service) -> Option<String> {
    if let Some(r) = &s.restart {
        return Some(r.clone());
    }
    let rp = s.deploy.as_ref()?.restart_policy.as_ref()?;
    Some(match rp.condition.as_deref() {
        Some("none") => "no".into(),
        Some("on-failure") => match rp.max_attempts {
            Some(n) => format!("on-failure:{n}"),
            None => "on-failure".into(),
        },
        _ => "always".into(),
    })
}

/// The build of a `build:` service: context directory, Dockerfile, args, target.
pub struct BuildPlan {
    pub tag: String,
    pub context: String,
    pub dockerfile: Option<String>,
    pub args: Vec<String>,
    pub target: Option<String>,
    pub labels: Vec<String>,
    pub no_cache: bool,
}

pub fn build_plan(p: &Project, service: &str) -> Option<BuildPlan> {
    let s = &p.file.services[service];
    let b = s.build.as_ref().map(Build::long)?;
    let context = host_path(p, b.context.as_deref().unwrap_or("."));
    Some(BuildPlan {
        tag: image_of(p, service),
        dockerfile: b.dockerfile.map(|d| {
            if d.starts_with('/') {
                d
            } else {
                format!("{context}/{d}")
            }
        }),
        context,
        args: b
            .args
            .iter()
            .filter_map(|(k, v)| match v {
                Some(v) => Some(format!("{k}={}", v.text())),
                None => p.vars.get(k).map(|v| format!("{k}={v}")),
            })
            .collect(),
        target: b.target,
        labels: b
            .labels
            .iter()
            .map(|(k, v)| format!("{k}={}", v.as_ref().map(Scalar::text).unwrap_or_default()))
            .collect(),
        no_cache: b.no_cache.unwrap_or(false),
    })
}

/// The condition a service waits for on a dependency.
pub fn condition(d: &Option<Dependency>) -> &str {
    d.as_ref()
        .and_then(|d| d.condition.as_deref())
        .unwrap_or("service_started")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_like_a_shell() {
        assert_eq!(
            split_words("sh -c 'echo a b'").unwrap(),
            ["sh", "-c", "echo a b"]
        );
        assert_eq!(
            split_words(r#"a "b \"c\"" d\ e ''"#).unwrap(),
            ["a", "b \"c\"", "d e", ""]
        );
        assert!(split_words("'x").is_err());
        assert_eq!(sh_quote("a b"), "'a b'");
        assert_eq!(sh_quote("wget"), "wget");
    }
}

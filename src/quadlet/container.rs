//! `.container` files: the `[Container]` keys into `ContainerOptions` (validated like any
//! other front end's), then a service that runs the container in the foreground under
//! systemd: `skiff run --replace --rm --cgroups=split --sdnotify=...`, `Type=notify`,
//! `Delegate=yes`, `KillMode=mixed`, stopped through `skiff stop`.

use super::unitfile::{check_keys, host_path, parse_bool, split_words, Entry, UnitFile};
use super::{Ctx, UnitText};
use crate::model::ContainerOptions;
use std::path::PathBuf;

/// Keys skiff maps.
const SUPPORTED: &[&str] = &[
    "AddCapability",
    "AddHost",
    "AutoUpdate",
    "CgroupsMode",
    "ContainerName",
    "DNS",
    "DNSOption",
    "DNSSearch",
    "DropCapability",
    "Entrypoint",
    "Environment",
    "EnvironmentFile",
    "Exec",
    "GlobalArgs",
    "Group",
    "HealthCmd",
    "HealthInterval",
    "HealthRetries",
    "HealthStartPeriod",
    "HealthTimeout",
    "HostName",
    "IP",
    "Image",
    "Label",
    "LogDriver",
    "Network",
    "NetworkAlias",
    "NoNewPrivileges",
    "Notify",
    "PidsLimit",
    "PodmanArgs",
    "PublishPort",
    "Pull",
    "ReadOnly",
    "ReadOnlyTmpfs",
    "SeccompProfile",
    "StopTimeout",
    "Tmpfs",
    "Ulimit",
    "Unmask",
    "User",
    "UserNS",
    "Volume",
    "VolatileTmp",
    "WorkingDir",
];

/// podman's keys that skiff does not have the feature for.
const PODMAN_ONLY: &[&str] = &[
    "Annotation",
    "ContainersConfModule",
    "Device",
    "ExposeHostPort",
    "GIDMap",
    "HealthOnFailure",
    "HealthStartupCmd",
    "HealthStartupInterval",
    "HealthStartupRetries",
    "HealthStartupSuccess",
    "HealthStartupTimeout",
    "IP6",
    "Mask",
    "Mount",
    "Pod",
    "ReloadCmd",
    "ReloadSignal",
    "Rootfs",
    "RunInit",
    "Secret",
    "SecurityLabelDisable",
    "SecurityLabelFileType",
    "SecurityLabelLevel",
    "SecurityLabelNested",
    "SecurityLabelType",
    "ShmSize",
    "StartWithPod",
    "StopSignal",
    "SubGIDMap",
    "SubUIDMap",
    "Sysctl",
    "Timezone",
    "UIDMap",
];

const SECTION: &str = "Container";

/// What a `.container` file asks for beyond `ContainerOptions`.
#[derive(Debug, Default)]
struct Translated {
    opts: ContainerOptions,
    /// `GlobalArgs=`: before `run`.
    global: Vec<String>,
    /// `PodmanArgs=`: skiff `run` flags, after the mapped ones.
    extra: Vec<String>,
    stop_timeout: Option<u64>,
    /// Units the service needs (networks, images).
    deps: Vec<String>,
}

fn words(e: &Entry) -> Result<Vec<String>, String> {
    split_words(&e.value).map_err(|m| format!("{}: {}: {m}", e.at(), e.key))
}

fn number<T: std::str::FromStr>(e: &Entry) -> Result<T, String> {
    e.value
        .parse()
        .map_err(|_| format!("{}: {}={}: not a number", e.at(), e.key, e.value))
}

/// Values of a key given one per line.
fn lines(u: &UnitFile, key: &str) -> Vec<String> {
    u.all(SECTION, key)
        .iter()
        .map(|e| e.value.clone())
        .collect()
}

/// Values of a key given as words (several per line).
fn all_words(u: &UnitFile, key: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for e in u.all(SECTION, key) {
        out.extend(words(e)?);
    }
    Ok(out)
}

fn last(u: &UnitFile, key: &str) -> Option<String> {
    u.last(SECTION, key).map(|e| e.value.clone())
}

fn flag(u: &UnitFile, key: &str) -> Result<Option<bool>, String> {
    u.last(SECTION, key).map(parse_bool).transpose()
}

/// The image: a name, or `NAME.image` (the name that unit pulls, and a dependency on it).
fn image(u: &UnitFile, ctx: &Ctx, t: &mut Translated) -> Result<String, String> {
    let e = u
        .last(SECTION, "Image")
        .ok_or_else(|| format!("{}: no Image= key in [Container]", u.path.display()))?;
    if let Some(base) = e.value.strip_suffix(".image") {
        let src = ctx
            .sources
            .get(&e.value)
            .ok_or_else(|| format!("{}: Image={}: no such .image unit", e.at(), e.value))?;
        let name = src
            .last("Image", "Image")
            .map(|i| i.value.clone())
            .ok_or_else(|| format!("{}: no Image= key in [Image]", src.path.display()))?;
        t.deps.push(format!("{base}-image.service"));
        return Ok(name);
    }
    Ok(e.value.clone())
}

/// `Network=`: a mode, a network name, or `NAME.network[:OPTS]` (its network, and a dependency).
fn networks(u: &UnitFile, ctx: &Ctx, t: &mut Translated) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for e in u.all(SECTION, "Network") {
        let (name, opts) = match e.value.split_once(':') {
            Some((n, o)) => (n, Some(o)),
            None => (e.value.as_str(), None),
        };
        let Some(base) = name.strip_suffix(".network") else {
            out.push(e.value.clone());
            continue;
        };
        let src = ctx
            .sources
            .get(name)
            .ok_or_else(|| format!("{}: Network={name}: no such .network unit", e.at()))?;
        let net = super::others::network_name(base, src);
        t.deps.push(format!("{base}-network.service"));
        out.push(match opts {
            Some(o) => format!("{net}:{o}"),
            None => net,
        });
    }
    Ok(out)
}

/// `Volume=`: `SRC:DST[:OPTS]`; `NAME.volume` as SRC names that unit's volume; a relative
/// host path is relative to the unit file.
fn volumes(u: &UnitFile, ctx: &Ctx) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for e in u.all(SECTION, "Volume") {
        let Some((src, rest)) = e.value.split_once(':') else {
            out.push(e.value.clone());
            continue;
        };
        let src = if let Some(base) = src.strip_suffix(".volume") {
            let unit = ctx
                .sources
                .get(src)
                .ok_or_else(|| format!("{}: Volume={src}: no such .volume unit", e.at()))?;
            super::others::volume_name(base, unit)
        } else {
            host_path(u, src)
        };
        out.push(format!("{src}:{rest}"));
    }
    Ok(out)
}

/// Keys that map onto `ContainerOptions` fields one to one.
fn simple_keys(u: &UnitFile, o: &mut ContainerOptions) -> Result<(), String> {
    o.hostname = last(u, "HostName");
    o.workdir = last(u, "WorkingDir");
    o.entrypoint = last(u, "Entrypoint");
    o.ip = last(u, "IP");
    o.log_driver = last(u, "LogDriver");
    o.pull = last(u, "Pull");
    o.userns = last(u, "UserNS");
    o.publish = lines(u, "PublishPort");
    o.tmpfs = lines(u, "Tmpfs");
    o.ulimit = lines(u, "Ulimit");
    o.dns = lines(u, "DNS");
    o.dns_search = lines(u, "DNSSearch");
    o.dns_option = lines(u, "DNSOption");
    o.add_host = lines(u, "AddHost");
    o.network_alias = lines(u, "NetworkAlias");
    o.env = all_words(u, "Environment")?;
    o.label = all_words(u, "Label")?;
    o.cap_add = all_words(u, "AddCapability")?;
    o.cap_drop = all_words(u, "DropCapability")?;
    o.env_file = lines(u, "EnvironmentFile")
        .iter()
        .map(|p| PathBuf::from(host_path(u, p)))
        .collect();
    if let Some(v) = last(u, "AutoUpdate") {
        o.label.push(format!("io.containers.autoupdate={v}"));
    }
    o.health_cmd = last(u, "HealthCmd");
    o.health_interval = last(u, "HealthInterval");
    o.health_timeout = last(u, "HealthTimeout");
    o.health_start_period = last(u, "HealthStartPeriod");
    o.health_retries = u.last(SECTION, "HealthRetries").map(number).transpose()?;
    o.resources.pids_limit = u.last(SECTION, "PidsLimit").map(number).transpose()?;
    Ok(())
}

/// Security and filesystem switches.
fn switches(u: &UnitFile, o: &mut ContainerOptions) -> Result<(), String> {
    o.read_only = flag(u, "ReadOnly")?.unwrap_or(false);
    if let Some(t) = flag(u, "ReadOnlyTmpfs")? {
        o.read_only_tmpfs = t;
    }
    if flag(u, "VolatileTmp")? == Some(true) {
        o.tmpfs.push("/tmp:rw,size=512M,mode=1777".into());
    }
    if flag(u, "NoNewPrivileges")? == Some(true) {
        o.security_opt.push("no-new-privileges".into());
    }
    if let Some(p) = last(u, "SeccompProfile") {
        o.security_opt.push(format!("seccomp={}", host_path(u, &p)));
    }
    if let Some(e) = u.last(SECTION, "Unmask") {
        if e.value != "ALL" {
            return Err(format!(
                "{}: Unmask={}: only Unmask=ALL is supported by skiff",
                e.at(),
                e.value
            ));
        }
        o.security_opt.push("unmask=ALL".into());
    }
    Ok(())
}

fn user(u: &UnitFile) -> Result<Option<String>, String> {
    match (last(u, "User"), u.last(SECTION, "Group")) {
        (Some(user), Some(g)) => Ok(Some(format!("{user}:{}", g.value))),
        (Some(user), None) => Ok(Some(user)),
        (None, Some(g)) => Err(format!("{}: Group= needs User=", g.at())),
        (None, None) => Ok(None),
    }
}

fn notify(u: &UnitFile) -> Result<&'static str, String> {
    let Some(e) = u.last(SECTION, "Notify") else {
        return Ok("conmon");
    };
    if e.value == "healthy" {
        return Ok("healthy");
    }
    Ok(if parse_bool(e)? {
        "container"
    } else {
        "conmon"
    })
}

fn translate(u: &UnitFile, ctx: &Ctx, template: bool) -> Result<Translated, String> {
    let mut t = Translated::default();
    let image = image(u, ctx, &mut t)?;
    let mut o = ContainerOptions {
        image,
        rm: true,
        ..ContainerOptions::default()
    };
    o.name = Some(last(u, "ContainerName").unwrap_or_else(|| {
        if template {
            "systemd-%p_%i".into()
        } else {
            "systemd-%N".into()
        }
    }));
    o.cgroups = Some(last(u, "CgroupsMode").unwrap_or_else(|| "split".into()));
    o.sdnotify = Some(notify(u)?.into());
    o.user = user(u)?;
    if let Some(e) = u.last(SECTION, "Exec") {
        o.command = words(e)?;
    }
    simple_keys(u, &mut o)?;
    switches(u, &mut o)?;
    o.network = networks(u, ctx, &mut t)?;
    o.volume = volumes(u, ctx)?;
    t.global = all_words(u, "GlobalArgs")?;
    t.extra = all_words(u, "PodmanArgs")?;
    t.stop_timeout = u.last(SECTION, "StopTimeout").map(number).transpose()?;
    t.opts = o;
    Ok(t)
}

/// The options with systemd's specifiers replaced by sample values, for validation only.
fn with_sample_specifiers(o: &ContainerOptions) -> Result<ContainerOptions, String> {
    let json = serde_json::to_string(o).map_err(|e| e.to_string())?;
    let mut out = String::with_capacity(json.len());
    let mut chars = json.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some('h') => out.push_str("/home/user"),
            Some('t') => out.push_str("/run/user/1000"),
            Some(_) => out.push_str("x1"),
            None => out.push('%'),
        }
    }
    serde_json::from_str(&out).map_err(|e| e.to_string())
}

/// Where a validation error comes from: the entry whose value (or one of its words) the
/// message quotes, else the file.
fn where_invalid(u: &UnitFile, msg: &str) -> String {
    let entries = u.section(SECTION).map(|s| &s.entries[..]).unwrap_or(&[]);
    let quoted = |v: &str| !v.is_empty() && msg.contains(&format!("{v:?}"));
    entries
        .iter()
        .rev()
        .find(|e| quoted(&e.value) || e.value.split_whitespace().any(quoted))
        .map(|e| e.at())
        .unwrap_or_else(|| u.path.display().to_string())
}

/// The service for one `.container` file.
pub(super) fn generate(u: &UnitFile, ctx: &Ctx, service: &str) -> Result<UnitText, Vec<String>> {
    let mut problems = check_keys(u, SECTION, SUPPORTED, PODMAN_ONLY);
    if let Some(e) = u.last("Service", "ExecStart") {
        problems.push(format!(
            "{}: ExecStart= is the generator's: use Exec= in [Container]",
            e.at()
        ));
    }
    let template = service.contains("@.");
    let t = match translate(u, ctx, template) {
        Ok(t) => t,
        Err(p) => {
            problems.push(p);
            return Err(problems);
        }
    };
    if let Err(e) = with_sample_specifiers(&t.opts).and_then(|o| {
        o.validate()
            .map(|_| ())
            .map_err(|e| format!("{e:#}").replace('\n', " "))
    }) {
        problems.push(format!("{}: {e}", where_invalid(u, &e)));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut text = UnitText::new(u, SECTION, ctx);
    for d in &t.deps {
        text.add("Unit", "Requires", d);
        text.add("Unit", "After", d);
    }
    let bin = ctx.binary.as_str();
    let cid = "--cidfile=%t/%N.cid".to_string();
    let mut start = vec![bin.to_string()];
    start.extend(t.global.iter().cloned());
    start.extend(["run".to_string(), cid.clone(), "--replace".into()]);
    start.extend(super::runargs::run_flags(&t.opts));
    start.extend(t.extra.iter().cloned());
    start.push(t.opts.image.clone());
    start.extend(t.opts.command.iter().cloned());
    let timeout = t.stop_timeout.unwrap_or(10).to_string();
    let mut stop = vec![bin.to_string()];
    stop.extend(t.global.iter().cloned());
    stop.extend(["stop".into(), "--ignore".into(), "-t".into(), timeout]);
    stop.push(cid.clone());
    let mut post = vec![bin.to_string()];
    post.extend(t.global.iter().cloned());
    post.extend(["rm".into(), "-f".into(), "--ignore".into(), cid]);
    let s = "Service";
    text.add(s, "Environment", "PODMAN_SYSTEMD_UNIT=%n");
    text.add(s, "KillMode", "mixed");
    text.add_command(s, "ExecStop", &stop, false);
    text.add_command(s, "ExecStopPost", &post, true);
    text.add(s, "Delegate", "yes");
    text.add(s, "Type", "notify");
    text.add(s, "NotifyAccess", "all");
    text.add(s, "SyslogIdentifier", "%N");
    // A container ended by the stop signal exits 143: a clean stop, not a failure.
    text.add(s, "SuccessExitStatus", "143");
    text.copy_section(u, s);
    text.add_command(s, "ExecStart", &start, false);
    Ok(text)
}

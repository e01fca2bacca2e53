//! Container endpoints: create (Docker's body → `ContainerOptions` → `validate()`), the
//! lifecycle, list, inspect, logs, wait, attach.

use super::conn::{Out, Req};
use super::http::{self, ApiError, ApiResult, Reply};
use super::streams::{self, LogReader, LogSel, Phase};
use crate::engine::container::{self as ctr, runroot};
use crate::engine::Engine;
use crate::model::{ContainerOptions, ContainerStatus};
use crate::store::containers::ContainerRecord;
use hyper::StatusCode;
use serde_json::{json, Map, Value};
use std::io::Write;

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(String::from))
            .collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn string(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

fn int(v: Option<&Value>) -> Option<i64> {
    v.and_then(Value::as_i64).filter(|&n| n != 0)
}

fn object(v: Option<&Value>) -> Map<String, Value> {
    v.and_then(Value::as_object).cloned().unwrap_or_default()
}

/// Docker's container names: `[a-zA-Z0-9][a-zA-Z0-9_.-]+`, a leading `/` allowed.
fn check_name(n: &str) -> ApiResult<String> {
    let n = n.strip_prefix('/').unwrap_or(n);
    if !ctr::rename::valid_name(n) {
        return Err(ApiError::bad(format!(
            "Invalid container name ({n}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"
        )));
    }
    Ok(n.to_string())
}

/// Docker's create body as the CLI's options.
pub fn options(body: &Value, name: Option<String>) -> ApiResult<(ContainerOptions, bool)> {
    let Some(b) = body.as_object() else {
        return Err(ApiError::bad("the request body must be a JSON object"));
    };
    let hc = object(b.get("HostConfig"));
    let mut o = ContainerOptions {
        image: string(b.get("Image")).ok_or_else(|| ApiError::bad("config has no image"))?,
        command: strings(b.get("Cmd")),
        name,
        env: strings(b.get("Env")),
        workdir: string(b.get("WorkingDir")),
        user: string(b.get("User")),
        hostname: string(b.get("Hostname")),
        domainname: string(b.get("Domainname")),
        interactive: b.get("OpenStdin").and_then(Value::as_bool).unwrap_or(false),
        tty: b.get("Tty").and_then(Value::as_bool).unwrap_or(false),
        stop_signal: string(b.get("StopSignal")),
        stop_timeout: b.get("StopTimeout").and_then(Value::as_u64),
        ..ContainerOptions::default()
    };
    match b.get("Entrypoint") {
        Some(Value::Array(a)) if a.is_empty() => {}
        Some(Value::Array(a)) if a.len() == 1 && a[0] == "" => o.entrypoint = Some(String::new()),
        Some(Value::Array(a)) => o.entrypoint = Some(Value::Array(a.clone()).to_string()),
        Some(Value::String(s)) => o.entrypoint = Some(s.clone()),
        _ => {}
    }
    for (k, v) in object(b.get("Labels")) {
        o.label.push(format!("{k}={}", v.as_str().unwrap_or("")));
    }
    for p in object(b.get("ExposedPorts")).keys() {
        o.expose.push(p.clone());
    }
    if let Some(h) = b.get("Healthcheck").and_then(Value::as_object) {
        let test = strings(h.get("Test"));
        match test.first().map(String::as_str) {
            Some("NONE") => o.no_healthcheck = true,
            Some("CMD-SHELL") => o.health_cmd = test.get(1).cloned(),
            Some("CMD") => o.health_cmd = Some(Value::from(test[1..].to_vec()).to_string()),
            _ => {}
        }
        let dur = |k: &str| int(h.get(k)).map(|n| format!("{}ms", n / 1_000_000));
        o.health_interval = dur("Interval");
        o.health_timeout = dur("Timeout");
        o.health_start_period = dur("StartPeriod");
        o.health_retries = h.get("Retries").and_then(Value::as_u64).map(|n| n as u32);
    }
    o.volume = strings(hc.get("Binds"));
    if let Some(Value::Array(mounts)) = hc.get("Mounts") {
        for m in mounts {
            let src = string(m.get("Source")).unwrap_or_default();
            let dst =
                string(m.get("Target")).ok_or_else(|| ApiError::bad("a mount has no Target"))?;
            let ro = m.get("ReadOnly").and_then(Value::as_bool).unwrap_or(false);
            let t = m.get("Type").and_then(Value::as_str).unwrap_or("volume");
            if !matches!(t, "bind" | "volume" | "tmpfs") {
                return Err(ApiError::bad(format!("mount type {t:?} is not supported")));
            }
            let mut spec = format!("type={t},target={dst}");
            if !src.is_empty() {
                spec.push_str(&format!(",source={src}"));
            }
            if ro {
                spec.push_str(",readonly");
            }
            o.mount.push(spec);
        }
    }
    for (dst, opts) in object(hc.get("Tmpfs")) {
        match opts.as_str().filter(|s| !s.is_empty()) {
            Some(opts) => o.tmpfs.push(format!("{dst}:{opts}")),
            None => o.tmpfs.push(dst),
        }
    }
    match string(hc.get("NetworkMode")).as_deref() {
        None | Some("default") | Some("bridge") => {}
        Some(n) => o.network.push(n.to_string()),
    }
    let endpoints = object(object(b.get("NetworkingConfig")).get("EndpointsConfig"));
    for (net, cfg) in &endpoints {
        if !o.network.contains(net) && !matches!(net.as_str(), "bridge" | "default") {
            o.network.push(net.clone());
        }
        o.network_alias.extend(strings(cfg.get("Aliases")));
        if let Some(ip) = string(cfg.get("IPAMConfig").and_then(|i| i.get("IPv4Address"))) {
            o.ip = Some(ip);
        }
    }
    for (port, binds) in object(hc.get("PortBindings")) {
        let binds = binds.as_array().cloned().unwrap_or_default();
        if binds.is_empty() {
            o.publish.push(port.clone());
        }
        for bnd in binds {
            let ip = string(bnd.get("HostIp"));
            let hp = string(bnd.get("HostPort")).unwrap_or_default();
            o.publish.push(match ip {
                Some(ip) => format!("{ip}:{hp}:{port}"),
                None if hp.is_empty() => port.clone(),
                None => format!("{hp}:{port}"),
            });
        }
    }
    o.publish_all = hc
        .get("PublishAllPorts")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    o.dns = strings(hc.get("Dns"));
    o.dns_search = strings(hc.get("DnsSearch"));
    o.dns_option = strings(hc.get("DnsOptions"));
    o.add_host = strings(hc.get("ExtraHosts"));
    o.cap_add = strings(hc.get("CapAdd"));
    o.cap_drop = strings(hc.get("CapDrop"));
    o.security_opt = strings(hc.get("SecurityOpt"));
    o.privileged = hc
        .get("Privileged")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    o.read_only = hc
        .get("ReadonlyRootfs")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    o.init = hc.get("Init").and_then(Value::as_bool).unwrap_or(false);
    o.group_add = strings(hc.get("GroupAdd"));
    o.cgroup_parent = string(hc.get("CgroupParent"));
    o.oom_score_adj = int(hc.get("OomScoreAdj")).map(|n| n as i32);
    if let Some(r) = hc.get("RestartPolicy").and_then(Value::as_object) {
        match string(r.get("Name")).as_deref() {
            None | Some("no") => {}
            Some("on-failure") => {
                o.restart = Some(match int(r.get("MaximumRetryCount")) {
                    Some(n) => format!("on-failure:{n}"),
                    None => "on-failure".into(),
                })
            }
            Some(n) => o.restart = Some(n.to_string()),
        }
    }
    if let Some(l) = hc.get("LogConfig").and_then(Value::as_object) {
        match string(l.get("Type")).as_deref() {
            None | Some("json-file") | Some("local") | Some("k8s-file") => {}
            Some(t) => o.log_driver = Some(t.to_string()),
        }
    }
    for u in hc
        .get("Ulimits")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let (Some(n), Some(s), Some(h)) = (
            u.get("Name").and_then(Value::as_str),
            u.get("Soft").and_then(Value::as_i64),
            u.get("Hard").and_then(Value::as_i64),
        ) {
            o.ulimit.push(format!("{n}={s}:{h}"));
        }
    }
    let r = &mut o.resources;
    r.memory = int(hc.get("Memory")).map(|n| n.to_string());
    r.memory_swap = int(hc.get("MemorySwap")).map(|n| n.to_string());
    r.memory_reservation = int(hc.get("MemoryReservation")).map(|n| n.to_string());
    r.cpus = int(hc.get("NanoCpus")).map(|n| format!("{}", n as f64 / 1e9));
    r.cpu_shares = int(hc.get("CpuShares")).map(|n| n as u64);
    r.cpu_quota = int(hc.get("CpuQuota"));
    r.cpu_period = int(hc.get("CpuPeriod")).map(|n| n as u64);
    r.cpuset_cpus = string(hc.get("CpusetCpus"));
    r.cpuset_mems = string(hc.get("CpusetMems"));
    r.pids_limit = int(hc.get("PidsLimit")).filter(|&n| n > 0);
    let auto_remove = hc
        .get("AutoRemove")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    o.rm = auto_remove;
    // The image is there (checked before) or the client pulls: never pull here.
    o.pull = Some("never".into());
    Ok((o, auto_remove))
}

/// `POST /containers/create?name=`: 404 for a missing image, so that clients pull it.
pub fn create(e: &Engine, r: &Req) -> ApiResult<Reply> {
    let body: Value = http::parse_json(&r.body)?;
    let name = r
        .query
        .get("name")
        .filter(|n| !n.is_empty())
        .map(check_name)
        .transpose()?;
    let (mut o, _) = options(&body, name)?;
    let images = e.store.images()?;
    if crate::store::images::find(&images, &o.image).is_err() {
        return Err(ApiError::not_found(format!("No such image: {}", o.image)));
    }
    crate::config::containers_conf::get()?.apply_to(&mut o);
    let config = o.validate().map_err(|e| ApiError::bad(format!("{e:#}")))?;
    let rec = ctr::create::create(e, &config)?;
    Ok(http::json(
        StatusCode::CREATED,
        &json!({"Id": rec.id, "Warnings": []}),
    ))
}

fn lookup(e: &Engine, id: &str) -> ApiResult<ContainerRecord> {
    ctr::lookup::lookup(e, id).map_err(|err| {
        if err.is::<crate::store::containers::NoSuchContainer>() {
            ApiError::not_found(format!("No such container: {id}"))
        } else {
            err.into()
        }
    })
}

pub fn start(e: &Engine, id: &str) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    if runroot::is_active(&c) {
        return Ok(http::reply(StatusCode::NOT_MODIFIED, None, http::empty()));
    }
    ctr::start::start(e, &c.id)?;
    Ok(http::no_content())
}

pub fn stop(e: &Engine, id: &str, r: &Req) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    if !c.state.is_running() {
        return Ok(http::reply(StatusCode::NOT_MODIFIED, None, http::empty()));
    }
    let t: Option<i64> = r.query.num("t")?;
    ctr::stop::stop(e, &c.id, t.map(|t| t.max(0) as u64))?;
    Ok(http::no_content())
}

pub fn restart(e: &Engine, id: &str, r: &Req) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    let t: Option<i64> = r.query.num("t")?;
    ctr::restart::restart(e, &c.id, t.map(|t| t.max(0) as u64))?;
    Ok(http::no_content())
}

pub fn kill(e: &Engine, id: &str, r: &Req) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    let sig = r
        .query
        .get("signal")
        .filter(|s| !s.is_empty())
        .unwrap_or("KILL");
    let sig: crate::model::Signal = sig
        .parse()
        .map_err(|err: anyhow::Error| ApiError::bad(format!("{err:#}")))?;
    if !c.state.is_running() {
        return Err(ApiError::conflict(format!(
            "Container {} is not running",
            c.id
        )));
    }
    ctr::kill::kill(e, &c.id, sig)?;
    Ok(http::no_content())
}

pub fn pause(e: &Engine, id: &str, frozen: bool) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    ctr::pause::pause(e, &c.id, frozen)?;
    Ok(http::no_content())
}

pub fn rename(e: &Engine, id: &str, r: &Req) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    let name = check_name(r.query.get("name").unwrap_or(""))?;
    ctr::rename::rename(e, &c.id, &name)?;
    Ok(http::no_content())
}

pub fn top(e: &Engine, id: &str, r: &Req) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    let descs: Vec<String> = r
        .query
        .get("ps_args")
        .map(|a| a.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    let (titles, rows) = ctr::top::top(e, &c.id, &descs)?;
    Ok(http::ok_json(&json!({"Titles": titles, "Processes": rows})))
}

pub fn remove(e: &Engine, id: &str, r: &Req) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    let opts = ctr::rm::RmOpts {
        containers: vec![c.id.clone()],
        force: r.query.flag("force"),
        volumes: r.query.flag("v"),
        ..Default::default()
    };
    let (_, errs, _) = ctr::rm::rm(e, &opts)?;
    if let Some(err) = errs.first() {
        return Err(ApiError::from(anyhow::anyhow!("{err}")));
    }
    Ok(http::no_content())
}

pub fn prune(e: &Engine) -> ApiResult<Reply> {
    let ids = ctr::prune::prune(e)?;
    Ok(http::ok_json(
        &json!({"ContainersDeleted": ids, "SpaceReclaimed": 0}),
    ))
}

/// Docker's `State` word for a record.
fn state_word(c: &ContainerRecord) -> &'static str {
    match c.state.live_status() {
        ContainerStatus::Created => "created",
        ContainerStatus::Running | ContainerStatus::Stopping => "running",
        ContainerStatus::Paused => "paused",
        ContainerStatus::Restarting => "restarting",
        ContainerStatus::Exited => "exited",
    }
}

/// Docker's `Status` text: `Up 5 seconds`, `Exited (0) 2 minutes ago`, `Created`.
fn status_text(c: &ContainerRecord) -> String {
    let now = crate::store::now_nanos();
    let ago =
        |t: i64| http::human_duration(std::time::Duration::from_nanos((now - t).max(0) as u64));
    match c.state.live_status() {
        ContainerStatus::Created => "Created".into(),
        ContainerStatus::Running | ContainerStatus::Stopping => {
            format!("Up {}", ago(c.state.started_at))
        }
        ContainerStatus::Paused => format!("Up {} (Paused)", ago(c.state.started_at)),
        ContainerStatus::Restarting => format!(
            "Restarting ({}) {} ago",
            c.state.exit_code,
            ago(c.state.finished_at)
        ),
        ContainerStatus::Exited => format!(
            "Exited ({}) {} ago",
            c.state.exit_code,
            ago(c.state.finished_at.max(c.created))
        ),
    }
}

fn ports(c: &ContainerRecord) -> Vec<Value> {
    c.settings
        .ports
        .iter()
        .flat_map(|p| {
            (0..p.range.max(1)).map(move |i| {
                json!({
                    "IP": if p.host_ip.is_empty() { "0.0.0.0" } else { p.host_ip.as_str() },
                    "PrivatePort": p.container_port + i,
                    "PublicPort": p.host_port + i,
                    "Type": p.protocol,
                })
            })
        })
        .collect()
}

fn networks(c: &ContainerRecord) -> Value {
    let mut m = Map::new();
    for a in &c.settings.networks {
        m.insert(
            a.network.clone(),
            json!({
                "NetworkID": a.network,
                "IPAddress": a.ip,
                "IPPrefixLen": a.prefix,
                "Gateway": a.gateway,
                "MacAddress": a.mac,
                // Docker adds the short ID; compose 1.x checks for it.
                "Aliases": a.aliases.iter().cloned().chain([c.id[..12].to_string()]).collect::<Vec<_>>(),
                "EndpointID": "",
            }),
        );
    }
    Value::Object(m)
}

/// `GET /containers/json?all&limit&filters`: the engine's `ps`.
pub fn list(e: &Engine, r: &Req) -> ApiResult<Reply> {
    let filters = r
        .query
        .filters()?
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let opts = ctr::ps::PsOpts {
        all: r.query.flag("all"),
        filters,
        ..Default::default()
    };
    let mut all = ctr::ps::ps(e, &opts).map_err(|err| ApiError::bad(format!("{err:#}")))?;
    all.reverse(); // newest first, as Docker lists
    if let Some(n) = r.query.num::<i64>("limit")?.filter(|&n| n > 0) {
        all.truncate(n as usize);
    }
    let out: Vec<Value> = all.iter().map(row).collect();
    Ok(http::ok_json(&Value::Array(out)))
}

/// A container as `GET /containers/json` lists it.
pub fn row(c: &ContainerRecord) -> Value {
    {
        {
            json!({
                "Id": c.id,
                "Names": [format!("/{}", c.name)],
                "Image": c.image_name,
                "ImageID": format!("sha256:{}", c.image_id),
                "Command": c.command.join(" "),
                "Created": http::secs(c.created),
                "Ports": ports(c),
                "Labels": c.settings.labels,
                "State": state_word(c),
                "Status": status_text(c),
                "HostConfig": {"NetworkMode": network_mode(c)},
                "NetworkSettings": {"Networks": networks(c)},
                "Mounts": [],
            })
        }
    }
}

fn network_mode(c: &ContainerRecord) -> String {
    use crate::model::NetworkMode;
    match &c.settings.network {
        NetworkMode::Bridge(_) => c
            .settings
            .networks
            .first()
            .map(|a| a.network.clone())
            .unwrap_or_else(|| "bridge".into()),
        NetworkMode::Host => "host".into(),
        NetworkMode::None => "none".into(),
        NetworkMode::Container(id) => format!("container:{id}"),
        _ => "default".into(),
    }
}

/// `GET /containers/{id}/json`: the engine's inspect, with Docker's spellings where they
/// differ from podman's.
pub fn inspect(e: &Engine, id: &str) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    let mut v = ctr::inspect::container(e, &c.id)?;
    if let Some(o) = v.as_object_mut() {
        o.insert("Name".into(), json!(format!("/{}", c.name)));
        o.insert("Image".into(), json!(format!("sha256:{}", c.image_id)));
        if let Some(s) = o.get_mut("State").and_then(Value::as_object_mut) {
            s.insert("Status".into(), json!(state_word(&c)));
        }
        if let Some(cfg) = o.get_mut("Config").and_then(Value::as_object_mut) {
            cfg.insert("Image".into(), json!(c.image_name));
            cfg.insert("Labels".into(), json!(c.settings.labels));
            cfg.insert("Tty".into(), json!(c.settings.tty));
            cfg.insert("OpenStdin".into(), json!(c.settings.interactive));
            cfg.remove("CreateCommand");
            let sig = cfg.get("StopSignal").and_then(Value::as_i64).unwrap_or(15);
            let name = nix::sys::signal::Signal::try_from(sig as i32)
                .map(|s| s.as_str().to_string())
                .unwrap_or_else(|_| sig.to_string());
            cfg.insert("StopSignal".into(), json!(name));
        }
        if let Some(hc) = o.get_mut("HostConfig").and_then(Value::as_object_mut) {
            hc.insert("AutoRemove".into(), json!(c.settings.remove));
            hc.insert("NetworkMode".into(), json!(network_mode(&c)));
            // The log file is readable through /logs: Docker's name for that driver, which
            // clients (docker-py's `run`) check before reading logs.
            let driver = if c.settings.log.driver.writes_file() {
                "json-file"
            } else {
                c.settings.log.driver.name()
            };
            hc.insert("LogConfig".into(), json!({"Type": driver, "Config": {}}));
        }
        let ns = o.entry("NetworkSettings").or_insert_with(|| json!({}));
        if let Some(ns) = ns.as_object_mut() {
            ns.insert("Networks".into(), networks(&c));
            let mut pm = Map::new();
            for p in ports(&c) {
                let key = format!(
                    "{}/{}",
                    p["PrivatePort"],
                    p["Type"].as_str().unwrap_or("tcp")
                );
                if let Some(a) = pm.entry(key).or_insert_with(|| json!([])).as_array_mut() {
                    a.push(json!({"HostIp": p["IP"], "HostPort": p["PublicPort"].to_string()}));
                }
            }
            ns.insert("Ports".into(), Value::Object(pm));
        }
    }
    Ok(http::ok_json(&v))
}

/// Register as a reader of the container's exit (see `runroot::hold_reader`).
fn hold(e: &Engine, c: &ContainerRecord) -> Option<std::fs::File> {
    runroot::hold_reader(e, &c.id).ok()
}

/// `POST /containers/{id}/wait?condition=not-running|next-exit|removed`: the headers at once
/// (clients start the container after them), `{"StatusCode": N}` when the condition holds.
pub fn wait(e: &Engine, id: &str, r: &Req) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    let condition = r
        .query
        .get("condition")
        .filter(|c| !c.is_empty())
        .unwrap_or("not-running");
    if !matches!(condition, "not-running" | "next-exit" | "removed") {
        return Err(ApiError::bad(format!("invalid condition: {condition:?}")));
    }
    let condition = condition.to_string();
    // Registered now, before the client starts the container: its exit is seen.
    let mut reader = hold(e, &c);
    let initial = c.state.finished_at;
    let id = c.id.clone();
    let mut last_code = c.state.exit_code;
    let body = streams::forked(move |out| {
        let mut exited = false;
        loop {
            // The phase first, then the record it was read from or a newer one: the other way
            // round, a record read just before the monitor saved the exit would give its old
            // exit code with the new phase.
            let phase = streams::phase(e, &id);
            let rec = e.store.load_container(&id).ok();
            match &rec {
                None => break,
                Some(rec) => {
                    let not_running = phase != Phase::Running;
                    let new_exit = phase == Phase::Done && rec.state.finished_at != initial;
                    if not_running || new_exit {
                        last_code = rec.state.exit_code;
                    }
                    if condition == "not-running" && not_running {
                        break;
                    }
                    if condition != "not-running" && new_exit {
                        exited = true;
                        if condition == "next-exit" {
                            break;
                        }
                        // removed: let a --rm container go now.
                        reader.take();
                    }
                }
            }
            let d = std::time::Duration::from_millis(if exited { 5 } else { 10 });
            if !streams::pause_unless_gone(out, d) {
                return;
            }
        }
        let _ = writeln!(out, "{}", json!({"StatusCode": last_code, "Error": null}));
    })?;
    Ok(http::reply(StatusCode::OK, Some("application/json"), body))
}

fn log_sel(r: &Req, tty: bool) -> ApiResult<LogSel> {
    let now = crate::store::now_nanos();
    let when = |k: &str| -> ApiResult<Option<i64>> {
        match r.query.get(k) {
            None | Some("") | Some("0") => Ok(None),
            Some(s) => crate::model::time::parse_when(s, now)
                .map(Some)
                .map_err(|err| ApiError::bad(format!("{err:#}"))),
        }
    };
    let tail = match r.query.get("tail") {
        None | Some("") | Some("all") => None,
        Some(t) => Some(
            t.parse::<usize>()
                .map_err(|_| ApiError::bad(format!("invalid tail: {t:?}")))?,
        ),
    };
    Ok(LogSel {
        stdout: r.query.flag("stdout"),
        stderr: r.query.flag("stderr"),
        timestamps: r.query.flag("timestamps"),
        raw: tty,
        since: when("since")?,
        until: when("until")?,
        tail,
    })
}

/// `GET /containers/{id}/logs`: from the log file; with `follow`, until the exit.
pub fn logs(e: &Engine, id: &str, r: &Req) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    let sel = log_sel(r, c.settings.tty)?;
    if !sel.stdout && !sel.stderr {
        return Err(ApiError::bad("you must choose at least one stream"));
    }
    let ctype = if c.settings.tty {
        "application/vnd.docker.raw-stream"
    } else {
        "application/vnd.docker.multiplexed-stream"
    };
    let mut reader = LogReader::new(e, &c.id);
    if !r.query.flag("follow") {
        let mut all = Vec::new();
        streams::follow(
            e,
            &c.id,
            &mut reader,
            &sel,
            false,
            &mut |b| {
                all.extend_from_slice(b);
                true
            },
            &mut |_| true,
        );
        return Ok(http::reply(StatusCode::OK, Some(ctype), http::full(all)));
    }
    let id = c.id.clone();
    let body = streams::forked(move |out| {
        let watch = out.try_clone().ok();
        streams::follow(
            e,
            &id,
            &mut reader,
            &sel,
            true,
            &mut |b| streams::send(out, b),
            &mut |d| {
                watch
                    .as_ref()
                    .is_none_or(|w| streams::pause_unless_gone(w, d))
            },
        );
    })?;
    Ok(http::reply(StatusCode::OK, Some(ctype), body))
}

/// `POST /containers/{id}/resize?h=&w=`: the container's terminal size, through its monitor.
pub fn resize(e: &Engine, id: &str, r: &Req) -> ApiResult<Reply> {
    let c = lookup(e, id)?;
    let h: u16 = r.query.num("h")?.unwrap_or(0);
    let w: u16 = r.query.num("w")?.unwrap_or(0);
    if !c.state.is_running() {
        return Err(ApiError::conflict(format!(
            "Container {} is not running",
            c.id
        )));
    }
    if let Ok(sock) = crate::runtime::monitor::connect(&runroot::run_dir(e, &c.id)) {
        crate::runtime::monitor::send_resize(&sock, h, w);
    }
    Ok(http::reply(StatusCode::OK, None, http::empty()))
}

/// `POST /containers/{id}/attach?stream&stdin&stdout&stderr&logs`: the hijacked stream.
/// Output comes from the log (from its start for a container not started yet, so nothing
/// written before the client's start is lost); stdin goes to the container through its
/// monitor's attach socket.
pub fn attach(e: &Engine, id: &str, r: &Req) -> ApiResult<Out> {
    let c = lookup(e, id)?;
    let mut sel = log_sel(r, c.settings.tty)?;
    sel.since = None;
    sel.until = None;
    sel.tail = None;
    sel.timestamps = false;
    let stdin = r.query.flag("stdin") && c.settings.interactive;
    let stream = r.query.flag("stream");
    let mut reader = LogReader::new(e, &c.id);
    let not_started = c.state.live_status() == ContainerStatus::Created;
    if !not_started && !r.query.flag("logs") {
        reader.skip_to_end();
    }
    let held = hold(e, &c);
    let ctype = if c.settings.tty {
        "application/vnd.docker.raw-stream"
    } else {
        "application/vnd.docker.multiplexed-stream"
    };
    let id = c.id.clone();
    if !r.upgrade {
        // An old client without `Upgrade`: the output as the body.
        let body = streams::forked(move |out| {
            let _held = held;
            let watch = out.try_clone().ok();
            streams::follow(
                e,
                &id,
                &mut reader,
                &sel,
                stream,
                &mut |b| streams::send(out, b),
                &mut |d| {
                    watch
                        .as_ref()
                        .is_none_or(|w| streams::pause_unless_gone(w, d))
                },
            );
        })?;
        return Ok(Out::Reply(http::reply(StatusCode::OK, Some(ctype), body)));
    }
    let mut reply = http::reply(StatusCode::SWITCHING_PROTOCOLS, Some(ctype), http::empty());
    reply
        .headers_mut()
        .insert("Connection", "Upgrade".parse().expect("header"));
    reply
        .headers_mut()
        .insert("Upgrade", "tcp".parse().expect("header"));
    let job: super::conn::Job = Box::new(move |e, sock, early| {
        let _held = held;
        super::exec::attach_session(e, &id, sock, early, stdin, stream, &mut reader, &sel);
    });
    Ok(Out::Hijack(reply, job))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docker_create_body_becomes_cli_options() {
        let body = json!({
            "Image": "busybox",
            "Cmd": ["echo", "hi"],
            "Entrypoint": ["/bin/sh", "-c"],
            "Env": ["A=1"],
            "Labels": {"com.docker.compose.service": "web"},
            "Tty": true,
            "OpenStdin": true,
            "ExposedPorts": {"80/tcp": {}},
            "HostConfig": {
                "Binds": ["/src:/dst:ro"],
                "Mounts": [{"Type": "volume", "Source": "data", "Target": "/data", "ReadOnly": true}],
                "NetworkMode": "proj_default",
                "PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}], "53/udp": [{"HostPort": ""}]},
                "RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 3},
                "AutoRemove": true,
                "Memory": 268435456,
                "NanoCpus": 1500000000,
                "Ulimits": [{"Name": "nofile", "Soft": 100, "Hard": 200}],
            },
            "NetworkingConfig": {"EndpointsConfig": {"proj_default": {"Aliases": ["web"]}}},
        });
        let (o, auto) = options(&body, Some("x".into())).unwrap();
        assert!(auto && o.rm && o.tty && o.interactive);
        assert_eq!(o.command, ["echo", "hi"]);
        assert_eq!(o.entrypoint.as_deref(), Some(r#"["/bin/sh","-c"]"#));
        assert_eq!(o.label, ["com.docker.compose.service=web"]);
        assert_eq!(o.volume, ["/src:/dst:ro"]);
        assert_eq!(o.mount, ["type=volume,target=/data,source=data,readonly"]);
        assert_eq!(o.network, ["proj_default"]);
        assert_eq!(o.network_alias, ["web"]);
        let mut p = o.publish.clone();
        p.sort();
        assert_eq!(p, ["127.0.0.1:8080:80/tcp", "53/udp"]);
        assert_eq!(o.restart.as_deref(), Some("on-failure:3"));
        assert_eq!(o.resources.memory.as_deref(), Some("268435456"));
        assert_eq!(o.resources.cpus.as_deref(), Some("1.5"));
        assert_eq!(o.ulimit, ["nofile=100:200"]);
        assert_eq!(o.pull.as_deref(), Some("never"));
        // The default networks are skiff's default mode.
        let (o, _) = options(
            &json!({"Image": "i", "HostConfig": {"NetworkMode": "bridge"}}),
            None,
        )
        .unwrap();
        assert!(o.network.is_empty());
        assert!(options(&json!({"Cmd": ["x"]}), None).is_err());
        assert!(options(&json!([]), None).is_err());
        assert!(check_name("/ok-name_1").is_ok());
        assert!(check_name("bad name").is_err());
    }
}

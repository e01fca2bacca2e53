//! Container commands.

use super::args::*;
use super::images::print_inspect;
use super::output::print_format;
use super::ExitCode;
use crate::engine::container::{exec, kill, lookup, ps, rm, start, stop, wait};
use crate::engine::system::inspect::{self as einspect, Kind};
use crate::engine::system::unshare as eunshare;
use crate::engine::Engine;
use crate::format;
use crate::model::{ContainerStatus, Signal};
use crate::store::containers::{ContainerRecord, NoSuchContainer};
use anyhow::{bail, Result};
use serde_json::json;

pub fn start(e: &Engine, a: StartArgs) -> Result<i32> {
    let every = a.every;
    if a.attach || a.interactive {
        if every.all || !every.filter.is_empty() {
            bail!("--all and --filter cannot be used with --attach or --interactive");
        }
        if a.containers.len() > 1 {
            bail!("you cannot start and attach multiple containers at once");
        }
        let Some(c) = a.containers.first() else {
            bail!("you must provide at least one container name or ID");
        };
        return start::start_attached(e, c, a.interactive);
    }
    let names = if every.all || !every.filter.is_empty() {
        if !a.containers.is_empty() {
            bail!("--all and --filter cannot be used with container names");
        }
        start::targets(e, &every.filter)?
    } else if a.containers.is_empty() {
        bail!("you must provide at least one container name or ID");
    } else {
        a.containers
    };
    each(names, |c| start::start(e, c))
}

const PS_HEADERS: &[(&str, &str)] = &[
    ("ID", "CONTAINER ID"),
    ("CreatedHuman", "CREATED"),
    ("RunningFor", "CREATED"),
    ("CreatedAt", "CREATED AT"),
    ("Pod", "POD ID"),
    ("PodName", "PODNAME"),
];

fn status_text(c: &ContainerRecord, now: i64) -> String {
    match c.state.status {
        ContainerStatus::Created => "Created".into(),
        ContainerStatus::Stopping => "Stopping".into(),
        s @ (ContainerStatus::Running | ContainerStatus::Paused) => format!(
            "Up {}{}",
            format::human_duration(now - c.state.started_at / 1_000_000_000),
            match (&c.state.health, s) {
                (_, ContainerStatus::Paused) => " (Paused)".to_string(),
                (Some(h), _) if !h.status.is_empty() => format!(" ({})", h.status),
                _ => String::new(),
            }
        ),
        ContainerStatus::Restarting | ContainerStatus::Exited => format!(
            "Exited ({}) {}",
            c.state.exit_code,
            format::human_ago(c.state.finished_at / 1_000_000_000, now)
        ),
    }
}

pub fn ps(e: &Engine, a: PsArgs) -> Result<i32> {
    let all = ps::ps(
        e,
        &ps::PsOpts {
            all: a.all,
            latest: a.latest,
            last: a.last,
            filters: a.filter,
            sort: Some(a.sort),
        },
    )?;
    let now = crate::model::time::now_nanos() / 1_000_000_000;
    let pods = crate::engine::pod::lookup::by_id(e)?;
    let pod_of = |c: &ContainerRecord| c.settings.pod.as_ref().and_then(|p| pods.get(p));
    let pod_name = |c: &ContainerRecord| pod_of(c).map(|p| p.name.clone()).unwrap_or_default();
    // A pod's member publishes the pod's ports.
    let ports_of = |c: &ContainerRecord| match pod_of(c) {
        Some(p) if p.share.net => crate::engine::network::report::ps_ports_of_pod(p),
        _ => crate::engine::network::report::ps_ports(c),
    };
    let pod_id = |c: &ContainerRecord| {
        let p = c.settings.pod.clone().unwrap_or_default();
        if a.no_trunc || p.len() < 12 {
            p
        } else {
            p[..12].to_string()
        }
    };
    let id_of = |id: &str| {
        if a.no_trunc {
            id.to_string()
        } else {
            id[..12].to_string()
        }
    };
    if a.quiet {
        for c in &all {
            println!("{}", id_of(&c.id));
        }
        return Ok(0);
    }
    let cmd_of = |c: &ContainerRecord| {
        let s = c.command.join(" ");
        if a.no_trunc || s.chars().count() <= 20 {
            s
        } else {
            format!("{}...", s.chars().take(17).collect::<String>())
        }
    };
    if let Some(f) = a
        .format
        .as_deref()
        .filter(|f| !f.trim().is_empty() && f.trim() != "table")
    {
        let items: Vec<serde_json::Value> = all
            .iter()
            .map(|c| {
                json!({
                    "ID": id_of(&c.id),
                    "Id": c.id,
                    "Image": c.image_name,
                    "ImageID": c.image_id,
                    "Command": cmd_of(c),
                    "Created": c.created / 1_000_000_000,
                    "CreatedAt": crate::model::time::rfc3339(c.created),
                    "CreatedHuman": format::human_ago(c.created / 1_000_000_000, now),
                    "RunningFor": format::human_ago(c.created / 1_000_000_000, now),
                    "Status": status_text(c, now),
                    "State": c.state.status,
                    "Names": c.name,
                    "Name": c.name,
                    "Ports": ports_of(c),
                    "Pid": c.state.process.pid,
                    "ExitCode": c.state.exit_code,
                    "Exited": c.state.status == ContainerStatus::Exited,
                    "ExitedAt": c.state.finished_at / 1_000_000_000,
                    "StartedAt": c.state.started_at / 1_000_000_000,
                    "Labels": c.settings.labels,
                    "Mounts": c.settings.volumes,
                    "AutoRemove": c.settings.remove,
                    "Pod": pod_id(c),
                    "PodName": pod_name(c),
                })
            })
            .collect();
        let f = if a.noheading {
            f.trim_start_matches("table ")
        } else {
            f
        };
        print_format(f, &items, PS_HEADERS)?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|c| {
            let mut row = vec![
                id_of(&c.id),
                c.image_name.clone(),
                cmd_of(c),
                format::human_ago(c.created / 1_000_000_000, now),
                status_text(c, now),
                ports_of(c),
                c.name.clone(),
            ];
            if a.pod {
                row.extend([pod_id(c), pod_name(c)]);
            }
            row
        })
        .collect();
    let mut headers = vec![
        "CONTAINER ID",
        "IMAGE",
        "COMMAND",
        "CREATED",
        "STATUS",
        "PORTS",
        "NAMES",
    ];
    if a.pod {
        headers.extend(["POD ID", "PODNAME"]);
    }
    let mut out = format::table(&headers, &rows);
    if a.noheading {
        out = out
            .split_once('\n')
            .map(|(_, r)| r.to_string())
            .unwrap_or_default();
    }
    print!("{out}");
    Ok(0)
}

pub fn rm(e: &Engine, a: RmArgs) -> Result<i32> {
    let (out, errs, code) = rm::rm(
        e,
        &rm::RmOpts {
            containers: a.containers,
            force: a.force,
            all: a.all,
            volumes: a.volumes,
            ignore: a.cid.ignore,
            cidfiles: a.cid.cidfile,
            depend: a.depend,
            time: a.time,
        },
    )?;
    for l in out {
        println!("{l}");
    }
    for err in &errs {
        eprintln!("Error: {err}");
    }
    if code != 0 {
        return Err(ExitCode(code).into());
    }
    Ok(0)
}

/// `inspect` (containers first, then images, like podman) and `container inspect`.
pub fn inspect(e: &Engine, a: InspectArgs, only: Option<&str>) -> Result<i32> {
    let kind = match a.kind.as_deref().or(only) {
        Some("container") => Kind::Container,
        Some("image") => Kind::Image,
        _ => Kind::Any,
    };
    let mut names = a.names.clone();
    if a.latest {
        if let Some(c) = lookup::latest(e)? {
            names.push(c.id);
        }
    }
    if names.is_empty() {
        bail!("no names or IDs specified");
    }
    let mut docs = Vec::new();
    let mut code = 0;
    for n in &names {
        match einspect::inspect(e, n, kind) {
            Ok(d) => docs.push(d),
            Err(err) => {
                eprintln!("Error: {err:#}");
                code = 125;
            }
        }
    }
    print_inspect(&docs, a.format.as_deref())?;
    Ok(code)
}

pub fn unshare(e: &Engine, a: UnshareArgs) -> Result<i32> {
    let argv = if a.command.is_empty() {
        vec![std::env::var("SHELL").unwrap_or_else(|_| "/bin/sh".into())]
    } else {
        a.command
    };
    eunshare::unshare(e, &argv)
}

/// Names to act on: the given ones, or with `all` every running container.
fn targets(e: &Engine, all: bool, given: Vec<String>) -> Result<Vec<String>> {
    if all {
        return lookup::with_process(e);
    }
    if given.is_empty() {
        bail!("you must provide at least one container name or ID");
    }
    Ok(given)
}

/// Run `f` for each name, printing the name on success and `Error: ...` otherwise; exit code
/// 125 when any failed.
fn each(names: Vec<String>, f: impl FnMut(&str) -> Result<()>) -> Result<i32> {
    each_but(names, |_| false, f)
}

/// `each`, passing over the errors `skip` accepts in silence.
fn each_but(
    names: Vec<String>,
    skip: impl Fn(&anyhow::Error) -> bool,
    mut f: impl FnMut(&str) -> Result<()>,
) -> Result<i32> {
    let mut code = 0;
    for n in names {
        match f(&n) {
            Ok(()) => println!("{n}"),
            Err(err) if skip(&err) => {}
            Err(err) => {
                eprintln!("Error: {err:#}");
                code = 125;
            }
        }
    }
    Ok(code)
}

pub fn stop(e: &Engine, a: StopArgs) -> Result<i32> {
    let ignore = a.cid.ignore;
    let t = stop::Targets {
        all: a.all,
        containers: a.containers,
        cidfiles: a.cid.cidfile,
        ignore,
    };
    let names = stop::targets(e, &t)?;
    // `--ignore`: a container that does not exist is no error.
    let missing = |err: &anyhow::Error| ignore && err.is::<NoSuchContainer>();
    each_but(names, missing, |n| stop::stop(e, n, a.time))
}

pub fn kill(e: &Engine, a: KillArgs) -> Result<i32> {
    let names = targets(e, a.all, a.containers)?;
    let signal: Signal = a.signal.parse()?;
    each(names, |n| kill::kill(e, n, signal).map(|_| ()))
}

pub fn wait(e: &Engine, a: WaitArgs) -> Result<i32> {
    let mut code = 0;
    for n in &a.containers {
        match wait::wait_condition(e, n, &a.condition) {
            Ok(c) => println!("{c}"),
            Err(err) => {
                eprintln!("Error: {err:#}");
                code = 125;
            }
        }
    }
    Ok(code)
}

/// `container exists`: 0 when it exists, 1 when not, 125 for any other error.
pub fn exists(e: &Engine, a: ContainerExistsArgs) -> Result<i32> {
    match lookup::lookup(e, &a.container) {
        Ok(_) => Ok(0),
        Err(err) if err.downcast_ref::<NoSuchContainer>().is_some() => Ok(1),
        Err(err) => Err(err),
    }
}

pub fn exec(e: &Engine, a: ExecArgs) -> Result<i32> {
    let mut it = a.container_and_command.into_iter();
    let container = it.next().unwrap_or_default();
    exec::exec(
        e,
        &exec::ExecOpts {
            container,
            command: it.collect(),
            env: a.env,
            user: a.user,
            workdir: a.workdir,
            tty: a.tty,
            interactive: a.interactive,
            detach: a.detach,
            privileged: a.privileged,
            capture: None,
            timeout: None,
        },
    )
}

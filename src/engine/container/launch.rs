//! The one start path of every container, foreground or under a monitor: the process is
//! started with the caller's stdio and recorded as running (`launch`); when it has ended, its
//! network, cgroup and OOM state are settled (`after_exit`) and the final record written or,
//! for `--rm`, the container removed (`finish`).

use super::limits::{name_refused_limit, warning_text};
use super::rm::remove_locked;
use super::seccomp::compile_seccomp;
use super::systemd::mark_user_stop;
use crate::engine::network::lookup::uses_networks;
use crate::engine::network::{helper, mode, namespace};
use crate::engine::pod::namespace as pod_ns;
use crate::engine::system::events;
use crate::engine::Engine;
use crate::model::{ContainerStatus, ProcessId};
use crate::runtime::cgroups::{self, Plan};
use crate::runtime::{self, Launch};
use crate::store::containers::{ContainerRecord, Health, State};
use crate::store::{now_nanos, LockKind};
use anyhow::{anyhow, bail, Result};

/// Once the container's process has ended: the network helper stops, whether the OOM killer
/// struck, the cgroup goes, the `died` event. The caller records the state.
pub fn after_exit(
    engine: &Engine,
    rec: &mut ContainerRecord,
    oom: Option<crate::runtime::cgroups::OomWatch>,
    helper: Option<crate::network::helper::Helper>,
    code: i32,
) {
    if let Some(mut h) = helper {
        h.stop();
    }
    namespace::leave(engine, rec);
    pod_ns::leave(engine, rec);
    rec.state.helper = ProcessId::default();
    rec.state.oom_killed = oom.is_some_and(|mut w| w.finish(code));
    if !rec.state.cgroup_path.is_empty() {
        crate::runtime::cgroups::remove(&rec.state.cgroup_path);
    }
    rec.state.cgroup_path.clear();
    events::container(
        engine,
        "died",
        rec,
        &[("containerExitCode", code.to_string())],
    );
}

/// A started container process and its network helper (pasta, slirp4netns), which must live
/// as long as the process: dropping it stops the helper.
pub struct Launched {
    pub started: runtime::Started,
    pub helper: Option<crate::network::helper::Helper>,
}

/// Start the container's process with the caller's stdio and record it as running. A failure
/// to start is recorded (exited, with the error) and returned.
pub fn launch(engine: &Engine, rec: &mut ContainerRecord) -> Result<Launched> {
    if rec.state.is_running() {
        bail!("container {} is already running", rec.name);
    }
    let spec = super::spec::load(engine, &rec.id)?;
    let mut overlay = super::rootfs::overlay(engine, rec)?;
    let nested = super::userns::nested_map(rec);
    if let Some(n) = &nested {
        overlay.id_mapping = Some(n.fuse_mapping());
    }
    let userns_path = super::userns::join_path(rec);
    for l in &overlay.lower {
        if !l.is_dir() {
            bail!(
                "layer {} of image {} is missing from the store",
                l.display(),
                rec.image_name
            );
        }
    }
    let compiled = compile_seccomp(engine, &rec.settings.seccomp, &rec.settings.effective_caps)?;
    let plan = cgroup_plan(engine, rec)?;
    let join = mode::join_target(engine, rec);
    let join_netns_of = join.as_ref().ok().copied().flatten();
    let ns_path = mode::join_path(rec);
    // On user-defined networks the rootless network namespace stays locked until the process
    // is wired in, so it cannot be torn down in between.
    let infra = if uses_networks(rec) {
        match namespace::acquire(engine) {
            Ok(i) => Some(i),
            Err(e) => return Err(failed(engine, rec, e, 125)?),
        }
    } else {
        None
    };
    let join_userns_of = infra.as_ref().map(|i| i.holder());
    // A pod's member: the pod's namespaces, held by its holder, stay locked until the member
    // counts as one of their users.
    let pod = match pod_namespaces(engine, rec) {
        Ok(p) => p,
        Err(e) => return Err(failed(engine, rec, e, 125)?),
    };
    let join_pod = pod.as_ref().map(|(i, f)| (i.holder(), *f));
    let pod = std::cell::RefCell::new(pod);
    let infra = std::cell::RefCell::new(infra);
    let helper = std::cell::RefCell::new(None);
    let net_hook = |pid: i32| -> Result<()> {
        if let Some((p, _)) = pod.borrow().as_ref() {
            return p.add_user(&rec.id, pid);
        }
        *helper.borrow_mut() = match infra.borrow_mut().as_mut() {
            Some(i) => namespace::join(engine, rec, i, pid)?,
            None => helper::attach(engine, rec, pid)?,
        };
        Ok(())
    };
    let launch = Launch {
        spec: &spec,
        overlay: &overlay,
        idmap: engine.idmap(),
        user: &rec.settings.user,
        seccomp: compiled.as_ref(),
        keep_stdin: rec.settings.interactive,
        create_cwd: rec.settings.create_workdir,
        cgroup: Some((&plan, &rec.settings.resources)),
        rlimits: &rec.settings.ulimits,
        oom_score_adj: rec.settings.oom_score_adj,
        net_hook: Some(&net_hook),
        join_netns_of,
        join_netns_path: ns_path.as_deref(),
        join_userns_of,
        join_userns_path: userns_path.as_deref(),
        nested: nested.as_ref(),
        group_add: &rec.settings.group_add,
        passwd_entries: &rec.settings.passwd_entries,
        preserve_fds: rec.settings.preserve_fds,
        die_with_parent: false,
        join_pod,
    };
    events::container(engine, "init", rec, &[]);
    let started = join
        .map_err(|e| anyhow!("{e:#}"))
        .and_then(|_| helper::check_ports(rec))
        .and_then(|_| runtime::start(&launch).map_err(name_refused_limit));
    // Unlock the rootless network namespace and the pod's.
    infra.borrow_mut().take();
    pod.borrow_mut().take();
    let helper = helper.into_inner();
    let started = match started {
        Ok(s) => s,
        Err(e) => {
            if let Some(mut h) = helper {
                h.stop();
            }
            namespace::leave(engine, rec);
            pod_ns::leave(engine, rec);
            let code = e
                .downcast_ref::<runtime::CodedError>()
                .map(|c| c.code)
                .unwrap_or(125);
            return Err(failed(engine, rec, e, code)?);
        }
    };
    for w in &started.cgroup.warnings {
        eprintln!("WARN[0000] {}", warning_text(w));
    }
    rec.state = running(rec, &started);
    if let Some(secs) = rec.settings.timeout {
        kill_after(rec.state.process, secs);
    }
    if let Some(h) = &helper {
        rec.state.helper = h.process;
    }
    engine.store.save_container(rec)?;
    mark_user_stop(engine, &rec.id, false);
    events::container(engine, "start", rec, &[]);
    Ok(Launched { started, helper })
}

/// A pod member's shared namespaces, locked, their holder running, and the flags of those
/// the member joins; None when it is in no pod or the pod shares nothing.
fn pod_namespaces(
    engine: &Engine,
    rec: &ContainerRecord,
) -> Result<Option<(crate::network::infra::Infra, libc::c_int)>> {
    let Some(id) = &rec.settings.pod else {
        return Ok(None);
    };
    let pod = engine
        .store
        .load_pod(id)
        .map_err(|_| anyhow!("the pod of container {} no longer exists", rec.name))?;
    if !pod.share.any() {
        return Ok(None);
    }
    let flags = pod_ns::flags(&pod);
    Ok(Some((pod_ns::acquire(engine, &pod)?, flags)))
}

/// `--timeout`: SIGKILL the process (if it is still the same one) after `secs` seconds, from a
/// thread of the process that waits for it.
fn kill_after(p: ProcessId, secs: u64) {
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(secs));
        if p.is_alive() {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(p.pid),
                nix::sys::signal::Signal::SIGKILL,
            );
        }
    });
}

/// Where the container's cgroup goes and how (warnings about limits that cannot be applied
/// are printed).
fn cgroup_plan(engine: &Engine, rec: &ContainerRecord) -> Result<Plan> {
    cgroups::plan(
        &rec.id,
        &rec.settings.resources,
        rec.settings
            .cgroup_manager
            .as_deref()
            .or(engine.cgroup_manager.as_deref()),
        rec.settings.cgroup_parent.as_deref(),
        !rec.settings.no_cgroup,
        rec.settings.split_cgroup,
        &mut |w| eprintln!("WARN[0000] {}", warning_text(&w)),
    )
}

/// Record a failed start (exited with `code` and the error); the error to return.
fn failed(
    engine: &Engine,
    rec: &mut ContainerRecord,
    e: anyhow::Error,
    code: i32,
) -> Result<anyhow::Error> {
    rec.state.status = ContainerStatus::Exited;
    rec.state.exit_code = code;
    rec.state.error = format!("{e:#}");
    rec.state.finished_at = now_nanos();
    finish(engine, rec)?;
    Ok(e)
}

/// The state of a container whose process just started.
fn running(rec: &ContainerRecord, started: &runtime::Started) -> State {
    State {
        status: ContainerStatus::Running,
        // Our child (or the monitor's), not reaped yet: its start time can be read.
        process: ProcessId::of(started.pid).unwrap_or(ProcessId {
            pid: started.pid,
            start: 0,
        }),
        exit_code: 0,
        started_at: now_nanos(),
        finished_at: 0,
        error: String::new(),
        restart_count: rec.state.restart_count,
        cgroup_path: started.cgroup.path.clone().unwrap_or_default(),
        oom_killed: false,
        helper: ProcessId::default(),
        // Every start begins a new healthcheck history, as podman.
        health: rec.settings.healthcheck.as_ref().map(|_| Health {
            status: "starting".into(),
            ..Default::default()
        }),
    }
}

/// Record the final state, or remove the container when it was started with `--rm`.
pub fn finish(engine: &Engine, rec: &ContainerRecord) -> Result<()> {
    if rec.settings.remove {
        let _lock = engine.store.lock(LockKind::Containers, true)?;
        remove_locked(engine, rec, true)
    } else {
        // The caller's copy may be older than the record: keep what other commands changed
        // meanwhile (rename, network connect/disconnect).
        let mut rec = rec.clone();
        if let Ok(disk) = engine.store.load_container(&rec.id) {
            rec.name = disk.name;
            rec.settings.networks = disk.settings.networks;
        }
        engine.store.save_container(&rec)
    }
}

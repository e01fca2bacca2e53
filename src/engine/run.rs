//! `create`, `start` and `run`: from an image and options to a finished container process.

use super::containers::remove_locked;
use super::spec::{self, SpecInputs, Volume};
use super::Engine;
use crate::model::{
    ContainerConfig, ContainerStatus, NetworkMode, ProcessId, PullPolicy, Seccomp, UsernsMode,
};
use crate::runtime::mounts::Overlay;
use crate::runtime::{self, seccomp, Launch};
use crate::store::containers::{new_id, random_name, ContainerRecord, Settings, State};
use crate::store::images::find;
use crate::store::{now_nanos, write_file, LockKind};
use anyhow::{anyhow, bail, Context, Result};
use oci_spec::image::ImageConfiguration;
use oci_spec::runtime::Spec;
use std::collections::BTreeMap;

/// The image's labels with `--label K=V` on top.
fn labels_of(
    icfg: &oci_spec::image::Config,
    given: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut m: BTreeMap<String, String> = icfg
        .labels()
        .clone()
        .unwrap_or_default()
        .into_iter()
        .collect();
    m.extend(given.iter().map(|(k, v)| (k.clone(), v.clone())));
    m
}

/// A seccomp profile file given at create time: its canonical path, once it is known to
/// compile (so a bad profile fails at create time).
fn seccomp_profile(choice: &Seccomp) -> Result<Seccomp> {
    let Seccomp::Profile(given) = choice else {
        return Ok(choice.clone());
    };
    let v = given.display();
    let p =
        std::fs::canonicalize(given).map_err(|e| anyhow!("opening seccomp profile {v}: {e}"))?;
    let data = std::fs::read(&p)?;
    seccomp::compile_profile(&data, &[]).with_context(|| format!("seccomp profile {v}"))?;
    Ok(Seccomp::Profile(p))
}

/// The filter a container's processes get with these capabilities (None: unconfined).
fn compile_seccomp(choice: &Seccomp, caps: &[String]) -> Result<Option<seccomp::Compiled>> {
    Ok(match choice {
        Seccomp::Unconfined => None,
        Seccomp::Default => Some(seccomp::compile_default(caps)?),
        Seccomp::Profile(path) => {
            let data = std::fs::read(path)
                .with_context(|| format!("reading seccomp profile {}", path.display()))?;
            Some(seccomp::compile_profile(&data, caps)?)
        }
    })
}

/// `create`: make the container record, its directories and its runtime spec.
pub fn create(engine: &Engine, config: &ContainerConfig) -> Result<ContainerRecord> {
    let c = config;
    let store = &engine.store;
    let _ilock = store.lock(LockKind::Images, false)?;
    if c.userns != UsernsMode::Default {
        bail!("--userns modes other than the default mapping are not supported yet");
    }
    let images = store.images()?;
    if matches!(c.pull, PullPolicy::Always | PullPolicy::Newer) {
        bail!(
            "{}: pulling from run/create is not supported yet: run `skiff pull` first",
            c.image
        );
    }
    let img = find(&images, &c.image)?.clone();
    let cfg_bytes = store.read_blob(&img.config_digest())?;
    let cfg: ImageConfiguration =
        serde_json::from_slice(&cfg_bytes).context("the image config is corrupt")?;
    let icfg = cfg.config().clone().unwrap_or_default();

    let id = new_id()?;
    let hostname = c.hostname.clone().unwrap_or_else(|| id[..12].to_string());
    let args = spec::command(&cfg, c)?;
    let env = spec::environment(&cfg, c, &hostname)?;
    let cwd = match &c.workdir {
        Some(w) => w.clone(),
        None => {
            let w = icfg
                .working_dir()
                .clone()
                .filter(|w| !w.is_empty())
                .unwrap_or_else(|| "/".into());
            if !w.starts_with('/') {
                bail!("invalid working directory {w:?}: must be an absolute path");
            }
            w
        }
    };
    let user = c
        .user
        .clone()
        .or_else(|| icfg.user().clone())
        .unwrap_or_default();
    let caps = spec::capabilities(&c.security)?;
    let exposed = icfg.exposed_ports().clone().unwrap_or_default();
    let netset = super::network::settings(engine, &c.network, &exposed)?;
    let shared_dir = match &netset.mode {
        NetworkMode::Container(other) => Some(store.container_dir(other).join("userdata")),
        _ => None,
    };
    let dns = super::network::DnsOpts {
        dns: &c.network.dns,
        search: &c.network.dns_search,
        options: &c.network.dns_options,
        add_host: &c.network.add_hosts,
        shared_from: shared_dir.as_deref(),
        own_ip: None,
    };
    let seccomp = seccomp_profile(&c.security.seccomp)?;
    let volumes_dir = store.root.join("volumes");
    let mut anon = Vec::new();
    let mut volumes: Vec<Volume> = Vec::new();
    for v in &c.volumes {
        let vol = spec::parse_volume(v, &volumes_dir, &|| {
            new_id().unwrap_or_else(|_| crate::store::unique_name("vol"))
        })?;
        if let Some(n) = &vol.name {
            crate::store::mkdir_p(&vol.source)?;
            if vol.anonymous {
                anon.push(n.clone());
            }
        }
        volumes.push(vol);
    }
    // Image VOLUMEs become anonymous volumes unless something is mounted there already.
    for dest in icfg.volumes().clone().unwrap_or_default() {
        if volumes.iter().any(|v| v.dest == dest) {
            continue;
        }
        let name = new_id()?;
        let source = volumes_dir.join(&name).join("_data");
        crate::store::mkdir_p(&source)?;
        anon.push(name.clone());
        volumes.push(Volume {
            source,
            dest,
            readonly: false,
            name: Some(name),
            anonymous: true,
        });
    }
    let mut limits = c.limits.clone();
    super::resources::resolve_devices(&mut limits)?;
    let healthcheck = super::health::settings(&c.health, &cfg_bytes)?;

    let _clock = store.lock(LockKind::Containers, true)?;
    let existing = store.containers()?;
    let name = match &c.name {
        Some(n) => {
            if let Some(other) = existing.iter().find(|x| &x.name == n) {
                bail!(
                    "the container name \"{n}\" is already in use by {}. You have to remove that container to be able to reuse that name: that name is already in use",
                    other.id
                );
            }
            n.clone()
        }
        None => {
            let seed = u64::from_str_radix(&id[..16], 16).unwrap_or(7);
            random_name(seed, &|n| existing.iter().any(|x| x.name == n))
        }
    };
    // Addresses are allocated under the containers lock: concurrent runs never share one.
    let attachments = super::networks::allocate_all(engine, netset.networks(), &existing)?;
    let dns = super::network::DnsOpts {
        own_ip: attachments.first().map(|a| a.ip.as_str()),
        ..dns
    };
    let dir = store.create_container_dirs(&id)?;
    let built = (|| -> Result<ContainerRecord> {
        let userdata = dir.join("userdata");
        super::network::write_userdata(&userdata, &hostname, &name, &netset.mode, &dns, !c.remove)?;
        let gid5 = engine.idmap().host_gid(5).is_some();
        let mut spec = spec::build(
            c,
            &SpecInputs {
                args: &args,
                env: &env,
                cwd: &cwd,
                hostname: &hostname,
                caps: &caps,
                volumes: &volumes,
                userdata: &userdata,
                host_network: netset.mode == NetworkMode::Host,
                gid_mapped_5: gid5,
            },
        )?;
        super::systemd::pass_notify_socket(c, &mut spec)?;
        super::systemd::apply_cgroupns(c, &mut spec)?;
        write_file(
            &dir.join("config.json"),
            &serde_json::to_vec(&spec)?,
            !c.remove,
        )?;
        let rec = ContainerRecord {
            id: id.clone(),
            name,
            image_id: img.id.clone(),
            image_name: img
                .names
                .iter()
                .find(|n| crate::store::reference::name_matches(n, &c.image))
                .or(img.names.first())
                .cloned()
                .unwrap_or_else(|| img.id.clone()),
            layers: img.layers.iter().map(|l| l.chain_id.clone()).collect(),
            created: now_nanos(),
            command: args.clone(),
            settings: Settings {
                user,
                tty: c.tty,
                interactive: c.interactive,
                remove: c.remove,
                seccomp,
                privileged: c.security.privileged,
                network: netset.mode.clone(),
                ports: netset.ports.clone(),
                networks: attachments.clone(),
                create_workdir: c.workdir.is_some(),
                mount_program: c.mount_program.clone(),
                volumes: c.volumes.clone(),
                tmpfs: c.tmpfs.clone(),
                cap_add: c.security.cap_add.clone(),
                cap_drop: c.security.cap_drop.clone(),
                read_only: c.read_only,
                effective_caps: caps.clone(),
                anon_volumes: anon,
                hostname,
                log: c.log,
                restart_policy: c.restart,
                resources: limits,
                ulimits: c.ulimits.clone(),
                oom_score_adj: c.oom_score_adj,
                no_cgroup: c.no_cgroup,
                cgroup_parent: c.cgroup_parent.clone(),
                cgroup_manager: engine.cgroup_manager.clone(),
                labels: {
                    let mut l = labels_of(&icfg, &c.labels);
                    super::autoupdate::unit_label(&mut l);
                    l
                },
                healthcheck,
                sdnotify: c.sdnotify,
                split_cgroup: c.split_cgroup,
                create_options: c.options.clone(),
            },
            state: State {
                status: ContainerStatus::Created,
                ..Default::default()
            },
        };
        store.save_container(&rec)?;
        super::events::container(engine, "create", &rec, &[]);
        Ok(rec)
    })();
    if built.is_err() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    built
}

/// Start a container in the background: a monitor process (`container-monitor`, see
/// `engine::monitor`) starts it, logs its output, restarts it under its policy and records
/// its exit. Returns once the command has been exec'd (or failed to).
pub fn start_detached(engine: &Engine, rec: ContainerRecord) -> Result<()> {
    use super::monitor::{is_active, monitored};
    if is_active(&rec) {
        return Ok(());
    }
    // A monitor may still be recording the previous exit (or about to restart): never run two.
    let start = std::time::Instant::now();
    loop {
        let fresh = engine.store.load_container(&rec.id)?;
        if is_active(&fresh) {
            return Ok(());
        }
        if !monitored(engine, &rec.id) {
            return super::monitor::spawn(engine, &fresh);
        }
        if start.elapsed() > std::time::Duration::from_secs(5) {
            bail!(
                "container {} still has a monitor recording its last exit",
                rec.name
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Start a created (or exited) container in the foreground and wait for it. Returns its
/// exit status. With `remove`, the container is deleted afterwards.
pub fn start_foreground(engine: &Engine, rec: ContainerRecord) -> Result<i32> {
    start_inner(engine, rec)
}

fn start_inner(engine: &Engine, mut rec: ContainerRecord) -> Result<i32> {
    // Like podman, a foreground container still writes its log (and prints the output), unless
    // its log driver says otherwise; a --rm container has nobody to read it.
    let logged = !rec.settings.remove && rec.settings.log.driver.writes_file();
    if !logged {
        let Launched {
            mut started,
            helper,
        } = launch(engine, &mut rec)?;
        let oom = started.oom.take();
        super::events::container(engine, "attach", &rec, &[]);
        let code = wait_supervised(engine, &rec, started, None)?;
        after_exit(engine, &mut rec, oom, helper, code);
        return record_exit(engine, rec, code);
    }
    let path = engine
        .store
        .container_dir(&rec.id)
        .join("userdata")
        .join("ctr.log");
    let mut log = runtime::monitor::LogWriter::open(Some(&path), rec.settings.log.max_size)?;
    let mut io = runtime::monitor::ChildIo::new(rec.settings.tty, false)?;
    let Launched {
        mut started,
        helper,
    } = io.with_stdio(|| launch(engine, &mut rec))??;
    let oom = started.oom.take();
    super::events::container(engine, "attach", &rec, &[]);
    let tee = runtime::monitor::Tee {
        io: &io,
        log: &mut log,
    };
    let code = wait_supervised(engine, &rec, started, Some(tee))?;
    after_exit(engine, &mut rec, oom, helper, code);
    record_exit(engine, rec, code)
}

/// Wait for a foreground container as its monitor: sd_notify (`--sdnotify`) and its
/// healthchecks (`engine::systemd::Foreground`) besides `runtime::wait_ticking`.
fn wait_supervised(
    engine: &Engine,
    rec: &ContainerRecord,
    started: runtime::Started,
    tee: Option<runtime::monitor::Tee>,
) -> Result<i32> {
    let mut sd = super::systemd::Foreground::new(engine, rec);
    sd.started();
    let ticks = sd.ticks();
    let mut tick = || sd.tick();
    let ticking: Option<runtime::Tick> = if ticks { Some(&mut tick) } else { None };
    runtime::wait_ticking(started, rec.settings.interactive, tee, ticking)
}

/// Once the container's process has ended: the network helper stops, whether the OOM killer
/// struck, the cgroup goes, the `died` event. The caller records the state.
pub(super) fn after_exit(
    engine: &Engine,
    rec: &mut ContainerRecord,
    oom: Option<crate::runtime::cgroups::OomWatch>,
    helper: Option<crate::network::helper::Helper>,
    code: i32,
) {
    if let Some(mut h) = helper {
        h.stop();
    }
    super::networks::leave(engine, rec);
    rec.state.helper = ProcessId::default();
    rec.state.oom_killed = oom.is_some_and(|mut w| w.finish(code));
    if !rec.state.cgroup_path.is_empty() {
        crate::runtime::cgroups::remove(&rec.state.cgroup_path);
    }
    rec.state.cgroup_path.clear();
    super::events::container(
        engine,
        "died",
        rec,
        &[("containerExitCode", code.to_string())],
    );
}

fn record_exit(engine: &Engine, mut rec: ContainerRecord, code: i32) -> Result<i32> {
    rec.state.status = ContainerStatus::Exited;
    rec.state.process = ProcessId::default();
    rec.state.exit_code = code;
    rec.state.finished_at = now_nanos();
    finish(engine, &rec)?;
    Ok(code)
}

/// A started container process and its network helper (pasta, slirp4netns), which must live
/// as long as the process: dropping it stops the helper.
pub(super) struct Launched {
    pub started: runtime::Started,
    pub helper: Option<crate::network::helper::Helper>,
}

/// Start the container's process with the caller's stdio and record it as running. A failure
/// to start is recorded (exited, with the error) and returned.
pub(super) fn launch(engine: &Engine, rec: &mut ContainerRecord) -> Result<Launched> {
    let store = &engine.store;
    if rec.state.is_running() {
        bail!("container {} is already running", rec.name);
    }
    let dir = store.container_dir(&rec.id);
    let spec = Spec::load(dir.join("config.json"))
        .map_err(|e| anyhow!("reading the container's spec: {e}"))?;
    let overlay = container_overlay(engine, rec)?;
    for l in &overlay.lower {
        if !l.is_dir() {
            bail!(
                "layer {} of image {} is missing from the store",
                l.display(),
                rec.image_name
            );
        }
    }
    let compiled = compile_seccomp(&rec.settings.seccomp, &rec.settings.effective_caps)?;
    let limits = &rec.settings.resources;
    let plan = crate::runtime::cgroups::plan(
        &rec.id,
        limits,
        rec.settings
            .cgroup_manager
            .as_deref()
            .or(engine.cgroup_manager.as_deref()),
        rec.settings.cgroup_parent.as_deref(),
        !rec.settings.no_cgroup,
        rec.settings.split_cgroup,
        &mut |w| eprintln!("WARN[0000] {}", super::resources::warning_text(&w)),
    )?;
    let join = super::network::join_target(engine, rec);
    let join_netns_of = join.as_ref().ok().copied().flatten();
    let ns_path = super::network::join_path(rec);
    // On user-defined networks the rootless network namespace stays locked until the process
    // is wired in, so it cannot be torn down in between.
    let infra = if super::networks::uses_networks(rec) {
        match super::networks::acquire(engine) {
            Ok(i) => Some(i),
            Err(e) => {
                rec.state.status = ContainerStatus::Exited;
                rec.state.exit_code = 125;
                rec.state.error = format!("{e:#}");
                rec.state.finished_at = now_nanos();
                finish(engine, rec)?;
                return Err(e);
            }
        }
    } else {
        None
    };
    let join_userns_of = infra.as_ref().map(|i| i.holder());
    let infra = std::cell::RefCell::new(infra);
    let helper = std::cell::RefCell::new(None);
    let net_hook = |pid: i32| -> Result<()> {
        *helper.borrow_mut() = match infra.borrow_mut().as_mut() {
            Some(i) => super::networks::join(engine, rec, i, pid)?,
            None => super::network::attach(engine, rec, pid)?,
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
        cgroup: Some((&plan, limits)),
        rlimits: &rec.settings.ulimits,
        oom_score_adj: rec.settings.oom_score_adj,
        net_hook: Some(&net_hook),
        join_netns_of,
        join_netns_path: ns_path.as_deref(),
        join_userns_of,
    };
    super::events::container(engine, "init", rec, &[]);
    let started = join
        .map_err(|e| anyhow!("{e:#}"))
        .and_then(|_| super::network::check_ports(rec))
        .and_then(|_| runtime::start(&launch).map_err(super::resources::name_refused_limit));
    // Unlock the rootless network namespace.
    infra.borrow_mut().take();
    let started = match started {
        Ok(s) => s,
        Err(e) => {
            if let Some(mut h) = helper.borrow_mut().take() {
                h.stop();
            }
            super::networks::leave(engine, rec);
            rec.state.status = ContainerStatus::Exited;
            rec.state.exit_code = e
                .downcast_ref::<runtime::CodedError>()
                .map(|c| c.code)
                .unwrap_or(125);
            rec.state.error = format!("{e:#}");
            rec.state.finished_at = now_nanos();
            finish(engine, rec)?;
            return Err(e);
        }
    };
    for w in &started.cgroup.warnings {
        eprintln!("WARN[0000] {}", super::resources::warning_text(w));
    }
    rec.state = State {
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
        health: rec
            .settings
            .healthcheck
            .as_ref()
            .map(|_| Default::default()),
    };
    if let Some(h) = &mut rec.state.health {
        h.status = "starting".into();
    }
    let helper = helper.into_inner();
    if let Some(h) = &helper {
        rec.state.helper = h.process;
    }
    store.save_container(rec)?;
    super::systemd::mark_user_stop(engine, &rec.id, false);
    super::events::container(engine, "start", rec, &[]);
    Ok(Launched { started, helper })
}

/// The overlay a container's root filesystem is made of: its image's layers (top first; an
/// empty directory for an image without layers) under its own upper directory.
pub(super) fn container_overlay(engine: &Engine, rec: &ContainerRecord) -> Result<Overlay> {
    let store = &engine.store;
    let mut lower: Vec<std::path::PathBuf> = rec
        .layers
        .iter()
        .rev()
        .map(|c| store.layer_dir(c))
        .collect();
    if lower.is_empty() {
        let empty = store.root.join("layers").join("empty");
        crate::store::mkdir_p(&empty.join("diff"))?;
        lower.push(empty.join("diff"));
    }
    let dir = store.container_dir(&rec.id);
    Ok(Overlay {
        lower,
        upper: dir.join("upper"),
        work: dir.join("work"),
        target: dir.join("merged"),
        mount_program: rec.settings.mount_program.clone(),
    })
}

/// Record the final state, or remove the container when it was started with `--rm`.
pub(super) fn finish(engine: &Engine, rec: &ContainerRecord) -> Result<()> {
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

/// `run` in the foreground: create, start, wait. Returns the exit status.
pub fn run(engine: &Engine, config: &ContainerConfig) -> Result<i32> {
    let rec = create(engine, config)?;
    start_foreground(engine, rec)
}

/// The status of an exec killed at its `timeout` (podman reports a timed-out healthcheck as -1).
pub const TIMED_OUT: i32 = -1;

/// Options of `exec`.
#[derive(Debug, Clone, Default)]
pub struct ExecOpts {
    pub container: String,
    pub command: Vec<String>,
    pub env: Vec<String>,
    pub user: Option<String>,
    pub workdir: Option<String>,
    pub tty: bool,
    pub interactive: bool,
    pub detach: bool,
    pub privileged: bool,
    /// stdout and stderr to this descriptor (healthchecks).
    pub capture: Option<std::os::fd::RawFd>,
    /// Kill the process after this long (healthchecks): a `CodedError` with `TIMED_OUT`.
    pub timeout: Option<std::time::Duration>,
}

/// `exec`: run a command in a running container; its exit status (0 at once with `detach`).
pub fn exec(engine: &Engine, opts: &ExecOpts) -> Result<i32> {
    let rec = super::containers::lookup(engine, &opts.container)?;
    if !rec.state.is_running() {
        bail!("can only create exec sessions on running containers: container state improper");
    }
    let spec = Spec::load(engine.store.container_dir(&rec.id).join("config.json"))
        .map_err(|e| anyhow!("reading the container's spec: {e}"))?;
    let process = spec.process().clone().unwrap_or_default();
    let mut env = process.env().clone().unwrap_or_default();
    for e in &opts.env {
        let kv = if e.contains('=') {
            e.clone()
        } else {
            match std::env::var(e) {
                Ok(v) => format!("{e}={v}"),
                Err(_) => continue,
            }
        };
        let key = kv.split('=').next().unwrap_or("").to_string();
        env.retain(|x| x.split('=').next() != Some(key.as_str()));
        env.push(kv);
    }
    if opts.tty && !env.iter().any(|e| e.starts_with("TERM=")) {
        env.push("TERM=xterm".into());
    }
    let caps = if opts.privileged {
        crate::runtime::security::all_caps()
    } else {
        rec.settings.effective_caps.clone()
    };
    let compiled = compile_seccomp(&rec.settings.seccomp, &caps)?;
    let cwd = opts
        .workdir
        .clone()
        .unwrap_or_else(|| process.cwd().display().to_string());
    let user = opts
        .user
        .clone()
        .unwrap_or_else(|| rec.settings.user.clone());
    let x = runtime::exec::ExecSpec {
        target: rec.state.process.pid,
        args: &opts.command,
        env: &env,
        cwd: &cwd,
        user: &user,
        caps: &caps,
        no_new_privs: process.no_new_privileges().unwrap_or(false),
        seccomp: compiled.as_ref(),
        tty: opts.tty && !opts.detach,
        keep_stdin: opts.interactive && !opts.detach,
        console: runtime::tty::caller_size().filter(|_| opts.tty),
        // A detached exec must not keep the caller's stdout open (`$(skiff exec -d ..)`).
        stdio: match (opts.detach, opts.capture) {
            (true, _) => runtime::exec::ExecStdio::Null,
            (false, Some(fd)) => runtime::exec::ExecStdio::Capture(fd),
            (false, None) => runtime::exec::ExecStdio::Inherit,
        },
    };
    let started = runtime::exec::start(&x)?;
    if opts.detach {
        return Ok(0);
    }
    if let Some(limit) = opts.timeout {
        return match runtime::wait_timeout(started, limit)? {
            Some(code) => Ok(code),
            None => Err(runtime::CodedError {
                code: TIMED_OUT,
                msg: format!("the command timed out after {limit:?}"),
            }
            .into()),
        };
    }
    runtime::wait(started, opts.interactive)
}

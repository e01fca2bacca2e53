//! `create`: from a `ContainerConfig` to a container record, its directories, its userdata
//! (hosts, hostname, resolv.conf) and its OCI runtime spec.

use super::cidfile;
use super::limits::resolve_devices;
use super::lookup::list;
use super::rm::{rm, RmOpts};
use super::seccomp::seccomp_profile;
use super::spec::{self, SpecInputs};
use super::systemd::{apply_cgroupns, pass_notify_socket, unit_label};
use crate::engine::network::allocate::allocate_all;
use crate::engine::network::mode;
use crate::engine::network::mode::NetSettings;
use crate::engine::network::userdata::{write_userdata, DnsOpts};
use crate::engine::system::events;
use crate::engine::Engine;
use crate::model::{Attachment, ContainerConfig, ContainerStatus, Limits, NetworkMode, Seccomp};
use crate::store::containers::{
    new_id, random_name, ContainerRecord, Healthcheck, Settings, State,
};
use crate::store::images::{find, ImageRecord};
use crate::store::{now_nanos, write_file, LockKind};
use anyhow::{bail, Context, Result};
use oci_spec::image::ImageConfiguration;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What `create` decides before it takes the containers lock.
struct Prepared {
    id: String,
    image: ImageRecord,
    image_labels: BTreeMap<String, String>,
    hostname: String,
    args: Vec<String>,
    env: Vec<String>,
    cwd: String,
    user: String,
    caps: Vec<String>,
    net: NetSettings,
    seccomp: Seccomp,
    mounts: super::mounts::Resolved,
    limits: Limits,
    healthcheck: Option<Healthcheck>,
    /// `--stop-signal`, else the image's.
    stop_signal: Option<i32>,
    host: super::extras::HostExtras,
    /// `--pod`: the pod it joins.
    pod: Option<crate::store::pods::PodRecord>,
    /// `--userns`/`--uidmap` maps, resolved under the containers lock.
    idmaps: super::userns::Maps,
}

/// How a systemd service creates its container (not container options: not recorded).
#[derive(Debug, Clone, Default)]
pub struct CreateOpts {
    /// `--replace`: remove a container of the same name first (running or not).
    pub replace: bool,
    /// `--cidfile`: write the new container's ID there; an existing file is refused unless
    /// replacing (podman's rule).
    pub cidfile: Option<PathBuf>,
}

/// `create` with `--replace` and `--cidfile`.
pub fn create_with(
    engine: &Engine,
    config: &ContainerConfig,
    opts: &CreateOpts,
) -> Result<ContainerRecord> {
    if opts.replace {
        let Some(name) = &config.name else {
            bail!("cannot replace container without --name being set");
        };
        replace(engine, name)?;
    } else if let Some(f) = &opts.cidfile {
        cidfile::check_free(f)?;
    }
    let rec = create(engine, config)?;
    if let Some(f) = &opts.cidfile {
        cidfile::write(f, &rec.id)?;
    }
    Ok(rec)
}

/// `--replace`: remove the container that has this name already, if any.
fn replace(engine: &Engine, name: &str) -> Result<()> {
    if !list(engine)?.iter().any(|c| c.name == name) {
        return Ok(());
    }
    let opts = RmOpts {
        containers: vec![name.to_string()],
        force: true,
        // Removed meanwhile by someone else is fine too.
        ignore: true,
        ..RmOpts::default()
    };
    let (_, errs, _) = rm(engine, &opts)?;
    match errs.first() {
        Some(e) => bail!("replacing container {name}: {e}"),
        None => Ok(()),
    }
}

/// `create`: make the container record, its directories and its runtime spec.
pub fn create(engine: &Engine, config: &ContainerConfig) -> Result<ContainerRecord> {
    // A pod's member takes the pod's network and names (a `new:` pod is made now).
    let (fitted, pod) = match &config.pod {
        Some(_) => {
            let mut c = config.clone();
            let pod = crate::engine::pod::member::resolve(engine, &mut c)?;
            (Some(c), pod)
        }
        None => (None, None),
    };
    let c = fitted.as_ref().unwrap_or(config);
    let store = &engine.store;
    let _ilock = store.lock(LockKind::Images, false)?;
    let mut prep = prepare(engine, c)?;
    prep.pod = pod;
    let _clock = store.lock(LockKind::Containers, true)?;
    let existing = store.containers()?;
    prep.idmaps = super::userns::maps(engine, c, &existing)?;
    let name = container_name(c, &prep.id, &existing)?;
    // Addresses are allocated under the containers lock: concurrent runs never share one.
    let attachments = allocate_all(engine, prep.net.networks(), &existing)?;
    let dir = store.create_container_dirs(&prep.id)?;
    let built = write_container(engine, c, &prep, &dir, name, attachments);
    if built.is_err() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    built
}

/// Everything `create` takes from the image and the host: the process, networking,
/// seccomp, volumes, limits, healthcheck.
fn prepare(engine: &Engine, c: &ContainerConfig) -> Result<Prepared> {
    let store = &engine.store;
    super::userns::check(engine, c)?;
    let images = store.images()?;
    let image = find(&images, &c.image)?.clone();
    let cfg_bytes = store.read_blob(&image.config_digest())?;
    let cfg: ImageConfiguration =
        serde_json::from_slice(&cfg_bytes).context("the image config is corrupt")?;
    let icfg = cfg.config().clone().unwrap_or_default();
    let id = new_id()?;
    let hostname = c.hostname.clone().unwrap_or_else(|| id[..12].to_string());
    let args = spec::command(&cfg, c)?;
    let env = spec::environment(&cfg, c, &hostname)?;
    let cwd = workdir(c, &icfg)?;
    let keep_id = super::userns::keep_id_user(c);
    let user = c
        .user
        .clone()
        .or_else(|| keep_id.as_ref().map(|(u, _)| u.clone()))
        .or_else(|| icfg.user().clone())
        .unwrap_or_default();
    let caps = spec::capabilities(&c.security)?;
    let mut exposed = icfg.exposed_ports().clone().unwrap_or_default();
    exposed.extend(c.extras.expose.iter().cloned());
    let mut host = super::extras::resolve(&c.extras)?;
    if let Some((_, line)) = keep_id {
        host.passwd_entries.push(line);
    }
    let net = mode::settings(engine, &c.network, &exposed)?;
    let seccomp = seccomp_profile(&c.security.seccomp)?;
    let image_volumes = icfg.volumes().clone().unwrap_or_default();
    let mounts = super::mounts::resolve(engine, c, &image_volumes, &images)?;
    let mut limits = c.limits.clone();
    resolve_devices(&mut limits)?;
    let healthcheck = super::health::settings(&c.health, &cfg_bytes)?;
    let stop_signal = match (&c.stop_signal, icfg.stop_signal()) {
        (Some(s), _) => Some(s.number()),
        (None, Some(s)) => Some(s.parse::<crate::model::Signal>()?.number()),
        (None, None) => None,
    };
    Ok(Prepared {
        id,
        image,
        image_labels: icfg
            .labels()
            .clone()
            .unwrap_or_default()
            .into_iter()
            .collect(),
        hostname,
        args,
        env,
        cwd,
        user,
        caps,
        net,
        seccomp,
        mounts,
        limits,
        healthcheck,
        stop_signal,
        host,
        pod: None,
        idmaps: Default::default(),
    })
}

/// `--workdir`, else the image's working directory (which must be absolute), else `/`.
fn workdir(c: &ContainerConfig, icfg: &oci_spec::image::Config) -> Result<String> {
    if let Some(w) = &c.workdir {
        return Ok(w.clone());
    }
    let w = icfg
        .working_dir()
        .clone()
        .filter(|w| !w.is_empty())
        .unwrap_or_else(|| "/".into());
    if !w.starts_with('/') {
        bail!("invalid working directory {w:?}: must be an absolute path");
    }
    Ok(w)
}

/// `--name` (unused by any container), else a random free name.
fn container_name(c: &ContainerConfig, id: &str, existing: &[ContainerRecord]) -> Result<String> {
    match &c.name {
        Some(n) => {
            if let Some(other) = existing.iter().find(|x| &x.name == n) {
                bail!(
                    "the container name \"{n}\" is already in use by {}. You have to remove that container to be able to reuse that name: that name is already in use",
                    other.id
                );
            }
            Ok(n.clone())
        }
        None => {
            let seed = u64::from_str_radix(&id[..16], 16).unwrap_or(7);
            Ok(random_name(seed, &|n| existing.iter().any(|x| x.name == n)))
        }
    }
}

/// Write the userdata files, the runtime spec and the record into the new directory.
fn write_container(
    engine: &Engine,
    c: &ContainerConfig,
    prep: &Prepared,
    dir: &Path,
    name: String,
    attachments: Vec<Attachment>,
) -> Result<ContainerRecord> {
    let store = &engine.store;
    let userdata = dir.join("userdata");
    let shared_dir = match (&prep.net.mode, &prep.pod) {
        (NetworkMode::Container(other), _) => Some(store.container_dir(other).join("userdata")),
        (_, Some(pod)) if pod.share.net => Some(store.pod_dir(&pod.id).join("userdata")),
        _ => None,
    };
    let dns = DnsOpts {
        dns: &c.network.dns,
        search: &c.network.dns_search,
        options: &c.network.dns_options,
        add_host: &c.network.add_hosts,
        shared_from: shared_dir.as_deref(),
        own_ip: attachments.first().map(|a| a.ip.as_str()),
    };
    write_userdata(
        &userdata,
        &prep.hostname,
        &name,
        &prep.net.mode,
        &dns,
        !c.remove,
    )?;
    let localtime = match &prep.host.zone {
        Some(z) => Some(super::extras::write_localtime(&userdata, z)?),
        None => None,
    };
    let rec = record(engine, c, prep, name, attachments);
    write_file(
        &userdata.join(".containerenv"),
        super::extras::containerenv(&rec).as_bytes(),
        !c.remove,
    )?;
    let mut spec = spec::build(
        c,
        &SpecInputs {
            args: &prep.args,
            env: &prep.env,
            cwd: &prep.cwd,
            hostname: &prep.hostname,
            caps: &prep.caps,
            volumes: &[],
            mounts: &prep.mounts.spec,
            userdata: &userdata,
            host_network: prep.net.mode == NetworkMode::Host,
            gid_mapped_5: engine.idmap().host_gid(5).is_some(),
            init: prep.host.init.as_deref(),
            localtime: localtime.as_deref(),
        },
    )?;
    pass_notify_socket(c, &mut spec)?;
    apply_cgroupns(c, &mut spec)?;
    write_file(
        &dir.join("config.json"),
        &serde_json::to_vec(&spec)?,
        !c.remove,
    )?;
    store.save_container(&rec)?;
    events::container(engine, "create", &rec, &[]);
    Ok(rec)
}

/// The new container's record.
fn record(
    engine: &Engine,
    c: &ContainerConfig,
    prep: &Prepared,
    name: String,
    attachments: Vec<Attachment>,
) -> ContainerRecord {
    let img = &prep.image;
    let mut labels = prep.image_labels.clone();
    labels.extend(c.labels.iter().map(|(k, v)| (k.clone(), v.clone())));
    unit_label(&mut labels);
    ContainerRecord {
        id: prep.id.clone(),
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
        command: prep.args.clone(),
        settings: Settings {
            user: prep.user.clone(),
            tty: c.tty,
            interactive: c.interactive,
            remove: c.remove,
            seccomp: prep.seccomp.clone(),
            privileged: c.security.privileged,
            network: prep.net.mode.clone(),
            ports: prep.net.ports.clone(),
            networks: attachments,
            create_workdir: c.workdir.is_some(),
            mount_program: c.mount_program.clone(),
            volumes: c.volumes.clone(),
            tmpfs: c.tmpfs.clone(),
            cap_add: c.security.cap_add.clone(),
            cap_drop: c.security.cap_drop.clone(),
            read_only: c.read_only,
            effective_caps: prep.caps.clone(),
            anon_volumes: prep.mounts.anonymous.clone(),
            mounts: prep.mounts.mounts.clone(),
            userns: c.userns.clone(),
            uid_map: prep.idmaps.uids.clone(),
            gid_map: prep.idmaps.gids.clone(),
            hostname: prep.hostname.clone(),
            log: c.log.clone(),
            restart_policy: c.restart,
            resources: prep.limits.clone(),
            ulimits: c.ulimits.clone(),
            oom_score_adj: c.oom_score_adj,
            no_cgroup: c.no_cgroup,
            cgroup_parent: c.cgroup_parent.clone(),
            cgroup_manager: engine.cgroup_manager.clone(),
            labels,
            healthcheck: prep.healthcheck.clone(),
            stop_signal: prep.stop_signal,
            stop_timeout: c.stop_timeout,
            group_add: c.extras.group_add.clone(),
            timeout: c.extras.timeout,
            passwd_entries: prep.host.passwd_entries.clone(),
            preserve_fds: c.extras.preserve_fds,
            sdnotify: c.sdnotify,
            split_cgroup: c.split_cgroup,
            create_options: c.options.clone(),
            pod: prep.pod.as_ref().map(|p| p.id.clone()),
        },
        state: State {
            status: ContainerStatus::Created,
            ..Default::default()
        },
    }
}

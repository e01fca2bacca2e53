//! `create`: from a `ContainerConfig` to a container record, its directories, its userdata
//! (hosts, hostname, resolv.conf) and its OCI runtime spec.

use super::seccomp::seccomp_profile;
use super::spec::{self, SpecInputs, Volume};
use crate::engine::network::allocate::allocate_all;
use crate::engine::network::mode;
use crate::engine::network::userdata::{write_userdata, DnsOpts};
use crate::engine::system::events;
use crate::engine::Engine;
use crate::model::{ContainerConfig, ContainerStatus, NetworkMode, PullPolicy, UsernsMode};
use crate::store::containers::{new_id, random_name, ContainerRecord, Settings, State};
use crate::store::images::find;
use crate::store::{now_nanos, write_file, LockKind};
use anyhow::{bail, Context, Result};
use oci_spec::image::ImageConfiguration;
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
    let netset = mode::settings(engine, &c.network, &exposed)?;
    let shared_dir = match &netset.mode {
        NetworkMode::Container(other) => Some(store.container_dir(other).join("userdata")),
        _ => None,
    };
    let dns = DnsOpts {
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
    super::limits::resolve_devices(&mut limits)?;
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
    let attachments = allocate_all(engine, netset.networks(), &existing)?;
    let dns = DnsOpts {
        own_ip: attachments.first().map(|a| a.ip.as_str()),
        ..dns
    };
    let dir = store.create_container_dirs(&id)?;
    let built = (|| -> Result<ContainerRecord> {
        let userdata = dir.join("userdata");
        write_userdata(&userdata, &hostname, &name, &netset.mode, &dns, !c.remove)?;
        let gid5 = engine.idmap().host_gid(5).is_some();
        let spec = spec::build(
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
                labels: labels_of(&icfg, &c.labels),
                healthcheck,
            },
            state: State {
                status: ContainerStatus::Created,
                ..Default::default()
            },
        };
        store.save_container(&rec)?;
        events::container(engine, "create", &rec, &[]);
        Ok(rec)
    })();
    if built.is_err() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    built
}

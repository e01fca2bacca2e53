//! `run`, `create` and the internal `container-create-json`: flags (or JSON) into
//! `ContainerOptions`, validated, handed to the engine.

use super::args::{CreateJsonArgs, ResourceArgs, RunArgs};
use super::progress::LazyRender;
use crate::engine::container::create::CreateOpts;
use crate::engine::container::{pull, run as erun};
use crate::engine::Engine;
use crate::model::{ContainerConfig, ContainerOptions, ResourceOptions};
use anyhow::{Context, Result};

/// The `run`/`create` flags: the container options, and how a service creates the container
/// (`--replace`, `--cidfile`: not container options, they are not recorded).
fn container_options(mut a: RunArgs) -> (ContainerOptions, CreateOpts) {
    let create = CreateOpts {
        replace: a.systemd.replace,
        cidfile: a.systemd.cidfile.take(),
    };
    (options_of(a), create)
}

/// The container options of the `run`/`create` flags (the positional words: image, command).
fn options_of(a: RunArgs) -> ContainerOptions {
    let mut it = a.image_and_command.into_iter();
    ContainerOptions {
        image: it.next().unwrap_or_default(),
        command: it.collect(),
        name: a.name,
        env: a.env,
        env_file: a.env_file,
        workdir: a.workdir,
        user: a.user,
        entrypoint: a.entrypoint,
        hostname: a.hostname,
        domainname: a.domainname,
        volume: a.volume,
        tmpfs: a.tmpfs,
        mount: a.mount,
        volumes_from: a.volumes_from,
        read_only: a.read_only,
        read_only_tmpfs: a.read_only_tmpfs,
        network: a.network,
        network_alias: a.network_alias,
        ip: a.ip,
        mac_address: a.mac_address,
        publish: a.publish,
        publish_all: a.publish_all,
        pod: a.pod,
        dns: a.dns,
        dns_search: a.dns_search,
        dns_option: a.dns_option,
        add_host: a.add_host,
        cap_add: a.cap_add,
        cap_drop: a.cap_drop,
        security_opt: a.security_opt,
        privileged: a.privileged,
        interactive: a.interactive,
        tty: a.tty,
        rm: a.rm,
        storage_opt: a.storage_opt,
        resources: resource_options(a.resources),
        ulimit: a.ulimit,
        oom_score_adj: a.oom_score_adj,
        cgroups: Some(a.cgroups),
        cgroup_parent: a.cgroup_parent,
        label: a.label,
        log_driver: a.log_driver,
        log_opt: a.log_opt,
        health_cmd: a.health_cmd,
        health_interval: a.health_interval,
        health_retries: a.health_retries,
        health_timeout: a.health_timeout,
        health_start_period: a.health_start_period,
        no_healthcheck: a.no_healthcheck,
        restart: a.restart,
        pull: a.pull,
        platform: super::registry::platform(a.platform, a.os, a.arch, a.variant),
        tls_verify: a.tls_verify,
        authfile: a.authfile,
        userns: a.userns,
        uidmap: a.uidmap,
        gidmap: a.gidmap,
        stop_signal: a.stop_signal,
        stop_timeout: a.stop_timeout,
        group_add: a.group_add,
        tz: a.tz,
        expose: a.expose,
        init: a.init,
        init_path: a.init_path,
        env_host: a.env_host,
        hostuser: a.hostuser,
        timeout: a.timeout,
        preserve_fds: a.preserve_fds,
        memory_swappiness: a.memory_swappiness,
        base_env: Vec::new(),
        cgroupns: a.systemd.cgroupns,
        sdnotify: a.systemd.sdnotify,
    }
}

pub(super) fn resource_options(r: ResourceArgs) -> ResourceOptions {
    ResourceOptions {
        memory: r.memory,
        memory_swap: r.memory_swap,
        memory_reservation: r.memory_reservation,
        cpus: r.cpus,
        cpu_shares: r.cpu_shares,
        cpu_quota: r.cpu_quota,
        cpu_period: r.cpu_period,
        cpuset_cpus: r.cpuset_cpus,
        cpuset_mems: r.cpuset_mems,
        pids_limit: r.pids_limit,
        blkio_weight: r.blkio_weight,
        device_read_bps: r.device_read_bps,
        device_write_bps: r.device_write_bps,
    }
}

/// Create a container and run it: detached (print its ID) or in the foreground (its status).
fn run_config(
    e: &Engine,
    config: &ContainerConfig,
    detach: bool,
    quiet: bool,
    opts: &CreateOpts,
) -> Result<i32> {
    let progress = LazyRender::new(quiet);
    if detach {
        println!("{}", erun::run_detached(e, config, opts, &progress)?);
        return Ok(0);
    }
    erun::run(e, config, opts, &progress)
}

/// The options with containers.conf's defaults under them.
fn with_defaults(mut o: ContainerOptions) -> Result<ContainerOptions> {
    crate::config::containers_conf::get()?.apply_to(&mut o);
    Ok(o)
}

pub fn run(e: &Engine, a: RunArgs) -> Result<i32> {
    let (detach, quiet) = (a.detach, a.quiet);
    let (opts, create) = container_options(a);
    let config = with_defaults(opts)?.validate()?;
    run_config(e, &config, detach, quiet, &create)
}

pub fn create(e: &Engine, a: RunArgs) -> Result<i32> {
    let quiet = a.quiet;
    let (opts, create) = container_options(a);
    let config = with_defaults(opts)?.validate()?;
    let rec = pull::create_pulling(e, &config, &create, &LazyRender::new(quiet))?;
    println!("{}", rec.id);
    Ok(0)
}

/// `container-create-json` (internal): `ContainerOptions` as JSON on stdin, as the API and
/// compose adapters give them; created (ID printed), or run with `--start`/`--detach`.
pub fn create_json(e: &Engine, a: CreateJsonArgs) -> Result<i32> {
    let opts: ContainerOptions = serde_json::from_reader(std::io::stdin().lock())
        .context("reading container options (JSON) from stdin")?;
    let config = with_defaults(opts)?.validate()?;
    if a.start || a.detach {
        return run_config(e, &config, a.detach, false, &CreateOpts::default());
    }
    let rec = pull::create_pulling(e, &config, &CreateOpts::default(), &LazyRender::new(false))?;
    println!("{}", rec.id);
    Ok(0)
}

//! Project actions (`up`, `down`, `ps`, `logs`, `stop`, ...) as sequences of engine calls:
//! every container is made from the typed `ContainerConfig` of its service, never from a
//! command line. Independent services are created and started together (one thread, and one
//! `Engine`, per service of a dependency level); pulls of distinct images run in parallel
//! with one progress display.

use super::convert::{self, LABEL_HASH, LABEL_NUMBER, LABEL_ONEOFF, LABEL_PROJECT, LABEL_SERVICE};
use super::load::Project;
use super::order;
use crate::engine::container::create::CreateOpts;
use crate::engine::container::lookup::list;
use crate::engine::container::pull::{create_pulling, ensure_image};
use crate::engine::container::rm::{rm, RmOpts};
use crate::engine::container::{kill, pause, restart, start, stop};
use crate::engine::image::build::{self as ebuild, BuildOptions, ContextSource, FileSource};
use crate::engine::image::transfer::Progress;
use crate::engine::network::create::{create as net_create, CreateOpts as NetOpts};
use crate::engine::network::lookup::find as net_find;
use crate::engine::{Engine, GlobalOpts};
use crate::model::{ContainerConfig, ContainerOptions, PullPolicy, Signal};
use crate::store::containers::ContainerRecord;
use anyhow::{anyhow, bail, Context, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

/// What the actions need: the project, the store (through a fresh `Engine` per thread), and
/// where status lines go.
pub struct Ctx<'a> {
    pub g: &'a GlobalOpts,
    pub project: &'a Project,
    /// One status line (`Container p-web-1  Started`).
    pub say: &'a (dyn Fn(&str) + Sync),
}

/// `up`'s options.
#[derive(Debug, Clone, Default)]
pub struct UpOpts {
    pub services: Vec<String>,
    pub build: bool,
    pub no_build: bool,
    pub force_recreate: bool,
    pub no_recreate: bool,
    pub remove_orphans: bool,
    pub no_deps: bool,
    pub scale: BTreeMap<String, u32>,
    /// `--wait`: until every service runs (and is healthy when it has a healthcheck).
    pub wait: bool,
    pub pull: Option<String>,
}

/// The validated containers of each service, before anything is touched.
pub struct Plan {
    /// service → one config per container number (1..=N).
    pub configs: BTreeMap<String, Vec<ContainerConfig>>,
}

/// Options of one container, with containers.conf's defaults under them, validated.
fn validated(o: ContainerOptions, service: &str) -> Result<ContainerConfig> {
    let mut o = o;
    crate::config::containers_conf::get()?.apply_to(&mut o);
    o.validate()
        .with_context(|| format!("service \"{service}\""))
}

/// Convert and validate every container of the selected services: an invalid file starts
/// nothing.
pub fn plan(
    ctx: &Ctx,
    services: &[String],
    scale: &BTreeMap<String, u32>,
    pull: Option<&str>,
) -> Result<Plan> {
    let p = ctx.project;
    for s in services {
        if !p.file.services.contains_key(s) {
            bail!("no such service: {s}");
        }
    }
    for s in scale.keys() {
        if !p.file.services.contains_key(s) {
            bail!("no such service: {s}");
        }
    }
    let mut configs = BTreeMap::new();
    let mut warned = BTreeSet::new();
    for name in p.file.services.keys() {
        let svc = &p.file.services[name];
        let n = convert::replicas(svc, scale.get(name).copied());
        if n > 1 && svc.container_name.is_some() {
            bail!("service \"{name}\": container_name is set, so it cannot be scaled to {n} containers");
        }
        let mut list = Vec::new();
        for i in 1..=n.max(1) {
            let mut c = convert::convert(p, name, i)?;
            if let Some(pp) = pull {
                if c.options.pull.as_deref() != Some("never") {
                    c.options.pull = Some(pp.to_string());
                }
            }
            for w in c.warnings {
                if warned.insert(w.clone()) {
                    eprintln!("WARN[0000] {w}");
                }
            }
            list.push(validated(c.options, name)?);
        }
        if n == 0 {
            list.clear();
        }
        configs.insert(name.clone(), list);
    }
    Ok(Plan { configs })
}

/// The project's containers (not one-off `run` containers unless asked), by service.
pub fn containers(engine: &Engine, project: &str, oneoff: bool) -> Result<Vec<ContainerRecord>> {
    let mut out: Vec<ContainerRecord> = list(engine)?
        .into_iter()
        .filter(|c| c.settings.labels.get(LABEL_PROJECT).map(String::as_str) == Some(project))
        .filter(|c| {
            oneoff || c.settings.labels.get(LABEL_ONEOFF).map(String::as_str) != Some("True")
        })
        .collect();
    out.sort_by(|a, b| (svc(a), number(a)).cmp(&(svc(b), number(b))));
    Ok(out)
}

pub fn svc(c: &ContainerRecord) -> &str {
    c.settings
        .labels
        .get(LABEL_SERVICE)
        .map_or("", String::as_str)
}

pub fn number(c: &ContainerRecord) -> u32 {
    c.settings
        .labels
        .get(LABEL_NUMBER)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The networks the selected services use, created when missing (external ones must exist).
fn ensure_networks(engine: &Engine, ctx: &Ctx, services: &BTreeSet<String>) -> Result<()> {
    let p = ctx.project;
    let mut nets = BTreeSet::new();
    for s in services {
        nets.extend(convert::service_networks(&p.file.services[s]));
    }
    for net in nets {
        let name = convert::network_name(p, &net);
        if convert::network_is_external(p, &net) {
            net_find(engine, &name).map_err(|_| {
                anyhow!("network {name} declared as external, but could not be found")
            })?;
            continue;
        }
        if net_find(engine, &name).is_ok() {
            continue;
        }
        let def = p
            .file
            .networks
            .get(&net)
            .cloned()
            .flatten()
            .unwrap_or_default();
        let ipam = def.ipam.unwrap_or_default();
        let first = ipam.config.first().cloned().unwrap_or_default();
        let mut labels = vec![
            format!("{LABEL_PROJECT}={}", p.name),
            format!("{}={net}", convert::LABEL_NETWORK),
        ];
        for (k, v) in &def.labels {
            labels.push(format!(
                "{k}={}",
                v.as_ref().map(|v| v.text()).unwrap_or_default()
            ));
        }
        let opts = NetOpts {
            name: Some(name.clone()),
            driver: def.driver.clone(),
            subnet: first.subnet,
            gateway: first.gateway,
            internal: def.internal.unwrap_or(false),
            disable_dns: false,
            labels,
            options: Vec::new(),
            ignore: true,
        };
        net_create(engine, &opts).with_context(|| format!("creating network {name}"))?;
        (ctx.say)(&format!("Network {name}  Created"));
    }
    Ok(())
}

/// Build the images of `build:` services: all with `always`, else those missing.
pub fn build_images(
    engine: &Engine,
    ctx: &Ctx,
    services: &BTreeSet<String>,
    always: bool,
    report: &dyn ebuild::Report,
) -> Result<()> {
    let p = ctx.project;
    for s in services {
        let Some(plan) = convert::build_plan(p, s) else {
            continue;
        };
        if !always && image_present(engine, &plan.tag)? {
            continue;
        }
        let kv = |l: &[String]| -> BTreeMap<String, String> {
            l.iter()
                .map(|a| {
                    let (k, v) = a.split_once('=').unwrap_or((a, ""));
                    (k.to_string(), v.to_string())
                })
                .collect()
        };
        let mut network = ContainerOptions::default().validate()?.network;
        network.mode = crate::model::NetworkMode::Default;
        let opts = BuildOptions {
            context: ContextSource::Dir(plan.context.clone().into()),
            file: plan.dockerfile.clone().map(|f| FileSource::Path(f.into())),
            tags: vec![plan.tag.clone()],
            build_args: kv(&plan.args),
            target: plan.target.clone(),
            no_cache: plan.no_cache,
            layers: true,
            squash: false,
            labels: kv(&plan.labels),
            annotations: BTreeMap::new(),
            pull: PullPolicy::Missing,
            network,
            platform: None,
            format: None,
            quiet: false,
            client: Default::default(),
            secrets: BTreeMap::new(),
            build_contexts: BTreeMap::new(),
        };
        ebuild::build(engine, &opts, report)
            .with_context(|| format!("building the image of service \"{s}\""))?;
        (ctx.say)(&format!("Image {}  Built", plan.tag));
    }
    Ok(())
}

fn image_present(engine: &Engine, name: &str) -> Result<bool> {
    let images = engine.store.images()?;
    Ok(crate::store::images::find(&images, name).is_ok())
}

/// Pull the images the services need, distinct images in parallel.
fn pull_images(
    ctx: &Ctx,
    plan: &Plan,
    services: &BTreeSet<String>,
    progress: &dyn Progress,
) -> Result<()> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<&ContainerConfig> = Vec::new();
    for s in services {
        if let Some(c) = plan.configs[s].first() {
            if seen.insert(c.image.clone()) {
                todo.push(c);
            }
        }
    }
    std::thread::scope(|sc| -> Result<()> {
        let handles: Vec<_> = todo
            .iter()
            .map(|c| {
                sc.spawn(move || -> Result<()> {
                    let e = Engine::new(ctx.g)?;
                    ensure_image(&e, c, progress)
                })
            })
            .collect();
        for h in handles {
            h.join().map_err(|_| anyhow!("a pull failed"))??;
        }
        Ok(())
    })
}

/// `up`: networks, images, then each dependency level's services in parallel.
pub fn up(
    engine: &Engine,
    ctx: &Ctx,
    o: &UpOpts,
    progress: &dyn Progress,
    report: &dyn ebuild::Report,
) -> Result<Vec<String>> {
    let p = ctx.project;
    let plan = plan(ctx, &o.services, &o.scale, o.pull.as_deref())?;
    let levels = if o.no_deps && !o.services.is_empty() {
        vec![o.services.clone()]
    } else {
        order::levels(&p.file, &o.services)
    };
    let selected: BTreeSet<String> = levels.iter().flatten().cloned().collect();
    if !o.no_build {
        build_images(engine, ctx, &selected, o.build, report)?;
    }
    pull_images(ctx, &plan, &selected, progress)?;
    for s in &selected {
        if let Some(c) = plan.configs[s].first() {
            if !image_present(engine, &c.image)? {
                bail!("service \"{s}\": {}: image not known", c.image);
            }
        }
    }
    ensure_networks(engine, ctx, &selected)?;
    ensure_volumes(engine, ctx, &selected)?;
    let existing = containers(engine, &p.name, false)?;
    orphans(engine, ctx, &existing, o.remove_orphans)?;
    for level in &levels {
        std::thread::scope(|sc| -> Result<()> {
            let handles: Vec<_> = level
                .iter()
                .map(|s| {
                    let plan = &plan;
                    let existing = &existing;
                    sc.spawn(move || -> Result<()> {
                        let e = Engine::new(ctx.g)?;
                        wait_dependencies(&e, ctx, s)?;
                        converge(&e, ctx, s, &plan.configs[s], existing, o)
                    })
                })
                .collect();
            let mut first_err = None;
            for h in handles {
                let r = h.join().map_err(|_| anyhow!("a service thread panicked"))?;
                if let (Err(e), None) = (r, &first_err) {
                    first_err = Some(e);
                }
            }
            first_err.map_or(Ok(()), Err)
        })?;
    }
    if o.wait {
        for s in &selected {
            wait_for(engine, p, s, "service_healthy_or_running")?;
        }
    }
    let all = containers(engine, &p.name, false)?;
    Ok(all
        .iter()
        .filter(|c| selected.contains(svc(c)))
        .map(|c| c.id.clone())
        .collect())
}

/// Containers of the project whose service is gone: reported, or removed with
/// `--remove-orphans`.
fn orphans(engine: &Engine, ctx: &Ctx, existing: &[ContainerRecord], remove: bool) -> Result<()> {
    let p = ctx.project;
    let gone: Vec<&ContainerRecord> = existing
        .iter()
        .filter(|c| !p.file.services.contains_key(svc(c)))
        .collect();
    if gone.is_empty() {
        return Ok(());
    }
    if remove {
        for c in gone {
            remove_container(engine, c, false)?;
            (ctx.say)(&format!("Container {}  Removed", c.name));
        }
    } else {
        let names: Vec<&str> = gone.iter().map(|c| c.name.as_str()).collect();
        eprintln!(
            "WARN[0000] Found orphan containers ({}) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.",
            names.join(", ")
        );
    }
    Ok(())
}

fn remove_container(engine: &Engine, c: &ContainerRecord, volumes: bool) -> Result<()> {
    let (_, errs, _) = rm(
        engine,
        &RmOpts {
            containers: vec![c.id.clone()],
            force: true,
            volumes,
            ignore: true,
            time: Some(c.settings.stop_timeout()),
            ..RmOpts::default()
        },
    )?;
    match errs.first() {
        Some(e) => bail!("removing {}: {e}", c.name),
        None => Ok(()),
    }
}

/// Wait for what `service` depends on, as its `depends_on` conditions say.
fn wait_dependencies(engine: &Engine, ctx: &Ctx, service: &str) -> Result<()> {
    let p = ctx.project;
    let s = &p.file.services[service];
    for (dep, d) in &s.depends_on {
        let cond = convert::condition(d);
        if cond != "service_started" {
            (ctx.say)(&format!(
                "Container {}  Waiting",
                convert::container_name(p, dep, 1)
            ));
            wait_for(engine, p, dep, cond)?;
            (ctx.say)(&format!(
                "Container {}  {}",
                convert::container_name(p, dep, 1),
                if cond == "service_healthy" {
                    "Healthy"
                } else {
                    "Exited"
                }
            ));
        }
    }
    Ok(())
}

/// How long `up` waits for a dependency's condition.
const WAIT_LIMIT: Duration = Duration::from_secs(300);

/// Poll the service's containers until the condition holds.
fn wait_for(engine: &Engine, p: &Project, service: &str, cond: &str) -> Result<()> {
    let start = Instant::now();
    loop {
        let cs: Vec<ContainerRecord> = containers(engine, &p.name, false)?
            .into_iter()
            .filter(|c| svc(c) == service)
            .collect();
        let mut done = !cs.is_empty();
        for c in &cs {
            let health = c.state.health.as_ref().map(|h| h.status.as_str());
            let running = c.state.is_running();
            let ok = match cond {
                "service_healthy" => {
                    if health == Some("unhealthy") {
                        bail!(
                            "dependency failed to start: container {} is unhealthy",
                            c.name
                        );
                    }
                    if c.settings.healthcheck.is_none() {
                        bail!("dependency failed to start: container {} has no healthcheck configured", c.name);
                    }
                    if !running && !c.state.status.has_process() && c.state.started_at > 0 {
                        bail!(
                            "dependency failed to start: container {} exited ({})",
                            c.name,
                            c.state.exit_code
                        );
                    }
                    health == Some("healthy")
                }
                "service_completed_successfully" => {
                    let exited = !running && c.state.finished_at > 0;
                    if exited && c.state.exit_code != 0 {
                        bail!(
                            "service \"{service}\" didn't complete successfully: exit {}",
                            c.state.exit_code
                        );
                    }
                    exited
                }
                _ => {
                    // --wait: running, and healthy when there is a healthcheck.
                    if health == Some("unhealthy") {
                        bail!("container {} is unhealthy", c.name);
                    }
                    running && (c.settings.healthcheck.is_none() || health == Some("healthy"))
                }
            };
            done &= ok;
        }
        if done {
            return Ok(());
        }
        if start.elapsed() > WAIT_LIMIT {
            bail!("timed out waiting for service \"{service}\" ({cond})");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Make a service's containers match its configs: unchanged ones keep running (started when
/// stopped), changed ones are recreated, missing ones created, extra ones (scaled down)
/// removed.
fn converge(
    engine: &Engine,
    ctx: &Ctx,
    service: &str,
    configs: &[ContainerConfig],
    existing: &[ContainerRecord],
    o: &UpOpts,
) -> Result<()> {
    let mine: Vec<&ContainerRecord> = existing.iter().filter(|c| svc(c) == service).collect();
    for (i, config) in configs.iter().enumerate() {
        let n = i as u32 + 1;
        let want_hash = config.labels.get(LABEL_HASH).cloned().unwrap_or_default();
        let name = config.name.clone().unwrap_or_default();
        match mine.iter().find(|c| number(c) == n || c.name == name) {
            Some(c) => {
                let same = c.settings.labels.get(LABEL_HASH) == Some(&want_hash);
                if (same && !o.force_recreate) || o.no_recreate {
                    if c.state.is_running() {
                        (ctx.say)(&format!("Container {}  Running", c.name));
                    } else {
                        start::start(engine, &c.id)
                            .with_context(|| format!("starting {}", c.name))?;
                        (ctx.say)(&format!("Container {}  Started", c.name));
                    }
                    continue;
                }
                (ctx.say)(&format!("Container {}  Recreate", c.name));
                remove_container(engine, c, false)?;
                create_and_start(engine, ctx, config)?;
                (ctx.say)(&format!("Container {}  Recreated", name));
            }
            None => {
                create_and_start(engine, ctx, config)?;
                (ctx.say)(&format!("Container {name}  Started"));
            }
        }
    }
    for c in mine.iter().filter(|c| number(c) as usize > configs.len()) {
        remove_container(engine, c, false)?;
        (ctx.say)(&format!("Container {}  Removed", c.name));
    }
    Ok(())
}

fn create_and_start(engine: &Engine, ctx: &Ctx, config: &ContainerConfig) -> Result<()> {
    let name = config.name.clone().unwrap_or_default();
    let none = |_: crate::engine::image::transfer::Event<'_>| {};
    let rec = create_pulling(engine, config, &CreateOpts::default(), &none)
        .with_context(|| format!("creating container {name}"))?;
    (ctx.say)(&format!("Container {name}  Created"));
    start::start(engine, &rec.id).with_context(|| format!("starting {name}"))
}

/// `down`: stop and remove the containers (reverse dependency order), the project's
/// networks, and with `volumes` its named volumes.
pub fn down(engine: &Engine, ctx: &Ctx, volumes: bool, remove_orphans: bool) -> Result<()> {
    let p = ctx.project;
    let all = containers(engine, &p.name, true)?;
    let levels = order::levels(&p.file, &[]);
    let mut done = BTreeSet::new();
    let mut batches: Vec<Vec<&ContainerRecord>> = Vec::new();
    for level in levels.iter().rev() {
        let batch: Vec<&ContainerRecord> = all
            .iter()
            .filter(|c| level.iter().any(|s| s == svc(c)))
            .collect();
        done.extend(batch.iter().map(|c| c.id.clone()));
        batches.push(batch);
    }
    // One-off containers and orphans go too (orphans only when asked).
    let rest: Vec<&ContainerRecord> = all
        .iter()
        .filter(|c| !done.contains(&c.id))
        .filter(|c| {
            remove_orphans
                || p.file.services.contains_key(svc(c))
                || c.settings.labels.get(LABEL_ONEOFF).map(String::as_str) == Some("True")
        })
        .collect();
    batches.insert(0, rest);
    for batch in batches {
        run_parallel(ctx, &batch, |e, c| {
            remove_container(e, c, volumes)?;
            (ctx.say)(&format!("Container {}  Removed", c.name));
            Ok(())
        })?;
    }
    for net in networks_of(p) {
        if convert::network_is_external(p, &net) {
            continue;
        }
        let name = convert::network_name(p, &net);
        if net_find(engine, &name).is_err() {
            continue;
        }
        let r = crate::engine::network::rm::remove(engine, std::slice::from_ref(&name), false)?;
        match r.errors.first() {
            Some(e) => eprintln!("WARN[0000] removing network {name}: {e}"),
            None => (ctx.say)(&format!("Network {name}  Removed")),
        }
    }
    if volumes {
        for v in volumes_of(p) {
            remove_volume(engine, ctx, &v)?;
        }
    }
    Ok(())
}

/// The networks of the file the services use, and those it declares.
fn networks_of(p: &Project) -> BTreeSet<String> {
    let mut nets: BTreeSet<String> = p.file.networks.keys().cloned().collect();
    for s in p.file.services.values() {
        nets.extend(convert::service_networks(s));
    }
    nets
}

/// The named volumes of the file (not external ones): the engine names.
fn volumes_of(p: &Project) -> Vec<String> {
    p.file
        .volumes
        .keys()
        .filter(|v| !convert::volume_is_external(p, v))
        .map(|v| convert::volume_name(p, v))
        .collect()
}

fn remove_volume(engine: &Engine, ctx: &Ctx, name: &str) -> Result<()> {
    if !crate::engine::volume::exists::exists(engine, name) {
        return Ok(());
    }
    let r = crate::engine::volume::rm::rm(
        engine,
        &crate::engine::volume::rm::VolumeRmOptions {
            names: vec![name.to_string()],
            all: false,
            force: false,
        },
    )?;
    match r.errors.first() {
        Some(e) => eprintln!("WARN[0000] removing volume {name}: {e}"),
        None => (ctx.say)(&format!("Volume {name}  Removed")),
    }
    Ok(())
}

/// The named volumes the selected services use, created (with the project's labels) when
/// missing; external ones must exist.
fn ensure_volumes(engine: &Engine, ctx: &Ctx, services: &BTreeSet<String>) -> Result<()> {
    let p = ctx.project;
    let mut used = BTreeSet::new();
    for s in services {
        for v in &p.file.services[s].volumes {
            if let Some(n) = convert::named_volume(v) {
                used.insert(n);
            }
        }
    }
    for vol in used {
        let name = convert::volume_name(p, &vol);
        let exists = crate::engine::volume::exists::exists(engine, &name);
        if convert::volume_is_external(p, &vol) {
            if !exists {
                bail!("external volume \"{name}\" not found");
            }
            continue;
        }
        if exists {
            continue;
        }
        let def = p
            .file
            .volumes
            .get(&vol)
            .cloned()
            .flatten()
            .unwrap_or_default();
        let mut labels: BTreeMap<String, String> = def
            .labels
            .iter()
            .map(|(k, v)| (k.clone(), v.as_ref().map(|v| v.text()).unwrap_or_default()))
            .collect();
        labels.insert(LABEL_PROJECT.into(), p.name.clone());
        labels.insert(convert::LABEL_VOLUME.into(), vol.clone());
        let opts = crate::engine::volume::create::VolumeCreateOptions {
            name: Some(name.clone()),
            driver: def.driver.clone(),
            labels,
            options: def
                .driver_opts
                .iter()
                .map(|(k, v)| (k.clone(), v.as_ref().map(|v| v.text()).unwrap_or_default()))
                .collect(),
            ignore: true,
            anonymous: false,
        };
        crate::engine::volume::create::create(engine, &opts)
            .with_context(|| format!("creating volume {name}"))?;
        (ctx.say)(&format!("Volume {name}  Created"));
    }
    Ok(())
}

/// `f` on each container, in parallel (one thread and one `Engine` each).
fn run_parallel(
    ctx: &Ctx,
    recs: &[&ContainerRecord],
    f: impl Fn(&Engine, &ContainerRecord) -> Result<()> + Sync,
) -> Result<()> {
    let f = &f;
    std::thread::scope(|sc| -> Result<()> {
        let hs: Vec<_> = recs
            .iter()
            .map(|c| {
                sc.spawn(move || -> Result<()> {
                    let e = Engine::new(ctx.g)?;
                    f(&e, c)
                })
            })
            .collect();
        let mut first = None;
        for h in hs {
            if let Err(e) = h.join().map_err(|_| anyhow!("a thread panicked"))? {
                first.get_or_insert(e);
            }
        }
        first.map_or(Ok(()), Err)
    })
}

/// The project's containers of these services (all when empty).
pub fn selected(
    engine: &Engine,
    ctx: &Ctx,
    services: &[String],
    oneoff: bool,
) -> Result<Vec<ContainerRecord>> {
    for s in services {
        if !ctx.project.file.services.contains_key(s) {
            bail!("no such service: {s}");
        }
    }
    Ok(containers(engine, &ctx.project.name, oneoff)?
        .into_iter()
        .filter(|c| services.is_empty() || services.iter().any(|s| s == svc(c)))
        .collect())
}

/// `stop`: in reverse dependency order.
pub fn stop(engine: &Engine, ctx: &Ctx, services: &[String], timeout: Option<u64>) -> Result<()> {
    let recs = selected(engine, ctx, services, false)?;
    for level in order::levels(&ctx.project.file, &[]).iter().rev() {
        let batch: Vec<&ContainerRecord> = recs
            .iter()
            .filter(|c| level.iter().any(|s| s == svc(c)) && c.state.is_running())
            .collect();
        run_parallel(ctx, &batch, |e, c| {
            stop::stop(e, &c.id, timeout)?;
            (ctx.say)(&format!("Container {}  Stopped", c.name));
            Ok(())
        })?;
    }
    Ok(())
}

/// `start`: in dependency order, waiting on conditions.
pub fn start(engine: &Engine, ctx: &Ctx, services: &[String]) -> Result<()> {
    let recs = selected(engine, ctx, services, false)?;
    if recs.is_empty() {
        bail!("no containers to start");
    }
    for level in order::levels(&ctx.project.file, &[]) {
        let batch: Vec<&ContainerRecord> = recs
            .iter()
            .filter(|c| level.iter().any(|s| s == svc(c)))
            .collect();
        run_parallel(ctx, &batch, |e, c| {
            wait_dependencies(e, ctx, svc(c))?;
            start::start(e, &c.id)?;
            (ctx.say)(&format!("Container {}  Started", c.name));
            Ok(())
        })?;
    }
    Ok(())
}

/// `restart`.
pub fn restart(
    engine: &Engine,
    ctx: &Ctx,
    services: &[String],
    timeout: Option<u64>,
) -> Result<()> {
    let recs = selected(engine, ctx, services, false)?;
    for level in order::levels(&ctx.project.file, &[]) {
        let batch: Vec<&ContainerRecord> = recs
            .iter()
            .filter(|c| level.iter().any(|s| s == svc(c)))
            .collect();
        run_parallel(ctx, &batch, |e, c| {
            restart::restart(e, &c.id, timeout)?;
            (ctx.say)(&format!("Container {}  Restarted", c.name));
            Ok(())
        })?;
    }
    Ok(())
}

/// `kill`: running containers get the signal.
pub fn kill(engine: &Engine, ctx: &Ctx, services: &[String], sig: Signal) -> Result<()> {
    let recs = selected(engine, ctx, services, false)?;
    let running: Vec<&ContainerRecord> = recs.iter().filter(|c| c.state.is_running()).collect();
    run_parallel(ctx, &running, |e, c| {
        kill::kill(e, &c.id, sig)?;
        (ctx.say)(&format!("Container {}  Killed", c.name));
        Ok(())
    })
}

/// `pause` / `unpause`.
pub fn pause(engine: &Engine, ctx: &Ctx, services: &[String], frozen: bool) -> Result<()> {
    let recs = selected(engine, ctx, services, false)?;
    for c in &recs {
        if frozen == (c.state.status == crate::model::ContainerStatus::Paused)
            || !c.state.is_running()
        {
            continue;
        }
        pause::pause(engine, &c.id, frozen)?;
        (ctx.say)(&format!(
            "Container {}  {}",
            c.name,
            if frozen { "Paused" } else { "Unpaused" }
        ));
    }
    Ok(())
}

/// `rm`: stopped containers (running ones too with `stop`).
pub fn remove(
    engine: &Engine,
    ctx: &Ctx,
    services: &[String],
    stop_first: bool,
    volumes: bool,
) -> Result<()> {
    let recs = selected(engine, ctx, services, true)?;
    let which: Vec<&ContainerRecord> = recs
        .iter()
        .filter(|c| stop_first || !c.state.is_running())
        .collect();
    if which.is_empty() {
        (ctx.say)("No stopped containers");
        return Ok(());
    }
    run_parallel(ctx, &which, |e, c| {
        remove_container(e, c, volumes)?;
        (ctx.say)(&format!("Container {}  Removed", c.name));
        Ok(())
    })
}

/// `run SERVICE CMD`: a one-off container of the service (`PROJECT-SERVICE-run-ID`), its
/// dependencies started first unless `no_deps`.
pub struct RunOpts {
    pub service: String,
    pub command: Vec<String>,
    pub rm: bool,
    pub detach: bool,
    pub no_deps: bool,
    pub name: Option<String>,
    pub env: Vec<String>,
    pub user: Option<String>,
    pub workdir: Option<String>,
    pub entrypoint: Option<String>,
    pub publish: Vec<String>,
    pub service_ports: bool,
    pub tty: bool,
}

pub fn run(
    engine: &Engine,
    ctx: &Ctx,
    r: &RunOpts,
    progress: &dyn Progress,
    report: &dyn ebuild::Report,
) -> Result<i32> {
    let p = ctx.project;
    if !p.file.services.contains_key(&r.service) {
        bail!("no such service: {}", r.service);
    }
    let deps: Vec<String> = order::deps(&p.file, &r.service).into_iter().collect();
    if !r.no_deps && !deps.is_empty() {
        up(
            engine,
            ctx,
            &UpOpts {
                services: deps,
                ..UpOpts::default()
            },
            progress,
            report,
        )?;
    }
    let me: BTreeSet<String> = [r.service.clone()].into_iter().collect();
    ensure_networks(engine, ctx, &me)?;
    ensure_volumes(engine, ctx, &me)?;
    let one: BTreeSet<String> = [r.service.clone()].into_iter().collect();
    build_images(engine, ctx, &one, false, report)?;
    let mut o = convert::convert(p, &r.service, 1)?.options;
    let suffix = &crate::store::containers::new_id()?[..12];
    o.name = Some(
        r.name
            .clone()
            .unwrap_or_else(|| format!("{}-{}-run-{suffix}", p.name, r.service)),
    );
    o.label
        .retain(|l| !l.starts_with(LABEL_ONEOFF) && !l.starts_with(LABEL_NUMBER));
    o.label.push(format!("{LABEL_ONEOFF}=True"));
    if !r.command.is_empty() {
        o.command = r.command.clone();
    }
    if !r.service_ports {
        o.publish.clear();
    }
    o.publish.extend(r.publish.iter().cloned());
    o.env.extend(r.env.iter().cloned());
    if r.user.is_some() {
        o.user = r.user.clone();
    }
    if r.workdir.is_some() {
        o.workdir = r.workdir.clone();
    }
    if r.entrypoint.is_some() {
        o.entrypoint = r.entrypoint.clone();
    }
    o.rm = r.rm;
    if r.rm {
        o.restart = None;
    }
    o.tty = r.tty;
    o.interactive = true;
    let config = validated(o, &r.service)?;
    if r.detach {
        let id = crate::engine::container::run::run_detached(
            engine,
            &config,
            &CreateOpts::default(),
            progress,
        )?;
        println!("{}", config.name.clone().unwrap_or(id));
        return Ok(0);
    }
    crate::engine::container::run::run(engine, &config, &CreateOpts::default(), progress)
}

/// The container `exec`/`port`/`top` act on: `--index` N of the service (default 1).
pub fn container_of(
    engine: &Engine,
    ctx: &Ctx,
    service: &str,
    index: u32,
) -> Result<ContainerRecord> {
    let recs = selected(engine, ctx, &[service.to_string()], false)?;
    recs.into_iter()
        .find(|c| number(c) == index)
        .ok_or_else(|| anyhow!("service \"{service}\" is not running container #{index}"))
}

/// Every project that has containers: (name, containers, running, config files).
pub fn projects(engine: &Engine) -> Result<Vec<(String, usize, usize, String)>> {
    let mut m: BTreeMap<String, (usize, usize, String)> = BTreeMap::new();
    for c in list(engine)? {
        let Some(p) = c.settings.labels.get(LABEL_PROJECT) else {
            continue;
        };
        let e = m.entry(p.clone()).or_default();
        e.0 += 1;
        if c.state.is_running() {
            e.1 += 1;
        }
        if let Some(f) = c.settings.labels.get(convert::LABEL_FILES) {
            e.2 = f.clone();
        }
    }
    Ok(m.into_iter().map(|(k, (n, r, f))| (k, n, r, f)).collect())
}

/// Pull the services' images (those with `image:`), in parallel.
pub fn pull(
    ctx: &Ctx,
    services: &[String],
    ignore_failures: bool,
    progress: &dyn Progress,
) -> Result<()> {
    let p = ctx.project;
    let names: Vec<String> = if services.is_empty() {
        p.file.services.keys().cloned().collect()
    } else {
        services.to_vec()
    };
    let mut images = BTreeSet::new();
    for s in &names {
        let svc = p
            .file
            .services
            .get(s)
            .ok_or_else(|| anyhow!("no such service: {s}"))?;
        if let Some(i) = &svc.image {
            if svc.build.is_none() {
                images.insert(i.clone());
            }
        }
    }
    let images: Vec<String> = images.into_iter().collect();
    std::thread::scope(|sc| -> Result<()> {
        let hs: Vec<_> = images
            .iter()
            .map(|i| {
                sc.spawn(move || -> Result<()> {
                    let e = Engine::new(ctx.g)?;
                    let opts = crate::engine::image::pull::PullOpts {
                        reference: i.clone(),
                        platform: None,
                        client: Default::default(),
                    };
                    crate::engine::image::pull::pull(&e, &opts, progress)?;
                    (ctx.say)(&format!("Image {i}  Pulled"));
                    Ok(())
                })
            })
            .collect();
        let mut first = None;
        for h in hs {
            if let Err(e) = h.join().map_err(|_| anyhow!("a pull panicked"))? {
                if ignore_failures {
                    eprintln!("WARN[0000] {e:#}");
                } else {
                    first.get_or_insert(e);
                }
            }
        }
        first.map_or(Ok(()), Err)
    })
}

/// Push the images of services that have both `build:` and `image:`.
pub fn push(
    engine: &Engine,
    ctx: &Ctx,
    services: &[String],
    progress: &dyn Progress,
) -> Result<()> {
    let p = ctx.project;
    for (name, s) in &p.file.services {
        if !services.is_empty() && !services.contains(name) {
            continue;
        }
        let (Some(image), Some(_)) = (&s.image, &s.build) else {
            continue;
        };
        let opts = crate::engine::image::push::PushOpts {
            image: image.clone(),
            dest: None,
            client: Default::default(),
        };
        crate::engine::image::push::push(engine, &opts, progress)
            .with_context(|| format!("pushing the image of service \"{name}\""))?;
        (ctx.say)(&format!("Image {image}  Pushed"));
    }
    Ok(())
}

/// `events`: the project's container events (of these services), followed until interrupted
/// (or, with `stream` false, those logged so far).
pub fn events(
    engine: &Engine,
    ctx: &Ctx,
    services: &[String],
    stream: bool,
    out: &mut dyn FnMut(&crate::engine::system::events::Event) -> Result<()>,
) -> Result<()> {
    use crate::engine::system::events::{follow, EventFilter};
    for s in services {
        if !ctx.project.file.services.contains_key(s) {
            bail!("no such service: {s}");
        }
    }
    let filter = EventFilter::parse(None, None, &["type=container".to_string()])?;
    let project = ctx.project.name.as_str();
    follow(engine, &filter, stream, &mut |ev| {
        let a = &ev.attributes;
        let service = a.get(LABEL_SERVICE).map_or("", String::as_str);
        if a.get(LABEL_PROJECT).map(String::as_str) != Some(project)
            || !(services.is_empty() || services.iter().any(|s| s == service))
        {
            return Ok(());
        }
        out(ev)
    })
}

//! `kube play`: the objects of a YAML file become pods and containers. Every container is a
//! `ContainerOptions` validated like any front end's and created through the engine; pods are
//! `PodOptions`. `kube down` removes the pods a file names.

use super::parse::{parse, Object};
use super::types::*;
use crate::engine::container::create::CreateOpts;
use crate::engine::container::pull::create_pulling;
use crate::engine::container::rm::{rm, RmOpts};
use crate::engine::container::start::{start_detached, start_foreground};
use crate::engine::image::transfer::Progress;
use crate::engine::pod::rm::PodRmOpts;
use crate::engine::pod::{create::create as create_pod, files::volume_dir};
use crate::engine::Engine;
use crate::model::pod::PodOptions;
use crate::model::{ContainerOptions, ResourceOptions};
use anyhow::{anyhow, bail, Context, Result};
use base64::Engine as _;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `kube play` flags.
#[derive(Debug, Clone, Default)]
pub struct PlayOpts {
    /// `--network` of every pod.
    pub network: Vec<String>,
    /// `--configmap`: more YAML files with ConfigMaps.
    pub configmaps: Vec<PathBuf>,
    /// `--replace`: remove pods of the same names first.
    pub replace: bool,
    /// `--start` (default true).
    pub start: bool,
}

/// What `play` made.
#[derive(Debug, Default)]
pub struct Played {
    /// (pod ID, container IDs)
    pub pods: Vec<(String, Vec<String>)>,
    pub volumes: Vec<String>,
}

/// A pod to make: its name, labels and spec, and where it was written.
struct PodDef {
    name: String,
    labels: BTreeMap<String, String>,
    spec: PodSpec,
    what: String,
}

/// The objects other objects refer to.
#[derive(Default)]
struct Refs {
    configmaps: BTreeMap<String, BTreeMap<String, String>>,
    secrets: BTreeMap<String, BTreeMap<String, Vec<u8>>>,
    services: Vec<Service>,
    pvcs: Vec<String>,
}

fn read(file: &Path) -> Result<(String, Vec<Object>)> {
    let name = file.display().to_string();
    let text = if name == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
        s
    } else {
        std::fs::read_to_string(file).with_context(|| format!("reading {name}"))?
    };
    let objs = parse(&name, &text)?;
    Ok((name, objs))
}

/// The pods a file defines (a Deployment's replicas each one), and what they refer to.
fn collect(file: &str, objs: Vec<Object>, refs: &mut Refs) -> Result<Vec<PodDef>> {
    let mut pods = Vec::new();
    for o in objs {
        match o {
            Object::Pod(p) => pods.push(PodDef {
                what: format!("{file}: Pod {}", p.metadata.name),
                name: p.metadata.name,
                labels: p.metadata.labels,
                spec: p.spec,
            }),
            Object::Deployment(d) => {
                let n = d.spec.replicas.unwrap_or(1);
                let mut labels = d.metadata.labels.clone();
                labels.extend(d.spec.template.metadata.labels.clone());
                for i in 0..n {
                    let name = if n == 1 {
                        format!("{}-pod", d.metadata.name)
                    } else {
                        format!("{}-pod-{i}", d.metadata.name)
                    };
                    pods.push(PodDef {
                        what: format!("{file}: Deployment {}", d.metadata.name),
                        name,
                        labels: labels.clone(),
                        spec: d.spec.template.spec.clone(),
                    });
                }
            }
            Object::ConfigMap(c) => {
                refs.configmaps.insert(c.metadata.name, c.data);
            }
            Object::Secret(s) => {
                let mut data = BTreeMap::new();
                for (k, v) in &s.data {
                    let b = base64::engine::general_purpose::STANDARD
                        .decode(v.trim())
                        .map_err(|e| {
                            anyhow!(
                                "{file}: Secret {}: field data.{k}: not base64: {e}",
                                s.metadata.name
                            )
                        })?;
                    data.insert(k.clone(), b);
                }
                for (k, v) in &s.string_data {
                    data.insert(k.clone(), v.clone().into_bytes());
                }
                refs.secrets.insert(s.metadata.name, data);
            }
            Object::Pvc(p) => refs.pvcs.push(p.metadata.name),
            Object::Service(s) => refs.services.push(s),
        }
    }
    Ok(pods)
}

/// The pods `file` defines, by name (for `kube down`).
pub fn pod_names(file: &Path) -> Result<Vec<String>> {
    let (name, objs) = read(file)?;
    Ok(collect(&name, objs, &mut Refs::default())?
        .into_iter()
        .map(|p| p.name)
        .collect())
}

pub fn play(
    engine: &Engine,
    file: &Path,
    opts: &PlayOpts,
    progress: &dyn Progress,
) -> Result<Played> {
    let mut refs = Refs::default();
    for f in &opts.configmaps {
        let (name, objs) = read(f)?;
        for o in objs {
            match o {
                Object::ConfigMap(c) => {
                    refs.configmaps.insert(c.metadata.name, c.data);
                }
                _ => bail!("{name}: --configmap files hold ConfigMaps only"),
            }
        }
    }
    let (name, objs) = read(file)?;
    let pods = collect(&name, objs, &mut refs)?;
    if pods.is_empty() && refs.pvcs.is_empty() {
        bail!("{name}: no Pod, Deployment or PersistentVolumeClaim to play");
    }
    let mut played = Played::default();
    for v in &refs.pvcs {
        crate::engine::pod::files::named_volume(engine, v)?;
        played.volumes.push(v.clone());
    }
    for p in &pods {
        if opts.replace && engine.store.find_pod(&p.name).is_ok() {
            crate::engine::pod::rm::rm(
                engine,
                &p.name,
                &PodRmOpts {
                    force: true,
                    time: Some(0),
                    ignore: true,
                },
            )?;
        }
        played
            .pods
            .push(play_pod(engine, p, &refs, opts, progress)?);
    }
    Ok(played)
}

/// podman's names of a pod's containers: POD-CONTAINER.
fn container_name(pod: &str, c: &Container) -> String {
    format!("{pod}-{}", c.name)
}

fn play_pod(
    engine: &Engine,
    p: &PodDef,
    refs: &Refs,
    opts: &PlayOpts,
    progress: &dyn Progress,
) -> Result<(String, Vec<String>)> {
    let what = &p.what;
    if p.spec.containers.is_empty() {
        bail!("{what}: field spec.containers: no container");
    }
    let mut publish = Vec::new();
    for (i, c) in p.spec.containers.iter().enumerate() {
        for (j, port) in c.ports.iter().enumerate() {
            let Some(hp) = port.host_port else { continue };
            let proto = protocol(port.protocol.as_deref()).map_err(|e| {
                anyhow!("{what}: field spec.containers[{i}].ports[{j}].protocol: {e}")
            })?;
            let ip = port
                .host_ip
                .clone()
                .map(|a| format!("{a}:"))
                .unwrap_or_default();
            publish.push(format!("{ip}{hp}:{}/{proto}", port.container_port));
        }
    }
    for s in &refs.services {
        if s.spec.selector.is_empty()
            || !s
                .spec
                .selector
                .iter()
                .all(|(k, v)| p.labels.get(k) == Some(v))
        {
            continue;
        }
        for (j, sp) in s.spec.ports.iter().enumerate() {
            let field = format!("Service {}: field spec.ports[{j}]", s.metadata.name);
            let target = match &sp.target_port {
                None => sp.port,
                Some(PortRef::Number(n)) => *n,
                Some(PortRef::Name(n)) => p
                    .spec
                    .containers
                    .iter()
                    .flat_map(|c| &c.ports)
                    .find(|cp| cp.name.as_deref() == Some(n))
                    .map(|cp| cp.container_port)
                    .ok_or_else(|| anyhow!("{field}.targetPort: no container port named {n}"))?,
            };
            let proto =
                protocol(sp.protocol.as_deref()).map_err(|e| anyhow!("{field}.protocol: {e}"))?;
            let host = sp.node_port.unwrap_or(sp.port);
            publish.push(format!("{host}:{target}/{proto}"));
        }
    }
    let mut network = opts.network.clone();
    if p.spec.host_network {
        network = vec!["host".into()];
    }
    let pod_cfg = PodOptions {
        name: Some(p.name.clone()),
        publish,
        network,
        share: p.spec.share_process_namespace.then(|| "+pid".to_string()),
        label: p.labels.iter().map(|(k, v)| format!("{k}={v}")).collect(),
        hostname: p.spec.hostname.clone(),
        ..PodOptions::default()
    }
    .validate()
    .map_err(|e| anyhow!("{what}: {e:#}"))?;
    let pod = create_pod(engine, &pod_cfg).map_err(|e| anyhow!("{what}: {e:#}"))?;
    let made = (|| -> Result<Vec<String>> {
        let mounts = volumes(engine, &pod.id, p, refs)?;
        let restart = match p.spec.restart_policy.as_deref() {
            None | Some("Always") => "always",
            Some("OnFailure") => "on-failure",
            Some("Never") => "no",
            Some(o) => bail!(
                "{what}: field spec.restartPolicy: {o} is not one of Always, OnFailure, Never"
            ),
        };
        for (i, c) in p.spec.init_containers.iter().enumerate() {
            let field = format!("{what}: field spec.initContainers[{i}]");
            let o = options(c, &pod.id, &p.name, &p.spec, &mounts, refs, "no", &field)?;
            let cfg = o.validate().map_err(|e| anyhow!("{field}: {e:#}"))?;
            let rec = create_pulling(engine, &cfg, &CreateOpts::default(), progress)?;
            let id = rec.id.clone();
            let code = if opts.start {
                start_foreground(engine, rec)?
            } else {
                0
            };
            let _ = rm(
                engine,
                &RmOpts {
                    containers: vec![id],
                    force: true,
                    ..RmOpts::default()
                },
            );
            if code != 0 {
                bail!("{what}: init container {} exited with {code}", c.name);
            }
        }
        let mut ids = Vec::new();
        let mut recs = Vec::new();
        for (i, c) in p.spec.containers.iter().enumerate() {
            let field = format!("{what}: field spec.containers[{i}]");
            let o = options(c, &pod.id, &p.name, &p.spec, &mounts, refs, restart, &field)?;
            let cfg = o.validate().map_err(|e| anyhow!("{field}: {e:#}"))?;
            let rec = create_pulling(engine, &cfg, &CreateOpts::default(), progress)?;
            ids.push(rec.id.clone());
            recs.push(rec);
        }
        if opts.start {
            for rec in recs {
                start_detached(engine, rec)?;
            }
        }
        Ok(ids)
    })();
    match made {
        Ok(ids) => Ok((pod.id, ids)),
        Err(e) => {
            // Nothing of a pod that failed is left.
            let _ = crate::engine::pod::rm::rm(
                engine,
                &pod.id,
                &PodRmOpts {
                    force: true,
                    time: Some(0),
                    ignore: true,
                },
            );
            Err(e)
        }
    }
}

fn protocol(p: Option<&str>) -> Result<&'static str> {
    match p.map(str::to_ascii_lowercase).as_deref() {
        None | Some("tcp") => Ok("tcp"),
        Some("udp") => Ok("udp"),
        Some(o) => bail!("{o} is not supported (TCP, UDP)"),
    }
}

/// A pod's volumes by name: the `-v` source and whether it is read-only by nature.
fn volumes(
    engine: &Engine,
    pod_id: &str,
    p: &PodDef,
    refs: &Refs,
) -> Result<BTreeMap<String, (String, bool)>> {
    let mut out = BTreeMap::new();
    for (i, v) in p.spec.volumes.iter().enumerate() {
        let field = format!("{}: field spec.volumes[{i}]", p.what);
        let src = if let Some(h) = &v.host_path {
            let path = Path::new(&h.path);
            if !path.is_absolute() {
                bail!("{field}.hostPath.path: {} is not an absolute path", h.path);
            }
            match h.kind.as_deref().unwrap_or("") {
                "DirectoryOrCreate" => {
                    crate::store::mkdir_p(path).map_err(|e| anyhow!("{field}.hostPath: {e:#}"))?;
                }
                "FileOrCreate" => {
                    if !path.exists() {
                        std::fs::write(path, b"")
                            .map_err(|e| anyhow!("{field}.hostPath: creating {}: {e}", h.path))?;
                    }
                }
                "Directory" if !path.is_dir() => {
                    bail!("{field}.hostPath: {} is not a directory", h.path)
                }
                "File" if !path.is_file() => bail!("{field}.hostPath: {} is not a file", h.path),
                "" | "Directory" | "File" | "Socket" | "CharDevice" | "BlockDevice" => {}
                t => bail!("{field}.hostPath.type: {t} is not supported"),
            }
            (h.path.clone(), false)
        } else if let Some(c) = &v.persistent_volume_claim {
            (c.claim_name.clone(), c.read_only)
        } else if let Some(c) = &v.config_map {
            let data = match refs.configmaps.get(&c.name) {
                Some(d) => d
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone().into_bytes()))
                    .collect(),
                None if c.optional => BTreeMap::new(),
                None => bail!(
                    "{field}.configMap.name: no ConfigMap {} (in the file or --configmap)",
                    c.name
                ),
            };
            let files =
                pick(&data, &c.items).map_err(|e| anyhow!("{field}.configMap.items: {e}"))?;
            let dir = volume_dir(engine, pod_id, &v.name, &files)?;
            (dir.display().to_string(), true)
        } else if let Some(s) = &v.secret {
            let data = match refs.secrets.get(&s.secret_name) {
                Some(d) => d.clone(),
                None if s.optional => BTreeMap::new(),
                None => bail!(
                    "{field}.secret.secretName: no Secret {} in the file",
                    s.secret_name
                ),
            };
            let files = pick(&data, &s.items).map_err(|e| anyhow!("{field}.secret.items: {e}"))?;
            let dir = volume_dir(engine, pod_id, &v.name, &files)?;
            (dir.display().to_string(), true)
        } else if v.empty_dir.is_some() {
            let dir = volume_dir(engine, pod_id, &v.name, &[])?;
            (dir.display().to_string(), false)
        } else {
            bail!("{field}: volume {} has no source skiff supports (hostPath, persistentVolumeClaim, configMap, secret, emptyDir)", v.name);
        };
        out.insert(v.name.clone(), src);
    }
    Ok(out)
}

/// The files of a ConfigMap or Secret volume: every key, or the `items` asked for.
fn pick(data: &BTreeMap<String, Vec<u8>>, items: &[KeyToPath]) -> Result<Vec<(String, Vec<u8>)>> {
    if items.is_empty() {
        return Ok(data.iter().map(|(k, v)| (k.clone(), v.clone())).collect());
    }
    items
        .iter()
        .map(|i| match data.get(&i.key) {
            Some(v) => Ok((i.path.clone(), v.clone())),
            None => bail!("no key {}", i.key),
        })
        .collect()
}

/// One container of the pod as `run` options.
#[allow(clippy::too_many_arguments)]
fn options(
    c: &Container,
    pod_id: &str,
    pod_name: &str,
    spec: &PodSpec,
    mounts: &BTreeMap<String, (String, bool)>,
    refs: &Refs,
    restart: &str,
    field: &str,
) -> Result<ContainerOptions> {
    let mut o = ContainerOptions {
        image: c.image.clone(),
        name: Some(container_name(pod_name, c)),
        pod: Some(pod_id.to_string()),
        workdir: c.working_dir.clone(),
        restart: Some(restart.to_string()),
        interactive: c.stdin,
        tty: c.tty,
        ..ContainerOptions::default()
    };
    if c.image.is_empty() {
        bail!("{field}.image: missing");
    }
    // command replaces the image's ENTRYPOINT (and its CMD), args its CMD.
    if let Some(cmd) = &c.command {
        o.entrypoint = Some(serde_json::to_string(cmd)?);
    }
    if let Some(args) = &c.args {
        o.command = args.clone();
    }
    o.pull = match c.image_pull_policy.as_deref() {
        None | Some("IfNotPresent") => None,
        Some("Always") => Some("always".into()),
        Some("Never") => Some("never".into()),
        Some(p) => bail!("{field}.imagePullPolicy: {p} is not one of Always, IfNotPresent, Never"),
    };
    for (j, ef) in c.env_from.iter().enumerate() {
        let prefix = ef.prefix.clone().unwrap_or_default();
        if let Some(r) = &ef.config_map_ref {
            match refs.configmaps.get(&r.name) {
                Some(d) => o
                    .env
                    .extend(d.iter().map(|(k, v)| format!("{prefix}{k}={v}"))),
                None if r.optional => {}
                None => bail!(
                    "{field}.envFrom[{j}].configMapRef.name: no ConfigMap {}",
                    r.name
                ),
            }
        }
        if let Some(r) = &ef.secret_ref {
            match refs.secrets.get(&r.name) {
                Some(d) => o.env.extend(
                    d.iter()
                        .map(|(k, v)| format!("{prefix}{k}={}", String::from_utf8_lossy(v))),
                ),
                None if r.optional => {}
                None => bail!("{field}.envFrom[{j}].secretRef.name: no Secret {}", r.name),
            }
        }
    }
    for (j, e) in c.env.iter().enumerate() {
        let f = format!("{field}.env[{j}]");
        let value = match (&e.value, &e.value_from) {
            (Some(v), _) => Some(v.clone()),
            (None, Some(src)) => {
                if let Some(r) = &src.config_map_key_ref {
                    match refs.configmaps.get(&r.name).and_then(|d| d.get(&r.key)) {
                        Some(v) => Some(v.clone()),
                        None if r.optional => None,
                        None => bail!(
                            "{f}.valueFrom.configMapKeyRef: no key {} in ConfigMap {}",
                            r.key,
                            r.name
                        ),
                    }
                } else if let Some(r) = &src.secret_key_ref {
                    match refs.secrets.get(&r.name).and_then(|d| d.get(&r.key)) {
                        Some(v) => Some(String::from_utf8_lossy(v).into_owned()),
                        None if r.optional => None,
                        None => bail!(
                            "{f}.valueFrom.secretKeyRef: no key {} in Secret {}",
                            r.key,
                            r.name
                        ),
                    }
                } else {
                    bail!("{f}.valueFrom: only configMapKeyRef and secretKeyRef are supported");
                }
            }
            (None, None) => Some(String::new()),
        };
        if let Some(v) = value {
            o.env.push(format!("{}={v}", e.name));
        }
    }
    for (j, m) in c.volume_mounts.iter().enumerate() {
        let Some((src, ro)) = mounts.get(&m.name) else {
            bail!(
                "{field}.volumeMounts[{j}].name: no volume {} in spec.volumes",
                m.name
            );
        };
        if m.sub_path.is_some() {
            bail!("{field}.volumeMounts[{j}].subPath: not supported");
        }
        let ro = if *ro || m.read_only { ":ro" } else { "" };
        o.volume.push(format!("{src}:{}{ro}", m.mount_path));
    }
    if let Some(r) = &c.resources {
        o.resources = resources(r).map_err(|e| anyhow!("{field}.resources.limits: {e}"))?;
    }
    let (mut user, mut group) = (None, None);
    if let Some(sc) = &spec.security_context {
        user = sc.run_as_user;
        group = sc.run_as_group;
    }
    if let Some(sc) = &c.security_context {
        user = sc.run_as_user.or(user);
        group = sc.run_as_group.or(group);
        o.privileged = sc.privileged.unwrap_or(false);
        o.read_only = sc.read_only_root_filesystem.unwrap_or(false);
        if sc.allow_privilege_escalation == Some(false) {
            o.security_opt.push("no-new-privileges".into());
        }
        if let Some(caps) = &sc.capabilities {
            o.cap_add = caps.add.clone();
            o.cap_drop = caps.drop.clone();
        }
    }
    o.user = match (user, group) {
        (Some(u), Some(g)) => Some(format!("{u}:{g}")),
        (Some(u), None) => Some(u.to_string()),
        (None, Some(g)) => Some(format!("0:{g}")),
        (None, None) => None,
    };
    let probe = c
        .liveness_probe
        .as_ref()
        .map(|p| (p, "livenessProbe"))
        .or(c.readiness_probe.as_ref().map(|p| (p, "readinessProbe")))
        .or(c.startup_probe.as_ref().map(|p| (p, "startupProbe")));
    if let Some((p, name)) = probe {
        healthcheck(&mut o, p, c).map_err(|e| anyhow!("{field}.{name}: {e}"))?;
    }
    Ok(o)
}

/// Kubernetes quantities as `run`'s resource flags: memory in bytes, cpu in cores.
fn resources(r: &Resources) -> Result<ResourceOptions> {
    let mut o = ResourceOptions::default();
    for (k, q) in &r.limits {
        let t = q.text();
        match k.as_str() {
            "memory" => o.memory = Some(memory_bytes(&t)?.to_string()),
            "cpu" => {
                let cores = match t.strip_suffix('m') {
                    Some(m) => m.parse::<f64>().map(|v| v / 1000.0),
                    None => t.parse::<f64>(),
                }
                .map_err(|_| anyhow!("cpu: {t} is not a quantity"))?;
                o.cpus = Some(format!("{cores}"));
            }
            "ephemeral-storage" => {}
            other => bail!("{other} is not supported (cpu, memory)"),
        }
    }
    Ok(o)
}

fn memory_bytes(t: &str) -> Result<u64> {
    let units: [(&str, f64); 10] = [
        ("Ki", 1024.0),
        ("Mi", 1024.0 * 1024.0),
        ("Gi", 1024.0 * 1024.0 * 1024.0),
        ("Ti", 1024.0f64.powi(4)),
        ("k", 1e3),
        ("K", 1e3),
        ("M", 1e6),
        ("G", 1e9),
        ("T", 1e12),
        ("", 1.0),
    ];
    for (suffix, mult) in units {
        if let Some(n) = t.strip_suffix(suffix) {
            if let Ok(v) = n.parse::<f64>() {
                if v >= 0.0 {
                    return Ok((v * mult) as u64);
                }
            }
        }
    }
    bail!("memory: {t} is not a quantity")
}

/// A probe as the container's healthcheck (podman's reading: exec runs its command, httpGet
/// curl, tcpSocket nc).
fn healthcheck(o: &mut ContainerOptions, p: &Probe, c: &Container) -> Result<()> {
    let port_of = |r: &PortRef| -> Result<u16> {
        match r {
            PortRef::Number(n) => Ok(*n),
            PortRef::Name(n) => c
                .ports
                .iter()
                .find(|cp| cp.name.as_deref() == Some(n))
                .map(|cp| cp.container_port)
                .ok_or_else(|| anyhow!("no container port named {n}")),
        }
    };
    let cmd = if let Some(e) = &p.exec {
        match e.command.as_slice() {
            [sh, flag, script] if (sh == "sh" || sh == "/bin/sh") && flag == "-c" => script.clone(),
            args => args.iter().map(|a| quote(a)).collect::<Vec<_>>().join(" "),
        }
    } else if let Some(h) = &p.http_get {
        let host = h.host.clone().unwrap_or_else(|| "localhost".into());
        let scheme = h
            .scheme
            .clone()
            .unwrap_or_else(|| "http".into())
            .to_lowercase();
        let path = h.path.clone().unwrap_or_else(|| "/".into());
        format!(
            "curl -f {scheme}://{host}:{}{path} || exit 1",
            port_of(&h.port)?
        )
    } else if let Some(t) = &p.tcp_socket {
        let host = t.host.clone().unwrap_or_else(|| "localhost".into());
        format!("nc -z {host} {}", port_of(&t.port)?)
    } else {
        bail!("a probe needs exec, httpGet or tcpSocket");
    };
    o.health_cmd = Some(cmd);
    o.health_interval = p.period_seconds.map(|s| format!("{s}s"));
    o.health_timeout = p.timeout_seconds.map(|s| format!("{s}s"));
    o.health_start_period = p.initial_delay_seconds.map(|s| format!("{s}s"));
    o.health_retries = p.failure_threshold;
    Ok(())
}

fn quote(a: &str) -> String {
    if !a.is_empty()
        && a.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./=:@,+%".contains(&b))
    {
        a.to_string()
    } else {
        format!("'{}'", a.replace('\'', "'\\''"))
    }
}

/// `kube down`: remove the pods the file names (their containers stopped first). Returns the
/// IDs removed; named volumes stay, as podman keeps them.
pub fn down(engine: &Engine, file: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for name in pod_names(file)? {
        let o = PodRmOpts {
            force: true,
            time: None,
            ignore: true,
        };
        if let Some(id) = crate::engine::pod::rm::rm(engine, &name, &o)? {
            out.push(id);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities() {
        assert_eq!(memory_bytes("128Mi").unwrap(), 128 << 20);
        assert_eq!(memory_bytes("1G").unwrap(), 1_000_000_000);
        assert_eq!(memory_bytes("1000").unwrap(), 1000);
        assert!(memory_bytes("lots").is_err());
        let mut r = Resources::default();
        r.limits.insert("cpu".into(), Quantity::Text("500m".into()));
        assert_eq!(resources(&r).unwrap().cpus.as_deref(), Some("0.5"));
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote("ls"), "ls");
    }
}

//! `kube generate`: pods (or containers, each as a pod of its own) as Kubernetes YAML that
//! `kube play` (and podman's) reads back: the containers' options as they were created
//! (image, command, env, volumes, limits, security), the pod's published ports, and with
//! `--service` a Service publishing them instead.

use super::types::*;
use crate::engine::container::lookup::lookup;
use crate::engine::pod::lookup::{find, members};
use crate::engine::Engine;
use crate::model::{ContainerOptions, PortMapping, RestartPolicy};
use crate::store::containers::ContainerRecord;
use anyhow::{bail, Result};
use std::collections::BTreeMap;

/// The YAML of the pods or containers named; with `service`, a Service per pod.
pub fn generate(engine: &Engine, names: &[String], service: bool) -> Result<String> {
    if names.is_empty() {
        bail!("you must provide at least one pod or container name or id");
    }
    let mut docs = Vec::new();
    for n in names {
        let (pod, ports) = match find(engine, n) {
            Ok(p) => {
                let ms = members(engine, &p.id)?;
                if ms.is_empty() {
                    bail!("pod {} has no containers to generate", p.name);
                }
                let mut pod = pod_of(&p.name, &ms, Some(&p.name), &p.ports, service);
                pod.metadata.labels.extend(p.labels.clone());
                if p.hostname != p.name {
                    pod.spec.hostname = Some(p.hostname.clone());
                }
                (pod, p.ports.clone())
            }
            Err(_) => {
                let c = lookup(engine, n)?;
                let name = format!("{}-pod", c.name);
                let ports = c.settings.ports.clone();
                (pod_of(&name, &[c], None, &ports, service), ports)
            }
        };
        if service && !ports.is_empty() {
            docs.push(serde_yaml_ng::to_string(&service_of(
                &pod.metadata.name,
                &ports,
            ))?);
        }
        docs.push(serde_yaml_ng::to_string(&pod)?);
    }
    Ok(docs.join("---\n"))
}

fn pod_of(
    name: &str,
    ctrs: &[ContainerRecord],
    pod_name: Option<&str>,
    ports: &[PortMapping],
    service: bool,
) -> Pod {
    let mut labels = BTreeMap::new();
    labels.insert("app".to_string(), name.to_string());
    let mut volumes: Vec<Volume> = Vec::new();
    let mut containers = Vec::new();
    for (i, c) in ctrs.iter().enumerate() {
        let o = c.settings.create_options.clone().unwrap_or_default();
        let short = pod_name
            .and_then(|p| c.name.strip_prefix(&format!("{p}-")))
            .filter(|s| !s.is_empty())
            .unwrap_or(&c.name)
            .to_string();
        let mut k = container_of(&short, c, &o, &mut volumes);
        if i == 0 {
            k.ports = ports
                .iter()
                .flat_map(|p| {
                    (0..p.range.max(1)).map(move |j| ContainerPort {
                        container_port: p.container_port + j,
                        host_port: (!service).then_some(p.host_port + j),
                        host_ip: (!service && !p.host_ip.is_empty()).then(|| p.host_ip.clone()),
                        protocol: Some(p.protocol.to_uppercase()),
                        name: None,
                    })
                })
                .collect();
        }
        containers.push(k);
    }
    let restart = ctrs
        .first()
        .map(|c| c.settings.restart_policy)
        .unwrap_or_default();
    Pod {
        api_version: "v1".into(),
        kind: "Pod".into(),
        metadata: ObjectMeta {
            name: name.to_string(),
            labels,
            ..ObjectMeta::default()
        },
        spec: PodSpec {
            containers,
            restart_policy: Some(
                match restart {
                    RestartPolicy::Always | RestartPolicy::UnlessStopped => "Always",
                    RestartPolicy::OnFailure { .. } => "OnFailure",
                    RestartPolicy::No => "Never",
                }
                .into(),
            ),
            volumes,
            ..PodSpec::default()
        },
        status: None,
    }
}

/// A volume's name in the YAML: the named volume's, else from the host path.
fn volume_name(src: &str, taken: &[Volume]) -> String {
    let base: String = src
        .trim_matches('/')
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let base = if base.is_empty() {
        "root".to_string()
    } else {
        base
    };
    let mut n = format!("{base}-host");
    let mut i = 1;
    while taken.iter().any(|v| v.name == n) {
        n = format!("{base}-host-{i}");
        i += 1;
    }
    n
}

fn container_of(
    name: &str,
    c: &ContainerRecord,
    o: &ContainerOptions,
    volumes: &mut Vec<Volume>,
) -> Container {
    let command = o.entrypoint.as_ref().map(|e| {
        serde_json::from_str::<Vec<String>>(e).unwrap_or_else(|_| {
            if e.is_empty() {
                Vec::new()
            } else {
                vec![e.clone()]
            }
        })
    });
    let mut mounts = Vec::new();
    for v in &o.volume {
        let parts: Vec<&str> = v.split(':').collect();
        let (src, dst, opts) = match parts.as_slice() {
            [src, dst] => (*src, *dst, ""),
            [src, dst, opts] => (*src, *dst, *opts),
            // An anonymous volume: not carried over.
            _ => continue,
        };
        let read_only = opts.split(',').any(|x| x == "ro");
        let existing = volumes.iter().find(|x| {
            x.host_path.as_ref().is_some_and(|h| h.path == src)
                || x.persistent_volume_claim
                    .as_ref()
                    .is_some_and(|p| p.claim_name == src)
        });
        let vname = match existing {
            Some(x) => x.name.clone(),
            None => {
                let vol = if src.starts_with('/') {
                    Volume {
                        name: volume_name(src, volumes),
                        host_path: Some(HostPath {
                            path: src.to_string(),
                            kind: Some("Directory".into()),
                        }),
                        ..Volume::default()
                    }
                } else {
                    Volume {
                        name: format!("{src}-pvc"),
                        persistent_volume_claim: Some(PvcSource {
                            claim_name: src.to_string(),
                            read_only: false,
                        }),
                        ..Volume::default()
                    }
                };
                let n = vol.name.clone();
                volumes.push(vol);
                n
            }
        };
        mounts.push(VolumeMount {
            name: vname,
            mount_path: dst.to_string(),
            read_only,
            sub_path: None,
        });
    }
    let mut limits = BTreeMap::new();
    if let Some(m) = c.settings.resources.memory {
        limits.insert("memory".to_string(), Quantity::Int(m as i64));
    }
    if let Some(cpus) = &o.resources.cpus {
        limits.insert("cpu".to_string(), Quantity::Text(cpus.clone()));
    }
    let (run_as_user, run_as_group) = match o
        .user
        .as_deref()
        .map(|u| u.split_once(':').unwrap_or((u, "")))
    {
        Some((u, g)) => (u.parse().ok(), g.parse().ok()),
        None => (None, None),
    };
    let caps = (!o.cap_add.is_empty() || !o.cap_drop.is_empty()).then(|| Capabilities {
        add: o.cap_add.clone(),
        drop: o.cap_drop.clone(),
    });
    let sc = SecurityContext {
        privileged: o.privileged.then_some(true),
        run_as_user,
        run_as_group,
        read_only_root_filesystem: o.read_only.then_some(true),
        allow_privilege_escalation: o
            .security_opt
            .iter()
            .any(|s| s == "no-new-privileges" || s == "no-new-privileges:true")
            .then_some(false),
        capabilities: caps,
        run_as_non_root: None,
    };
    let has_sc = sc.privileged.is_some()
        || sc.run_as_user.is_some()
        || sc.run_as_group.is_some()
        || sc.read_only_root_filesystem.is_some()
        || sc.allow_privilege_escalation.is_some()
        || sc.capabilities.is_some();
    Container {
        name: name.to_string(),
        image: c.image_name.clone(),
        command,
        args: (!o.command.is_empty()).then(|| o.command.clone()),
        working_dir: o.workdir.clone(),
        env: o
            .env
            .iter()
            .filter_map(|e| e.split_once('='))
            .map(|(k, v)| EnvVar {
                name: k.to_string(),
                value: Some(v.to_string()),
                value_from: None,
            })
            .collect(),
        volume_mounts: mounts,
        resources: (!limits.is_empty()).then(|| Resources {
            limits,
            requests: BTreeMap::new(),
        }),
        security_context: has_sc.then_some(sc),
        stdin: o.interactive,
        tty: o.tty,
        ..Container::default()
    }
}

fn service_of(name: &str, ports: &[PortMapping]) -> Service {
    let mut selector = BTreeMap::new();
    selector.insert("app".to_string(), name.to_string());
    Service {
        api_version: "v1".into(),
        kind: "Service".into(),
        metadata: ObjectMeta {
            name: name.to_string(),
            labels: selector.clone(),
            ..ObjectMeta::default()
        },
        spec: ServiceSpec {
            selector,
            ports: ports
                .iter()
                .flat_map(|p| {
                    // podman's reading: the node port is the host's.
                    (0..p.range.max(1)).map(move |j| ServicePort {
                        port: p.container_port + j,
                        target_port: Some(PortRef::Number(p.container_port + j)),
                        node_port: Some(p.host_port + j),
                        protocol: Some(p.protocol.to_uppercase()),
                        name: Some(format!("{}-{}", p.container_port + j, p.protocol)),
                    })
                })
                .collect(),
            kind: Some("NodePort".into()),
            cluster_ip: None,
        },
        status: None,
    }
}

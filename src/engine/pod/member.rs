//! `run/create --pod P` and `--pod new:P`: the pod resolved (or created, taking the
//! container's published ports), and the container's options fitted to what the pod shares:
//! its network, ports and names are the pod's.

use super::create::create;
use super::lookup::find;
use crate::engine::Engine;
use crate::model::pod::{PodConfig, PodRef, Share};
use crate::model::{ContainerConfig, NetworkConfig, NetworkMode};
use crate::store::pods::PodRecord;
use anyhow::{bail, Result};

/// The pod the container joins, with `c` adjusted to it (None: not in a pod).
pub fn resolve(engine: &Engine, c: &mut ContainerConfig) -> Result<Option<PodRecord>> {
    let Some(pod) = c.pod.clone() else {
        return Ok(None);
    };
    if matches!(pod, PodRef::New(_)) && c.userns != crate::model::UsernsMode::Default {
        bail!("--userns cannot be used with --pod new: the pod's members share its user namespace");
    }
    let pod = match pod {
        PodRef::Existing(p) => {
            let pod = find(engine, &p)?;
            if pod.share.net
                && (!c.network.ports.is_empty()
                    || c.network.publish_all
                    || c.network.mode != NetworkMode::Default)
            {
                bail!("invalid config provided: published or exposed ports and networks must be defined when the pod is created: network cannot be configured when it is shared with a pod");
            }
            pod
        }
        PodRef::New(name) => {
            // The container's network settings become the new pod's.
            let network = std::mem::replace(
                &mut c.network,
                NetworkConfig {
                    mode: NetworkMode::Default,
                    default_mac: None,
                    ports: Vec::new(),
                    publish_all: false,
                    dns: Vec::new(),
                    dns_search: Vec::new(),
                    dns_options: Vec::new(),
                    add_hosts: Vec::new(),
                },
            );
            match &network.mode {
                NetworkMode::Default
                | NetworkMode::None
                | NetworkMode::Host
                | NetworkMode::Pasta(_) => {}
                m => bail!("--pod new: with --network {} is not supported", m.kind()),
            }
            create(
                engine,
                &PodConfig {
                    name: Some(name),
                    share: Share::default(),
                    infra: true,
                    network,
                    labels: Default::default(),
                    hostname: None,
                    cgroup_parent: None,
                },
            )?
        }
    };
    if pod.share.any() && c.userns != crate::model::UsernsMode::Default {
        bail!("--userns cannot be used for a container in pod {}: its members share the pod's user namespace", pod.name);
    }
    if pod.share.net {
        c.network.mode = match pod.network {
            NetworkMode::Host => NetworkMode::Host,
            _ => NetworkMode::Private,
        };
        c.network.ports.clear();
        c.network.publish_all = false;
    }
    if pod.share.uts && c.hostname.is_none() {
        c.hostname = Some(pod.hostname.clone());
    }
    if c.cgroup_parent.is_none() {
        c.cgroup_parent = pod.cgroup_parent.clone();
    }
    Ok(Some(pod))
}

//! `pod create`: the pod's record, its network resolved (the default helper, free host ports
//! for `-p`) and the hosts/hostname/resolv.conf its members share. Nothing runs yet: the
//! pod's namespaces exist only while a member runs.

use crate::engine::network::mode;
use crate::engine::network::userdata::{write_userdata, DnsOpts};
use crate::engine::Engine;
use crate::model::pod::PodConfig;
use crate::model::NetworkMode;
use crate::store::containers::{new_id, random_name};
use crate::store::pods::PodRecord;
use crate::store::{now_nanos, LockKind};
use anyhow::{bail, Result};

pub fn create(engine: &Engine, c: &PodConfig) -> Result<PodRecord> {
    let net = mode::settings(engine, &c.network, &[])?;
    if let NetworkMode::Slirp4netns(_) = net.mode {
        bail!("pods need pasta for their network: slirp4netns is not supported for pods yet");
    }
    let _lock = engine.store.lock(LockKind::Containers, true)?;
    let pods = engine.store.pods()?;
    let id = new_id()?;
    let name = match &c.name {
        Some(n) => {
            if pods.iter().any(|p| &p.name == n) {
                bail!("{n}: pod already exists");
            }
            n.clone()
        }
        None => {
            let seed = u64::from_str_radix(&id[..16], 16).unwrap_or(7);
            random_name(seed, &|n| pods.iter().any(|p| p.name == n))
        }
    };
    let rec = PodRecord {
        id: id.clone(),
        name: name.clone(),
        created: now_nanos(),
        share: c.share,
        infra: c.infra,
        network: net.mode,
        ports: net.ports,
        labels: c.labels.clone(),
        hostname: c.hostname.clone().unwrap_or_else(|| name.clone()),
        cgroup_parent: c.cgroup_parent.clone(),
    };
    let dir = engine.store.pod_dir(&id);
    crate::store::mkdir_p(&dir.join("userdata"))?;
    let dns = DnsOpts {
        dns: &c.network.dns,
        search: &c.network.dns_search,
        options: &c.network.dns_options,
        add_host: &c.network.add_hosts,
        shared_from: None,
        own_ip: None,
    };
    let made = write_userdata(
        &dir.join("userdata"),
        &rec.hostname,
        &name,
        &rec.network,
        &dns,
        true,
    )
    .and_then(|_| engine.store.save_pod(&rec));
    if let Err(e) = made {
        let _ = std::fs::remove_dir_all(&dir);
        return Err(e);
    }
    Ok(rec)
}

//! The part of a container's /etc/hosts that skiff keeps: one line per peer sharing a
//! DNS-enabled network, rewritten in place whenever a member joins or leaves.

use super::lookup::{all, uses_networks};
use crate::engine::Engine;
use crate::store::containers::ContainerRecord;
use anyhow::Result;

/// The line that starts the part of a container's /etc/hosts kept by skiff.
const HOSTS_MARK: &str = "# skiff: containers on the same networks";

/// Rewrite the peer section of the /etc/hosts of every running container on networks:
/// `joining` counts as running, `leaving` does not.
pub fn refresh_hosts(
    engine: &Engine,
    joining: Option<&ContainerRecord>,
    leaving: Option<&str>,
) -> Result<()> {
    let recs = engine.store.containers()?;
    let nets = all(engine)?;
    let dns = |n: &str| nets.iter().any(|x| x.name == n && x.dns_enabled);
    let mut members: Vec<&ContainerRecord> = recs
        .iter()
        .filter(|c| uses_networks(c) && Some(c.id.as_str()) != leaving)
        .filter(|c| joining.is_none_or(|j| j.id != c.id))
        .filter(|c| c.state.is_running())
        .collect();
    if let Some(j) = joining {
        members.push(j);
    }
    for m in &members {
        let mut lines = String::new();
        for p in members.iter().filter(|p| p.id != m.id) {
            let shared = p.settings.networks.iter().find(|pa| {
                dns(&pa.network)
                    && m.settings
                        .networks
                        .iter()
                        .any(|ma| ma.network == pa.network)
            });
            if let Some(a) = shared {
                let mut names = vec![p.name.clone()];
                names.extend(a.aliases.iter().cloned());
                names.push(p.id[..12].to_string());
                lines.push_str(&format!("{}\t{}\n", a.ip, names.join(" ")));
            }
        }
        let path = engine
            .store
            .container_dir(&m.id)
            .join("userdata")
            .join("hosts");
        let _ = write_peers(&path, &lines);
    }
    Ok(())
}

/// Replace the peer section of a hosts file in place (a bind mount sees the same inode).
fn write_peers(path: &std::path::Path, peers: &str) -> Result<()> {
    let cur = std::fs::read_to_string(path)?;
    let base = match cur.find(HOSTS_MARK) {
        Some(i) => &cur[..i],
        None => &cur[..],
    };
    let mut text = base.to_string();
    if !peers.is_empty() {
        text.push_str(HOSTS_MARK);
        text.push('\n');
        text.push_str(peers);
    }
    if text == cur {
        return Ok(());
    }
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(path)?;
    f.write_all(text.as_bytes())?;
    Ok(())
}

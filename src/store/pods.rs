//! Pod records: `pods/<id>/pod.json` (name, shared namespaces, network, published ports,
//! labels) and `pods/<id>/userdata/` (the hosts, hostname and resolv.conf its members share).
//! Written under the containers lock: pods and their members change together.

use super::{write_atomic, Store};
use crate::model::pod::Share;
use crate::model::{NetworkMode, PortMapping};
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PodRecord {
    pub id: String,
    pub name: String,
    /// Nanoseconds since the epoch.
    pub created: i64,
    pub share: Share,
    pub infra: bool,
    /// The pod's network mode, the default resolved at create (pasta, none, host, private).
    pub network: NetworkMode,
    /// Published ports, host ports resolved.
    #[serde(default)]
    pub ports: Vec<PortMapping>,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    pub hostname: String,
    #[serde(default)]
    pub cgroup_parent: Option<String>,
}

impl Store {
    pub fn pod_dir(&self, id: &str) -> PathBuf {
        self.root.join("pods").join(id)
    }

    pub fn save_pod(&self, p: &PodRecord) -> Result<()> {
        super::mkdir_p(&self.pod_dir(&p.id))?;
        write_atomic(
            &self.pod_dir(&p.id).join("pod.json"),
            &serde_json::to_vec(p)?,
        )
    }

    pub fn load_pod(&self, id: &str) -> Result<PodRecord> {
        let b = std::fs::read(self.pod_dir(id).join("pod.json"))
            .with_context(|| format!("reading pod {id}"))?;
        serde_json::from_slice(&b).with_context(|| format!("pod {id} has a corrupt record"))
    }

    /// All pod records, oldest first.
    pub fn pods(&self) -> Result<Vec<PodRecord>> {
        let mut v = Vec::new();
        let rd = match std::fs::read_dir(self.root.join("pods")) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(v),
            Err(e) => return Err(e).context("listing pods"),
        };
        for e in rd.flatten() {
            let name = e.file_name();
            let Some(id) = name.to_str() else { continue };
            if id.len() != 64 {
                continue;
            }
            if let Ok(p) = self.load_pod(id) {
                v.push(p);
            }
        }
        v.sort_by_key(|p| p.created);
        Ok(v)
    }

    /// A pod by name, full ID or unique ID prefix.
    pub fn find_pod(&self, name_or_id: &str) -> Result<PodRecord> {
        let pods = self.pods()?;
        if let Some(p) = pods
            .iter()
            .find(|p| p.name == name_or_id || p.id == name_or_id)
        {
            return Ok(p.clone());
        }
        let hits: Vec<&PodRecord> = pods
            .iter()
            .filter(|p| !name_or_id.is_empty() && p.id.starts_with(name_or_id))
            .collect();
        match hits.as_slice() {
            [p] => Ok((*p).clone()),
            [] => bail!("no pod with name or ID {name_or_id} found: no such pod"),
            _ => bail!("more than one result for pod ID {name_or_id}"),
        }
    }
}

//! `pod ps`: every pod with its status (from its members') and members, `--filter`ed.

use super::lookup::{members, status};
use crate::engine::Engine;
use crate::store::containers::ContainerRecord;
use crate::store::pods::PodRecord;
use anyhow::{bail, Result};

/// One pod of `pod ps`.
pub struct PodRow {
    pub pod: PodRecord,
    pub status: &'static str,
    pub members: Vec<ContainerRecord>,
}

/// The pods, oldest first, kept by `filters` (`name=`, `id=`, `label=K[=V]`, `status=`,
/// `ctr-names=`, `ctr-ids=`); several filters must all match, values of one filter any.
pub fn ps(engine: &Engine, filters: &[String]) -> Result<Vec<PodRow>> {
    let mut parsed: Vec<(String, String)> = Vec::new();
    for f in filters {
        let Some((k, v)) = f.split_once('=') else {
            bail!("invalid filter {f:?}: want KEY=VALUE");
        };
        if !matches!(
            k,
            "name" | "id" | "label" | "status" | "ctr-names" | "ctr-ids" | "network"
        ) {
            bail!("{k} is an invalid filter");
        }
        parsed.push((k.to_string(), v.to_string()));
    }
    let mut rows = Vec::new();
    for pod in engine.store.pods()? {
        // Stops a holder left without members by a killed start.
        super::namespace::holder(engine, &pod.id);
        let ms = members(engine, &pod.id)?;
        let row = PodRow {
            status: status(&ms),
            members: ms,
            pod,
        };
        let keys: std::collections::BTreeSet<&str> =
            parsed.iter().map(|(k, _)| k.as_str()).collect();
        let keep = keys.iter().all(|key| {
            parsed
                .iter()
                .filter(|(k, _)| k == key)
                .any(|(_, v)| matches(&row, key, v))
        });
        if keep {
            rows.push(row);
        }
    }
    Ok(rows)
}

fn matches(row: &PodRow, key: &str, v: &str) -> bool {
    let p = &row.pod;
    match key {
        "name" => regex::Regex::new(v).is_ok_and(|r| r.is_match(&p.name)),
        "id" => p.id.starts_with(v),
        "label" => match v.split_once('=') {
            Some((k, val)) => p.labels.get(k).is_some_and(|x| x == val),
            None => p.labels.contains_key(v),
        },
        "status" => row.status.eq_ignore_ascii_case(v),
        "ctr-names" => row.members.iter().any(|m| m.name == v),
        "ctr-ids" => row.members.iter().any(|m| m.id.starts_with(v)),
        "network" => p.network.kind() == v,
        _ => false,
    }
}

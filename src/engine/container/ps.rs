//! `ps`: which containers to list, in podman's order (oldest first, as its pkg/ps sorts).
//! `--filter`: status, name (regex), id (prefix), ancestor (image), label (K or K=V),
//! volume (a volume's name, a mount's destination or host source), pod (name or ID).
//! Values of one key are alternatives; different keys must all match (podman's rules).
//! A status filter makes `ps` consider all containers, as with `-a`.

use super::lookup::list;
use crate::engine::Engine;
use crate::store::containers::ContainerRecord;
use crate::store::images::ImageRecord;
use anyhow::{anyhow, bail, Result};

#[derive(Default)]
struct Filters {
    status: Vec<String>,
    name: Vec<regex::Regex>,
    id: Vec<String>,
    ancestor: Vec<String>,
    label: Vec<(String, Option<String>)>,
    volume: Vec<String>,
    /// A pod's name or ID (prefix).
    pod: Vec<String>,
}

const STATUSES: &[&str] = &[
    "created",
    "running",
    "paused",
    "exited",
    "stopped",
    "stopping",
    "unknown",
    "configured",
    "removing",
];

impl Filters {
    fn parse(given: &[String]) -> Result<Filters> {
        let mut f = Filters::default();
        for item in given {
            let (k, v) = item
                .split_once('=')
                .ok_or_else(|| anyhow!("invalid filter {item:?}: use KEY=VALUE"))?;
            match k {
                "status" => {
                    if !STATUSES.contains(&v) {
                        bail!("{v:?} is not a valid status");
                    }
                    f.status.push(v.to_string());
                }
                "name" => f.name.push(
                    regex::Regex::new(v).map_err(|e| anyhow!("invalid name filter {v:?}: {e}"))?,
                ),
                "id" => f.id.push(v.to_string()),
                "ancestor" => f.ancestor.push(v.to_string()),
                "label" => {
                    let (lk, lv) = match v.split_once('=') {
                        Some((a, b)) => (a.to_string(), Some(b.to_string())),
                        None => (v.to_string(), None),
                    };
                    f.label.push((lk, lv));
                }
                "volume" => f.volume.push(v.to_string()),
                "pod" => f.pod.push(v.to_string()),
                other => bail!("{other} is an invalid filter"),
            }
        }
        Ok(f)
    }

    /// Whether stopped containers are listed without `-a`.
    fn implies_all(&self) -> bool {
        !self.status.is_empty()
    }

    fn matches(&self, c: &ContainerRecord, images: &[ImageRecord]) -> bool {
        let state = c.state.status.as_str();
        let status_ok = self.status.is_empty() || self.status.iter().any(|s| s == state);
        let name_ok = self.name.is_empty() || self.name.iter().any(|r| r.is_match(&c.name));
        let id_ok = self.id.is_empty() || self.id.iter().any(|p| c.id.starts_with(p.as_str()));
        let anc_ok = self.ancestor.is_empty()
            || self.ancestor.iter().any(|a| {
                c.image_name == *a
                    || crate::store::reference::name_matches(&c.image_name, a)
                    || (a.len() >= 3 && c.image_id.starts_with(a.trim_start_matches("sha256:")))
                    || crate::store::images::find(images, a).is_ok_and(|i| i.id == c.image_id)
            });
        let label_ok = self
            .label
            .iter()
            .all(|(k, v)| match c.settings.labels.get(k) {
                Some(have) => v.as_ref().is_none_or(|v| v == have),
                None => false,
            });
        let volume_ok = self.volume.is_empty()
            || self.volume.iter().any(|v| {
                c.settings.mounts.iter().any(|m| {
                    m.name.as_deref() == Some(v.as_str())
                        || m.destination == *v
                        || m.source.as_os_str() == v.as_str()
                }) || crate::engine::volume::lookup::volume_names(c).contains(v)
            });
        status_ok && name_ok && id_ok && anc_ok && label_ok && volume_ok
    }
}

/// Keep the containers that pass the filters.
fn apply(engine: &Engine, list: &mut Vec<ContainerRecord>, f: &Filters) -> Result<()> {
    let images = if f.ancestor.is_empty() {
        Vec::new()
    } else {
        crate::engine::image::list::list(engine)?
    };
    list.retain(|c| f.matches(c, &images));
    if !f.pod.is_empty() {
        let pods: Vec<String> = engine
            .store
            .pods()?
            .into_iter()
            .filter(|p| {
                f.pod
                    .iter()
                    .any(|v| p.name == *v || (!v.is_empty() && p.id.starts_with(v.as_str())))
            })
            .map(|p| p.id)
            .collect();
        list.retain(|c| c.settings.pod.as_ref().is_some_and(|p| pods.contains(p)));
    }
    Ok(())
}

/// What `ps` lists.
#[derive(Debug, Clone, Default)]
pub struct PsOpts {
    /// Stopped containers too (`-a`).
    pub all: bool,
    /// Only the newest one (`--latest`).
    pub latest: bool,
    /// Only the newest N (`--last N`).
    pub last: Option<usize>,
    /// `--filter KEY=VALUE`s.
    pub filters: Vec<String>,
    /// `--sort`: command, created (the default), id, image, names, runningfor, size, status.
    pub sort: Option<String>,
}

/// `ps --sort KEY`: ascending, ties kept in creation order, as podman's sorters.
fn sort(list: &mut [ContainerRecord], key: &str) -> Result<()> {
    match key {
        "created" | "runningfor" | "size" => {}
        "command" => list.sort_by_key(|c| c.command.join(" ")),
        "id" => list.sort_by(|a, b| a.id.cmp(&b.id)),
        "image" => list.sort_by(|a, b| a.image_name.cmp(&b.image_name)),
        "names" => list.sort_by(|a, b| a.name.cmp(&b.name)),
        "status" => list.sort_by_key(|c| c.state.status.as_str()),
        other => bail!(
            "invalid argument {other:?} for \"--sort\" flag: {other:?} is not a valid value.  Choose from: \"command, created, id, image, names, runningfor, size, status\""
        ),
    }
    Ok(())
}

/// `ps`: the containers to list, oldest first; `--latest` and `--last` keep the newest.
pub fn ps(engine: &Engine, opts: &PsOpts) -> Result<Vec<ContainerRecord>> {
    let filters = Filters::parse(&opts.filters)?;
    let mut all = list(engine)?;
    if !opts.all && !opts.latest && opts.last.is_none() && !filters.implies_all() {
        all.retain(|c| c.state.status.has_process());
    }
    apply(engine, &mut all, &filters)?;
    if opts.latest {
        all.drain(..all.len().saturating_sub(1));
    }
    if let Some(n) = opts.last {
        all.drain(..all.len().saturating_sub(n));
    }
    if let Some(k) = &opts.sort {
        sort(&mut all, k)?;
    }
    Ok(all)
}

//! `auto-update`: containers labelled `io.containers.autoupdate=registry|local` that run as
//! systemd units (label `PODMAN_SYSTEMD_UNIT`, set at create from the service's environment,
//! `container::systemd::unit_label`)
//! get their image updated and their unit restarted; a unit that fails to come back with the
//! new image is rolled back (the old image gets the name again, the unit is restarted).

use crate::engine::container::lookup::list;
use crate::engine::container::systemd::UNIT_LABEL;
use crate::engine::image::pull::{pull, PullOpts};
use crate::engine::image::tag::tag;
use crate::engine::image::transfer::{ClientOpts, Event};
use crate::engine::Engine;
use crate::registry::conf::Registries;
use crate::registry::Client;
use crate::store::containers::ContainerRecord;
use crate::store::images::find;
use crate::store::reference::Reference;
use crate::store::{sha256_digest, LockKind};
use anyhow::{anyhow, bail, Result};

pub const POLICY_LABEL: &str = "io.containers.autoupdate";

pub struct Opts {
    pub dry_run: bool,
    pub rollback: bool,
    pub client: ClientOpts,
}

/// One container's outcome, as podman reports it.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Report {
    pub unit: String,
    /// `NAME (SHORT-ID)`
    pub container: String,
    pub image: String,
    pub policy: String,
    /// true, false, pending (dry run), rolled back, failed
    pub updated: String,
}

/// Restarts a unit and tells whether it is active afterwards (systemctl, or a test double).
pub trait Units {
    fn restart(&self, unit: &str) -> Result<()>;
}

/// `systemctl [--user] restart UNIT`: the user's manager unless we are root.
pub struct Systemctl;

impl Units for Systemctl {
    fn restart(&self, unit: &str) -> Result<()> {
        let mut c = std::process::Command::new("systemctl");
        if !rustix::process::geteuid().is_root() {
            c.arg("--user");
        }
        let out = c
            .args(["restart", unit])
            .output()
            .map_err(|e| anyhow!("running systemctl restart {unit}: {e}"))?;
        if !out.status.success() {
            bail!(
                "restarting {unit}: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            );
        }
        Ok(())
    }
}

/// The manifest digest the registry serves for `name` now.
fn remote_digest(name: &str, client: &ClientOpts) -> Result<String> {
    let r = Reference::parse_remote(name)?;
    let regs = Registries::load()?;
    let tag = r
        .digest
        .clone()
        .or(r.tag.clone())
        .unwrap_or("latest".into());
    let mut errors = Vec::new();
    for ep in regs.pull_sources(&r.domain, &r.path, r.digest.is_some())? {
        let scope = format!("repository:{}:pull", ep.path);
        let got = Client::connect(&ep.host, &ep.path, ep.insecure, client)
            .and_then(|c| c.get_manifest(&ep.path, &tag, &scope));
        match got {
            Ok((bytes, _)) => return Ok(sha256_digest(&bytes)),
            Err(e) => errors.push(format!("{}/{}: {e:#}", ep.host, ep.path)),
        }
    }
    bail!("checking {name} in the registry: {}", errors.join("; "))
}

/// Whether the registry has something else than the container's image for its name.
fn registry_newer(engine: &Engine, c: &ContainerRecord, client: &ClientOpts) -> Result<bool> {
    let remote = remote_digest(&c.image_name, client)?;
    let _lock = engine.store.lock(LockKind::Images, false)?;
    let images = engine.store.images()?;
    let Some(img) = images.iter().find(|i| i.id == c.image_id) else {
        return Ok(true);
    };
    let repo = Reference::parse_remote(&c.image_name)?.repository();
    let known = img.digest == remote || img.repo_digests.contains(&format!("{repo}@{remote}"));
    Ok(!known)
}

/// The ID the container's image name points at now in the store.
fn local_id(engine: &Engine, name: &str) -> Result<String> {
    let _lock = engine.store.lock(LockKind::Images, false)?;
    let images = engine.store.images()?;
    Ok(find(&images, name)?.id.clone())
}

fn pull_quietly(engine: &Engine, name: &str, client: &ClientOpts) -> Result<String> {
    let opts = PullOpts {
        reference: name.to_string(),
        platform: None,
        client: client.clone(),
    };
    pull(engine, &opts, &|_: Event<'_>| {})
}

/// Update one container; its outcome (`updated`) or an error.
fn update_one(
    engine: &Engine,
    c: &ContainerRecord,
    policy: &str,
    unit: &str,
    opts: &Opts,
    units: &dyn Units,
) -> Result<String> {
    let changed = match policy {
        "registry" if opts.dry_run => registry_newer(engine, c, &opts.client)?,
        "registry" => pull_quietly(engine, &c.image_name, &opts.client)? != c.image_id,
        "local" => local_id(engine, &c.image_name)? != c.image_id,
        other => bail!("invalid auto-update policy {other:?}: use registry or local"),
    };
    if !changed {
        return Ok("false".into());
    }
    if opts.dry_run {
        return Ok("pending".into());
    }
    let Err(e) = units.restart(unit) else {
        return Ok("true".into());
    };
    if !opts.rollback {
        return Err(e);
    }
    // The previous image gets its name back, and the unit runs it again.
    tag(engine, &c.image_id, std::slice::from_ref(&c.image_name))?;
    units
        .restart(unit)
        .map_err(|e2| anyhow!("{e:#}; rolling back: {e2:#}"))?;
    Ok("rolled back".into())
}

/// `auto-update`: every running container with an auto-update policy.
pub fn auto_update(engine: &Engine, opts: &Opts, units: &dyn Units) -> Result<Vec<Report>> {
    let mut out = Vec::new();
    for c in list(engine)? {
        let Some(policy) = c.settings.labels.get(POLICY_LABEL).cloned() else {
            continue;
        };
        if !c.state.is_running() || policy == "disabled" {
            continue;
        }
        let unit = c.settings.labels.get(UNIT_LABEL).cloned();
        let updated = match &unit {
            None => "failed: not running as a systemd unit (no PODMAN_SYSTEMD_UNIT label)".into(),
            Some(u) => match update_one(engine, &c, &policy, u, opts, units) {
                Ok(s) => s,
                Err(e) => format!("failed: {e:#}"),
            },
        };
        out.push(Report {
            unit: unit.unwrap_or_default(),
            container: format!("{} ({})", c.name, &c.id[..12]),
            image: c.image_name.clone(),
            policy,
            updated,
        });
    }
    Ok(out)
}

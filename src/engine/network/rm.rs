//! `network rm [-f]`: networks no container uses, or with `-f` their containers too.

use super::lookup::{dir, find, users_of, NoSuchNetwork};
use crate::engine::container::rm::remove_locked;
use crate::engine::Engine;
use crate::network::config;
use crate::store::LockKind;
use anyhow::{bail, Context, Result};

/// What `network rm` removed, the errors, and podman's exit code (1: a network is missing,
/// which `--force` passes over; 125: any other error).
pub struct RmReport {
    pub removed: Vec<String>,
    pub errors: Vec<String>,
    pub code: i32,
}

/// `network rm [-f]`: each network in turn, see `remove_one`.
pub fn remove(engine: &Engine, what: &[String], force: bool) -> Result<RmReport> {
    let _clock = engine.store.lock(LockKind::Containers, true)?;
    let mut r = RmReport {
        removed: Vec::new(),
        errors: Vec::new(),
        code: 0,
    };
    for w in what {
        match remove_one(engine, w, force) {
            Ok(name) => r.removed.push(name),
            Err(e) if e.downcast_ref::<NoSuchNetwork>().is_some() => {
                if !force {
                    r.errors.push(format!("{e:#}"));
                    r.code = r.code.max(1);
                }
            }
            Err(e) => {
                r.errors.push(format!("{e:#}"));
                r.code = 125;
            }
        }
    }
    Ok(r)
}

/// Remove one network (the caller holds the containers lock): refuse one containers use,
/// unless `force` (which removes them).
fn remove_one(engine: &Engine, w: &str, force: bool) -> Result<String> {
    {
        let net = find(engine, w)?;
        if net.name == config::DEFAULT_NETWORK {
            bail!("default network {} cannot be removed", net.name);
        }
        let recs = engine.store.containers()?;
        let users = users_of(&recs, &net.name);
        if !users.is_empty() {
            if !force {
                bail!(
                    "\"{}\" has associated containers with it. Use -f to forcibly delete containers and pods: network is being used",
                    net.name
                );
            }
            for c in users {
                remove_locked(engine, c, false)?;
            }
        }
        let _nlock = engine.store.lock(LockKind::Networks, true)?;
        std::fs::remove_file(dir(engine).join(format!("{}.json", net.name)))
            .with_context(|| format!("removing network {}", net.name))?;
        Ok(net.name)
    }
}

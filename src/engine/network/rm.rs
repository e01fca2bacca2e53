//! `network rm [-f]`: networks no container uses, or with `-f` their containers too.

use super::lookup::{dir, find, users_of};
use crate::engine::container::rm::remove_locked;
use crate::engine::Engine;
use crate::network::config;
use crate::store::LockKind;
use anyhow::{bail, Context, Result};

/// `network rm [-f]`: refuse networks containers use, unless `force` (which removes them).
pub fn remove(engine: &Engine, what: &[String], force: bool) -> Result<Vec<String>> {
    let _clock = engine.store.lock(LockKind::Containers, true)?;
    let mut out = Vec::new();
    for w in what {
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
        out.push(net.name);
    }
    Ok(out)
}

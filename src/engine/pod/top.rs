//! `pod top`: the processes of every running member, one table.

use super::lookup::{find, members};
use crate::engine::container::top::top as top_container;
use crate::engine::Engine;
use anyhow::{bail, Result};

pub fn top(
    engine: &Engine,
    what: &str,
    descs: &[String],
) -> Result<(Vec<String>, Vec<Vec<String>>)> {
    let pod = find(engine, what)?;
    let mut header = Vec::new();
    let mut rows = Vec::new();
    for m in members(engine, &pod.id)?
        .iter()
        .filter(|m| m.state.is_running())
    {
        let (h, r) = top_container(engine, &m.id, descs)?;
        header = h;
        rows.extend(r);
    }
    if header.is_empty() {
        bail!(
            "pod {} is not running: no containers in the pod are running",
            pod.name
        );
    }
    Ok((header, rows))
}

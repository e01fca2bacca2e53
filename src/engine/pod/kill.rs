//! `pod kill`: signal every running member.

use super::lookup::{find, members};
use crate::engine::container::kill::kill as kill_container;
use crate::engine::Engine;
use crate::model::Signal;
use anyhow::{bail, Result};

pub fn kill(engine: &Engine, what: &str, sig: Signal) -> Result<String> {
    let pod = find(engine, what)?;
    let running: Vec<_> = members(engine, &pod.id)?
        .into_iter()
        .filter(|m| m.state.is_running())
        .collect();
    if running.is_empty() {
        bail!(
            "no containers in pod {} are running: pod state improper",
            pod.id
        );
    }
    for m in running {
        kill_container(engine, &m.id, sig)?;
    }
    Ok(pod.id)
}

//! `pod pause` and `pod unpause`: freeze or thaw every member that can be.

use super::lookup::{find, members};
use crate::engine::container::pause::pause as pause_container;
use crate::engine::Engine;
use crate::model::ContainerStatus;
use anyhow::Result;

pub fn pause(engine: &Engine, what: &str, frozen: bool) -> Result<String> {
    let pod = find(engine, what)?;
    for m in members(engine, &pod.id)? {
        let ready = if frozen {
            m.state.status == ContainerStatus::Running
        } else {
            m.state.status == ContainerStatus::Paused
        };
        if ready {
            pause_container(engine, &m.id, frozen)?;
        }
    }
    Ok(pod.id)
}

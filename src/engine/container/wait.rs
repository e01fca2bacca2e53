//! `wait` and `wait --condition`: poll the record until the container reaches a state.

use super::lookup::lookup;
use super::runroot::monitored;
use crate::engine::Engine;
use crate::model::ContainerStatus as Status;
use anyhow::{bail, Result};

/// `wait`: block until the container exits; its exit code (at once for one never started).
/// `wait --condition`: podman's conditions. `exited`/`stopped` (the default) return the exit
/// code; a state condition (`created`/`configured`, `running`, `paused`) returns -1 once the
/// container is in that state, as podman prints. `healthy`/`unhealthy` (also -1) need a
/// healthcheck.
pub fn wait_condition(engine: &Engine, what: &str, conditions: &[String]) -> Result<i32> {
    let mut states = Vec::new();
    let mut exit = conditions.is_empty();
    let mut health = Vec::new();
    for c in conditions {
        match c.as_str() {
            "exited" | "stopped" => exit = true,
            "created" | "configured" => states.push(Status::Created),
            "running" => states.push(Status::Running),
            "paused" => states.push(Status::Paused),
            h @ ("healthy" | "unhealthy") => {
                let rec = lookup(engine, what)?;
                if rec.settings.healthcheck.is_none() {
                    bail!("container {} has no healthcheck configured", rec.name);
                }
                health.push(h);
            }
            other => bail!("unknown condition {other:?}"),
        }
    }
    if states.is_empty() && health.is_empty() {
        return wait(engine, what);
    }
    let c = lookup(engine, what)?;
    loop {
        let r = match engine.store.load_container(&c.id) {
            Ok(r) => r,
            Err(_) if exit => return Ok(c.state.exit_code),
            Err(_) => bail!("no container with name or ID {what:?} found: no such container"),
        };
        if states.contains(&r.state.live_status()) {
            return Ok(-1);
        }
        if exit && r.state.status == Status::Exited {
            return Ok(r.state.exit_code);
        }
        if let Some(h) = &r.state.health {
            if r.state.status.has_process() && health.contains(&h.status.as_str()) {
                return Ok(-1);
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

pub fn wait(engine: &Engine, what: &str) -> Result<i32> {
    let c = lookup(engine, what)?;
    loop {
        let r = match engine.store.load_container(&c.id) {
            Ok(r) => r,
            // Removed (e.g. --rm): podman reports the last known code.
            Err(_) => return Ok(c.state.exit_code),
        };
        let stale = r.state.status.has_process()
            && !r.state.process.is_alive()
            && !monitored(engine, &r.id);
        // Exited, or created and never started: podman answers at once.
        if matches!(r.state.status, Status::Exited | Status::Created) {
            return Ok(r.state.exit_code);
        }
        if stale {
            // The monitor may have recorded the exit (and gone) since `r` was read.
            return Ok(engine
                .store
                .load_container(&c.id)
                .map(|f| f.state.exit_code)
                .unwrap_or(r.state.exit_code));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

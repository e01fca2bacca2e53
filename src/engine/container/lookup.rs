//! Finding containers: every record (oldest first) or one by name, ID or ID prefix, with the
//! records of containers whose process died without a monitor to record it reconciled first.

use super::runroot::monitored;
use crate::engine::network::helper::stop_stale_helper;
use crate::engine::Engine;
use crate::model::{ContainerStatus as Status, ProcessId};
use crate::store::containers::{find, ContainerRecord};
use crate::store::now_nanos;
use anyhow::Result;

/// Mark containers whose process is gone as exited (the invoking skiff died).
fn reconcile(engine: &Engine, all: &mut [ContainerRecord]) {
    for c in all.iter_mut() {
        let gone = c.state.status.has_process() && !c.state.process.is_alive();
        let dead = gone || c.state.status == Status::Restarting;
        if dead && !monitored(engine, &c.id) {
            // The monitor may have recorded the exit (and gone) since `all` was read.
            match engine.store.load_container(&c.id) {
                Ok(fresh) if fresh.state != c.state => {
                    *c = fresh;
                    continue;
                }
                Err(_) => continue,
                Ok(_) => {}
            }
            // Its monitor died with it: the network helper may be left.
            stop_stale_helper(engine, c);
            c.state.status = Status::Exited;
            c.state.process = ProcessId::default();
            if c.state.finished_at == 0 {
                c.state.finished_at = now_nanos();
            }
            let _ = engine.store.save_container(c);
        }
    }
}

/// All containers, oldest first, with stale state reconciled.
pub fn list(engine: &Engine) -> Result<Vec<ContainerRecord>> {
    let mut all = engine.store.containers()?;
    reconcile(engine, &mut all);
    Ok(all)
}

/// Find one container by name, ID or ID prefix.
pub fn lookup(engine: &Engine, what: &str) -> Result<ContainerRecord> {
    let all = list(engine)?;
    Ok(find(&all, what)?.clone())
}

/// The newest container (`--latest`), if there is any.
pub fn latest(engine: &Engine) -> Result<Option<ContainerRecord>> {
    Ok(list(engine)?.pop())
}

/// The IDs of the containers with a process (running, paused or stopping): what `stop --all`
/// and `kill --all` act on.
pub fn with_process(engine: &Engine) -> Result<Vec<String>> {
    Ok(list(engine)?
        .into_iter()
        .filter(|c| c.state.status.has_process())
        .map(|c| c.id)
        .collect())
}

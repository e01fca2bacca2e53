//! `logs`, `attach`, `restart` and the hidden `container-monitor`.

use super::args::{AttachArgs, LogsArgs, MonitorArgs, RestartArgs};
use crate::engine::container::logs::{self, LogsOpts};
use crate::engine::container::{attach, lookup, monitor, restart as erestart};
use crate::engine::Engine;
use anyhow::{bail, Result};
use std::io::Write;

pub fn logs(e: &Engine, a: LogsArgs) -> Result<i32> {
    let mut names = a.containers.clone();
    if a.latest {
        if let Some(c) = lookup::latest(e)? {
            names.push(c.id);
        }
    }
    if names.is_empty() {
        bail!("no container name or ID specified");
    }
    let opts = LogsOpts {
        follow: a.follow,
        timestamps: a.timestamps,
        since: a.since,
        until: a.until,
        tail: a.tail.and_then(|n| usize::try_from(n).ok()),
        prefix: None,
    };
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut write = |stream: u8, data: &[u8]| {
        // A closed reader (`logs | head`) ends output quietly.
        let _ = if stream == 2 {
            let mut l = stderr.lock();
            l.write_all(data).and_then(|_| l.flush())
        } else {
            let mut l = stdout.lock();
            l.write_all(data).and_then(|_| l.flush())
        };
    };
    logs::logs_many(e, &names, a.names, &opts, &mut write)?;
    Ok(0)
}

pub fn attach(e: &Engine, a: AttachArgs) -> Result<i32> {
    attach::attach(e, &a.container, a.no_stdin, &a.detach_keys)
}

pub fn restart(e: &Engine, a: RestartArgs) -> Result<i32> {
    let names: Vec<String> = if a.all {
        erestart::targets(e, a.running)?
    } else {
        a.containers
    };
    if names.is_empty() && !a.all {
        bail!("you must provide at least one container name or ID");
    }
    let mut code = 0;
    for n in names {
        match erestart::restart(e, &n, a.time) {
            Ok(()) => println!("{n}"),
            Err(err) => {
                eprintln!("Error: {err:#}");
                code = 125;
            }
        }
    }
    Ok(code)
}

pub fn monitor(e: &Engine, a: MonitorArgs) -> Result<i32> {
    monitor::run(e, &a.id, a.notify_fd)
}

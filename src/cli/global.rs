//! The global flags podman scripts pass, checked before any command runs: what skiff can
//! honour becomes `GlobalOpts`; the rest is refused clearly (there is no service to connect
//! to, the runtime is built in, the store is overlay).

use super::args::GlobalArgs;
use crate::engine::GlobalOpts;
use crate::model::EventsBackend;

/// podman's log levels.
const LOG_LEVELS: &[&str] = &[
    "trace", "debug", "info", "warn", "warning", "error", "fatal", "panic",
];

/// A refused global flag: the message and the exit code (podman's 1 for a bad log level,
/// else 125, printed with `Error: `).
pub struct Refused {
    pub code: i32,
    pub msg: String,
}

fn refused(msg: String) -> Refused {
    Refused {
        code: 125,
        msg: format!("Error: {msg}"),
    }
}

/// Check the global flags and give the engine's options. Warnings go to stderr.
pub fn options(g: &GlobalArgs) -> Result<GlobalOpts, Refused> {
    if !LOG_LEVELS.contains(&g.log_level.as_str()) {
        return Err(Refused {
            code: 1,
            msg: format!(
                "Log Level {:?} is not supported, choose from: {}",
                g.log_level,
                LOG_LEVELS.join(", ")
            ),
        });
    }
    if g.remote {
        return Err(refused(
            "--remote: skiff has no remote mode: there is no service, each command runs containers itself".into(),
        ));
    }
    if let Some(u) = g.url.as_ref().or(g.host.as_ref()) {
        return Err(refused(format!(
            "--url {u}: skiff cannot connect to a service: there is no daemon, run the command on the host itself"
        )));
    }
    if let Some(c) = &g.connection {
        return Err(refused(format!(
            "--connection {c}: skiff has no service connections: there is no daemon, run the command on the host itself"
        )));
    }
    if let Some(d) = g.storage_driver.as_deref().filter(|d| *d != "overlay") {
        return Err(refused(format!(
            "storage driver {d:?} is not supported: skiff stores images and containers with overlay"
        )));
    }
    runtime(g)?;
    let events_backend = match &g.events_backend {
        Some(b) => Some(
            b.parse::<EventsBackend>()
                .map_err(|e| refused(format!("{e:#}")))?,
        ),
        None => None,
    };
    Ok(GlobalOpts {
        root: g.root.clone(),
        runroot: g.runroot.clone(),
        cgroup_manager: g.cgroup_manager.clone(),
        events_backend,
    })
}

/// `--runtime crun|runc` (a name or a path to one) means the built-in runtime, with a note;
/// another runtime cannot be honoured. `--runtime-flag`s are ignored with a warning.
fn runtime(g: &GlobalArgs) -> Result<(), Refused> {
    if let Some(r) = &g.runtime {
        let name = r.rsplit('/').next().unwrap_or(r);
        if !matches!(name, "crun" | "runc" | "skiff") {
            return Err(refused(format!(
                "--runtime {r}: skiff's OCI runtime is built in; another runtime cannot be used"
            )));
        }
        eprintln!("WARN[0000] --runtime {r}: skiff's OCI runtime is built in and is used instead");
    }
    for f in &g.runtime_flag {
        eprintln!(
            "WARN[0000] --runtime-flag {f}: ignored, the built-in OCI runtime takes no flags"
        );
    }
    Ok(())
}

/// `--noout`: standard output goes to /dev/null for the whole command.
pub fn silence_stdout() -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let null = std::fs::OpenOptions::new().write(true).open("/dev/null")?;
    nix::unistd::dup2(null.as_raw_fd(), 1)?;
    Ok(())
}

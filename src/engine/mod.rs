//! Engine: one function per user action, composing store, registry, runtime and network, in
//! one file per action: `container/`, `image/`, `network/` (the container's networking and
//! user-defined networks), `system/` (events, df, prune, info). The CLI builds an options
//! struct (for a container, a validated `ContainerConfig`), calls one function here, and prints
//! what it returns. Inside the engine no file imports another that (indirectly) imports it.

pub mod container;
pub mod image;
pub mod network;
pub mod pod;
pub mod system;
pub mod volume;

use crate::model::EventsBackend;
use crate::runtime::userns::IdMap;
use crate::store::Store;
use anyhow::Result;
use std::cell::OnceCell;
use std::path::PathBuf;

/// Global options (the flags before the subcommand).
#[derive(Debug, Clone, Default)]
pub struct GlobalOpts {
    pub root: Option<PathBuf>,
    pub runroot: Option<PathBuf>,
    /// `--cgroup-manager`: systemd or cgroupfs (default: detected).
    pub cgroup_manager: Option<String>,
    /// `--events-backend`; None: containers.conf's, else the file.
    pub events_backend: Option<EventsBackend>,
}

/// The per-invocation context: where the store is, and the user's id mapping (read lazily).
pub struct Engine {
    pub store: Store,
    idmap: OnceCell<IdMap>,
    pub cgroup_manager: Option<String>,
    /// `--events-backend`, else containers.conf's (read at the first event).
    events_backend: OnceCell<EventsBackend>,
}

impl Engine {
    pub fn new(g: &GlobalOpts) -> Result<Engine> {
        let root = match &g.root {
            Some(r) => r.clone(),
            None => default_root(),
        };
        let runroot = match &g.runroot {
            Some(r) => r.clone(),
            None => default_runroot(),
        };
        let store = Store::open(&root, &runroot)?;
        Ok(Engine {
            store,
            idmap: OnceCell::new(),
            cgroup_manager: g.cgroup_manager.clone(),
            events_backend: g.events_backend.map(OnceCell::from).unwrap_or_default(),
        })
    }

    /// The global flags a helper process of this one (the monitor, a healthcheck) is given:
    /// the store, and the events backend when it is not the default.
    pub fn helper_args(&self) -> Vec<std::ffi::OsString> {
        let mut args: Vec<std::ffi::OsString> = vec![
            "--root".into(),
            self.store.root.clone().into(),
            "--runroot".into(),
            self.store.runroot.clone().into(),
        ];
        if self.events_backend() != EventsBackend::File {
            args.push("--events-backend".into());
            args.push(self.events_backend().as_str().into());
        }
        args
    }

    /// Where events go: `--events-backend`, else containers.conf's `events_logger` (a
    /// containers.conf that cannot be read means the file).
    pub fn events_backend(&self) -> EventsBackend {
        *self.events_backend.get_or_init(|| {
            crate::config::containers_conf::get()
                .map(|c| c.events_backend())
                .unwrap_or_default()
        })
    }

    pub fn idmap(&self) -> &IdMap {
        self.idmap.get_or_init(|| {
            let m = IdMap::for_current_user();
            if m.is_single() && rustix::process::getuid().as_raw() != 0 {
                warn_once_single();
            }
            m
        })
    }
}

fn warn_once_single() {
    eprintln!(
        "WARN[0000] no subordinate id range for this user in /etc/subuid and /etc/subgid: \
         only your own id is mapped into containers (add a range with usermod --add-subuids)"
    );
}

fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/"))
}

pub fn default_root() -> PathBuf {
    match std::env::var_os("XDG_DATA_HOME") {
        Some(d) if !d.is_empty() => PathBuf::from(d).join("skiff"),
        _ => home().join(".local/share/skiff"),
    }
}

pub fn default_runroot() -> PathBuf {
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        let p = PathBuf::from(d);
        if p.is_dir() {
            return p.join("skiff");
        }
    }
    let uid = rustix::process::getuid().as_raw();
    PathBuf::from(format!("/tmp/skiff-run-{uid}"))
}

//! The Docker-compatible API socket (`skiff system service`): an adapter like the CLI. Every
//! request is turned into the engine's typed inputs (`ContainerOptions` → `validate()`, the
//! engine's options structs) and answered from the per-user store; the server keeps no state
//! of its own, so the CLI and the API see the same containers at once.
//!
//! Processes: the service (this module) accepts connections on a unix socket (its own, 0600,
//! or one handed over by systemd through `LISTEN_FDS`) and forks one process per connection,
//! so the engine's single-threaded rules hold (it forks and clones) and a slow request never
//! holds up another. A connection's process (`conn.rs`) speaks HTTP/1.1 with hyper on a
//! current-thread tokio runtime that starts no threads; a request's long work (wait, logs
//! --follow) runs in a forked child writing into a pipe that the response body streams, and
//! a hijacked stream (attach, exec) takes the connection's socket back after the 101.
//! The service exits after `--time` without connections; a live connection (and whatever it
//! streams) belongs to its own process and is never cut.
//!
//! Files: `conn.rs` (hyper, routing, the version prefix), `http.rs` (replies, errors, query
//! strings, bodies), `system.rs` (`/_ping`, `/version`, `/info`), `containers.rs` (create and
//! the lifecycle), `streams.rs` (forked bodies, log following, multiplexed frames), `exec.rs`
//! (exec instances, kept as files in the runroot), `images.rs`.

mod conn;
mod containers;
mod exec;
mod http;
mod images;
mod networks;
mod streams;
mod system;

use crate::engine::{Engine, GlobalOpts};
use anyhow::{bail, Context, Result};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::net::UnixListener;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The newest API version served; clients asking for older ones down to `MIN_VERSION` get
/// the same answers.
pub const API_VERSION: &str = "1.44";
pub const MIN_VERSION: &str = "1.24";

/// Options of `system service`.
#[derive(Debug, Clone)]
pub struct ServiceOpts {
    /// `unix:///path` (None: `$XDG_RUNTIME_DIR/skiff/skiff.sock`, or the socket systemd
    /// passes).
    pub uri: Option<String>,
    /// Exit after this long without connections; zero: never.
    pub idle: Duration,
}

/// The default socket: `skiff.sock` in the default runroot.
pub fn default_socket() -> PathBuf {
    crate::engine::default_runroot().join("skiff.sock")
}

/// A socket handed over by systemd: `LISTEN_PID` is us and `LISTEN_FDS` at least 1 (fd 3).
/// The variables are removed so nothing started from here (containers) sees them.
fn activated() -> Option<OwnedFd> {
    let pid = std::env::var("LISTEN_PID").ok();
    let fds = std::env::var("LISTEN_FDS").ok();
    std::env::remove_var("LISTEN_PID");
    std::env::remove_var("LISTEN_FDS");
    std::env::remove_var("LISTEN_FDNAMES");
    let pid: u32 = pid?.parse().ok()?;
    let n: u32 = fds?.parse().ok()?;
    if pid != std::process::id() || n < 1 {
        return None;
    }
    Some(crate::runtime::service::activated_socket())
}

/// Bind `path` with mode 0600 (the directory 0700 when we make it).
fn bind(path: &std::path::Path) -> Result<UnixListener> {
    if let Some(dir) = path.parent() {
        if !dir.exists() {
            std::fs::create_dir_all(dir)?;
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
    }
    if std::os::unix::net::UnixStream::connect(path).is_ok() {
        bail!("{}: a service is listening there already", path.display());
    }
    let _ = std::fs::remove_file(path);
    // No moment with a socket others could connect to: created with 0600 through the umask.
    let old = rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o177));
    let l = UnixListener::bind(path);
    rustix::process::umask(old);
    l.with_context(|| format!("binding {}", path.display()))
}

fn listener(opts: &ServiceOpts) -> Result<(UnixListener, Option<PathBuf>)> {
    if let Some(fd) = activated() {
        if opts.uri.is_none() {
            return Ok((UnixListener::from(fd), None));
        }
    }
    let path = match opts.uri.as_deref() {
        None => default_socket(),
        Some(u) => match u.split_once("://") {
            Some(("unix", p)) if p.starts_with('/') => PathBuf::from(p),
            Some(("tcp", _)) => bail!(
                "{u}: tcp:// endpoints are refused: the API gives full control of your containers, \
                 and this version offers no TLS client-certificate authentication; use a unix socket"
            ),
            _ => bail!("{u}: not a unix:///absolute/path address"),
        },
    };
    let l = bind(&path)?;
    Ok((l, Some(path)))
}

/// `system service`: serve until idle for `opts.idle` (forever when zero).
pub fn serve(engine: &Engine, opts: &ServiceOpts) -> Result<i32> {
    let g = GlobalOpts {
        root: Some(engine.store.root.clone()),
        runroot: Some(engine.store.runroot.clone()),
        cgroup_manager: engine.cgroup_manager.clone(),
        events_backend: Some(engine.events_backend()),
    };
    let (l, path) = listener(opts)?;
    l.set_nonblocking(true)?;
    let mut children: Vec<i32> = Vec::new();
    let mut last = Instant::now();
    loop {
        children.retain(|&pid| !crate::runtime::service::reaped(pid));
        if !children.is_empty() {
            last = Instant::now();
        }
        if !opts.idle.is_zero() && children.is_empty() && last.elapsed() >= opts.idle {
            break;
        }
        let mut fds = [rustix::event::PollFd::new(&l, rustix::event::PollFlags::IN)];
        let wait = rustix::event::Timespec {
            tv_sec: 0,
            tv_nsec: 100_000_000,
        };
        match rustix::event::poll(&mut fds, Some(&wait)) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
        let stream = match l.accept() {
            Ok((s, _)) => s,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e).context("accepting a connection"),
        };
        last = Instant::now();
        // This process is single-threaded; the child serves one connection and exits.
        let served = crate::runtime::service::fork_run(&[l.as_raw_fd()], || {
            match conn::serve(&g, &stream) {
                Ok(()) => 0,
                Err(_) => 1,
            }
        });
        drop(stream);
        match served {
            Ok(pid) => children.push(pid),
            Err(e) => eprintln!("{e:#}"),
        }
    }
    if let Some(p) = path {
        let _ = std::fs::remove_file(p);
    }
    Ok(0)
}

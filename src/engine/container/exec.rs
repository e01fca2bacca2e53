//! `exec`: a command in a running container (also the healthcheck's runner).

use super::lookup::lookup;
use super::seccomp::compile_seccomp;
use crate::engine::Engine;
use crate::runtime;
use anyhow::{anyhow, bail, Result};
use oci_spec::runtime::Spec;

/// The status of an exec killed at its `timeout` (podman reports a timed-out healthcheck as -1).
pub const TIMED_OUT: i32 = -1;

/// Options of `exec`.
#[derive(Debug, Clone, Default)]
pub struct ExecOpts {
    pub container: String,
    pub command: Vec<String>,
    pub env: Vec<String>,
    pub user: Option<String>,
    pub workdir: Option<String>,
    pub tty: bool,
    pub interactive: bool,
    pub detach: bool,
    pub privileged: bool,
    /// stdout and stderr to this descriptor (healthchecks).
    pub capture: Option<std::os::fd::RawFd>,
    /// Kill the process after this long (healthchecks): a `CodedError` with `TIMED_OUT`.
    pub timeout: Option<std::time::Duration>,
}

/// `exec`: run a command in a running container; its exit status (0 at once with `detach`).
pub fn exec(engine: &Engine, opts: &ExecOpts) -> Result<i32> {
    let rec = lookup(engine, &opts.container)?;
    if !rec.state.is_running() {
        bail!("can only create exec sessions on running containers: container state improper");
    }
    let spec = Spec::load(engine.store.container_dir(&rec.id).join("config.json"))
        .map_err(|e| anyhow!("reading the container's spec: {e}"))?;
    let process = spec.process().clone().unwrap_or_default();
    let mut env = process.env().clone().unwrap_or_default();
    for e in &opts.env {
        let kv = if e.contains('=') {
            e.clone()
        } else {
            match std::env::var(e) {
                Ok(v) => format!("{e}={v}"),
                Err(_) => continue,
            }
        };
        let key = kv.split('=').next().unwrap_or("").to_string();
        env.retain(|x| x.split('=').next() != Some(key.as_str()));
        env.push(kv);
    }
    if opts.tty && !env.iter().any(|e| e.starts_with("TERM=")) {
        env.push("TERM=xterm".into());
    }
    let caps = if opts.privileged {
        crate::runtime::security::all_caps()
    } else {
        rec.settings.effective_caps.clone()
    };
    let compiled = compile_seccomp(engine, &rec.settings.seccomp, &caps)?;
    let cwd = opts
        .workdir
        .clone()
        .unwrap_or_else(|| process.cwd().display().to_string());
    let user = opts
        .user
        .clone()
        .unwrap_or_else(|| rec.settings.user.clone());
    let x = runtime::exec::ExecSpec {
        target: rec.state.process.pid,
        args: &opts.command,
        env: &env,
        cwd: &cwd,
        user: &user,
        caps: &caps,
        no_new_privs: process.no_new_privileges().unwrap_or(false),
        seccomp: compiled.as_ref(),
        tty: opts.tty && !opts.detach,
        keep_stdin: opts.interactive && !opts.detach,
        console: runtime::tty::caller_size().filter(|_| opts.tty),
        // A detached exec must not keep the caller's stdout open (`$(skiff exec -d ..)`).
        stdio: match (opts.detach, opts.capture) {
            (true, _) => runtime::exec::ExecStdio::Null,
            (false, Some(fd)) => runtime::exec::ExecStdio::Capture(fd),
            (false, None) => runtime::exec::ExecStdio::Inherit,
        },
    };
    let started = runtime::exec::start(&x)?;
    if opts.detach {
        return Ok(0);
    }
    if let Some(limit) = opts.timeout {
        return match runtime::wait_timeout(started, limit)? {
            Some(code) => Ok(code),
            None => Err(runtime::CodedError {
                code: TIMED_OUT,
                msg: format!("the command timed out after {limit:?}"),
            }
            .into()),
        };
    }
    runtime::wait(started, opts.interactive)
}

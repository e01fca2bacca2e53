//! Exec instances (`POST /containers/{id}/exec`, `/exec/{id}/start|json|resize`) and the
//! attach session. An exec instance is a file in the runroot (`api-exec/<id>.json`): the
//! server keeps nothing in memory, and any connection (any server) can start or inspect it.

use super::conn::{Out, Req};
use super::http::{self, ApiError, ApiResult, Reply};
use super::streams::{self, LogReader, LogSel, Phase};
use crate::engine::container::{self as ctr, runroot};
use crate::engine::Engine;
use hyper::StatusCode;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::io::Read;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
struct ExecState {
    id: String,
    container: String,
    cmd: Vec<String>,
    env: Vec<String>,
    user: Option<String>,
    workdir: Option<String>,
    tty: bool,
    stdin: bool,
    stdout: bool,
    stderr: bool,
    privileged: bool,
    running: bool,
    started: bool,
    exit_code: Option<i32>,
    pid: i32,
}

fn dir(e: &Engine) -> PathBuf {
    e.store.runroot.join("api-exec")
}

fn path(e: &Engine, id: &str) -> ApiResult<PathBuf> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::not_found(format!("No such exec instance: {id}")));
    }
    Ok(dir(e).join(format!("{id}.json")))
}

fn load(e: &Engine, id: &str) -> ApiResult<ExecState> {
    let text = std::fs::read(path(e, id)?)
        .map_err(|_| ApiError::not_found(format!("No such exec instance: {id}")))?;
    serde_json::from_slice(&text).map_err(|err| ApiError::from(anyhow::Error::from(err)))
}

fn save(e: &Engine, s: &ExecState) -> ApiResult<()> {
    crate::store::mkdir_p(&dir(e))?;
    let text = serde_json::to_vec(s).map_err(|err| ApiError::from(anyhow::Error::from(err)))?;
    crate::store::write_file(&path(e, &s.id)?, &text, false)?;
    Ok(())
}

/// `POST /containers/{id}/exec`: record the instance.
pub fn create(e: &Engine, id: &str, r: &Req) -> ApiResult<Reply> {
    let c = ctr::lookup::lookup(e, id)
        .map_err(|_| ApiError::not_found(format!("No such container: {id}")))?;
    if !c.state.is_running() {
        return Err(ApiError::conflict(format!(
            "Container {} is not running",
            c.id
        )));
    }
    let b: Value = http::parse_json(&r.body)?;
    let strs = |k: &str| -> Vec<String> {
        b.get(k)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let flag = |k: &str| b.get(k).and_then(Value::as_bool).unwrap_or(false);
    let text = |k: &str| {
        b.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    let cmd = strs("Cmd");
    if cmd.is_empty() {
        return Err(ApiError::bad("No exec command specified"));
    }
    let s = ExecState {
        id: crate::store::containers::new_id()?,
        container: c.id,
        cmd,
        env: strs("Env"),
        user: text("User"),
        workdir: text("WorkingDir"),
        tty: flag("Tty"),
        stdin: flag("AttachStdin"),
        stdout: flag("AttachStdout"),
        stderr: flag("AttachStderr"),
        privileged: flag("Privileged"),
        ..ExecState::default()
    };
    save(e, &s)?;
    Ok(http::json(StatusCode::CREATED, &json!({"Id": s.id})))
}

pub fn inspect(e: &Engine, id: &str) -> ApiResult<Reply> {
    let s = load(e, id)?;
    Ok(http::ok_json(&json!({
        "ID": s.id,
        "Running": s.running,
        "ExitCode": s.exit_code,
        "ProcessConfig": {
            "tty": s.tty,
            "entrypoint": s.cmd.first(),
            "arguments": s.cmd.get(1..).unwrap_or_default(),
            "privileged": s.privileged,
            "user": s.user.clone().unwrap_or_default(),
        },
        "OpenStdin": s.stdin,
        "OpenStdout": s.stdout,
        "OpenStderr": s.stderr,
        "CanRemove": false,
        "ContainerID": s.container,
        "DetachKeys": "",
        "Pid": s.pid,
    })))
}

/// `POST /exec/{id}/resize`: accepted; the exec's terminal keeps its size (the process
/// serving the exec holds the terminal and takes no messages).
pub fn resize(e: &Engine, id: &str, _r: &Req) -> ApiResult<Reply> {
    load(e, id)?;
    Ok(http::reply(StatusCode::OK, None, http::empty()))
}

fn opts(s: &ExecState, detach: bool) -> ctr::exec::ExecOpts {
    ctr::exec::ExecOpts {
        container: s.container.clone(),
        command: s.cmd.clone(),
        env: s.env.clone(),
        user: s.user.clone(),
        workdir: s.workdir.clone(),
        tty: s.tty && !detach,
        interactive: s.stdin && !detach,
        detach: false,
        privileged: s.privileged,
        capture: None,
        timeout: None,
    }
}

/// Run the exec in a forked child with `stdio` on 0, 1, 2; its exit status.
fn run_child(e: &Engine, s: &ExecState, detach: bool, stdio: [&OwnedFd; 3]) -> ApiResult<i32> {
    let o = opts(s, detach);
    let pid = crate::runtime::service::fork_run(&[], || {
        if (0..3).any(|i| nix::unistd::dup2(stdio[i].as_raw_fd(), i as i32).is_err()) {
            return 125;
        }
        match ctr::exec::exec(e, &o) {
            Ok(code) => code,
            Err(err) => {
                let code = err
                    .downcast_ref::<crate::runtime::CodedError>()
                    .map(|c| c.code)
                    .unwrap_or(126);
                eprintln!("{err:#}");
                code
            }
        }
    })?;
    Ok(pid)
}

fn devnull() -> std::io::Result<OwnedFd> {
    Ok(std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")?
        .into())
}

/// `POST /exec/{id}/start`: detached, or the hijacked stream.
pub fn start(e: &Engine, id: &str, r: &Req) -> ApiResult<Out> {
    let mut s = load(e, id)?;
    if s.started {
        return Err(ApiError::conflict(format!(
            "exec {id} has already been started"
        )));
    }
    let b: Value = http::parse_json(&r.body)?;
    let detach = b.get("Detach").and_then(Value::as_bool).unwrap_or(false);
    let c = ctr::lookup::lookup(e, &s.container)?;
    if !c.state.is_running() {
        return Err(ApiError::conflict(format!(
            "Container {} is not running",
            c.id
        )));
    }
    s.started = true;
    s.running = true;
    save(e, &s)?;
    if detach {
        let null = devnull()?;
        let pid = run_child(e, &s, true, [&null, &null, &null])?;
        s.pid = pid;
        save(e, &s)?;
        // Its exit is recorded by a child that waits for it.
        let st = s.clone();
        crate::runtime::service::fork_run(&super::conn::child_close(), || {
            let code = crate::runtime::service::wait_pid(pid);
            let mut st = st;
            st.running = false;
            st.exit_code = Some(code);
            let _ = save(e, &st);
            0
        })?;
        return Ok(Out::Reply(http::reply(StatusCode::OK, None, http::empty())));
    }
    let ctype = if s.tty {
        "application/vnd.docker.raw-stream"
    } else {
        "application/vnd.docker.multiplexed-stream"
    };
    let mut reply = http::reply(StatusCode::SWITCHING_PROTOCOLS, Some(ctype), http::empty());
    reply
        .headers_mut()
        .insert("Connection", "Upgrade".parse().expect("header"));
    reply
        .headers_mut()
        .insert("Upgrade", "tcp".parse().expect("header"));
    let job: super::conn::Job = Box::new(move |e, sock, early| {
        let code = exec_session(e, &s, sock, early).unwrap_or(126);
        s.running = false;
        s.exit_code = Some(code);
        let _ = save(e, &s);
    });
    Ok(Out::Hijack(reply, job))
}

/// The exec's process on the hijacked socket: with a tty the socket is its terminal's other
/// side; without, stdin is the socket and stdout/stderr come back as frames.
fn exec_session(e: &Engine, s: &ExecState, sock: UnixStream, early: Vec<u8>) -> ApiResult<i32> {
    let sock_fd: OwnedFd = sock.try_clone()?.into();
    let null = devnull()?;
    let _ = early; // a client sends stdin only after the 101
    if s.tty {
        let input = if s.stdin { &sock_fd } else { &null };
        let pid = run_child(e, s, false, [input, &sock_fd, &sock_fd])?;
        drop(sock_fd);
        let code = crate::runtime::service::wait_pid(pid);
        return Ok(code);
    }
    let (out_r, out_w) =
        rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC).map_err(std::io::Error::from)?;
    let (err_r, err_w) =
        rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC).map_err(std::io::Error::from)?;
    let input = if s.stdin { &sock_fd } else { &null };
    let pid = run_child(e, s, false, [input, &out_w, &err_w])?;
    drop(out_w);
    drop(err_w);
    let mut w = sock;
    let mut outs = vec![
        (std::fs::File::from(out_r), 1u8),
        (std::fs::File::from(err_r), 2u8),
    ];
    let mut buf = vec![0u8; 32 << 10];
    let mut client = true;
    while !outs.is_empty() {
        let mut fds: Vec<_> = outs
            .iter()
            .map(|(f, _)| rustix::event::PollFd::new(f, rustix::event::PollFlags::IN))
            .collect();
        match rustix::event::poll(&mut fds, None) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(_) => break,
        }
        let ready: Vec<bool> = fds.iter().map(|f| !f.revents().is_empty()).collect();
        drop(fds);
        let mut i = 0;
        outs.retain_mut(|(f, stream)| {
            let keep = if ready[i] {
                match f.read(&mut buf) {
                    Ok(0) | Err(_) => false,
                    Ok(n) => {
                        if client {
                            client = streams::send(&mut w, &streams::frame(*stream, &buf[..n]));
                        }
                        true
                    }
                }
            } else {
                true
            };
            i += 1;
            keep
        });
    }
    Ok(crate::runtime::service::wait_pid(pid))
}

/// An attach session on the hijacked socket: the log as output until the container's exit
/// is recorded; what the client sends, to the container's stdin through its monitor.
#[allow(clippy::too_many_arguments)]
pub fn attach_session(
    e: &Engine,
    id: &str,
    sock: UnixStream,
    early: Vec<u8>,
    stdin: bool,
    stream: bool,
    reader: &mut LogReader,
    sel: &LogSel,
) {
    let Ok(mut out) = sock.try_clone() else {
        return;
    };
    let mut pending = early;
    let mut open = stdin;
    let mut eof = false;
    let mut eof_sent = false;
    let mut mon: Option<OwnedFd> = None;
    let mut input = sock;
    let mut buf = vec![0u8; 32 << 10];
    let mut tick = |d: std::time::Duration| -> bool {
        if open {
            let mut fds = [rustix::event::PollFd::new(
                &input,
                rustix::event::PollFlags::IN,
            )];
            let t = rustix::event::Timespec {
                tv_sec: 0,
                tv_nsec: d.as_nanos() as i64,
            };
            match rustix::event::poll(&mut fds, Some(&t)) {
                Ok(n) if n > 0 => match input.read(&mut buf) {
                    Ok(0) | Err(_) => {
                        open = false;
                        eof = true;
                    }
                    Ok(n) => pending.extend_from_slice(&buf[..n]),
                },
                _ => {}
            }
        } else {
            std::thread::sleep(d);
        }
        if stdin && mon.is_none() && streams::phase(e, id) == Phase::Running {
            mon = crate::runtime::monitor::connect(&runroot::run_dir(e, id)).ok();
        }
        if let Some(m) = &mon {
            if !pending.is_empty() {
                crate::runtime::monitor::send_stdin(m, &pending);
                pending.clear();
            }
            if eof && !eof_sent {
                crate::runtime::monitor::close_input(m);
                eof_sent = true;
            }
        }
        true
    };
    streams::follow(
        e,
        id,
        reader,
        sel,
        stream,
        &mut |b| streams::send(&mut out, b),
        &mut tick,
    );
    let _ = out.shutdown(std::net::Shutdown::Both);
}

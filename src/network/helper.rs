//! Starting and stopping the user-mode network helper of one container.
//!
//! * `pasta -f PID`: joins the container's user and network namespaces, configures the tap
//!   interface, binds the published ports on the host, then writes its pid to the pid file,
//!   which is a FIFO we read: a pid means ready. It stays in the foreground as the child of the
//!   process that waits for the container (the monitor, a foreground `run`, a build), with a
//!   SIGKILL parent-death signal: this pasta does not notice a namespace found by PID going
//!   away, so its owner terminates it, and a killed owner takes it along.
//!   The rootless network namespace's pasta (`attach_lasting`) outlives the command that
//!   starts it: that one forks into the background (exit status 0 of the launcher = ready).
//! * `slirp4netns PID tap0`: stays our child; `--ready-fd` says when it is configured and
//!   `--exit-fd` is a pipe whose write end only the monitor holds, so slirp4netns exits when
//!   the monitor does, however it ends. Published ports go through its API socket.

use super::ports::{expand, PortMapping};
use crate::model::{NetworkMode, ProcessId};
use anyhow::{anyhow, bail, Context, Result};
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running helper.
pub struct Helper {
    /// Its process (default once it is stopped or let live on).
    pub process: ProcessId,
    exit_fd: Option<OwnedFd>,
    child: Option<Child>,
}

/// The helper's last meaningful log line (pasta also complains about a missing syslog).
fn last_error(log: &Path) -> String {
    let t = std::fs::read_to_string(log).unwrap_or_default();
    t.lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.contains("syslog"))
        .unwrap_or("")
        .to_string()
}

/// Connect the network namespace of `target` (a process in its own user namespace) to the
/// host with the helper `mode` names. `dir` holds its pid file and log.
pub fn attach(
    mode: &NetworkMode,
    target: i32,
    ports: &[PortMapping],
    dir: &Path,
) -> Result<Option<Helper>> {
    match mode {
        NetworkMode::Pasta(options) => pasta(options, target, ports, dir, true).map(Some),
        NetworkMode::Slirp4netns(options) => slirp(options, target, ports, dir).map(Some),
        _ => Ok(None),
    }
}

/// `attach` for a helper that outlives the caller (the rootless network namespace's pasta,
/// which its last user stops): pasta forks into the background; let it live with `keep`.
pub fn attach_lasting(
    mode: &NetworkMode,
    target: i32,
    ports: &[PortMapping],
    dir: &Path,
) -> Result<Option<Helper>> {
    match mode {
        NetworkMode::Pasta(options) => pasta(options, target, ports, dir, false).map(Some),
        _ => attach(mode, target, ports, dir),
    }
}

fn pasta_spec(ports: &[PortMapping], proto: &str) -> String {
    let specs: Vec<String> = ports
        .iter()
        .filter(|p| p.protocol == proto)
        .map(|p| {
            let span = |s: u16| {
                if p.range <= 1 {
                    s.to_string()
                } else {
                    format!("{s}-{}", s.saturating_add(p.range - 1))
                }
            };
            let addr = if p.host_ip.is_empty() {
                String::new()
            } else {
                format!("{}/", p.host_ip)
            };
            format!("{addr}{}:{}", span(p.host_port), span(p.container_port))
        })
        .collect();
    if specs.is_empty() {
        "none".into()
    } else {
        specs.join(",")
    }
}

fn pasta(
    options: &[String],
    target: i32,
    ports: &[PortMapping],
    dir: &Path,
    owned: bool,
) -> Result<Helper> {
    let pidfile = dir.join("pasta.pid");
    let log = dir.join("pasta.log");
    let _ = std::fs::remove_file(&pidfile);
    let logf =
        std::fs::File::create(&log).with_context(|| format!("creating {}", log.display()))?;
    let mut cmd = Command::new(super::find_program("pasta").unwrap_or_else(|| "pasta".into()));
    cmd.args(["--config-net", "-q", "-e"]);
    if owned {
        cmd.arg("-f");
    }
    cmd.arg("-P")
        .arg(&pidfile)
        .args(["-t", &pasta_spec(ports, "tcp")])
        .args(["-u", &pasta_spec(ports, "udp")]);
    let has = |o: &str| options.iter().any(|x| x == o);
    if !has("-T") && !has("--tcp-ns") {
        cmd.args(["-T", "none"]);
    }
    if !has("-U") && !has("--udp-ns") {
        cmd.args(["-U", "none"]);
    }
    crate::runtime::spawn::clean_signals(&mut cmd);
    cmd.args(options)
        .arg(target.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(logf);
    if owned {
        return pasta_owned(cmd, &pidfile, &log);
    }
    let status = cmd.status().map_err(|e| anyhow!("starting pasta: {e}"))?;
    if !status.success() {
        let msg = last_error(&log);
        bail!(
            "pasta failed with exit code {}: {msg}",
            status.code().unwrap_or(-1)
        );
    }
    let pid: i32 = std::fs::read_to_string(&pidfile)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .ok_or_else(|| anyhow!("pasta did not write its pid file"))?;
    Ok(Helper {
        // Gone already (default): nothing to stop later.
        process: ProcessId::of(pid).unwrap_or_default(),
        exit_fd: None,
        child: None,
    })
}

/// Start pasta in the foreground as our child, dying with us; it is ready once it wrote its
/// pid into `fifo`.
fn pasta_owned(mut cmd: Command, fifo: &Path, log: &Path) -> Result<Helper> {
    use rustix::fs::{Mode, OFlags};
    rustix::fs::mknodat(
        rustix::fs::CWD,
        fifo,
        rustix::fs::FileType::Fifo,
        Mode::RUSR | Mode::WUSR,
        0,
    )
    .with_context(|| format!("creating {}", fifo.display()))?;
    let opened = rustix::fs::open(
        fifo,
        OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC,
        Mode::empty(),
    );
    let ready = match opened {
        Ok(fd) => fd,
        Err(e) => {
            let _ = std::fs::remove_file(fifo);
            bail!("opening {}: {e}", fifo.display());
        }
    };
    crate::runtime::spawn::die_with_spawner(&mut cmd);
    let spawned = cmd.spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => {
            let _ = std::fs::remove_file(fifo);
            bail!("starting pasta: {e}");
        }
    };
    let mut helper = Helper {
        process: child_process(&child),
        exit_fd: None,
        child: None,
    };
    let mut got = Vec::new();
    let result = loop {
        let mut fds = [rustix::event::PollFd::new(
            &ready,
            rustix::event::PollFlags::IN,
        )];
        let timeout = rustix::event::Timespec {
            tv_sec: 0,
            tv_nsec: 10_000_000,
        };
        let _ = rustix::event::poll(&mut fds, Some(&timeout));
        let mut buf = [0u8; 32];
        match rustix::io::read(&ready, &mut buf) {
            Ok(n) if n > 0 => {
                got.extend_from_slice(&buf[..n]);
                if got.contains(&b'\n') {
                    break Ok(());
                }
                continue;
            }
            _ => {}
        }
        match child.try_wait() {
            Ok(Some(status)) => {
                break Err(anyhow!(
                    "pasta failed with exit code {}: {}",
                    status.code().unwrap_or(-1),
                    last_error(log)
                ))
            }
            Ok(None) => {}
            Err(e) => break Err(anyhow!("waiting for pasta: {e}")),
        }
    };
    let _ = std::fs::remove_file(fifo);
    helper.child = Some(child);
    // On an error, dropping the helper stops and reaps pasta.
    result.map(|()| helper)
}

/// A pipe whose `inherit` end (0 read, 1 write) survives exec.
fn pipe_inherit(inherit: usize) -> Result<(OwnedFd, OwnedFd)> {
    let (r, w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let fd = if inherit == 0 { r.as_fd() } else { w.as_fd() };
    rustix::io::fcntl_setfd(fd, rustix::io::FdFlags::empty())?;
    Ok((r, w))
}

fn slirp(options: &[String], target: i32, ports: &[PortMapping], dir: &Path) -> Result<Helper> {
    let log = dir.join("slirp4netns.log");
    let logf =
        std::fs::File::create(&log).with_context(|| format!("creating {}", log.display()))?;
    let (ready_r, ready_w) = pipe_inherit(1)?;
    let (exit_r, exit_w) = pipe_inherit(0)?;
    let mut args = vec!["--configure".to_string()];
    let mut mtu = "65520".to_string();
    let mut loopback = false;
    for o in options {
        let (k, v) = o.split_once('=').unwrap_or((o, "true"));
        match k {
            "allow_host_loopback" => loopback = v == "true",
            "enable_ipv6" if v == "true" => args.push("--enable-ipv6".into()),
            "enable_ipv6" => {}
            "mtu" => mtu = v.to_string(),
            "cidr" => args.push(format!("--cidr={v}")),
            "outbound_addr" => args.push(format!("--outbound-addr={v}")),
            "outbound_addr6" => args.push(format!("--outbound-addr6={v}")),
            "port_handler" => {}
            _ => bail!("unknown slirp4netns option {o:?}"),
        }
    }
    args.push(format!("--mtu={mtu}"));
    if !loopback {
        args.push("--disable-host-loopback".into());
    }
    // Short enough for sun_path (the container directory may not be); private when possible.
    let sock_dir = std::env::var_os("XDG_RUNTIME_DIR")
        .map(std::path::PathBuf::from)
        .filter(|d| d.is_dir())
        .unwrap_or_else(std::env::temp_dir);
    let sock = sock_dir.join(format!("skiff-slirp-{target}.sock"));
    let _ = std::fs::remove_file(&sock);
    if !ports.is_empty() {
        args.push(format!("--api-socket={}", sock.display()));
    }
    args.push(format!("--ready-fd={}", ready_w.as_raw_fd()));
    args.push(format!("--exit-fd={}", exit_r.as_raw_fd()));
    args.push(target.to_string());
    args.push("tap0".into());
    let mut cmd =
        Command::new(super::find_program("slirp4netns").unwrap_or_else(|| "slirp4netns".into()));
    crate::runtime::spawn::clean_signals(&mut cmd);
    let child = cmd
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(logf)
        .spawn()
        .map_err(|e| anyhow!("starting slirp4netns: {e}"))?;
    drop(ready_w);
    drop(exit_r);
    let mut h = Helper {
        process: child_process(&child),
        exit_fd: Some(exit_w),
        child: Some(child),
    };
    let ready = wait_ready(&ready_r, Duration::from_secs(10));
    if !ready {
        h.stop();
        bail!("slirp4netns failed: {}", last_error(&log));
    }
    let fwd = (|| -> Result<()> {
        for (cport, proto, ip, hport) in expand(ports) {
            slirp_hostfwd(&sock, &proto, &ip, hport, cport)?;
        }
        Ok(())
    })();
    let _ = std::fs::remove_file(&sock);
    if let Err(e) = fwd {
        h.stop();
        return Err(e);
    }
    Ok(h)
}

fn wait_ready(fd: &OwnedFd, timeout: Duration) -> bool {
    let mut fds = [rustix::event::PollFd::new(fd, rustix::event::PollFlags::IN)];
    let ts = rustix::time::Timespec {
        tv_sec: timeout.as_secs() as i64,
        tv_nsec: 0,
    };
    match rustix::event::poll(&mut fds, Some(&ts)) {
        Ok(n) if n > 0 => {}
        _ => return false,
    }
    let mut b = [0u8; 1];
    matches!(rustix::io::read(fd, &mut b), Ok(1))
}

fn slirp_hostfwd(sock: &Path, proto: &str, ip: &str, hport: u16, cport: u16) -> Result<()> {
    let mut s = std::os::unix::net::UnixStream::connect(sock)
        .with_context(|| format!("connecting to slirp4netns at {}", sock.display()))?;
    let req = serde_json::json!({"execute": "add_hostfwd", "arguments": {
        "proto": proto, "host_addr": ip, "host_port": hport, "guest_port": cport}});
    s.write_all(req.to_string().as_bytes())?;
    s.shutdown(std::net::Shutdown::Write)?;
    let mut resp = String::new();
    s.read_to_string(&mut resp)?;
    let v: serde_json::Value = serde_json::from_str(&resp).unwrap_or_default();
    if let Some(e) = v.get("error") {
        let desc = e["desc"].as_str().unwrap_or("unknown error");
        bail!("cannot publish {proto} port {ip}:{hport} -> {cport}: slirp4netns: {desc}");
    }
    Ok(())
}

impl Helper {
    /// A helper that is our child and ends when `exit_fd` (the write end of its stdin or of an
    /// exit pipe) is closed.
    pub fn from_child(child: Child, exit_fd: OwnedFd) -> Helper {
        Helper {
            process: child_process(&child),
            exit_fd: Some(exit_fd),
            child: Some(child),
        }
    }

    /// Let a daemonized helper (pasta) live on: its process, for `kill_stale` later.
    pub fn keep(mut self) -> ProcessId {
        std::mem::take(&mut self.process)
    }

    /// Terminate the helper and reap it when it is our child.
    pub fn stop(&mut self) {
        let exit_fd = self.exit_fd.take();
        if let Some(mut c) = self.child.take() {
            if exit_fd.is_some() {
                drop(exit_fd);
                // Closing the exit fd ends it; killed below in case it is stuck.
                for _ in 0..100 {
                    if let Ok(Some(_)) = c.try_wait() {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(10));
                }
            }
            // A subreaper (the monitor) may have reaped it already: the recorded process
            // (pid and start time) says whether the pid is still this helper.
            if std::mem::take(&mut self.process).is_alive() {
                let _ = c.kill();
            }
            let _ = c.wait();
            return;
        }
        kill_stale(std::mem::take(&mut self.process));
    }
}

impl Drop for Helper {
    /// A helper never outlives its owner's interest, whatever path the owner leaves by.
    fn drop(&mut self) {
        self.stop();
    }
}

/// Our child's process (not reaped yet, so its start time can be read).
fn child_process(child: &Child) -> ProcessId {
    let pid = child.id() as i32;
    ProcessId::of(pid).unwrap_or(ProcessId { pid, start: 0 })
}

/// Terminate a helper recorded earlier if that very process still runs.
pub fn kill_stale(p: ProcessId) {
    // Without its start time the pid may name another process by now.
    if p.start == 0 || !p.is_alive() {
        return;
    }
    let pid = p.pid;
    let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
    if !["pasta", "passt", "slirp4netns", "skiff"]
        .iter()
        .any(|c| comm.starts_with(c))
    {
        return;
    }
    let _ = nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid),
        nix::sys::signal::Signal::SIGTERM,
    );
}

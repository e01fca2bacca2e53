//! The rootless network namespace of user-defined networks: a small holder process owns a user
//! namespace (the user's full id mapping) and a network namespace; bridges live there, and
//! containers on those networks are created inside that user namespace so that one process can
//! wire a veth pair between the two network namespaces.
//!
//! Everything here is a thin safe wrapper over `unshare`/`setns`; what goes into the namespace
//! (bridges, routes, nftables rules) is decided by the `network` layer.

use super::userns::IdMap;
use anyhow::{anyhow, bail, Context, Result};
use serde::{de::DeserializeOwned, Serialize};
use std::io::{BufRead, BufReader, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

/// The first argument of the re-executed binary that becomes the holder.
pub const HOLDER_ARG: &str = "rootless-netns-holder";

/// Start the holder: a child forked into a new user and network namespace, root there once the
/// id maps are written, which re-executes this binary in a session of its own. The holder runs
/// its set-up (see `holder_main`) and reports on a pipe. Returns its pid once it is ready.
pub fn spawn_holder(map: &IdMap) -> Result<i32> {
    spawn_holder_as(
        map,
        libc::CLONE_NEWNET,
        &[HOLDER_ARG],
        "the rootless network namespace",
    )
}

/// `spawn_holder` with other namespaces (`extra` CLONE_NEW* flags beside the user namespace)
/// and arguments of the re-executed binary (a pod's holder); errors name `what` it holds.
pub fn spawn_holder_as(map: &IdMap, extra: libc::c_int, args: &[&str], what: &str) -> Result<i32> {
    let exe = std::env::current_exe().context("finding the skiff binary")?;
    let exe = std::ffi::CString::new(exe.as_os_str().as_encoded_bytes())?;
    let args = args
        .iter()
        .map(|a| std::ffi::CString::new(*a))
        .collect::<Result<Vec<_>, _>>()?;
    let mut argv: Vec<*const libc::c_char> = vec![exe.as_ptr()];
    argv.extend(args.iter().map(|a| a.as_ptr()));
    argv.push(std::ptr::null());
    let (ready_r, ready_w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let (pid, _sync) = super::unshare::fork_userns_with(map, extra)?;
    if pid == 0 {
        drop(ready_r);
        // SAFETY: in the forked child: set up stdio and exec; nothing here allocates.
        unsafe {
            // The holder outlives this command by design: no parent-death signal for it.
            libc::prctl(libc::PR_SET_PDEATHSIG, 0 as libc::c_ulong, 0, 0, 0);
            libc::setsid();
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigprocmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
            let null = libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
            libc::dup2(null, 0);
            libc::dup2(ready_w.as_raw_fd(), 1);
            libc::dup2(null, 2);
            libc::execv(exe.as_ptr(), argv.as_ptr());
            libc::_exit(127);
        }
    }
    drop(ready_w);
    let mut line = String::new();
    let _ = BufReader::new(std::fs::File::from(ready_r)).read_line(&mut line);
    let fail = |msg: String| -> Result<i32> {
        let p = nix::unistd::Pid::from_raw(pid);
        let _ = nix::sys::signal::kill(p, nix::sys::signal::Signal::SIGKILL);
        let _ = nix::sys::wait::waitpid(p, None);
        bail!("{msg}")
    };
    match line.trim() {
        // The holder lives on after we exit; it is found again through the recorded pid.
        "ready" => Ok(pid),
        "" => fail(format!("the holder of {what} exited")),
        msg => fail(format!("setting up {what}: {msg}")),
    }
}

/// The holder's main: as root of its namespaces, bring up `lo`, enable forwarding, run
/// `setup`, report on stdout, then sleep until killed.
pub fn holder_main(setup: &dyn Fn() -> Result<()>) -> ! {
    let res = (|| -> Result<()> {
        super::netlink::loopback_up().context("bringing up lo")?;
        std::fs::write("/proc/sys/net/ipv4/ip_forward", "1").context("enabling IPv4 forwarding")?;
        setup()
    })();
    let mut out = std::io::stdout();
    let _ = match &res {
        Ok(()) => writeln!(out, "ready"),
        Err(e) => writeln!(out, "{}", format!("{e:#}").replace('\n', " ")),
    };
    let _ = out.flush();
    if res.is_err() {
        std::process::exit(1);
    }
    // Nothing of the caller's stays open: the holder only holds the namespaces.
    if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
        // SAFETY: dup2 onto stdout of this single-threaded process.
        unsafe { libc::dup2(null.as_raw_fd(), 1) };
    }
    loop {
        // SAFETY: pause() only waits for a signal.
        unsafe { libc::pause() };
    }
}

/// The user and network namespace files of `holder` (and the network namespace of `net_of`
/// instead of the holder's, when given), opened now.
pub struct NsFds {
    user: OwnedFd,
    net: OwnedFd,
}

impl NsFds {
    pub fn open(holder: i32, net_of: Option<i32>) -> Result<NsFds> {
        Ok(NsFds {
            user: Self::open_ns(holder, "user")?,
            net: Self::open_ns(net_of.unwrap_or(holder), "net")?,
        })
    }

    fn open_ns(pid: i32, kind: &str) -> Result<OwnedFd> {
        let p = format!("/proc/{pid}/ns/{kind}");
        Ok(std::fs::File::open(&p)
            .with_context(|| format!("opening {p}"))?
            .into())
    }

    /// Make `cmd` run inside these namespaces, as root of the user namespace. It dies with
    /// the process that spawns it.
    pub fn apply(&self, cmd: &mut Command) {
        let (u, n) = (self.user.as_raw_fd(), self.net.as_raw_fd());
        // SAFETY: setns is async-signal-safe; the descriptors stay open in the parent until
        // spawn returns (they are close-on-exec, so the program does not inherit them).
        unsafe {
            cmd.pre_exec(move || {
                if libc::setns(u, libc::CLONE_NEWUSER) < 0 || libc::setns(n, libc::CLONE_NEWNET) < 0
                {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        // After the setns above: joining a user namespace clears the parent-death signal.
        super::unshare::die_with_spawner(cmd);
    }

    /// Move the calling process into these namespaces. Only a single-threaded process may do
    /// this, and it cannot come back: meant for a helper process right after it starts.
    pub fn enter(&self) -> Result<()> {
        // SAFETY: plain syscalls on descriptors we own.
        unsafe {
            if libc::setns(self.user.as_raw_fd(), libc::CLONE_NEWUSER) < 0 {
                return Err(std::io::Error::last_os_error())
                    .context("joining the rootless network namespace's user namespace");
            }
            if libc::setns(self.net.as_raw_fd(), libc::CLONE_NEWNET) < 0 {
                return Err(std::io::Error::last_os_error())
                    .context("joining the rootless network namespace");
            }
        }
        Ok(())
    }
}

/// Inside a helper forked by `in_netns`: the way into the other network namespace it was
/// given.
pub struct NetSwitch {
    net: Option<OwnedFd>,
}

impl NetSwitch {
    /// Move the helper from the holder's network namespace into the other one.
    pub fn enter(&self) -> Result<()> {
        let Some(net) = &self.net else {
            bail!("no other network namespace to enter");
        };
        // SAFETY: plain syscall on a descriptor we own, in a single-threaded helper.
        if unsafe { libc::setns(net.as_raw_fd(), libc::CLONE_NEWNET) } < 0 {
            return Err(std::io::Error::last_os_error())
                .context("joining the container's network namespace");
        }
        Ok(())
    }
}

/// Run `f` in a forked helper (no exec) that has joined the user and network namespaces of
/// `holder`, as root there; with `net_of`, `f` can move on into that process's network
/// namespace through its `NetSwitch`. The result comes back through a pipe.
pub fn in_netns<T, F>(holder: i32, net_of: Option<i32>, f: F) -> Result<T>
where
    T: Serialize + DeserializeOwned,
    F: FnOnce(&NetSwitch) -> Result<T>,
{
    let ns = NsFds::open(holder, None)?;
    let switch = NetSwitch {
        net: net_of.map(|p| NsFds::open_ns(p, "net")).transpose()?,
    };
    super::unshare::forked("the network namespace helper", move || {
        ns.enter()?;
        super::unshare::die_with_parent();
        f(&switch)
    })
}

/// Run `prog` with `input` on its stdin inside `ns` (where the caller is, without); a failure
/// carries its last stderr line.
pub fn run_in(ns: Option<&NsFds>, prog: &str, args: &[&str], input: &str) -> Result<()> {
    let mut cmd = Command::new(prog);
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    super::spawn::clean_signals(&mut cmd);
    if let Some(ns) = ns {
        ns.apply(&mut cmd);
    }
    let mut child = cmd.spawn().map_err(|e| anyhow!("running {prog}: {e}"))?;
    if let Some(mut i) = child.stdin.take() {
        i.write_all(input.as_bytes())
            .with_context(|| format!("writing to {prog}"))?;
    }
    let out = child.wait_with_output()?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let last = err.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
        bail!("{prog} {}: {}", args.join(" "), last.trim());
    }
    Ok(())
}

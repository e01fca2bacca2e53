//! A pod's namespaces: a small holder process owns a user namespace (the user's full id
//! mapping) and the namespaces the pod's members share (net, ipc, uts, pid); members are
//! created inside them (`Launch::join_pod`). The holder does nothing but hold them (and, as
//! PID 1 of a shared PID namespace, reap orphans); it is killed when the last member leaves.

use super::userns::IdMap;
use anyhow::{Context, Result};
use std::io::Write;
use std::os::fd::AsRawFd;

/// The first argument of the re-executed binary that becomes a pod's holder.
pub const POD_HOLDER_ARG: &str = "pod-holder";

/// Start a pod's holder in a new user namespace and the namespaces of `shared` (`CLONE_NEW*`
/// flags), with `hostname` in its UTS namespace. Returns its pid once it is ready.
pub fn spawn_pod_holder(map: &IdMap, shared: libc::c_int, hostname: &str) -> Result<i32> {
    let net = if shared & libc::CLONE_NEWNET != 0 {
        "net"
    } else {
        "-"
    };
    let host = if shared & libc::CLONE_NEWUTS != 0 {
        hostname
    } else {
        ""
    };
    // A new PID namespace is the holder's children's: the holder makes it and forks its
    // PID 1 (see `pod_holder_main`); members join it through `pid_for_children`.
    let pid = if shared & libc::CLONE_NEWPID != 0 {
        "pid"
    } else {
        "-"
    };
    super::netns::spawn_holder_as(
        map,
        shared & !libc::CLONE_NEWPID,
        &[POD_HOLDER_ARG, net, host, pid],
        "the pod's namespaces",
    )
}

extern "C" fn on_sigchld(_: libc::c_int) {}

/// The pod holder's main (`skiff pod-holder net|- HOSTNAME pid|-`): bring up `lo` in its
/// network namespace, set the hostname, with `pid` make a PID namespace for its children and
/// fork its PID 1 (which dies with the holder), report on stdout, then wait, reaping any
/// child, until killed.
pub fn pod_holder_main(args: &[String]) -> ! {
    let res = (|| -> Result<()> {
        if args.first().is_some_and(|a| a == "net") {
            super::netlink::loopback_up().context("bringing up lo")?;
        }
        if let Some(h) = args.get(1).filter(|h| !h.is_empty()) {
            nix::unistd::sethostname(h).context("setting the pod's hostname")?;
        }
        if args.get(2).is_some_and(|a| a == "pid") {
            nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWPID)
                .context("creating the pod's PID namespace")?;
            // Before the fork: after it, pages both processes share read as Shared_Dirty, and
            // dropping them (trim_memory looks at Private_Dirty only) would lose relocations.
            super::monitor::trim_memory();
            // SAFETY: this process is single-threaded; the child only sets its parent-death
            // signal and goes on to the same wait loop as its parent.
            match unsafe { libc::fork() } {
                -1 => {
                    return Err(std::io::Error::last_os_error())
                        .context("starting the PID namespace's init")
                }
                0 => {
                    super::unshare::kill_on_parent_death();
                    // The holder reports; this one only waits.
                    if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
                        // SAFETY: dup2 onto stdout of this single-threaded process.
                        unsafe { libc::dup2(null.as_raw_fd(), 1) };
                    }
                }
                _ => {}
            }
        }
        Ok(())
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
    if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
        // SAFETY: dup2 onto stdout of this single-threaded process.
        unsafe { libc::dup2(null.as_raw_fd(), 1) };
    }
    // SAFETY: an empty handler, so that pause() returns on SIGCHLD (orphans of a shared PID
    // namespace are ours to reap).
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigchld as *const () as usize;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGCHLD, &sa, std::ptr::null_mut());
    }
    if args.get(2).is_none_or(|a| a != "pid") {
        super::monitor::trim_memory();
    }
    loop {
        // SAFETY: pause() only waits for a signal; waitpid with WNOHANG only reaps.
        unsafe {
            libc::pause();
            while libc::waitpid(-1, std::ptr::null_mut(), libc::WNOHANG) > 0 {}
        }
    }
}

//! Spawning helper programs from a process that blocks signals for forwarding.

use std::os::unix::process::CommandExt;
use std::process::Command;

/// Make `cmd` start with an empty signal mask and default dispositions: the container's
/// parent blocks the signals it forwards, and a helper (pasta, slirp4netns) must not inherit
/// that, or SIGTERM would never reach it.
pub fn clean_signals(cmd: &mut Command) -> &mut Command {
    // SAFETY: between fork and exec only async-signal-safe calls are made (sigemptyset,
    // sigprocmask on a local set); no allocation, no locks.
    unsafe {
        cmd.pre_exec(|| {
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            if libc::sigprocmask(libc::SIG_SETMASK, &set, std::ptr::null_mut()) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        })
    }
}

/// Have the program `cmd` starts die with the process that spawns it (SIGKILL as parent-death
/// signal), like the forked helpers: a helper that must not outlive its owner (pasta).
pub fn die_with_spawner(cmd: &mut Command) -> &mut Command {
    super::unshare::die_with_spawner(cmd);
    cmd
}

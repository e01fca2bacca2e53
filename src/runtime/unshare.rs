//! Running work inside the user namespace without starting a container: layer extraction
//! (so file owners land on mapped ids), removal of files owned by subordinate ids, and
//! `skiff unshare`.

use super::userns::{write_maps, IdMap};
use anyhow::{anyhow, bail, Context, Result};
use serde::{de::DeserializeOwned, Serialize};
use std::io::Read;
use std::os::fd::OwnedFd;
use std::sync::atomic::{AtomicI32, Ordering};

/// In a forked helper: the pid of the skiff process that forked it (0 elsewhere).
static PARENT: AtomicI32 = AtomicI32::new(0);

/// In a helper right after the fork: remember its parent (`parent`, read before the fork) and
/// die with it. A helper must not outlive the command it works for: it would go on holding
/// the staging lock and writing into the store after the command was killed.
pub(crate) fn helper_started(parent: i32) {
    PARENT.store(parent, Ordering::Relaxed);
    die_with_parent();
}

/// Have the kernel SIGKILL this process when its parent dies. A change of effective ids or of
/// user namespace clears the setting, so every user sets it again after one: forked helpers
/// (`die_with_parent`), the programs they wait for (`die_with_spawner`, `NsFds::apply`) and
/// a container started with `Launch::die_with_parent` (a build step). Async-signal-safe.
pub(crate) fn kill_on_parent_death() {
    // SAFETY: prctl(PR_SET_PDEATHSIG) only sets this process's state.
    unsafe {
        libc::prctl(
            libc::PR_SET_PDEATHSIG,
            libc::SIGKILL as libc::c_ulong,
            0,
            0,
            0,
        );
    }
}

/// Whether the process that was `parent` is no longer this one's parent: it died (and no
/// signal will come for it). Async-signal-safe.
fn parent_gone(parent: i32) -> bool {
    // SAFETY: getppid only reads this process's state.
    unsafe { libc::getppid() != parent }
}

/// Have the kernel SIGKILL this helper when its parent dies, and exit at once when the parent
/// is already gone (it died between the fork and here, so no signal will come). A change of
/// effective ids or of user namespace clears the setting: helpers call this again after one.
/// Does nothing outside a helper.
pub(crate) fn die_with_parent() {
    let parent = PARENT.load(Ordering::Relaxed);
    if parent == 0 {
        return;
    }
    kill_on_parent_death();
    if parent_gone(parent) {
        // SAFETY: _exit leaves without running the parent's destructors, as every helper
        // exit does.
        unsafe { libc::_exit(125) };
    }
}

/// For a program a helper starts and waits for (fuse-overlayfs, nft): make it die with the
/// process that spawns it, like the helpers themselves. Runs after the `pre_exec` steps
/// registered before it (joining namespaces clears the setting).
pub(crate) fn die_with_spawner(cmd: &mut std::process::Command) {
    use std::os::unix::process::CommandExt;
    let parent = std::process::id() as i32;
    // SAFETY: the closure only calls prctl and getppid, which are async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            kill_on_parent_death();
            if parent_gone(parent) {
                return Err(std::io::Error::other("the spawning process died"));
            }
            Ok(())
        });
    }
}

fn fork_userns(map: &IdMap, mount_ns: bool) -> Result<(i32, Option<std::os::fd::OwnedFd>)> {
    let extra = if mount_ns { libc::CLONE_NEWNS } else { 0 };
    fork_userns_with(map, extra)
}

/// Fork a child into a new user namespace (plus the namespaces of `extra` CLONE_ flags); the
/// child returns (0, None) as root of the namespace once its id maps are written.
///
/// The child is made by libc's `fork` and then `unshare`s, rather than by a raw `clone` with
/// the namespace flags: libc's fork resets the allocator's and the thread list's locks in the
/// child. A raw clone does not, so a helper forked while another thread of skiff was
/// allocating or exiting (a decompression thread, a download worker) could wait forever on a
/// lock nobody holds any more, and its parent forever on the helper.
pub(crate) fn fork_userns_with(
    map: &IdMap,
    extra: libc::c_int,
) -> Result<(i32, Option<std::os::fd::OwnedFd>)> {
    let (ready_r, ready_w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let (sync_r, sync_w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let parent = std::process::id() as i32;
    // SAFETY: the child only unshares, talks over the pipes and goes on as a helper (libc's
    // fork leaves its allocator usable even if other threads existed).
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        bail!("fork: {}", std::io::Error::last_os_error());
    }
    if pid == 0 {
        helper_started(parent);
        drop(ready_r);
        drop(sync_w);
        // SAFETY: unshare only changes this (single-threaded) child's namespaces.
        let res = unsafe { libc::unshare(libc::CLONE_NEWUSER | extra) };
        let errno = if res == 0 {
            0
        } else {
            std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::EINVAL)
        };
        let _ = rustix::io::write(&ready_w, &errno.to_ne_bytes());
        drop(ready_w);
        let mut b = [0u8; 1];
        if errno != 0 || rustix::io::read(&sync_r, &mut b).ok() != Some(1) {
            // SAFETY: leaving the forked child without running destructors.
            unsafe { libc::_exit(125) };
        }
        let _ = nix::unistd::setresgid(0.into(), 0.into(), 0.into());
        let _ = nix::unistd::setresuid(0.into(), 0.into(), 0.into());
        // The new ids cleared the parent-death signal.
        die_with_parent();
        return Ok((0, None));
    }
    drop(ready_w);
    drop(sync_r);
    let reap = || {
        let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::SIGKILL);
        let _ = nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(pid), None);
    };
    let mut b = [0u8; 4];
    let mut got = 0;
    while got < b.len() {
        match rustix::io::read(&ready_r, &mut b[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(rustix::io::Errno::INTR) => continue,
            Err(_) => break,
        }
    }
    if got < b.len() {
        reap();
        bail!("cannot create a user namespace: the helper died");
    }
    let errno = i32::from_ne_bytes(b);
    if errno != 0 {
        reap();
        bail!(
            "cannot create a user namespace: {}",
            std::io::Error::from_raw_os_error(errno)
        );
    }
    if let Err(e) = write_maps(pid, map) {
        reap();
        return Err(e);
    }
    rustix::io::write(&sync_w, b"1")?;
    Ok((pid, Some(sync_w)))
}

/// Run `f` as root of the user namespace (a forked child) and return its result.
pub fn in_userns<T, F>(map: &IdMap, f: F) -> Result<T>
where
    T: Serialize + DeserializeOwned,
    F: FnOnce() -> Result<T>,
{
    in_userns_ns(map, false, f)
}

/// `in_userns`, optionally with a private mount namespace too.
pub fn in_userns_ns<T, F>(map: &IdMap, mount_ns: bool, f: F) -> Result<T>
where
    T: Serialize + DeserializeOwned,
    F: FnOnce() -> Result<T>,
{
    let (res_r, res_w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let (pid, _sync) = fork_userns(map, mount_ns)?;
    if pid == 0 {
        drop(res_r);
        send_result(&res_w, f);
    }
    drop(res_w);
    recv_result(res_r, pid, "the user namespace helper")
}

/// Run `f` in a forked child and return its serialized result (`what` names the helper in
/// errors).
pub(crate) fn forked<T, F>(what: &str, f: F) -> Result<T>
where
    T: Serialize + DeserializeOwned,
    F: FnOnce() -> Result<T>,
{
    let (res_r, res_w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let parent = std::process::id() as i32;
    // SAFETY: skiff is single-threaded when it forks; the child only runs `f` and `_exit`s.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        bail!("fork: {}", std::io::Error::last_os_error());
    }
    if pid == 0 {
        helper_started(parent);
        drop(res_r);
        send_result(&res_w, f);
    }
    drop(res_w);
    recv_result(res_r, pid, what)
}

/// In a forked helper: run `f`, send its result (serialized) down `w`, and `_exit`.
pub(crate) fn send_result<T, F>(w: &OwnedFd, f: F) -> !
where
    T: Serialize,
    F: FnOnce() -> Result<T>,
{
    let out = match f() {
        Ok(v) => serde_json::to_vec(&Ok::<T, String>(v)),
        Err(e) => serde_json::to_vec(&Err::<T, String>(format!("{e:#}"))),
    };
    let code = match out {
        Ok(bytes) => {
            let mut b = &bytes[..];
            while !b.is_empty() {
                match rustix::io::write(w, b) {
                    Ok(n) => b = &b[n..],
                    Err(_) => break,
                }
            }
            0
        }
        Err(_) => 125,
    };
    // SAFETY: leaving the forked child without running the parent's destructors.
    unsafe { libc::_exit(code) }
}

/// In the parent: read the helper `pid`'s result from `r`, reap it, and decode the result.
pub(crate) fn recv_result<T: DeserializeOwned>(r: OwnedFd, pid: i32, what: &str) -> Result<T> {
    let mut buf = Vec::new();
    std::fs::File::from(r)
        .read_to_end(&mut buf)
        .with_context(|| format!("reading {what}'s result"))?;
    let status = nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(pid), None)?;
    if buf.is_empty() {
        bail!("{what} died: {status:?}");
    }
    let r: std::result::Result<T, String> =
        serde_json::from_slice(&buf).with_context(|| format!("decoding {what}'s result"))?;
    r.map_err(|e| anyhow!(e))
}

/// Run a command inside the user namespace (and a private mount namespace); its exit status.
/// Like every helper, the command is killed if skiff is.
pub fn exec_in_userns(map: &IdMap, argv: &[String], env: &[(String, String)]) -> Result<i32> {
    let (pid, _sync) = fork_userns(map, true)?;
    if pid == 0 {
        let mut cmd = std::process::Command::new(&argv[0]);
        cmd.args(&argv[1..]);
        for (k, v) in env {
            cmd.env(k, v);
        }
        use std::os::unix::process::CommandExt;
        let e = cmd.exec();
        eprintln!("Error: cannot run {}: {e}", argv[0]);
        // SAFETY: leaving the forked child.
        unsafe {
            libc::_exit(if e.kind() == std::io::ErrorKind::NotFound {
                127
            } else {
                126
            })
        };
    }
    loop {
        match nix::sys::wait::waitpid(nix::unistd::Pid::from_raw(pid), None) {
            Ok(nix::sys::wait::WaitStatus::Exited(_, c)) => return Ok(c),
            Ok(nix::sys::wait::WaitStatus::Signaled(_, s, _)) => return Ok(128 + s as i32),
            Ok(_) => continue,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::userns::IdRange;

    /// Helpers forked while other threads allocate and come and go must not hang: the child of
    /// a raw clone could inherit the allocator's or the thread stacks' lock held by a thread
    /// it does not have.
    #[test]
    fn helpers_forked_beside_busy_threads_finish() {
        let uid = rustix::process::getuid().as_raw();
        let gid = rustix::process::getgid().as_raw();
        let map = IdMap {
            uids: vec![IdRange {
                container: 0,
                host: uid,
                count: 1,
            }],
            gids: vec![IdRange {
                container: 0,
                host: gid,
                count: 1,
            }],
        };
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let busy: Vec<_> = (0..2)
            .map(|_| {
                let stop = stop.clone();
                std::thread::spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        let t = std::thread::spawn(|| {
                            let v: Vec<Vec<u8>> =
                                (0..64).map(|i| vec![0u8; 64 << (i % 12)]).collect();
                            v.len()
                        });
                        let _ = t.join();
                    }
                })
            })
            .collect();
        let (tx, rx) = std::sync::mpsc::channel();
        let worker = std::thread::spawn(move || {
            for i in 0..150usize {
                let got = in_userns(&map, move || {
                    let n = std::thread::scope(|s| {
                        s.spawn(|| {
                            (0..100)
                                .map(|j| vec![1u8; j * 100].len())
                                .filter(|n| *n < 10_000)
                                .count()
                        })
                        .join()
                        .unwrap_or(0)
                    });
                    Ok(n + i)
                });
                if got.ok() != Some(100 + i) {
                    let _ = tx.send(false);
                    return;
                }
            }
            let _ = tx.send(true);
        });
        let done = rx.recv_timeout(std::time::Duration::from_secs(120));
        stop.store(true, Ordering::Relaxed);
        assert_eq!(done, Ok(true), "a helper hung or failed");
        let _ = worker.join();
        for b in busy {
            let _ = b.join();
        }
    }
}

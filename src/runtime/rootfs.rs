//! Reaching a container's root filesystem from outside the container (cp, export).
//!
//! - Running container: a forked helper joins the container's user namespace (which gives it
//!   the capabilities to read `/proc/PID/root` and every file owned by a mapped id) and uses
//!   `/proc/PID/root` as the root: the container's own mount tree, volumes included. Nothing
//!   is mounted a second time, so the upper directory is never shared by two overlay mounts.
//! - Stopped container: a forked helper in a fresh user and mount namespace mounts the overlay
//!   (`mounts::mount_rootfs`) on the container's `merged/` directory; the mount disappears
//!   with the helper.
//!
//! The closure gets the root path; callers resolve paths below it with
//! `openat2(RESOLVE_IN_ROOT)`. Its result travels back serialized, like `in_userns`.

use super::mounts::{self, Overlay};
use super::userns::IdMap;
use anyhow::{bail, Context, Result};
use serde::{de::DeserializeOwned, Serialize};
use std::path::{Path, PathBuf};

/// How to reach the root filesystem.
pub enum Access {
    Running { pid: i32 },
    Stopped(Overlay),
}

/// Run `f` with the container's root filesystem path (see the module comment).
pub fn with_rootfs<T, F>(map: &IdMap, access: &Access, f: F) -> Result<T>
where
    T: Serialize + DeserializeOwned,
    F: FnOnce(&Path) -> Result<T>,
{
    match access {
        Access::Stopped(ov) => {
            let ov = ov.clone();
            super::unshare::in_userns_ns(map, true, move || {
                mounts::make_private()?;
                let fuse = mount(&ov)?;
                let r = f(&ov.target);
                let _ = nix::mount::umount2(&ov.target, nix::mount::MntFlags::MNT_DETACH);
                if let Some(mut child) = fuse {
                    let _ = child.kill();
                    let _ = child.wait();
                }
                r
            })
        }
        Access::Running { pid } => {
            let pid = *pid;
            super::unshare::forked("the helper", move || {
                let path = format!("/proc/{pid}/ns/user");
                let own = std::fs::read_link("/proc/self/ns/user").ok();
                if own != std::fs::read_link(&path).ok() {
                    let ns =
                        std::fs::File::open(&path).with_context(|| format!("opening {path}"))?;
                    nix::sched::setns(ns, nix::sched::CloneFlags::CLONE_NEWUSER)
                        .context("joining the container's user namespace")?;
                    let _ = nix::unistd::setresgid(0.into(), 0.into(), 0.into());
                    let _ = nix::unistd::setresuid(0.into(), 0.into(), 0.into());
                    super::unshare::die_with_parent();
                }
                let root = PathBuf::from(format!("/proc/{pid}/root"));
                f(&root)
            })
        }
    }
}

/// Mount the overlay for the helper: the kernel's, else fuse-overlayfs run in the foreground as
/// our child (so it can be stopped afterwards instead of lingering as a daemon).
fn mount(ov: &Overlay) -> Result<Option<std::process::Child>> {
    let prog = match &ov.mount_program {
        Some(p) => p.clone(),
        None => match mounts::mount_kernel_overlay(ov) {
            Ok(()) => return Ok(None),
            Err(kerr) => {
                let p = PathBuf::from("/usr/bin/fuse-overlayfs");
                if !p.exists() {
                    bail!("cannot mount the root filesystem with overlay ({kerr}) and fuse-overlayfs is not installed");
                }
                p
            }
        },
    };
    let lower: Vec<String> = ov.lower.iter().map(|l| l.display().to_string()).collect();
    let opts = format!(
        "lowerdir={},upperdir={},workdir={}",
        lower.join(":"),
        ov.upper.display(),
        ov.work.display()
    );
    let before = std::fs::metadata(&ov.target)
        .with_context(|| format!("reading {}", ov.target.display()))?;
    let mut cmd = std::process::Command::new(&prog);
    cmd.arg("-f")
        .arg("-o")
        .arg(&opts)
        .arg(&ov.target)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // Killed with the helper, so it never keeps the helper's mount namespace alive.
    super::unshare::die_with_spawner(&mut cmd);
    let mut child = cmd
        .spawn()
        .with_context(|| format!("running {}", prog.display()))?;
    // Mounted when the target's device changes.
    use std::os::unix::fs::MetadataExt;
    for _ in 0..500 {
        if let Some(st) = child.try_wait()? {
            bail!("{} exited: {st}", prog.display());
        }
        if std::fs::metadata(&ov.target).is_ok_and(|m| m.dev() != before.dev()) {
            return Ok(Some(child));
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let _ = child.kill();
    let _ = child.wait();
    bail!(
        "{} did not mount {} in time",
        prog.display(),
        ov.target.display()
    )
}

//! Resource limits on the engine's side: the block devices of `--device-read-bps` and
//! `--device-write-bps` looked up on the host, podman's flag names in the warnings and
//! errors about limits (the one place a typed limit is named after its flag), and the error of
//! a container without a cgroup of its own.

use crate::model::{LimitKind, Limits};
use crate::runtime::cgroups::{self, LimitRefused, Warning};
use crate::store::containers::ContainerRecord;
use anyhow::{bail, Context, Result};

/// The flag that asks for a kind of limit, as messages name it.
pub fn flag_name(kind: LimitKind) -> &'static str {
    match kind {
        LimitKind::Memory => "--memory",
        LimitKind::MemorySwap => "--memory-swap",
        LimitKind::MemoryReservation => "--memory-reservation",
        LimitKind::Cpu => "--cpus/--cpu-quota",
        LimitKind::CpuShares => "--cpu-shares",
        LimitKind::CpusetCpus => "--cpuset-cpus",
        LimitKind::CpusetMems => "--cpuset-mems",
        LimitKind::Pids => "--pids-limit",
        LimitKind::BlkioWeight => "--blkio-weight",
        LimitKind::DeviceReadBps => "--device-read-bps",
        LimitKind::DeviceWriteBps => "--device-write-bps",
    }
}

/// One warning line about limits (without the `WARN` prefix).
pub fn warning_text(w: &Warning) -> String {
    match w {
        Warning::NotApplied(kind, why) => format!("{} not applied: {why}", flag_name(*kind)),
        Warning::Other(text) => text.clone(),
    }
}

/// An error of the runtime whose cause is a limit the kernel refused gets the limit's flag in
/// front: `--memory: setting memory.max=... in cgroup ...: ...`.
pub fn name_refused_limit(e: anyhow::Error) -> anyhow::Error {
    match e.downcast_ref::<LimitRefused>().map(|r| r.limit) {
        Some(kind) => e.context(flag_name(kind)),
        None => e,
    }
}

/// Fill in the major and minor numbers of the devices the rate limits name.
pub fn resolve_devices(limits: &mut Limits) -> Result<()> {
    for d in limits
        .device_read_bps
        .iter_mut()
        .chain(limits.device_write_bps.iter_mut())
    {
        let st = rustix::fs::stat(d.path.as_str()).with_context(|| format!("device {}", d.path))?;
        let kind = rustix::fs::FileType::from_raw_mode(st.st_mode);
        if !kind.is_block_device() {
            bail!("{} is not a block device", d.path);
        }
        d.major = rustix::fs::major(st.st_rdev) as u64;
        d.minor = rustix::fs::minor(st.st_rdev) as u64;
    }
    Ok(())
}

/// The error of `update`, `pause` and `stats` for a container without a cgroup of its own.
pub fn no_cgroup(c: &ContainerRecord) -> anyhow::Error {
    let why = if cgroups::version() != 2 {
        "this host has cgroup v1; skiff manages cgroups only on cgroup v2"
    } else {
        "it was started without a cgroup of its own"
    };
    anyhow::anyhow!("container {} has no cgroup: {why}", c.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::resources::DeviceRate;

    #[test]
    fn warnings_name_the_flags() {
        let w = Warning::NotApplied(LimitKind::Cpu, "this host has cgroup v1".into());
        assert_eq!(
            warning_text(&w),
            "--cpus/--cpu-quota not applied: this host has cgroup v1"
        );
        assert_eq!(warning_text(&Warning::Other("x".into())), "x");
        let e = anyhow::Error::new(std::io::Error::from_raw_os_error(22)).context(LimitRefused {
            limit: LimitKind::Memory,
            file: "memory.max",
            value: "1".into(),
            path: "/a".into(),
        });
        let text = format!("{:#}", name_refused_limit(e));
        assert!(
            text.starts_with("--memory: setting memory.max=\"1\" in cgroup /a: "),
            "{text}"
        );
    }

    #[test]
    fn devices_must_be_block_devices() {
        let mut l = Limits {
            device_read_bps: vec![DeviceRate {
                path: "/dev/null".into(),
                rate: 1,
                ..DeviceRate::default()
            }],
            ..Limits::default()
        };
        assert_eq!(
            resolve_devices(&mut l).unwrap_err().to_string(),
            "/dev/null is not a block device"
        );
        l.device_read_bps[0].path = "/nonexistent".into();
        assert!(resolve_devices(&mut l)
            .unwrap_err()
            .to_string()
            .starts_with("device /nonexistent"));
    }
}

//! Resource limits as asked for (`-m`, `--cpus`, `--pids-limit`, `--ulimit`, ...), in the
//! units the kernel takes. The runtime turns them into cgroup files and setrlimit calls.

use anyhow::{anyhow, bail, Result};
use serde::{Deserialize, Serialize};

/// Resource limits, as the user asked for them (None = not asked).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Limits {
    /// memory.max, bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<u64>,
    /// Memory plus swap, bytes (podman's --memory-swap); -1 = unlimited swap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_swap: Option<i64>,
    /// memory.low, bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<u64>,
    /// CFS quota and period in microseconds (from --cpus or --cpu-quota/--cpu-period).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_quota: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_period: Option<u64>,
    /// cgroup v1 style shares (2..262144), converted to cpu.weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_shares: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpuset_cpus: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpuset_mems: Option<String>,
    /// pids.max; 0 or -1 = unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pids_limit: Option<i64>,
    /// blkio weight 10..1000, converted to io.weight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blkio_weight: Option<u64>,
    /// (device path, major, minor, bytes per second) for io.max rbps / wbps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub device_read_bps: Vec<DeviceRate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub device_write_bps: Vec<DeviceRate>,
}

/// A rate limit on one block device (`--device-read-bps /dev/sda:1mb`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeviceRate {
    pub path: String,
    /// The device's numbers, looked up by the engine (0 until then).
    pub major: u64,
    pub minor: u64,
    /// Bytes per second.
    pub rate: u64,
}

impl DeviceRate {
    /// `PATH:RATE` (the device itself is looked up by the engine).
    pub fn parse(s: &str) -> Result<DeviceRate> {
        let (path, rate) = s
            .rsplit_once(':')
            .ok_or_else(|| anyhow!("invalid device rate {s:?}: expected /dev/DEVICE:RATE"))?;
        Ok(DeviceRate {
            path: path.to_string(),
            major: 0,
            minor: 0,
            rate: rate.parse::<super::ByteSize>()?.bytes(),
        })
    }
}

/// One kind of limit in `Limits`, to say which one a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKind {
    Memory,
    MemorySwap,
    MemoryReservation,
    /// CPU quota and period (`--cpus`, `--cpu-quota`, `--cpu-period`).
    Cpu,
    CpuShares,
    CpusetCpus,
    CpusetMems,
    Pids,
    BlkioWeight,
    DeviceReadBps,
    DeviceWriteBps,
}

impl Limits {
    pub fn is_empty(&self) -> bool {
        *self == Limits::default()
    }

    /// The swap alone, as cgroup v2's `memory.swap.max` and systemd's `MemorySwapMax` take it:
    /// podman's `--memory-swap` is memory plus swap. `u64::MAX` means unlimited; None when no
    /// swap limit was asked for.
    pub fn swap_max(&self) -> Option<u64> {
        let s = self.memory_swap?;
        Some(if s < 0 {
            u64::MAX
        } else {
            (s as u64).saturating_sub(self.memory.unwrap_or(0))
        })
    }
}

/// One resource limit set with setrlimit before exec (`--ulimit`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rlimit {
    /// OCI name, e.g. RLIMIT_NOFILE.
    pub name: String,
    /// `u64::MAX`: unlimited.
    pub soft: u64,
    pub hard: u64,
}

impl std::str::FromStr for Rlimit {
    type Err = anyhow::Error;

    /// `nofile=1024:2048` (or `nofile=1024`, or `-1`/`unlimited` for no limit).
    fn from_str(s: &str) -> Result<Rlimit> {
        let (name, vals) = s
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid --ulimit {s:?}: expected NAME=SOFT[:HARD]"))?;
        const NAMES: &[&str] = &[
            "core",
            "cpu",
            "data",
            "fsize",
            "locks",
            "memlock",
            "msgqueue",
            "nice",
            "nofile",
            "nproc",
            "rss",
            "rtprio",
            "rttime",
            "sigpending",
            "stack",
            "as",
        ];
        if !NAMES.contains(&name) {
            bail!("invalid --ulimit {s:?}: unknown limit {name:?}");
        }
        let num = |v: &str| -> Result<u64> {
            if v == "-1" || v == "unlimited" {
                return Ok(u64::MAX);
            }
            v.parse()
                .map_err(|_| anyhow!("invalid --ulimit {s:?}: {v:?} is not a number"))
        };
        let (soft, hard) = match vals.split_once(':') {
            Some((a, b)) => (num(a)?, num(b)?),
            None => {
                let v = num(vals)?;
                (v, v)
            }
        };
        if soft > hard {
            bail!("invalid --ulimit {s:?}: the soft limit is above the hard limit");
        }
        Ok(Rlimit {
            name: format!("RLIMIT_{}", name.to_ascii_uppercase()),
            soft,
            hard,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulimits() {
        assert_eq!(
            "nofile=1024:2048".parse::<Rlimit>().unwrap(),
            Rlimit {
                name: "RLIMIT_NOFILE".into(),
                soft: 1024,
                hard: 2048
            }
        );
        assert_eq!("nproc=-1".parse::<Rlimit>().unwrap().hard, u64::MAX);
        let err = |s: &str| s.parse::<Rlimit>().unwrap_err().to_string();
        assert!(err("nofile=10:5").contains("the soft limit is above the hard limit"));
        assert!(err("bogus=1").contains("unknown limit \"bogus\""));
        assert!(err("nofile").contains("expected NAME=SOFT[:HARD]"));
    }

    #[test]
    fn swap_alone() {
        let l = |memory, memory_swap| Limits {
            memory,
            memory_swap,
            ..Limits::default()
        };
        assert_eq!(l(Some(256), Some(512)).swap_max(), Some(256));
        assert_eq!(l(Some(256), Some(256)).swap_max(), Some(0));
        assert_eq!(l(Some(256), Some(-1)).swap_max(), Some(u64::MAX));
        assert_eq!(l(Some(256), None).swap_max(), None);
    }

    #[test]
    fn device_rates() {
        let d = DeviceRate::parse("/dev/sda:1mb").unwrap();
        assert_eq!((d.path.as_str(), d.rate), ("/dev/sda", 1 << 20));
        assert!(DeviceRate::parse("/dev/sda")
            .unwrap_err()
            .to_string()
            .contains("expected /dev/DEVICE:RATE"));
    }
}

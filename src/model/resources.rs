//! Resource limits as asked for (`-m`, `--cpus`, `--pids-limit`, `--ulimit`, ...), in the
//! units the kernel takes. The runtime turns them into cgroup files and setrlimit calls.

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

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeviceRate {
    pub path: String,
    pub major: u64,
    pub minor: u64,
    pub rate: u64,
}

/// One resource limit set with setrlimit before exec (`--ulimit`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rlimit {
    /// OCI name, e.g. RLIMIT_NOFILE.
    pub name: String,
    pub soft: u64,
    pub hard: u64,
}

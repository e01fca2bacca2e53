//! Facts about the host that `info` reports as podman does: memory and swap, uptime, the
//! distribution, CPUs, and where a helper program is on PATH.

use serde_json::{json, Value};
use std::path::PathBuf;

/// `/proc/meminfo` in bytes: (MemFree, MemTotal, SwapFree, SwapTotal), as podman reads them.
pub fn memory() -> (u64, u64, u64, u64) {
    let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| {
                rest.trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse::<u64>()
                    .ok()
            })
            .map_or(0, |kib| kib * 1024)
    };
    (
        field("MemFree:"),
        field("MemTotal:"),
        field("SwapFree:"),
        field("SwapTotal:"),
    )
}

/// podman's uptime text: `1h 48m 18.00s (Approximately 0.04 days)`.
pub fn uptime() -> String {
    let secs: f64 = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|t| t.split_whitespace().next().and_then(|s| s.parse().ok()))
        .unwrap_or(0.0);
    let whole = secs.trunc() as u64;
    format!(
        "{}h {}m {:.2}s (Approximately {:.2} days)",
        whole / 3600,
        whole % 3600 / 60,
        (whole % 60) as f64,
        secs / 86400.0
    )
}

/// `/etc/os-release`: distribution, version, codename (podman's `Distribution`).
pub fn distribution() -> Value {
    let text = std::fs::read_to_string("/etc/os-release")
        .or_else(|_| std::fs::read_to_string("/usr/lib/os-release"))
        .unwrap_or_default();
    let field = |k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(k).and_then(|r| r.strip_prefix('=')))
            .map(|v| v.trim_matches('"').to_string())
            .unwrap_or_default()
    };
    json!({
        "distribution": field("ID"),
        "version": field("VERSION_ID"),
        "codename": field("VERSION_CODENAME"),
    })
}

pub fn cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The first `name` on PATH.
pub fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Total and used bytes of the filesystem holding `path`.
pub fn fs_usage(path: &std::path::Path) -> (u64, u64) {
    match rustix::fs::statvfs(path) {
        Ok(s) => {
            let total = s.f_blocks * s.f_frsize;
            let free = s.f_bfree * s.f_frsize;
            (total, total.saturating_sub(free))
        }
        Err(_) => (0, 0),
    }
}

//! Cgroups: detect what the host offers. Limits land with the resource-limits work; until then
//! every requested limit produces one warning saying why it was not applied.

/// The cgroup version of the host: 2 for the unified hierarchy, 1 for legacy or hybrid.
pub fn version() -> u32 {
    match rustix::fs::statfs("/sys/fs/cgroup") {
        Ok(st) if st.f_type == 0x6367_7270 => 2,
        _ => 1,
    }
}

/// The cgroup manager skiff would use.
pub fn manager() -> &'static str {
    if version() == 2 && std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
        "systemd"
    } else {
        "cgroupfs"
    }
}

/// Controllers available to the user: on v2 those delegated to the user's cgroup, on v1 none
/// (skiff does not manage v1 hierarchies).
pub fn controllers() -> Vec<String> {
    if version() != 2 {
        return Vec::new();
    }
    let own = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
    let path = own
        .lines()
        .find_map(|l| l.strip_prefix("0::"))
        .unwrap_or("/")
        .to_string();
    std::fs::read_to_string(format!("/sys/fs/cgroup{path}/cgroup.controllers"))
        .unwrap_or_default()
        .split_whitespace()
        .map(String::from)
        .collect()
}

//! The per-user rootless network namespace that holds the bridges of user-defined networks.
//!
//! State lives in one directory of the runtime dir (`$XDG_RUNTIME_DIR/skiff/netns`):
//! * `lock`: flock held by whoever changes anything below (start, plug, leave, tear down);
//! * `state.json`: the holder's and the pasta helper's pids (with start times, against reuse)
//!   and the bridges already made;
//! * `users/ID`: one file per container plugged in, `PID START`; a container whose process is
//!   gone no longer counts.
//!
//! The namespace exists only while some container uses it: the last one to leave kills pasta
//! and the holder, and the kernel removes the bridges with the namespace.

use super::config::{Attachment, Cidr, NetworkConfig};
use super::{find_program, helper};
use crate::model::{NetworkMode, PortMapping, ProcessId};
use crate::runtime::netlink;
use crate::runtime::netns::{self, NsFds};
use crate::runtime::userns::IdMap;
use anyhow::{anyhow, bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::net::Ipv4Addr;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(from = "StateFile", into = "StateFile")]
struct State {
    holder: ProcessId,
    helper: ProcessId,
    bridges: Vec<String>,
}

/// `state.json` as written: the process ids flat.
#[derive(Serialize, Deserialize)]
struct StateFile {
    holder_pid: i32,
    holder_start: u64,
    helper_pid: i32,
    helper_start: u64,
    bridges: Vec<String>,
}

impl From<StateFile> for State {
    fn from(f: StateFile) -> State {
        State {
            holder: ProcessId {
                pid: f.holder_pid,
                start: f.holder_start,
            },
            helper: ProcessId {
                pid: f.helper_pid,
                start: f.helper_start,
            },
            bridges: f.bridges,
        }
    }
}

impl From<State> for StateFile {
    fn from(s: State) -> StateFile {
        StateFile {
            holder_pid: s.holder.pid,
            holder_start: s.holder.start,
            helper_pid: s.helper.pid,
            helper_start: s.helper.start,
            bridges: s.bridges,
        }
    }
}

/// The locked namespace state; the lock is released on drop.
pub struct Infra {
    dir: PathBuf,
    _lock: std::fs::File,
    state: State,
}

/// Look for a system program also in the sbin directories a user's PATH may lack.
pub fn sbin_program(name: &str) -> Option<PathBuf> {
    find_program(name).or_else(|| {
        ["/usr/sbin", "/sbin", "/usr/bin", "/bin"]
            .iter()
            .map(|d| Path::new(d).join(name))
            .find(|p| p.is_file())
    })
}

/// nftables base table the holder loads: NAT and forwarding policy for the bridges.
const BASE_RULES: &str = "table ip skiff {
  chain postrouting { type nat hook postrouting priority srcnat; policy accept; }
  chain forward { type filter hook forward priority filter; policy accept; }
}
";

/// Inside the new namespace (the holder, as root there): load the base firewall table.
pub fn holder_setup() -> Result<()> {
    let Some(nft) = sbin_program("nft") else {
        // Without nftables there is no masquerading: containers still reach each other.
        return Ok(());
    };
    netns::run_in(None, &nft.to_string_lossy(), &["-f", "-"], BASE_RULES)
}

fn ipv4(s: &str) -> Result<Ipv4Addr> {
    s.parse()
        .map_err(|_| anyhow!("bad IPv4 address {s:?} in the network configuration"))
}

fn parse_mac(s: &str) -> Result<[u8; 6]> {
    let mut mac = [0u8; 6];
    let mut parts = s.split(':');
    for b in &mut mac {
        *b = parts
            .next()
            .and_then(|p| u8::from_str_radix(p, 16).ok())
            .ok_or_else(|| anyhow!("bad MAC address {s:?}"))?;
    }
    if parts.next().is_some() {
        bail!("bad MAC address {s:?}");
    }
    Ok(mac)
}

/// A process recorded here counts only with its start time (else the pid may be another's).
fn alive(p: ProcessId) -> bool {
    p.start != 0 && p.is_alive()
}

impl Infra {
    /// Take the lock and read the state; a holder that died is forgotten.
    pub fn lock(dir: &Path) -> Result<Infra> {
        crate::fsutil::mkdir_p(&dir.join("users"))?;
        let path = dir.join("lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(&path)
            .with_context(|| format!("opening {}", path.display()))?;
        loop {
            match rustix::fs::flock(&file, rustix::fs::FlockOperation::LockExclusive) {
                Ok(()) => break,
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => return Err(e).with_context(|| format!("locking {}", path.display())),
            }
        }
        let mut state: State = std::fs::read(dir.join("state.json"))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        if !alive(state.holder) {
            helper::kill_stale(state.helper);
            state = State::default();
        }
        Ok(Infra {
            dir: dir.to_path_buf(),
            _lock: file,
            state,
        })
    }

    fn save(&self) -> Result<()> {
        crate::fsutil::write_atomic(
            &self.dir.join("state.json"),
            &serde_json::to_vec(&self.state)?,
        )
    }

    /// The holder's pid, starting the namespace (and its pasta) when it is not running.
    pub fn ensure(&mut self, map: &IdMap) -> Result<i32> {
        // Outbound traffic (and the host as host.containers.internal) through pasta; without
        // it (no pasta, no default route) the networks still connect their containers.
        let mode = match super::default_mode(false) {
            m @ NetworkMode::Pasta(_) => m,
            _ => NetworkMode::Private,
        };
        self.ensure_with(
            || netns::spawn_holder(map),
            &mode,
            &[],
            "connecting the rootless network namespace",
        )
    }

    /// The holder's pid, starting it with `spawn` when it is not running and connecting its
    /// network namespace as `mode` says (pasta; with the published `ports`); the helper's
    /// failure is reported as `what`.
    pub fn ensure_with(
        &mut self,
        spawn: impl FnOnce() -> Result<i32>,
        mode: &NetworkMode,
        ports: &[PortMapping],
        what: &str,
    ) -> Result<i32> {
        if !self.state.holder.is_none() {
            return Ok(self.state.holder.pid);
        }
        let pid = spawn()?;
        self.state = State {
            // Gone already (default): the next user starts another.
            holder: ProcessId::of(pid).unwrap_or_default(),
            ..State::default()
        };
        match helper::attach_lasting(mode, pid, ports, &self.dir) {
            Ok(Some(h)) => self.state.helper = h.keep(),
            Ok(None) => {}
            Err(e) => {
                self.teardown();
                return Err(e.context(what.to_string()));
            }
        }
        self.save()?;
        Ok(pid)
    }

    fn ns(&self) -> Result<NsFds> {
        NsFds::open(self.state.holder.pid, None)
    }

    /// Make the bridge of `net` (address = gateway, NAT unless internal) once per namespace.
    pub fn ensure_bridge(&mut self, net: &NetworkConfig) -> Result<()> {
        let br = &net.network_interface;
        if self.state.bridges.contains(br) {
            return Ok(());
        }
        let mut addrs = Vec::new();
        for s in &net.subnets {
            let c = Cidr::parse(&s.subnet)?;
            addrs.push((ipv4(&s.gateway)?, c.prefix));
        }
        netns::in_netns(self.state.holder.pid, None, |_| {
            netlink::create_bridge(br, &addrs)
        })
        .with_context(|| format!("creating the bridge of network {}", net.name))?;
        if let Some(nft) = sbin_program("nft") {
            let mut rules = String::new();
            for s in &net.subnets {
                let c = Cidr::parse(&s.subnet)?;
                if net.internal {
                    rules.push_str(&format!(
                        "add rule ip skiff forward iifname \"{br}\" oifname != \"{br}\" drop\n\
                         add rule ip skiff forward oifname \"{br}\" iifname != \"{br}\" drop\n"
                    ));
                } else {
                    rules.push_str(&format!(
                        "add rule ip skiff postrouting ip saddr {c} ip daddr != {c} masquerade\n"
                    ));
                }
            }
            netns::run_in(
                Some(&self.ns()?),
                &nft.to_string_lossy(),
                &["-f", "-"],
                &rules,
            )
            .with_context(|| format!("adding the firewall rules of network {}", net.name))?;
        }
        self.state.bridges.push(br.clone());
        self.save()
    }

    /// Connect the container process `pid` to the bridge of `net`: a veth pair whose host end
    /// `host_if` joins the bridge and whose other end is configured inside the container.
    pub fn plug(
        &mut self,
        net: &NetworkConfig,
        pid: i32,
        a: &Attachment,
        host_if: &str,
        default_route: bool,
    ) -> Result<()> {
        self.ensure_bridge(net)?;
        let br = &net.network_interface;
        let ctr_if = &a.interface;
        let mac = parse_mac(&a.mac)?;
        let (addr, gateway) = (ipv4(&a.ip)?, ipv4(&a.gateway)?);
        let route = default_route.then_some(gateway);
        // The helper names the step that failed: its errors come back as text.
        netns::in_netns(self.state.holder.pid, Some(pid), |to_container| {
            netlink::add_veth(host_if, ctr_if, mac, pid, br)
                .with_context(|| format!("connecting to network {}", net.name))?;
            to_container.enter()?;
            netlink::configure(ctr_if, addr, a.prefix, route)
                .with_context(|| format!("configuring {ctr_if} on network {}", net.name))
        })
    }

    /// Remove interface `ctr_if` from the container process `pid` (its veth peer goes too).
    pub fn unplug(&self, pid: i32, ctr_if: &str) -> Result<()> {
        netns::in_netns(self.state.holder.pid, Some(pid), |to_container| {
            to_container.enter()?;
            netlink::delete_link(ctr_if)
        })
        .with_context(|| format!("removing {ctr_if}"))
    }

    /// The holder's pid (0 when the namespace is not running).
    pub fn holder(&self) -> i32 {
        self.state.holder.pid
    }

    /// Count the container `id` (process `pid`) as a user of the namespace.
    pub fn add_user(&self, id: &str, pid: i32) -> Result<()> {
        // A process gone already is recorded as none: it does not count.
        let p = ProcessId::of(pid).unwrap_or_default();
        crate::fsutil::write_atomic(
            &self.dir.join("users").join(id),
            format!("{} {}", p.pid, p.start).as_bytes(),
        )
    }

    /// The container `id` no longer uses the namespace; when nobody does, it goes.
    pub fn remove_user(&mut self, id: &str) {
        let _ = std::fs::remove_file(self.dir.join("users").join(id));
        if !self.in_use() {
            self.teardown();
        }
    }

    /// Whether a live container still counts as a user (stale entries are removed).
    pub fn in_use(&self) -> bool {
        let users = self.dir.join("users");
        let mut any = false;
        for e in std::fs::read_dir(&users).into_iter().flatten().flatten() {
            let p = e.path();
            let t = std::fs::read_to_string(&p).unwrap_or_default();
            let mut f = t.split_whitespace();
            let user = ProcessId {
                pid: f.next().and_then(|x| x.parse().ok()).unwrap_or(0),
                start: f.next().and_then(|x| x.parse().ok()).unwrap_or(0),
            };
            if alive(user) {
                any = true;
            } else {
                let _ = std::fs::remove_file(&p);
            }
        }
        any
    }

    /// Stop pasta and the holder; the namespace and its bridges disappear.
    pub fn teardown(&mut self) {
        let helper = self.state.helper;
        helper::kill_stale(helper);
        if alive(self.state.holder) {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(self.state.holder.pid),
                nix::sys::signal::Signal::SIGKILL,
            );
        }
        // The helper's published ports are free only once it is gone: whoever comes next (a
        // pod replaced, a namespace started again) binds them at once. A helper that has not
        // ended after 2 s is killed.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
        while alive(helper) {
            if std::time::Instant::now() > deadline {
                let _ = nix::sys::signal::kill(
                    nix::unistd::Pid::from_raw(helper.pid),
                    nix::sys::signal::Signal::SIGKILL,
                );
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        self.state = State::default();
        let _ = std::fs::remove_file(self.dir.join("state.json"));
    }
}

#[cfg(test)]
mod tests {
    use super::parse_mac;

    #[test]
    fn mac_addresses() {
        assert_eq!(
            parse_mac("02:1c:0f:67:38:5a").unwrap(),
            [2, 0x1c, 0x0f, 0x67, 0x38, 0x5a]
        );
        for bad in [
            "",
            "02:1c:0f:67:38",
            "02:1c:0f:67:38:5a:00",
            "02:1c:0f:67:38:zz",
        ] {
            assert!(parse_mac(bad).is_err(), "{bad}");
        }
    }
}

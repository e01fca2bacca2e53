//! A pod as asked for (`PodOptions`, the flags of `pod create`, in the user's spellings) and as
//! validated (`PodConfig`): its name, the namespaces its members share and its network (mode,
//! published ports, DNS), which belong to the pod and not to any member.

use super::config::{valid_container_name, ContainerOptions};
use super::network::{NetworkConfig, NetworkMode};
use anyhow::{bail, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `pod create` flags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PodOptions {
    pub name: Option<String>,
    /// `-p [IP:][HOSTPORT:]CPORT[/PROTO]`: published on the pod's network.
    pub publish: Vec<String>,
    /// `--network`: pasta[:OPTS], none, host, private (default: the host's default).
    pub network: Vec<String>,
    /// `--share`: comma-separated namespaces (net, ipc, uts, pid); `+ns` adds to the default.
    pub share: Option<String>,
    /// `--infra` (default true): with false the members share nothing.
    pub infra: bool,
    /// `KEY=VALUE`
    pub label: Vec<String>,
    pub hostname: Option<String>,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_option: Vec<String>,
    pub add_host: Vec<String>,
    /// `--userns`: only the default mapping.
    pub userns: Option<String>,
    /// `--cgroup-parent` of the pod's members.
    pub cgroup_parent: Option<String>,
}

impl Default for PodOptions {
    fn default() -> Self {
        PodOptions {
            name: None,
            publish: Vec::new(),
            network: Vec::new(),
            share: None,
            infra: true,
            label: Vec::new(),
            hostname: None,
            dns: Vec::new(),
            dns_search: Vec::new(),
            dns_option: Vec::new(),
            add_host: Vec::new(),
            userns: None,
            cgroup_parent: None,
        }
    }
}

/// The namespaces a pod's members share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    pub net: bool,
    pub ipc: bool,
    pub uts: bool,
    pub pid: bool,
}

impl Default for Share {
    /// podman's default: net, ipc, uts.
    fn default() -> Self {
        Share {
            net: true,
            ipc: true,
            uts: true,
            pid: false,
        }
    }
}

impl Share {
    pub const NONE: Share = Share {
        net: false,
        ipc: false,
        uts: false,
        pid: false,
    };

    /// `--share net,ipc` (replacing the default), `--share +pid` (adding to it), `none` or "".
    pub fn parse(s: &str) -> Result<Share> {
        let (mut share, list) = match s.strip_prefix('+') {
            Some(rest) => (Share::default(), rest),
            None => (Share::NONE, s),
        };
        for ns in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match ns {
                "net" => share.net = true,
                "ipc" => share.ipc = true,
                "uts" => share.uts = true,
                "pid" => share.pid = true,
                "none" => {}
                "cgroup" | "user" | "mnt" => {
                    bail!("sharing the {ns} namespace in a pod is not supported")
                }
                other => bail!("{other} is not a valid namespace to share: use net, ipc, uts, pid"),
            }
        }
        Ok(share)
    }

    /// The names shared, podman's order (`SharedNamespaces` of `pod inspect`).
    pub fn names(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        for (on, n) in [
            (self.ipc, "ipc"),
            (self.net, "net"),
            (self.uts, "uts"),
            (self.pid, "pid"),
        ] {
            if on {
                v.push(n);
            }
        }
        v
    }

    pub fn any(&self) -> bool {
        self.net || self.ipc || self.uts || self.pid
    }
}

/// A pod as validated: what the engine's `pod create` takes.
#[derive(Debug, Clone, PartialEq)]
pub struct PodConfig {
    pub name: Option<String>,
    pub share: Share,
    /// `--infra`: whether the pod holds shared namespaces at all.
    pub infra: bool,
    pub network: NetworkConfig,
    pub labels: BTreeMap<String, String>,
    pub hostname: Option<String>,
    pub cgroup_parent: Option<String>,
}

impl PodOptions {
    /// Every value typed, podman's error texts.
    pub fn validate(self) -> Result<PodConfig> {
        if let Some(n) = &self.name {
            if !valid_container_name(n) {
                bail!("names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument");
            }
        }
        if self
            .userns
            .as_deref()
            .is_some_and(|u| !u.is_empty() && u != "host")
        {
            bail!("--userns modes other than the default mapping are not supported yet");
        }
        let share = match &self.share {
            Some(s) => Share::parse(s)?,
            None => Share::default(),
        };
        let share = if self.infra { share } else { Share::NONE };
        if !self.infra && !self.publish.is_empty() {
            bail!("you must have an infra container to publish port bindings to the host");
        }
        let mut net = ContainerOptions {
            network: self.network.clone(),
            publish: self.publish.clone(),
            dns: self.dns.clone(),
            dns_search: self.dns_search.clone(),
            dns_option: self.dns_option.clone(),
            add_host: self.add_host.clone(),
            ..ContainerOptions::default()
        }
        .network_config()?;
        match &net.mode {
            NetworkMode::Default
            | NetworkMode::None
            | NetworkMode::Host
            | NetworkMode::Private
            | NetworkMode::Pasta(_) => {}
            m => bail!("--network {} is not supported for pods yet", m.kind()),
        }
        if !share.net && (net.mode != NetworkMode::Default || !net.ports.is_empty()) {
            bail!("the pod's network and ports need the net namespace shared (--share net)");
        }
        if net.mode == NetworkMode::Host {
            net.ports.clear();
        }
        let mut labels = BTreeMap::new();
        for l in &self.label {
            let (k, v) = l.split_once('=').unwrap_or((l, ""));
            labels.insert(k.to_string(), v.to_string());
        }
        Ok(PodConfig {
            name: self.name,
            share,
            infra: self.infra,
            network: net,
            labels,
            hostname: self.hostname,
            cgroup_parent: self.cgroup_parent,
        })
    }
}

/// `--pod` of `run`/`create`: an existing pod, or `new:NAME` to create one first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PodRef {
    Existing(String),
    New(String),
}

impl PodRef {
    pub fn parse(s: &str) -> Result<PodRef> {
        match s.strip_prefix("new:") {
            Some("") => bail!("--pod new: needs a pod name"),
            Some(n) => Ok(PodRef::New(n.to_string())),
            None if s.is_empty() => bail!("--pod needs a pod name or ID"),
            None => Ok(PodRef::Existing(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_lists() {
        assert_eq!(Share::parse("").unwrap(), Share::NONE);
        let s = Share::parse("net,pid").unwrap();
        assert!(s.net && s.pid && !s.ipc && !s.uts);
        let s = Share::parse("+pid").unwrap();
        assert!(s.net && s.pid && s.ipc && s.uts);
        assert!(Share::parse("user").is_err());
        assert!(Share::parse("bogus").is_err());
        assert_eq!(Share::default().names(), ["ipc", "net", "uts"]);
    }

    #[test]
    fn pod_options() {
        let c = PodOptions {
            name: Some("web".into()),
            publish: vec!["8080:80".into()],
            ..PodOptions::default()
        }
        .validate()
        .unwrap();
        assert_eq!(c.network.ports.len(), 1);
        assert!(PodOptions {
            name: Some("-bad".into()),
            ..PodOptions::default()
        }
        .validate()
        .is_err());
        assert!(PodOptions {
            infra: false,
            publish: vec!["80".into()],
            ..PodOptions::default()
        }
        .validate()
        .is_err());
        assert_eq!(PodRef::parse("new:p").unwrap(), PodRef::New("p".into()));
        assert!(PodRef::parse("new:").is_err());
    }
}

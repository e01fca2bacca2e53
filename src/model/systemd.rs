//! How a container fits under systemd: `--sdnotify` and `--cgroupns`.

use anyhow::{bail, Result};
use serde::{Deserialize, Serialize};

/// `--sdnotify`: who tells systemd (through `$NOTIFY_SOCKET`) that the service is ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SdNotifyMode {
    /// podman's default: the socket is passed into the container, whose program notifies.
    #[default]
    Container,
    /// skiff (the container's monitor) sends READY=1 once the container's process runs.
    Conmon,
    /// skiff sends READY=1 once the container's healthcheck passed.
    Healthy,
    /// Nothing is sent and the socket is not passed on.
    Ignore,
}

impl std::str::FromStr for SdNotifyMode {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "" | "container" => SdNotifyMode::Container,
            "conmon" => SdNotifyMode::Conmon,
            "healthy" => SdNotifyMode::Healthy,
            "ignore" => SdNotifyMode::Ignore,
            _ => bail!("invalid --sdnotify {s:?}: use container, conmon, healthy or ignore"),
        })
    }
}

/// `--cgroupns`: whether the container sees its own cgroup as the root of /sys/fs/cgroup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CgroupnsMode {
    /// podman's default: private on a cgroup v2 host, the host's on v1 (decided at create).
    #[default]
    Default,
    Private,
    Host,
}

impl std::str::FromStr for CgroupnsMode {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "" => CgroupnsMode::Default,
            "private" => CgroupnsMode::Private,
            "host" => CgroupnsMode::Host,
            _ => bail!("invalid --cgroupns {s:?}: use private or host"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        assert_eq!(
            "healthy".parse::<SdNotifyMode>().unwrap(),
            SdNotifyMode::Healthy
        );
        assert_eq!(SdNotifyMode::default(), SdNotifyMode::Container);
        assert_eq!(
            "x".parse::<SdNotifyMode>().unwrap_err().to_string(),
            "invalid --sdnotify \"x\": use container, conmon, healthy or ignore"
        );
        assert_eq!("host".parse::<CgroupnsMode>().unwrap(), CgroupnsMode::Host);
        assert!("ns:/x".parse::<CgroupnsMode>().is_err());
    }
}

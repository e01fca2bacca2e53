//! A container's lifecycle status and the transitions it allows.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The status recorded in a container's record (`State.Status` in inspect, podman's words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContainerStatus {
    /// Made by `create`, never started.
    #[default]
    Created,
    /// Its process runs (see `State::is_running` for the liveness check).
    Running,
    /// Running, frozen by `pause`.
    Paused,
    /// `stop` sent the stop signal and waits for the process to go.
    Stopping,
    /// Between two runs under its restart policy.
    Restarting,
    /// Its process ended (by itself, `stop`, `kill`, or its monitor vanished).
    Exited,
}

impl ContainerStatus {
    /// podman's name for the status.
    pub fn as_str(self) -> &'static str {
        match self {
            ContainerStatus::Created => "created",
            ContainerStatus::Running => "running",
            ContainerStatus::Paused => "paused",
            ContainerStatus::Stopping => "stopping",
            ContainerStatus::Restarting => "restarting",
            ContainerStatus::Exited => "exited",
        }
    }

    /// Recorded with a process that may be alive (to be checked with its `ProcessId`).
    pub fn has_process(self) -> bool {
        matches!(
            self,
            ContainerStatus::Running | ContainerStatus::Paused | ContainerStatus::Stopping
        )
    }

    /// `start` may run it.
    pub fn can_start(self) -> bool {
        matches!(self, ContainerStatus::Created | ContainerStatus::Exited)
    }

    /// `stop`/`kill` have something to act on.
    pub fn can_stop(self) -> bool {
        self.has_process() || self == ContainerStatus::Restarting
    }

    pub fn can_pause(self) -> bool {
        self == ContainerStatus::Running
    }

    pub fn can_unpause(self) -> bool {
        self == ContainerStatus::Paused
    }

    /// `rm` without `--force` may remove it.
    pub fn can_remove(self) -> bool {
        !self.can_stop()
    }
}

impl fmt::Display for ContainerStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ContainerStatus {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> anyhow::Result<Self> {
        Ok(match s {
            "created" | "configured" => ContainerStatus::Created,
            "running" => ContainerStatus::Running,
            "paused" => ContainerStatus::Paused,
            "stopping" => ContainerStatus::Stopping,
            "restarting" => ContainerStatus::Restarting,
            "exited" | "stopped" => ContainerStatus::Exited,
            _ => anyhow::bail!("invalid container status {s:?}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::ContainerStatus as S;

    #[test]
    fn transitions() {
        assert!(S::Created.can_start() && S::Exited.can_start());
        assert!(!S::Running.can_start() && !S::Paused.can_start());
        assert!(S::Running.can_stop() && S::Paused.can_stop() && S::Restarting.can_stop());
        assert!(!S::Exited.can_stop() && S::Exited.can_remove());
        assert!(!S::Running.can_remove());
        assert!(S::Running.can_pause() && !S::Paused.can_pause() && S::Paused.can_unpause());
    }

    #[test]
    fn names_round_trip() {
        for s in [
            S::Created,
            S::Running,
            S::Paused,
            S::Stopping,
            S::Restarting,
            S::Exited,
        ] {
            assert_eq!(s.as_str().parse::<S>().unwrap(), s);
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{s}\""));
        }
        assert_eq!("stopped".parse::<S>().unwrap(), S::Exited);
    }
}

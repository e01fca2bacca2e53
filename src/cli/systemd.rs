//! Flags for running containers as systemd services: `run --sdnotify --cgroupns --replace
//! --cidfile`, `stop`/`rm --ignore --cidfile`, `start --all --filter`.

use clap::Args;
use std::path::PathBuf;

/// `run`/`create` flags for systemd services.
#[derive(Args, Debug, Default)]
pub struct SystemdRunArgs {
    /// How systemd learns the service is ready: container (the socket is passed in), conmon
    /// (skiff sends READY=1 once the container runs), healthy (once its healthcheck passed),
    /// ignore
    #[arg(long, value_name = "MODE")]
    pub sdnotify: Option<String>,
    /// Cgroup namespace: private (default on cgroup v2) or host
    #[arg(long, value_name = "MODE")]
    pub cgroupns: Option<String>,
    /// Remove a container of the same name first
    #[arg(long)]
    pub replace: bool,
    /// Write the container's ID to this file
    #[arg(long, value_name = "FILE")]
    pub cidfile: Option<PathBuf>,
}

/// `stop`/`rm` flags for services: act on the ID in a file, and ignore missing containers.
#[derive(Args, Debug, Default)]
pub struct CidfileArgs {
    /// Ignore errors when a container does not exist
    #[arg(short, long)]
    pub ignore: bool,
    /// Read the container's ID from this file (repeatable)
    #[arg(long, value_name = "FILE")]
    pub cidfile: Vec<PathBuf>,
}

/// `start --all --filter` (what `skiff-restart.service` runs at login/boot).
#[derive(Args, Debug, Default)]
pub struct StartAllArgs {
    /// Start every container that is not running (with --filter: those that match)
    #[arg(long)]
    pub all: bool,
    /// Start the containers that match (not running): restart-policy=POLICY, or a ps filter
    #[arg(short, long)]
    pub filter: Vec<String>,
}

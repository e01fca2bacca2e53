//! Container actions, one file per user action, and the pieces they share.
//!
//! Lifecycle: `create` (`pull`: its image as `--pull` says), `start`, `run`, `stop`, `kill`, `rm`, `wait`, `restart`, `prune`;
//! in a running container: `exec`, `attach`, `logs`, `top`, `health` (`healthcheck run`),
//! `pause` (and unpause), `update`, `stats`; bookkeeping: `rename`, `port`, `inspect`, `ps`;
//! the filesystem from outside: `cp`, `export`, `diff`, `commit`.
//! Shared: `lookup` (list, find, reconcile), `runroot` (the monitor's files: monitor.pid, the
//! stopped marker), `launch` (the one start path of foreground and detached containers),
//! `monitor` (a detached container's monitor process), `spec` (the OCI runtime spec),
//! `rootfs` (the overlay), `seccomp`, `limits` (resource limits' flag names), `systemd`
//! (sd_notify, foreground healthchecks, the cgroup namespace, the user-stop marker),
//! `cidfile` (`--cidfile`).

pub mod attach;
pub mod cidfile;
pub mod commit;
pub mod cp;
pub mod create;
pub mod diff;
pub mod exec;
pub mod export;
pub mod extras;
pub mod health;
pub mod inspect;
pub mod kill;
pub mod launch;
pub mod limits;
pub mod logs;
pub mod lookup;
pub mod monitor;
pub mod mounts;
pub mod pause;
pub mod port;
pub mod prune;
pub mod ps;
pub mod pull;
pub mod rename;
pub mod restart;
pub mod rm;
pub mod rootfs;
pub mod run;
pub mod runroot;
pub mod seccomp;
pub mod spec;
pub mod start;
pub mod stats;
pub mod stop;
pub mod systemd;
pub mod top;
pub mod update;
pub mod userns;
pub mod wait;

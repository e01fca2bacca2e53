//! Networking on the engine's side.
//!
//! A container's networking: `mode` (the network mode and published ports resolved at create
//! time, the namespaces `container:`/`ns:` join), `userdata` (its hosts, hostname and
//! resolv.conf), `helper` (pasta/slirp4netns attached at start, stale helpers stopped),
//! `report` (what inspect and ps show).
//! User-defined networks: `create`, `list`, `inspect`, `rm`, `prune`, `connect`,
//! `disconnect`; `lookup` (the network files and their users), `allocate` (addresses of a new
//! attachment), `namespace` (the rootless network namespace: joining and leaving it, the entry
//! points of its holder process and of the port forwarder), `peers` (the /etc/hosts section
//! through which containers on a network find each other by name).
//!
//! Files: `ROOT/networks/NAME.json` (podman's netavark layout) under the networks lock; a
//! container's addresses live in its record (`settings.networks`), allocated under the
//! containers lock, so two concurrent runs never get the same address. Lock order: containers,
//! then networks, then the rootless namespace's lock.

pub mod allocate;
pub mod connect;
pub mod create;
pub mod disconnect;
pub mod helper;
pub mod inspect;
pub mod list;
pub mod lookup;
pub mod mode;
pub mod namespace;
pub mod peers;
pub mod prune;
pub mod report;
pub mod rm;
pub mod userdata;

//! Actions on the whole store and host: `events` (the event log every action appends to),
//! `check` (what a crash left in the store, repaired), `df` (disk use), `prune` (`system prune`), `info` (with `host`: facts of the host),
//! `inspect` (of any object), `unshare` and `autoupdate` (`auto-update`: the images of
//! containers run by systemd units).

pub mod autoupdate;
pub mod check;
pub mod df;
pub mod events;
pub mod host;
pub mod info;
pub mod inspect;
pub mod prune;
pub mod unshare;

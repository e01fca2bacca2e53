//! Actions on the whole store and host: `events` (the event log every action appends to),
//! `df` (disk use), `prune` (`system prune`), `info`, `inspect` (of any object), `unshare`
//! and `autoupdate` (`auto-update`: the images of containers run by systemd units).

pub mod autoupdate;
pub mod df;
pub mod events;
pub mod info;
pub mod inspect;
pub mod prune;
pub mod unshare;

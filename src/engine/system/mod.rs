//! Actions on the whole store and host: `events` (the event log every action appends to),
//! `df` (disk use), `prune` (`system prune`), `info`, `inspect` (of any object) and `unshare`.

pub mod df;
pub mod events;
pub mod info;
pub mod inspect;
pub mod prune;
pub mod unshare;

//! Actions on the whole store and host: `events` (the event log every action appends to),
//! `df` (disk use), `info`.

pub mod df;
pub mod events;
pub mod info;

//! The compose adapter: compose files (the compose specification, and the old `version:`
//! formats) into the engine's typed container options, and the project actions
//! (`up`, `down`, `ps`, ...) as sequences of engine calls.
//!
//! Pure part: `spec` (the typed model, serde), `interp` (`${VAR:-x}` interpolation, `.env`),
//! `merge` (the `-f` merge rules), `load` (files → checked `Project`: keys, types, references,
//! profiles, `extends`), `order` (dependency levels, cycles), `convert` (a service →
//! `ContainerOptions`, names, labels, config hash). Actions: `actions` (calls engine functions
//! only; never builds a command line).

pub mod actions;
pub mod convert;
pub mod interp;
pub mod load;
pub mod merge;
pub mod order;
pub mod spec;

pub use load::{load, LoadOpts, Project};

#[cfg(test)]
mod tests;

//! skiff: a rootless, daemonless container engine in one binary.
//!
//! Layers, in the only direction calls may go:
//! `cli` → `engine` → `store` / `runtime` / `network`; `format` is a leaf used by `cli`.
//! See ARCHITECTURE.md.

#![recursion_limit = "256"]

mod cli;
#[allow(dead_code)]
mod engine;
#[allow(dead_code)]
mod format;
mod network;
mod registry;
mod runtime;
mod store;

fn main() {
    std::process::exit(cli::main());
}

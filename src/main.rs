//! skiff: a rootless, daemonless container engine in one binary.
//!
//! Layers, in the only direction calls may go:
//! `cli` → `engine` → `store` / `runtime` / `network`; `format` is a leaf used by `cli`;
//! `config` (containers.conf) and `model` are below them all.
//! See ARCHITECTURE.md.

#![recursion_limit = "256"]

mod api;
mod build;
mod cli;
mod compose;
mod config;
mod engine;
mod format;
mod fsutil;
#[cfg(test)]
mod fuzz_corpus;
mod kube;
mod model;
mod network;
mod quadlet;
mod registry;
mod runtime;
mod store;

fn main() {
    std::process::exit(cli::main());
}

/// The only user of libm in the binary is the `pow` in indicatif's rate estimate. Defining it
/// here (the pure-Rust port of musl's) lets the linker drop libm.so.6, which every skiff
/// process would otherwise map and relocate at start-up: ~300 KiB of the CLI's peak RSS.
#[no_mangle]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

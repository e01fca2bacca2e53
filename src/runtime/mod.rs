//! Runtime: the only layer with raw syscalls and `unsafe`. Turns a spec into a running process.

#[allow(dead_code)]
pub mod seccomp;

//! Seccomp: compile an OCI/Docker-format seccomp profile into BPF with seccompiler and load it.
//!
//! The project's default profile lives in `seccomp/default.json` and is embedded in the binary.

use anyhow::Result;

/// A compiled filter set ready to be loaded (possibly several BPF programs, loaded in order).
pub struct Compiled {
    pub programs: Vec<seccompiler::BpfProgram>,
}

/// Compile the embedded default profile for a process holding the capabilities `caps`
/// (names like "CAP_SYS_ADMIN"): rules guarded by `includes.caps`/`excludes.caps` follow them.
pub fn compile_default(caps: &[String]) -> Result<Compiled> {
    let _ = caps;
    todo!("seccomp::compile_default")
}

/// Compile a user-supplied profile (OCI/Docker JSON, as `--security-opt seccomp=FILE`).
pub fn compile_profile(json: &[u8], caps: &[String]) -> Result<Compiled> {
    let _ = (json, caps);
    todo!("seccomp::compile_profile")
}

/// Load the filters into the calling thread. Call last, just before execve.
pub fn apply(compiled: &Compiled) -> Result<()> {
    let _ = compiled;
    todo!("seccomp::apply")
}

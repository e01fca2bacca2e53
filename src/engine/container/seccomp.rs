//! Seccomp on the engine's side: a profile file checked at create time, and the filter
//! compiled for a start or an exec with the process's capabilities.

use crate::engine::Engine;
use crate::fsutil::{mkdir_p, sha256_digest, write_file};
use crate::model::Seccomp;
use crate::runtime::seccomp;
use anyhow::{anyhow, Context, Result};

/// A seccomp profile file given at create time: its canonical path, once it is known to
/// compile (so a bad profile fails at create time).
pub fn seccomp_profile(choice: &Seccomp) -> Result<Seccomp> {
    let Seccomp::Profile(given) = choice else {
        return Ok(choice.clone());
    };
    let v = given.display();
    let p =
        std::fs::canonicalize(given).map_err(|e| anyhow!("opening seccomp profile {v}: {e}"))?;
    let data = std::fs::read(&p)?;
    seccomp::compile_profile(&data, &[]).with_context(|| format!("seccomp profile {v}"))?;
    Ok(Seccomp::Profile(p))
}

/// The filter a container's processes get with these capabilities (None: unconfined).
/// Compiled filters are kept in `<runroot>/seccomp/`, named by a digest of the profile, the
/// capabilities and this binary's version: the next start or exec with the same inputs reads
/// the few KiB of BPF instead of compiling the profile again (which costs time and ~300 KiB
/// of peak memory on the run path). The runroot is the user's own and gone at reboot.
pub fn compile_seccomp(
    engine: &Engine,
    choice: &Seccomp,
    caps: &[String],
) -> Result<Option<seccomp::Compiled>> {
    let profile: std::borrow::Cow<[u8]> = match choice {
        Seccomp::Unconfined => return Ok(None),
        Seccomp::Default => seccomp::default_profile().into(),
        Seccomp::Profile(path) => std::fs::read(path)
            .with_context(|| format!("reading seccomp profile {}", path.display()))?
            .into(),
    };
    let mut key = Vec::with_capacity(profile.len() + 256);
    key.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
    key.push(0);
    key.extend_from_slice(caps.join(",").as_bytes());
    key.push(0);
    key.extend_from_slice(&profile);
    let digest = sha256_digest(&key);
    let dir = engine.store.runroot.join("seccomp");
    let file = dir.join(format!("{}.bpf", digest.trim_start_matches("sha256:")));
    if let Some(c) = std::fs::read(&file)
        .ok()
        .and_then(|b| seccomp::Compiled::from_bytes(&b))
    {
        return Ok(Some(c));
    }
    let compiled = match choice {
        Seccomp::Default => seccomp::compile_default(caps)?,
        _ => seccomp::compile_profile(&profile, caps)?,
    };
    // A cache that cannot be written only costs the next start a compile.
    if mkdir_p(&dir).is_ok() {
        let _ = write_file(&file, &compiled.to_bytes(), false);
    }
    Ok(Some(compiled))
}

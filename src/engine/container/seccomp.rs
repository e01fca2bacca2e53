//! Seccomp on the engine's side: a profile file checked at create time, and the filter
//! compiled for a start or an exec with the process's capabilities.

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
pub fn compile_seccomp(choice: &Seccomp, caps: &[String]) -> Result<Option<seccomp::Compiled>> {
    Ok(match choice {
        Seccomp::Unconfined => None,
        Seccomp::Default => Some(seccomp::compile_default(caps)?),
        Seccomp::Profile(path) => {
            let data = std::fs::read(path)
                .with_context(|| format!("reading seccomp profile {}", path.display()))?;
            Some(seccomp::compile_profile(&data, caps)?)
        }
    })
}

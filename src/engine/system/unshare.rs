//! `unshare`: a command in the user namespace (with a private mount namespace), told where the
//! store is.

use crate::engine::Engine;
use anyhow::Result;

/// Run `argv` as root of the user namespace; its exit status.
pub fn unshare(engine: &Engine, argv: &[String]) -> Result<i32> {
    let env = vec![
        (
            "CONTAINERS_GRAPHROOT".to_string(),
            engine.store.root.display().to_string(),
        ),
        (
            "CONTAINERS_RUNROOT".to_string(),
            engine.store.runroot.display().to_string(),
        ),
    ];
    crate::runtime::exec_in_userns(engine.idmap(), argv, &env)
}

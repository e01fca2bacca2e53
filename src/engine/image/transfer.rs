//! What pull, push and login share: the registry client's options, the progress events the CLI
//! draws, and the `docker://` transport prefix.

pub use crate::registry::ClientOpts;
use anyhow::{bail, Result};

/// What pull and push report while they work; the CLI renders it (bars, lines or nothing).
/// Events for blobs come from the download threads.
#[derive(Debug, Clone, Copy)]
pub enum Event<'a> {
    /// A step: "Getting image source signatures", "Writing manifest to image destination".
    Step(&'a str),
    /// A blob starts moving. `kind` is "blob" or "config", `id` the digest's first 12 hex
    /// digits, `total` its size.
    Start {
        kind: &'a str,
        id: &'a str,
        total: u64,
    },
    /// Bytes of blob `id` moved so far (lower again when a download is retried).
    Bytes { id: &'a str, done: u64 },
    /// Blob `id` moved.
    Done { kind: &'a str, id: &'a str },
    /// Not moved: the destination has it already.
    Skipped { kind: &'a str, id: &'a str },
}

/// Receives `Event`s; called from several threads.
pub trait Progress: Sync {
    fn report(&self, ev: Event<'_>);
}

impl<F: Fn(Event<'_>) + Sync> Progress for F {
    fn report(&self, ev: Event<'_>) {
        self(ev)
    }
}

/// The first 12 hex digits of a digest, as progress shows it.
pub fn short_id(digest: &str) -> &str {
    let h = digest.trim_start_matches("sha256:");
    &h[..h.len().min(12)]
}

/// Strip a `docker://` transport prefix; other transports are not supported here.
pub fn strip_transport(s: &str) -> Result<&str> {
    if let Some(r) = s.strip_prefix("docker://") {
        return Ok(r);
    }
    if let Some((t, _)) = s.split_once(':') {
        if matches!(
            t,
            "oci"
                | "oci-archive"
                | "docker-archive"
                | "dir"
                | "containers-storage"
                | "docker-daemon"
        ) {
            bail!("unsupported transport {t:?} in {s:?}: only docker:// is supported");
        }
    }
    Ok(s)
}

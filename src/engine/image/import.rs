//! `import`: a root filesystem tarball becomes a one-layer image.

use super::changes::apply_changes;
use super::ingest::{commit_new_image, stage_layers, Staging};
use crate::engine::system::events;
use crate::engine::Engine;
use crate::store::layer_tar::{read_up_to, tar_checksum_ok};
use crate::store::now_nanos;
use crate::store::reference::Reference;
use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};

pub struct ImportOpts {
    /// A file path or "-" for stdin.
    pub source: String,
    pub reference: Option<String>,
    pub changes: Vec<String>,
    pub message: Option<String>,
}

fn host_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "arm" => "arm",
        "powerpc64" => "ppc64le",
        "s390x" => "s390x",
        "riscv64" => "riscv64",
        other => other,
    }
}

/// Copy `source` ("-" = stdin) into a file under `dir`.
fn spool(source: &str, dir: &Path, name: &str) -> Result<PathBuf> {
    let dest = dir.join(name);
    if source == "-" {
        let mut f = std::fs::File::create(&dest)?;
        std::io::copy(&mut std::io::stdin().lock(), &mut f).context("reading standard input")?;
    } else {
        std::fs::copy(source, &dest).with_context(|| format!("reading {source}"))?;
    }
    Ok(dest)
}

/// `import`: a root filesystem tarball becomes a one-layer image. Returns the image ID.
pub fn import(engine: &Engine, opts: &ImportOpts) -> Result<String> {
    let names = match &opts.reference {
        Some(r) => vec![Reference::parse_local(r)?.to_string()],
        None => Vec::new(),
    };
    let staging = Staging::new(engine)?;
    let blob = spool(&opts.source, &staging.dir, "rootfs.tar")?;
    check_is_tar(&blob)?;
    let staged = stage_layers(engine, &staging.dir, vec![(blob, None, None)])?;
    let now = crate::model::time::rfc3339(now_nanos());
    let mut config = serde_json::json!({
        "created": now,
        "architecture": host_arch(),
        "os": "linux",
        "config": {},
        "rootfs": {"type": "layers", "diff_ids": staged.iter().map(|s| s.layer.diff_id.clone()).collect::<Vec<_>>()},
        "history": [{
            "created": now,
            "created_by": format!("/bin/sh -c #(nop) ADD file:{} in / ", staged[0].layer.diff_id.trim_start_matches("sha256:")),
            "comment": opts.message.clone().unwrap_or_default(),
        }],
    });
    apply_changes(&mut config, &opts.changes)?;
    let rec = commit_new_image(engine, &staged, &config, &names)?;
    events::image(
        engine,
        "import",
        &rec.id,
        names.first().map_or("", |n| n.as_str()),
    );
    Ok(rec.id)
}

/// A quick check that a file is a (possibly compressed) tar, for a clear error.
fn check_is_tar(path: &Path) -> Result<()> {
    let f = std::fs::File::open(path)?;
    let mut r = crate::store::layer_tar::decompressed(f)?;
    let mut head = vec![0u8; 512];
    let got = read_up_to(&mut r, &mut head).map_err(|e| anyhow!("not a valid tar archive: {e}"))?;
    if got == 0 {
        bail!("not a valid tar archive: the input is empty");
    }
    if got < 512 || (&head[257..262] != b"ustar" && head.iter().any(|&b| b != 0)) {
        // Old v7 tars have no magic; accept them when the header checksum is right.
        if got < 512 || !tar_checksum_ok(&head) {
            bail!("not a valid tar archive");
        }
    }
    Ok(())
}

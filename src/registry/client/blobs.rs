//! Reading blobs: redirects followed without forwarding credentials to another host, layers
//! streamed to a file through sha256 (and size) verification with retries, small blobs into
//! memory, and existence checks.

use super::transport::{
    backoff, host_of, is_redirect, resolve, response_error, Body, OnBytes, ATTEMPTS,
};
use super::{Client, MAX_DOC};
use anyhow::{anyhow, bail, Context, Result};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::Path;

impl Client {
    /// Open a blob for reading, following redirects; Authorization goes only to the
    /// registry's own host.
    pub fn open_blob(&self, repo: &str, digest: &str, scope: &str) -> Result<ureq::Response> {
        let mut url = self.url(repo, &format!("blobs/{digest}"));
        let home = host_of(&self.base).to_string();
        for _ in 0..10 {
            let resp = if host_of(&url) == home {
                self.send("GET", &url, scope, &[], &Body::Empty)?
            } else {
                self.raw("GET", &url, &[], None, &Body::Empty)?
            };
            let st = resp.status();
            if is_redirect(st) {
                let loc = resp
                    .header("location")
                    .ok_or_else(|| anyhow!("redirect without a location fetching {digest}"))?;
                url = resolve(&url, loc);
                continue;
            }
            if st != 200 {
                return Err(response_error(resp));
            }
            return Ok(resp);
        }
        bail!("too many redirects fetching {digest}")
    }

    /// Download a blob into `dest`, verifying its digest (and size when known); retried on
    /// network errors. Nothing is left at `dest` on failure. `progress` gets the bytes
    /// received so far.
    pub fn fetch_blob(
        &self,
        repo: &str,
        digest: &str,
        size: Option<u64>,
        scope: &str,
        dest: &Path,
        progress: OnBytes,
    ) -> Result<()> {
        let mut attempt = 0;
        loop {
            let res = self.fetch_blob_once(repo, digest, size, scope, dest, progress);
            match res {
                Ok(()) => return Ok(()),
                Err(e) => {
                    let _ = std::fs::remove_file(dest);
                    let transient = e.downcast_ref::<std::io::Error>().is_some();
                    attempt += 1;
                    if !transient || attempt >= ATTEMPTS {
                        return Err(e);
                    }
                    std::thread::sleep(backoff(attempt - 1));
                }
            }
        }
    }

    fn fetch_blob_once(
        &self,
        repo: &str,
        digest: &str,
        size: Option<u64>,
        scope: &str,
        dest: &Path,
        progress: OnBytes,
    ) -> Result<()> {
        let resp = self.open_blob(repo, digest, scope)?;
        progress(0);
        let mut r = resp.into_reader();
        let mut f = std::io::BufWriter::new(
            std::fs::File::create(dest).with_context(|| format!("creating {}", dest.display()))?,
        );
        let mut h = Sha256::new();
        let mut n: u64 = 0;
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let k = r.read(&mut buf)?;
            if k == 0 {
                break;
            }
            h.update(&buf[..k]);
            f.write_all(&buf[..k])?;
            n += k as u64;
            progress(n);
            if size.is_some_and(|s| n > s) {
                bail!(
                    "blob {digest} is larger than its descriptor says ({n} > {})",
                    size.unwrap_or(0)
                );
            }
        }
        f.flush()?;
        let got = format!("sha256:{}", hex::encode(h.finalize()));
        if got != digest {
            bail!("digest mismatch for blob {digest}: got {got}");
        }
        if let Some(s) = size {
            if s != n {
                bail!("blob {digest} has {n} bytes, its descriptor says {s}");
            }
        }
        Ok(())
    }

    /// Fetch a small blob (a config) into memory, verified.
    pub fn get_blob_bytes(&self, repo: &str, digest: &str, scope: &str) -> Result<Vec<u8>> {
        let resp = self.open_blob(repo, digest, scope)?;
        let mut b = Vec::new();
        resp.into_reader()
            .take(MAX_DOC * 4 + 1)
            .read_to_end(&mut b)?;
        if b.len() as u64 > MAX_DOC * 4 {
            bail!("blob {digest} is larger than {} MiB", (MAX_DOC * 4) >> 20);
        }
        let got = crate::fsutil::sha256_digest(&b);
        if got != digest {
            bail!("digest mismatch for blob {digest}: got {got}");
        }
        Ok(b)
    }

    pub fn blob_exists(&self, repo: &str, digest: &str, scope: &str) -> Result<bool> {
        let resp = self.send(
            "HEAD",
            &self.url(repo, &format!("blobs/{digest}")),
            scope,
            &[],
            &Body::Empty,
        )?;
        match resp.status() {
            200 => Ok(true),
            404 => Ok(false),
            _ => Err(response_error(resp)),
        }
    }
}

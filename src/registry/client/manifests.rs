//! Manifests: fetched by tag or digest with every media type skiff reads, and pushed.

use super::transport::{response_error, Body};
use super::{Client, MAX_DOC};
use crate::registry::manifest;
use anyhow::{bail, Result};
use std::io::Read;

impl Client {
    /// Fetch a manifest by tag or digest: (bytes, media type).
    pub fn get_manifest(
        &self,
        repo: &str,
        reference: &str,
        scope: &str,
    ) -> Result<(Vec<u8>, String)> {
        let accept = manifest::accept();
        let resp = self.send(
            "GET",
            &self.url(repo, &format!("manifests/{reference}")),
            scope,
            &[("Accept", accept.as_str())],
            &Body::Empty,
        )?;
        if resp.status() != 200 {
            return Err(response_error(resp));
        }
        let ct = resp.header("content-type").map(String::from);
        let mut b = Vec::new();
        resp.into_reader().take(MAX_DOC + 1).read_to_end(&mut b)?;
        if b.len() as u64 > MAX_DOC {
            bail!(
                "the manifest {reference} of {repo} is larger than {} MiB",
                MAX_DOC >> 20
            );
        }
        let mt = manifest::media_type(ct.as_deref(), &b);
        Ok((b, mt))
    }

    pub fn put_manifest(
        &self,
        repo: &str,
        reference: &str,
        bytes: &[u8],
        media_type: &str,
        scope: &str,
    ) -> Result<()> {
        let resp = self.send(
            "PUT",
            &self.url(repo, &format!("manifests/{reference}")),
            scope,
            &[],
            &Body::Bytes(bytes, media_type),
        )?;
        if resp.status() != 201 {
            return Err(response_error(resp));
        }
        Ok(())
    }
}

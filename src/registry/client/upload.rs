//! Uploading blobs: a cross-repository mount when the blob is in another repository of the
//! registry, else an upload session finished by one PUT, or for large files PATCHes of `CHUNK`
//! bytes then a PUT with the digest.

use super::transport::{resolve, response_error, urlencode, Body, OnBytes};
use super::Client;
use anyhow::{anyhow, Result};
use std::path::Path;

/// Blobs larger than this are uploaded in chunks (POST, PATCH..., PUT).
pub const CHUNKED_ABOVE: u64 = 32 << 20;
/// The size of one PATCH.
pub const CHUNK: u64 = 16 << 20;

/// The answer to a cross-repository mount request.
enum Mount {
    Mounted,
    /// The registry opened an ordinary upload session at this location instead.
    Session(String),
    Refused,
}

/// The location of the upload session `resp` (to the POST at `start`) opened.
fn session_location(start: &str, resp: &ureq::Response) -> Result<String> {
    let loc = resp
        .header("location")
        .ok_or_else(|| anyhow!("the registry started an upload without a location"))?;
    Ok(resolve(start, loc))
}

impl Client {
    /// Upload a blob: POST to start an upload, then one PUT with the content and digest (a
    /// file larger than `CHUNKED_ABOVE`: PATCHes of `CHUNK` bytes, then a PUT with the
    /// digest; one PUT when the registry refuses PATCH). With
    /// `from` (a repository on the same registry) the POST asks to mount the blob from there
    /// (`?mount=DIGEST&from=REPO`): true when it was mounted (201); a 202 is an ordinary upload
    /// session, used for the upload.
    pub fn mount_or_upload_blob(
        &self,
        repo: &str,
        digest: &str,
        from: Option<&str>,
        body: &Body,
        scope: &str,
    ) -> Result<bool> {
        let session = match from {
            Some(f) => match self.try_mount(repo, digest, f, scope)? {
                Mount::Mounted => return Ok(true),
                Mount::Session(loc) => loc,
                // Mount refused (no access to the source, ...): a plain upload.
                Mount::Refused => self.start_upload(repo, scope)?,
            },
            None => self.start_upload(repo, scope)?,
        };
        self.upload(repo, &session, digest, body, scope)?;
        Ok(false)
    }

    /// POST `?mount=DIGEST&from=FROM`: mounted (201), an ordinary upload session (202), or
    /// refused (anything else).
    fn try_mount(&self, repo: &str, digest: &str, from: &str, scope: &str) -> Result<Mount> {
        let start = self.url(
            repo,
            &format!(
                "blobs/uploads/?mount={}&from={}",
                urlencode(digest),
                urlencode(from)
            ),
        );
        // A mount needs pull access to the source repository as well.
        let post_scope = if scope.starts_with("repository:") {
            format!("{scope} repository:{from}:pull")
        } else {
            scope.to_string()
        };
        let resp = self.send(
            "POST",
            &start,
            &post_scope,
            &[("Content-Length", "0")],
            &Body::Empty,
        )?;
        Ok(match resp.status() {
            201 => Mount::Mounted,
            202 => Mount::Session(session_location(&start, &resp)?),
            _ => Mount::Refused,
        })
    }

    /// POST to start an upload session: its location.
    fn start_upload(&self, repo: &str, scope: &str) -> Result<String> {
        let start = self.url(repo, "blobs/uploads/");
        let resp = self.send(
            "POST",
            &start,
            scope,
            &[("Content-Length", "0")],
            &Body::Empty,
        )?;
        if resp.status() != 202 {
            return Err(response_error(resp));
        }
        session_location(&start, &resp)
    }

    /// Send `body` into the session at `loc`: chunked for a file above `CHUNKED_ABOVE` (in a
    /// new session with one PUT when the registry refuses PATCH), else one PUT.
    fn upload(&self, repo: &str, loc: &str, digest: &str, body: &Body, scope: &str) -> Result<()> {
        if let Body::File {
            path,
            offset: 0,
            len,
            progress,
        } = body
        {
            if *len > CHUNKED_ABOVE {
                if self.upload_chunked(loc, digest, path, *len, *progress, scope)? {
                    return Ok(());
                }
                // PATCH refused: a new session and one PUT.
                let loc = self.start_upload(repo, scope)?;
                return self.put_upload(&loc, digest, body, scope);
            }
        }
        self.put_upload(loc, digest, body, scope)
    }

    /// Finish an upload session at `loc` with a PUT carrying `body` and the digest.
    fn put_upload(&self, loc: &str, digest: &str, body: &Body, scope: &str) -> Result<()> {
        let sep = if loc.contains('?') { '&' } else { '?' };
        let put = format!("{loc}{sep}digest={}", urlencode(digest));
        let empty: &[(&str, &str)] = match body {
            Body::Empty => &[("Content-Length", "0")],
            _ => &[],
        };
        let resp = self.send("PUT", &put, scope, empty, body)?;
        if resp.status() != 201 {
            return Err(response_error(resp).context(format!("uploading blob {digest}")));
        }
        Ok(())
    }

    /// A chunked upload into the session at `loc`: PATCHes of `CHUNK` bytes with
    /// `Content-Range`, then a PUT with the digest and no body. False when the registry
    /// refuses the first PATCH (the caller uploads in one PUT instead).
    fn upload_chunked(
        &self,
        loc: &str,
        digest: &str,
        path: &Path,
        len: u64,
        progress: Option<OnBytes>,
        scope: &str,
    ) -> Result<bool> {
        let mut loc = loc.to_string();
        let mut offset = 0;
        while offset < len {
            let n = CHUNK.min(len - offset);
            let range = format!("{offset}-{}", offset + n - 1);
            let resp = self.send(
                "PATCH",
                &loc,
                scope,
                &[("Content-Range", range.as_str())],
                &Body::File {
                    path,
                    offset,
                    len: n,
                    progress,
                },
            )?;
            match resp.status() {
                202 => {}
                400 | 404 | 405 | 416 | 501 if offset == 0 => return Ok(false),
                _ => {
                    return Err(response_error(resp)
                        .context(format!("uploading blob {digest} (bytes {range})")))
                }
            }
            if let Some(l) = resp.header("location") {
                loc = resolve(&loc, l);
            }
            offset += n;
        }
        self.put_upload(&loc, digest, &Body::Empty, scope)?;
        Ok(true)
    }
}

//! The registry client's transport: request bodies that can be sent again, one request retried
//! with back-off on transient failures, URL helpers, and registry errors as one line.

use super::Client;
use anyhow::{anyhow, Context, Result};
use std::io::Read;
use std::path::Path;
use std::time::Duration;

/// Reports the bytes of a blob moved so far (absolute; a retry starts again lower).
pub type OnBytes<'a> = &'a (dyn Fn(u64) + Sync);

/// A request body that can be sent again on retry.
pub enum Body<'a> {
    Empty,
    Bytes(&'a [u8], &'a str),
    /// `len` bytes of a file from `offset`; `progress` gets the file position reached.
    File {
        path: &'a Path,
        offset: u64,
        len: u64,
        progress: Option<OnBytes<'a>>,
    },
}

/// A reader reporting the position it reached.
struct Counting<'a, R> {
    inner: R,
    pos: u64,
    progress: Option<OnBytes<'a>>,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        if let Some(p) = self.progress {
            p(self.pos);
        }
        Ok(n)
    }
}

/// Tries of one request (or one blob download) before giving up.
pub(super) const ATTEMPTS: u32 = 4;

/// The pause after failed try number `attempt` (0-based): 250 ms, 1 s, 4 s, then 16 s.
pub(super) fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(250 * (1 << (2 * attempt.min(3))))
}

/// `registry_error_code` → `registry error code`, as podman prints codes.
fn code_text(code: &str) -> String {
    code.to_ascii_lowercase().replace('_', " ")
}

/// A one-line error from a failed response: the registry's `errors[].code/message`, else the
/// HTTP status.
pub fn response_error(resp: ureq::Response) -> anyhow::Error {
    let status = resp.status();
    let text = resp.status_text().to_string();
    let mut body = Vec::new();
    let _ = resp.into_reader().take(64 << 10).read_to_end(&mut body);
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    let mut parts = Vec::new();
    if let Some(errs) = v["errors"].as_array() {
        for e in errs {
            let code = e["code"].as_str().map(code_text).unwrap_or_default();
            let msg = e["message"].as_str().unwrap_or("");
            parts.push(match (code.is_empty(), msg.is_empty()) {
                (false, false) => format!("{code}: {msg}"),
                (false, true) => code,
                _ => msg.to_string(),
            });
        }
    }
    if parts.is_empty() {
        if let Some(d) = v["details"].as_str().or(v["error"].as_str()) {
            parts.push(d.to_string());
        }
    }
    if parts.is_empty() {
        match status {
            401 => parts.push("unauthorized: authentication required".into()),
            403 => parts.push("denied: requested access to the resource is denied".into()),
            _ => parts.push(format!("received unexpected HTTP status: {status} {text}")),
        }
    }
    anyhow!(parts.join("; "))
}

/// `scheme://host[:port]/...` → `host[:port]`.
pub(super) fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    rest.split(['/', '?']).next().unwrap_or(rest)
}

/// Resolve a Location header against the URL it came from.
pub(super) fn resolve(base: &str, loc: &str) -> String {
    if loc.contains("://") {
        return loc.to_string();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("https", base));
    let host = rest.split(['/', '?']).next().unwrap_or(rest);
    if loc.starts_with('/') {
        format!("{scheme}://{host}{loc}")
    } else {
        let dir = match base.rfind('/') {
            Some(i) if i > scheme.len() + 3 => &base[..=i],
            _ => base,
        };
        format!("{dir}{loc}")
    }
}

pub(super) fn is_redirect(s: u16) -> bool {
    matches!(s, 301 | 302 | 303 | 307 | 308)
}

/// Percent-encode all but the unreserved characters (for a query parameter's value).
pub(super) fn urlencode(s: &str) -> String {
    let mut o = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            o.push(b as char);
        } else {
            o.push_str(&format!("%{b:02X}"));
        }
    }
    o
}

impl Client {
    /// One request, retried with back-off on transport errors and (GET/HEAD) on 429/502/503/504;
    /// other HTTP error statuses are returned as responses.
    pub(super) fn raw(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        auth: Option<&str>,
        body: &Body,
    ) -> Result<ureq::Response> {
        let mut attempt = 0;
        loop {
            let mut req = self.agent.request(method, url);
            for (k, v) in headers {
                req = req.set(k, v);
            }
            if let Some(a) = auth {
                req = req.set("Authorization", a);
            }
            let res = match body {
                Body::Empty => req.call(),
                Body::Bytes(b, ct) => req.set("Content-Type", ct).send_bytes(b),
                Body::File {
                    path,
                    offset,
                    len,
                    progress,
                } => {
                    use std::io::Seek;
                    let mut f = std::fs::File::open(path)
                        .with_context(|| format!("opening {}", path.display()))?;
                    f.seek(std::io::SeekFrom::Start(*offset))
                        .with_context(|| format!("reading {}", path.display()))?;
                    let r = Counting {
                        inner: std::io::BufReader::with_capacity(1 << 16, f).take(*len),
                        pos: *offset,
                        progress: *progress,
                    };
                    req.set("Content-Type", "application/octet-stream")
                        .set("Content-Length", &len.to_string())
                        .send(r)
                }
            };
            match res {
                Ok(r) => return Ok(r),
                Err(ureq::Error::Status(code, r)) => {
                    // Overload and gateway errors on reads are worth another try.
                    let idempotent = method == "GET" || method == "HEAD";
                    if idempotent && matches!(code, 429 | 502 | 503 | 504) && attempt + 1 < ATTEMPTS
                    {
                        attempt += 1;
                        std::thread::sleep(backoff(attempt - 1));
                        continue;
                    }
                    return Ok(r);
                }
                Err(ureq::Error::Transport(t)) => {
                    let permanent = matches!(
                        t.kind(),
                        ureq::ErrorKind::InvalidUrl
                            | ureq::ErrorKind::UnknownScheme
                            | ureq::ErrorKind::Dns
                            | ureq::ErrorKind::BadStatus
                    ) || t.to_string().contains("certificate")
                        || t.to_string().contains("InvalidContentType");
                    attempt += 1;
                    if permanent || attempt >= ATTEMPTS {
                        let msg = t.to_string();
                        let msg = msg.strip_prefix(&format!("{url}: ")).unwrap_or(&msg);
                        return Err(anyhow!("{method} \"{url}\": {msg}"));
                    }
                    std::thread::sleep(backoff(attempt - 1));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_resolve() {
        assert_eq!(
            resolve(
                "http://h:5000/v2/a/blobs/uploads/",
                "/v2/a/blobs/uploads/x?s=1"
            ),
            "http://h:5000/v2/a/blobs/uploads/x?s=1"
        );
        assert_eq!(resolve("http://h/v2/a", "https://cdn/x"), "https://cdn/x");
        assert_eq!(host_of("https://cdn.example:443/x?y"), "cdn.example:443");
        assert_eq!(
            urlencode("repository:a/b:pull"),
            "repository%3Aa%2Fb%3Apull"
        );
        assert_eq!(code_text("MANIFEST_UNKNOWN"), "manifest unknown");
    }
}

//! A blocking client for the registry HTTP API v2: `/v2/` ping, Basic and Bearer token
//! authentication (tokens cached per scope, one retry on 401), manifests, blobs (redirects
//! followed without forwarding credentials to another host), uploads, and transient network
//! errors retried with back-off.

use super::manifest;
use anyhow::{anyhow, bail, Context, Result};
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// How to reach a registry.
#[derive(Debug, Clone, Default)]
pub struct ClientOpts {
    /// `--tls-verify`; None uses the registries.conf `insecure` setting (verify by default).
    pub tls_verify: Option<bool>,
    pub cert_dir: Option<PathBuf>,
    pub authfile: Option<PathBuf>,
    /// Explicit credentials (login, `--creds`); otherwise read from the auth files.
    pub creds: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
enum Challenge {
    None,
    Basic,
    Bearer {
        realm: String,
        service: Option<String>,
    },
}

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

/// Blobs larger than this are uploaded in chunks (POST, PATCH..., PUT).
pub const CHUNKED_ABOVE: u64 = 32 << 20;
/// The size of one PATCH.
pub const CHUNK: u64 = 16 << 20;

pub struct Client {
    /// `https://host` or `http://host`.
    base: String,
    agent: ureq::Agent,
    creds: Option<(String, String)>,
    challenge: Mutex<Challenge>,
    tokens: Mutex<HashMap<String, String>>,
}

const ATTEMPTS: u32 = 4;
const MAX_DOC: u64 = 8 << 20;

fn backoff(attempt: u32) -> Duration {
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

/// Parse `Bearer realm="..",service="..",scope=".."` or `Basic realm=".."`.
fn parse_challenge(h: &str) -> Option<(Challenge, HashMap<String, String>)> {
    let h = h.trim();
    let (scheme, rest) = h.split_once(' ').unwrap_or((h, ""));
    let mut params = HashMap::new();
    let mut s = rest.trim();
    while !s.is_empty() {
        let Some((k, after)) = s.split_once('=') else {
            break;
        };
        let k = k.trim().trim_start_matches(',').trim().to_ascii_lowercase();
        let after = after.trim_start();
        let (v, next) = if let Some(q) = after.strip_prefix('"') {
            let end = q.find('"').unwrap_or(q.len());
            (q[..end].to_string(), q.get(end + 1..).unwrap_or(""))
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (after[..end].trim().to_string(), &after[end..])
        };
        params.insert(k, v);
        s = next.trim_start().trim_start_matches(',').trim_start();
    }
    match scheme.to_ascii_lowercase().as_str() {
        "bearer" => Some((
            Challenge::Bearer {
                realm: params.get("realm")?.clone(),
                service: params.get("service").cloned(),
            },
            params,
        )),
        "basic" => Some((Challenge::Basic, params)),
        _ => None,
    }
}

fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    rest.split(['/', '?']).next().unwrap_or(rest)
}

/// Resolve a Location header against the URL it came from.
fn resolve(base: &str, loc: &str) -> String {
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

fn is_redirect(s: u16) -> bool {
    matches!(s, 301 | 302 | 303 | 307 | 308)
}

impl Client {
    /// Connect to `registry` (a host with optional port): build TLS, find credentials for
    /// `repo`, and ping `/v2/` (falling back to plain HTTP when TLS is not verified).
    pub fn connect(
        registry: &str,
        repo: &str,
        insecure: bool,
        opts: &ClientOpts,
    ) -> Result<Client> {
        let verify = opts.tls_verify.unwrap_or(!insecure);
        let api = super::api_host(registry).to_string();
        let tls = super::tls::client_config(&api, verify, opts.cert_dir.as_deref())?;
        let agent = ureq::AgentBuilder::new()
            .tls_config(tls)
            .redirects(0)
            .timeout_connect(Duration::from_secs(15))
            .timeout_read(Duration::from_secs(120))
            .timeout_write(Duration::from_secs(120))
            .user_agent(concat!("skiff/", env!("CARGO_PKG_VERSION")))
            .build();
        let creds = match &opts.creds {
            Some(c) => Some(c.clone()),
            None => {
                super::auth::lookup(opts.authfile.as_deref(), &super::auth_key(registry), repo)?
            }
        };
        let mut c = Client {
            base: format!("https://{api}"),
            agent,
            creds,
            challenge: Mutex::new(Challenge::None),
            tokens: Mutex::new(HashMap::new()),
        };
        let resp = match c.raw("GET", &format!("{}/v2/", c.base), &[], None, &Body::Empty) {
            Ok(r) => r,
            Err(e) if !verify => {
                let http = format!("http://{api}");
                match c.raw("GET", &format!("{http}/v2/"), &[], None, &Body::Empty) {
                    Ok(r) => {
                        c.base = http;
                        r
                    }
                    Err(_) => {
                        return Err(e.context(format!("pinging container registry {registry}")))
                    }
                }
            }
            Err(e) => return Err(e.context(format!("pinging container registry {registry}"))),
        };
        match resp.status() {
            200..=299 => {}
            401 => {
                let ch = resp
                    .header("www-authenticate")
                    .and_then(parse_challenge)
                    .map(|(c, _)| c)
                    .unwrap_or(Challenge::Basic);
                *c.challenge
                    .get_mut()
                    .map_err(|_| anyhow!("lock poisoned"))? = ch;
            }
            _ => {
                return Err(
                    response_error(resp).context(format!("pinging container registry {registry}"))
                )
            }
        }
        Ok(c)
    }

    fn basic(&self) -> Option<String> {
        self.creds.as_ref().map(|(u, p)| {
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))
            )
        })
    }

    /// One request, retried with back-off on transport errors and (GET/HEAD) on 429/502/503/504;
    /// other HTTP error statuses are returned as responses.
    fn raw(
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

    /// A Bearer token for `scope` ("" for none), fetched with the credentials if any.
    fn token(&self, scope: &str) -> Result<String> {
        if let Some(t) = self
            .tokens
            .lock()
            .map_err(|_| anyhow!("lock poisoned"))?
            .get(scope)
        {
            return Ok(t.clone());
        }
        let ch = self
            .challenge
            .lock()
            .map_err(|_| anyhow!("lock poisoned"))?
            .clone();
        let Challenge::Bearer { realm, service } = ch else {
            bail!("no token realm");
        };
        let mut q = Vec::new();
        if let Some(s) = &service {
            q.push(format!("service={}", urlencode(s)));
        }
        // Several scopes (space-separated, as in a challenge) are several `scope` parameters.
        for sc in scope.split_whitespace() {
            q.push(format!("scope={}", urlencode(sc)));
        }
        let url = if q.is_empty() {
            realm.clone()
        } else if realm.contains('?') {
            format!("{realm}&{}", q.join("&"))
        } else {
            format!("{realm}?{}", q.join("&"))
        };
        let basic = self.basic();
        let resp = self
            .raw("GET", &url, &[], basic.as_deref(), &Body::Empty)
            .context("requesting a registry token")?;
        if resp.status() != 200 {
            return Err(response_error(resp));
        }
        let mut b = Vec::new();
        resp.into_reader().take(MAX_DOC).read_to_end(&mut b)?;
        let v: serde_json::Value =
            serde_json::from_slice(&b).context("the token server sent no JSON")?;
        let tok = v["token"]
            .as_str()
            .or(v["access_token"].as_str())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| anyhow!("the token server sent no token"))?
            .to_string();
        self.tokens
            .lock()
            .map_err(|_| anyhow!("lock poisoned"))?
            .insert(scope.to_string(), tok.clone());
        Ok(tok)
    }

    fn auth_for(&self, scope: &str) -> Result<Option<String>> {
        let ch = self
            .challenge
            .lock()
            .map_err(|_| anyhow!("lock poisoned"))?
            .clone();
        Ok(match ch {
            Challenge::None => None,
            Challenge::Basic => self.basic(),
            Challenge::Bearer { .. } => Some(format!("Bearer {}", self.token(scope)?)),
        })
    }

    /// An authenticated request to `url` with `scope`; on 401 the token is fetched again
    /// (with the scope the registry asks for) and the request retried once.
    pub fn send(
        &self,
        method: &str,
        url: &str,
        scope: &str,
        headers: &[(&str, &str)],
        body: &Body,
    ) -> Result<ureq::Response> {
        let mut scope = scope.to_string();
        let mut retried = false;
        loop {
            let auth = self.auth_for(&scope)?;
            let resp = self.raw(method, url, headers, auth.as_deref(), body)?;
            if resp.status() != 401 || retried {
                return Ok(resp);
            }
            retried = true;
            let Some((ch, params)) = resp.header("www-authenticate").and_then(parse_challenge)
            else {
                return Ok(resp);
            };
            if ch == Challenge::Basic && self.creds.is_none() {
                return Ok(resp);
            }
            if let Some(s) = params.get("scope") {
                if matches!(ch, Challenge::Bearer { .. }) {
                    scope = s.clone();
                }
            }
            self.tokens
                .lock()
                .map_err(|_| anyhow!("lock poisoned"))?
                .remove(&scope);
            *self
                .challenge
                .lock()
                .map_err(|_| anyhow!("lock poisoned"))? = ch;
        }
    }

    pub fn url(&self, repo: &str, tail: &str) -> String {
        format!("{}/v2/{repo}/{tail}", self.base)
    }

    /// Check the credentials (login): a token for no scope, or `/v2/` with Basic auth.
    pub fn check_login(&self) -> Result<()> {
        let ch = self
            .challenge
            .lock()
            .map_err(|_| anyhow!("lock poisoned"))?
            .clone();
        match ch {
            Challenge::None => Ok(()),
            Challenge::Bearer { .. } => self.token("").map(|_| ()),
            Challenge::Basic => {
                let url = format!("{}/v2/", self.base);
                let resp = self.raw("GET", &url, &[], self.basic().as_deref(), &Body::Empty)?;
                if resp.status() == 200 {
                    Ok(())
                } else {
                    Err(response_error(resp))
                }
            }
        }
    }

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
        resp.into_reader().take(MAX_DOC).read_to_end(&mut b)?;
        let mt = manifest::media_type(ct.as_deref(), &b);
        Ok((b, mt))
    }

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
        resp.into_reader().take(MAX_DOC * 4).read_to_end(&mut b)?;
        let got = crate::store::sha256_digest(&b);
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
        let start = match from {
            Some(f) => self.url(
                repo,
                &format!(
                    "blobs/uploads/?mount={}&from={}",
                    urlencode(digest),
                    urlencode(f)
                ),
            ),
            None => self.url(repo, "blobs/uploads/"),
        };
        // A mount needs pull access to the source repository as well.
        let post_scope = match from {
            Some(f) if scope.starts_with("repository:") => format!("{scope} repository:{f}:pull"),
            _ => scope.to_string(),
        };
        let resp = self.send(
            "POST",
            &start,
            &post_scope,
            &[("Content-Length", "0")],
            &Body::Empty,
        )?;
        if from.is_some() {
            match resp.status() {
                201 => return Ok(true),
                202 => {}
                // Mount refused (no access to the source, ...): a plain upload.
                _ => return self.mount_or_upload_blob(repo, digest, None, body, scope),
            }
        }
        if resp.status() != 202 {
            return Err(response_error(resp));
        }
        let loc = resp
            .header("location")
            .ok_or_else(|| anyhow!("the registry started an upload without a location"))?;
        let loc = resolve(&start, loc);
        match body {
            Body::File {
                path,
                offset: 0,
                len,
                progress,
            } if *len > CHUNKED_ABOVE => {
                if self.upload_chunked(&loc, digest, path, *len, *progress, scope)? {
                    return Ok(false);
                }
                // PATCH refused: a new session and one PUT.
                let resp = self.send(
                    "POST",
                    &self.url(repo, "blobs/uploads/"),
                    scope,
                    &[("Content-Length", "0")],
                    &Body::Empty,
                )?;
                if resp.status() != 202 {
                    return Err(response_error(resp));
                }
                let start = self.url(repo, "blobs/uploads/");
                let loc = resp
                    .header("location")
                    .ok_or_else(|| anyhow!("the registry started an upload without a location"))?;
                let loc = resolve(&start, loc);
                self.put_upload(&loc, digest, body, scope)?;
            }
            _ => self.put_upload(&loc, digest, body, scope)?,
        }
        Ok(false)
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

fn urlencode(s: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_parse() {
        let (c, p) = parse_challenge(
            r#"Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push""#,
        )
        .unwrap();
        assert_eq!(
            c,
            Challenge::Bearer {
                realm: "https://auth.example/token".into(),
                service: Some("registry.example".into())
            }
        );
        assert_eq!(p["scope"], "repository:a/b:pull,push");
        assert_eq!(
            parse_challenge(r#"Basic realm="Registry""#).unwrap().0,
            Challenge::Basic
        );
        assert!(parse_challenge("Negotiate").is_none());
    }

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

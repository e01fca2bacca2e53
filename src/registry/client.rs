//! A blocking client for the registry HTTP API v2: `/v2/` ping, Basic and Bearer token
//! authentication (tokens cached per scope, one retry on 401), manifests, blobs (redirects
//! followed without forwarding credentials to another host), uploads, and transient network
//! errors retried with back-off.
//!
//! One file per concern: `transport.rs` (request bodies, retries with back-off, URLs, registry
//! errors), `token.rs` (challenges, Basic and Bearer auth, the authenticated `send`, login
//! checks), `manifests.rs`, `blobs.rs` (reads, streamed and verified), `upload.rs` (mounts,
//! monolithic and chunked uploads).

mod blobs;
mod manifests;
mod token;
mod transport;
mod upload;

use anyhow::{anyhow, Result};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;
use token::{parse_challenge, Challenge};
use transport::response_error;

pub use transport::Body;

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

pub struct Client {
    /// `https://host` or `http://host`.
    base: String,
    agent: ureq::Agent,
    creds: Option<(String, String)>,
    challenge: Mutex<Challenge>,
    tokens: Mutex<HashMap<String, String>>,
}

const MAX_DOC: u64 = 8 << 20;

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

    pub fn url(&self, repo: &str, tail: &str) -> String {
        format!("{}/v2/{repo}/{tail}", self.base)
    }
}

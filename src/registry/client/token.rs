//! Authentication against a registry: the `WWW-Authenticate` challenge, Basic credentials,
//! Bearer tokens from the token server (cached per scope), and the authenticated request that
//! fetches a new token and retries once on 401.

use super::transport::{response_error, urlencode, Body};
use super::{Client, MAX_DOC};
use anyhow::{anyhow, bail, Context, Result};
use base64::Engine as _;
use std::collections::HashMap;
use std::io::Read;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Challenge {
    None,
    Basic,
    Bearer {
        realm: String,
        service: Option<String>,
    },
}

/// Parse `Bearer realm="..",service="..",scope=".."` or `Basic realm=".."`.
pub(super) fn parse_challenge(h: &str) -> Option<(Challenge, HashMap<String, String>)> {
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

impl Client {
    fn basic(&self) -> Option<String> {
        self.creds.as_ref().map(|(u, p)| {
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))
            )
        })
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
}

//! Replies, Docker-style errors, query strings and request bodies.

use bytes::Bytes;
use http_body_util::{combinators::UnsyncBoxBody, BodyExt, Full};
use hyper::{Response, StatusCode};
use serde_json::Value;

pub type Body = UnsyncBoxBody<Bytes, std::io::Error>;
pub type Reply = Response<Body>;

/// The largest JSON request body (container create with many settings fits easily).
pub const MAX_JSON_BODY: usize = 4 << 20;
/// The largest request head (hyper's read buffer bounds the headers).
pub const MAX_HEAD: usize = 64 << 10;

/// An error as Docker sends it: a status and `{"message": ...}`.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

pub type ApiResult<T> = std::result::Result<T, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }
    pub fn bad(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }
    pub fn conflict(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::CONFLICT, message)
    }
}

/// An engine error: 404 for a missing container or image, 409 for a state or name conflict,
/// else 500; the message is the engine's (podman's words).
impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> ApiError {
        use crate::store::containers::NoSuchContainer;
        use crate::store::images::NoSuchImage;
        let message = format!("{e:#}");
        let status = if e.chain().any(|c| {
            c.downcast_ref::<NoSuchContainer>().is_some()
                || c.downcast_ref::<NoSuchImage>().is_some()
        }) || message.contains("no such")
            || message.contains("not known")
        {
            StatusCode::NOT_FOUND
        } else if message.contains("already in use")
            || message.contains("state improper")
            || message.contains("is not running")
            || message.contains("is running")
            || message.contains("is paused")
        {
            StatusCode::CONFLICT
        } else if message.contains("invalid") || message.contains("must be") {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::INTERNAL_SERVER_ERROR
        };
        ApiError { status, message }
    }
}

impl From<std::io::Error> for ApiError {
    fn from(e: std::io::Error) -> ApiError {
        ApiError::from(anyhow::Error::from(e))
    }
}

pub fn full(data: impl Into<Bytes>) -> Body {
    Full::new(data.into())
        .map_err(|e| match e {})
        .boxed_unsync()
}

pub fn empty() -> Body {
    full(Bytes::new())
}

/// A reply with headers every answer carries.
pub fn reply(status: StatusCode, content_type: Option<&str>, body: Body) -> Reply {
    let mut b = Response::builder()
        .status(status)
        .header("Api-Version", super::API_VERSION)
        .header("Docker-Experimental", "false")
        .header("Ostype", "linux")
        .header(
            "Server",
            concat!("Skiff/", env!("CARGO_PKG_VERSION"), " (linux)"),
        );
    if let Some(t) = content_type {
        b = b.header("Content-Type", t);
    }
    b.body(body).unwrap_or_else(|_| Response::new(empty()))
}

pub fn json(status: StatusCode, v: &Value) -> Reply {
    let mut text = serde_json::to_vec(v).unwrap_or_default();
    text.push(b'\n');
    reply(status, Some("application/json"), full(text))
}

pub fn ok_json(v: &Value) -> Reply {
    json(StatusCode::OK, v)
}

pub fn no_content() -> Reply {
    reply(StatusCode::NO_CONTENT, None, empty())
}

pub fn error(e: &ApiError) -> Reply {
    json(e.status, &serde_json::json!({ "message": e.message }))
}

/// A query string's pairs, decoded.
#[derive(Debug, Default)]
pub struct Query(pub Vec<(String, String)>);

impl Query {
    pub fn parse(q: Option<&str>) -> Query {
        Query(
            form_urlencoded::parse(q.unwrap_or("").as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Docker's booleans: 1, true, True (anything else, or absent, is false).
    pub fn flag(&self, key: &str) -> bool {
        self.get(key)
            .is_some_and(|v| matches!(v, "1" | "true" | "True" | "TRUE"))
    }

    pub fn num<T: std::str::FromStr>(&self, key: &str) -> ApiResult<Option<T>> {
        match self.get(key) {
            None | Some("") => Ok(None),
            Some(v) => v
                .parse()
                .map(Some)
                .map_err(|_| ApiError::bad(format!("invalid value for {key}: {v:?}"))),
        }
    }

    /// The `filters` parameter: `{"key": ["v", ...]}` or the older `{"key": {"v": true}}`,
    /// as `key=v` strings (podman's filter spelling, which the engine takes).
    pub fn filters(&self) -> ApiResult<Vec<(String, String)>> {
        let Some(text) = self.get("filters").filter(|t| !t.is_empty()) else {
            return Ok(Vec::new());
        };
        let v: Value = serde_json::from_str(text)
            .map_err(|e| ApiError::bad(format!("invalid filter: {e}")))?;
        let Some(map) = v.as_object() else {
            return Err(ApiError::bad("invalid filter: not a JSON object"));
        };
        let mut out = Vec::new();
        for (k, vals) in map {
            match vals {
                Value::Array(a) => {
                    for x in a {
                        let s = x
                            .as_str()
                            .ok_or_else(|| ApiError::bad("invalid filter value"))?;
                        out.push((k.clone(), s.to_string()));
                    }
                }
                Value::Object(o) => {
                    for (x, on) in o {
                        if on.as_bool().unwrap_or(false) {
                            out.push((k.clone(), x.clone()));
                        }
                    }
                }
                _ => return Err(ApiError::bad("invalid filter value")),
            }
        }
        Ok(out)
    }
}

/// A JSON request body (an empty body is `null`).
pub fn parse_json<T: serde::de::DeserializeOwned>(body: &[u8]) -> ApiResult<T> {
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        &b"null"[..]
    } else {
        body
    };
    serde_json::from_slice(body).map_err(|e| ApiError::bad(format!("invalid JSON body: {e}")))
}

/// Seconds since the epoch of unix nanoseconds.
pub fn secs(nanos: i64) -> i64 {
    nanos / 1_000_000_000
}

/// Docker's human durations ("Up 5 seconds", "Exited (0) 2 minutes ago").
pub fn human_duration(d: std::time::Duration) -> String {
    let s = d.as_secs();
    match s {
        0 => "Less than a second".into(),
        1 => "1 second".into(),
        2..=59 => format!("{s} seconds"),
        60..=119 => "About a minute".into(),
        120..=3599 => format!("{} minutes", s / 60),
        3600..=7199 => "About an hour".into(),
        7200..=172_799 => format!("{} hours", s / 3600),
        172_800..=1_209_599 => format!("{} days", s / 86_400),
        1_209_600..=5_183_999 => format!("{} weeks", s / 604_800),
        5_184_000..=63_071_999 => format!("{} months", s / 2_592_000),
        _ => format!("{} years", s / 31_536_000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_both_forms() {
        let q = Query::parse(Some(
            "filters=%7B%22label%22%3A%5B%22a%3Db%22%5D%2C%22status%22%3A%7B%22running%22%3Atrue%7D%7D",
        ));
        let f = q.filters().unwrap();
        assert_eq!(
            f,
            vec![
                ("label".to_string(), "a=b".to_string()),
                ("status".to_string(), "running".to_string())
            ]
        );
        assert!(Query::parse(Some("filters=%5B1%5D")).filters().is_err());
    }

    #[test]
    fn durations_as_docker() {
        use std::time::Duration;
        assert_eq!(human_duration(Duration::from_secs(5)), "5 seconds");
        assert_eq!(human_duration(Duration::from_secs(90)), "About a minute");
        assert_eq!(human_duration(Duration::from_secs(7300)), "2 hours");
    }
}

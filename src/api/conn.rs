//! One connection: HTTP/1.1 with hyper on a current-thread runtime (no threads), the API
//! version prefix, routing, and the hijacked streams taken over after a 101.

use super::http::{self, ApiError, ApiResult, Query, Reply};
use crate::engine::{Engine, GlobalOpts};
use anyhow::Result;
use bytes::Bytes;
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use hyper::{HeaderMap, Method, Request, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::cell::RefCell;
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::rc::Rc;

/// What a hijacked stream does with the connection once the 101 is out: the socket (blocking)
/// and the bytes the client sent after its request that hyper read already.
pub type Job = Box<dyn FnOnce(&Engine, UnixStream, Vec<u8>)>;

/// A route's answer: a reply, or a 101 and the job that takes the connection over.
pub enum Out {
    Reply(Reply),
    Hijack(Reply, Job),
}

impl From<Reply> for Out {
    fn from(r: Reply) -> Out {
        Out::Reply(r)
    }
}

/// A request as the routes see it.
pub struct Req {
    pub method: Method,
    /// The path after the version prefix, split at `/` and decoded.
    pub segs: Vec<String>,
    pub query: Query,
    pub headers: HeaderMap,
    pub body: Bytes,
    /// Whether the client asked to upgrade the connection (`Upgrade: tcp`).
    pub upgrade: bool,
}

thread_local! {
    /// The connection's descriptors: forked children close them (see `child_close`).
    static CONN_FDS: RefCell<Vec<RawFd>> = const { RefCell::new(Vec::new()) };
}

/// Descriptors a child forked to stream an answer must not keep: the client connection.
pub fn child_close() -> Vec<RawFd> {
    CONN_FDS.with(|f| f.borrow().clone())
}

type Pending = Rc<RefCell<Option<(hyper::upgrade::OnUpgrade, Job)>>>;

/// Serve one connection until the client closes it (or a hijacked stream ends).
pub fn serve(g: &GlobalOpts, stream: &UnixStream) -> Result<()> {
    let own = stream.try_clone()?;
    own.set_nonblocking(true)?;
    CONN_FDS.with(|f| f.borrow_mut().extend([stream.as_raw_fd(), own.as_raw_fd()]));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()?;
    rt.block_on(async {
        let io = TokioIo::new(tokio::net::UnixStream::from_std(own)?);
        let pending: Pending = Rc::new(RefCell::new(None));
        let p = pending.clone();
        let svc = hyper::service::service_fn(move |req| {
            let p = p.clone();
            async move { Ok::<_, std::convert::Infallible>(handle(g, req, &p).await) }
        });
        let conn = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .max_buf_size(http::MAX_HEAD)
            .serve_connection(io, svc)
            .with_upgrades();
        let _ = conn.await;
        let job = pending.borrow_mut().take();
        if let Some((on, job)) = job {
            let upgraded = on.await?;
            let parts = upgraded
                .downcast::<TokioIo<tokio::net::UnixStream>>()
                .map_err(|_| anyhow::anyhow!("the upgraded connection is not a unix socket"))?;
            let sock = parts.io.into_inner().into_std()?;
            sock.set_nonblocking(false)?;
            let engine = Engine::new(g)?;
            job(&engine, sock, parts.read_buf.to_vec());
        }
        Ok(())
    })
}

/// `/v1.44/x` → (Some((1, 44)), `/x`); no prefix → (None, path).
fn split_version(path: &str) -> (Option<Option<(u32, u32)>>, &str) {
    let Some(rest) = path.strip_prefix("/v") else {
        return (None, path);
    };
    let (v, tail) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    if !v.starts_with(|c: char| c.is_ascii_digit()) {
        return (None, path);
    }
    let parsed = v
        .split_once('.')
        .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)));
    (Some(parsed), tail)
}

fn version_pair(s: &str) -> (u32, u32) {
    let (a, b) = s.split_once('.').unwrap_or(("1", "0"));
    (a.parse().unwrap_or(1), b.parse().unwrap_or(0))
}

/// Check the version prefix: a version above ours or below the oldest we accept is refused
/// as Docker does.
fn check_version(v: Option<Option<(u32, u32)>>) -> ApiResult<()> {
    match v {
        None => Ok(()),
        Some(None) => Err(ApiError::bad("malformed API version in the path")),
        Some(Some(v)) => {
            if v > version_pair(super::API_VERSION) {
                return Err(ApiError::bad(format!(
                    "client version {}.{} is too new. Maximum supported API version is {}",
                    v.0,
                    v.1,
                    super::API_VERSION
                )));
            }
            if v < version_pair(super::MIN_VERSION) {
                return Err(ApiError::bad(format!(
                    "client version {}.{} is too old. Minimum supported API version is {}, please upgrade your client to a newer version",
                    v.0,
                    v.1,
                    super::MIN_VERSION
                )));
            }
            Ok(())
        }
    }
}

fn decode(seg: &str) -> String {
    let bytes: Vec<u8> =
        form_urlencoded::parse(format!("x={}", seg.replace('+', "%2B")).as_bytes())
            .next()
            .map(|(_, v)| v.into_owned().into_bytes())
            .unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

async fn handle(g: &GlobalOpts, mut req: Request<Incoming>, pending: &Pending) -> Reply {
    let path = req.uri().path().to_string();
    let (v, rest) = split_version(&path);
    if let Err(e) = check_version(v) {
        return http::error(&e);
    }
    let upgrade = req
        .headers()
        .get(hyper::header::UPGRADE)
        .is_some_and(|u| u.as_bytes().eq_ignore_ascii_case(b"tcp"));
    let on_upgrade = upgrade.then(|| hyper::upgrade::on(&mut req));
    let query = Query::parse(req.uri().query());
    let method = req.method().clone();
    let headers = req.headers().clone();
    let body = match Limited::new(req.into_body(), http::MAX_JSON_BODY)
        .collect()
        .await
    {
        Ok(b) => b.to_bytes(),
        Err(e) => {
            let status = if e
                .downcast_ref::<http_body_util::LengthLimitError>()
                .is_some()
            {
                StatusCode::PAYLOAD_TOO_LARGE
            } else {
                StatusCode::BAD_REQUEST
            };
            return http::error(&ApiError::new(
                status,
                format!("reading the request body: {e}"),
            ));
        }
    };
    let r = Req {
        method,
        segs: rest
            .split('/')
            .filter(|s| !s.is_empty())
            .map(decode)
            .collect(),
        query,
        headers,
        body,
        upgrade,
    };
    let engine = match Engine::new(g) {
        Ok(e) => e,
        Err(e) => return http::error(&e.into()),
    };
    match route(&engine, &r) {
        Ok(Out::Reply(x)) => x,
        Ok(Out::Hijack(x, job)) => match on_upgrade {
            Some(on) => {
                *pending.borrow_mut() = Some((on, job));
                x
            }
            None => http::error(&ApiError::bad("this endpoint needs `Upgrade: tcp`")),
        },
        Err(e) => http::error(&e),
    }
}

fn route(e: &Engine, r: &Req) -> ApiResult<Out> {
    let segs: Vec<&str> = r.segs.iter().map(String::as_str).collect();
    let m = &r.method;
    let get = m == Method::GET || m == Method::HEAD;
    let post = m == Method::POST;
    let out: Out = match segs.as_slice() {
        ["_ping"] if get => super::system::ping(m).into(),
        ["version"] if get => super::system::version().into(),
        ["info"] if get => super::system::info(e)?.into(),
        ["system", "df"] if get => super::system::df(e)?.into(),
        ["containers", "json"] if get => super::containers::list(e, r)?.into(),
        ["containers", "create"] if post => super::containers::create(e, r)?.into(),
        ["containers", "prune"] if post => super::containers::prune(e)?.into(),
        ["containers", id, "json"] if get => super::containers::inspect(e, id)?.into(),
        ["containers", id, "start"] if post => super::containers::start(e, id)?.into(),
        ["containers", id, "stop"] if post => super::containers::stop(e, id, r)?.into(),
        ["containers", id, "restart"] if post => super::containers::restart(e, id, r)?.into(),
        ["containers", id, "kill"] if post => super::containers::kill(e, id, r)?.into(),
        ["containers", id, "pause"] if post => super::containers::pause(e, id, true)?.into(),
        ["containers", id, "unpause"] if post => super::containers::pause(e, id, false)?.into(),
        ["containers", id, "rename"] if post => super::containers::rename(e, id, r)?.into(),
        ["containers", id, "top"] if get => super::containers::top(e, id, r)?.into(),
        ["containers", id, "wait"] if post => super::containers::wait(e, id, r)?.into(),
        ["containers", id, "logs"] if get => super::containers::logs(e, id, r)?.into(),
        ["containers", id, "attach"] if post => super::containers::attach(e, id, r)?,
        ["containers", id, "resize"] if post => super::containers::resize(e, id, r)?.into(),
        ["containers", id, "exec"] if post => super::exec::create(e, id, r)?.into(),
        ["containers", id] if m == Method::DELETE => super::containers::remove(e, id, r)?.into(),
        ["exec", id, "start"] if post => super::exec::start(e, id, r)?,
        ["exec", id, "resize"] if post => super::exec::resize(e, id, r)?.into(),
        ["exec", id, "json"] if get => super::exec::inspect(e, id)?.into(),
        ["networks"] if get => super::networks::list(e, r)?.into(),
        ["networks", "create"] if post => super::networks::create(e, r)?.into(),
        ["networks", "prune"] if post => super::networks::prune(e)?.into(),
        ["networks", id] if get => super::networks::inspect(e, id)?.into(),
        ["networks", id] if m == Method::DELETE => super::networks::remove(e, id)?.into(),
        ["networks", id, "connect"] if post => super::networks::connect(e, id, r)?.into(),
        ["networks", id, "disconnect"] if post => super::networks::disconnect(e, id, r)?.into(),
        ["volumes"] if get => super::networks::volumes(e, r)?.into(),
        ["volumes", "create"] if post => super::networks::volume_create(e, r)?.into(),
        ["volumes", "prune"] if post => super::networks::volume_prune(e, r)?.into(),
        ["volumes", name] if get => super::networks::volume(e, name)?.into(),
        ["volumes", name] if m == Method::DELETE => {
            super::networks::volume_remove(e, name, r)?.into()
        }
        ["images", "json"] if get => super::images::list(e, r)?.into(),
        ["images", "create"] if post => super::images::pull(e, r)?.into(),
        ["images", rest @ .., "json"] if get && !rest.is_empty() => {
            super::images::inspect(e, &rest.join("/"))?.into()
        }
        ["images", rest @ .., "push"] if post && !rest.is_empty() => {
            super::images::push(e, &rest.join("/"), r)?.into()
        }
        ["images", rest @ .., "tag"] if post && !rest.is_empty() => {
            super::images::tag(e, &rest.join("/"), r)?.into()
        }
        ["images", rest @ ..] if m == Method::DELETE && !rest.is_empty() => {
            super::images::remove(e, &rest.join("/"), r)?.into()
        }
        _ => {
            return Err(ApiError::not_found(format!(
                "page not found: {} /{}",
                r.method,
                segs.join("/")
            )))
        }
    };
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_prefixes() {
        assert_eq!(split_version("/v1.44/info"), (Some(Some((1, 44))), "/info"));
        assert_eq!(split_version("/info"), (None, "/info"));
        assert_eq!(split_version("/v1.x/info"), (Some(None), "/info"));
        assert!(check_version(Some(Some((1, 24)))).is_ok());
        assert!(check_version(Some(Some((1, 23)))).is_err());
        assert!(check_version(Some(Some((1, 99)))).is_err());
        assert!(check_version(None).is_ok());
        assert_eq!(decode("a%2Fb"), "a/b");
    }
}

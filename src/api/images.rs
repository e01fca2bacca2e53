//! Image endpoints: list, inspect, pull (`/images/create`, a JSON progress stream), tag,
//! remove.

use super::conn::Req;
use super::http::{self, ApiError, ApiResult, Reply};
use crate::engine::image::transfer::{Event, Progress};
use crate::engine::Engine;
use hyper::StatusCode;
use serde_json::{json, Value};
use std::io::Write;

fn sha(id: &str) -> String {
    format!("sha256:{id}")
}

/// Docker's RepoTags: a name without the `docker.io/library/` podman keeps.
fn docker_name(n: &str) -> String {
    n.strip_prefix("docker.io/library/")
        .or_else(|| n.strip_prefix("docker.io/"))
        .unwrap_or(n)
        .to_string()
}

/// `GET /images/json`
pub fn list(e: &Engine, r: &Req) -> ApiResult<Reply> {
    let filters = r.query.filters()?;
    let images = crate::engine::image::list::list(e)?;
    let containers = e.store.containers()?;
    let mut out = Vec::new();
    for img in images {
        let tags: Vec<String> = img.names.iter().map(|n| docker_name(n)).collect();
        let keep = filters.iter().all(|(k, v)| match k.as_str() {
            "reference" => img
                .names
                .iter()
                .any(|n| crate::store::reference::name_matches(n, v)),
            "dangling" => (v == "true") == img.names.is_empty(),
            "label" => true,
            _ => true,
        });
        if !keep {
            continue;
        }
        out.push(json!({
            "Id": sha(&img.id),
            "ParentId": "",
            "RepoTags": tags,
            "RepoDigests": img.repo_digests,
            "Created": img.created,
            "Size": img.size,
            "SharedSize": -1,
            "VirtualSize": img.size,
            "Labels": {},
            "Containers": containers.iter().filter(|c| c.image_id == img.id).count(),
        }));
    }
    Ok(http::ok_json(&Value::Array(out)))
}

/// `GET /images/{name}/json`
pub fn inspect(e: &Engine, name: &str) -> ApiResult<Reply> {
    let mut v = crate::engine::image::inspect::image(e, name).map_err(|err| {
        if err.is::<crate::store::images::NoSuchImage>() {
            ApiError::not_found(format!("No such image: {name}"))
        } else {
            err.into()
        }
    })?;
    if let Some(o) = v.as_object_mut() {
        let id = o
            .get("Id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        o.insert("Id".into(), json!(sha(&id)));
        let tags: Vec<String> = o
            .get("RepoTags")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(docker_name)
                    .collect()
            })
            .unwrap_or_default();
        o.insert("RepoTags".into(), json!(tags));
        o.insert(
            "ContainerConfig".into(),
            o.get("Config").cloned().unwrap_or(json!({})),
        );
    }
    Ok(http::ok_json(&v))
}

/// `POST /images/{name}/tag?repo=&tag=`
pub fn tag(e: &Engine, name: &str, r: &Req) -> ApiResult<Reply> {
    let repo = r
        .query
        .get("repo")
        .filter(|s| !s.is_empty())
        .ok_or_else(|| ApiError::bad("repository name must have at least one component"))?;
    let new = match r.query.get("tag").filter(|s| !s.is_empty()) {
        Some(t) => format!("{repo}:{t}"),
        None => repo.to_string(),
    };
    crate::engine::image::tag::tag(e, name, &[new])?;
    Ok(http::reply(StatusCode::CREATED, None, http::empty()))
}

/// `DELETE /images/{name}?force=`
pub fn remove(e: &Engine, name: &str, r: &Req) -> ApiResult<Reply> {
    let opts = crate::engine::image::rmi::RmiOpts {
        images: vec![name.to_string()],
        force: r.query.flag("force"),
        all: false,
        ignore: false,
    };
    let rep = crate::engine::image::rmi::rmi(e, &opts)?;
    if let Some(err) = rep.errors.first() {
        let status = match rep.code {
            1 => StatusCode::NOT_FOUND,
            2 => StatusCode::CONFLICT,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        return Err(ApiError::new(status, err.clone()));
    }
    let out: Vec<Value> = rep
        .lines
        .iter()
        .filter_map(|l| {
            if let Some(n) = l.strip_prefix("Untagged: ") {
                Some(json!({"Untagged": n}))
            } else {
                l.strip_prefix("Deleted: ")
                    .map(|d| json!({"Deleted": sha(d)}))
            }
        })
        .collect();
    Ok(http::ok_json(&Value::Array(out)))
}

/// Credentials from `X-Registry-Auth` (base64url JSON: username, password).
pub fn registry_auth(r: &Req) -> Option<(String, String)> {
    use base64::Engine as _;
    let h = r.headers.get("X-Registry-Auth")?.to_str().ok()?;
    let raw = base64::engine::general_purpose::URL_SAFE
        .decode(h.trim())
        .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(h.trim()))
        .or_else(|_| base64::engine::general_purpose::STANDARD.decode(h.trim()))
        .ok()?;
    let v: Value = serde_json::from_slice(&raw).ok()?;
    let user = v.get("username")?.as_str()?.to_string();
    let pass = v.get("password")?.as_str()?.to_string();
    (!user.is_empty()).then_some((user, pass))
}

/// Docker trusts registries on the loopback without TLS (its default insecure range
/// 127.0.0.0/8): the same for images named `127.x.x.x:PORT/...` or `localhost:PORT/...`.
fn loopback_tls(reference: &str) -> Option<bool> {
    let host = reference.split('/').next().unwrap_or("");
    let name = host.rsplit_once(':').map_or(host, |(h, _)| h);
    (reference.contains('/')
        && (name.starts_with("127.") || name == "localhost" || name == "[::1]"))
        .then_some(false)
}

/// `POST /images/{name}/push?tag=`: push, with Docker's JSON progress lines.
pub fn push(e: &Engine, name: &str, r: &Req) -> ApiResult<Reply> {
    let image = match r.query.get("tag").filter(|t| !t.is_empty()) {
        Some(t) => format!("{name}:{t}"),
        None => name.to_string(),
    };
    let images = e.store.images()?;
    if crate::store::images::find(&images, &image).is_err() {
        return Err(ApiError::not_found(format!("No such image: {image}")));
    }
    let opts = crate::engine::image::push::PushOpts {
        image: image.clone(),
        dest: None,
        client: crate::registry::client::ClientOpts {
            creds: registry_auth(r),
            tls_verify: loopback_tls(&image),
            ..Default::default()
        },
    };
    let tag = r.query.get("tag").unwrap_or("latest").to_string();
    let body = super::streams::forked(move |out| {
        let out = std::sync::Mutex::new(out);
        line(
            &out,
            json!({"status": format!("The push refers to repository [{name}]")}),
        );
        let progress = |ev: Event<'_>| match ev {
            Event::Start {
                kind: "blob",
                id,
                total,
            } => line(
                &out,
                json!({"status": "Pushing", "progressDetail": {"current": 0, "total": total}, "id": id}),
            ),
            Event::Done { kind: "blob", id } => line(
                &out,
                json!({"status": "Pushed", "progressDetail": {}, "id": id}),
            ),
            Event::Skipped { kind: "blob", id } => line(
                &out,
                json!({"status": "Layer already exists", "progressDetail": {}, "id": id}),
            ),
            _ => {}
        };
        let p: &dyn Progress = &progress;
        match crate::engine::image::push::push(e, &opts, p) {
            Ok(digest) => {
                line(&out, json!({"status": format!("{tag}: digest: {digest}")}));
                line(
                    &out,
                    json!({"progressDetail": {}, "aux": {"Tag": tag, "Digest": digest}}),
                );
            }
            Err(err) => {
                let m = format!("{err:#}");
                line(&out, json!({"errorDetail": {"message": m}, "error": m}));
            }
        }
    })?;
    Ok(http::reply(StatusCode::OK, Some("application/json"), body))
}

/// One line of the JSON progress stream.
fn line(out: &std::sync::Mutex<&mut std::fs::File>, v: Value) {
    if let Ok(mut f) = out.lock() {
        let _ = writeln!(f, "{v}");
    }
}

/// `POST /images/create?fromImage=&tag=`: pull, with Docker's JSON progress lines.
pub fn pull(e: &Engine, r: &Req) -> ApiResult<Reply> {
    let from = r
        .query
        .get("fromImage")
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            ApiError::bad("importing from a tarball (fromSrc) is not supported; give fromImage")
        })?
        .to_string();
    let reference = match r.query.get("tag").filter(|t| !t.is_empty()) {
        Some(t) if t.starts_with("sha256:") => format!("{from}@{t}"),
        Some(t) => format!("{from}:{t}"),
        None if from.contains('@') || from.rsplit('/').next().is_some_and(|l| l.contains(':')) => {
            from.clone()
        }
        None => format!("{from}:latest"),
    };
    let opts = crate::engine::image::pull::PullOpts {
        reference: reference.clone(),
        platform: r
            .query
            .get("platform")
            .filter(|p| !p.is_empty())
            .map(String::from),
        client: crate::registry::client::ClientOpts {
            creds: registry_auth(r),
            tls_verify: loopback_tls(&from),
            ..Default::default()
        },
    };
    let body = super::streams::forked(move |out| {
        let out = std::sync::Mutex::new(out);
        let tag = reference.rsplit_once(':').map(|x| x.1).unwrap_or("latest");
        line(
            &out,
            json!({"status": format!("Pulling from {from}"), "id": tag}),
        );
        let progress = |ev: Event<'_>| match ev {
            Event::Step(_) => {}
            Event::Start {
                kind: "blob",
                id,
                total,
            } => line(
                &out,
                json!({"status": "Downloading", "progressDetail": {"current": 0, "total": total}, "id": id}),
            ),
            Event::Bytes { id, done } => line(
                &out,
                json!({"status": "Downloading", "progressDetail": {"current": done}, "id": id}),
            ),
            Event::Done { kind: "blob", id } => line(
                &out,
                json!({"status": "Download complete", "progressDetail": {}, "id": id}),
            ),
            Event::Skipped { kind: "blob", id } => line(
                &out,
                json!({"status": "Already exists", "progressDetail": {}, "id": id}),
            ),
            _ => {}
        };
        let p: &dyn Progress = &progress;
        match crate::engine::image::pull::pull(e, &opts, p) {
            Ok(id) => {
                line(&out, json!({"status": format!("Digest: sha256:{id}")}));
                line(
                    &out,
                    json!({"status": format!("Status: Downloaded newer image for {reference}")}),
                );
            }
            Err(err) => {
                let m = format!("{err:#}");
                line(&out, json!({"errorDetail": {"message": m}, "error": m}));
            }
        }
    })?;
    Ok(http::reply(StatusCode::OK, Some("application/json"), body))
}

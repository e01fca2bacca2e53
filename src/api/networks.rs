//! Network and volume endpoints, in Docker's shapes, from the engine's network and volume
//! actions.

use super::conn::Req;
use super::http::{self, ApiError, ApiResult, Reply};
use crate::engine::network as net;
use crate::engine::volume as vol;
use crate::engine::Engine;
use crate::network::config::NetworkConfig;
use hyper::StatusCode;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

fn filter_strings(r: &Req) -> ApiResult<Vec<String>> {
    Ok(r.query
        .filters()?
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect())
}

fn network_json(e: &Engine, n: &NetworkConfig) -> Value {
    let recs = e.store.containers().unwrap_or_default();
    let mut ctrs = Map::new();
    for c in net::lookup::users_of(&recs, &n.name) {
        for a in c.settings.networks.iter().filter(|a| a.network == n.name) {
            ctrs.insert(
                c.id.clone(),
                json!({
                    "Name": c.name,
                    "EndpointID": "",
                    "MacAddress": a.mac,
                    "IPv4Address": format!("{}/{}", a.ip, a.prefix),
                    "IPv6Address": "",
                }),
            );
        }
    }
    json!({
        "Name": n.name,
        "Id": n.id,
        "Created": n.created,
        "Scope": "local",
        "Driver": n.driver,
        "EnableIPv6": n.ipv6_enabled,
        "IPAM": {
            "Driver": "default",
            "Options": {},
            "Config": n.subnets.iter().map(|s| json!({"Subnet": s.subnet, "Gateway": s.gateway})).collect::<Vec<_>>(),
        },
        "Internal": n.internal,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {"Network": ""},
        "ConfigOnly": false,
        "Containers": ctrs,
        "Options": n.options,
        "Labels": n.labels,
    })
}

fn find(e: &Engine, what: &str) -> ApiResult<NetworkConfig> {
    net::lookup::find(e, what).map_err(|_| ApiError::not_found(format!("network {what} not found")))
}

/// `GET /networks`
pub fn list(e: &Engine, r: &Req) -> ApiResult<Reply> {
    let nets =
        net::list::list(e, &filter_strings(r)?).map_err(|err| ApiError::bad(format!("{err:#}")))?;
    Ok(http::ok_json(&Value::Array(
        nets.iter().map(|n| network_json(e, n)).collect(),
    )))
}

/// `GET /networks/{id}`
pub fn inspect(e: &Engine, what: &str) -> ApiResult<Reply> {
    let n = find(e, what)?;
    Ok(http::ok_json(&network_json(e, &n)))
}

/// `POST /networks/create`
pub fn create(e: &Engine, r: &Req) -> ApiResult<Reply> {
    let b: Value = http::parse_json(&r.body)?;
    let name = b
        .get("Name")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| ApiError::bad("network name is required"))?;
    if net::lookup::find(e, name).is_ok() {
        return Err(ApiError::conflict(format!(
            "network with name {name} already exists"
        )));
    }
    let ipam = b
        .get("IPAM")
        .and_then(|i| i.get("Config"))
        .and_then(Value::as_array);
    let first = ipam.and_then(|c| c.first());
    let text = |v: Option<&Value>, k: &str| {
        v.and_then(|x| x.get(k))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    let obj = |k: &str| -> Vec<String> {
        b.get(k)
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                    .collect()
            })
            .unwrap_or_default()
    };
    let opts = net::create::CreateOpts {
        name: Some(name.to_string()),
        driver: text(Some(&b), "Driver"),
        subnet: text(first, "Subnet"),
        gateway: text(first, "Gateway"),
        internal: b.get("Internal").and_then(Value::as_bool).unwrap_or(false),
        disable_dns: false,
        labels: obj("Labels"),
        options: Vec::new(),
        ignore: false,
    };
    let n = net::create::create(e, &opts)?;
    Ok(http::json(
        StatusCode::CREATED,
        &json!({"Id": n.id, "Warning": ""}),
    ))
}

/// `DELETE /networks/{id}`
pub fn remove(e: &Engine, what: &str) -> ApiResult<Reply> {
    let n = find(e, what)?;
    let rep = net::rm::remove(e, std::slice::from_ref(&n.name), false)?;
    if let Some(err) = rep.errors.first() {
        return Err(ApiError::from(anyhow::anyhow!("{err}")));
    }
    Ok(http::no_content())
}

/// `POST /networks/prune`
pub fn prune(e: &Engine) -> ApiResult<Reply> {
    let gone = net::prune::prune(e)?;
    Ok(http::ok_json(&json!({"NetworksDeleted": gone})))
}

/// `POST /networks/{id}/connect` (`{"Container", "EndpointConfig": {"Aliases", "IPAMConfig"}}`)
pub fn connect(e: &Engine, what: &str, r: &Req) -> ApiResult<Reply> {
    let n = find(e, what)?;
    let b: Value = http::parse_json(&r.body)?;
    let ctr = b
        .get("Container")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::bad("no container given"))?;
    let ep = b.get("EndpointConfig");
    let req = crate::model::NetworkRequest {
        name: n.name.clone(),
        aliases: ep
            .and_then(|x| x.get("Aliases"))
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default(),
        ip: ep
            .and_then(|x| x.get("IPAMConfig"))
            .and_then(|x| x.get("IPv4Address"))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(String::from),
        mac: None,
    };
    net::connect::connect(e, &n.name, ctr, &req)?;
    Ok(http::reply(StatusCode::OK, None, http::empty()))
}

/// `POST /networks/{id}/disconnect`
pub fn disconnect(e: &Engine, what: &str, r: &Req) -> ApiResult<Reply> {
    let n = find(e, what)?;
    let b: Value = http::parse_json(&r.body)?;
    let ctr = b
        .get("Container")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::bad("no container given"))?;
    net::disconnect::disconnect(e, &n.name, ctr)?;
    Ok(http::reply(StatusCode::OK, None, http::empty()))
}

fn volume_json(v: &vol::inspect::VolumeInfo) -> Value {
    json!({
        "Name": v.name,
        "Driver": v.driver,
        "Mountpoint": v.mountpoint,
        "CreatedAt": v.created_at,
        "Labels": v.labels,
        "Scope": "local",
        "Options": v.options,
    })
}

/// `GET /volumes`
pub fn volumes(e: &Engine, r: &Req) -> ApiResult<Reply> {
    let list =
        vol::ls::select(e, &filter_strings(r)?).map_err(|err| ApiError::bad(format!("{err:#}")))?;
    Ok(http::ok_json(&json!({
        "Volumes": list.iter().map(volume_json).collect::<Vec<_>>(),
        "Warnings": [],
    })))
}

fn find_volume(e: &Engine, name: &str) -> ApiResult<vol::inspect::VolumeInfo> {
    vol::inspect::inspect(e, &[name.to_string()], false)
        .ok()
        .and_then(|mut v| v.pop())
        .ok_or_else(|| ApiError::not_found(format!("get {name}: no such volume")))
}

/// `GET /volumes/{name}`
pub fn volume(e: &Engine, name: &str) -> ApiResult<Reply> {
    Ok(http::ok_json(&volume_json(&find_volume(e, name)?)))
}

/// `POST /volumes/create` (`{"Name", "Driver", "DriverOpts", "Labels"}`); an existing volume
/// of that name is returned, as Docker does.
pub fn volume_create(e: &Engine, r: &Req) -> ApiResult<Reply> {
    let b: Value = http::parse_json(&r.body)?;
    let map = |k: &str| -> BTreeMap<String, String> {
        b.get(k)
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let o = vol::create::VolumeCreateOptions {
        name: b
            .get("Name")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(String::from),
        driver: b
            .get("Driver")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(String::from),
        labels: map("Labels"),
        options: map("DriverOpts"),
        ignore: true,
        anonymous: false,
    };
    let rec = vol::create::create(e, &o).map_err(|err| ApiError::bad(format!("{err:#}")))?;
    Ok(http::json(
        StatusCode::CREATED,
        &volume_json(&find_volume(e, &rec.name)?),
    ))
}

/// `DELETE /volumes/{name}?force=`
pub fn volume_remove(e: &Engine, name: &str, r: &Req) -> ApiResult<Reply> {
    find_volume(e, name)?;
    let rep = vol::rm::rm(
        e,
        &vol::rm::VolumeRmOptions {
            names: vec![name.to_string()],
            all: false,
            force: r.query.flag("force"),
        },
    )?;
    if let Some(err) = rep.errors.first() {
        let status = if rep.code == 2 {
            StatusCode::CONFLICT
        } else {
            StatusCode::INTERNAL_SERVER_ERROR
        };
        return Err(ApiError::new(status, err.clone()));
    }
    Ok(http::no_content())
}

/// `POST /volumes/prune`
pub fn volume_prune(e: &Engine, r: &Req) -> ApiResult<Reply> {
    let rep = vol::prune::prune(
        e,
        &vol::prune::VolumePruneOptions {
            filters: filter_strings(r)?,
        },
    )?;
    Ok(http::ok_json(&json!({
        "VolumesDeleted": rep.iter().map(|v| v.name.clone()).collect::<Vec<_>>(),
        "SpaceReclaimed": rep.iter().map(|v| v.size).sum::<u64>(),
    })))
}

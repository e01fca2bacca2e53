//! The image a build produces, step by step: its config (docker's field names, which the OCI
//! config shares; `Healthcheck`, `OnBuild` and `Shell` only exist in docker's), its history,
//! and at the end its manifest in the OCI or the docker schema 2 format.

use crate::store::images::LayerRef;
use anyhow::{anyhow, Result};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The runtime part of an image config.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Config {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exposed_ports: Option<BTreeMap<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cmd: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<BTreeMap<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_signal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_build: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shell: Option<Vec<String>>,
    /// Whatever else the base image had.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Config {
    /// `KEY=VALUE` of the environment, by key.
    pub fn env_value(&self, key: &str) -> Option<String> {
        self.env.iter().flatten().find_map(|e| {
            let (k, v) = e.split_once('=').unwrap_or((e, ""));
            (k == key).then(|| v.to_string())
        })
    }

    /// Set a variable, in place when it exists.
    pub fn set_env(&mut self, key: &str, value: &str) {
        let env = self.env.get_or_insert_with(Vec::new);
        let kv = format!("{key}={value}");
        match env
            .iter_mut()
            .find(|e| e.split_once('=').map_or(e.as_str(), |(k, _)| k) == key)
        {
            Some(e) => *e = kv,
            None => env.push(kv),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub empty_layer: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RootFs {
    #[serde(rename = "type", default = "layers_word")]
    pub kind: String,
    #[serde(default)]
    pub diff_ids: Vec<String>,
}

fn layers_word() -> String {
    "layers".into()
}

/// An image config.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Image {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub os: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    #[serde(default)]
    pub config: Config,
    #[serde(default)]
    pub rootfs: RootFs,
    #[serde(default)]
    pub history: Vec<History>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Image {
    /// A base for `FROM scratch`.
    pub fn scratch(os: &str, arch: &str, variant: Option<&str>) -> Image {
        Image {
            architecture: arch.into(),
            os: os.into(),
            variant: variant.map(String::from),
            rootfs: RootFs {
                kind: layers_word(),
                diff_ids: Vec::new(),
            },
            ..Image::default()
        }
    }

    /// A stored config as the base of a new image: what described the build that made it
    /// (`container`, `container_config`, `docker_version`) is dropped.
    pub fn from_base(bytes: &[u8]) -> Result<Image> {
        let mut img: Image = serde_json::from_slice(bytes)
            .map_err(|e| anyhow!("the base image config is corrupt: {e}"))?;
        for k in ["container", "container_config", "docker_version"] {
            img.other.remove(k);
        }
        Ok(img)
    }

    pub fn bytes(&self) -> Result<Vec<u8>> {
        Ok(serde_json::to_vec(self)?)
    }

    /// The digest the config would have as a blob: the image ID.
    pub fn id(&self) -> Result<String> {
        Ok(crate::store::sha256_digest(&self.bytes()?)
            .trim_start_matches("sha256:")
            .to_string())
    }

    /// Record a step: `created`, a history entry, and the layer when there is one.
    pub fn record(&mut self, created: &str, created_by: String, layer: Option<&LayerRef>) {
        self.created = Some(created.to_string());
        if let Some(l) = layer {
            self.rootfs.diff_ids.push(l.diff_id.clone());
        }
        self.history.push(History {
            created: Some(created.to_string()),
            created_by: Some(created_by),
            author: None,
            comment: None,
            empty_layer: layer.is_none(),
        });
    }

    /// Drop what only docker's format can hold (`--format oci`); the names of what was
    /// dropped, for the warning.
    pub fn strip_docker_only(&mut self) -> Vec<&'static str> {
        let mut gone = Vec::new();
        if self.config.healthcheck.take().is_some() {
            gone.push("HEALTHCHECK");
        }
        if self.config.on_build.take().is_some() {
            gone.push("ONBUILD");
        }
        if self.config.shell.take().is_some() {
            gone.push("SHELL");
        }
        gone
    }
}

/// The manifest format of the built image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Oci,
    Docker,
}

impl Format {
    pub fn manifest_media_type(self) -> &'static str {
        match self {
            Format::Oci => "application/vnd.oci.image.manifest.v1+json",
            Format::Docker => "application/vnd.docker.distribution.manifest.v2+json",
        }
    }

    fn config_media_type(self) -> &'static str {
        match self {
            Format::Oci => "application/vnd.oci.image.config.v1+json",
            Format::Docker => "application/vnd.docker.container.image.v1+json",
        }
    }

    fn layer_media_type(self, stored: &str) -> String {
        match (self, stored) {
            (Format::Docker, "application/vnd.oci.image.layer.v1.tar+gzip") => {
                "application/vnd.docker.image.rootfs.diff.tar.gzip".into()
            }
            (Format::Docker, "application/vnd.oci.image.layer.v1.tar") => {
                "application/vnd.docker.image.rootfs.diff.tar".into()
            }
            _ => stored.into(),
        }
    }
}

/// The manifest of a config and its layers, with `annotations` (OCI only).
pub fn manifest(
    format: Format,
    config: &[u8],
    layers: &[LayerRef],
    annotations: &BTreeMap<String, String>,
) -> Result<Vec<u8>> {
    let layers: Vec<Value> = layers
        .iter()
        .map(|l| {
            json!({
                "mediaType": format.layer_media_type(&l.media_type),
                "digest": l.digest,
                "size": l.size,
            })
        })
        .collect();
    let mut m = json!({
        "schemaVersion": 2,
        "mediaType": format.manifest_media_type(),
        "config": {
            "mediaType": format.config_media_type(),
            "digest": crate::store::sha256_digest(config),
            "size": config.len(),
        },
        "layers": layers,
    });
    if format == Format::Oci && !annotations.is_empty() {
        m["annotations"] = json!(annotations);
    }
    Ok(serde_json::to_vec(&m)?)
}

/// `created_by` of an instruction that does not run anything, as buildah writes it.
pub fn nop(text: &str) -> String {
    format!("/bin/sh -c #(nop) {text}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_round_trip_keeps_unknown_fields() {
        let raw = br#"{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/bin","A=1"],"Cmd":["sh"],"ArgsEscaped":true},"rootfs":{"type":"layers","diff_ids":["sha256:aa"]},"container_config":{"Cmd":["x"]},"docker_version":"20"}"#;
        let mut img = Image::from_base(raw).unwrap();
        assert_eq!(img.config.env_value("A").as_deref(), Some("1"));
        img.config.set_env("A", "2");
        img.config.set_env("B", "x=y");
        assert_eq!(
            img.config.env,
            Some(vec!["PATH=/bin".into(), "A=2".into(), "B=x=y".into()])
        );
        let v: Value = serde_json::from_slice(&img.bytes().unwrap()).unwrap();
        assert_eq!(v["config"]["ArgsEscaped"], json!(true));
        assert!(v.get("container_config").is_none());
        img.record("2024-01-01T00:00:00Z", nop("ENV A=2"), None);
        assert!(img.history[0].empty_layer);
        let v: Value = serde_json::from_slice(&img.bytes().unwrap()).unwrap();
        assert_eq!(v["history"][0]["empty_layer"], json!(true));
    }

    #[test]
    fn manifests() {
        let l = LayerRef {
            diff_id: "sha256:d".into(),
            chain_id: "c".into(),
            digest: "sha256:b".into(),
            media_type: "application/vnd.oci.image.layer.v1.tar".into(),
            size: 3,
            unpacked_size: 3,
        };
        let ann = BTreeMap::from([("k".to_string(), "v".to_string())]);
        let m: Value = serde_json::from_slice(
            &manifest(Format::Docker, b"{}", std::slice::from_ref(&l), &ann).unwrap(),
        )
        .unwrap();
        assert_eq!(
            m["layers"][0]["mediaType"],
            "application/vnd.docker.image.rootfs.diff.tar"
        );
        assert!(m.get("annotations").is_none());
        let m: Value =
            serde_json::from_slice(&manifest(Format::Oci, b"{}", &[l], &ann).unwrap()).unwrap();
        assert_eq!(m["annotations"]["k"], "v");
        assert_eq!(m["config"]["size"], 2);
    }
}

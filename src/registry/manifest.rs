//! Manifests as fetched: classification by media type, image manifests (Docker schema 2 and
//! OCI share one shape), indexes / manifest lists and platform selection.

use anyhow::{bail, Context, Result};
use serde::Deserialize;

pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const SCHEMA1: &str = "application/vnd.docker.distribution.manifest.v1+json";
pub const SCHEMA1_SIGNED: &str = "application/vnd.docker.distribution.manifest.v1+prettyjws";

/// The Accept header for manifest requests.
pub fn accept() -> String {
    [OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(", ")
}

#[derive(Debug, Clone, Deserialize)]
pub struct Desc {
    #[serde(rename = "mediaType", default)]
    pub media_type: String,
    pub digest: String,
    #[serde(default)]
    pub size: u64,
    #[serde(default)]
    pub platform: Option<Platform>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
pub struct Platform {
    #[serde(default)]
    pub os: String,
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub variant: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ImageManifest {
    #[serde(rename = "schemaVersion", default)]
    pub schema_version: u32,
    pub config: Desc,
    #[serde(default)]
    pub layers: Vec<Desc>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Index {
    pub manifests: Vec<Desc>,
}

pub enum Kind {
    Image(ImageManifest),
    Index(Index),
}

/// The media type of manifest bytes: the Content-Type header when it is specific, else the
/// document's `mediaType`, else its shape.
pub fn media_type(content_type: Option<&str>, body: &[u8]) -> String {
    let ct = content_type
        .map(|c| c.split(';').next().unwrap_or("").trim().to_string())
        .unwrap_or_default();
    if !ct.is_empty()
        && ct != "application/json"
        && ct != "text/plain"
        && ct != "application/octet-stream"
    {
        return ct;
    }
    let v: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    if let Some(m) = v["mediaType"].as_str() {
        return m.to_string();
    }
    if v["schemaVersion"].as_u64() == Some(1) {
        return SCHEMA1.to_string();
    }
    if v.get("manifests").is_some() {
        OCI_INDEX.to_string()
    } else {
        OCI_MANIFEST.to_string()
    }
}

/// Parse manifest bytes of the given media type; schema 1 is refused.
pub fn parse(media_type: &str, body: &[u8], what: &str) -> Result<Kind> {
    match media_type {
        SCHEMA1 | SCHEMA1_SIGNED => bail!(
            "{what} uses the Docker image manifest schema 1, which is deprecated and not supported: push it again with a current client"
        ),
        OCI_INDEX | DOCKER_LIST => Ok(Kind::Index(
            serde_json::from_slice(body).with_context(|| format!("parsing the index of {what}"))?,
        )),
        OCI_MANIFEST | DOCKER_MANIFEST => {
            let m: ImageManifest = serde_json::from_slice(body)
                .with_context(|| format!("parsing the manifest of {what}"))?;
            if m.schema_version == 1 {
                return parse(SCHEMA1, body, what);
            }
            Ok(Kind::Image(m))
        }
        other => bail!("{what}: unsupported manifest type {other:?}"),
    }
}

/// The platform of this host (`linux/amd64`, `linux/arm64/v8`...).
pub fn host_platform() -> Platform {
    let (arch, variant) = match std::env::consts::ARCH {
        "x86_64" => ("amd64", None),
        "aarch64" => ("arm64", Some("v8")),
        "arm" => ("arm", Some("v7")),
        "x86" => ("386", None),
        "powerpc64" => ("ppc64le", None),
        "s390x" => ("s390x", None),
        "riscv64" => ("riscv64", None),
        other => (other, None),
    };
    Platform {
        os: "linux".into(),
        architecture: arch.into(),
        variant: variant.map(String::from),
    }
}

/// Parse `--platform os/arch[/variant]`.
pub fn parse_platform(s: &str) -> Result<Platform> {
    let parts: Vec<&str> = s.split('/').collect();
    if parts.len() < 2 || parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
        bail!("invalid platform {s:?}: expected os/arch[/variant]");
    }
    Ok(Platform {
        os: parts[0].to_string(),
        architecture: parts[1].to_string(),
        variant: parts.get(2).map(|v| v.to_string()),
    })
}

/// Pick the manifest for `want` from an index: os and architecture must match; a requested
/// variant must match (arm64's `v8` also matches an entry without one); without a requested
/// variant the first entry of that os/arch wins.
pub fn select<'a>(index: &'a Index, want: &Platform) -> Option<&'a Desc> {
    let fits = |d: &&Desc| {
        let Some(p) = &d.platform else {
            return false;
        };
        if p.os != want.os || p.architecture != want.architecture {
            return false;
        }
        match (&want.variant, &p.variant) {
            (None, _) => true,
            (Some(w), Some(v)) => w == v,
            (Some(w), None) => w == "v8" && want.architecture == "arm64",
        }
    };
    index
        .manifests
        .iter()
        .filter(|d| !d.media_type.contains("attestation"))
        .find(fits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selects_platforms_and_refuses_schema1() {
        let idx: Index = serde_json::from_str(
            r#"{"manifests":[
            {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:a","size":1,"platform":{"os":"linux","architecture":"amd64"}},
            {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:b","size":1,"platform":{"os":"linux","architecture":"arm","variant":"v6"}},
            {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:c","size":1,"platform":{"os":"linux","architecture":"arm","variant":"v7"}},
            {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:d","size":1,"platform":{"os":"linux","architecture":"arm64"}}
            ]}"#,
        )
        .unwrap();
        let pick = |s: &str| select(&idx, &parse_platform(s).unwrap()).map(|d| d.digest.clone());
        assert_eq!(pick("linux/amd64").as_deref(), Some("sha256:a"));
        assert_eq!(pick("linux/arm/v7").as_deref(), Some("sha256:c"));
        assert_eq!(pick("linux/arm64/v8").as_deref(), Some("sha256:d"));
        assert_eq!(pick("linux/s390x"), None);
        assert!(parse_platform("linux").is_err());
        let s1 = br#"{"schemaVersion":1,"name":"x","fsLayers":[]}"#;
        let mt = media_type(Some("application/json"), s1);
        let err = parse(&mt, s1, "x").err().unwrap().to_string();
        assert!(err.contains("schema 1"), "{err}");
    }
}

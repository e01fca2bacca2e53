//! Reading a Kubernetes YAML file: one object per document, each typed by its `kind`. Errors
//! name the file, the document (its number, kind and name) and the field.

use super::types::*;
use anyhow::{anyhow, bail, Result};
use serde::Deserialize;
use serde_yaml_ng::Value;

/// One object of the file.
#[derive(Debug, Clone)]
pub enum Object {
    Pod(Box<Pod>),
    Deployment(Box<Deployment>),
    ConfigMap(ConfigMap),
    Secret(Secret),
    Pvc(PersistentVolumeClaim),
    Service(Service),
}

const KINDS: &str = "Pod, Deployment, ConfigMap, Secret, PersistentVolumeClaim, Service";

/// The objects of `text` (read from `file`), in order; empty documents are skipped.
pub fn parse(file: &str, text: &str) -> Result<Vec<Object>> {
    let mut out = Vec::new();
    for (i, doc) in serde_yaml_ng::Deserializer::from_str(text).enumerate() {
        let n = i + 1;
        let v = Value::deserialize(doc).map_err(|e| anyhow!("{file}: document {n}: {e}"))?;
        if v.is_null() {
            continue;
        }
        let Some(map) = v.as_mapping() else {
            bail!("{file}: document {n}: not a Kubernetes object (a mapping with kind, apiVersion, metadata)");
        };
        let kind = match map.get("kind") {
            Some(Value::String(k)) => k.clone(),
            Some(_) => bail!("{file}: document {n}: field kind: not a string"),
            None => bail!("{file}: document {n}: field kind: missing"),
        };
        let name = map
            .get("metadata")
            .and_then(|m| m.get("name"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let what = if name.is_empty() {
            format!("{file}: document {n} ({kind})")
        } else {
            format!("{file}: document {n} ({kind} {name})")
        };
        let obj = match kind.as_str() {
            "Pod" => Object::Pod(Box::new(typed(&what, v)?)),
            "Deployment" => Object::Deployment(Box::new(typed(&what, v)?)),
            "ConfigMap" => Object::ConfigMap(typed(&what, v)?),
            "Secret" => Object::Secret(typed(&what, v)?),
            "PersistentVolumeClaim" => Object::Pvc(typed(&what, v)?),
            "Service" => Object::Service(typed(&what, v)?),
            k => bail!("{what}: field kind: {k} is not supported (supported: {KINDS})"),
        };
        if name.is_empty() {
            bail!("{what}: field metadata.name: missing");
        }
        out.push(obj);
    }
    Ok(out)
}

fn typed<T: serde::de::DeserializeOwned>(what: &str, v: Value) -> Result<T> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        if path == "." {
            anyhow!("{what}: {inner}")
        } else {
            anyhow!("{what}: field {path}: {inner}")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_and_errors() {
        let y = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  A: b\n---\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: busybox\n";
        let objs = parse("app.yaml", y).unwrap();
        assert_eq!(objs.len(), 2);
        let bad = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: busybox\n    bogus: 1\n";
        let e = parse("app.yaml", bad).unwrap_err().to_string();
        assert!(
            e.starts_with("app.yaml: document 1 (Pod p): field spec.containers[0]"),
            "{e}"
        );
        assert!(e.contains("bogus"), "{e}");
        let e = parse("x.yaml", "kind: Job\nmetadata:\n  name: j\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("field kind: Job is not supported"), "{e}");
        let e = parse("x.yaml", "a: [\n").unwrap_err().to_string();
        assert!(e.starts_with("x.yaml: document 1:"), "{e}");
        let e = parse("x.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n    ports:\n    - containerPort: http\n").unwrap_err().to_string();
        assert!(
            e.contains("field spec.containers[0].ports[0].containerPort"),
            "{e}"
        );
    }
}

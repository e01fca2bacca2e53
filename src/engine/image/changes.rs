//! Dockerfile-style `--change` instructions (`import`, `commit`) applied to an image config.

use anyhow::{anyhow, bail, Result};

/// Apply Dockerfile-style `--change` instructions to an image config.
pub fn apply_changes(config: &mut serde_json::Value, changes: &[String]) -> Result<()> {
    use serde_json::{json, Value};
    let c = config
        .as_object_mut()
        .ok_or_else(|| anyhow!("bad config"))?
        .entry("config")
        .or_insert_with(|| json!({}));
    for ch in changes {
        let (ins, arg) = ch.trim().split_once([' ', '=']).unwrap_or((ch.trim(), ""));
        let arg = arg.trim();
        let list = |a: &str| -> Vec<String> {
            if a.starts_with('[') {
                serde_json::from_str(a).unwrap_or_else(|_| vec![a.to_string()])
            } else {
                vec!["/bin/sh".into(), "-c".into(), a.to_string()]
            }
        };
        match ins.to_ascii_uppercase().as_str() {
            "CMD" => c["Cmd"] = json!(list(arg)),
            "ENTRYPOINT" => c["Entrypoint"] = json!(list(arg)),
            "WORKDIR" => c["WorkingDir"] = json!(arg),
            "USER" => c["User"] = json!(arg),
            "STOPSIGNAL" => c["StopSignal"] = json!(arg),
            "ENV" => {
                let (k, v) = arg.split_once(['=', ' ']).unwrap_or((arg, ""));
                let env = c["Env"].as_array().cloned().unwrap_or_default();
                let mut env: Vec<Value> = env
                    .into_iter()
                    .filter(|e| !e.as_str().is_some_and(|s| s.starts_with(&format!("{k}="))))
                    .collect();
                env.push(json!(format!("{k}={}", v.trim())));
                c["Env"] = json!(env);
            }
            "LABEL" => {
                let (k, v) = arg.split_once(['=', ' ']).unwrap_or((arg, ""));
                if !c["Labels"].is_object() {
                    c["Labels"] = json!({});
                }
                c["Labels"][k] = json!(v.trim().trim_matches('"'));
            }
            "EXPOSE" => {
                if !c["ExposedPorts"].is_object() {
                    c["ExposedPorts"] = json!({});
                }
                for p in arg.split_whitespace() {
                    let p = if p.contains('/') {
                        p.to_string()
                    } else {
                        format!("{p}/tcp")
                    };
                    c["ExposedPorts"][p] = json!({});
                }
            }
            "VOLUME" => {
                if !c["Volumes"].is_object() {
                    c["Volumes"] = json!({});
                }
                let vols: Vec<String> = if arg.starts_with('[') {
                    serde_json::from_str(arg).unwrap_or_default()
                } else {
                    arg.split_whitespace().map(String::from).collect()
                };
                for v in vols {
                    c["Volumes"][v] = json!({});
                }
            }
            other => bail!("invalid change {ch:?}: {other} is not a supported instruction"),
        }
    }
    Ok(())
}

//! The `-f` merge rules (and `extends`), on normalized YAML: a later file's scalars replace,
//! maps merge key by key, lists of ports, DNS servers, capabilities... are appended without
//! duplicates, `volumes` and `devices` merge by their target path, and `command`,
//! `entrypoint` and a healthcheck's `test` are replaced whole.

use serde_yaml_ng::{Mapping, Value};

/// Lists replaced whole rather than appended to.
const REPLACED: &[&str] = &["command", "entrypoint", "test"];
/// Lists merged by the entry's target path.
const BY_TARGET: &[&str] = &["volumes", "devices"];

/// Merge `over` into `base` (both services, or maps below a service).
pub fn merge_service(base: &mut Mapping, over: Mapping) {
    for (k, v) in over {
        let key = k.as_str().unwrap_or("").to_string();
        let v = as_map_if_build(&key, v);
        match base.get_mut(&k) {
            Some(b) => {
                if key == "build" {
                    let old = std::mem::take(b);
                    *b = as_map_if_build(&key, old);
                }
                merge_value(&key, b, v);
            }
            None => {
                base.insert(k, v);
            }
        }
    }
}

/// `build: ctx` is `build: {context: ctx}` for merging.
fn as_map_if_build(key: &str, v: Value) -> Value {
    match v {
        Value::String(s) if key == "build" => Value::Mapping(
            [(Value::String("context".into()), Value::String(s))]
                .into_iter()
                .collect(),
        ),
        v => v,
    }
}

fn merge_value(key: &str, base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Mapping(b), Value::Mapping(o)) => {
            // A different logging driver brings its own options.
            if key == "logging" {
                let driver = Value::String("driver".into());
                if o.contains_key(&driver) && o.get(&driver) != b.get(&driver) {
                    b.remove("options");
                }
            }
            merge_service(b, o);
        }
        (Value::Sequence(b), Value::Sequence(o)) if !REPLACED.contains(&key) => {
            if BY_TARGET.contains(&key) {
                for item in o {
                    let t = target(&item);
                    match b.iter_mut().find(|x| t.is_some() && target(x) == t) {
                        Some(x) => *x = item,
                        None => b.push(item),
                    }
                }
            } else {
                for item in o {
                    if !b.contains(&item) {
                        b.push(item);
                    }
                }
            }
        }
        (b, o) => *b = o,
    }
}

/// The container path of a volume or device entry, short or long syntax.
fn target(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => {
            let parts: Vec<&str> = s.split(':').collect();
            Some(match parts.len() {
                1 => parts[0].to_string(),
                _ => parts[1].to_string(),
            })
        }
        Value::Mapping(m) => m.get("target").and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(y: &str) -> Mapping {
        serde_yaml_ng::from_str(y).unwrap()
    }

    #[test]
    fn rules() {
        let mut base = map(
            "image: a\ncommand: [x, y]\nports: ['80:80']\nenvironment: {A: '1', B: '2'}\n\
             volumes: ['./a:/data', 'v:/other']\nbuild: ctx\nlogging: {driver: syslog, options: {tag: t}}",
        );
        let over = map(
            "image: b\ncommand: [z]\nports: ['80:80', '443:443']\nenvironment: {B: '3'}\n\
             volumes: ['./b:/data']\nbuild: {dockerfile: D}\nlogging: {driver: json-file}",
        );
        merge_service(&mut base, over);
        let want = map(
            "image: b\ncommand: [z]\nports: ['80:80', '443:443']\nenvironment: {A: '1', B: '3'}\n\
             volumes: ['./b:/data', 'v:/other']\nbuild: {context: ctx, dockerfile: D}\nlogging: {driver: json-file}",
        );
        assert_eq!(base, want);
    }
}

//! Events: a per-user append-only JSON-lines log (`$root/events/events.log`). Each event is
//! one `write` on a file opened with O_APPEND, so concurrent skiff processes never interleave
//! lines and no lock is needed. Recording is best effort: a failure to log never fails the
//! action that caused it. `skiff events` reads the file and, when streaming, polls it.

use crate::engine::Engine;
use crate::model::time;
use crate::store::containers::ContainerRecord;
use anyhow::{bail, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, Seek, Write};
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Event {
    /// Unix nanoseconds.
    pub time: i64,
    /// "container" or "image".
    #[serde(rename = "type")]
    pub kind: String,
    /// create, init, start, attach, died, stop, kill, remove, exec, rename, commit, pause,
    /// tag, untag, import, load, save, pull...
    pub status: String,
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub image: String,
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
}

fn log_path(engine: &Engine) -> PathBuf {
    engine.store.root.join("events").join("events.log")
}

/// Append an event (best effort).
pub fn record(engine: &Engine, ev: Event) {
    if engine.events_backend() == crate::model::EventsBackend::None {
        return;
    }
    let path = log_path(engine);
    let res = (|| -> anyhow::Result<()> {
        if let Some(dir) = path.parent() {
            crate::store::mkdir_p(dir)?;
        }
        let mut line = serde_json::to_vec(&ev)?;
        line.push(b'\n');
        use std::os::unix::fs::OpenOptionsExt;
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .mode(0o600)
            .open(&path)?;
        f.write_all(&line)?;
        Ok(())
    })();
    if let Err(e) = res {
        eprintln!("WARN[0000] recording the {} event: {e:#}", ev.status);
    }
}

/// A container event with podman's attributes (image, name, extra ones).
pub fn container(engine: &Engine, status: &str, c: &ContainerRecord, extra: &[(&str, String)]) {
    let mut attributes: BTreeMap<String, String> = c.settings.labels.clone();
    for (k, v) in extra {
        attributes.insert(k.to_string(), v.clone());
    }
    record(
        engine,
        Event {
            time: crate::store::now_nanos(),
            kind: "container".into(),
            status: status.into(),
            id: c.id.clone(),
            name: c.name.clone(),
            image: c.image_name.clone(),
            attributes,
        },
    );
}

/// An image event.
pub fn image(engine: &Engine, status: &str, id: &str, name: &str) {
    record(
        engine,
        Event {
            time: crate::store::now_nanos(),
            kind: "image".into(),
            status: status.into(),
            id: id.into(),
            name: name.into(),
            image: String::new(),
            attributes: BTreeMap::new(),
        },
    );
}

/// A volume event (create, remove, prune as podman words them).
pub fn volume(engine: &Engine, status: &str, name: &str) {
    record(
        engine,
        Event {
            time: crate::store::now_nanos(),
            kind: "volume".into(),
            status: status.into(),
            id: name.into(),
            name: name.into(),
            image: String::new(),
            attributes: BTreeMap::new(),
        },
    );
}

/// Which events to show.
#[derive(Default, Debug)]
pub struct EventFilter {
    pub since: Option<i64>,
    pub until: Option<i64>,
    /// key → accepted values (type, event, container, image).
    pub filters: BTreeMap<String, Vec<String>>,
}

impl EventFilter {
    /// From `--since`, `--until` (RFC 3339, Unix seconds, or a duration back from now) and
    /// `--filter KEY=VALUE`s (type, event or status, container, image).
    pub fn parse(since: Option<&str>, until: Option<&str>, given: &[String]) -> Result<Self> {
        let now = time::now_nanos();
        let mut f = EventFilter {
            since: since.map(|s| time::parse_when(s, now)).transpose()?,
            until: until.map(|s| time::parse_when(s, now)).transpose()?,
            ..Default::default()
        };
        for item in given {
            let Some((k, v)) = item.split_once('=') else {
                bail!("invalid filter {item:?}: use KEY=VALUE");
            };
            if !matches!(
                k,
                "type" | "event" | "status" | "container" | "image" | "label"
            ) {
                bail!("{k} is an invalid filter: use type, event, container, image or label");
            }
            f.filters
                .entry(k.to_string())
                .or_default()
                .push(v.to_string());
        }
        Ok(f)
    }

    pub fn matches(&self, e: &Event) -> bool {
        if self.since.is_some_and(|s| e.time < s) || self.until.is_some_and(|u| e.time > u) {
            return false;
        }
        self.filters.iter().all(|(k, vals)| {
            vals.iter().any(|v| match k.as_str() {
                "type" => e.kind == *v,
                "event" | "status" => e.status == *v,
                "container" => {
                    e.kind == "container"
                        && (e.name == *v || (!v.is_empty() && e.id.starts_with(v.as_str())))
                }
                "image" => {
                    let n = if e.kind == "image" { &e.name } else { &e.image };
                    n == v
                        || crate::store::reference::name_matches(n, v)
                        || (e.kind == "image" && !v.is_empty() && e.id.starts_with(v.as_str()))
                }
                // `label=KEY` or `label=KEY=VALUE`: the attributes hold a container's labels.
                "label" => match v.split_once('=') {
                    Some((lk, lv)) => e.attributes.get(lk).is_some_and(|have| have == lv),
                    None => e.attributes.contains_key(v.as_str()),
                },
                _ => false,
            })
        })
    }
}

/// Read the events from byte `offset` on; returns them and the offset after the last whole
/// line (a half-written last line is left for the next read).
fn read_from(engine: &Engine, offset: u64) -> Result<(Vec<Event>, u64)> {
    let path = log_path(engine);
    let mut f = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), 0)),
        Err(e) => return Err(e.into()),
    };
    f.seek(std::io::SeekFrom::Start(offset))?;
    let mut r = std::io::BufReader::new(f);
    let mut out = Vec::new();
    let mut pos = offset;
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = r.read_until(b'\n', &mut line)?;
        if n == 0 || line.last() != Some(&b'\n') {
            break;
        }
        pos += n as u64;
        if let Ok(ev) = serde_json::from_slice::<Event>(&line) {
            out.push(ev);
        }
    }
    Ok((out, pos))
}

/// `events`: the logged events passing `filter`, through `out`; unless `stream` is false,
/// keep polling the log (every 200 ms) for new ones until `--until` has passed.
pub fn follow(
    engine: &Engine,
    filter: &EventFilter,
    stream: bool,
    out: &mut dyn FnMut(&Event) -> Result<()>,
) -> Result<()> {
    let mut offset = 0;
    loop {
        let (evs, next) = read_from(engine, offset)?;
        offset = next;
        for ev in evs.iter().filter(|ev| filter.matches(ev)) {
            out(ev)?;
        }
        if !stream || filter.until.is_some_and(|u| time::now_nanos() > u) {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

/// Go's `time.Time.String()` in UTC: "2026-11-28 06:20:01.123456789 +0000 UTC".
pub fn go_time(nanos: i64) -> String {
    let r = time::rfc3339(nanos); // 2026-11-28T06:20:01.123456789Z
    let (date, rest) = r.split_once('T').unwrap_or((&r, ""));
    let rest = rest.trim_end_matches('Z');
    let rest = match rest.split_once('.') {
        Some((hms, frac)) => {
            let f = frac.trim_end_matches('0');
            if f.is_empty() {
                hms.to_string()
            } else {
                format!("{hms}.{f}")
            }
        }
        None => rest.to_string(),
    };
    format!("{date} {rest} +0000 UTC")
}

/// podman's default line for an event.
pub fn human(e: &Event) -> String {
    let t = go_time(e.time);
    if e.kind == "image" {
        return format!("{t} {} {} {} {}", e.kind, e.status, e.id, e.name);
    }
    let mut s = format!(
        "{t} {} {} {} (image={}, name={}",
        e.kind, e.status, e.id, e.image, e.name
    );
    for (k, v) in &e.attributes {
        s.push_str(&format!(", {k}={v}"));
    }
    s.push(')');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        assert_eq!(
            go_time(1_700_000_000_123_000_000),
            "2023-11-14 22:13:20.123 +0000 UTC"
        );
        assert_eq!(
            go_time(1_700_000_000_000_000_000),
            "2023-11-14 22:13:20 +0000 UTC"
        );
    }
}

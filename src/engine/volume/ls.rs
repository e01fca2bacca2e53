//! `volume ls`, with `--filter name=|label=|dangling=|driver=|anonymous=`.

use super::inspect::{info, VolumeInfo};
use crate::engine::Engine;
use anyhow::{bail, Result};

/// `volume ls` options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VolumeListOptions {
    /// `KEY=VALUE`: name (a regular expression, as podman), label (`K` or `K=V`), label!
    /// (without), dangling (true: used by no container), driver, anonymous. Filters of one key
    /// are alternatives; different keys must all match.
    pub filters: Vec<String>,
}

/// A parsed `--filter`.
enum Filter {
    Name(regex::Regex),
    Label(String, Option<String>),
    NoLabel(String, Option<String>),
    Dangling(bool),
    Driver(String),
    Anonymous(bool),
}

fn parse_bool(k: &str, v: &str) -> Result<bool> {
    match v {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => bail!("invalid {k} filter value {v:?}: want true or false"),
    }
}

fn parse(f: &str) -> Result<(String, Filter)> {
    let Some((k, v)) = f.split_once('=') else {
        bail!("invalid filter {f:?}: want KEY=VALUE");
    };
    let label = |v: &str| match v.split_once('=') {
        Some((a, b)) => (a.to_string(), Some(b.to_string())),
        None => (v.to_string(), None),
    };
    let filter = match k {
        "name" => Filter::Name(
            regex::Regex::new(v).map_err(|e| anyhow::anyhow!("invalid name filter {v:?}: {e}"))?,
        ),
        "label" => {
            let (a, b) = label(v);
            Filter::Label(a, b)
        }
        "label!" => {
            let (a, b) = label(v);
            Filter::NoLabel(a, b)
        }
        "dangling" => Filter::Dangling(parse_bool(k, v)?),
        "driver" => Filter::Driver(v.to_string()),
        "anonymous" => Filter::Anonymous(parse_bool(k, v)?),
        _ => bail!("invalid filter {k:?}: volume ls filters are name, label, label!, dangling, driver and anonymous"),
    };
    Ok((k.to_string(), filter))
}

fn matches(f: &Filter, v: &VolumeInfo) -> bool {
    let has = |k: &str, val: &Option<String>| {
        v.labels
            .get(k)
            .is_some_and(|x| val.as_ref().is_none_or(|want| want == x))
    };
    match f {
        Filter::Name(re) => re.is_match(&v.name),
        Filter::Label(k, val) => has(k, val),
        Filter::NoLabel(k, val) => !has(k, val),
        Filter::Dangling(d) => v.users.is_empty() == *d,
        Filter::Driver(d) => &v.driver == d,
        Filter::Anonymous(a) => v.anonymous == *a,
    }
}

/// The volumes that pass every filter key (one of each key's values), by name.
pub fn select(engine: &Engine, filters: &[String]) -> Result<Vec<VolumeInfo>> {
    let parsed = filters
        .iter()
        .map(|f| parse(f))
        .collect::<Result<Vec<_>>>()?;
    let mut out = Vec::new();
    for v in engine.store.volumes()? {
        let i = info(engine, &v)?;
        let ok = parsed.iter().all(|(k, _)| {
            parsed
                .iter()
                .filter(|(k2, _)| k2 == k)
                .any(|(_, f)| matches(f, &i))
        });
        if ok {
            out.push(i);
        }
    }
    Ok(out)
}

/// `volume ls`.
pub fn ls(engine: &Engine, o: &VolumeListOptions) -> Result<Vec<VolumeInfo>> {
    select(engine, &o.filters)
}

//! registries.conf (v2 TOML): `unqualified-search-registries`, `[[registry]]` entries with
//! prefix/location/insecure/blocked and `[[registry.mirror]]` (location/insecure/pull-from-mirror), and `[aliases]`.
//! The main file is `$CONTAINERS_REGISTRIES_CONF`, else `~/.config/containers/registries.conf`
//! when it exists, else `/etc/containers/registries.conf`. Drop-ins (`*.conf` in
//! `/etc/containers/registries.conf.d` then `~/.config/containers/registries.conf.d`, each
//! directory in lexical order; only the user's directory when the user's main file is used)
//! are merged after it as podman does: a `[[registry]]` replaces an earlier one with the same
//! prefix, aliases merge key by key, and `unqualified-search-registries` replaces the earlier
//! list when a file sets it. Files are read only by registry commands.

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Registries {
    #[serde(default)]
    pub unqualified_search_registries: Vec<String>,
    #[serde(default)]
    pub registry: Vec<Entry>,
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct Entry {
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub insecure: bool,
    #[serde(default)]
    pub blocked: bool,
    /// `[[registry.mirror]]`: tried in order before `location` when pulling.
    #[serde(default)]
    pub mirror: Vec<Mirror>,
}

/// One `[[registry.mirror]]` entry.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Mirror {
    pub location: String,
    #[serde(default)]
    pub insecure: bool,
    /// `all` (default), `digest-only` or `tag-only`.
    #[serde(default)]
    pub pull_from_mirror: Option<String>,
}

/// Where a reference is fetched from, after `[[registry]]` rewriting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// Registry host (with port) to contact.
    pub host: String,
    /// Repository path on that host.
    pub path: String,
    pub insecure: bool,
}

/// One file as written: `unqualified-search-registries` stays None when the file does not
/// set it, so that a drop-in without it keeps the earlier list.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct FileConf {
    #[serde(default)]
    unqualified_search_registries: Option<Vec<String>>,
    #[serde(default)]
    registry: Vec<Entry>,
    #[serde(default)]
    aliases: BTreeMap<String, String>,
}

/// The main file and the drop-in directories to read, in order.
fn config_paths() -> (Option<PathBuf>, Vec<PathBuf>) {
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from);
    let user_dir = home
        .as_ref()
        .map(|h| h.join(".config/containers/registries.conf.d"));
    let system_dir = PathBuf::from("/etc/containers/registries.conf.d");
    if let Some(p) = std::env::var_os("CONTAINERS_REGISTRIES_CONF").filter(|p| !p.is_empty()) {
        return (
            Some(PathBuf::from(p)),
            std::iter::once(system_dir).chain(user_dir).collect(),
        );
    }
    if let Some(h) = &home {
        let p = h.join(".config/containers/registries.conf");
        if p.exists() {
            return (Some(p), user_dir.into_iter().collect());
        }
    }
    let p = PathBuf::from("/etc/containers/registries.conf");
    (
        p.exists().then_some(p),
        std::iter::once(system_dir).chain(user_dir).collect(),
    )
}

/// `*.conf` files of a drop-in directory in lexical order (none when it does not exist).
fn drop_ins(dir: &Path) -> Result<Vec<PathBuf>> {
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("reading {}", dir.display())),
    };
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.with_context(|| format!("reading {}", dir.display()))?;
        let p = ent.path();
        if p.extension().is_some_and(|e| e == "conf") && !p.is_dir() {
            out.push(p);
        }
    }
    out.sort();
    Ok(out)
}

fn read_conf(p: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(p) {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading {}", p.display())),
    }
}

impl Registries {
    pub fn load() -> Result<Registries> {
        let (main, dirs) = config_paths();
        let mut files = Vec::new();
        if let Some(p) = main {
            files.push(p);
        }
        for d in &dirs {
            files.extend(drop_ins(d)?);
        }
        let mut r = Registries::default();
        for p in files {
            let Some(text) = read_conf(&p)? else {
                continue;
            };
            let f = parse_file(&text)
                .with_context(|| format!("loading registries configuration {}", p.display()))?;
            r.merge(f);
        }
        Ok(r)
    }

    /// Apply a later file over this configuration.
    fn merge(&mut self, f: FileConf) {
        if let Some(s) = f.unqualified_search_registries {
            self.unqualified_search_registries = s;
        }
        for e in f.registry {
            match self.registry.iter_mut().find(|x| x.prefix == e.prefix) {
                Some(x) => *x = e,
                None => self.registry.push(e),
            }
        }
        self.aliases.extend(f.aliases);
    }

    /// One file on its own.
    #[cfg(any(test, fuzzing))]
    pub fn parse(text: &str) -> Result<Registries> {
        let mut r = Registries::default();
        r.merge(parse_file(text)?);
        Ok(r)
    }

    /// The entry whose prefix matches `repo` (`host/path`) longest, if any.
    fn entry_for(&self, repo: &str) -> Option<&Entry> {
        self.registry
            .iter()
            .filter(|e| {
                let p = e.prefix.trim_end_matches('/');
                !p.is_empty() && (repo == p || repo.starts_with(&format!("{p}/")))
            })
            .max_by_key(|e| e.prefix.len())
    }

    /// Map `domain/path` to the endpoint to contact; errors for blocked registries.
    pub fn endpoint(&self, domain: &str, path: &str) -> Result<Endpoint> {
        let repo = format!("{domain}/{path}");
        let Some(e) = self.entry_for(&repo) else {
            return Ok(Endpoint {
                host: domain.to_string(),
                path: path.to_string(),
                insecure: false,
            });
        };
        if e.blocked {
            bail!("registry {domain} is blocked in registries.conf");
        }
        let p = e.prefix.trim_end_matches('/');
        let rewritten = format!("{}{}", e.location.trim_end_matches('/'), &repo[p.len()..]);
        let (host, rpath) = match rewritten.split_once('/') {
            Some((h, r)) => (h.to_string(), r.to_string()),
            None => bail!(
                "registries.conf: location {:?} names no repository",
                e.location
            ),
        };
        Ok(Endpoint {
            host,
            path: rpath,
            insecure: e.insecure,
        })
    }

    /// Where to pull `domain/path` from, in order: the entry's mirrors that apply
    /// (`pull-from-mirror`: `digest-only` mirrors only for pulls by digest, `tag-only` only
    /// by tag), then the primary endpoint. Errors for blocked registries.
    pub fn pull_sources(&self, domain: &str, path: &str, by_digest: bool) -> Result<Vec<Endpoint>> {
        let primary = self.endpoint(domain, path)?;
        let repo = format!("{domain}/{path}");
        let mut out = Vec::new();
        if let Some(e) = self.entry_for(&repo) {
            let p = e.prefix.trim_end_matches('/');
            for m in &e.mirror {
                let applies = match m.pull_from_mirror.as_deref() {
                    Some("digest-only") => by_digest,
                    Some("tag-only") => !by_digest,
                    _ => true,
                };
                if !applies {
                    continue;
                }
                let rewritten = format!("{}{}", m.location.trim_end_matches('/'), &repo[p.len()..]);
                let Some((host, rpath)) = rewritten.split_once('/') else {
                    bail!(
                        "registries.conf: mirror {:?} names no repository",
                        m.location
                    );
                };
                out.push(Endpoint {
                    host: host.to_string(),
                    path: rpath.to_string(),
                    insecure: m.insecure,
                });
            }
        }
        out.push(primary);
        Ok(out)
    }

    /// Whether a registry host is marked insecure.
    pub fn insecure_host(&self, host: &str) -> bool {
        self.registry.iter().any(|e| {
            e.insecure
                && (e.location.trim_end_matches('/') == host
                    || e.prefix.trim_end_matches('/') == host
                    || e.location.starts_with(&format!("{host}/")))
        }) || self.registry.iter().flat_map(|e| &e.mirror).any(|m| {
            m.insecure
                && (m.location.trim_end_matches('/') == host
                    || m.location.starts_with(&format!("{host}/")))
        })
    }

    /// Candidate fully qualified names for a name without a registry: an alias, else one per
    /// unqualified-search registry (docker.io when none is configured).
    pub fn candidates(&self, name: &str) -> Vec<String> {
        let (base, suffix) = split_name(name);
        if let Some(a) = self.aliases.get(base) {
            return vec![format!("{a}{suffix}")];
        }
        let regs: Vec<String> = if self.unqualified_search_registries.is_empty() {
            vec!["docker.io".to_string()]
        } else {
            self.unqualified_search_registries.clone()
        };
        regs.iter()
            .map(|r| {
                if r == "docker.io" && !base.contains('/') {
                    format!("{r}/library/{name}")
                } else {
                    format!("{r}/{name}")
                }
            })
            .collect()
    }
}

/// Parse and check one file; an entry without a prefix uses its location and vice versa.
fn parse_file(text: &str) -> Result<FileConf> {
    let mut r: FileConf = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
    for e in r.registry.iter_mut() {
        for m in &e.mirror {
            match m.pull_from_mirror.as_deref() {
                None | Some("" | "all" | "digest-only" | "tag-only") => {}
                Some(o) => bail!(
                    "unsupported pull-from-mirror value {o:?} for mirror {:?}",
                    m.location
                ),
            }
            if m.location.is_empty() {
                bail!("a [[registry.mirror]] of {:?} has no location", e.prefix);
            }
        }
        if e.prefix.is_empty() {
            e.prefix = e.location.clone();
        }
        if e.location.is_empty() {
            e.location = e.prefix.clone();
        }
    }
    Ok(r)
}

/// `name:tag@digest` → (`name`, `:tag@digest`).
fn split_name(name: &str) -> (&str, &str) {
    let end = name.find('@').unwrap_or(name.len());
    let end = match name[..end].rfind(':') {
        Some(i) if !name[i..end].contains('/') => i,
        _ => end,
    };
    (&name[..end], &name[end..])
}

/// Whether `name` starts with a registry host (`host.tld/`, `host:port/`, `localhost/`).
pub fn is_qualified(name: &str) -> bool {
    match name.split_once('/') {
        Some((first, _)) => first.contains('.') || first.contains(':') || first == "localhost",
        None => false,
    }
}

/// A TOML error on one line (the parser's own text quotes the line over several):
/// `TOML parse error at line L, column C: MESSAGE`.
fn toml_error(text: &str, e: &toml::de::Error) -> anyhow::Error {
    let message = e.message().trim().replace('\n', " ");
    match e.span() {
        Some(span) => {
            let before = &text.as_bytes()[..span.start.min(text.len())];
            let line = before.iter().filter(|b| **b == b'\n').count() + 1;
            let col = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
            anyhow::anyhow!("TOML parse error at line {line}, column {col}: {message}")
        }
        None => anyhow::anyhow!("TOML parse error: {message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONF: &str = r#"
unqualified-search-registries = ["reg.one:5000", "docker.io"]

[[registry]]
prefix = "mirror.example/team"
location = "127.0.0.1:5000/teamstuff"
insecure = true

[[registry]]
location = "bad.example"
blocked = true

[[registry]]
prefix = "primary.example"
location = "primary.example:5000"

[[registry.mirror]]
location = "m1.example/cache"
insecure = true

[[registry.mirror]]
location = "m2.example"
pull-from-mirror = "digest-only"

[aliases]
"bb" = "reg.one:5000/tools/busybox"
"#;

    #[test]
    fn mirrors_in_order_then_primary() {
        let r = Registries::parse(CONF).unwrap();
        let hosts = |d| {
            r.pull_sources("primary.example", "a/b", d)
                .unwrap()
                .into_iter()
                .map(|e| format!("{}/{} {}", e.host, e.path, e.insecure))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            hosts(false),
            [
                "m1.example/cache/a/b true",
                "primary.example:5000/a/b false"
            ]
        );
        assert_eq!(
            hosts(true),
            [
                "m1.example/cache/a/b true",
                "m2.example/a/b false",
                "primary.example:5000/a/b false"
            ]
        );
        assert_eq!(
            r.pull_sources("other.example", "x", false).unwrap().len(),
            1
        );
        assert!(Registries::parse(
            "[[registry]]\nlocation = \"a.example\"\n[[registry.mirror]]\nlocation = \"b.example\"\npull-from-mirror = \"sometimes\"\n"
        )
        .is_err());
    }

    #[test]
    fn rewrites_blocks_and_resolves_short_names() {
        let r = Registries::parse(CONF).unwrap();
        let e = r.endpoint("mirror.example", "team/app").unwrap();
        assert_eq!(
            e,
            Endpoint {
                host: "127.0.0.1:5000".into(),
                path: "teamstuff/app".into(),
                insecure: true
            }
        );
        assert!(r.endpoint("bad.example", "x").is_err());
        assert!(!r.endpoint("other.example", "x").unwrap().insecure);
        assert!(r.insecure_host("127.0.0.1:5000"));
        assert_eq!(
            r.candidates("alpine:3"),
            ["reg.one:5000/alpine:3", "docker.io/library/alpine:3"]
        );
        assert_eq!(r.candidates("bb:1"), ["reg.one:5000/tools/busybox:1"]);
        assert!(is_qualified("localhost:5000/x"));
        assert!(!is_qualified("library/alpine"));
    }

    #[test]
    fn drop_ins_merge_over_the_main_file() {
        let mut r = Registries::parse(CONF).unwrap();
        r.merge(
            parse_file(
                "[[registry]]\nlocation = \"bad.example\"\ninsecure = true\n\n[aliases]\n\"bb\" = \"other.example/bb\"\n\"new\" = \"n.example/new\"\n",
            )
            .unwrap(),
        );
        // Same prefix: replaced (no longer blocked); aliases merged key by key; the search
        // list is kept when the drop-in does not set it.
        assert!(r.endpoint("bad.example", "x").unwrap().insecure);
        assert_eq!(r.registry.len(), 3);
        assert_eq!(r.candidates("bb"), ["other.example/bb"]);
        assert_eq!(r.candidates("new:1"), ["n.example/new:1"]);
        assert_eq!(r.unqualified_search_registries.len(), 2);
        r.merge(parse_file("unqualified-search-registries = []\n").unwrap());
        assert!(r.unqualified_search_registries.is_empty());
    }
}

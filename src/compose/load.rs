//! From compose files to one validated `Project`: find the files, read `.env`, parse each
//! file, interpolate, normalize the list-or-map shapes, check every key and type (errors
//! name the file, the service and the key, and suggest the closest valid key), merge the
//! `-f` files in order, resolve `extends`, keep the services of the active profiles, check
//! references (depends_on, links, networks, volumes) and dependency cycles.

use super::interp::{interpolate, parse_dotenv, Vars};
use super::merge::merge_service;
use super::spec::{kind, ComposeFile, Extends, NetworkDef, Service, VolumeDef};
use anyhow::{anyhow, bail, Context, Result};
use serde_yaml_ng::{Mapping, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The file names looked for, in this order, in the directory and its parents.
pub const DEFAULT_FILES: &[&str] = &[
    "compose.yaml",
    "compose.yml",
    "docker-compose.yml",
    "docker-compose.yaml",
];

/// How to find and read a project: the global `compose` flags and the environment.
#[derive(Debug, Clone, Default)]
pub struct LoadOpts {
    /// `-f`: the files in order ("-" is not supported).
    pub files: Vec<PathBuf>,
    /// `-p`
    pub project_name: Option<String>,
    /// `--project-directory`
    pub project_dir: Option<PathBuf>,
    /// `--env-file`
    pub env_files: Vec<PathBuf>,
    /// `--profile`
    pub profiles: Vec<String>,
    /// Where the command runs.
    pub cwd: PathBuf,
    /// The caller's environment.
    pub env: Vars,
    /// Services named on the command line: their profiles count as active.
    pub named: Vec<String>,
}

/// A loaded, merged and checked project.
#[derive(Debug, Clone)]
pub struct Project {
    pub name: String,
    /// Relative paths in the files are relative to this directory.
    pub dir: PathBuf,
    pub files: Vec<PathBuf>,
    /// Services of inactive profiles are not here.
    pub file: ComposeFile,
    /// The variables interpolation used: the environment over `.env`.
    pub vars: Vars,
    /// Warnings to print (unset variables).
    pub warnings: Vec<String>,
}

/// Find, read, merge and check the project's files.
pub fn load(o: &LoadOpts) -> Result<Project> {
    let files = find_files(o)?;
    let dir = match &o.project_dir {
        Some(d) => absolute(&o.cwd, d),
        None => files[0].parent().map(Path::to_path_buf).unwrap_or_default(),
    };
    let vars = variables(o, &dir)?;
    let mut warnings = Vec::new();
    let mut merged: Option<Mapping> = None;
    for f in &files {
        let m = read_file(f, &vars, &mut warnings)?;
        merged = Some(match merged {
            None => m,
            Some(base) => merge_files(base, m),
        });
    }
    let merged = merged.unwrap_or_default();
    let mut file: ComposeFile = serde_yaml_ng::from_value(Value::Mapping(merged.clone()))
        .with_context(|| display(&files[0]))?;
    resolve_extends(&mut file, &merged, &files[0], &dir, &vars, &mut warnings)?;
    let name = project_name(o, &file, &dir, &vars)?;
    let mut active: BTreeSet<String> = o.profiles.iter().cloned().collect();
    if let Some(p) = vars.get("COMPOSE_PROFILES") {
        active.extend(p.split(',').filter(|s| !s.is_empty()).map(str::to_string));
    }
    file.services.retain(|n, s| {
        s.profiles.is_empty()
            || s.profiles.iter().any(|p| active.contains(p) || p == "*")
            || o.named.contains(n)
    });
    check(&file, &files[0])?;
    warnings.sort();
    warnings.dedup();
    Ok(Project {
        name,
        dir,
        files,
        file,
        vars,
        warnings,
    })
}

fn display(p: &Path) -> String {
    p.display().to_string()
}

fn absolute(cwd: &Path, p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        cwd.join(p)
    }
}

/// `-f` files, else `COMPOSE_FILE`, else the first default name found in the directory or
/// its parents, with its `.override` file beside it.
fn find_files(o: &LoadOpts) -> Result<Vec<PathBuf>> {
    if !o.files.is_empty() {
        let files: Vec<PathBuf> = o.files.iter().map(|f| absolute(&o.cwd, f)).collect();
        for f in &files {
            if !f.is_file() {
                bail!("open {}: no such file or directory", f.display());
            }
        }
        return Ok(files);
    }
    if let Some(list) = o.env.get("COMPOSE_FILE").filter(|l| !l.is_empty()) {
        let sep = o
            .env
            .get("COMPOSE_PATH_SEPARATOR")
            .cloned()
            .unwrap_or_else(|| ":".into());
        return Ok(list
            .split(sep.as_str())
            .map(|f| absolute(&o.cwd, Path::new(f)))
            .collect());
    }
    let start = o
        .project_dir
        .as_ref()
        .map_or(o.cwd.clone(), |d| absolute(&o.cwd, d));
    let mut dir = Some(start.as_path());
    while let Some(d) = dir {
        for name in DEFAULT_FILES {
            let p = d.join(name);
            if p.is_file() {
                let mut files = vec![p.clone()];
                let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "yml"));
                let over = d.join(format!("{stem}.override.{ext}"));
                if over.is_file() {
                    files.push(over);
                }
                return Ok(files);
            }
        }
        dir = d.parent();
    }
    bail!(
        "no configuration file provided: not found (looked for {} in {} and its parents)",
        DEFAULT_FILES.join(", "),
        start.display()
    )
}

/// The caller's environment over `--env-file` (or the project's `.env`).
fn variables(o: &LoadOpts, dir: &Path) -> Result<Vars> {
    let mut vars = Vars::new();
    let env_files: Vec<PathBuf> = if o.env_files.is_empty() {
        let p = dir.join(".env");
        if p.is_file() {
            vec![p]
        } else {
            vec![]
        }
    } else {
        o.env_files.iter().map(|f| absolute(&o.cwd, f)).collect()
    };
    for f in env_files {
        let text = std::fs::read_to_string(&f)
            .with_context(|| format!("reading the env file {}", f.display()))?;
        let mut base = o.env.clone();
        base.extend(vars.clone());
        vars.extend(parse_dotenv(&text, &base).with_context(|| display(&f))?);
    }
    vars.extend(o.env.clone());
    Ok(vars)
}

/// Read one file: YAML, interpolated, `x-` keys dropped, normalized, keys and types checked.
fn read_file(path: &Path, vars: &Vars, warnings: &mut Vec<String>) -> Result<Mapping> {
    let f = display(path);
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {f}"))?;
    let v: Value = serde_yaml_ng::from_str(&text).map_err(|e| anyhow!("{f}: {e}"))?;
    let mut m = match v {
        Value::Mapping(m) => m,
        Value::Null => Mapping::new(),
        other => bail!("{f}: the top level must be a map, not {}", kind(&other)),
    };
    let mut v = Value::Mapping(std::mem::take(&mut m));
    interpolate_value(&mut v, "", vars, warnings).map_err(|e| anyhow!("{f}: {e}"))?;
    let Value::Mapping(mut m) = v else {
        unreachable!()
    };
    drop_extensions(&mut m);
    normalize(&mut m, &f)?;
    check_types(&m, &f)?;
    Ok(m)
}

/// Interpolate every string scalar; `path` names the key for errors.
fn interpolate_value(v: &mut Value, path: &str, vars: &Vars, warn: &mut Vec<String>) -> Result<()> {
    match v {
        Value::String(s) => {
            let r = interpolate(s, vars).map_err(|e| anyhow!("{path}: {e}"))?;
            for u in r.unset {
                warn.push(format!(
                    "The \"{u}\" variable is not set. Defaulting to a blank string."
                ));
            }
            *s = r.text;
        }
        Value::Sequence(l) => {
            for (i, x) in l.iter_mut().enumerate() {
                interpolate_value(x, &format!("{path}[{i}]"), vars, warn)?;
            }
        }
        Value::Mapping(m) => {
            for (k, x) in m.iter_mut() {
                let key = key_text(k);
                // Extension fields are not interpolated (they may hold anything).
                if key.starts_with("x-") {
                    continue;
                }
                let p = if path.is_empty() {
                    key
                } else {
                    format!("{path}.{key}")
                };
                interpolate_value(x, &p, vars, warn)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn key_text(k: &Value) -> String {
    match k {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        other => format!("{other:?}"),
    }
}

/// `x-*` keys at the top level and in services, networks and volumes are extensions.
fn drop_extensions(m: &mut Mapping) {
    m.retain(|k, _| !key_text(k).starts_with("x-"));
    for sect in ["services", "networks", "volumes"] {
        if let Some(Value::Mapping(s)) = m.get_mut(sect) {
            for (_, v) in s.iter_mut() {
                if let Value::Mapping(inner) = v {
                    inner.retain(|k, _| !key_text(k).starts_with("x-"));
                }
            }
        }
    }
}

/// Turn the list forms of list-or-map keys into maps, so that files merge key by key.
fn normalize(m: &mut Mapping, f: &str) -> Result<()> {
    let Some(Value::Mapping(services)) = m.get_mut("services") else {
        if let Some(s) = m.get("services") {
            if !s.is_null() {
                bail!("{f}: services must be a map, not {}", kind(s));
            }
        }
        return Ok(());
    };
    for (name, svc) in services.iter_mut() {
        let name = key_text(name);
        let Value::Mapping(svc) = svc else {
            if svc.is_null() {
                *svc = Value::Mapping(Mapping::new());
                continue;
            }
            bail!("{f}: service \"{name}\" must be a map, not {}", kind(svc));
        };
        let ctx = |key: &str| format!("{f}: service \"{name}\": {key}");
        for key in ["environment", "labels", "sysctls"] {
            list_to_map(svc, key, '=', &ctx(key))?;
        }
        list_to_map(svc, "extra_hosts", ':', &ctx("extra_hosts"))?;
        if let Some(Value::Mapping(b)) = svc.get_mut("build") {
            list_to_map(b, "args", '=', &ctx("build.args"))?;
            list_to_map(b, "labels", '=', &ctx("build.labels"))?;
        }
        names_to_map(svc, "networks", &ctx("networks"), Value::Null)?;
        let started: Mapping = [(
            Value::String("condition".into()),
            Value::String("service_started".into()),
        )]
        .into_iter()
        .collect();
        names_to_map(
            svc,
            "depends_on",
            &ctx("depends_on"),
            Value::Mapping(started),
        )?;
    }
    Ok(())
}

/// `[K=V, K]` → `{K: V, K: null}` (extra_hosts: `host:ip` or `host=ip`).
fn list_to_map(svc: &mut Mapping, key: &str, sep: char, ctx: &str) -> Result<()> {
    let Some(v) = svc.get_mut(key) else {
        return Ok(());
    };
    let Value::Sequence(list) = v else {
        if !matches!(v, Value::Mapping(_) | Value::Null) {
            bail!("{ctx}: must be a list or a map, not {}", kind(v));
        }
        return Ok(());
    };
    let mut out = Mapping::new();
    for item in list.iter() {
        let s = match item {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            other => bail!("{ctx}: entries must be strings, not {}", kind(other)),
        };
        let split = if sep == ':' {
            s.split_once('=').or_else(|| s.split_once(':'))
        } else {
            s.split_once(sep)
        };
        match split {
            Some((k, val)) => out.insert(Value::String(k.into()), Value::String(val.into())),
            None => out.insert(Value::String(s), Value::Null),
        };
    }
    *v = Value::Mapping(out);
    Ok(())
}

/// `[a, b]` → `{a: DEFAULT, b: DEFAULT}`.
fn names_to_map(svc: &mut Mapping, key: &str, ctx: &str, default: Value) -> Result<()> {
    let Some(v) = svc.get_mut(key) else {
        return Ok(());
    };
    match v {
        Value::Sequence(list) => {
            let mut out = Mapping::new();
            for item in list.iter() {
                let Value::String(s) = item else {
                    bail!("{ctx}: entries must be names, not {}", kind(item));
                };
                out.insert(Value::String(s.clone()), default.clone());
            }
            *v = Value::Mapping(out);
        }
        Value::Mapping(m) => {
            for (_, x) in m.iter_mut() {
                if x.is_null() && !default.is_null() {
                    *x = default.clone();
                }
            }
        }
        Value::Null => {}
        other => bail!("{ctx}: must be a list or a map, not {}", kind(other)),
    }
    Ok(())
}

/// Every key of the file read into the model one at a time, so that an error names it.
fn check_types(m: &Mapping, f: &str) -> Result<()> {
    for (k, v) in m {
        let key = key_text(k);
        let one: Mapping = [(k.clone(), v.clone())].into_iter().collect();
        let r: std::result::Result<ComposeFile, _> = serde_yaml_ng::from_value(Value::Mapping(one));
        let Err(e) = r else { continue };
        if matches!(key.as_str(), "services" | "networks" | "volumes") {
            // The entries below say more.
        } else {
            bail!("{f}: {}", explain(&e.to_string(), &key, true));
        }
    }
    if let Some(Value::Mapping(services)) = m.get("services") {
        for (name, svc) in services {
            let name = key_text(name);
            let Value::Mapping(svc) = svc else { continue };
            for (k, v) in svc {
                let key = key_text(k);
                let one: Mapping = [(k.clone(), v.clone())].into_iter().collect();
                if let Err(e) = serde_yaml_ng::from_value::<Service>(Value::Mapping(one)) {
                    bail!(
                        "{f}: service \"{name}\": {}",
                        explain(&e.to_string(), &key, true)
                    );
                }
            }
        }
    }
    for (sect, what) in [("networks", "network"), ("volumes", "volume")] {
        let Some(Value::Mapping(defs)) = m.get(sect) else {
            continue;
        };
        for (name, def) in defs {
            let name = key_text(name);
            let r = if sect == "networks" {
                serde_yaml_ng::from_value::<Option<NetworkDef>>(def.clone()).err()
            } else {
                serde_yaml_ng::from_value::<Option<VolumeDef>>(def.clone()).err()
            };
            if let Some(e) = r {
                bail!(
                    "{f}: {what} \"{name}\": {}",
                    explain(&e.to_string(), "", false)
                );
            }
        }
    }
    Ok(())
}

/// serde's message, reworded: an unknown field gets the closest valid name.
fn explain(msg: &str, key: &str, top: bool) -> String {
    let ticks: Vec<&str> = msg.split('`').skip(1).step_by(2).collect();
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or("");
        let valid: Vec<&str> = ticks.iter().skip(1).copied().collect();
        let hint = match closest(field, &valid) {
            Some(c) => format!(" (did you mean \"{c}\"?)"),
            None => String::new(),
        };
        return if key.is_empty() || (top && field == key) {
            format!("unknown key \"{field}\"{hint}")
        } else {
            format!("{key}: unknown key \"{field}\"{hint}")
        };
    }
    // A nested unknown field keeps serde's text; name the closest key all the same.
    if let Some(i) = msg.find("unknown field `") {
        let rest = &msg[i + "unknown field `".len()..];
        let field = rest.split('`').next().unwrap_or("");
        let valid: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
        let hint = closest(field, &valid)
            .map(|c| format!(" (did you mean \"{c}\"?)"))
            .unwrap_or_default();
        return format!("{key}: unknown key \"{field}\"{hint}");
    }
    if key.is_empty() {
        msg.to_string()
    } else {
        format!("{key}: {msg}")
    }
}

/// The valid name nearest to `word` by edit distance, when it is near enough.
pub fn closest<'a>(word: &str, valid: &[&'a str]) -> Option<&'a str> {
    let best = valid.iter().map(|v| (distance(word, v), *v)).min()?;
    (best.0 <= 2.max(word.len() / 3)).then_some(best.1)
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// A later `-f` file over an earlier one: services merged key by key, other sections map by map.
fn merge_files(mut base: Mapping, over: Mapping) -> Mapping {
    for (k, v) in over {
        let key = key_text(&k);
        match (base.get_mut(&k), v) {
            (Some(Value::Mapping(b)), Value::Mapping(o)) if key == "services" => {
                for (name, svc) in o {
                    match (b.get_mut(&name), svc) {
                        (Some(Value::Mapping(bs)), Value::Mapping(os)) => merge_service(bs, os),
                        (_, svc) => {
                            b.insert(name, svc);
                        }
                    }
                }
            }
            (Some(Value::Mapping(b)), Value::Mapping(o)) => {
                for (name, def) in o {
                    match (b.get_mut(&name), def) {
                        (Some(Value::Mapping(bd)), Value::Mapping(od)) => {
                            for (dk, dv) in od {
                                bd.insert(dk, dv);
                            }
                        }
                        (_, def) => {
                            b.insert(name, def);
                        }
                    }
                }
            }
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
    base
}

/// `extends`: the base service (of this project, or of another file) under the service.
fn resolve_extends(
    file: &mut ComposeFile,
    raw: &Mapping,
    main: &Path,
    dir: &Path,
    vars: &Vars,
    warnings: &mut Vec<String>,
) -> Result<()> {
    let names: Vec<String> = file
        .services
        .iter()
        .filter(|(_, s)| s.extends.is_some())
        .map(|(n, _)| n.clone())
        .collect();
    let raw_services = match raw.get("services") {
        Some(Value::Mapping(m)) => m.clone(),
        _ => Mapping::new(),
    };
    for name in names {
        let mut seen = vec![name.clone()];
        let mut svc_raw = match raw_services.get(name.as_str()) {
            Some(Value::Mapping(m)) => m.clone(),
            _ => Mapping::new(),
        };
        let mut local = raw_services.clone();
        let mut from = main.to_path_buf();
        while let Some(ext) = svc_raw.remove("extends") {
            let ext: Extends = serde_yaml_ng::from_value(ext)
                .with_context(|| format!("service \"{name}\": extends"))?;
            let (base_name, other) = match ext {
                Extends::Name(n) => (n, None),
                Extends::Long(l) => (l.service, l.file),
            };
            if let Some(other) = other {
                let p = absolute(from.parent().unwrap_or(dir), Path::new(&other));
                let m = read_file(&p, vars, warnings)?;
                local = match m.get("services") {
                    Some(Value::Mapping(s)) => s.clone(),
                    _ => Mapping::new(),
                };
                from = p;
            }
            if seen.contains(&base_name) {
                bail!(
                    "{}: service \"{name}\": circular reference with extends: {} -> {base_name}",
                    display(main),
                    seen.join(" -> ")
                );
            }
            seen.push(base_name.clone());
            let Some(Value::Mapping(base)) = local.get(base_name.as_str()).cloned() else {
                bail!(
                    "{}: service \"{name}\": cannot extend service \"{base_name}\": it is not defined in {}",
                    display(main),
                    display(&from)
                );
            };
            let mut merged = base;
            merge_service(&mut merged, svc_raw);
            svc_raw = merged;
        }
        // depends_on, links and volumes_from of the base are not inherited.
        let svc: Service = serde_yaml_ng::from_value(Value::Mapping(svc_raw))
            .with_context(|| format!("{}: service \"{name}\"", display(main)))?;
        file.services.insert(name, svc);
    }
    Ok(())
}

/// `-p`, `COMPOSE_PROJECT_NAME`, the file's `name:`, else the project directory's name;
/// lower case, only `[a-z0-9_-]`, starting with a letter or digit.
fn project_name(o: &LoadOpts, file: &ComposeFile, dir: &Path, vars: &Vars) -> Result<String> {
    if let Some(n) = &o.project_name {
        return check_name(n);
    }
    if let Some(n) = vars.get("COMPOSE_PROJECT_NAME").filter(|n| !n.is_empty()) {
        return check_name(n);
    }
    if let Some(n) = &file.name {
        return check_name(n);
    }
    let base = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let n: String = base
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    let n = n.trim_start_matches(['_', '-']).to_string();
    if n.is_empty() {
        bail!("project name must not be empty: use -p NAME");
    }
    Ok(n)
}

fn check_name(n: &str) -> Result<String> {
    let ok = n
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && n.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    if !ok {
        bail!("invalid project name {n:?}: it must contain only lowercase letters, digits, dashes and underscores, and start with a letter or digit");
    }
    Ok(n.to_string())
}

/// References and cycles, after merging and profiles.
fn check(file: &ComposeFile, main: &Path) -> Result<()> {
    let f = display(main);
    if file.services.is_empty() {
        bail!("{f}: no service defined (or none in the active profiles)");
    }
    for (name, s) in &file.services {
        if s.image.is_none() && s.build.is_none() {
            bail!("{f}: service \"{name}\" has neither an image nor a build context specified: invalid compose project");
        }
        for dep in s.depends_on.keys() {
            if !file.services.contains_key(dep) {
                bail!("{f}: service \"{name}\" depends on undefined service \"{dep}\": invalid compose project");
            }
        }
        for (dep, d) in &s.depends_on {
            if let Some(c) = d.as_ref().and_then(|d| d.condition.as_deref()) {
                if !matches!(
                    c,
                    "service_started" | "service_healthy" | "service_completed_successfully"
                ) {
                    bail!("{f}: service \"{name}\": depends_on \"{dep}\": unknown condition \"{c}\": use service_started, service_healthy or service_completed_successfully");
                }
            }
        }
        for l in &s.links {
            let target = l.split_once(':').map_or(l.as_str(), |(t, _)| t);
            if !file.services.contains_key(target) {
                bail!("{f}: service \"{name}\" has a link to undefined service \"{target}\": invalid compose project");
            }
        }
        if let Some(m) = &s.network_mode {
            if let Some(t) = m.strip_prefix("service:") {
                if !file.services.contains_key(t) {
                    bail!("{f}: service \"{name}\": network_mode refers to undefined service \"{t}\": invalid compose project");
                }
            }
            if !s.networks.is_empty() {
                bail!("{f}: service \"{name}\": network_mode and networks cannot be combined");
            }
        }
        for n in s.networks.keys() {
            if n != "default" && !file.networks.contains_key(n) {
                bail!("{f}: service \"{name}\" refers to undefined network {n}: invalid compose project");
            }
        }
        for v in &s.volumes {
            if let Some(src) = super::convert::named_volume(v) {
                if !file.volumes.contains_key(&src) {
                    bail!("{f}: service \"{name}\" refers to undefined volume {src}: invalid compose project");
                }
            }
        }
    }
    if let Some(cycle) = super::order::find_cycle(file) {
        bail!("{f}: dependency cycle detected: {}", cycle.join(" -> "));
    }
    Ok(())
}

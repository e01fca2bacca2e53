//! Credentials: podman's auth.json (`{"auths": {"HOST": {"auth": base64("user:pass")}}}`).
//! Written to `--authfile`, `$REGISTRY_AUTH_FILE` or `$XDG_RUNTIME_DIR/containers/auth.json`;
//! read from that file, then `~/.config/containers/auth.json` and `~/.docker/config.json`.
//! In each file a `credHelpers` entry for the registry, then `auths`, then `credsStore` is
//! used; a helper is `docker-credential-NAME get` on PATH. `login` stores through
//! (`store`) and `logout` erases from (`erase`) the helper the written file names for the
//! registry (`credHelpers`, else `credsStore`) instead of writing the password into the file.

use anyhow::{bail, Context, Result};
use base64::Engine as _;
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The auth file written by login and logout.
pub fn write_path(authfile: Option<&Path>) -> PathBuf {
    if let Some(p) = authfile {
        return p.to_path_buf();
    }
    if let Some(p) = std::env::var_os("REGISTRY_AUTH_FILE").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join("containers/auth.json");
    }
    let uid = rustix::process::getuid().as_raw();
    let run = PathBuf::from(format!("/run/user/{uid}"));
    if run.is_dir() {
        return run.join("containers/auth.json");
    }
    home().join(".config/containers/auth.json")
}

fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/"))
}

/// Files searched for credentials, in order.
fn read_paths(authfile: Option<&Path>) -> Vec<PathBuf> {
    let first = write_path(authfile);
    if authfile.is_some() {
        return vec![first];
    }
    let mut v = vec![first];
    for p in [
        home().join(".config/containers/auth.json"),
        home().join(".docker/config.json"),
    ] {
        if !v.contains(&p) {
            v.push(p);
        }
    }
    v
}

/// `https://index.docker.io/v1/` → `index.docker.io`: keys are compared without scheme or path.
fn normalize_key(k: &str) -> String {
    let k = k
        .strip_prefix("https://")
        .or_else(|| k.strip_prefix("http://"))
        .unwrap_or(k);
    let k = k.trim_end_matches('/');
    let k = k
        .strip_suffix("/v1")
        .or_else(|| k.strip_suffix("/v2"))
        .unwrap_or(k);
    match k {
        "index.docker.io" | "registry-1.docker.io" => "docker.io".to_string(),
        _ => k.to_string(),
    }
}

fn load(path: &Path) -> Result<Map<String, Value>> {
    match std::fs::read(path) {
        Ok(b) if b.iter().all(|c| c.is_ascii_whitespace()) => Ok(Map::new()),
        Ok(b) => match serde_json::from_slice::<Value>(&b) {
            Ok(Value::Object(m)) => Ok(m),
            _ => bail!("{} is not a valid auth file", path.display()),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Map::new()),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

fn decode(entry: &Value) -> Option<(String, String)> {
    let a = entry.get("auth")?.as_str()?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(a.trim())
        .ok()?;
    let s = String::from_utf8(raw).ok()?;
    let (u, p) = s.split_once(':')?;
    Some((u.to_string(), p.to_string()))
}

/// Runs `docker-credential-NAME ACTION` (found on PATH) with `input` on stdin: (success,
/// stdout, stderr).
fn helper_run(name: &str, action: &str, input: &[u8]) -> Result<(bool, String, String)> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    if name.is_empty() || name.contains('/') {
        bail!("invalid credential helper name {name:?}");
    }
    let prog = format!("docker-credential-{name}");
    let mut child = Command::new(&prog)
        .arg(action)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("running credential helper {prog}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A helper that exits without reading its input is judged by its output below.
        let _ = stdin.write_all(input);
    }
    let out = child
        .wait_with_output()
        .with_context(|| format!("running credential helper {prog}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success()
        && !stdout.contains("credentials not found")
        && !stderr.contains("credentials not found")
    {
        let msg = if stderr.trim().is_empty() {
            stdout.trim()
        } else {
            stderr.trim()
        };
        let msg = msg.lines().next().unwrap_or("");
        bail!(
            "credential helper {prog} {action} failed ({}): {msg}",
            out.status
        );
    }
    Ok((out.status.success(), stdout, stderr))
}

/// `get`: the registry on stdin, `{"Username", "Secret"}` out; "credentials not found" is
/// no credentials.
fn helper_get(name: &str, registry: &str) -> Result<Option<(String, String)>> {
    let (ok, text, _) = helper_run(name, "get", registry.as_bytes())?;
    if !ok {
        return Ok(None);
    }
    let v: Value = serde_json::from_str(&text).with_context(|| {
        format!("credential helper docker-credential-{name}: output is not JSON")
    })?;
    let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
    let (user, secret) = (field("Username"), field("Secret"));
    if user.is_empty() && secret.is_empty() {
        return Ok(None);
    }
    Ok(Some((user, secret)))
}

/// `store`: `{"ServerURL", "Username", "Secret"}` on stdin.
fn helper_store(name: &str, registry: &str, user: &str, secret: &str) -> Result<()> {
    let input = serde_json::json!({"ServerURL": registry, "Username": user, "Secret": secret});
    match helper_run(name, "store", input.to_string().as_bytes())? {
        (true, _, _) => Ok(()),
        (false, _, _) => bail!("credential helper docker-credential-{name} store failed"),
    }
}

/// `erase`: the registry on stdin; false when the helper had no credentials for it.
fn helper_erase(name: &str, registry: &str) -> Result<bool> {
    Ok(helper_run(name, "erase", registry.as_bytes())?.0)
}

/// The helper that keeps the credentials of `key` according to the auth file: its
/// `credHelpers` entry, else `credsStore`. Keys naming a repository are kept in the file.
fn helper_for(m: &Map<String, Value>, key: &str) -> Option<String> {
    if key.contains('/') {
        return None;
    }
    if let Some(Value::Object(helpers)) = m.get("credHelpers") {
        if let Some(h) = helpers
            .iter()
            .find(|(k, _)| normalize_key(k) == key)
            .and_then(|(_, v)| v.as_str())
        {
            return Some(h.to_string());
        }
    }
    m.get("credsStore")
        .and_then(|v| v.as_str())
        .filter(|h| !h.is_empty())
        .map(String::from)
}

/// Credentials for `registry/repo` (a key naming the repository or a prefix of it wins over
/// the bare registry key).
pub fn lookup(
    authfile: Option<&Path>,
    registry: &str,
    repo: &str,
) -> Result<Option<(String, String)>> {
    let registry = normalize_key(registry);
    let full = format!("{registry}/{repo}");
    for p in read_paths(authfile) {
        let m = load(&p)?;
        // `credHelpers` naming this registry wins over `auths` in the same file.
        if let Some(Value::Object(helpers)) = m.get("credHelpers") {
            let h = helpers
                .iter()
                .find(|(k, _)| normalize_key(k) == registry)
                .and_then(|(_, v)| v.as_str());
            if let Some(h) = h {
                return helper_get(h, &registry);
            }
        }
        let auths = match m.get("auths") {
            Some(Value::Object(a)) => a.clone(),
            _ => Map::new(),
        };
        let mut best: Option<(usize, &Value)> = None;
        for (k, v) in &auths {
            let nk = normalize_key(k);
            let hit = nk == registry || full == nk || full.starts_with(&format!("{nk}/"));
            if hit && best.is_none_or(|(l, _)| nk.len() > l) {
                best = Some((nk.len(), v));
            }
        }
        if let Some((_, v)) = best {
            if let Some(c) = decode(v) {
                return Ok(Some(c));
            }
        }
        // docker's `credsStore`: the default helper for registries not listed above.
        if let Some(h) = m.get("credsStore").and_then(|v| v.as_str()) {
            if !h.is_empty() {
                // A default store whose program is not installed (a config copied from
                // another machine) gives no credentials rather than failing every command.
                let installed = std::env::var_os("PATH").is_some_and(|p| {
                    std::env::split_paths(&p)
                        .any(|d| d.join(format!("docker-credential-{h}")).is_file())
                });
                if installed {
                    if let Some(c) = helper_get(h, &registry)? {
                        return Ok(Some(c));
                    }
                }
            }
        }
    }
    Ok(None)
}

fn store(path: &Path, m: &Map<String, Value>) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut b = serde_json::to_vec_pretty(&Value::Object(m.clone()))?;
    b.push(b'\n');
    let tmp = dir.join(format!(".{}", crate::fsutil::unique_name("auth")));
    {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)
            .with_context(|| format!("writing {}", path.display()))?;
        f.write_all(&b)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

/// Store credentials for `key` (a registry, optionally with a repository path): through the
/// credential helper the auth file names for it, else in the file.
pub fn save(authfile: Option<&Path>, key: &str, user: &str, pass: &str) -> Result<()> {
    let path = write_path(authfile);
    let mut m = load(&path)?;
    let nk = normalize_key(key);
    if let Some(h) = helper_for(&m, &nk) {
        return helper_store(&h, &nk, user, pass);
    }
    let auths = m
        .entry("auths")
        .or_insert_with(|| Value::Object(Map::new()));
    if !auths.is_object() {
        *auths = Value::Object(Map::new());
    }
    let enc = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"));
    if let Value::Object(a) = auths {
        a.retain(|k, _| normalize_key(k) != nk);
        a.insert(nk, serde_json::json!({ "auth": enc }));
    }
    store(&path, &m)
}

/// Remove credentials for `key` (from its credential helper, and from the file); false when
/// there were none.
pub fn remove(authfile: Option<&Path>, key: &str) -> Result<bool> {
    let path = write_path(authfile);
    let mut m = load(&path)?;
    let nk = normalize_key(key);
    let mut found = match helper_for(&m, &nk) {
        Some(h) => helper_erase(&h, &nk)?,
        None => false,
    };
    let mut changed = false;
    if let Some(Value::Object(a)) = m.get_mut("auths") {
        let before = a.len();
        a.retain(|k, _| normalize_key(k) != nk);
        changed = a.len() != before;
    }
    if changed {
        store(&path, &m)?;
    }
    found |= changed;
    Ok(found)
}

/// Remove every credential from the auth file, and from the helpers its `credHelpers` names
/// (each for its registry; a `credsStore` cannot be listed and is left alone).
pub fn remove_all(authfile: Option<&Path>) -> Result<()> {
    let path = write_path(authfile);
    let mut m = load(&path)?;
    if let Some(Value::Object(helpers)) = m.get("credHelpers") {
        for (reg, h) in helpers {
            if let Some(h) = h.as_str() {
                helper_erase(h, &normalize_key(reg))?;
            }
        }
    }
    m.insert("auths".into(), Value::Object(Map::new()));
    store(&path, &m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_compare_without_scheme() {
        assert_eq!(normalize_key("https://index.docker.io/v1/"), "docker.io");
        assert_eq!(normalize_key("localhost:5000"), "localhost:5000");
        assert_eq!(
            normalize_key("http://reg.example:5000/"),
            "reg.example:5000"
        );
    }

    #[test]
    fn save_lookup_remove() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("auth.json");
        save(Some(&f), "reg.example:5000", "u", "p:w").unwrap();
        save(Some(&f), "reg.example:5000/team", "t", "x").unwrap();
        assert_eq!(
            lookup(Some(&f), "reg.example:5000", "other/img").unwrap(),
            Some(("u".into(), "p:w".into()))
        );
        assert_eq!(
            lookup(Some(&f), "reg.example:5000", "team/img").unwrap(),
            Some(("t".into(), "x".into()))
        );
        assert!(remove(Some(&f), "reg.example:5000").unwrap());
        assert!(!remove(Some(&f), "reg.example:5000").unwrap());
        assert_eq!(
            lookup(Some(&f), "reg.example:5000", "other/img").unwrap(),
            None
        );
    }
}

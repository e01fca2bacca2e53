//! `login` (credentials checked against the registry, then stored in auth.json or the
//! credential helper it names) and `logout`.

use super::transfer::ClientOpts;
use crate::registry::conf::Registries;
use crate::registry::{auth, Client};
use anyhow::{anyhow, bail, Context, Result};

pub struct LoginOpts {
    pub registry: String,
    pub username: String,
    pub password: String,
    pub client: ClientOpts,
}

/// `host[:port][/repo]` from what the user typed (a scheme or path is dropped).
fn login_key(s: &str) -> Result<String> {
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .or_else(|| s.strip_prefix("docker://"))
        .unwrap_or(s)
        .trim_end_matches('/');
    if s.is_empty() {
        bail!("no registry given");
    }
    Ok(crate::registry::auth_key(s))
}

/// `login`: check the credentials against the registry, then store them (auth file or the
/// credential helper it names).
pub fn login(opts: &LoginOpts) -> Result<()> {
    let key = login_key(&opts.registry)?;
    let host = key.split('/').next().unwrap_or(&key).to_string();
    if opts.username.is_empty() {
        bail!("logging into {host:?}: a username is required");
    }
    let regs = Registries::load()?;
    let mut copts = opts.client.clone();
    copts.creds = Some((opts.username.clone(), opts.password.clone()));
    let client = Client::connect(&host, "", regs.insecure_host(&host), &copts)
        .with_context(|| format!("logging into {host:?}"))?;
    if let Err(e) = client.check_login() {
        let msg = format!("{e:#}");
        if msg.contains("unauthorized") || msg.contains("denied") {
            bail!("logging into {host:?}: invalid username/password: {msg}");
        }
        return Err(e.context(format!("logging into {host:?}")));
    }
    auth::save(
        opts.client.authfile.as_deref(),
        &key,
        &opts.username,
        &opts.password,
    )?;
    Ok(())
}

/// `login HOST` without credentials: check the stored ones. Returns the key when they are
/// valid, None when there are none.
pub fn login_existing(registry: &str, client: &ClientOpts) -> Result<Option<String>> {
    let key = login_key(registry)?;
    let host = key.split('/').next().unwrap_or(&key).to_string();
    let repo = key.split_once('/').map(|(_, r)| r).unwrap_or("");
    let Some(creds) = auth::lookup(client.authfile.as_deref(), &host, repo)? else {
        return Ok(None);
    };
    let regs = Registries::load()?;
    let mut copts = client.clone();
    copts.creds = Some(creds);
    let c = Client::connect(&host, repo, regs.insecure_host(&host), &copts)
        .with_context(|| format!("logging into {host:?}"))?;
    c.check_login().map_err(|e| {
        anyhow!("logging into {host:?}: the stored credentials are not valid: {e:#}")
    })?;
    Ok(Some(key))
}

/// `logout HOST` or `logout -a`.
pub fn logout(
    registry: Option<&str>,
    all: bool,
    authfile: Option<&std::path::Path>,
) -> Result<String> {
    if all {
        auth::remove_all(authfile)?;
        return Ok("Removed login credentials for all registries".into());
    }
    let Some(r) = registry else {
        bail!("registry must be given");
    };
    let key = login_key(r)?;
    if !auth::remove(authfile, &key)? {
        bail!("not logged into {key}");
    }
    Ok(format!("Removed login credentials for {key}"))
}

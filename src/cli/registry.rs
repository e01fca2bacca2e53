//! Registry commands: pull, push, login, logout.

use super::progress::Render;
use crate::engine::image::login::{self, LoginOpts};
use crate::engine::image::pull::{self, PullOpts};
use crate::engine::image::push::{self, PushOpts};
use crate::engine::image::transfer::ClientOpts;
use crate::engine::Engine;
use anyhow::{bail, Context, Result};
use clap::Args;
use std::io::BufRead;
use std::os::fd::AsFd;
use std::path::PathBuf;

/// Flags shared by commands that talk to a registry.
#[derive(Args, Debug, Clone)]
pub struct RegistryFlags {
    /// Require HTTPS and verify certificates (false allows HTTP and unverified TLS)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub tls_verify: Option<bool>,
    /// Directory with certificates (*.crt CAs, *.cert/*.key client certificate)
    #[arg(long, value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,
    /// Authentication file (default $REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json)
    #[arg(long, value_name = "FILE")]
    pub authfile: Option<PathBuf>,
}

impl RegistryFlags {
    pub(super) fn client(&self, creds: Option<&str>) -> Result<ClientOpts> {
        let creds = match creds {
            Some(c) => {
                let (u, p) = c.split_once(':').unwrap_or((c, ""));
                if u.is_empty() {
                    bail!("invalid --creds: a username is required");
                }
                Some((u.to_string(), p.to_string()))
            }
            None => None,
        };
        Ok(ClientOpts {
            tls_verify: self.tls_verify,
            cert_dir: self.cert_dir.clone(),
            authfile: self.authfile.clone(),
            creds,
        })
    }
}

#[derive(Args, Debug)]
pub struct PullArgs {
    /// Print nothing but the image ID (no progress)
    #[arg(short, long)]
    pub quiet: bool,
    /// Pull the image for this platform (os/arch[/variant])
    #[arg(long, value_name = "PLATFORM")]
    pub platform: Option<String>,
    /// Architecture to pull for (overrides --platform's)
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// Operating system to pull for (overrides --platform's)
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// Architecture variant to pull for
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
    /// Credentials (USERNAME[:PASSWORD]) for the registry
    #[arg(long, value_name = "CREDS")]
    pub creds: Option<String>,
    #[command(flatten)]
    pub reg: RegistryFlags,
    /// Image to pull
    pub image: String,
}

#[derive(Args, Debug)]
pub struct PushArgs {
    /// Print nothing
    #[arg(short, long)]
    pub quiet: bool,
    /// Credentials (USERNAME[:PASSWORD]) for the registry
    #[arg(long, value_name = "CREDS")]
    pub creds: Option<String>,
    /// Write the manifest digest to this file
    #[arg(long, value_name = "FILE")]
    pub digestfile: Option<PathBuf>,
    #[command(flatten)]
    pub reg: RegistryFlags,
    /// Local image
    pub image: String,
    /// Destination (default: the image name)
    pub destination: Option<String>,
}

#[derive(Args, Debug)]
pub struct LoginArgs {
    /// Username
    #[arg(short, long)]
    pub username: Option<String>,
    /// Password
    #[arg(short, long)]
    pub password: Option<String>,
    /// Read the password from standard input
    #[arg(long)]
    pub password_stdin: bool,
    #[command(flatten)]
    pub reg: RegistryFlags,
    /// Registry host[:port]
    pub registry: String,
}

#[derive(Args, Debug)]
pub struct LogoutArgs {
    /// Remove the credentials of every registry
    #[arg(short, long)]
    pub all: bool,
    /// Authentication file
    #[arg(long, value_name = "FILE")]
    pub authfile: Option<PathBuf>,
    /// Registry host[:port]
    pub registry: Option<String>,
}

/// `--platform` with `--os`/`--arch`/`--variant` over its parts (the host's by default).
pub(super) fn platform(
    platform: Option<String>,
    os: Option<String>,
    arch: Option<String>,
    variant: Option<String>,
) -> Option<String> {
    if os.is_none() && arch.is_none() && variant.is_none() {
        return platform;
    }
    let parts: Vec<String> = platform
        .as_deref()
        .map(|p| p.split('/').map(str::to_string).collect())
        .unwrap_or_default();
    let os = os
        .or_else(|| parts.first().cloned())
        .unwrap_or_else(|| "linux".into());
    let arch = arch.or_else(|| parts.get(1).cloned()).unwrap_or_else(|| {
        match std::env::consts::ARCH {
            "x86_64" => "amd64",
            "aarch64" => "arm64",
            other => other,
        }
        .to_string()
    });
    match variant.or_else(|| parts.get(2).cloned()) {
        Some(v) => Some(format!("{os}/{arch}/{v}")),
        None => Some(format!("{os}/{arch}")),
    }
}

pub fn pull(e: &Engine, a: PullArgs) -> Result<i32> {
    let platform = platform(a.platform, a.os, a.arch, a.variant);
    let opts = PullOpts {
        reference: a.image.clone(),
        platform,
        client: a.reg.client(a.creds.as_deref())?,
    };
    let id = pull::pull(e, &opts, &Render::new(a.quiet))?;
    println!("{id}");
    Ok(0)
}

pub fn push(e: &Engine, a: PushArgs) -> Result<i32> {
    let opts = PushOpts {
        image: a.image.clone(),
        dest: a.destination.clone(),
        client: a.reg.client(a.creds.as_deref())?,
    };
    let digest = push::push(e, &opts, &Render::new(a.quiet))?;
    if let Some(f) = &a.digestfile {
        std::fs::write(f, &digest).with_context(|| format!("writing {}", f.display()))?;
    }
    Ok(0)
}

pub fn login(a: LoginArgs) -> Result<i32> {
    if a.username.is_none() && a.password.is_none() && !a.password_stdin {
        if let Some(key) = login::login_existing(&a.registry, &a.reg.client(None)?)? {
            println!("Authenticating with existing credentials for {key}");
            println!("Existing credentials are valid. Already logged in to {key}");
            return Ok(0);
        }
    }
    let on_terminal = crate::runtime::tty::is_tty(std::io::stdin().as_fd());
    // On a terminal, ask for what was not given, as podman does.
    let username = match a.username.clone() {
        Some(u) => Some(u),
        None if on_terminal && !a.password_stdin => {
            Some(crate::runtime::tty::prompt_line("Username: ", false)?)
        }
        None => None,
    };
    let password = match (&a.password, a.password_stdin) {
        (Some(_), true) => bail!("--password and --password-stdin cannot be used together"),
        (Some(p), false) => p.clone(),
        (None, true) => {
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .context("reading the password from standard input")?;
            line.trim_end_matches(['\n', '\r']).to_string()
        }
        (None, false) if on_terminal => crate::runtime::tty::prompt_line("Password: ", true)?,
        (None, false) => bail!("a password is required: use --password or --password-stdin"),
    };
    let Some(username) = username else {
        bail!("a username is required: use --username");
    };
    let opts = LoginOpts {
        registry: a.registry.clone(),
        username,
        password,
        client: a.reg.client(None)?,
    };
    login::login(&opts)?;
    println!("Login Succeeded!");
    Ok(0)
}

pub fn logout(a: LogoutArgs) -> Result<i32> {
    if a.all && a.registry.is_some() {
        bail!("--all takes no registry");
    }
    if !a.all && a.registry.is_none() {
        bail!("registry must be given");
    }
    let msg = login::logout(a.registry.as_deref(), a.all, a.authfile.as_deref())?;
    println!("{msg}");
    Ok(0)
}

//! `skiff quadlet`: the Quadlet generator's dry run, and minimal management of quadlet files
//! (`list`, `print`, `install`, `rm`) in the user's directory (root: /etc/containers/systemd).

use crate::quadlet::{files, generate_from_dirs, print_units, service_name};
use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub struct QuadletArgs {
    /// Print the units the generator would write (and the problems it finds)
    #[arg(long)]
    pub dryrun: bool,
    /// Units for the user's manager (the default when not root)
    #[arg(long)]
    pub user: bool,
    #[command(subcommand)]
    pub cmd: Option<QuadletCmd>,
}

#[derive(Subcommand, Debug)]
pub enum QuadletCmd {
    /// List the quadlet files found, with their units and whether these run
    #[command(alias = "ls")]
    List,
    /// Print a quadlet file
    Print { name: String },
    /// Copy quadlet files (or every one in a directory) into the quadlet directory
    Install(InstallArgs),
    /// Remove quadlet files (stopping their units with --force)
    Rm(QuadletRmArgs),
}

#[derive(Args, Debug)]
pub struct InstallArgs {
    /// Replace files that exist already
    #[arg(long)]
    pub replace: bool,
    /// Run `systemctl daemon-reload` afterwards
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub reload_systemd: bool,
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

#[derive(Args, Debug)]
pub struct QuadletRmArgs {
    /// Stop a running unit first
    #[arg(short, long)]
    pub force: bool,
    /// Run `systemctl daemon-reload` afterwards
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub reload_systemd: bool,
    #[arg(required = true)]
    pub names: Vec<String>,
}

fn user_mode(flag: bool) -> bool {
    flag || !rustix::process::geteuid().is_root()
}

/// Where `install` puts files.
fn install_dir(user: bool) -> PathBuf {
    if user {
        files::user_dir()
    } else {
        PathBuf::from("/etc/containers/systemd")
    }
}

fn systemctl(user: bool, args: &[&str]) -> Result<std::process::Output> {
    let mut c = std::process::Command::new("systemctl");
    if user {
        c.arg("--user");
    }
    c.args(args)
        .output()
        .with_context(|| format!("running systemctl {}", args.join(" ")))
}

fn reload(user: bool) -> Result<()> {
    let out = systemctl(user, &["daemon-reload"])?;
    if !out.status.success() {
        bail!(
            "systemctl daemon-reload: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

fn unit_state(user: bool, unit: &str) -> String {
    systemctl(user, &["is-active", unit])
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "-".into())
}

pub fn quadlet(a: QuadletArgs) -> Result<i32> {
    let user = user_mode(a.user);
    match a.cmd {
        None if a.dryrun => {
            let (units, problems) = generate_from_dirs(user);
            print!("{}", print_units(&units));
            for p in &problems {
                eprintln!("Error: {p}");
            }
            Ok(i32::from(!problems.is_empty()))
        }
        None => bail!("use --dryrun, or one of list, print, install, rm"),
        Some(QuadletCmd::List) => list(user),
        Some(QuadletCmd::Print { name }) => {
            let path = find(user, &name)?;
            print!("{}", std::fs::read_to_string(&path)?);
            Ok(0)
        }
        Some(QuadletCmd::Install(i)) => install(user, i),
        Some(QuadletCmd::Rm(r)) => rm(user, r),
    }
}

fn find(user: bool, name: &str) -> Result<PathBuf> {
    files::list(user)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, p)| p)
        .with_context(|| format!("no quadlet file {name:?} found"))
}

fn list(user: bool) -> Result<i32> {
    let rows: Vec<Vec<String>> = files::list(user)
        .into_iter()
        .map(|(name, path)| {
            let unit = service_name(&name).unwrap_or_default();
            let state = unit_state(user, &unit);
            vec![name, unit, path.display().to_string(), state]
        })
        .collect();
    print!(
        "{}",
        crate::format::table(&["NAME", "UNIT NAME", "PATH ON DISK", "STATUS"], &rows)
    );
    Ok(0)
}

/// The quadlet files to install from `p`: the file, or every quadlet file in the directory.
fn sources(p: &Path) -> Result<Vec<PathBuf>> {
    if !p.is_dir() {
        return Ok(vec![p.to_path_buf()]);
    }
    let mut out = Vec::new();
    for e in std::fs::read_dir(p).with_context(|| format!("reading {}", p.display()))? {
        let path = e?.path();
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(service_name)
            .is_some()
        {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

fn install(user: bool, a: InstallArgs) -> Result<i32> {
    let dir = install_dir(user);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    for given in &a.files {
        for src in sources(given)? {
            let name = src
                .file_name()
                .and_then(|n| n.to_str())
                .filter(|n| service_name(n).is_some())
                .with_context(|| format!("{} is not a quadlet file", src.display()))?
                .to_string();
            let dest = dir.join(&name);
            if dest.exists() && !a.replace {
                bail!(
                    "a quadlet file {name} exists already in {} (use --replace)",
                    dir.display()
                );
            }
            let text = std::fs::read(&src).with_context(|| format!("reading {}", src.display()))?;
            crate::fsutil::write_atomic(&dest, &text)?;
            println!("{}", dest.display());
        }
    }
    if a.reload_systemd {
        reload(user)?;
    }
    Ok(0)
}

fn rm(user: bool, a: QuadletRmArgs) -> Result<i32> {
    for name in &a.names {
        let path = find(user, name)?;
        let unit = service_name(name).unwrap_or_default();
        if unit_state(user, &unit) == "active" {
            if !a.force {
                bail!("{unit} is running: stop it first or use --force");
            }
            let out = systemctl(user, &["stop", &unit])?;
            if !out.status.success() {
                bail!(
                    "stopping {unit}: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
            }
        }
        std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
        println!("{name}");
    }
    if a.reload_systemd {
        reload(user)?;
    }
    Ok(0)
}

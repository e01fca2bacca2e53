//! `generate systemd`: a unit for an existing container (podman's older way; Quadlet is the
//! newer one).

use crate::engine::Engine;
use anyhow::{anyhow, bail, Result};
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum GenerateCmd {
    /// Write a systemd unit that runs a container
    Systemd(GenerateSystemdArgs),
    /// Write pods or containers as Kubernetes YAML (`kube generate`)
    Kube(super::kube::KubeGenerateArgs),
}

#[derive(Args, Debug)]
pub struct GenerateSystemdArgs {
    /// Create the container at start and remove it at stop (from the options it was created
    /// with), instead of starting and stopping this one
    #[arg(long)]
    pub new: bool,
    /// Use the container's name instead of its ID
    #[arg(short, long)]
    pub name: bool,
    /// Write the unit into the current directory (and print its path)
    #[arg(short, long)]
    pub files: bool,
    /// systemd restart policy: no, on-success, on-failure, on-abnormal, on-watchdog, on-abort,
    /// always
    #[arg(long, default_value = "on-failure")]
    pub restart_policy: String,
    /// systemd RestartSec= in seconds
    #[arg(long)]
    pub restart_sec: Option<u64>,
    /// Stop timeout in seconds
    #[arg(short = 't', long = "time", default_value_t = 10)]
    pub time: u64,
    /// Prefix of the unit's name
    #[arg(long, default_value = "container")]
    pub container_prefix: String,
    /// Between the prefix and the name
    #[arg(long, default_value = "-")]
    pub separator: String,
    /// Leave out the comment header
    #[arg(long)]
    pub no_header: bool,
    /// The container
    pub container: String,
}

pub fn generate(e: &Engine, cmd: GenerateCmd) -> Result<i32> {
    let a = match cmd {
        GenerateCmd::Systemd(a) => a,
        GenerateCmd::Kube(a) => return super::kube::generate_kube(e, a),
    };
    let rec = crate::engine::container::lookup::lookup(e, &a.container)?;
    let options = rec.settings.create_options.clone();
    if a.new && options.is_none() {
        bail!(
            "container {} records no create options (it was made by an older skiff): --new cannot recreate it",
            rec.name
        );
    }
    let binary = crate::quadlet::own_binary();
    let ident = if a.name || a.new { &rec.name } else { &rec.id };
    let req = crate::quadlet::legacy::Request {
        binary: &binary,
        ident,
        name: &rec.name,
        new: if a.new { options.as_ref() } else { None },
        restart: &a.restart_policy,
        restart_sec: a.restart_sec,
        stop_timeout: a.time,
        unit_prefix: format!("{}{}", a.container_prefix, a.separator),
        header: !a.no_header,
    };
    let text = crate::quadlet::legacy::unit(&req).map_err(|m| anyhow!(m))?;
    if a.files {
        let path = std::env::current_dir()?.join(crate::quadlet::legacy::unit_name(&req));
        std::fs::write(&path, text)?;
        println!("{}", path.display());
    } else {
        print!("{text}");
    }
    Ok(0)
}

//! `kube play|down|generate` (and podman's older `play kube`, `generate kube`).

use super::progress::LazyRender;
use crate::engine::Engine;
use crate::kube::{generate, play};
use anyhow::{bail, Result};
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum KubeCmd {
    /// Create pods and containers from Kubernetes YAML
    Play(KubePlayArgs),
    /// Remove the pods Kubernetes YAML made
    Down(KubeDownArgs),
    /// Write pods or containers as Kubernetes YAML
    Generate(KubeGenerateArgs),
}

/// `play kube`, podman's older name.
#[derive(Subcommand, Debug)]
pub enum PlayCmd {
    /// Create pods and containers from Kubernetes YAML
    Kube(KubePlayArgs),
}

#[derive(Args, Debug)]
pub struct KubePlayArgs {
    /// Remove the pods the YAML made instead
    #[arg(long)]
    pub down: bool,
    /// Remove pods of the same names first
    #[arg(long)]
    pub replace: bool,
    /// Network of the pods: pasta[:OPTS], none, host, private
    #[arg(long, visible_alias = "net")]
    pub network: Vec<String>,
    /// YAML files with ConfigMaps the pods refer to
    #[arg(long)]
    pub configmap: Vec<PathBuf>,
    /// Start the containers (default true)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub start: bool,
    /// Build images from Containerfiles next to the YAML (not supported)
    #[arg(long)]
    pub build: bool,
    /// Print no pull progress
    #[arg(short, long)]
    pub quiet: bool,
    /// The YAML file (- for standard input)
    pub file: PathBuf,
}

#[derive(Args, Debug)]
pub struct KubeDownArgs {
    /// The YAML file (- for standard input)
    pub file: PathBuf,
}

#[derive(Args, Debug)]
pub struct KubeGenerateArgs {
    /// Also write a Service publishing the pod's ports
    #[arg(short, long)]
    pub service: bool,
    /// Write to this file instead of standard output
    #[arg(short, long)]
    pub filename: Option<PathBuf>,
    /// Pods or containers by name or ID
    pub names: Vec<String>,
}

pub fn kube(e: &Engine, cmd: KubeCmd) -> Result<i32> {
    match cmd {
        KubeCmd::Play(a) => play_kube(e, a),
        KubeCmd::Down(a) => down(e, &a.file),
        KubeCmd::Generate(a) => generate_kube(e, a),
    }
}

pub fn play_cmd(e: &Engine, cmd: PlayCmd) -> Result<i32> {
    let PlayCmd::Kube(a) = cmd;
    play_kube(e, a)
}

fn play_kube(e: &Engine, a: KubePlayArgs) -> Result<i32> {
    if a.down {
        return down(e, &a.file);
    }
    if a.build {
        bail!("kube play --build is not supported: build the images first (skiff build)");
    }
    let opts = play::PlayOpts {
        network: a.network,
        configmaps: a.configmap,
        replace: a.replace,
        start: a.start,
    };
    let played = play::play(e, &a.file, &opts, &LazyRender::new(a.quiet))?;
    if !played.volumes.is_empty() {
        println!("Volumes:");
        for v in &played.volumes {
            println!("{v}");
        }
    }
    for (pod, ctrs) in &played.pods {
        println!("Pod:\n{pod}\nContainers:");
        for c in ctrs {
            println!("{c}");
        }
        println!();
    }
    Ok(0)
}

fn down(e: &Engine, file: &std::path::Path) -> Result<i32> {
    let ids = play::down(e, file)?;
    if !ids.is_empty() {
        println!("Pods stopped:");
        for id in &ids {
            println!("{id}");
        }
        println!("Pods removed:");
        for id in &ids {
            println!("{id}");
        }
    }
    Ok(0)
}

pub fn generate_kube(e: &Engine, a: KubeGenerateArgs) -> Result<i32> {
    let yaml = generate::generate(e, &a.names, a.service)?;
    match &a.filename {
        Some(f) => std::fs::write(f, yaml)?,
        None => print!("{yaml}"),
    }
    Ok(0)
}

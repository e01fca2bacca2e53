//! `container prune`, `image prune`, `system prune`, `system df`.

use crate::engine::container::prune as cprune;
use crate::engine::image::prune as iprune;
use crate::engine::system::{check, df, prune as sprune};
use crate::engine::Engine;
use anyhow::Result;
use clap::{Args, Subcommand};

#[derive(Args, Debug)]
pub struct ContainerPruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct ImagePruneArgs {
    /// Remove all images not used by a container, not only dangling ones
    #[arg(short, long)]
    pub all: bool,
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Subcommand, Debug)]
pub enum SystemCmd {
    /// Remove stopped containers and dangling (with -a: unused) images
    Prune(ImagePruneArgs),
    /// Show disk usage
    Df(DfArgs),
    /// Check the store for what a crash left and, with --repair, fix it
    Check(CheckArgs),
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Remove what is damaged or left over (images in use by containers stay, unless --force)
    /// (no -r: that is the global --remote)
    #[arg(long)]
    pub repair: bool,
    /// Skip the slow checks (reading every blob to verify its digest)
    #[arg(short, long)]
    pub quick: bool,
    /// With --repair, also remove the containers that use a damaged image
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct DfArgs {
    /// Go template or "json"
    #[arg(long)]
    pub format: Option<String>,
}

/// Ask on the terminal; true for y/yes.
fn confirm(warning: &str) -> Result<bool> {
    use std::io::Write;
    print!("{warning}\nAre you sure you want to continue? [y/N] ");
    std::io::stdout().flush()?;
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(matches!(
        line.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

pub fn container_prune(e: &Engine, a: ContainerPruneArgs) -> Result<i32> {
    if !a.force && !confirm("WARNING! This will remove all non running containers.")? {
        return Ok(0);
    }
    for id in cprune::prune(e)? {
        println!("{id}");
    }
    Ok(0)
}

pub fn image_prune(e: &Engine, a: ImagePruneArgs) -> Result<i32> {
    let what = if a.all {
        "WARNING! This command removes all images without at least one container associated with them."
    } else {
        "WARNING! This command removes all dangling images."
    };
    if !a.force && !confirm(what)? {
        return Ok(0);
    }
    for id in iprune::prune(e, a.all)? {
        println!("{id}");
    }
    Ok(0)
}

fn size(b: u64) -> String {
    crate::format::human_size(b).replace(' ', "")
}

pub fn system(e: &Engine, cmd: SystemCmd) -> Result<i32> {
    match cmd {
        SystemCmd::Prune(a) => {
            let images = if a.all {
                "        - all images without at least one container associated with them"
            } else {
                "        - all dangling images"
            };
            let warning = format!(
                "WARNING! This command removes:\n        - all stopped containers\n{images}\n"
            );
            if !a.force && !confirm(&warning)? {
                return Ok(0);
            }
            let pruned = sprune::prune(e, a.all)?;
            if !pruned.containers.is_empty() {
                println!("Deleted Containers");
                for id in pruned.containers {
                    println!("{id}");
                }
            }
            if !pruned.images.is_empty() {
                println!("Deleted Images");
                for id in pruned.images {
                    println!("{id}");
                }
            }
            println!("Total reclaimed space: {}", size(pruned.reclaimed));
            Ok(0)
        }
        SystemCmd::Check(a) => system_check(e, a),
        SystemCmd::Df(a) => {
            let rows = df::df(e)?;
            let pct = |r: &df::DfRow| (r.reclaimable * 100).checked_div(r.size).unwrap_or(0);
            if let Some(f) = a.format.as_deref().filter(|f| !f.trim().is_empty()) {
                let items: Vec<serde_json::Value> = rows
                    .iter()
                    .map(|r| {
                        serde_json::json!({
                            "Type": r.kind,
                            "Total": r.total,
                            "Active": r.active,
                            "Size": size(r.size),
                            "RawSize": r.size,
                            "Reclaimable": format!("{} ({}%)", size(r.reclaimable), pct(r)),
                            "RawReclaimable": r.reclaimable,
                        })
                    })
                    .collect();
                super::output::print_format(f, &items, &[])?;
                return Ok(0);
            }
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.kind.to_string(),
                        r.total.to_string(),
                        r.active.to_string(),
                        size(r.size),
                        format!("{} ({}%)", size(r.reclaimable), pct(r)),
                    ]
                })
                .collect();
            print!(
                "{}",
                crate::format::table(&["TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE"], &table)
            );
            Ok(0)
        }
    }
}

fn system_check(e: &Engine, a: CheckArgs) -> Result<i32> {
    let opts = check::CheckOpts {
        repair: a.repair,
        quick: a.quick,
        force: a.force,
        leftovers_only: false,
    };
    let found = check::check(e, opts)?;
    for f in &found {
        let size = if f.size > 0 {
            format!(" ({})", size(f.size))
        } else {
            String::new()
        };
        let status = match (&f.left, f.repaired) {
            (_, true) => ": repaired".to_string(),
            (Some(why), false) if a.repair => format!(": left: {why}"),
            (Some(why), false) => format!(" ({why})"),
            (None, false) => String::new(),
        };
        println!("{}: {}{size}{status}", f.what, f.problem);
    }
    let left = found.iter().filter(|f| !f.repaired).count();
    if left > 0 {
        if a.repair {
            anyhow::bail!("{left} problems could not be repaired");
        }
        anyhow::bail!("{left} problems found: `skiff system check --repair` repairs them");
    }
    Ok(0)
}

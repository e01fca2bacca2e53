//! `auto-update`: update the images of containers run by systemd units and restart the units.

use super::output::print_format;
use super::registry::RegistryFlags;
use crate::engine::system::autoupdate::{self, Opts, Systemctl};
use crate::engine::Engine;
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct AutoUpdateArgs {
    /// Only check for updates (UPDATED says pending): pull and restart nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Give a unit that fails after the update its previous image back
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub rollback: bool,
    /// Go template (.Unit .Container .Image .Policy .Updated) or json
    #[arg(long)]
    pub format: Option<String>,
    #[command(flatten)]
    pub reg: RegistryFlags,
}

pub fn auto_update(e: &Engine, a: AutoUpdateArgs) -> Result<i32> {
    let opts = Opts {
        dry_run: a.dry_run,
        rollback: a.rollback,
        client: a.reg.client(None)?,
    };
    let reports = autoupdate::auto_update(e, &opts, &Systemctl)?;
    let failed = reports.iter().any(|r| r.updated.starts_with("failed"));
    if let Some(f) = a.format.as_deref().filter(|f| !f.trim().is_empty()) {
        let items: Vec<serde_json::Value> = reports
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        print_format(f, &items, &[])?;
    } else {
        let rows: Vec<Vec<String>> = reports
            .into_iter()
            .map(|r| vec![r.unit, r.container, r.image, r.policy, r.updated])
            .collect();
        print!(
            "{}",
            crate::format::table(&["UNIT", "CONTAINER", "IMAGE", "POLICY", "UPDATED"], &rows)
        );
    }
    Ok(if failed { 125 } else { 0 })
}

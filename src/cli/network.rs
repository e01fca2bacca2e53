//! Network commands: `port`.

use crate::engine::Engine;
use anyhow::{bail, Result};
use clap::Args;

#[derive(Args, Debug)]
pub struct PortArgs {
    /// Show the ports of all containers
    #[arg(short, long)]
    pub all: bool,
    /// The container, then optionally PRIVATE_PORT[/PROTO]
    pub args: Vec<String>,
}

/// `port CTR [PRIVATE_PORT[/PROTO]]`, or `port -a`.
pub fn port(e: &Engine, a: PortArgs) -> Result<i32> {
    if a.all {
        for c in crate::engine::containers::list(e)? {
            for l in crate::engine::network::port(e, &c.id, None)? {
                println!("{} {l}", &c.id[..12]);
            }
        }
        return Ok(0);
    }
    let (ctr, filter) = match a.args.as_slice() {
        [c] => (c, None),
        [c, f] => (c, Some(f.as_str())),
        _ => bail!("`port` takes a container and optionally a port: port CTR [PORT[/PROTO]]"),
    };
    for l in crate::engine::network::port(e, ctr, filter)? {
        println!("{l}");
    }
    Ok(0)
}

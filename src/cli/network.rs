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
        for (id, lines) in crate::engine::container::port::all(e)? {
            for l in lines {
                println!("{} {l}", &id[..12]);
            }
        }
        return Ok(0);
    }
    let (ctr, filter) = match a.args.as_slice() {
        [c] => (c, None),
        [c, f] => (c, Some(f.as_str())),
        _ => bail!("`port` takes a container and optionally a port: port CTR [PORT[/PROTO]]"),
    };
    for l in crate::engine::container::port::port(e, ctr, filter)? {
        println!("{l}");
    }
    Ok(0)
}

/// `network` subcommands.
#[derive(clap::Subcommand, Debug)]
pub enum NetworkCmd {
    /// Create a network
    Create(NetCreateArgs),
    /// List networks
    #[command(visible_alias = "list")]
    Ls(NetLsArgs),
    /// Show details of networks
    Inspect(NetInspectArgs),
    /// Remove networks
    #[command(visible_alias = "remove")]
    Rm(NetRmArgs),
    /// Remove networks no container uses
    Prune(NetPruneArgs),
    /// Connect a container to a network
    Connect(NetConnectArgs),
    /// Disconnect a container from a network
    Disconnect(NetDisconnectArgs),
    /// Exit 0 when the network exists, 1 when it does not
    Exists(NetExistsArgs),
}

#[derive(Args, Debug)]
pub struct NetCreateArgs {
    /// Driver (only bridge exists for rootless containers)
    #[arg(short, long)]
    pub driver: Option<String>,
    /// Subnet in CIDR form, e.g. 10.89.5.0/24
    #[arg(long)]
    pub subnet: Option<String>,
    /// Gateway address inside the subnet
    #[arg(long)]
    pub gateway: Option<String>,
    /// No route out of the network
    #[arg(long)]
    pub internal: bool,
    /// Containers on the network do not learn each other's names
    #[arg(long = "disable-dns")]
    pub disable_dns: bool,
    /// Label K=V
    #[arg(long)]
    pub label: Vec<String>,
    /// Driver option K=V
    #[arg(short, long = "opt")]
    pub opt: Vec<String>,
    /// Succeed when the network exists already
    #[arg(long)]
    pub ignore: bool,
    /// The network's name (default podmanN)
    pub name: Option<String>,
}

#[derive(Args, Debug)]
pub struct NetLsArgs {
    /// Print only the names
    #[arg(short, long)]
    pub quiet: bool,
    /// Go template, or json
    #[arg(long)]
    pub format: Option<String>,
    /// Filter: name=, id=, driver=, label=
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// Do not truncate IDs
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Do not print the header
    #[arg(long)]
    pub noheading: bool,
}

#[derive(Args, Debug)]
pub struct NetInspectArgs {
    /// Go template, or json
    #[arg(short, long)]
    pub format: Option<String>,
    #[arg(required = true)]
    pub networks: Vec<String>,
}

#[derive(Args, Debug)]
pub struct NetRmArgs {
    /// Remove the containers using the network too
    #[arg(short, long)]
    pub force: bool,
    #[arg(required = true)]
    pub networks: Vec<String>,
}

#[derive(Args, Debug)]
pub struct NetPruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct NetConnectArgs {
    /// Another name for the container on this network
    #[arg(long)]
    pub alias: Vec<String>,
    /// The container's IPv4 address on this network
    #[arg(long)]
    pub ip: Option<String>,
    /// The container's MAC address on this network
    #[arg(long = "mac-address")]
    pub mac_address: Option<String>,
    pub network: String,
    pub container: String,
}

#[derive(Args, Debug)]
pub struct NetDisconnectArgs {
    /// Accepted for podman compatibility
    #[arg(short, long)]
    pub force: bool,
    pub network: String,
    pub container: String,
}

#[derive(Args, Debug)]
pub struct NetExistsArgs {
    pub network: String,
}

/// Dispatch `network ...`.
pub fn network(e: &Engine, c: NetworkCmd) -> Result<i32> {
    use crate::engine::network as nets;
    match c {
        NetworkCmd::Create(a) => {
            let n = nets::create::create(
                e,
                &nets::create::CreateOpts {
                    name: a.name,
                    driver: a.driver,
                    subnet: a.subnet,
                    gateway: a.gateway,
                    internal: a.internal,
                    disable_dns: a.disable_dns,
                    labels: a.label,
                    options: a.opt,
                    ignore: a.ignore,
                },
            )?;
            println!("{}", n.name);
        }
        NetworkCmd::Ls(a) => ls(e, a)?,
        NetworkCmd::Inspect(a) => {
            let mut items = Vec::new();
            for n in &a.networks {
                let net = nets::lookup::find(e, n)?;
                items.push(nets::inspect::inspect(e, &net)?);
            }
            match a.format.as_deref() {
                Some(f) => super::output::print_format(f, &items, &[])?,
                None => println!("{}", super::output::json_pretty(&items)?),
            }
        }
        NetworkCmd::Rm(a) => {
            let r = nets::rm::remove(e, &a.networks, a.force)?;
            for n in r.removed {
                println!("{n}");
            }
            for err in &r.errors {
                eprintln!("Error: {err}");
            }
            if r.code != 0 {
                return Err(super::ExitCode(r.code).into());
            }
        }
        NetworkCmd::Prune(a) => {
            if !a.force && rustix::termios::isatty(std::io::stdin()) {
                eprint!("WARNING! This will remove all networks not used by at least one container.\nAre you sure you want to continue? [y/N] ");
                let mut l = String::new();
                std::io::stdin().read_line(&mut l)?;
                if !l.trim().eq_ignore_ascii_case("y") {
                    return Ok(0);
                }
            }
            for n in nets::prune::prune(e)? {
                println!("{n}");
            }
        }
        NetworkCmd::Connect(a) => {
            let r = crate::model::NetworkRequest {
                name: a.network.clone(),
                ip: a.ip,
                mac: a.mac_address,
                aliases: a.alias,
            };
            nets::connect::connect(e, &a.network, &a.container, &r)?;
        }
        NetworkCmd::Disconnect(a) => nets::disconnect::disconnect(e, &a.network, &a.container)?,
        NetworkCmd::Exists(a) => {
            return Ok(if nets::lookup::find(e, &a.network).is_ok() {
                0
            } else {
                1
            })
        }
    }
    Ok(0)
}

fn ls(e: &Engine, a: NetLsArgs) -> Result<()> {
    let mut items = Vec::new();
    for n in crate::engine::network::list::list(e, &a.filter)? {
        let mut v = serde_json::to_value(&n)?;
        v["ID"] = n.id.clone().into();
        v["Name"] = n.name.clone().into();
        v["Driver"] = n.driver.clone().into();
        items.push(v);
    }
    if a.quiet {
        for i in &items {
            println!("{}", i["Name"].as_str().unwrap_or(""));
        }
        return Ok(());
    }
    if !a.no_trunc {
        for i in items.iter_mut() {
            let id = i["ID"]
                .as_str()
                .unwrap_or("")
                .chars()
                .take(12)
                .collect::<String>();
            i["ID"] = id.into();
        }
    }
    let f = a
        .format
        .as_deref()
        .unwrap_or("table {{.ID}}\t{{.Name}}\t{{.Driver}}");
    if a.noheading && f.trim_start().starts_with("table") {
        let out = crate::format::render(f, &items, &[("ID", "NETWORK ID")])?;
        print!("{}", out.split_once('\n').map_or("", |(_, rows)| rows));
        return Ok(());
    }
    super::output::print_format(f, &items, &[("ID", "NETWORK ID")])?;
    Ok(())
}

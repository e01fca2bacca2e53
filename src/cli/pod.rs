//! `pod` commands: flags into engine calls, results printed as podman prints them.

use super::output::{json_pretty, print_format};
use crate::engine::container::logs::LogsOpts;
use crate::engine::container::stats as estats;
use crate::engine::pod::{self as epod, lookup::targets, rm::PodRmOpts};
use crate::engine::Engine;
use crate::format;
use crate::model::pod::PodOptions;
use anyhow::{bail, Result};
use clap::Args;
use serde_json::json;
use std::io::Write;

#[derive(clap::Subcommand, Debug)]
pub enum PodCmd {
    /// Create a pod
    Create(PodCreateArgs),
    /// List pods
    #[command(visible_aliases = ["ls", "list"])]
    Ps(PodPsArgs),
    /// Show details of pods
    Inspect(PodInspectArgs),
    /// Start the containers of pods
    Start(PodsArgs),
    /// Stop the containers of pods
    Stop(PodStopArgs),
    /// Restart the containers of pods
    Restart(PodsArgs),
    /// Send a signal to the running containers of pods
    Kill(PodKillArgs),
    /// Pause the containers of pods
    Pause(PodsArgs),
    /// Unpause the containers of pods
    Unpause(PodsArgs),
    /// Remove pods and their containers
    Rm(PodRmArgs),
    /// Remove every pod with no running container
    Prune(PodPruneArgs),
    /// Show the processes of a pod's containers
    Top(PodTopArgs),
    /// Live resource usage of pods' containers
    Stats(PodStatsArgs),
    /// Show the output of a pod's containers
    Logs(PodLogsArgs),
    /// Exit 0 when the pod exists, 1 when it does not
    Exists(PodExistsArgs),
}

#[derive(Args, Debug)]
pub struct PodCreateArgs {
    /// The pod's name
    #[arg(short, long)]
    pub name: Option<String>,
    /// Publish a port of the pod: [IP:][HOSTPORT:]CPORT[/tcp|udp]
    #[arg(short = 'p', long = "publish")]
    pub publish: Vec<String>,
    /// The pod's network: pasta[:OPTS], none, host, private
    #[arg(long, visible_alias = "net")]
    pub network: Vec<String>,
    /// Namespaces the containers share: net, ipc, uts, pid (`+pid` adds to the default)
    #[arg(long)]
    pub share: Option<String>,
    /// Hold shared namespaces for the containers (false: they share nothing)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub infra: bool,
    /// Label K=V
    #[arg(short, long)]
    pub label: Vec<String>,
    /// The pod's hostname (default: its name)
    #[arg(long)]
    pub hostname: Option<String>,
    /// DNS server of the pod's resolv.conf
    #[arg(long)]
    pub dns: Vec<String>,
    /// DNS search domain
    #[arg(long = "dns-search")]
    pub dns_search: Vec<String>,
    /// DNS option
    #[arg(long = "dns-option")]
    pub dns_option: Vec<String>,
    /// Add a line to /etc/hosts: NAME:IP
    #[arg(long = "add-host")]
    pub add_host: Vec<String>,
    /// User namespace mode (only the default)
    #[arg(long)]
    pub userns: Option<String>,
    /// The cgroup the pod's containers go under
    #[arg(long = "cgroup-parent")]
    pub cgroup_parent: Option<String>,
}

#[derive(Args, Debug)]
pub struct PodPsArgs {
    /// Print only the pods' IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Do not truncate IDs
    #[arg(long)]
    pub no_trunc: bool,
    /// Go template or json
    #[arg(long)]
    pub format: Option<String>,
    /// Print no header
    #[arg(short = 'n', long)]
    pub noheading: bool,
    /// Filter: name=, id=, label=, status=, ctr-names=, ctr-ids=, network=
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// Show the containers' names
    #[arg(long = "ctr-names")]
    pub ctr_names: bool,
}

#[derive(Args, Debug)]
pub struct PodInspectArgs {
    /// Go template or json
    #[arg(short, long)]
    pub format: Option<String>,
    /// Pods by name or ID
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PodsArgs {
    /// Every pod
    #[arg(short, long)]
    pub all: bool,
    /// Pods by name or ID
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PodStopArgs {
    /// Every pod
    #[arg(short, long)]
    pub all: bool,
    /// Seconds to wait before killing the containers
    #[arg(short, long)]
    pub time: Option<u64>,
    /// Pods by name or ID
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PodKillArgs {
    /// Every pod
    #[arg(short, long)]
    pub all: bool,
    /// Signal to send
    #[arg(short, long, default_value = "KILL")]
    pub signal: String,
    /// Pods by name or ID
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PodRmArgs {
    /// Every pod
    #[arg(short, long)]
    pub all: bool,
    /// Stop running containers first
    #[arg(short, long)]
    pub force: bool,
    /// An unknown pod is no error
    #[arg(short, long)]
    pub ignore: bool,
    /// Seconds to wait before killing the containers
    #[arg(short, long)]
    pub time: Option<u64>,
    /// Pods by name or ID
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PodPruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct PodTopArgs {
    /// The pod, then ps descriptors
    pub args: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PodStatsArgs {
    /// Every pod
    #[arg(short, long)]
    pub all: bool,
    /// Print one sample and exit
    #[arg(long)]
    pub no_stream: bool,
    /// Go template or json
    #[arg(long)]
    pub format: Option<String>,
    /// Pods by name or ID
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PodLogsArgs {
    /// Only this container of the pod
    #[arg(short, long)]
    pub container: Option<String>,
    /// Keep printing new output (one container)
    #[arg(short, long)]
    pub follow: bool,
    /// Prefix each line with its timestamp
    #[arg(short, long)]
    pub timestamps: bool,
    /// Only output since this time
    #[arg(long)]
    pub since: Option<String>,
    /// Only output until this time
    #[arg(long)]
    pub until: Option<String>,
    /// Only the last N lines
    #[arg(long)]
    pub tail: Option<i64>,
    /// The pod
    pub pod: String,
}

#[derive(Args, Debug)]
pub struct PodExistsArgs {
    /// The pod
    pub pod: String,
}

pub fn pod(e: &Engine, cmd: PodCmd) -> Result<i32> {
    match cmd {
        PodCmd::Create(a) => create(e, a),
        PodCmd::Ps(a) => ps(e, a),
        PodCmd::Inspect(a) => inspect(e, a),
        PodCmd::Start(a) => each(e, &a.pods, a.all, |p| epod::start::start(e, p)),
        PodCmd::Stop(a) => each(e, &a.pods, a.all, |p| epod::stop::stop(e, p, a.time)),
        PodCmd::Restart(a) => each(e, &a.pods, a.all, |p| epod::restart::restart(e, p, None)),
        PodCmd::Kill(a) => {
            let sig: crate::model::Signal = a.signal.parse()?;
            each(e, &a.pods, a.all, |p| epod::kill::kill(e, p, sig))
        }
        PodCmd::Pause(a) => each(e, &a.pods, a.all, |p| epod::pause::pause(e, p, true)),
        PodCmd::Unpause(a) => each(e, &a.pods, a.all, |p| epod::pause::pause(e, p, false)),
        PodCmd::Rm(a) => {
            let o = PodRmOpts {
                force: a.force,
                time: a.time,
                ignore: a.ignore,
            };
            each(e, &a.pods, a.all, |p| {
                Ok(epod::rm::rm(e, p, &o)?.unwrap_or_default())
            })
        }
        PodCmd::Prune(_) => {
            for id in epod::prune::prune(e)? {
                println!("{id}");
            }
            Ok(0)
        }
        PodCmd::Top(a) => {
            let Some((pod, descs)) = a.args.split_first() else {
                bail!("you must provide the name or id of a running pod");
            };
            let (headers, rows) = epod::top::top(e, pod, descs)?;
            let h: Vec<&str> = headers.iter().map(String::as_str).collect();
            print!("{}", format::table(&h, &rows));
            Ok(0)
        }
        PodCmd::Stats(a) => stats(e, a),
        PodCmd::Logs(a) => logs(e, a),
        PodCmd::Exists(a) => Ok(if epod::exists::exists(e, &a.pod) {
            0
        } else {
            1
        }),
    }
}

fn create(e: &Engine, a: PodCreateArgs) -> Result<i32> {
    let cfg = PodOptions {
        name: a.name,
        publish: a.publish,
        network: a.network,
        share: a.share,
        infra: a.infra,
        label: a.label,
        hostname: a.hostname,
        dns: a.dns,
        dns_search: a.dns_search,
        dns_option: a.dns_option,
        add_host: a.add_host,
        userns: a.userns,
        cgroup_parent: a.cgroup_parent,
    }
    .validate()?;
    let pod = epod::create::create(e, &cfg)?;
    println!("{}", pod.id);
    Ok(0)
}

/// Run `f` on each pod named (every pod with `all`), printing its ID; the first error is
/// returned after the others were tried, as podman does.
fn each(e: &Engine, pods: &[String], all: bool, f: impl Fn(&str) -> Result<String>) -> Result<i32> {
    if pods.is_empty() && !all {
        bail!("you must provide at least one name or id");
    }
    let names: Vec<String> = if all {
        targets(e, &[], true)?.into_iter().map(|p| p.id).collect()
    } else {
        pods.to_vec()
    };
    let mut code = 0;
    for n in &names {
        match f(n) {
            Ok(id) if id.is_empty() => {}
            Ok(id) => println!("{id}"),
            Err(err) => {
                if code != 0 {
                    eprintln!("Error: {}", super::one_line(&err));
                    continue;
                }
                code = 125;
                eprintln!("Error: {}", super::one_line(&err));
            }
        }
    }
    Ok(code)
}

const POD_PS_HEADERS: &[(&str, &str)] = &[
    ("ID", "POD ID"),
    ("Name", "NAME"),
    ("Status", "STATUS"),
    ("Created", "CREATED"),
    ("InfraID", "INFRA ID"),
    ("NumberOfContainers", "# OF CONTAINERS"),
    ("Labels", "LABELS"),
    ("Networks", "NETWORKS"),
    ("ContainerNames", "NAMES"),
];

fn ps(e: &Engine, a: PodPsArgs) -> Result<i32> {
    let rows = epod::ps::ps(e, &a.filter)?;
    let id_of = |id: &str| {
        if a.no_trunc {
            id.to_string()
        } else {
            id[..12].to_string()
        }
    };
    if a.quiet {
        for r in &rows {
            println!("{}", id_of(&r.pod.id));
        }
        return Ok(0);
    }
    let now = crate::model::time::now_nanos() / 1_000_000_000;
    let created = |r: &epod::ps::PodRow| format::human_ago(r.pod.created / 1_000_000_000, now);
    if let Some(f) = a
        .format
        .as_deref()
        .filter(|f| !f.trim().is_empty() && f.trim() != "table")
    {
        let items: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| {
                json!({
                    "ID": id_of(&r.pod.id),
                    "Id": r.pod.id,
                    "Name": r.pod.name,
                    "Status": r.status,
                    "Created": created(r),
                    "InfraID": "",
                    "NumberOfContainers": r.members.len(),
                    "Labels": r.pod.labels,
                    "Networks": [r.pod.network.kind()],
                    "ContainerNames": r.members.iter().map(|m| m.name.clone()).collect::<Vec<_>>().join(","),
                    "ContainerIds": r.members.iter().map(|m| id_of(&m.id)).collect::<Vec<_>>().join(","),
                    "ContainerStatuses": r.members.iter().map(|m| m.state.status.to_string()).collect::<Vec<_>>().join(","),
                })
            })
            .collect();
        let f = if a.noheading {
            f.trim_start_matches("table ")
        } else {
            f
        };
        print_format(f, &items, POD_PS_HEADERS)?;
        return Ok(0);
    }
    let mut headers = vec![
        "POD ID",
        "NAME",
        "STATUS",
        "CREATED",
        "INFRA ID",
        "# OF CONTAINERS",
    ];
    if a.ctr_names {
        headers.push("NAMES");
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut row = vec![
                id_of(&r.pod.id),
                r.pod.name.clone(),
                r.status.to_string(),
                created(r),
                String::new(),
                r.members.len().to_string(),
            ];
            if a.ctr_names {
                row.push(
                    r.members
                        .iter()
                        .map(|m| m.name.clone())
                        .collect::<Vec<_>>()
                        .join(","),
                );
            }
            row
        })
        .collect();
    let mut out = format::table(&headers, &table);
    if a.noheading {
        out = out
            .split_once('\n')
            .map(|(_, r)| r.to_string())
            .unwrap_or_default();
    }
    print!("{out}");
    Ok(0)
}

fn inspect(e: &Engine, a: PodInspectArgs) -> Result<i32> {
    if a.pods.is_empty() {
        bail!("you must provide at least one name or id");
    }
    let mut items = Vec::new();
    for p in &a.pods {
        items.push(epod::inspect::inspect(e, p)?);
    }
    match a.format.as_deref() {
        Some(f) if f != "json" => print_format(f, &items, &[])?,
        // podman prints one pod as an object
        _ if items.len() == 1 => println!("{}", json_pretty(&items[0])?),
        _ => println!("{}", json_pretty(&items)?),
    }
    Ok(0)
}

fn stats(e: &Engine, a: PodStatsArgs) -> Result<i32> {
    let pods = if a.all { Vec::new() } else { a.pods.clone() };
    loop {
        let targets = epod::stats::targets_of(e, &pods)?;
        let recs: Vec<_> = targets.iter().map(|(_, r)| r.clone()).collect();
        let samples = estats::stats(&recs, std::time::Duration::from_millis(1000))?;
        let items: Vec<serde_json::Value> = samples
            .iter()
            .map(|s| {
                let pod = targets
                    .iter()
                    .find(|(_, r)| r.id == s.id)
                    .map(|(p, _)| p.clone())
                    .unwrap_or_default();
                let limit = s.memory_limit;
                json!({
                    "Pod": pod,
                    "CID": &s.id[..12],
                    "Name": s.name,
                    "CPU": format!("{:.2}%", s.cpu_percent),
                    "MemUsage": format!("{} / {}", format::human_size(s.usage.memory), format::human_size(limit)),
                    "Mem": format!("{:.2}%", if limit > 0 { s.usage.memory as f64 * 100.0 / limit as f64 } else { 0.0 }),
                    "NetIO": format!("{} / {}", format::human_size(s.net_rx), format::human_size(s.net_tx)),
                    "BlockIO": format!("{} / {}", format::human_size(s.usage.io_read), format::human_size(s.usage.io_write)),
                    "PIDS": s.usage.pids.to_string(),
                })
            })
            .collect();
        let f = a.format.clone().unwrap_or_else(|| {
            "table {{.Pod}}\t{{.CID}}\t{{.Name}}\t{{.CPU}}\t{{.MemUsage}}\t{{.Mem}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDS}}".into()
        });
        print_format(
            &f,
            &items,
            &[
                ("Pod", "POD"),
                ("CID", "CID"),
                ("Name", "NAME"),
                ("CPU", "CPU %"),
                ("MemUsage", "MEM USAGE/ LIMIT"),
                ("Mem", "MEM %"),
                ("NetIO", "NET IO"),
                ("BlockIO", "BLOCK IO"),
                ("PIDS", "PIDS"),
            ],
        )?;
        if a.no_stream {
            return Ok(0);
        }
    }
}

fn logs(e: &Engine, a: PodLogsArgs) -> Result<i32> {
    let opts = LogsOpts {
        follow: a.follow,
        timestamps: a.timestamps,
        since: a.since,
        until: a.until,
        tail: a.tail.and_then(|n| usize::try_from(n).ok()),
        prefix: None,
    };
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut write = |stream: u8, data: &[u8]| {
        let _ = if stream == 2 {
            let mut l = stderr.lock();
            l.write_all(data).and_then(|_| l.flush())
        } else {
            let mut l = stdout.lock();
            l.write_all(data).and_then(|_| l.flush())
        };
    };
    epod::logs::logs(e, &a.pod, a.container.as_deref(), &opts, &mut write)?;
    Ok(0)
}

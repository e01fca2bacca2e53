//! `update`, `stats`, `pause`, `unpause`.

use super::args::{PauseArgs, StatsArgs, UpdateArgs};
use super::output::print_format;
use super::run::resource_options;
use crate::engine::container::{pause as epause, stats as estats, update as eupdate};
use crate::engine::Engine;
use crate::format;
use anyhow::Result;
use serde_json::json;

pub fn update(e: &Engine, a: UpdateArgs) -> Result<i32> {
    let limits = resource_options(a.resources).validate()?;
    let (id, warnings) = eupdate::update(e, &a.container, &limits)?;
    for w in warnings {
        eprintln!("WARN[0000] {w}");
    }
    println!("{id}");
    Ok(0)
}

pub fn pause(e: &Engine, a: PauseArgs, frozen: bool) -> Result<i32> {
    let names: Vec<String> = if a.all {
        epause::targets(e, frozen)?
    } else {
        a.containers
    };
    if names.is_empty() && !a.all {
        anyhow::bail!("you must provide at least one container name or id");
    }
    let mut code = 0;
    for n in names {
        match epause::pause(e, &n, frozen) {
            Ok(id) => println!("{id}"),
            Err(err) => {
                eprintln!("Error: {err:#}");
                code = 125;
            }
        }
    }
    Ok(code)
}

const STATS_HEADERS: &[(&str, &str)] = &[
    ("ID", "ID"),
    ("Name", "NAME"),
    ("CPUPerc", "CPU %"),
    ("MemUsage", "MEM USAGE / LIMIT"),
    ("MemPerc", "MEM %"),
    ("NetIO", "NET IO"),
    ("BlockIO", "BLOCK IO"),
    ("PIDs", "PIDS"),
];

pub fn stats(e: &Engine, a: StatsArgs) -> Result<i32> {
    loop {
        let targets = estats::stats_targets(e, &a.containers)?;
        let interval = std::time::Duration::from_millis(if a.no_stream {
            1000
        } else {
            a.interval.max(1) * 1000
        });
        let rows = estats::stats(&targets, interval)?;
        let items: Vec<serde_json::Value> = rows
            .iter()
            .map(|s| {
                let limit = s.memory_limit;
                json!({
                    "ID": &s.id[..12],
                    "ContainerID": s.id,
                    "Name": s.name,
                    "CPUPerc": format!("{:.2}%", s.cpu_percent),
                    "CPU": s.cpu_percent,
                    "MemUsage": format!("{} / {}", format::human_size(s.usage.memory), format::human_size(limit)),
                    "MemUsageBytes": s.usage.memory,
                    "MemLimit": limit,
                    "MemPerc": format!("{:.2}%", if limit > 0 { s.usage.memory as f64 * 100.0 / limit as f64 } else { 0.0 }),
                    "NetIO": format!("{} / {}", format::human_size(s.net_rx), format::human_size(s.net_tx)),
                    "BlockIO": format!("{} / {}", format::human_size(s.usage.io_read), format::human_size(s.usage.io_write)),
                    "PIDs": s.usage.pids,
                })
            })
            .collect();
        let f = a
            .format
            .clone()
            .filter(|f| !f.trim().is_empty())
            .unwrap_or_else(|| {
                "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}".into()
            });
        print_format(&f, &items, STATS_HEADERS)?;
        if a.no_stream {
            return Ok(0);
        }
    }
}

//! `events`: print the event log, optionally following it.

use crate::engine::system::events::{self, Event, EventFilter};
use crate::engine::Engine;
use crate::model::time;
use anyhow::{bail, Result};
use clap::Args;

#[derive(Args, Debug)]
pub struct EventsArgs {
    /// Show events created since this time (RFC 3339, Unix seconds, or a duration like 10m)
    #[arg(long)]
    pub since: Option<String>,
    /// Show events created until this time
    #[arg(long)]
    pub until: Option<String>,
    /// Filter: type=container|image, event=NAME, container=NAME|ID, image=NAME
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// Go template or "json"
    #[arg(long)]
    pub format: Option<String>,
    /// Keep following new events (--stream=false prints and exits)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub stream: bool,
    /// Accepted for compatibility (no effect)
    #[arg(long)]
    pub no_trunc: bool,
}

fn item(e: &Event) -> serde_json::Value {
    serde_json::json!({
        "ID": e.id,
        "Image": e.image,
        "Name": e.name,
        "Status": e.status,
        "Type": e.kind,
        "Time": events::go_time(e.time),
        "TimeNano": e.time,
        "Attributes": e.attributes,
        "ContainerExitCode": e.attributes.get("containerExitCode").and_then(|c| c.parse::<i64>().ok()),
    })
}

fn print(e: &Event, format: Option<&str>) -> Result<()> {
    use std::io::Write;
    let line = match format {
        None => events::human(e),
        Some("json") => serde_json::to_string(&item(e))?,
        Some(f) => {
            let out = crate::format::render(f, &[item(e)], &[])?;
            out.trim_end_matches('\n').to_string()
        }
    };
    let mut so = std::io::stdout().lock();
    writeln!(so, "{line}")?;
    so.flush()?;
    Ok(())
}

pub fn events(e: &Engine, a: EventsArgs) -> Result<i32> {
    let now = time::now_nanos();
    let mut f = EventFilter {
        since: a
            .since
            .as_deref()
            .map(|s| time::parse_when(s, now))
            .transpose()?,
        until: a
            .until
            .as_deref()
            .map(|s| time::parse_when(s, now))
            .transpose()?,
        ..Default::default()
    };
    for item in &a.filter {
        let Some((k, v)) = item.split_once('=') else {
            bail!("invalid filter {item:?}: use KEY=VALUE");
        };
        if !matches!(k, "type" | "event" | "status" | "container" | "image") {
            bail!("{k} is an invalid filter: use type, event, container or image");
        }
        f.filters
            .entry(k.to_string())
            .or_default()
            .push(v.to_string());
    }
    let format = a.format.as_deref().filter(|s| !s.is_empty());
    let mut offset = 0;
    loop {
        let (evs, next) = events::read_from(e, offset)?;
        offset = next;
        for ev in evs.iter().filter(|ev| f.matches(ev)) {
            print(ev, format)?;
        }
        if !a.stream || f.until.is_some_and(|u| time::now_nanos() > u) {
            return Ok(0);
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

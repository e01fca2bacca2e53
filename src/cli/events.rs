//! `events`: print the event log, optionally following it.

use crate::engine::system::events::{self, Event, EventFilter};
use crate::engine::Engine;
use anyhow::Result;
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
    let filter = EventFilter::parse(a.since.as_deref(), a.until.as_deref(), &a.filter)?;
    let format = a.format.as_deref().filter(|s| !s.is_empty());
    events::follow(e, &filter, a.stream, &mut |ev| print(ev, format))?;
    Ok(0)
}

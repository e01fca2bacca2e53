//! The user's systemd manager over the session D-Bus: transient scopes for containers.

use super::Limits;
use anyhow::{Context, Result};
use zbus::blocking::Connection;
use zbus::zvariant::Value;

const DEST: &str = "org.freedesktop.systemd1";
const PATH: &str = "/org/freedesktop/systemd1";
const MANAGER: &str = "org.freedesktop.systemd1.Manager";

fn connect() -> Result<Connection> {
    Connection::session().context("connecting to the user's systemd over the session bus")
}

/// Unit properties for the limits systemd knows how to express.
fn properties(limits: &Limits) -> Vec<(&'static str, Value<'static>)> {
    let mut p: Vec<(&'static str, Value<'static>)> = Vec::new();
    if let Some(m) = limits.memory {
        p.push(("MemoryMax", Value::U64(m)));
    }
    if let Some(swap) = limits.swap_max() {
        // u64::MAX is systemd's "infinity".
        p.push(("MemorySwapMax", Value::U64(swap)));
    }
    if let Some(l) = limits.memory_reservation {
        p.push(("MemoryLow", Value::U64(l)));
    }
    if let Some(q) = limits.cpu_quota.filter(|q| *q > 0) {
        let period = limits.cpu_period.unwrap_or(100_000).max(1);
        p.push((
            "CPUQuotaPerSecUSec",
            Value::U64((q as u64).saturating_mul(1_000_000) / period),
        ));
        p.push(("CPUQuotaPeriodUSec", Value::U64(period)));
    }
    if let Some(s) = limits.cpu_shares {
        p.push(("CPUWeight", Value::U64(super::shares_to_weight(s))));
    }
    if let Some(t) = limits.pids_limit {
        p.push((
            "TasksMax",
            Value::U64(if t <= 0 { u64::MAX } else { t as u64 }),
        ));
    }
    if let Some(w) = limits.blkio_weight {
        p.push(("IOWeight", Value::U64(super::blkio_to_io_weight(w))));
    }
    p
}

/// Create `unit` (a transient scope with `Delegate=yes`) holding `pid`, with the limits as
/// properties; under `slice` when given.
pub fn start_scope(unit: &str, slice: Option<&str>, pid: i32, limits: &Limits) -> Result<()> {
    let conn = connect()?;
    let mut props: Vec<(&str, Value)> = vec![
        (
            "Description",
            Value::from(format!("skiff container {unit}")),
        ),
        ("PIDs", Value::from(vec![pid as u32])),
        ("Delegate", Value::Bool(true)),
        ("CollectMode", Value::from("inactive-or-failed")),
    ];
    if let Some(s) = slice {
        props.push(("Slice", Value::from(s.to_string())));
    }
    props.extend(properties(limits));
    let aux: Vec<(&str, Vec<(&str, Value)>)> = Vec::new();
    conn.call_method(
        Some(DEST),
        PATH,
        Some(MANAGER),
        "StartTransientUnit",
        &(unit, "fail", props, aux),
    )
    .with_context(|| format!("creating the systemd scope {unit}"))?;
    Ok(())
}

/// Change the unit's limit properties at run time.
pub fn set_properties(unit: &str, limits: &Limits) -> Result<()> {
    let conn = connect()?;
    conn.call_method(
        Some(DEST),
        PATH,
        Some(MANAGER),
        "SetUnitProperties",
        &(unit, true, properties(limits)),
    )
    .with_context(|| format!("updating {unit}"))?;
    Ok(())
}

/// Stop the unit (its processes are killed); absent units are fine.
pub fn stop_unit(unit: &str) -> Result<()> {
    let conn = connect()?;
    conn.call_method(Some(DEST), PATH, Some(MANAGER), "StopUnit", &(unit, "fail"))
        .with_context(|| format!("stopping {unit}"))?;
    Ok(())
}

//! Healthchecks: `--health-*` settings and one check run as an exec in the container
//! (`healthcheck run`), recorded in `State.health` like podman's `State.Health`.

use super::exec::{exec, ExecOpts};
use crate::engine::Engine;
use crate::model::time::now_nanos;
use crate::model::{GoDuration, HealthConfig};
use crate::runtime::CodedError;
use crate::store::containers::{Health, HealthLog, Healthcheck};
use anyhow::{bail, Result};
use std::io::Read;
use std::os::fd::AsRawFd;

const SECOND: i64 = 1_000_000_000;
/// Log entries kept, as podman.
const KEEP: usize = 5;
/// Output kept per entry.
const MAX_OUTPUT: usize = 4096;

/// The image config's `config.Healthcheck` (docker's field; durations in ns).
fn from_image(cfg: &[u8]) -> Option<Healthcheck> {
    let v: serde_json::Value = serde_json::from_slice(cfg).ok()?;
    let h = v.get("config")?.get("Healthcheck")?;
    let test: Vec<String> = h
        .get("Test")?
        .as_array()?
        .iter()
        .filter_map(|t| t.as_str().map(String::from))
        .collect();
    let ns = |k: &str| h.get(k).and_then(|x| x.as_i64()).unwrap_or(0);
    Some(Healthcheck {
        test,
        interval: ns("Interval"),
        timeout: ns("Timeout"),
        start_period: ns("StartPeriod"),
        retries: h.get("Retries").and_then(|x| x.as_u64()).unwrap_or(0) as u32,
    })
}

/// The healthcheck a new container gets: the image's, with each `--health-*` flag given
/// replacing its field (podman); `--health-cmd none`, `--no-healthcheck` or an image `NONE`
/// test: none.
pub fn settings(given: &HealthConfig, image_cfg: &[u8]) -> Result<Option<Healthcheck>> {
    if given.disabled {
        return Ok(None);
    }
    let image = from_image(image_cfg).filter(|h| !h.test.is_empty());
    let test = match (&given.test, &image) {
        (Some(test), _) => test.clone(),
        (None, Some(h)) if h.test[0] != "NONE" => h.test.clone(),
        _ => return Ok(None),
    };
    let img = image.unwrap_or_default();
    let or = |v: i64, d: i64| if v > 0 { v } else { d };
    let nanos = |d: Option<GoDuration>, default: i64| d.map_or(default, GoDuration::nanos);
    let interval = nanos(given.interval, or(img.interval, 30 * SECOND));
    if interval > 0 && interval < SECOND {
        bail!("invalid --health-interval: it must be at least 1 second");
    }
    Ok(Some(Healthcheck {
        test,
        interval,
        timeout: nanos(given.timeout, or(img.timeout, 30 * SECOND)),
        start_period: nanos(given.start_period, img.start_period),
        retries: given
            .retries
            .unwrap_or(if img.retries > 0 { img.retries } else { 3 }),
    }))
}

fn argv(test: &[String]) -> Vec<String> {
    match test.first().map(String::as_str) {
        Some("CMD-SHELL") => vec!["/bin/sh".into(), "-c".into(), test[1..].join(" ")],
        Some("CMD") => test[1..].to_vec(),
        _ => test.to_vec(),
    }
}

/// `healthcheck run`: one check now; 0 healthy, 1 unhealthy; 125 (CodedError) when the
/// container has no healthcheck or is not running.
pub fn run_once(engine: &Engine, what: &str) -> Result<i32> {
    let rec = super::lookup::lookup(engine, what)?;
    let Some(hc) = rec.settings.healthcheck.clone() else {
        return Err(CodedError {
            code: 125,
            msg: format!("container {} has no defined healthcheck", rec.name),
        }
        .into());
    };
    if !rec.state.is_running() {
        return Err(CodedError {
            code: 125,
            msg: format!("container {} is not running", rec.name),
        }
        .into());
    }
    let (r, w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let start = now_nanos();
    let res = exec(
        engine,
        &ExecOpts {
            container: rec.id.clone(),
            command: argv(&hc.test),
            capture: Some(w.as_raw_fd()),
            timeout: (hc.timeout > 0).then(|| GoDuration(hc.timeout).to_std()),
            ..Default::default()
        },
    );
    drop(w);
    // Only what is there now: a process the check left behind may still hold the pipe.
    let _ = rustix::io::ioctl_fionbio(&r, true);
    let mut out = Vec::new();
    let _ = std::fs::File::from(r).read_to_end(&mut out);
    let end = now_nanos();
    let (code, mut output) = match res {
        Ok(c) => (c, String::from_utf8_lossy(&out).into_owned()),
        Err(e) => match e.downcast_ref::<CodedError>() {
            Some(c) => (c.code, c.msg.clone()),
            None => (125, format!("{e:#}")),
        },
    };
    output.truncate(output.floor_char_boundary_compat(MAX_OUTPUT));
    let healthy = code == 0;
    record(engine, &rec.id, &hc, start, end, code, output)?;
    Ok(if healthy { 0 } else { 1 })
}

trait FloorBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorBoundary for String {
    fn floor_char_boundary_compat(&self, i: usize) -> usize {
        let mut i = i.min(self.len());
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

/// Append one result to the record: the streak, the status and the last 5 entries.
fn record(
    engine: &Engine,
    id: &str,
    hc: &Healthcheck,
    start: i64,
    end: i64,
    code: i32,
    output: String,
) -> Result<()> {
    let mut rec = engine.store.load_container(id)?;
    if !rec.state.status.has_process() {
        // It exited while the check ran: the monitor's exit record must stay as it is.
        return Ok(());
    }
    let mut h = rec.state.health.take().unwrap_or_else(|| Health {
        status: "starting".into(),
        ..Default::default()
    });
    let in_start_period = start - rec.state.started_at < hc.start_period;
    if code == 0 {
        h.failing_streak = 0;
        h.status = "healthy".into();
    } else if !in_start_period {
        h.failing_streak += 1;
        if h.failing_streak >= hc.retries.max(1) {
            h.status = "unhealthy".into();
        }
    }
    h.log.push(HealthLog {
        start,
        end,
        exit_code: code,
        output,
    });
    let n = h.log.len();
    if n > KEEP {
        h.log.drain(..n - KEEP);
    }
    rec.state.health = Some(h);
    engine.store.save_container(&rec)
}

/// Start one `healthcheck run` of container `id` as our child (it records the result itself);
/// the detached monitor and a foreground run call it every interval.
pub fn spawn_run(engine: &Engine, id: &str) -> Option<std::process::Child> {
    std::process::Command::new("/proc/self/exe")
        .args(engine.helper_args())
        .args(["healthcheck", "run", id])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()
}

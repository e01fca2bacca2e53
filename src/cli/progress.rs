//! Rendering pull/push progress on stderr: one bar per blob on a terminal (indicatif), plain
//! podman-style lines otherwise, nothing with `-q`. The engine reports `Event`s, from its
//! download threads too.

use crate::engine::image::transfer::{Event, Progress};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::collections::HashMap;
use std::sync::Mutex;

/// `12.3MiB`, as podman's progress shows sizes.
fn human(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n}B");
    }
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < UNITS.len() {
        v /= 1024.0;
        u += 1;
    }
    format!("{v:.1}{}", UNITS[u])
}

pub enum Render {
    Quiet,
    /// `Copying blob 1a2b3c4d5e6f done` lines.
    Lines,
    Bars(Box<Bars>),
}

pub struct Bars {
    multi: MultiProgress,
    bars: Mutex<HashMap<String, ProgressBar>>,
    moving: ProgressStyle,
    fixed: ProgressStyle,
}

impl Render {
    /// Bars when stderr is a terminal, lines otherwise, nothing when `quiet`.
    pub fn new(quiet: bool) -> Render {
        if quiet {
            return Render::Quiet;
        }
        let tty = crate::runtime::tty::is_tty(std::os::fd::AsFd::as_fd(&std::io::stderr()));
        if !tty {
            return Render::Lines;
        }
        let moving = ProgressStyle::with_template("Copying {prefix} [{bar:30}] {sizes}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=>-")
            .with_key("sizes", |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(
                    w,
                    "{} / {}",
                    human(s.pos()),
                    human(s.len().unwrap_or(s.pos()))
                );
            });
        let fixed =
            ProgressStyle::with_template("{msg}").unwrap_or_else(|_| ProgressStyle::default_bar());
        Render::Bars(Box::new(Bars {
            multi: MultiProgress::with_draw_target(ProgressDrawTarget::stderr()),
            bars: Mutex::new(HashMap::new()),
            moving,
            fixed,
        }))
    }
}

impl Bars {
    /// A line that does not move (a step, a finished or skipped blob) below the others.
    fn fixed_line(&self, text: String) {
        let pb = self
            .multi
            .add(ProgressBar::new(0).with_style(self.fixed.clone()));
        pb.finish_with_message(text);
    }

    /// Replace the bar of `id` by a fixed line, or add one.
    fn settle(&self, id: &str, text: String) {
        let pb = self.bars.lock().ok().and_then(|mut b| b.remove(id));
        match pb {
            Some(pb) => {
                pb.set_style(self.fixed.clone());
                pb.finish_with_message(text);
            }
            None => self.fixed_line(text),
        }
    }
}

impl Progress for Render {
    fn report(&self, ev: Event<'_>) {
        match (self, ev) {
            (Render::Quiet, _) => {}
            (Render::Lines, Event::Step(s)) => eprintln!("{s}"),
            (Render::Lines, Event::Done { kind, id }) => eprintln!("Copying {kind} {id} done"),
            (Render::Lines, Event::Skipped { kind, id }) => {
                eprintln!("Copying {kind} {id} skipped: already exists")
            }
            (Render::Lines, _) => {}
            (Render::Bars(b), Event::Step(s)) => b.fixed_line(s.to_string()),
            (Render::Bars(b), Event::Start { kind, id, total }) => {
                let pb = b.multi.add(
                    ProgressBar::new(total)
                        .with_style(b.moving.clone())
                        .with_prefix(format!("{kind} {id}")),
                );
                if let Ok(mut m) = b.bars.lock() {
                    m.insert(id.to_string(), pb);
                }
            }
            (Render::Bars(b), Event::Bytes { id, done }) => {
                if let Some(pb) = b.bars.lock().ok().and_then(|m| m.get(id).cloned()) {
                    pb.set_position(done);
                }
            }
            (Render::Bars(b), Event::Done { kind, id }) => {
                b.settle(id, format!("Copying {kind} {id} done"))
            }
            (Render::Bars(b), Event::Skipped { kind, id }) => {
                b.settle(id, format!("Copying {kind} {id} skipped: already exists"))
            }
        }
    }
}

/// A `Render` made at the first event: `run`/`create` pass one, and most never pull, so the
/// terminal check and the bars' styles are left out of their path.
pub struct LazyRender {
    quiet: bool,
    render: std::sync::OnceLock<Render>,
}

impl LazyRender {
    pub fn new(quiet: bool) -> LazyRender {
        LazyRender {
            quiet,
            render: std::sync::OnceLock::new(),
        }
    }
}

impl Progress for LazyRender {
    fn report(&self, ev: Event<'_>) {
        self.render
            .get_or_init(|| Render::new(self.quiet))
            .report(ev)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_read_like_podman() {
        assert_eq!(super::human(512), "512B");
        assert_eq!(super::human(12_900_000), "12.3MiB");
        assert_eq!(super::human(40 << 20), "40.0MiB");
    }
}

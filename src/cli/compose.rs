//! `skiff compose` (also the binary run as `skiff-compose` or `docker-compose`): the global
//! compose flags into `compose::LoadOpts`, the project loaded and checked, then one
//! `compose::actions` call per subcommand, whose results are printed here.

use super::progress::LazyRender;
use crate::compose::actions::{self, Ctx, RunOpts, UpOpts};
use crate::compose::{self, convert, LoadOpts, Project};
use crate::engine::container::logs::{logs, LogsOpts};
use crate::engine::image::build::Report;
use crate::engine::image::transfer::Progress;
use crate::engine::{Engine, GlobalOpts};
use crate::format;
use crate::model::{ContainerStatus, Signal};
use crate::store::containers::ContainerRecord;
use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ComposeArgs {
    /// Compose configuration files (in order; later ones override)
    #[arg(short = 'f', long = "file")]
    pub file: Vec<PathBuf>,
    /// Project name (default: the project directory's name)
    #[arg(short = 'p', long = "project-name")]
    pub project_name: Option<String>,
    /// Variables for interpolation (default: the project directory's .env)
    #[arg(long)]
    pub env_file: Vec<PathBuf>,
    /// Enable services of this profile
    #[arg(long)]
    pub profile: Vec<String>,
    /// The directory relative paths are resolved against (default: the first file's)
    #[arg(long)]
    pub project_directory: Option<PathBuf>,
    #[command(subcommand)]
    pub cmd: ComposeCmd,
}

#[derive(Subcommand, Debug)]
pub enum ComposeCmd {
    /// Create and start the services' containers (and their networks)
    Up(UpArgs),
    /// Stop and remove the containers and networks (volumes with -v)
    Down(DownArgs),
    /// List the project's containers
    Ps(PsArgs),
    /// Show the services' output
    Logs(ComposeLogsArgs),
    /// Print the merged, interpolated configuration
    Config(ConfigArgs),
    /// Stop services
    Stop(TimeoutArgs),
    /// Start stopped services
    Start(ServicesArgs),
    /// Restart services
    Restart(TimeoutArgs),
    /// Send a signal to the services' containers
    Kill(ComposeKillArgs),
    /// Remove stopped service containers
    Rm(ComposeRmArgs),
    /// Pause services
    Pause(ServicesArgs),
    /// Unpause services
    Unpause(ServicesArgs),
    /// Run a command in a running service container
    Exec(ComposeExecArgs),
    /// Run a one-off command in a new container of a service
    Run(ComposeRunArgs),
    /// Show the processes of the services' containers
    Top(ServicesArgs),
    /// Print the host address a service's port is published on
    Port(ComposePortArgs),
    /// List the images the containers use
    Images(ServicesArgs),
    /// List projects
    Ls(ComposeLsArgs),
    /// Show the compose version
    Version,
    /// Pull the services' images
    Pull(ComposePullArgs),
    /// Push the images of services that are built and named
    Push(ServicesArgs),
    /// Build the images of services with `build:`
    Build(ComposeBuildArgs),
    /// Follow the events of the project's containers
    Events(ComposeEventsArgs),
}

#[derive(Args, Debug)]
pub struct ComposeEventsArgs {
    /// One JSON object per line
    #[arg(long)]
    pub json: bool,
    /// Print the events logged so far and exit (the default follows)
    #[arg(long)]
    pub no_stream: bool,
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UpArgs {
    /// Run in the background
    #[arg(short, long)]
    pub detach: bool,
    /// Build images before starting
    #[arg(long)]
    pub build: bool,
    /// Never build images
    #[arg(long)]
    pub no_build: bool,
    /// Recreate containers even if unchanged
    #[arg(long)]
    pub force_recreate: bool,
    /// Keep existing containers even if changed
    #[arg(long)]
    pub no_recreate: bool,
    /// Remove containers of services not in the file
    #[arg(long)]
    pub remove_orphans: bool,
    /// Do not start the services a service depends on
    #[arg(long)]
    pub no_deps: bool,
    /// SERVICE=N containers of a service
    #[arg(long)]
    pub scale: Vec<String>,
    /// Wait until the services run (and are healthy); implies --detach
    #[arg(long)]
    pub wait: bool,
    /// Pull policy: always, missing, never
    #[arg(long)]
    pub pull: Option<String>,
    /// Seconds to wait when stopping containers (foreground up)
    #[arg(short, long)]
    pub timeout: Option<u64>,
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct DownArgs {
    /// Remove the named volumes of the file and anonymous volumes
    #[arg(short, long)]
    pub volumes: bool,
    /// Remove containers of services not in the file
    #[arg(long)]
    pub remove_orphans: bool,
    /// Remove images: all (every service's) or local (built ones)
    #[arg(long)]
    pub rmi: Option<String>,
    /// Seconds to wait before killing
    #[arg(short, long)]
    pub timeout: Option<u64>,
}

#[derive(Args, Debug)]
pub struct PsArgs {
    /// Stopped containers too
    #[arg(short, long)]
    pub all: bool,
    /// Only IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Only service names
    #[arg(long)]
    pub services: bool,
    /// table (default) or json
    #[arg(long)]
    pub format: Option<String>,
    pub service: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ComposeLogsArgs {
    #[arg(short, long)]
    pub follow: bool,
    #[arg(short, long)]
    pub timestamps: bool,
    /// Number of lines from the end ("all" for every line)
    #[arg(short = 'n', long)]
    pub tail: Option<String>,
    /// No service prefix
    #[arg(long)]
    pub no_log_prefix: bool,
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ConfigArgs {
    /// Only the service names
    #[arg(long)]
    pub services: bool,
    /// Only the volume names
    #[arg(long)]
    pub volumes: bool,
    /// Only the profile names
    #[arg(long)]
    pub profiles: bool,
    /// Check only, print nothing
    #[arg(short, long)]
    pub quiet: bool,
    /// yaml (default) or json
    #[arg(long)]
    pub format: Option<String>,
}

#[derive(Args, Debug)]
pub struct TimeoutArgs {
    /// Seconds to wait before killing
    #[arg(short, long)]
    pub timeout: Option<u64>,
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ServicesArgs {
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ComposeKillArgs {
    #[arg(short, long, default_value = "SIGKILL")]
    pub signal: String,
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ComposeRmArgs {
    /// Do not ask (there is no prompt: accepted for compatibility)
    #[arg(short, long)]
    pub force: bool,
    /// Stop running containers first
    #[arg(short, long)]
    pub stop: bool,
    /// Remove anonymous volumes too
    #[arg(short, long)]
    pub volumes: bool,
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ComposeExecArgs {
    /// No pseudo-terminal
    #[arg(short = 'T', long = "no-TTY")]
    pub no_tty: bool,
    /// Detached
    #[arg(short, long)]
    pub detach: bool,
    #[arg(short, long)]
    pub env: Vec<String>,
    #[arg(short, long)]
    pub user: Option<String>,
    #[arg(short, long)]
    pub workdir: Option<String>,
    /// Which container of a scaled service
    #[arg(long, default_value_t = 1)]
    pub index: u32,
    #[arg(long)]
    pub privileged: bool,
    pub service: String,
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, required = true)]
    pub command: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ComposeRunArgs {
    /// Remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    #[arg(short, long)]
    pub detach: bool,
    /// Do not start the services it depends on
    #[arg(long)]
    pub no_deps: bool,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(short, long)]
    pub env: Vec<String>,
    #[arg(short, long)]
    pub user: Option<String>,
    #[arg(short, long)]
    pub workdir: Option<String>,
    #[arg(long)]
    pub entrypoint: Option<String>,
    #[arg(short, long)]
    pub publish: Vec<String>,
    /// Publish the service's ports
    #[arg(long)]
    pub service_ports: bool,
    /// No pseudo-terminal
    #[arg(short = 'T', long = "no-TTY")]
    pub no_tty: bool,
    pub service: String,
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ComposePortArgs {
    #[arg(long, default_value = "tcp")]
    pub protocol: String,
    #[arg(long, default_value_t = 1)]
    pub index: u32,
    pub service: String,
    pub port: u16,
}

#[derive(Args, Debug)]
pub struct ComposeLsArgs {
    /// Stopped projects too
    #[arg(short, long)]
    pub all: bool,
    #[arg(short, long)]
    pub quiet: bool,
    #[arg(long)]
    pub format: Option<String>,
}

#[derive(Args, Debug)]
pub struct ComposePullArgs {
    #[arg(long)]
    pub ignore_pull_failures: bool,
    #[arg(short, long)]
    pub quiet: bool,
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ComposeBuildArgs {
    #[arg(short, long)]
    pub quiet: bool,
    pub services: Vec<String>,
}

/// The file names under which the binary behaves as `skiff compose`.
pub const ALIASES: &[&str] = &["skiff-compose", "docker-compose"];

fn say(s: &str) {
    eprintln!(" {s}");
}

/// Build steps' lines and pull progress for `up --build` and `build`.
struct Lines {
    quiet: bool,
    render: LazyRender,
}

impl Report for Lines {
    fn line(&self, s: &str) {
        if !self.quiet {
            eprintln!("{s}");
        }
    }
    fn pull(&self) -> &dyn Progress {
        &self.render
    }
}

fn load_opts(a: &ComposeArgs, named: Vec<String>) -> Result<LoadOpts> {
    Ok(LoadOpts {
        files: a.file.clone(),
        project_name: a.project_name.clone(),
        project_dir: a.project_directory.clone(),
        env_files: a.env_file.clone(),
        profiles: a.profile.clone(),
        cwd: std::env::current_dir().context("the current directory")?,
        env: std::env::vars().collect(),
        named,
    })
}

/// Services named on the command line (their profiles count as enabled).
fn named_services(cmd: &ComposeCmd) -> Vec<String> {
    match cmd {
        ComposeCmd::Up(a) => a.services.clone(),
        ComposeCmd::Run(a) => vec![a.service.clone()],
        _ => Vec::new(),
    }
}

pub fn compose(g: &GlobalOpts, a: ComposeArgs) -> Result<i32> {
    if let ComposeCmd::Version = a.cmd {
        println!("skiff compose version {}", env!("CARGO_PKG_VERSION"));
        return Ok(0);
    }
    let e = Engine::new(g)?;
    if let ComposeCmd::Ls(l) = &a.cmd {
        return ls(&e, l);
    }
    let project = compose::load(&load_opts(&a, named_services(&a.cmd))?)?;
    for w in &project.warnings {
        eprintln!("WARN[0000] {w}");
    }
    let ctx = Ctx {
        g,
        project: &project,
        say: &say,
    };
    let progress = LazyRender::new(false);
    let lines = Lines {
        quiet: false,
        render: LazyRender::new(false),
    };
    match a.cmd {
        ComposeCmd::Up(u) => up(&e, &ctx, u, &progress, &lines),
        ComposeCmd::Down(d) => {
            if let Some(r) = &d.rmi {
                if !matches!(r.as_str(), "all" | "local") {
                    bail!("invalid --rmi {r:?}: use all or local");
                }
            }
            actions::down(&e, &ctx, d.volumes, d.remove_orphans)?;
            if let Some(r) = &d.rmi {
                remove_images(&e, &project, r == "all")?;
            }
            Ok(0)
        }
        ComposeCmd::Ps(p) => ps(&e, &ctx, p),
        ComposeCmd::Logs(l) => logs_of(g, &e, &ctx, l),
        ComposeCmd::Config(c) => config(&project, c),
        ComposeCmd::Stop(t) => actions::stop(&e, &ctx, &t.services, t.timeout).map(|_| 0),
        ComposeCmd::Start(s) => actions::start(&e, &ctx, &s.services).map(|_| 0),
        ComposeCmd::Restart(t) => actions::restart(&e, &ctx, &t.services, t.timeout).map(|_| 0),
        ComposeCmd::Kill(k) => {
            let sig: Signal = k.signal.parse()?;
            actions::kill(&e, &ctx, &k.services, sig).map(|_| 0)
        }
        ComposeCmd::Rm(r) => actions::remove(&e, &ctx, &r.services, r.stop, r.volumes).map(|_| 0),
        ComposeCmd::Pause(s) => actions::pause(&e, &ctx, &s.services, true).map(|_| 0),
        ComposeCmd::Unpause(s) => actions::pause(&e, &ctx, &s.services, false).map(|_| 0),
        ComposeCmd::Exec(x) => exec(&e, &ctx, x),
        ComposeCmd::Run(r) => {
            let tty = !r.no_tty && rustix::termios::isatty(std::io::stdin());
            let opts = RunOpts {
                service: r.service,
                command: r.command,
                rm: r.rm,
                detach: r.detach,
                no_deps: r.no_deps,
                name: r.name,
                env: r.env,
                user: r.user,
                workdir: r.workdir,
                entrypoint: r.entrypoint,
                publish: r.publish,
                service_ports: r.service_ports,
                tty,
            };
            actions::run(&e, &ctx, &opts, &progress, &lines)
        }
        ComposeCmd::Top(s) => top(&e, &ctx, &s.services),
        ComposeCmd::Port(p) => {
            let c = actions::container_of(&e, &ctx, &p.service, p.index)?;
            let filter = format!("{}/{}", p.port, p.protocol);
            let found = crate::engine::container::port::port(&e, &c.id, Some(&filter))?;
            match found.first() {
                Some(l) => {
                    let addr = l.rsplit(" -> ").next().unwrap_or(l);
                    println!("{addr}");
                    Ok(0)
                }
                None => bail!("no port {filter} for container {}", c.name),
            }
        }
        ComposeCmd::Images(s) => images(&e, &ctx, &s.services),
        ComposeCmd::Pull(p) => {
            let progress = LazyRender::new(p.quiet);
            actions::pull(&ctx, &p.services, p.ignore_pull_failures, &progress).map(|_| 0)
        }
        ComposeCmd::Push(s) => actions::push(&e, &ctx, &s.services, &progress).map(|_| 0),
        ComposeCmd::Build(b) => {
            let services: Vec<String> = if b.services.is_empty() {
                project.file.services.keys().cloned().collect()
            } else {
                b.services.clone()
            };
            for s in &services {
                if !project.file.services.contains_key(s) {
                    bail!("no such service: {s}");
                }
            }
            let lines = Lines {
                quiet: b.quiet,
                render: LazyRender::new(b.quiet),
            };
            actions::build_images(&e, &ctx, &services.into_iter().collect(), true, &lines)
                .map(|_| 0)
        }
        ComposeCmd::Events(a) => {
            actions::events(&e, &ctx, &a.services, !a.no_stream, &mut |ev| {
                let service = ev
                    .attributes
                    .get(convert::LABEL_SERVICE)
                    .cloned()
                    .unwrap_or_default();
                let line = if a.json {
                    serde_json::json!({
                        "time": crate::model::time::rfc3339(ev.time),
                        "type": ev.kind,
                        "action": ev.status,
                        "id": ev.id,
                        "service": service,
                        "attributes": {"name": ev.name, "image": ev.image},
                    })
                    .to_string()
                } else {
                    format!(
                        "{} container {} {} (image={}, name={}, service={service})",
                        crate::engine::system::events::go_time(ev.time),
                        ev.status,
                        ev.id,
                        ev.image,
                        ev.name
                    )
                };
                let mut so = std::io::stdout().lock();
                writeln!(so, "{line}")?;
                so.flush()?;
                Ok(())
            })?;
            Ok(0)
        }
        ComposeCmd::Version | ComposeCmd::Ls(_) => Ok(0),
    }
}

fn up(e: &Engine, ctx: &Ctx, u: UpArgs, progress: &dyn Progress, lines: &Lines) -> Result<i32> {
    let mut scale = BTreeMap::new();
    for s in &u.scale {
        let Some((k, v)) = s.split_once('=') else {
            bail!("invalid --scale {s:?}: use SERVICE=NUMBER");
        };
        let n: u32 = v
            .parse()
            .map_err(|_| anyhow::anyhow!("invalid --scale {s:?}: use SERVICE=NUMBER"))?;
        scale.insert(k.to_string(), n);
    }
    if u.build && u.no_build {
        bail!("--build and --no-build cannot be combined");
    }
    if u.force_recreate && u.no_recreate {
        bail!("--force-recreate and --no-recreate cannot be combined");
    }
    let opts = UpOpts {
        services: u.services.clone(),
        build: u.build,
        no_build: u.no_build,
        force_recreate: u.force_recreate,
        no_recreate: u.no_recreate,
        remove_orphans: u.remove_orphans,
        no_deps: u.no_deps,
        scale,
        wait: u.wait,
        pull: u.pull.clone(),
    };
    let detach = u.detach || u.wait;
    // Signals are blocked before the work starts, so a ^C of a foreground `up` stops the
    // containers started so far instead of leaving them.
    let mask = (!detach).then(block_signals).transpose()?;
    let ids = actions::up(e, ctx, &opts, progress, lines)?;
    let Some(mask) = mask else {
        return Ok(0);
    };
    attach_and_wait(ctx, e, &ids, mask)?;
    eprintln!("Stopping...");
    actions::stop(e, ctx, &u.services, u.timeout)?;
    Ok(0)
}

fn block_signals() -> Result<nix::sys::signal::SigSet> {
    use nix::sys::signal::{SigSet, SigmaskHow, Signal as S};
    let mut set = SigSet::empty();
    set.add(S::SIGINT);
    set.add(S::SIGTERM);
    set.add(S::SIGUSR1);
    nix::sys::signal::pthread_sigmask(SigmaskHow::SIG_BLOCK, Some(&set), None)?;
    Ok(set)
}

/// Follow every container's log (prefixed with its name) until a signal, or until all of
/// them have exited.
fn attach_and_wait(
    ctx: &Ctx,
    e: &Engine,
    ids: &[String],
    mask: nix::sys::signal::SigSet,
) -> Result<()> {
    let recs: Vec<ContainerRecord> = ids
        .iter()
        .filter_map(|id| crate::engine::container::lookup::lookup(e, id).ok())
        .collect();
    let width = recs
        .iter()
        .map(|r| short_name(ctx, r).len())
        .max()
        .unwrap_or(0);
    let g = ctx.g.clone();
    let mut handles = Vec::new();
    for r in recs {
        let prefix = format!("{:width$} |", short_name(ctx, &r));
        let g = g.clone();
        handles.push(std::thread::spawn(move || {
            let Ok(e) = Engine::new(&g) else { return };
            let opts = LogsOpts {
                follow: true,
                prefix: Some(prefix),
                ..LogsOpts::default()
            };
            let _ = logs(&e, &r.id, &opts, &mut write_out);
        }));
    }
    std::thread::spawn(move || {
        for h in handles {
            let _ = h.join();
        }
        let _ = nix::sys::signal::kill(nix::unistd::getpid(), nix::sys::signal::Signal::SIGUSR1);
    });
    mask.wait()?;
    Ok(())
}

/// A container's name without the project prefix (`web-1`), as compose's log prefix.
fn short_name(ctx: &Ctx, r: &ContainerRecord) -> String {
    r.name
        .strip_prefix(&format!("{}-", ctx.project.name))
        .unwrap_or(&r.name)
        .to_string()
}

fn write_out(stream: u8, data: &[u8]) {
    let _ = if stream == 2 {
        let mut l = std::io::stderr().lock();
        l.write_all(data).and_then(|_| l.flush())
    } else {
        let mut l = std::io::stdout().lock();
        l.write_all(data).and_then(|_| l.flush())
    };
}

fn logs_of(g: &GlobalOpts, e: &Engine, ctx: &Ctx, a: ComposeLogsArgs) -> Result<i32> {
    let recs = actions::selected(e, ctx, &a.services, false)?;
    let tail = match a.tail.as_deref() {
        None | Some("all") | Some("-1") => None,
        Some(n) => Some(
            n.parse::<usize>()
                .map_err(|_| anyhow::anyhow!("invalid --tail {n:?}: a number or all"))?,
        ),
    };
    let width = recs
        .iter()
        .map(|r| short_name(ctx, r).len())
        .max()
        .unwrap_or(0);
    let opts_for = |r: &ContainerRecord| LogsOpts {
        follow: a.follow,
        timestamps: a.timestamps,
        tail,
        prefix: (!a.no_log_prefix).then(|| format!("{:width$} |", short_name(ctx, r))),
        ..LogsOpts::default()
    };
    if !a.follow {
        for r in &recs {
            if r.settings.log.driver == crate::model::LogDriver::None {
                continue;
            }
            logs(e, &r.id, &opts_for(r), &mut write_out)?;
        }
        return Ok(0);
    }
    let handles: Vec<_> = recs
        .iter()
        .map(|r| {
            let (g, id, opts) = (g.clone(), r.id.clone(), opts_for(r));
            std::thread::spawn(move || -> Result<()> {
                let e = Engine::new(&g)?;
                logs(&e, &id, &opts, &mut write_out)
            })
        })
        .collect();
    for h in handles {
        if let Ok(Err(err)) = h.join() {
            eprintln!("Error: {err:#}");
        }
    }
    Ok(0)
}

/// `ps`: docker compose's columns.
fn ps(e: &Engine, ctx: &Ctx, a: PsArgs) -> Result<i32> {
    let mut recs = actions::selected(e, ctx, &a.service, true)?;
    if !a.all {
        recs.retain(|c| c.state.is_running());
    }
    if a.quiet {
        for r in &recs {
            println!("{}", r.id);
        }
        return Ok(0);
    }
    if a.services {
        let mut seen = std::collections::BTreeSet::new();
        for r in &recs {
            if seen.insert(actions::svc(r).to_string()) {
                println!("{}", actions::svc(r));
            }
        }
        return Ok(0);
    }
    let now = crate::store::now_nanos() / 1_000_000_000;
    if a.format.as_deref() == Some("json") {
        let rows: Vec<serde_json::Value> = recs
            .iter()
            .map(|r| {
                serde_json::json!({
                    "ID": r.id,
                    "Name": r.name,
                    "Image": r.image_name,
                    "Command": r.command.join(" "),
                    "Project": ctx.project.name,
                    "Service": actions::svc(r),
                    "State": r.state.live_status().as_str(),
                    "Health": r.state.health.as_ref().map(|h| h.status.clone()).unwrap_or_default(),
                    "ExitCode": r.state.exit_code,
                    "Status": status_text(r, now),
                    "Ports": crate::network::ports::ps_column(&r.settings.ports),
                    "Publishers": r.settings.ports.iter().map(|p| serde_json::json!({
                        "URL": p.host_ip, "TargetPort": p.container_port,
                        "PublishedPort": p.host_port, "Protocol": p.protocol,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        println!("{}", serde_json::to_string(&rows)?);
        return Ok(0);
    }
    if let Some(f) = a.format.as_deref().filter(|f| *f != "table") {
        bail!("unsupported --format {f:?}: use table or json");
    }
    let rows: Vec<Vec<String>> = recs
        .iter()
        .map(|r| {
            let cmd = format!("\"{}\"", truncate(&r.command.join(" "), 20));
            vec![
                r.name.clone(),
                r.image_name.clone(),
                cmd,
                actions::svc(r).to_string(),
                format::human_ago(r.created / 1_000_000_000, now),
                status_text(r, now),
                crate::network::ports::ps_column(&r.settings.ports),
            ]
        })
        .collect();
    print!(
        "{}",
        format::table(
            &["NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"],
            &rows
        )
    );
    Ok(0)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

fn status_text(c: &ContainerRecord, now: i64) -> String {
    match c.state.live_status() {
        ContainerStatus::Created => "Created".into(),
        ContainerStatus::Stopping => "Stopping".into(),
        ContainerStatus::Restarting => "Restarting".into(),
        s @ (ContainerStatus::Running | ContainerStatus::Paused) => format!(
            "Up {}{}",
            format::human_duration(now - c.state.started_at / 1_000_000_000),
            match (&c.state.health, s) {
                (_, ContainerStatus::Paused) => " (Paused)".to_string(),
                (Some(h), _) if !h.status.is_empty() => format!(" ({})", h.status),
                _ => String::new(),
            }
        ),
        ContainerStatus::Exited => format!(
            "Exited ({}) {}",
            c.state.exit_code,
            format::human_ago(c.state.finished_at / 1_000_000_000, now)
        ),
    }
}

/// `config`: the merged model as YAML (or JSON), or one of its lists.
fn config(p: &Project, a: ConfigArgs) -> Result<i32> {
    if a.quiet {
        return Ok(0);
    }
    if a.services {
        for s in p.file.services.keys() {
            println!("{s}");
        }
        return Ok(0);
    }
    if a.volumes {
        for v in p.file.volumes.keys() {
            println!("{v}");
        }
        return Ok(0);
    }
    if a.profiles {
        let mut all = std::collections::BTreeSet::new();
        for s in p.file.services.values() {
            all.extend(s.profiles.iter().cloned());
        }
        for x in all {
            println!("{x}");
        }
        return Ok(0);
    }
    let mut file = p.file.clone();
    file.name = Some(p.name.clone());
    file.version = None;
    let mut v = serde_json::to_value(&file)?;
    prune_json(&mut v);
    match a.format.as_deref() {
        Some("json") => println!("{}", serde_json::to_string_pretty(&v)?),
        None | Some("yaml") => print!("{}", serde_yaml_ng::to_string(&v)?),
        Some(f) => bail!("unsupported --format {f:?}: use yaml or json"),
    }
    Ok(0)
}

/// Drop nulls, empty lists and empty maps, so `config` shows what the file says.
fn prune_json(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Object(m) => {
            for x in m.values_mut() {
                prune_json(x);
            }
            m.retain(|_, x| {
                !(x.is_null()
                    || x.as_array().is_some_and(Vec::is_empty)
                    || x.as_object().is_some_and(|o| o.is_empty()))
            });
        }
        Value::Array(l) => l.iter_mut().for_each(prune_json),
        _ => {}
    }
}

fn exec(e: &Engine, ctx: &Ctx, x: ComposeExecArgs) -> Result<i32> {
    let c = actions::container_of(e, ctx, &x.service, x.index)?;
    let tty = !x.no_tty && rustix::termios::isatty(std::io::stdin());
    let opts = crate::engine::container::exec::ExecOpts {
        container: c.id,
        command: x.command,
        env: x.env,
        user: x.user,
        workdir: x.workdir,
        tty,
        interactive: !x.detach,
        detach: x.detach,
        privileged: x.privileged,
        capture: None,
        timeout: None,
    };
    crate::engine::container::exec::exec(e, &opts)
}

fn top(e: &Engine, ctx: &Ctx, services: &[String]) -> Result<i32> {
    let recs = actions::selected(e, ctx, services, false)?;
    for r in recs.iter().filter(|r| r.state.is_running()) {
        let (head, rows) = crate::engine::container::top::top(e, &r.id, &[])?;
        println!("{}", r.name);
        let h: Vec<&str> = head.iter().map(String::as_str).collect();
        print!("{}", format::table(&h, &rows));
        println!();
    }
    Ok(0)
}

fn images(e: &Engine, ctx: &Ctx, services: &[String]) -> Result<i32> {
    let recs = actions::selected(e, ctx, services, false)?;
    let rows: Vec<Vec<String>> = recs
        .iter()
        .map(|r| {
            let (repo, tag) = match r.image_name.rsplit_once(':') {
                Some((a, b)) if !b.contains('/') => (a.to_string(), b.to_string()),
                _ => (r.image_name.clone(), "latest".to_string()),
            };
            vec![
                r.name.clone(),
                repo,
                tag,
                r.image_id[..12.min(r.image_id.len())].to_string(),
            ]
        })
        .collect();
    print!(
        "{}",
        format::table(&["CONTAINER", "REPOSITORY", "TAG", "IMAGE ID"], &rows)
    );
    Ok(0)
}

fn ls(e: &Engine, a: &ComposeLsArgs) -> Result<i32> {
    let mut projects = actions::projects(e)?;
    if !a.all {
        projects.retain(|p| p.2 > 0);
    }
    if a.quiet {
        for p in &projects {
            println!("{}", p.0);
        }
        return Ok(0);
    }
    let status = |n: usize, r: usize| {
        if r == n {
            format!("running({r})")
        } else if r == 0 {
            format!("exited({n})")
        } else {
            format!("running({r}), exited({})", n - r)
        }
    };
    if a.format.as_deref() == Some("json") {
        let rows: Vec<serde_json::Value> = projects
            .iter()
            .map(|(name, n, r, f)| {
                serde_json::json!({"Name": name, "Status": status(*n, *r), "ConfigFiles": f})
            })
            .collect();
        println!("{}", serde_json::to_string(&rows)?);
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = projects
        .iter()
        .map(|(name, n, r, f)| vec![name.clone(), status(*n, *r), f.clone()])
        .collect();
    print!(
        "{}",
        format::table(&["NAME", "STATUS", "CONFIG FILES"], &rows)
    );
    Ok(0)
}

/// `down --rmi`: the services' images (local: only those built for the project).
fn remove_images(e: &Engine, p: &Project, all: bool) -> Result<()> {
    for name in p.file.services.keys() {
        let built = p.file.services[name].image.is_none();
        if !all && !built {
            continue;
        }
        let image = convert::image_of(p, name);
        let opts = crate::engine::image::rmi::RmiOpts {
            images: vec![image.clone()],
            force: false,
            all: false,
            ignore: false,
        };
        match crate::engine::image::rmi::rmi(e, &opts) {
            Ok(_) => say(&format!("Image {image}  Removed")),
            Err(err) => eprintln!("WARN[0000] removing image {image}: {err:#}"),
        }
    }
    Ok(())
}

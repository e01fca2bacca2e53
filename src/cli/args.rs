//! Flag definitions (clap derive). podman's names and short flags.

mod run;

pub use run::{ResourceArgs, RunArgs};

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "skiff",
    version,
    about = "Rootless, daemonless containers",
    disable_help_subcommand = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options of every command.
#[derive(Args, Debug)]
pub struct GlobalArgs {
    /// Storage root directory (default $XDG_DATA_HOME/skiff)
    #[arg(long, global = true, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Runtime state directory (default $XDG_RUNTIME_DIR/skiff)
    #[arg(long, global = true, value_name = "DIR")]
    pub runroot: Option<PathBuf>,
    /// Log messages at and above this level (accepted for podman compatibility)
    #[arg(long, global = true, value_name = "LEVEL", default_value = "warn")]
    pub log_level: String,
    /// Cgroup manager: systemd (the user's systemd over D-Bus) or cgroupfs
    #[arg(long = "cgroup-manager", global = true, value_name = "MANAGER")]
    pub cgroup_manager: Option<String>,
    /// Where events go: file (default) or none
    #[arg(long, global = true, value_name = "BACKEND")]
    pub events_backend: Option<String>,
    /// Print nothing on standard output
    #[arg(long, global = true)]
    pub noout: bool,
    /// OCI runtime: skiff's is built in (crun and runc are accepted and mean it)
    #[arg(long, global = true, value_name = "RUNTIME")]
    pub runtime: Option<String>,
    /// Flags for the OCI runtime (the built-in one takes none: ignored with a warning)
    #[arg(long = "runtime-flag", global = true, value_name = "FLAG")]
    pub runtime_flag: Vec<String>,
    /// Storage driver: overlay (the only one)
    #[arg(long, global = true, value_name = "DRIVER")]
    pub storage_driver: Option<String>,
    /// Refused: there is no service, skiff runs containers itself
    #[arg(short = 'r', long, global = true)]
    pub remote: bool,
    /// Refused: there is no service to connect to
    #[arg(long, global = true, value_name = "URL")]
    pub url: Option<String>,
    /// Refused, as --url (before the command only, as podman: `history -H` is --human)
    #[arg(long, short = 'H', value_name = "URL")]
    pub host: Option<String>,
    /// Refused: there are no service connections
    #[arg(long, global = true, value_name = "NAME")]
    pub connection: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Show version information
    Version(VersionArgs),
    /// Show information about the host and the store
    Info(InfoArgs),
    /// Run a command inside the user namespace
    Unshare(UnshareArgs),
    /// Create an image from a root filesystem tarball
    Import(ImportArgs),
    /// Load images from a docker-archive or oci-archive
    Load(LoadArgs),
    /// Save images to an archive
    Save(SaveArgs),
    /// List images
    Images(ImagesArgs),
    /// Add names to an image
    Tag(TagArgs),
    /// Remove names from an image (all of them without any)
    Untag(UntagArgs),
    /// Remove images
    Rmi(RmiArgs),
    /// Manage images
    #[command(subcommand)]
    Image(ImageCmd),
    /// Build an image from a Containerfile or Dockerfile
    Build(super::build::BuildArgs),
    /// Show the history of an image
    History(super::build::HistoryArgs),
    /// Run a command in a new container
    #[command(disable_help_flag = true)]
    Run(RunArgs),
    /// Create a container without starting it
    #[command(disable_help_flag = true)]
    Create(RunArgs),
    /// Start containers
    Start(StartArgs),
    /// List containers
    Ps(PsArgs),
    /// Remove containers
    Rm(RmArgs),
    /// Manage containers
    #[command(subcommand)]
    Container(ContainerCmd),
    /// Show details of containers or images
    Inspect(InspectArgs),
    /// Run a command in a running container
    Exec(ExecArgs),
    /// Stop running containers (stop signal, then SIGKILL)
    Stop(StopArgs),
    /// Send a signal to running containers
    Kill(KillArgs),
    /// Wait for containers to exit and print their exit codes
    Wait(WaitArgs),
    /// Change the resource limits of containers
    Update(UpdateArgs),
    /// Live resource usage of containers
    Stats(StatsArgs),
    /// Pause all processes in containers (cgroup freezer)
    Pause(PauseArgs),
    /// Unpause containers
    Unpause(PauseArgs),
    /// Pull an image from a registry
    Pull(super::registry::PullArgs),
    /// Push an image to a registry
    Push(super::registry::PushArgs),
    /// Log in to a registry
    Login(super::registry::LoginArgs),
    /// Log out of a registry
    Logout(super::registry::LogoutArgs),
    /// List a container's published ports
    Port(super::network::PortArgs),
    /// Manage networks
    #[command(subcommand)]
    Network(super::network::NetworkCmd),
    /// Manage pods
    #[command(subcommand)]
    Pod(super::pod::PodCmd),
    /// Play, take down and generate Kubernetes YAML
    #[command(subcommand)]
    Kube(super::kube::KubeCmd),
    /// Kubernetes YAML: `play kube FILE` (the older name of `kube play`)
    #[command(subcommand)]
    Play(super::kube::PlayCmd),
    /// Manage volumes
    #[command(subcommand)]
    Volume(super::volume::VolumeCmd),
    /// Copy files between a container and the host
    Cp(super::fs::CpArgs),
    /// Show a container's filesystem changes
    Diff(super::fs::DiffArgs),
    /// Create an image from a container's changes
    Commit(super::fs::CommitArgs),
    /// Export a container's filesystem as a tar archive
    Export(super::fs::ExportArgs),
    /// Rename a container
    Rename(super::manage::RenameArgs),
    /// Show a container's processes
    Top(super::manage::TopArgs),
    /// Healthchecks: `healthcheck run CTR`
    #[command(subcommand)]
    Healthcheck(HealthcheckCmd),
    /// Show events
    Events(super::events::EventsArgs),
    /// Manage the store: prune, df
    #[command(subcommand)]
    System(super::prune::SystemCmd),
    /// Show a container's output
    Logs(LogsArgs),
    /// Attach to a running container's output (and input)
    Attach(AttachArgs),
    /// Restart containers (stop, then start)
    Restart(RestartArgs),
    /// (internal) the monitor of a detached container
    #[command(name = "container-monitor", hide = true)]
    ContainerMonitor(MonitorArgs),
    /// (internal) create a container from options given as JSON on stdin
    #[command(name = "container-create-json", hide = true)]
    ContainerCreateJson(CreateJsonArgs),
    /// Generate containers' systemd units from quadlet files (`--dryrun`), manage those files
    Quadlet(super::quadlet::QuadletArgs),
    /// Run multi-container applications from compose files
    Compose(super::compose::ComposeArgs),
    /// Update the images of containers run by systemd units (label io.containers.autoupdate)
    AutoUpdate(super::autoupdate::AutoUpdateArgs),
    /// Generate structured output: `generate systemd CTR`
    #[command(subcommand)]
    Generate(super::generate::GenerateCmd),
    /// Print a shell completion script
    Completion(CompletionArgs),
    /// (internal) write the man pages into a directory
    #[command(name = "generate-man-pages", hide = true)]
    GenerateManPages(ManArgs),
}

#[derive(Args, Debug)]
pub struct LogsArgs {
    /// Keep printing new output until the container exits
    #[arg(short, long)]
    pub follow: bool,
    /// Prefix each line with its timestamp
    #[arg(short, long)]
    pub timestamps: bool,
    /// Only output since this time (RFC 3339, Unix seconds, or a duration like 10m)
    #[arg(long)]
    pub since: Option<String>,
    /// Only output until this time
    #[arg(long)]
    pub until: Option<String>,
    /// Only the last N lines (-1: all)
    #[arg(short = 'n', long, allow_negative_numbers = true)]
    pub tail: Option<i64>,
    /// Show the latest container
    #[arg(short, long)]
    pub latest: bool,
    /// With several containers: prefix lines with the name instead of the ID
    #[arg(long)]
    pub names: bool,
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct AttachArgs {
    /// Key sequence that detaches (default ctrl-p,ctrl-q; "" disables)
    #[arg(long, default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,
    /// Do not forward standard input
    #[arg(long)]
    pub no_stdin: bool,
    /// Accepted for compatibility: signals are not proxied
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    pub container: String,
}

#[derive(Args, Debug)]
pub struct RestartArgs {
    /// Seconds to wait before SIGKILL (default: the container's --stop-timeout, 10)
    #[arg(short = 't', long = "time")]
    pub time: Option<u64>,
    /// Restart all running containers
    #[arg(short, long)]
    pub all: bool,
    /// Restart only running containers (with --all)
    #[arg(long)]
    pub running: bool,
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct CreateJsonArgs {
    /// Then run it in the foreground and exit with its status
    #[arg(long, conflicts_with = "detach")]
    pub start: bool,
    /// Then start it in the background and print its ID
    #[arg(short, long)]
    pub detach: bool,
}

#[derive(Args, Debug)]
pub struct MonitorArgs {
    /// Write the start result (a code byte and a message) to this inherited descriptor
    #[arg(long)]
    pub notify_fd: Option<i32>,
    pub id: String,
}

#[derive(Args, Debug)]
pub struct StopArgs {
    /// Seconds to wait before SIGKILL (default: the container's --stop-timeout, 10)
    #[arg(short = 't', long = "time")]
    pub time: Option<u64>,
    /// Stop all running containers
    #[arg(short, long)]
    pub all: bool,
    #[command(flatten)]
    pub cid: super::systemd::CidfileArgs,
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct KillArgs {
    /// Signal to send
    #[arg(short, long, default_value = "KILL")]
    pub signal: String,
    /// Signal all running containers
    #[arg(short, long)]
    pub all: bool,
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct WaitArgs {
    /// Condition to wait for: exited (default), stopped, created, running, paused
    #[arg(long)]
    pub condition: Vec<String>,
    #[arg(required = true)]
    pub containers: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum ImageCmd {
    /// List images
    #[command(alias = "list")]
    Ls(ImagesArgs),
    /// Show details of images
    Inspect(InspectArgs),
    /// Exit 0 if an image exists, 1 if not
    Exists(ExistsArgs),
    /// Add names to an image
    Tag(TagArgs),
    /// Remove names from an image
    Untag(UntagArgs),
    /// Remove images
    Rm(RmiArgs),
    /// Save images to an archive
    Save(SaveArgs),
    /// Load images from an archive
    Load(LoadArgs),
    /// Create an image from a tarball
    Import(ImportArgs),
    /// Pull an image from a registry
    Pull(super::registry::PullArgs),
    /// Push an image to a registry
    Push(super::registry::PushArgs),
    /// Remove dangling (with -a: unused) images
    Prune(super::prune::ImagePruneArgs),
    /// Build an image from a Containerfile or Dockerfile
    Build(super::build::BuildArgs),
    /// Show the history of an image
    History(super::build::HistoryArgs),
}

#[derive(Subcommand, Debug)]
pub enum ContainerCmd {
    /// List containers
    #[command(alias = "list", alias = "ps")]
    Ls(PsArgs),
    /// Remove containers
    Rm(RmArgs),
    /// Run a command in a new container
    #[command(disable_help_flag = true)]
    Run(RunArgs),
    /// Create a container
    #[command(disable_help_flag = true)]
    Create(RunArgs),
    /// Start containers
    Start(StartArgs),
    /// Show details of containers
    Inspect(InspectArgs),
    /// Run a command in a running container
    Exec(ExecArgs),
    /// Stop running containers
    Stop(StopArgs),
    /// Send a signal to running containers
    Kill(KillArgs),
    /// Wait for containers to exit
    Wait(WaitArgs),
    /// Copy files between a container and the host
    Cp(super::fs::CpArgs),
    /// Show a container's filesystem changes
    Diff(super::fs::DiffArgs),
    /// Create an image from a container's changes
    Commit(super::fs::CommitArgs),
    /// Export a container's filesystem as a tar archive
    Export(super::fs::ExportArgs),
    /// Rename a container
    Rename(super::manage::RenameArgs),
    /// Show a container's processes
    Top(super::manage::TopArgs),
    /// Remove all stopped containers
    Prune(super::prune::ContainerPruneArgs),
    /// Show a container's output
    Logs(LogsArgs),
    /// Attach to a running container
    Attach(AttachArgs),
    /// Restart containers
    Restart(RestartArgs),
    /// List a container's published ports
    Port(super::network::PortArgs),
    /// Exit 0 if a container exists, 1 if not
    Exists(ContainerExistsArgs),
}

#[derive(Args, Debug)]
pub struct ContainerExistsArgs {
    pub container: String,
}

#[derive(Args, Debug)]
pub struct VersionArgs {
    /// Go template or "json"
    #[arg(short, long)]
    pub format: Option<String>,
}

#[derive(Args, Debug)]
pub struct InfoArgs {
    /// Go template or "json"
    #[arg(short, long)]
    pub format: Option<String>,
}

#[derive(Args, Debug)]
pub struct UnshareArgs {
    /// Command and arguments (default: $SHELL)
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// Tarball path or "-" for standard input
    pub source: String,
    /// Name for the new image
    pub reference: Option<String>,
    /// Apply a Dockerfile instruction (CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, EXPOSE, VOLUME)
    #[arg(short, long = "change")]
    pub change: Vec<String>,
    /// Commit message stored in the image history
    #[arg(short, long)]
    pub message: Option<String>,
    /// Print only the image ID
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct LoadArgs {
    /// Read from this archive instead of standard input
    #[arg(short, long)]
    pub input: Option<String>,
    /// Print nothing
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct SaveArgs {
    /// Write to this file instead of standard output
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// docker-archive (default) or oci-archive
    #[arg(long, default_value = "docker-archive")]
    pub format: String,
    /// Accepted for compatibility (multi-image archives are always allowed)
    #[arg(short = 'm', long = "multi-image-archive")]
    pub multi: bool,
    /// Write oci-archive layers uncompressed (docker-archive layers always are)
    #[arg(long)]
    pub uncompressed: bool,
    #[arg(short, long)]
    pub quiet: bool,
    #[arg(required = true)]
    pub images: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ImagesArgs {
    /// Show all images (including intermediate ones)
    #[arg(short, long)]
    pub all: bool,
    /// Print only image IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Do not truncate IDs
    #[arg(long)]
    pub no_trunc: bool,
    /// Show digests
    #[arg(long)]
    pub digests: bool,
    /// Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print the header
    #[arg(short = 'n', long)]
    pub noheading: bool,
    /// Sort by created (newest first), id, repository, size or tag
    #[arg(long, default_value = "created")]
    pub sort: String,
    /// Only images whose repository matches
    pub reference: Option<String>,
}

#[derive(Args, Debug)]
pub struct TagArgs {
    pub image: String,
    #[arg(required = true)]
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UntagArgs {
    pub image: String,
    /// Names to remove (default: all)
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RmiArgs {
    /// Remove the image and any containers using it
    #[arg(short, long)]
    pub force: bool,
    /// A missing image is not an error
    #[arg(short, long)]
    pub ignore: bool,
    /// Remove all images
    #[arg(short, long)]
    pub all: bool,
    pub images: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    pub image: String,
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Go template
    #[arg(short, long)]
    pub format: Option<String>,
    /// container or image
    #[arg(short = 't', long = "type")]
    pub kind: Option<String>,
    /// Show the size (accepted for compatibility)
    #[arg(short, long)]
    pub size: bool,
    /// Inspect the latest container
    #[arg(short, long)]
    pub latest: bool,
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub resources: ResourceArgs,
    /// The container to update
    pub container: String,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Show all containers (default shows just running)
    #[arg(short, long)]
    pub all: bool,
    /// Print one sample and exit
    #[arg(long = "no-stream")]
    pub no_stream: bool,
    /// Pretty-print with a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Seconds between samples when streaming
    #[arg(short, long, default_value_t = 5)]
    pub interval: u64,
    /// Containers to show (default: all running)
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PauseArgs {
    /// Act on all running containers
    #[arg(short, long)]
    pub all: bool,
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct StartArgs {
    /// Attach to the container's output and return its exit status
    #[arg(short, long)]
    pub attach: bool,
    /// Keep standard input open
    #[arg(short, long)]
    pub interactive: bool,
    #[command(flatten)]
    pub every: super::systemd::StartAllArgs,
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PsArgs {
    /// Show all containers (default: running only)
    #[arg(short, long)]
    pub all: bool,
    /// Print only IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Show the latest container
    #[arg(short, long)]
    pub latest: bool,
    /// Show the last N containers
    #[arg(long)]
    pub last: Option<usize>,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print the header
    #[arg(short = 'n', long)]
    pub noheading: bool,
    /// Show sizes (accepted for compatibility)
    #[arg(short, long)]
    pub size: bool,
    /// Show the pod of each container
    #[arg(short = 'p', long)]
    pub pod: bool,
    /// Filter: status=, name=REGEX, id=PREFIX, ancestor=IMAGE, label=KEY[=VALUE], pod=POD
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// Sort by command, created, id, image, names, runningfor, size or status
    #[arg(long, default_value = "created")]
    pub sort: String,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Remove running containers too (killing them)
    #[arg(short, long)]
    pub force: bool,
    /// Remove all containers
    #[arg(short, long)]
    pub all: bool,
    /// Remove anonymous volumes too
    #[arg(short, long)]
    pub volumes: bool,
    #[command(flatten)]
    pub cid: super::systemd::CidfileArgs,
    /// Remove the containers that depend on these first
    #[arg(long)]
    pub depend: bool,
    /// Seconds a running container (with --force) gets after its stop signal before SIGKILL
    #[arg(short = 't', long = "time")]
    pub time: Option<u64>,
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ExecArgs {
    /// Keep standard input open
    #[arg(short, long)]
    pub interactive: bool,
    /// Allocate a pseudo-terminal
    #[arg(short, long)]
    pub tty: bool,
    /// Run in the background
    #[arg(short, long)]
    pub detach: bool,
    /// Set environment variables
    #[arg(short, long = "env")]
    pub env: Vec<String>,
    /// User[:group] to run as
    #[arg(short, long)]
    pub user: Option<String>,
    /// Working directory
    #[arg(short, long)]
    pub workdir: Option<String>,
    /// All capabilities of the user namespace
    #[arg(long)]
    pub privileged: bool,
    /// Container, then the command and its arguments
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true, num_args = 2..)]
    pub container_and_command: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum HealthcheckCmd {
    /// Run a container's healthcheck now: exit 0 healthy, 1 unhealthy
    Run { container: String },
}

#[derive(Args, Debug)]
pub struct CompletionArgs {
    /// bash, zsh, fish, elvish or powershell
    pub shell: clap_complete::Shell,
    /// Write to this file instead of stdout
    #[arg(short, long)]
    pub file: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ManArgs {
    /// Directory for the pages (skiff.1, skiff-run.1, ...)
    pub dir: PathBuf,
}

//! `run`/`create` flags, and the resource flags they share with `update`.

use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug, Default)]
pub struct RunArgs {
    /// Print help
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Assign a name to the container
    #[arg(long)]
    pub name: Option<String>,
    /// Remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// Keep standard input open
    #[arg(short, long)]
    pub interactive: bool,
    /// Allocate a pseudo-terminal
    #[arg(short, long)]
    pub tty: bool,
    /// Run in the background and print the container ID
    #[arg(short, long)]
    pub detach: bool,
    /// Set environment variables
    #[arg(short, long = "env")]
    pub env: Vec<String>,
    /// Read environment variables from a file
    #[arg(long = "env-file")]
    pub env_file: Vec<PathBuf>,
    /// Working directory inside the container
    #[arg(short, long)]
    pub workdir: Option<String>,
    /// User[:group] to run as
    #[arg(short, long)]
    pub user: Option<String>,
    /// Override the image's entrypoint
    #[arg(long)]
    pub entrypoint: Option<String>,
    /// Container hostname
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,
    /// Container NIS domain name
    #[arg(long)]
    pub domainname: Option<String>,
    /// Bind mount or volume: SRC:DST[:OPTS], NAME:DST, or DST
    #[arg(short, long = "volume")]
    pub volume: Vec<String>,
    /// Mount a tmpfs: DST[:OPTS]
    #[arg(long)]
    pub tmpfs: Vec<String>,
    /// Attach a mount: type=bind|volume|tmpfs|image|devpts,src=..,dst=..[,OPTS]
    #[arg(long)]
    pub mount: Vec<String>,
    /// Mount the volumes of another container: CTR[:ro|rw]
    #[arg(long = "volumes-from", value_name = "CONTAINER")]
    pub volumes_from: Vec<String>,
    /// Mount the root filesystem read-only
    #[arg(long)]
    pub read_only: bool,
    /// With --read-only, mount tmpfs on /tmp, /var/tmp and /run
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub read_only_tmpfs: bool,
    /// Network mode: pasta[:OPTS], slirp4netns[:OPTS], none, host, private, container:NAME,
    /// ns:PATH, or a network NAME[:ip=IP,mac=MAC,alias=A] (repeat for several networks)
    #[arg(long, visible_alias = "net")]
    pub network: Vec<String>,
    /// Another name for the container on its (first) network
    #[arg(long = "network-alias", visible_alias = "net-alias")]
    pub network_alias: Vec<String>,
    /// The container's IPv4 address on its (first) network
    #[arg(long)]
    pub ip: Option<String>,
    /// The container's MAC address on its (first) network
    #[arg(long = "mac-address")]
    pub mac_address: Option<String>,
    /// Publish a port: [IP:][HOSTPORT:]CPORT[/tcp|udp], ranges as 9000-9002:9000-9002
    #[arg(short = 'p', long = "publish")]
    pub publish: Vec<String>,
    /// Run in a pod (name or ID), or `new:NAME` to create the pod first
    #[arg(long)]
    pub pod: Option<String>,
    /// Publish the image's exposed ports on random host ports
    #[arg(short = 'P', long = "publish-all")]
    pub publish_all: bool,
    /// DNS server for the container's resolv.conf
    #[arg(long)]
    pub dns: Vec<String>,
    /// DNS search domain ("." for none)
    #[arg(long = "dns-search")]
    pub dns_search: Vec<String>,
    /// DNS resolver option, e.g. ndots:2
    #[arg(long = "dns-option", visible_alias = "dns-opt")]
    pub dns_option: Vec<String>,
    /// Add a line to /etc/hosts: NAME:IP (IP may be host-gateway)
    #[arg(long = "add-host")]
    pub add_host: Vec<String>,
    /// Add capabilities
    #[arg(long = "cap-add")]
    pub cap_add: Vec<String>,
    /// Drop capabilities
    #[arg(long = "cap-drop")]
    pub cap_drop: Vec<String>,
    /// seccomp=unconfined|FILE, no-new-privileges, unmask=ALL
    #[arg(long = "security-opt")]
    pub security_opt: Vec<String>,
    /// Give extended privileges (all capabilities of the user namespace, no seccomp, no masks)
    #[arg(long)]
    pub privileged: bool,
    /// Storage options (overlay.mount_program=PATH)
    #[arg(long = "storage-opt")]
    pub storage_opt: Vec<String>,
    #[command(flatten)]
    pub resources: ResourceArgs,
    /// Ulimit options, e.g. nofile=1024:2048
    #[arg(long)]
    pub ulimit: Vec<String>,
    /// Tune the container's OOM preferences (-1000 to 1000)
    #[arg(long = "oom-score-adj", allow_hyphen_values = true)]
    pub oom_score_adj: Option<i32>,
    /// Whether the container gets a cgroup of its own: enabled or disabled
    #[arg(long, default_value = "enabled")]
    pub cgroups: String,
    /// Parent cgroup (cgroupfs: a path under /sys/fs/cgroup) or slice (systemd)
    #[arg(long = "cgroup-parent")]
    pub cgroup_parent: Option<String>,
    /// Set metadata on the container: KEY=VALUE
    #[arg(short = 'l', long = "label")]
    pub label: Vec<String>,
    /// Log driver: k8s-file (default), json-file (same format), none, passthrough
    #[arg(long)]
    pub log_driver: Option<String>,
    /// Log driver options: max-size=SIZE
    #[arg(long = "log-opt")]
    pub log_opt: Vec<String>,
    /// Healthcheck command, run with /bin/sh -c in the container
    #[arg(long)]
    pub health_cmd: Option<String>,
    /// Time between healthchecks (default 30s)
    #[arg(long)]
    pub health_interval: Option<String>,
    /// Failures in a row before the container is unhealthy (default 3)
    #[arg(long)]
    pub health_retries: Option<u32>,
    /// Longest a check may run (default 30s)
    #[arg(long)]
    pub health_timeout: Option<String>,
    /// Time after start when failures do not count (default 0s)
    #[arg(long)]
    pub health_start_period: Option<String>,
    /// Disable any healthcheck, the image's too
    #[arg(long)]
    pub no_healthcheck: bool,
    /// Restart policy: no, always, on-failure[:N], unless-stopped
    #[arg(long)]
    pub restart: Option<String>,
    /// Pull the image: always, missing (default), never, newer
    #[arg(long)]
    pub pull: Option<String>,
    /// Pull the image for this platform (os/arch[/variant])
    #[arg(long, value_name = "PLATFORM")]
    pub platform: Option<String>,
    /// Architecture of the image to pull (overrides --platform's)
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// Operating system of the image to pull (overrides --platform's)
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// Architecture variant of the image to pull
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
    /// Require HTTPS and verify certificates when pulling
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub tls_verify: Option<bool>,
    /// Authentication file for pulling
    #[arg(long, value_name = "FILE")]
    pub authfile: Option<PathBuf>,
    /// Print no pull progress
    #[arg(short, long)]
    pub quiet: bool,
    /// User namespace mode: keep-id[:uid=..,gid=..], auto[:size=..], host, nomap, ns:PATH
    #[arg(long)]
    pub userns: Option<String>,
    /// Map container uids to the user's namespace: CONTAINER_UID:UID:COUNT
    #[arg(long, value_name = "MAPPING")]
    pub uidmap: Vec<String>,
    /// Map container gids to the user's namespace: CONTAINER_GID:GID:COUNT
    #[arg(long, value_name = "MAPPING")]
    pub gidmap: Vec<String>,
    /// Signal that stops the container (default: the image's, else SIGTERM)
    #[arg(long, value_name = "SIGNAL")]
    pub stop_signal: Option<String>,
    /// Seconds stop waits before SIGKILL (default 10)
    #[arg(long, value_name = "SECONDS")]
    pub stop_timeout: Option<u64>,
    /// Supplementary groups for the process (names in the container's /etc/group, or ids)
    #[arg(long = "group-add", value_name = "GROUP")]
    pub group_add: Vec<String>,
    /// Time zone: local (the host's) or an Area/City of the host's zoneinfo
    #[arg(long, value_name = "TZ")]
    pub tz: Option<String>,
    /// Expose a port or range (PORT[-END][/PROTO]), published by --publish-all
    #[arg(long, value_name = "PORT")]
    pub expose: Vec<String>,
    /// Run an init (catatonit) as PID 1 that forwards signals and reaps processes
    #[arg(long)]
    pub init: bool,
    /// The init binary for --init
    #[arg(long, value_name = "PATH")]
    pub init_path: Option<PathBuf>,
    /// Pass the caller's environment to the container (under the image's and -e)
    #[arg(long)]
    pub env_host: bool,
    /// Add this host user (name or uid) to the container's /etc/passwd
    #[arg(long, value_name = "USER")]
    pub hostuser: Vec<String>,
    /// Kill the container after this many seconds
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<u64>,
    /// Pass descriptors 3 to 3+N-1 on to the container (foreground only)
    #[arg(long, value_name = "N")]
    pub preserve_fds: Option<u32>,
    /// Memory swappiness (0 to 100, -1 the system's; not applied on cgroup v2)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub memory_swappiness: Option<i64>,
    #[command(flatten)]
    pub systemd: crate::cli::systemd::SystemdRunArgs,
    /// Image, then the command and its arguments
    #[arg(required = true, trailing_var_arg = true, num_args = 1..)]
    pub image_and_command: Vec<String>,
}

/// Resource limits, shared by run/create and update.
#[derive(Args, Debug, Default, Clone)]
pub struct ResourceArgs {
    /// Memory limit (e.g. 256m, 1g)
    #[arg(short = 'm', long)]
    pub memory: Option<String>,
    /// Memory plus swap limit; -1 for unlimited swap
    #[arg(long = "memory-swap", allow_hyphen_values = true)]
    pub memory_swap: Option<String>,
    /// Memory soft limit (memory.low)
    #[arg(long = "memory-reservation")]
    pub memory_reservation: Option<String>,
    /// Number of CPUs (e.g. 1.5)
    #[arg(long)]
    pub cpus: Option<String>,
    /// CPU shares (relative weight)
    #[arg(short = 'c', long = "cpu-shares")]
    pub cpu_shares: Option<u64>,
    /// CPU CFS quota in microseconds
    #[arg(long = "cpu-quota", allow_hyphen_values = true)]
    pub cpu_quota: Option<i64>,
    /// CPU CFS period in microseconds
    #[arg(long = "cpu-period")]
    pub cpu_period: Option<u64>,
    /// CPUs in which to allow execution (0-3, 0,1)
    #[arg(long = "cpuset-cpus")]
    pub cpuset_cpus: Option<String>,
    /// Memory nodes in which to allow execution (0-3, 0,1)
    #[arg(long = "cpuset-mems")]
    pub cpuset_mems: Option<String>,
    /// Tune the container's pids limit (-1 for unlimited)
    #[arg(long = "pids-limit", allow_hyphen_values = true)]
    pub pids_limit: Option<i64>,
    /// Block IO weight (10 to 1000)
    #[arg(long = "blkio-weight")]
    pub blkio_weight: Option<u64>,
    /// Limit read rate from a device (e.g. /dev/sda:1mb)
    #[arg(long = "device-read-bps")]
    pub device_read_bps: Vec<String>,
    /// Limit write rate to a device (e.g. /dev/sda:1mb)
    #[arg(long = "device-write-bps")]
    pub device_write_bps: Vec<String>,
}

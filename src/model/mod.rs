//! The model: plain typed data shared by every layer (adapters, engine, store, runtime,
//! network) and depending on none of them. Values are parsed once, here, from the spellings
//! users write (sizes, durations, signals, network modes, policies), with podman's error texts;
//! everything below the adapters works with these types, never with strings or flag names.
//! A container as asked for is `ContainerOptions`; `validate` makes it a `ContainerConfig`.

pub mod config;
pub mod mount;
pub mod network;
pub mod pod;
pub mod policy;
pub mod process;
pub mod resources;
pub mod security;
pub mod signal;
pub mod status;
pub mod systemd;
pub mod time;
pub mod units;

pub use config::{ContainerConfig, ContainerOptions, HealthConfig, ResourceOptions};
pub use mount::{ContainerMount, MountRequest, MountType, Propagation};
pub use network::{
    Attachment, HostAddress, HostEntry, NetworkConfig, NetworkMode, NetworkRequest, PortMapping,
};
pub use policy::{EventsBackend, LogConfig, LogDriver, PullPolicy, RestartPolicy, UsernsMode};
pub use process::ProcessId;
pub use resources::{LimitKind, Limits, Rlimit};
pub use security::{Seccomp, SecurityConfig};
pub use signal::Signal;
pub use status::ContainerStatus;
pub use systemd::{CgroupnsMode, SdNotifyMode};
pub use units::{ByteSize, GoDuration};

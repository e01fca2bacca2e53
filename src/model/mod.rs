//! The model: plain typed data shared by every layer (adapters, engine, store, runtime,
//! network) and depending on none of them. Values are parsed once, here, from the spellings
//! users write (sizes, durations, signals, network modes, policies), with podman's error texts;
//! everything below the adapters works with these types, never with strings or flag names.

pub mod network;
pub mod policy;
pub mod process;
pub mod resources;
pub mod signal;
pub mod status;
pub mod time;
pub mod units;

pub use network::{Attachment, NetworkMode, PortMapping};
pub use policy::{LogConfig, LogDriver, PullPolicy, RestartPolicy, UsernsMode};
pub use process::ProcessId;
pub use resources::{DeviceRate, Limits, Rlimit};
pub use signal::Signal;
pub use status::ContainerStatus;
pub use units::{ByteSize, GoDuration};

//! Volumes: named (and anonymous) directories of the per-user store that containers mount.
//!
//! One file per user action: `create` (also the implicit volume of `-v NAME:DST`), `ls`,
//! `inspect`, `rm`, `prune`, `exists`, `export`, `import`; shared: `lookup` (the containers
//! using a volume, the names a container uses). Each takes a typed options struct and returns
//! typed results, so the CLI, compose and the Docker API call them the same way.
//!
//! Files: `ROOT/volumes/NAME/{_data,volume.json}` (`store::volumes`), written under the
//! volumes lock. Lock order: containers, then volumes.

pub mod create;
pub mod exists;
pub mod export;
pub mod import;
pub mod inspect;
pub mod lookup;
pub mod ls;
pub mod prune;
pub mod rm;

// The API other adapters (compose, the Docker API) call.
#[allow(unused_imports)]
pub use create::{create, VolumeCreateOptions};
#[allow(unused_imports)]
pub use inspect::{inspect, VolumeInfo};
#[allow(unused_imports)]
pub use ls::{ls, VolumeListOptions};
#[allow(unused_imports)]
pub use prune::{prune, VolumePruneOptions, VolumePruneReport};
#[allow(unused_imports)]
pub use rm::{rm, VolumeRmOptions, VolumeRmReport};

//! Configuration files skiff reads the way podman does, below the engine and the adapters
//! (like `model`, which they feed): `containers_conf` (containers.conf: defaults of new
//! containers, the events logger).

pub mod containers_conf;

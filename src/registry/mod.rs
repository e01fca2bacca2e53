//! Registry access: the HTTP API v2 client (`client.rs`, one file per concern in `client/`),
//! credentials in auth.json (`auth.rs`), TLS configuration from certs.d (`tls.rs`),
//! registries.conf (`conf.rs`) and manifest handling with platform selection (`manifest.rs`).
//! No store access here: the engine moves bytes between a `Client` and the store.

pub mod auth;
pub mod client;
pub mod conf;
pub mod manifest;
pub mod tls;

pub use client::{Client, ClientOpts};

/// The host serving the API for a registry name (`docker.io` is served elsewhere).
pub fn api_host(registry: &str) -> &str {
    match registry {
        "docker.io" | "index.docker.io" => "registry-1.docker.io",
        other => other,
    }
}

/// The key credentials are stored under for a registry (`docker.io` for Docker Hub).
pub fn auth_key(registry: &str) -> String {
    match registry {
        "registry-1.docker.io" | "index.docker.io" => "docker.io".to_string(),
        other => other.to_string(),
    }
}

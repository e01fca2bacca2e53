//! The compose file as typed data (the compose specification, with the keys of the old
//! `version: "2"/"3"` formats it still accepts). Values that the specification lets users
//! write in several shapes (a string or a list, a list or a map) have one type each here that
//! reads every shape; `normalize` in `load` has already turned list-or-map values into maps.

use serde::{Deserialize, Serialize};
use serde_yaml_ng::Value;
use std::collections::BTreeMap;

/// A whole (merged) compose file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ComposeFile {
    pub version: Option<Value>,
    pub name: Option<String>,
    pub services: BTreeMap<String, Service>,
    pub networks: BTreeMap<String, Option<NetworkDef>>,
    pub volumes: BTreeMap<String, Option<VolumeDef>>,
    pub secrets: Option<Value>,
    pub configs: Option<Value>,
    pub include: Option<Value>,
}

/// A string, or a list of strings (`command`, `entrypoint`, `dns`, `tmpfs`, `env_file`...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum StrOrList {
    Str(String),
    List(Vec<Scalar>),
}

impl StrOrList {
    /// The list; a string is one item.
    pub fn items(&self) -> Vec<String> {
        match self {
            StrOrList::Str(s) => vec![s.clone()],
            StrOrList::List(l) => l.iter().map(Scalar::text).collect(),
        }
    }
}

/// A YAML scalar used as text: a string, a number or a boolean.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Scalar {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
}

impl Scalar {
    pub fn text(&self) -> String {
        match self {
            Scalar::Str(s) => s.clone(),
            Scalar::Int(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
            Scalar::Bool(b) => b.to_string(),
        }
    }
}

/// A service.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Service {
    pub image: Option<String>,
    pub build: Option<Build>,
    pub command: Option<StrOrList>,
    pub entrypoint: Option<StrOrList>,
    pub container_name: Option<String>,
    pub hostname: Option<String>,
    pub domainname: Option<String>,
    pub user: Option<Scalar>,
    pub working_dir: Option<String>,
    /// Normalized to a map; a `None` value takes the caller's.
    pub environment: BTreeMap<String, Option<Scalar>>,
    pub env_file: Option<EnvFiles>,
    pub labels: BTreeMap<String, Option<Scalar>>,
    pub ports: Vec<Port>,
    pub expose: Vec<Scalar>,
    pub volumes: Vec<ServiceVolume>,
    pub tmpfs: Option<StrOrList>,
    /// Normalized to a map.
    pub networks: BTreeMap<String, Option<ServiceNetwork>>,
    pub network_mode: Option<String>,
    pub links: Vec<String>,
    pub external_links: Vec<String>,
    /// Normalized to a map.
    pub depends_on: BTreeMap<String, Option<Dependency>>,
    pub healthcheck: Option<Healthcheck>,
    pub restart: Option<String>,
    pub logging: Option<Logging>,
    /// Normalized to a map.
    pub extra_hosts: BTreeMap<String, Option<Scalar>>,
    pub dns: Option<StrOrList>,
    pub dns_search: Option<StrOrList>,
    pub dns_opt: Vec<String>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub privileged: Option<bool>,
    pub read_only: Option<bool>,
    pub security_opt: Vec<String>,
    pub ulimits: BTreeMap<String, Ulimit>,
    pub deploy: Option<Deploy>,
    pub stop_signal: Option<String>,
    pub stop_grace_period: Option<String>,
    pub init: Option<bool>,
    pub profiles: Vec<String>,
    pub extends: Option<Extends>,
    pub tty: Option<bool>,
    pub stdin_open: Option<bool>,
    pub mem_limit: Option<Scalar>,
    pub mem_reservation: Option<Scalar>,
    pub memswap_limit: Option<Scalar>,
    pub cpus: Option<Scalar>,
    pub cpu_shares: Option<u64>,
    pub cpu_quota: Option<i64>,
    pub cpu_period: Option<u64>,
    pub cpuset: Option<String>,
    pub pids_limit: Option<i64>,
    pub oom_score_adj: Option<i32>,
    pub group_add: Vec<Scalar>,
    pub platform: Option<String>,
    pub pull_policy: Option<String>,
    pub mac_address: Option<String>,
    pub scale: Option<u32>,
    pub shm_size: Option<Scalar>,
    pub sysctls: BTreeMap<String, Option<Scalar>>,
    pub devices: Vec<Value>,
    pub ipc: Option<String>,
    pub pid: Option<String>,
    pub userns_mode: Option<String>,
    pub secrets: Option<Value>,
    pub configs: Option<Value>,
}

/// `build:` as a context path, or its long form.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Build {
    Context(String),
    Long(Box<BuildLong>),
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BuildLong {
    pub context: Option<String>,
    pub dockerfile: Option<String>,
    /// Normalized to a map.
    pub args: BTreeMap<String, Option<Scalar>>,
    pub target: Option<String>,
    pub labels: BTreeMap<String, Option<Scalar>>,
    pub network: Option<String>,
    pub pull: Option<bool>,
    pub no_cache: Option<bool>,
    pub tags: Vec<String>,
    pub cache_from: Vec<String>,
    pub extra_hosts: Option<Value>,
    pub platforms: Vec<String>,
}

impl Build {
    pub fn long(&self) -> BuildLong {
        match self {
            Build::Context(c) => BuildLong {
                context: Some(c.clone()),
                ..BuildLong::default()
            },
            Build::Long(l) => (**l).clone(),
        }
    }
}

/// `env_file:` a path, a list of paths, or long entries `{path, required}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum EnvFiles {
    One(String),
    Many(Vec<EnvFile>),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum EnvFile {
    Path(String),
    Long(EnvFileLong),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvFileLong {
    pub path: String,
    #[serde(default = "yes")]
    pub required: bool,
    pub format: Option<String>,
}

fn yes() -> bool {
    true
}

impl EnvFiles {
    /// (path, required)
    pub fn entries(&self) -> Vec<(String, bool)> {
        match self {
            EnvFiles::One(p) => vec![(p.clone(), true)],
            EnvFiles::Many(l) => l
                .iter()
                .map(|e| match e {
                    EnvFile::Path(p) => (p.clone(), true),
                    EnvFile::Long(l) => (l.path.clone(), l.required),
                })
                .collect(),
        }
    }
}

/// A port: `"[IP:][HOST:]CONTAINER[/PROTO]"`, a bare number, or the long form.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Port {
    Number(u32),
    Short(String),
    Long(PortLong),
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PortLong {
    pub target: Option<Scalar>,
    pub published: Option<Scalar>,
    pub host_ip: Option<String>,
    pub protocol: Option<String>,
    pub mode: Option<String>,
    pub name: Option<String>,
    pub app_protocol: Option<String>,
}

/// A volume of a service: `SRC:DST[:MODE]`, `DST`, or the long form.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ServiceVolume {
    Short(String),
    Long(Box<VolumeLong>),
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VolumeLong {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    pub read_only: Option<bool>,
    pub consistency: Option<String>,
    pub bind: Option<Value>,
    pub volume: Option<Value>,
    pub tmpfs: Option<Value>,
}

/// A service's attachment to a network.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServiceNetwork {
    pub aliases: Vec<String>,
    pub ipv4_address: Option<String>,
    pub ipv6_address: Option<String>,
    pub mac_address: Option<String>,
    pub priority: Option<i64>,
    pub link_local_ips: Option<Value>,
}

/// `depends_on` entry of the long form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Dependency {
    pub condition: Option<String>,
    pub restart: Option<bool>,
    pub required: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Healthcheck {
    pub test: Option<StrOrList>,
    pub interval: Option<String>,
    pub timeout: Option<String>,
    pub retries: Option<u32>,
    pub start_period: Option<String>,
    pub start_interval: Option<String>,
    pub disable: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Logging {
    pub driver: Option<String>,
    pub options: BTreeMap<String, Option<Scalar>>,
}

/// `ulimits: nofile: 1024` or `nofile: {soft: 1024, hard: 2048}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Ulimit {
    Single(i64),
    Pair { soft: i64, hard: i64 },
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Deploy {
    pub resources: Option<Resources>,
    pub replicas: Option<u32>,
    pub restart_policy: Option<DeployRestart>,
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Resources {
    pub limits: Option<ResourceSet>,
    pub reservations: Option<ResourceSet>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ResourceSet {
    pub cpus: Option<Scalar>,
    pub memory: Option<Scalar>,
    pub pids: Option<i64>,
    pub devices: Option<Value>,
    pub generic_resources: Option<Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeployRestart {
    pub condition: Option<String>,
    pub delay: Option<String>,
    pub max_attempts: Option<u32>,
    pub window: Option<String>,
}

/// `extends: NAME` or `extends: {service, file}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Extends {
    Name(String),
    Long(ExtendsLong),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtendsLong {
    pub service: String,
    pub file: Option<String>,
}

/// A top-level network.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NetworkDef {
    pub name: Option<String>,
    pub driver: Option<String>,
    pub driver_opts: BTreeMap<String, Option<Scalar>>,
    pub external: Option<External>,
    pub internal: Option<bool>,
    pub attachable: Option<bool>,
    pub enable_ipv6: Option<bool>,
    pub ipam: Option<Ipam>,
    pub labels: BTreeMap<String, Option<Scalar>>,
}

/// `external: true`, or the old `external: {name: X}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum External {
    Flag(bool),
    Named { name: String },
}

impl External {
    pub fn is_external(&self) -> bool {
        !matches!(self, External::Flag(false))
    }
    pub fn name(&self) -> Option<&str> {
        match self {
            External::Named { name } => Some(name),
            External::Flag(_) => None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Ipam {
    pub driver: Option<String>,
    pub config: Vec<IpamConfig>,
    pub options: Option<Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct IpamConfig {
    pub subnet: Option<String>,
    pub gateway: Option<String>,
    pub ip_range: Option<String>,
    pub aux_addresses: Option<Value>,
}

/// A top-level volume.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VolumeDef {
    pub name: Option<String>,
    pub driver: Option<String>,
    pub driver_opts: BTreeMap<String, Option<Scalar>>,
    pub external: Option<External>,
    pub labels: BTreeMap<String, Option<Scalar>>,
}

/// `Deserialize` for a type written either as a plain scalar or as its long form (a map): the
/// long form's own errors (an unknown key, a bad type) reach the user instead of serde's
/// "did not match any variant".
macro_rules! short_or_long {
    ($ty:ident, $short:expr, $long:ident) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                use serde::de::Error;
                let v = Value::deserialize(d)?;
                if let Value::Mapping(_) = v {
                    return serde_yaml_ng::from_value(v)
                        .map($ty::$long)
                        .map_err(D::Error::custom);
                }
                let short: fn(Value) -> Result<$ty, String> = $short;
                short(v).map_err(D::Error::custom)
            }
        }
    };
}

fn plain_string(v: Value, what: &str) -> Result<String, String> {
    match v {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        other => Err(format!("invalid type: {}, expected {what}", kind(&other))),
    }
}

/// The YAML kind of a value, for error texts.
pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a map",
        Value::Tagged(_) => "a tagged value",
    }
}

short_or_long!(
    Build,
    |v| plain_string(v, "a build context or a map").map(Build::Context),
    Long
);
short_or_long!(
    Extends,
    |v| plain_string(v, "a service name or a map").map(Extends::Name),
    Long
);
short_or_long!(
    EnvFile,
    |v| plain_string(v, "a path or a map").map(EnvFile::Path),
    Long
);
short_or_long!(
    ServiceVolume,
    |v| plain_string(v, "a volume or a map").map(ServiceVolume::Short),
    Long
);
short_or_long!(
    Port,
    |v| match v {
        Value::Number(n) => n
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .map(Port::Number)
            .ok_or_else(|| format!("invalid port {n}")),
        other => plain_string(other, "a port or a map").map(Port::Short),
    },
    Long
);

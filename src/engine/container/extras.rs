//! What the process extras of `create` take from the host: the init binary (`--init`), the
//! zone file (`--tz`), the host users' passwd lines (`--hostuser`); the warning podman gives
//! for `--memory-swappiness` on cgroup v2; and `/run/.containerenv`.

use crate::model::config::RunExtras;
use crate::store::containers::ContainerRecord;
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

/// Where the init is mounted in the container, as podman does.
pub const INIT_IN_CONTAINER: &str = "/run/podman-init";

/// Where podman's packages put catatonit, then PATH.
const INIT_CANDIDATES: &[&str] = &[
    "/usr/libexec/podman/catatonit",
    "/usr/local/libexec/podman/catatonit",
    "/usr/lib/podman/catatonit",
    "/usr/bin/catatonit",
    "/usr/local/bin/catatonit",
];

/// The extras resolved against the host.
#[derive(Debug, Default)]
pub struct HostExtras {
    /// The init binary to mount at `INIT_IN_CONTAINER`.
    pub init: Option<PathBuf>,
    /// The zone file to copy to `userdata/localtime`.
    pub zone: Option<PathBuf>,
    /// `--hostuser` entries, as passwd lines.
    pub passwd_entries: Vec<String>,
}

pub fn resolve(x: &RunExtras) -> Result<HostExtras> {
    if x.memory_swappiness.is_some() {
        eprintln!(
            "WARN[0000] Your kernel does not support memory swappiness capabilities, or the cgroup is not mounted. Memory swappiness discarded."
        );
    }
    Ok(HostExtras {
        init: if x.init {
            Some(init_binary(x.init_path.as_deref())?)
        } else {
            None
        },
        zone: x.tz.as_deref().map(zone_file).transpose()?,
        passwd_entries: x
            .hostuser
            .iter()
            .map(|u| host_user(u))
            .collect::<Result<_>>()?,
    })
}

fn init_binary(given: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = given {
        if !p.is_file() {
            bail!(
                "container-init binary not found on the host: {}",
                p.display()
            );
        }
        return Ok(p.to_path_buf());
    }
    let on_path = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("catatonit"))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    INIT_CANDIDATES
        .iter()
        .map(PathBuf::from)
        .chain(on_path)
        .find(|p| p.is_file())
        .ok_or_else(|| {
            anyhow::anyhow!(
                "--init: no init binary found: install catatonit, or name one with --init-path"
            )
        })
}

/// `local`: the host's /etc/localtime; else `/usr/share/zoneinfo/ZONE`.
fn zone_file(tz: &str) -> Result<PathBuf> {
    let p = if tz == "local" {
        std::fs::canonicalize("/etc/localtime")
            .context("finding timezone: the host has no /etc/localtime")?
    } else {
        Path::new("/usr/share/zoneinfo").join(tz)
    };
    if !p.is_file() {
        bail!("finding timezone: unknown time zone {tz}");
    }
    Ok(p)
}

/// The host's passwd line of a user name or uid.
fn host_user(u: &str) -> Result<String> {
    let passwd = std::fs::read_to_string("/etc/passwd").context("reading /etc/passwd")?;
    passwd
        .lines()
        .find(|l| {
            let f: Vec<&str> = l.split(':').collect();
            f.len() >= 7 && (f[0] == u || f[2] == u)
        })
        .map(String::from)
        .ok_or_else(|| {
            anyhow::anyhow!("unable to find user {u}: no matching entries in passwd file")
        })
}

/// Copy the zone file into the container's userdata (bind-mounted at /etc/localtime).
pub fn write_localtime(userdata: &Path, zone: &Path) -> Result<PathBuf> {
    let dest = userdata.join("localtime");
    std::fs::copy(zone, &dest).with_context(|| format!("copying {}", zone.display()))?;
    Ok(dest)
}

/// `/run/.containerenv` as podman writes it: empty, but for a privileged container the
/// engine, name, id, image, image id and rootless flag.
pub fn containerenv(rec: &ContainerRecord) -> String {
    if !rec.settings.privileged {
        return String::new();
    }
    let rootless = u8::from(!rustix::process::geteuid().is_root());
    format!(
        "engine=\"skiff-{}\"\nname={:?}\nid={:?}\nimage={:?}\nimageid={:?}\nrootless={rootless}\n",
        env!("CARGO_PKG_VERSION"),
        rec.name,
        rec.id,
        rec.image_name,
        rec.image_id
    )
}

//! The working container of a stage: the layers so far under an upper directory in the
//! build's staging area (never a container record: nothing shows in `ps`, and a killed build
//! leaves only a staging directory, removed by the next command). RUN starts a process on it
//! through the runtime like `run` does (same id mapping, default capabilities and seccomp
//! filter, the network mode asked for); COPY and WORKDIR change it through a helper that
//! mounts it. What changed becomes a layer the way `commit` makes one: the upper directory as
//! an OCI layer tar (whiteouts, opaque directories, mapped owners), ingested by the store.

use crate::engine::container::mounts::tmpfs_entry;
use crate::engine::container::spec::{self, SpecInputs};
use crate::engine::Engine;
use crate::model::{ContainerOptions, NetworkConfig, NetworkMode};
use crate::runtime::mounts::Overlay;
use crate::runtime::{self, Launch};
use crate::store::images::LayerRef;
use crate::store::layers::StagedLayer;
use crate::store::LockKind;
use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};

/// What the runtime leaves in the upper directory as mount points when the image lacks them.
const MOUNT_POINTS: &[&str] = &[
    "proc",
    "sys",
    "dev",
    "etc/hosts",
    "etc/hostname",
    "etc/resolv.conf",
    "run/.containerenv",
];

/// An upper directory (with its overlay work directory) under the staging area.
pub struct Work {
    pub dir: PathBuf,
}

impl Work {
    pub fn new(staging: &Path) -> Result<Work> {
        use std::os::unix::fs::PermissionsExt;
        let dir = staging.join(crate::store::unique_name("work"));
        for d in ["upper", "work", "merged", "userdata"] {
            crate::store::mkdir_p(&dir.join(d))?;
        }
        // The overlay's root takes the upper directory's mode: a normal / for every user.
        for d in [
            dir.clone(),
            dir.join("upper"),
            dir.join("merged"),
            dir.join("userdata"),
        ] {
            std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755))?;
        }
        Ok(Work { dir })
    }

    pub fn upper(&self) -> PathBuf {
        self.dir.join("upper")
    }

    /// The overlay of `layers` (bottom first) under this upper directory.
    pub fn overlay(&self, engine: &Engine, layers: &[LayerRef]) -> Result<Overlay> {
        Ok(Overlay {
            lower: lower_dirs(engine, layers)?,
            upper: self.upper(),
            work: self.dir.join("work"),
            target: self.dir.join("merged"),
            mount_program: None,
            id_mapping: None,
        })
    }
}

/// The layer directories, top first (an empty one for an image without layers).
pub fn lower_dirs(engine: &Engine, layers: &[LayerRef]) -> Result<Vec<PathBuf>> {
    let store = &engine.store;
    let mut lower: Vec<PathBuf> = layers
        .iter()
        .rev()
        .map(|l| store.layer_dir(&l.chain_id))
        .collect();
    if lower.is_empty() {
        let empty = store.root.join("layers").join("empty").join("diff");
        crate::store::mkdir_p(&empty)?;
        lower.push(empty);
    }
    Ok(lower)
}

/// A RUN step's process.
pub struct RunSpec<'a> {
    pub argv: Vec<String>,
    /// Build args (`KEY=VALUE`) the image's ENV does not override.
    pub env: Vec<String>,
    pub image: &'a super::image::Image,
    pub network: &'a NetworkConfig,
    /// `-q`: the output goes to this file instead of ours.
    pub output: Option<&'a Path>,
    /// Files bind-mounted for the step (heredoc scripts, RUN --mount).
    pub volumes: Vec<spec::Volume>,
    /// `DST[:OPTS]` tmpfs mounts.
    pub tmpfs: Vec<String>,
}

/// Run a process on the working container; its exit status.
pub fn run(engine: &Engine, w: &Work, layers: &[LayerRef], r: &RunSpec) -> Result<i32> {
    let icfg = &r.image.config;
    let mut c = ContainerOptions {
        command: r.argv.clone(),
        env: r.env.clone(),
        workdir: Some(
            icfg.working_dir
                .clone()
                .filter(|w| w.starts_with('/'))
                .unwrap_or_else(|| "/".into()),
        ),
        user: icfg.user.clone().filter(|u| !u.is_empty()),
        entrypoint: Some(String::new()),
        tmpfs: r.tmpfs.clone(),
        ..ContainerOptions::default()
    }
    .validate()?;
    c.network = r.network.clone();
    let oci: oci_spec::image::ImageConfiguration =
        serde_json::from_slice(&r.image.bytes()?).context("the image config is not valid")?;
    let hostname = crate::store::containers::new_id()?[..12].to_string();
    let args = spec::command(&oci, &c)?;
    let env = spec::environment(&oci, &c, &hostname)?;
    let caps = spec::capabilities(&c.security)?;
    let net = crate::engine::network::mode::settings(engine, &c.network, &[])?;
    if matches!(
        net.mode,
        NetworkMode::Bridge(_) | NetworkMode::Container(_) | NetworkMode::Ns(_)
    ) {
        bail!(
            "--network {} is not supported for RUN: use none, host, private, pasta or slirp4netns",
            net.mode.kind()
        );
    }
    let userdata = w.dir.join("userdata");
    let dns = crate::engine::network::userdata::DnsOpts {
        dns: &c.network.dns,
        search: &c.network.dns_search,
        options: &c.network.dns_options,
        add_host: &c.network.add_hosts,
        ..Default::default()
    };
    crate::engine::network::userdata::write_userdata(
        &userdata, &hostname, "build", &net.mode, &dns, false,
    )?;
    // The spec binds /run/.containerenv from userdata, as for every container (empty: a
    // build step is not privileged).
    crate::fsutil::write_file(&userdata.join(".containerenv"), b"", false)?;
    let cwd = c.workdir.clone().unwrap_or_else(|| "/".into());
    // The step's tmpfs mounts (RUN --mount=type=tmpfs), parsed by validate().
    let tmpfs: Vec<serde_json::Value> = c.mounts.iter().map(tmpfs_entry).collect();
    let spec = spec::build(
        &c,
        &SpecInputs {
            args: &args,
            env: &env,
            cwd: &cwd,
            hostname: &hostname,
            caps: &caps,
            volumes: &r.volumes,
            mounts: &tmpfs,
            userdata: &userdata,
            host_network: net.mode == NetworkMode::Host,
            gid_mapped_5: engine.idmap().host_gid(5).is_some(),
            init: None,
            localtime: None,
        },
    )?;
    let compiled = runtime::seccomp::compile_default(&caps)?;
    let overlay = w.overlay(engine, layers)?;
    let helper = std::cell::RefCell::new(None);
    let net_hook = |pid: i32| -> Result<()> {
        *helper.borrow_mut() = crate::network::helper::attach(&net.mode, pid, &[], &userdata)?;
        Ok(())
    };
    let user = c.user.clone().unwrap_or_default();
    let launch = Launch {
        spec: &spec,
        overlay: &overlay,
        idmap: engine.idmap(),
        user: &user,
        seccomp: Some(&compiled),
        keep_stdin: false,
        create_cwd: true,
        cgroup: None,
        rlimits: &[],
        oom_score_adj: None,
        net_hook: Some(&net_hook),
        join_netns_of: None,
        join_netns_path: None,
        join_userns_of: None,
        join_userns_path: None,
        nested: None,
        group_add: &[],
        passwd_entries: &[],
        preserve_fds: 0,
        join_pod: None,
        die_with_parent: true,
    };
    let started = match r.output {
        Some(path) => {
            let f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .with_context(|| format!("opening {}", path.display()))?;
            runtime::step::with_output(std::os::fd::AsFd::as_fd(&f), || runtime::start(&launch))??
        }
        None => runtime::start(&launch)?,
    };
    let code = runtime::step::wait(started);
    if let Some(mut h) = helper.borrow_mut().take() {
        h.stop();
    }
    code
}

/// Whether a directory in the upper directory adds nothing to the one below it: empty, not
/// opaque, same owner and mode.
fn redundant_dir(p: &Path, lower: &[PathBuf], rel: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(m) = std::fs::symlink_metadata(p) else {
        return false;
    };
    let opaque = crate::store::layer_tar::OPAQUE_XATTRS
        .iter()
        .any(|x| xattr::get(p, x).ok().flatten().is_some());
    if !is_empty(p, &m) || !m.is_dir() || opaque {
        return false;
    }
    lower
        .iter()
        .find_map(|l| std::fs::symlink_metadata(l.join(rel)).ok())
        .is_some_and(|b| {
            b.is_dir() && b.uid() == m.uid() && b.gid() == m.gid() && b.mode() == m.mode()
        })
}

fn is_empty(p: &Path, m: &std::fs::Metadata) -> bool {
    (m.is_file() && m.len() == 0)
        || (m.is_dir()
            && std::fs::read_dir(p)
                .map(|mut r| r.next().is_none())
                .unwrap_or(false))
}

/// Remove the mount points the runtime made in the upper directory (empty, absent below) and
/// the directories that then add nothing, from each mount point up.
fn clean_mount_points(upper: &Path, lower: &[PathBuf], extra: &[String]) {
    let all = MOUNT_POINTS
        .iter()
        .map(|s| s.to_string())
        .chain(extra.iter().map(|d| d.trim_start_matches('/').to_string()));
    for a in all {
        let mut rel = PathBuf::from(a);
        while !rel.as_os_str().is_empty() {
            let p = upper.join(&rel);
            let Ok(m) = std::fs::symlink_metadata(&p) else {
                break;
            };
            let gone = if crate::engine::container::diff::in_lower(lower, &rel) {
                redundant_dir(&p, lower, &rel) && std::fs::remove_dir(&p).is_ok()
            } else {
                is_empty(&p, &m)
                    && if m.is_dir() {
                        std::fs::remove_dir(&p).is_ok()
                    } else {
                        std::fs::remove_file(&p).is_ok()
                    }
            };
            if !gone {
                break;
            }
            rel.pop();
        }
    }
}

/// The upper directory as a staged layer on top of `layers`; None when nothing changed.
pub fn take_layer(
    engine: &Engine,
    staging: &Path,
    w: &Work,
    layers: &[LayerRef],
    mount_points: &[String],
) -> Result<Option<StagedLayer>> {
    let upper = w.upper();
    let lower = lower_dirs(engine, layers)?;
    let blob = staging.join(format!("{}.tar", crate::store::unique_name("layer")));
    let parent = layers.last().map(|l| l.chain_id.clone());
    let store = engine.store.clone();
    let staging = staging.to_path_buf();
    let extra = mount_points.to_vec();
    crate::runtime::in_userns(engine.idmap(), move || {
        clean_mount_points(&upper, &lower, &extra);
        let empty = std::fs::read_dir(&upper)
            .with_context(|| format!("reading {}", upper.display()))?
            .next()
            .is_none();
        if empty {
            return Ok(None);
        }
        {
            let f = std::fs::File::create(&blob)
                .with_context(|| format!("creating {}", blob.display()))?;
            let mut out = std::io::BufWriter::new(f);
            crate::store::layer_tar::dir_to_tar(&upper, &mut out)?;
            std::io::Write::flush(&mut out)?;
        }
        store
            .stage_layer(&staging, &blob, parent.as_deref(), None, None)
            .map(Some)
    })
}

/// Move a staged layer into the store (it is then a lower directory for the next steps and a
/// cache entry's layer).
pub fn commit_layer(engine: &Engine, staged: &StagedLayer) -> Result<()> {
    let _lock = engine.store.lock(LockKind::Images, true)?;
    engine
        .store
        .commit_layers(std::slice::from_ref(staged))
        .map_err(|e| anyhow!("{e:#}"))
}

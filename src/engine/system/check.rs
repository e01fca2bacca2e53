//! `system check [--repair] [--quick] [--force]`: what a crash (a SIGKILL, a power cut) can
//! leave in the store, found and, with `repair`, removed:
//!
//! - staging directories whose owner died (`tmp/stage-*` with a free `.lock`, or none left by
//!   an interrupted clean-up), removal trees (`tmp/rm-ctr-*`, `tmp/rm-layer-*`) and temporary
//!   files of a write that never reached its rename (`.NAME.tmp-PID-*`, PID gone);
//! - container directories without a readable `container.json`, containers recorded running
//!   whose process is gone (no monitor records their exit), runtime directories of removed
//!   containers and monitors still running for them (a container nobody can see), the
//!   rootless network namespace's users that are no container;
//! - layers and blobs no image, container or build-cache entry uses, images whose layers or
//!   blobs are missing (or, without `quick`, do not match their digests).
//!
//! It holds the images and containers locks (exclusive when repairing), so nothing it sees is
//! the work of a command still running, except layers and blobs a pull or build in progress
//! (a locked staging directory) has not recorded yet: those are left alone then.

use super::df::du;
use crate::engine::container::lookup;
use crate::engine::container::rm::remove_locked;
use crate::engine::container::runroot::{monitored, run_dir};
use crate::engine::network::namespace::infra_dir;
use crate::engine::Engine;
use crate::model::ProcessId;
use crate::store::containers::ContainerRecord;
use crate::store::images::ImageRecord;
use crate::store::{remove_tree, unique_name, LockKind};
use anyhow::Result;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, Default)]
pub struct CheckOpts {
    pub repair: bool,
    /// Skip reading every blob to verify its digest.
    pub quick: bool,
    /// Also remove the containers that use a damaged image.
    pub force: bool,
    /// Repair only leftovers that take space (`system prune`): no image, container or
    /// process is touched.
    pub leftovers_only: bool,
}

/// What was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Staging,
    Trash,
    TempFile,
    ContainerDir,
    DeadContainer,
    RunDir,
    HiddenContainer,
    NetnsUser,
    Layer,
    Blob,
    Image,
    Index,
}

/// One problem, and whether it was repaired (or why it was left).
#[derive(Debug, Clone)]
pub struct Finding {
    pub kind: Kind,
    /// The object: a path under the root, an ID.
    pub what: String,
    pub problem: String,
    /// Bytes it takes (directories and files that repairing frees).
    pub size: u64,
    pub repaired: bool,
    /// Why it was not repaired.
    pub left: Option<String>,
    path: Option<PathBuf>,
}

impl Finding {
    fn new(kind: Kind, what: String, problem: &str, path: Option<PathBuf>) -> Finding {
        Finding {
            kind,
            what,
            problem: problem.to_string(),
            size: 0,
            repaired: false,
            left: None,
            path,
        }
    }

    /// Leftovers that only take space: what `system df` counts as reclaimable and `system
    /// prune` removes.
    pub fn is_leftover(&self) -> bool {
        matches!(
            self.kind,
            Kind::Staging
                | Kind::Trash
                | Kind::TempFile
                | Kind::ContainerDir
                | Kind::RunDir
                | Kind::Layer
                | Kind::Blob
        )
    }

    /// Whether the leftover belongs to containers (else to images) in `system df`.
    pub fn is_container_leftover(&self) -> bool {
        matches!(self.kind, Kind::ContainerDir | Kind::RunDir) || self.what.contains("rm-ctr-")
    }
}

/// `unique_name` puts the writer's pid after the prefix: `PREFIX-PID-HEX`. Whether that
/// process is gone (a reused pid keeps the file: it is only reported later).
fn writer_gone(name: &str, prefix: &str) -> bool {
    let Some(rest) = name.split(prefix).nth(1) else {
        return false;
    };
    let pid = rest
        .trim_start_matches('-')
        .split('-')
        .next()
        .and_then(|p| p.parse::<i32>().ok());
    match pid {
        Some(p) if p > 0 => !Path::new(&format!("/proc/{p}")).exists(),
        _ => false,
    }
}

/// Temporary files of `write_atomic` (`.NAME.tmp-PID-HEX`) in `dir` whose writer is gone.
fn temp_files(dir: &Path, out: &mut Vec<Finding>, root: &Path) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') && name.contains(".tmp-") && writer_gone(&name, ".tmp") {
            let p = e.path();
            out.push(Finding::new(
                Kind::TempFile,
                rel(root, &p),
                "half-written file of a write that was interrupted",
                Some(p),
            ));
        }
    }
}

fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root).unwrap_or(p).display().to_string()
}

fn is_id(name: &str) -> bool {
    name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether a staging directory is in use: its `.lock` is held. A directory without `.lock`
/// (an interrupted clean-up removed it first) is in use only while it still changes.
fn staging_busy(dir: &Path) -> bool {
    match std::fs::OpenOptions::new()
        .write(true)
        .open(dir.join(".lock"))
    {
        Ok(f) => {
            rustix::fs::flock(&f, rustix::fs::FlockOperation::NonBlockingLockExclusive).is_err()
        }
        Err(_) => crate::store::recently_changed(dir),
    }
}

/// The chain IDs and blob digests the build cache's entries use.
fn cache_refs(engine: &Engine) -> (HashSet<String>, HashSet<String>) {
    let mut layers = HashSet::new();
    let mut blobs = HashSet::new();
    let dir = engine.store.root.join("build-cache");
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let Ok(data) = std::fs::read(e.path()) else {
            continue;
        };
        let Ok(v) = serde_json::from_slice::<serde_json::Value>(&data) else {
            continue;
        };
        for l in v["layers"].as_array().into_iter().flatten() {
            if let Some(c) = l["chain_id"].as_str() {
                layers.insert(c.to_string());
            }
            if let Some(d) = l["digest"].as_str() {
                blobs.insert(d.trim_start_matches("sha256:").to_string());
            }
        }
    }
    (layers, blobs)
}

/// The blob digests (hex) an image needs.
fn image_blobs(i: &ImageRecord) -> Vec<String> {
    let mut v = vec![
        i.id.clone(),
        i.digest.trim_start_matches("sha256:").to_string(),
    ];
    v.extend(
        i.layers
            .iter()
            .map(|l| l.digest.trim_start_matches("sha256:").to_string()),
    );
    v
}

/// Whether the blob file's content has its name's digest.
fn blob_ok(path: &Path, hex: &str) -> bool {
    use sha2::Digest;
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    let mut h = sha2::Sha256::new();
    if std::io::copy(&mut f, &mut h).is_err() {
        return false;
    }
    hex::encode(h.finalize()) == hex
}

/// What is wrong with an image: a missing layer directory or blob, a corrupt blob.
fn image_damage(
    engine: &Engine,
    i: &ImageRecord,
    quick: bool,
    checked: &mut HashSet<String>,
) -> Option<String> {
    let store = &engine.store;
    for l in &i.layers {
        if !store.layer_dir(&l.chain_id).is_dir() {
            return Some(format!("layer {} is missing", &l.chain_id));
        }
    }
    for hex in image_blobs(i) {
        let p = store.blob_path(&hex);
        if !p.is_file() {
            return Some(format!("blob sha256:{hex} is missing"));
        }
        if !quick && checked.insert(hex.clone()) && !blob_ok(&p, &hex) {
            return Some(format!("blob sha256:{hex} does not match its digest"));
        }
    }
    None
}

/// The processes whose parent is `ppid`.
fn children_of(ppid: i32) -> Vec<i32> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(s) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let parent = s
            .rfind(')')
            .and_then(|i| s[i + 2..].split_whitespace().nth(1))
            .and_then(|p| p.parse::<i32>().ok());
        if parent == Some(ppid) {
            out.push(pid);
        }
    }
    out
}

/// The live monitor named by `<runroot>/<id>/monitor.pid`.
fn monitor_of(engine: &Engine, id: &str) -> Option<ProcessId> {
    let text = std::fs::read_to_string(run_dir(engine, id).join("monitor.pid")).ok()?;
    let mut f = text.split_whitespace();
    let pid = f.next()?.parse().ok()?;
    let start = f.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    Some(ProcessId { pid, start })
}

/// Stop a container nobody can see: its monitor's children (the container, a healthcheck),
/// then the monitor (its pasta dies with it).
fn kill_hidden(engine: &Engine, id: &str) {
    let Some(m) = monitor_of(engine, id) else {
        return;
    };
    let kill = |pid: i32| {
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(pid),
            nix::sys::signal::Signal::SIGKILL,
        );
    };
    let _ = std::fs::write(run_dir(engine, id).join("stopped"), b"");
    for c in children_of(m.pid) {
        kill(c);
    }
    if m.is_alive() {
        kill(m.pid);
    }
    for _ in 0..200 {
        if !m.is_alive() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Scan the store (and repair, as `opts` says).
pub fn check(engine: &Engine, opts: CheckOpts) -> Result<Vec<Finding>> {
    let store = &engine.store;
    let root = &store.root;
    let _ilock = store.lock(LockKind::Images, opts.repair)?;
    let _clock = store.lock(LockKind::Containers, opts.repair)?;
    let mut out: Vec<Finding> = Vec::new();

    // Staging area.
    let mut busy = false;
    for e in std::fs::read_dir(root.join("tmp"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = e.file_name().to_string_lossy().into_owned();
        let p = e.path();
        if name.starts_with("stage-") || name.starts_with(".new-stage-") {
            if staging_busy(&p) {
                busy = true;
            } else {
                out.push(Finding::new(
                    Kind::Staging,
                    rel(root, &p),
                    "staging directory of a command that died",
                    Some(p),
                ));
            }
        } else if name.starts_with("rm-ctr-") || name.starts_with("rm-layer-") {
            out.push(Finding::new(
                Kind::Trash,
                rel(root, &p),
                "removal that was interrupted",
                Some(p),
            ));
        }
    }

    // Containers.
    let mut records: Vec<ContainerRecord> = Vec::new();
    for e in std::fs::read_dir(root.join("containers"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = e.file_name().to_string_lossy().into_owned();
        if !is_id(&name) {
            continue;
        }
        let p = e.path();
        match store.load_container(&name) {
            Ok(r) => {
                temp_files(&p, &mut out, root);
                records.push(r);
            }
            Err(_) => {
                let problem = if p.join("container.json").exists() {
                    "container directory with a corrupt container.json"
                } else {
                    "container directory without container.json"
                };
                out.push(Finding::new(
                    Kind::ContainerDir,
                    rel(root, &p),
                    problem,
                    Some(p),
                ));
            }
        }
    }
    let ids: HashSet<&str> = records.iter().map(|r| r.id.as_str()).collect();
    for r in &records {
        if r.state.status.has_process() && !r.state.process.is_alive() && !monitored(engine, &r.id)
        {
            out.push(Finding::new(
                Kind::DeadContainer,
                r.id.clone(),
                "recorded running but its process is gone",
                None,
            ));
        }
    }
    for e in std::fs::read_dir(&store.runroot)
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = e.file_name().to_string_lossy().into_owned();
        if !is_id(&name) || ids.contains(name.as_str()) {
            continue;
        }
        if monitored(engine, &name) {
            out.push(Finding::new(
                Kind::HiddenContainer,
                name.clone(),
                "running container whose record is gone",
                Some(e.path()),
            ));
        } else {
            out.push(Finding::new(
                Kind::RunDir,
                name.clone(),
                "runtime directory of a removed container",
                Some(e.path()),
            ));
        }
    }
    let users = infra_dir(engine).join("users");
    for e in std::fs::read_dir(&users).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !ids.contains(name.as_str()) {
            out.push(Finding::new(
                Kind::NetnsUser,
                name,
                "network namespace user that is no container",
                Some(e.path()),
            ));
        }
    }

    // Images, layers, blobs.
    let images = match store.images() {
        Ok(i) => Some(i),
        Err(e) => {
            let mut f = Finding::new(Kind::Index, "images.json".into(), &format!("{e:#}"), None);
            f.left = Some("layers and blobs are not checked without a readable index".into());
            out.push(f);
            None
        }
    };
    temp_files(root, &mut out, root);
    for d in ["networks", "build-cache", "blobs/sha256"] {
        temp_files(&root.join(d), &mut out, root);
    }
    let mut removed_images: Vec<String> = Vec::new();
    if let Some(images) = &images {
        let used_by: HashSet<&str> = records.iter().map(|r| r.image_id.as_str()).collect();
        let mut checked = HashSet::new();
        for i in images {
            if let Some(why) = image_damage(engine, i, opts.quick, &mut checked) {
                let mut f = Finding::new(
                    Kind::Image,
                    i.id.clone(),
                    &format!("damaged image: {why}"),
                    None,
                );
                if used_by.contains(i.id.as_str()) && !opts.force {
                    f.left =
                        Some("a container uses it (--force removes the containers too)".into());
                } else {
                    removed_images.push(i.id.clone());
                }
                out.push(f);
            }
        }
        let kept: Vec<&ImageRecord> = images
            .iter()
            .filter(|i| !opts.repair || !removed_images.contains(&i.id))
            .collect();
        let (mut used_layers, mut used_blobs) = cache_refs(engine);
        for i in &kept {
            used_layers.extend(i.layers.iter().map(|l| l.chain_id.clone()));
            used_blobs.extend(image_blobs(i));
        }
        for r in &records {
            if !opts.repair || !opts.force || !removed_images.contains(&r.image_id) {
                used_layers.extend(r.layers.iter().cloned());
            }
        }
        let in_progress = "a pull or build in progress may own it";
        for e in std::fs::read_dir(root.join("layers"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let name = e.file_name().to_string_lossy().into_owned();
            if used_layers.contains(&name) {
                continue;
            }
            let mut f = Finding::new(
                Kind::Layer,
                name.clone(),
                "layer no image or container uses",
                Some(e.path()),
            );
            if busy {
                f.left = Some(in_progress.into());
            }
            out.push(f);
        }
        for e in std::fs::read_dir(root.join("blobs/sha256"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || used_blobs.contains(&name) {
                continue;
            }
            let mut f = Finding::new(
                Kind::Blob,
                format!("sha256:{name}"),
                "blob no image uses",
                Some(e.path()),
            );
            if busy {
                f.left = Some(in_progress.into());
            }
            out.push(f);
        }
    }

    // Sizes, measured in the user namespace (files of subordinate ids).
    let paths: Vec<PathBuf> = out
        .iter()
        .map(|f| f.path.clone().unwrap_or_default())
        .collect();
    if out.iter().any(|f| f.path.is_some()) {
        if let Ok(sizes) = du(engine, paths) {
            for (f, s) in out.iter_mut().zip(sizes) {
                f.size = s;
            }
        }
    }

    if opts.repair {
        if opts.leftovers_only {
            removed_images.clear();
        }
        repair(engine, &mut out, &removed_images, opts)?;
    }
    Ok(out)
}

fn repair(
    engine: &Engine,
    out: &mut [Finding],
    removed_images: &[String],
    opts: CheckOpts,
) -> Result<()> {
    let force = opts.force;
    let store = &engine.store;
    let root = &store.root;
    // Containers first (a hidden one still runs), then images, then what nobody uses.
    if force && !removed_images.is_empty() {
        for c in store.containers()? {
            if removed_images.contains(&c.image_id) {
                remove_locked(engine, &c, true)?;
            }
        }
    }
    if !removed_images.is_empty() {
        let images: Vec<ImageRecord> = store
            .images()?
            .into_iter()
            .filter(|i| !removed_images.contains(&i.id))
            .collect();
        store.write_images(images)?;
    }
    let mut users_removed = false;
    let mut reconcile = false;
    for f in out.iter_mut() {
        if f.left.is_some() || (opts.leftovers_only && !f.is_leftover()) {
            continue;
        }
        let res: Result<()> = match f.kind {
            Kind::HiddenContainer => {
                kill_hidden(engine, &f.what);
                remove_tree(&run_dir(engine, &f.what), engine.idmap())
            }
            Kind::DeadContainer => {
                reconcile = true;
                Ok(())
            }
            Kind::Image if removed_images.contains(&f.what) => Ok(()),
            Kind::Image => continue,
            Kind::Index => continue,
            Kind::NetnsUser => {
                users_removed = true;
                std::fs::remove_file(f.path.as_deref().unwrap_or(Path::new(""))).map_err(Into::into)
            }
            Kind::TempFile | Kind::Blob => {
                std::fs::remove_file(f.path.as_deref().unwrap_or(Path::new(""))).map_err(Into::into)
            }
            Kind::Layer => {
                // Moved aside first, so a half-removed layer is never seen under its name.
                let trash = root.join("tmp").join(unique_name("rm-layer"));
                let from = f.path.clone().unwrap_or_default();
                std::fs::rename(&from, &trash)
                    .map_err(anyhow::Error::from)
                    .and_then(|_| remove_tree(&trash, engine.idmap()))
            }
            Kind::Staging | Kind::Trash | Kind::ContainerDir | Kind::RunDir => {
                remove_tree(f.path.as_deref().unwrap_or(Path::new("")), engine.idmap())
            }
        };
        match res {
            Ok(()) => f.repaired = true,
            Err(e) => f.left = Some(format!("{e:#}")),
        }
    }
    if reconcile {
        // Reading the containers reconciles them: exited, helper stopped, networks left.
        lookup::list(engine)?;
    }
    if users_removed {
        if let Ok(mut infra) = crate::network::infra::Infra::lock(&infra_dir(engine)) {
            if !infra.in_use() {
                infra.teardown();
            }
        }
    }
    Ok(())
}

/// The leftovers `system df` counts (`repair`: `system prune` removes them too).
pub fn leftovers(engine: &Engine, repair: bool) -> Result<Vec<Finding>> {
    let opts = CheckOpts {
        quick: true,
        repair,
        leftovers_only: true,
        ..CheckOpts::default()
    };
    Ok(check(engine, opts)?
        .into_iter()
        .filter(|f| f.is_leftover() && f.left.is_none())
        .collect())
}

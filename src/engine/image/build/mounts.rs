//! RUN's `--mount`s made ready: cache directories kept in `<root>/build-cache-mounts/` (an
//! exclusive flock while a `sharing=locked` one is in use), bind sources (context paths read
//! in place; `rw` ones and those of another stage or image as a copy in the staging area),
//! tmpfs, and the build's `--secret`s as read-only files. Bind sources count in the step's
//! cache key, caches and secrets do not (as BuildKit).

use super::context::{How, Owner};
use super::sink::HashSink;
use super::stage::StageState;
use super::{Builder, SecretSource};
use crate::build::mounts::{MountKind, RunMount};
use crate::engine::container::spec::Volume;
use anyhow::{anyhow, bail, Context as _, Result};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

#[derive(Default)]
pub(super) struct Prepared {
    pub volumes: Vec<Volume>,
    pub tmpfs: Vec<String>,
    /// What the step's result depends on besides its command (bind sources' digests).
    pub key: String,
    /// Where the mounts go (the runtime's mount points are not part of the layer).
    pub dests: Vec<String>,
    /// Locks of `sharing=locked` caches, held while the step runs.
    pub locks: Vec<std::fs::File>,
}

fn bind(source: PathBuf, dest: &str, readonly: bool) -> Volume {
    Volume {
        source,
        dest: dest.to_string(),
        readonly,
        name: None,
        anonymous: false,
    }
}

impl Builder<'_> {
    pub(super) fn prepare_mounts(
        &self,
        st: &StageState,
        mounts: &[RunMount],
        stage: usize,
    ) -> Result<Prepared> {
        let mut p = Prepared::default();
        for m in mounts {
            let dest = super::fsstep::absolute(&m.target, st.image.config.working_dir.as_deref());
            p.key.push_str(&format!("{:?}\n", m.kind));
            match &m.kind {
                MountKind::Cache { id, locked } => {
                    let dir = self.cache_dir(id, m)?;
                    if *locked {
                        let f = std::fs::OpenOptions::new()
                            .create(true)
                            .truncate(false)
                            .write(true)
                            .open(dir.with_extension("lock"))?;
                        rustix::fs::flock(&f, rustix::fs::FlockOperation::LockExclusive)?;
                        p.locks.push(f);
                    }
                    p.volumes.push(bind(dir, &dest, false));
                }
                MountKind::Bind { source, from, rw } => {
                    let (src, digest) = self.bind_source(source, from.as_deref(), *rw, stage)?;
                    p.key.push_str(&digest);
                    p.volumes.push(bind(src, &dest, !rw));
                }
                MountKind::Tmpfs { size } => p.tmpfs.push(match size {
                    Some(n) => format!("{dest}:size={n}"),
                    None => dest.clone(),
                }),
                MountKind::Secret { id, required } => match self.opts.secrets.get(id) {
                    Some(s) => p
                        .volumes
                        .push(bind(self.secret_file(id, s, m)?, &dest, true)),
                    None if *required => bail!(
                        "secret {id:?} is required but was not given (--secret id={id},src=FILE)"
                    ),
                    None => continue,
                },
            }
            p.dests.push(dest);
        }
        Ok(p)
    }

    /// A cache mount's directory, made on first use with the mount's mode and owner.
    fn cache_dir(&self, id: &str, m: &RunMount) -> Result<PathBuf> {
        let base = self.engine.store.root.join("build-cache-mounts");
        crate::store::mkdir_p(&base)?;
        let dir = base.join(&crate::store::sha256_digest(id.as_bytes())[7..39]);
        if !dir.is_dir() {
            let tmp = base.join(crate::store::unique_name(".new"));
            crate::store::mkdir_p(&tmp)?;
            std::fs::set_permissions(
                &tmp,
                std::fs::Permissions::from_mode(m.mode.unwrap_or(0o755)),
            )?;
            self.chown(&tmp, m)?;
            if std::fs::rename(&tmp, &dir).is_err() {
                let _ = std::fs::remove_dir(&tmp);
            }
        }
        Ok(dir)
    }

    /// Give a file or directory the mount's `uid`/`gid` (inside the user namespace).
    fn chown(&self, path: &Path, m: &RunMount) -> Result<()> {
        if m.uid.unwrap_or(0) == 0 && m.gid.unwrap_or(0) == 0 {
            return Ok(());
        }
        let (path, uid, gid) = (path.to_path_buf(), m.uid.unwrap_or(0), m.gid.unwrap_or(0));
        crate::runtime::in_userns(self.engine.idmap(), move || {
            std::os::unix::fs::chown(&path, Some(uid), Some(gid))
                .with_context(|| format!("changing the owner of {}", path.display()))
        })
    }

    /// A secret as a file in the staging area.
    fn secret_file(&self, id: &str, s: &SecretSource, m: &RunMount) -> Result<PathBuf> {
        let data = match s {
            SecretSource::File(f) => std::fs::read(f)
                .with_context(|| format!("reading secret {id} from {}", f.display()))?,
            SecretSource::Env(v) => std::env::var(v)
                .map_err(|_| anyhow!("secret {id}: the environment variable {v} is not set"))?
                .into_bytes(),
        };
        let path = self.staging.join(crate::store::unique_name("secret"));
        std::fs::write(&path, data)?;
        std::fs::set_permissions(
            &path,
            std::fs::Permissions::from_mode(m.mode.unwrap_or(0o400)),
        )?;
        self.chown(&path, m)?;
        Ok(path)
    }

    /// What a bind mount shows, and its digest: a context path in place (a copy when `rw`),
    /// or a copy of a path of a stage or image.
    fn bind_source(
        &self,
        source: &str,
        from: Option<&str>,
        rw: bool,
        stage: usize,
    ) -> Result<(PathBuf, String)> {
        let tar = self
            .staging
            .join(format!("{}.tar", crate::store::unique_name("bind")));
        let (digest, name) = match from {
            Some(f) => {
                let (layers, _) = self.copy_source(f, stage)?;
                let abs = super::fsstep::absolute(source, None);
                let e = super::copy::export(
                    self.engine,
                    self.staging,
                    &layers,
                    std::slice::from_ref(&abs),
                    None,
                    &tar,
                )?;
                (
                    e.digest,
                    e.single_file.then(|| super::context::basename(&abs)),
                )
            }
            None => {
                let rel = self
                    .ctx
                    .resolve(source)?
                    .pop()
                    .ok_or_else(|| anyhow!("{source}: not in the build context"))?;
                let path = std::fs::canonicalize(self.ctx.root.join(&rel))?;
                if !path.starts_with(&self.ctx.root) {
                    bail!("{source}: the path is outside the build context");
                }
                let mut hash = HashSink::default();
                self.ctx.walk(&rel, &How::default(), &mut hash)?;
                if !rw {
                    return Ok((path, hash.finish()));
                }
                let f = std::fs::File::create(&tar)?;
                let mut b = tar::Builder::new(std::io::BufWriter::new(f));
                self.ctx.walk(
                    &rel,
                    &How {
                        own: Owner { ids: Some((0, 0)) },
                        ..How::default()
                    },
                    &mut b,
                )?;
                std::io::Write::flush(&mut b.into_inner()?)?;
                let name = (!path.is_dir()).then(|| super::context::basename(&rel));
                (hash.finish(), name)
            }
        };
        let dir = self.staging.join(crate::store::unique_name("bind"));
        crate::store::mkdir_p(&dir)?;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755))?;
        let (d, t) = (dir.clone(), tar.clone());
        crate::runtime::in_userns(self.engine.idmap(), move || {
            let f = std::fs::File::open(&t)?;
            crate::store::layer_tar::extract_at(f, &d, Vec::new(), true).map(|_| ())
        })?;
        Ok((name.map(|n| dir.join(n)).unwrap_or(dir), digest))
    }
}

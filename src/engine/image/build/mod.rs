//! `build`: run a Dockerfile's stages (`crate::build` parses it) and commit the target stage
//! as an image. Each stage starts from its base (an image, pulled as `--pull` says, an
//! earlier stage, or scratch) and applies its instructions in order: those that only change
//! the config record a history entry; RUN, COPY/ADD and WORKDIR change the working container
//! (`work`), whose changes become a layer. Every step's result is cached (`cache`). Only the
//! target's image gets names; everything the build made on the way lives in a staging
//! directory that goes when it ends, however it ends.

mod addcopy;
mod archive;
mod cache;
mod context;
mod copy;
mod fetch;
mod fsstep;
mod image;
mod mounts;
mod sink;
mod stage;
mod work;

pub use cache::prune as prune_cache;
pub use image::Format;

use super::ingest::Staging;
use super::transfer::{ClientOpts, Progress};
use crate::build::Dockerfile;
use crate::engine::Engine;
use crate::model::{NetworkConfig, PullPolicy};
use crate::registry::manifest::{host_platform, parse_platform, Platform};
use crate::store::images::LayerRef;
use crate::store::layers::StagedLayer;
use crate::store::reference::Reference;
use anyhow::{anyhow, bail, Context as _, Result};
use context::Context;
use image::Image;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where the build context comes from.
#[derive(Debug, Clone)]
pub enum ContextSource {
    Dir(PathBuf),
    /// A tar archive (any compression) on standard input.
    Stdin,
}

/// Where the Containerfile comes from.
#[derive(Debug, Clone)]
pub enum FileSource {
    Path(PathBuf),
    Stdin,
}

/// What `build` is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub context: ContextSource,
    /// None: `Containerfile`, else `Dockerfile`, in the context.
    pub file: Option<FileSource>,
    /// Names for the image.
    pub tags: Vec<String>,
    pub build_args: BTreeMap<String, String>,
    pub target: Option<String>,
    pub no_cache: bool,
    /// A layer (and a cache entry) per step; false: one layer per stage.
    pub layers: bool,
    /// The new layers of the image squashed into one.
    pub squash: bool,
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
    pub pull: PullPolicy,
    /// The network of RUN steps.
    pub network: NetworkConfig,
    /// `os/arch[/variant]`: only the host's can be built.
    pub platform: Option<String>,
    /// None: OCI, unless the image has docker-only settings (HEALTHCHECK, ONBUILD, SHELL).
    pub format: Option<Format>,
    /// RUN output is kept out of the caller's stdout (shown when a step fails).
    pub quiet: bool,
    pub client: ClientOpts,
    /// `--secret id=ID,src=FILE|env=VAR`, for `RUN --mount=type=secret`.
    pub secrets: BTreeMap<String, SecretSource>,
    /// `--build-context NAME=DIR`: more contexts, for `COPY --from=NAME`.
    pub build_contexts: BTreeMap<String, PathBuf>,
}

/// Where a secret's value comes from.
#[derive(Debug, Clone)]
pub enum SecretSource {
    File(PathBuf),
    Env(String),
}

/// Where progress goes: podman's lines (`STEP 1/3: FROM ...`, `--> 1a2b3c4d5e6`), pull
/// progress.
pub trait Report {
    fn line(&self, s: &str);
    fn pull(&self) -> &dyn Progress;
}

/// A finished stage.
#[derive(Debug, Clone)]
struct Done {
    image: Image,
    layers: Vec<LayerRef>,
    /// The cache key of its last step.
    key: String,
}

/// One build: what every stage shares.
struct Builder<'a> {
    engine: &'a Engine,
    opts: &'a BuildOptions,
    report: &'a dyn Report,
    df: &'a Dockerfile,
    ctx: &'a Context,
    /// The `--build-context`s.
    contexts: BTreeMap<String, Context>,
    staging: &'a Path,
    meta: BTreeMap<String, String>,
    auto: BTreeMap<String, String>,
    platform: Platform,
    done: BTreeMap<usize, Done>,
    /// `[2/3] ` in a multi-stage build.
    prefix: String,
    /// Build args some ARG declared.
    consumed: std::collections::BTreeSet<String>,
}

impl Builder<'_> {
    fn layers(&self) -> bool {
        self.opts.layers && !self.opts.squash
    }

    fn say(&self, s: &str) {
        self.report.line(&format!("{}{s}", self.prefix));
    }
}

fn check_platform(want: &str) -> Result<Platform> {
    let host = host_platform();
    let p = parse_platform(want)?;
    let variant_ok = match (&p.variant, &host.variant) {
        (Some(a), Some(b)) => a == b,
        (Some(_), None) => false,
        _ => true,
    };
    if p.os != host.os || p.architecture != host.architecture || !variant_ok {
        let h = match &host.variant {
            Some(v) => format!("{}/{}/{v}", host.os, host.architecture),
            None => format!("{}/{}", host.os, host.architecture),
        };
        bail!("building for platform {want} is not supported: only the host's platform ({h}) can be built (no emulation)");
    }
    Ok(host)
}

/// The context and the Containerfile's text and name.
fn load(opts: &BuildOptions, staging: &Path) -> Result<(Context, String, String)> {
    let ctx = match &opts.context {
        ContextSource::Dir(d) if d.to_str().is_some_and(fetch::is_url) => {
            let url = d.to_string_lossy();
            let (file, _) = fetch::download(&url, staging, None)?;
            let dir = staging.join("context");
            context::unpack_stdin_tar(std::fs::File::open(file)?, &dir)?;
            Context::open(&dir)?
        }
        ContextSource::Dir(d) => Context::open(d)?,
        ContextSource::Stdin => {
            if matches!(opts.file, Some(FileSource::Stdin)) {
                bail!(
                    "the build context and the Containerfile cannot both come from standard input"
                );
            }
            let dir = staging.join("context");
            context::unpack_stdin_tar(std::io::stdin().lock(), &dir)?;
            Context::open(&dir)?
        }
    };
    let (text, name) = match &opts.file {
        Some(FileSource::Path(p)) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("reading the Containerfile {}", p.display()))?;
            (text, p.display().to_string())
        }
        Some(FileSource::Stdin) => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("reading the Containerfile from standard input")?;
            (s, "Containerfile".to_string())
        }
        None => {
            let found = ["Containerfile", "Dockerfile"]
                .iter()
                .find(|n| ctx.root.join(n).is_file())
                .ok_or_else(|| {
                    anyhow!(
                        "no Containerfile or Dockerfile specified or found in context directory, {}",
                        ctx.root.display()
                    )
                })?;
            let p = ctx.root.join(found);
            let text =
                std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
            (text, found.to_string())
        }
    };
    Ok((ctx, text, name))
}

/// `build`: returns the new image's ID.
pub fn build(engine: &Engine, opts: &BuildOptions, report: &dyn Report) -> Result<String> {
    let platform = match &opts.platform {
        Some(p) => check_platform(p)?,
        None => host_platform(),
    };
    let names: Vec<String> = opts
        .tags
        .iter()
        .map(|t| Reference::parse_local(t).map(|r| r.to_string()))
        .collect::<Result<_>>()?;
    let staging = Staging::new(engine)?;
    let (ctx, text, file) = load(opts, &staging.dir)?;
    let df = crate::build::parse(&text, &file)?;
    let meta = df.meta_values(&opts.build_args)?;
    let plan = df.plan(opts.target.as_deref(), &meta)?;
    let auto = crate::build::args::platform_args(
        &platform.os,
        &platform.architecture,
        platform.variant.as_deref(),
    );
    let mut b = Builder {
        engine,
        opts,
        report,
        df: &df,
        ctx: &ctx,
        contexts: opts
            .build_contexts
            .iter()
            .map(|(k, v)| Ok((k.clone(), Context::open(v)?)))
            .collect::<Result<_>>()?,
        staging: &staging.dir,
        meta,
        auto,
        platform,
        done: BTreeMap::new(),
        prefix: String::new(),
        consumed: df.meta_args.iter().map(|(_, k, _)| k.clone()).collect(),
    };
    for (i, idx) in plan.iter().enumerate() {
        if plan.len() > 1 {
            b.prefix = format!("[{}/{}] ", i + 1, plan.len());
        }
        let done = b.stage(*idx, i + 1 == plan.len())?;
        b.done.insert(*idx, done);
    }
    b.prefix.clear();
    b.warn_unused();
    let last = plan
        .last()
        .and_then(|i| b.done.remove(i))
        .ok_or_else(|| anyhow!("no stage was built"))?;
    b.commit(last, &names)
}

impl Builder<'_> {
    fn warn_unused(&self) {
        let unused: Vec<&String> = self
            .opts
            .build_args
            .keys()
            .filter(|k| {
                !self.consumed.contains(*k) && !crate::build::args::PROXY_ARGS.contains(&k.as_str())
            })
            .collect();
        if !unused.is_empty() {
            let list: Vec<&str> = unused.iter().map(|s| s.as_str()).collect();
            eprintln!(
                "[Warning] one or more build args were not consumed: [{}]",
                list.join(" ")
            );
        }
    }

    /// The format: as asked, else docker's when the image has what only docker's can hold.
    fn format(&self, img: &Image) -> Format {
        self.opts.format.unwrap_or({
            let c = &img.config;
            if c.healthcheck.is_some() || c.on_build.is_some() || c.shell.is_some() {
                Format::Docker
            } else {
                Format::Oci
            }
        })
    }

    /// Store the target stage as the image, with its names.
    fn commit(&self, done: Done, names: &[String]) -> Result<String> {
        let mut img = done.image;
        let format = self.format(&img);
        if format == Format::Oci {
            for what in img.strip_docker_only() {
                eprintln!("WARN[0000] {what} is not supported for OCI image format and will be ignored. Must use `docker` format");
            }
        }
        if !self.opts.labels.is_empty() {
            let l = img.config.labels.get_or_insert_with(BTreeMap::new);
            l.extend(self.opts.labels.clone());
        }
        let config = img.bytes()?;
        let manifest = image::manifest(format, &config, &done.layers, &self.opts.annotations)?;
        let staged: Vec<StagedLayer> = done
            .layers
            .iter()
            .map(|l| StagedLayer {
                layer: l.clone(),
                blob: PathBuf::new(),
                dir: None,
            })
            .collect();
        let commit = format!(
            "COMMIT {}",
            self.opts.tags.first().map_or("", |s| s.as_str())
        );
        self.report.line(commit.trim_end());
        let rec = super::ingest::commit_image(
            self.engine,
            &staged,
            &config,
            &manifest,
            format.manifest_media_type(),
            names,
        )?;
        self.report.line(&format!("--> {}", &rec.id[..11]));
        for n in names {
            self.report.line(&format!("Successfully tagged {n}"));
        }
        crate::engine::system::events::image(
            self.engine,
            "build",
            &rec.id,
            names.first().map_or("", |n| n.as_str()),
        );
        Ok(rec.id)
    }
}

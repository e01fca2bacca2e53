//! `build` (and `image build`) and `history` (and `image history`).

use super::output::print_format;
use super::progress::Render;
use super::registry::RegistryFlags;
use crate::engine::image::build::{
    self as eng, BuildOptions, ContextSource, FileSource, Format, Report, SecretSource,
};
use crate::engine::image::transfer::Progress;
use crate::engine::Engine;
use crate::format;
use crate::model::{NetworkMode, PullPolicy};
use anyhow::{bail, Context, Result};
use clap::Args;
use serde_json::json;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct BuildArgs {
    /// Name (and tag) of the image; repeat for more names
    #[arg(short, long = "tag", value_name = "NAME")]
    pub tag: Vec<String>,
    /// Containerfile to use ("-": standard input; default: Containerfile, then Dockerfile in the context)
    #[arg(short, long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Build argument KEY=VALUE (KEY alone takes the value from the environment)
    #[arg(long = "build-arg", value_name = "KEY=VALUE")]
    pub build_arg: Vec<String>,
    /// Build this stage and the stages it needs, and stop there
    #[arg(long, value_name = "STAGE")]
    pub target: Option<String>,
    /// Do not use cached results of earlier builds
    #[arg(long)]
    pub no_cache: bool,
    /// Pull the base images: always, missing (default), never, newer
    #[arg(long, value_name = "POLICY", num_args = 0..=1, require_equals = true, default_missing_value = "always")]
    pub pull: Option<String>,
    /// Label KEY=VALUE of the image
    #[arg(long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Annotation KEY=VALUE of the image's manifest
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Write the image ID to this file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<PathBuf>,
    /// Print only the image ID
    #[arg(short, long)]
    pub quiet: bool,
    /// A layer (and a cache entry) per instruction (false: one layer per stage)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "true")]
    pub layers: bool,
    /// Squash the image's new layers into one
    #[arg(long)]
    pub squash: bool,
    /// Network of RUN instructions: none, host, private, pasta, slirp4netns
    #[arg(long, value_name = "MODE")]
    pub network: Option<String>,
    /// Platform of the image (only the host's: os/arch[/variant])
    #[arg(long, value_name = "OS/ARCH")]
    pub platform: Option<String>,
    /// Manifest and config format: oci or docker
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// A secret for RUN --mount=type=secret: id=ID,src=FILE or id=ID,env=VAR
    #[arg(long, value_name = "SPEC")]
    pub secret: Vec<String>,
    /// A named context NAME=DIR for COPY --from=NAME
    #[arg(long = "build-context", value_name = "NAME=DIR")]
    pub build_context: Vec<String>,
    /// Stages built at once (accepted; stages are built one after another)
    #[arg(long, value_name = "N")]
    pub jobs: Option<u32>,
    /// Remove intermediate containers (they always are)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "true")]
    pub rm: bool,
    /// Remove intermediate containers even after a failure (they always are)
    #[arg(long)]
    pub force_rm: bool,
    #[command(flatten)]
    pub reg: RegistryFlags,
    /// The build context: a directory, "-" for a tar archive on standard input, or the URL of one
    #[arg(value_name = "CONTEXT")]
    pub context: Option<String>,
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// Do not truncate the output
    #[arg(long)]
    pub no_trunc: bool,
    /// Print only the IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Sizes and dates in human units
    #[arg(short = 'H', long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "true")]
    pub human: bool,
    /// Go template (.ID, .Created, .CreatedSince, .CreatedAt, .CreatedBy, .Size, .Comment, .Tags)
    #[arg(long)]
    pub format: Option<String>,
    pub image: String,
}

fn key_values(what: &str, list: &[String], env_fallback: bool) -> Result<BTreeMap<String, String>> {
    let mut m = BTreeMap::new();
    for kv in list {
        let (k, v) = match kv.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None if env_fallback => match std::env::var(kv) {
                Ok(v) => (kv.clone(), v),
                Err(_) => continue,
            },
            None => (kv.clone(), String::new()),
        };
        if k.is_empty() {
            bail!("invalid {what} {kv:?}: the key is empty");
        }
        m.insert(k, v);
    }
    Ok(m)
}

/// Progress lines on stdout (nothing with `-q`), pull progress on stderr.
struct Lines {
    quiet: bool,
    render: Render,
}

impl Report for Lines {
    fn line(&self, s: &str) {
        if !self.quiet {
            println!("{s}");
        }
    }
    fn pull(&self) -> &dyn Progress {
        &self.render
    }
}

fn options(a: &BuildArgs) -> Result<BuildOptions> {
    let context = match a.context.as_deref() {
        Some("-") => ContextSource::Stdin,
        Some(d) => ContextSource::Dir(PathBuf::from(d)),
        None => ContextSource::Dir(PathBuf::from(".")),
    };
    let file = a.file.as_ref().map(|f| {
        if f.as_os_str() == "-" {
            FileSource::Stdin
        } else {
            FileSource::Path(f.clone())
        }
    });
    let format = match a.format.as_deref() {
        None => None,
        Some("oci") => Some(Format::Oci),
        Some("docker") => Some(Format::Docker),
        Some(f) => bail!("unrecognized image type {f:?}: use oci or docker"),
    };
    let pull: PullPolicy = a.pull.as_deref().unwrap_or("missing").parse()?;
    let nets: Vec<String> = a.network.iter().cloned().collect();
    let (mode, _) = NetworkMode::from_flags(&nets, None, None, Vec::new())?;
    let network = crate::model::NetworkConfig {
        mode,
        ..crate::model::ContainerOptions::default()
            .validate()?
            .network
    };
    Ok(BuildOptions {
        context,
        file,
        tags: a.tag.clone(),
        build_args: key_values("--build-arg", &a.build_arg, true)?,
        target: a.target.clone(),
        no_cache: a.no_cache,
        layers: a.layers,
        squash: a.squash,
        labels: key_values("--label", &a.label, false)?,
        annotations: key_values("--annotation", &a.annotation, false)?,
        pull,
        network,
        platform: a.platform.clone(),
        format,
        quiet: a.quiet,
        secrets: secrets(&a.secret)?,
        build_contexts: key_values("--build-context", &a.build_context, false)?
            .into_iter()
            .map(|(k, v)| (k, PathBuf::from(v)))
            .collect(),
        client: crate::engine::image::transfer::ClientOpts {
            tls_verify: a.reg.tls_verify,
            cert_dir: a.reg.cert_dir.clone(),
            authfile: a.reg.authfile.clone(),
            creds: None,
        },
    })
}

/// `--secret id=ID,src=FILE` / `id=ID,env=VAR` (`type=file|env` accepted).
fn secrets(list: &[String]) -> Result<BTreeMap<String, SecretSource>> {
    let mut m = BTreeMap::new();
    for s in list {
        let (mut id, mut src) = (None, None);
        for part in s.split(',') {
            match part.split_once('=') {
                Some(("id", v)) => id = Some(v.to_string()),
                Some(("src" | "source", v)) => src = Some(SecretSource::File(PathBuf::from(v))),
                Some(("env", v)) => src = Some(SecretSource::Env(v.to_string())),
                Some(("type", "file" | "env")) => {}
                _ => bail!("invalid --secret {s:?}: use id=ID,src=FILE or id=ID,env=VAR"),
            }
        }
        let id = id.ok_or_else(|| anyhow::anyhow!("invalid --secret {s:?}: the id is missing"))?;
        let src = src.unwrap_or_else(|| SecretSource::Env(id.clone()));
        m.insert(id, src);
    }
    Ok(m)
}

pub fn build(e: &Engine, a: BuildArgs) -> Result<i32> {
    let opts = options(&a)?;
    let report = Lines {
        quiet: a.quiet,
        render: Render::new(a.quiet),
    };
    let id = eng::build(e, &opts, &report)?;
    if let Some(f) = &a.iidfile {
        std::fs::write(f, format!("sha256:{id}"))
            .with_context(|| format!("writing {}", f.display()))?;
    }
    println!("{id}");
    Ok(0)
}

const HISTORY_HEADERS: &[(&str, &str)] = &[
    ("ID", "ID"),
    ("CreatedSince", "CREATED"),
    ("CreatedAt", "CREATED AT"),
    ("CreatedBy", "CREATED BY"),
    ("Size", "SIZE"),
    ("Comment", "COMMENT"),
];

pub fn history(e: &Engine, a: HistoryArgs) -> Result<i32> {
    let entries = crate::engine::image::history::history(e, &a.image)?;
    let now = crate::store::now_nanos() / 1_000_000_000;
    let id_of = |id: &Option<String>| match id {
        Some(i) if a.no_trunc => format!("sha256:{i}"),
        Some(i) => i[..12].to_string(),
        None => "<missing>".to_string(),
    };
    if a.quiet {
        for en in &entries {
            println!("{}", id_of(&en.id));
        }
        return Ok(0);
    }
    let created_by = |s: &str| -> String {
        let s = s.replace('\t', " ");
        if a.no_trunc || s.chars().count() <= 45 {
            s
        } else {
            format!("{}...", s.chars().take(42).collect::<String>())
        }
    };
    let size = |n: u64| {
        if a.human {
            format::human_size(n)
        } else {
            n.to_string()
        }
    };
    let created = |t: i64| {
        if a.human {
            format::human_ago(t, now)
        } else {
            crate::model::time::rfc3339(t * 1_000_000_000)
        }
    };
    if let Some(f) = a
        .format
        .as_deref()
        .filter(|f| !f.trim().is_empty() && f.trim() != "table")
    {
        let items: Vec<serde_json::Value> = entries
            .iter()
            .map(|en| {
                json!({
                    "ID": id_of(&en.id),
                    "Created": en.created,
                    "CreatedSince": format::human_ago(en.created, now),
                    "CreatedAt": crate::model::time::rfc3339(en.created * 1_000_000_000),
                    "CreatedBy": created_by(&en.created_by),
                    "Size": size(en.size),
                    "Comment": en.comment,
                    "Tags": en.tags,
                })
            })
            .collect();
        print_format(f, &items, HISTORY_HEADERS)?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|en| {
            vec![
                id_of(&en.id),
                created(en.created),
                created_by(&en.created_by),
                size(en.size),
                en.comment.clone(),
            ]
        })
        .collect();
    print!(
        "{}",
        format::table(&["ID", "CREATED", "CREATED BY", "SIZE", "COMMENT"], &rows)
    );
    Ok(0)
}

//! COPY and ADD: sources from the context (or a `--build-context`), heredocs, URLs (ADD),
//! local archives unpacked (ADD), or paths of another stage or image (`--from`); `--chown`,
//! `--chmod`, `--exclude`, `--parents`. The step's key has the digest of what is copied.

use super::cache;
use super::context::{file_header, Context, How, Owner};
use super::copy::{self, Put};
use super::fsstep::absolute;
use super::image::nop;
use super::sink::{HashSink, Sink};
use super::stage::StageState;
use super::Builder;
use crate::build::ignore::Ignore;
use crate::build::{CopySpec, Instruction};
use anyhow::{anyhow, bail, Result};
use std::path::{Path, PathBuf};

/// A COPY/ADD source.
enum Item {
    Dir(String),
    File(String),
    /// ADD of a local tar: unpacked.
    Archive(String),
    Heredoc(String, String),
    /// ADD of a URL: the downloaded file and its name.
    Url(PathBuf, String),
}

/// What a COPY/ADD found: its digest, whether it is one plain file, how many sources.
struct Found {
    digest: String,
    single_file: bool,
    count: usize,
    /// What else the key depends on (`--from`).
    what: String,
}

impl Builder<'_> {
    /// The destination: absolute, a trailing `/` kept.
    fn destination(&self, st: &StageState, c: &CopySpec) -> Result<String> {
        let mut dest = self.df.expander.word(&c.dest, &st.lookup())?;
        if dest == "." || dest.ends_with("/.") {
            dest.push('/');
        }
        let trailing = dest.ends_with('/');
        let mut dest = absolute(&dest, st.image.config.working_dir.as_deref());
        if trailing && dest != "/" {
            dest.push('/');
        }
        Ok(dest)
    }

    pub(super) fn copy(
        &mut self,
        st: &mut StageState,
        ins: &Instruction,
        c: &CopySpec,
        add: bool,
        stage: usize,
    ) -> Result<bool> {
        let kw = if add { "ADD" } else { "COPY" };
        let dest = self.destination(st, c)?;
        let sources: Vec<String> = c
            .sources
            .iter()
            .map(|s| self.df.expander.word(s, &st.lookup()))
            .collect::<Result<_>>()?;
        let exclude = Ignore::from_patterns(&c.exclude)?;
        let how = How {
            own: Owner { ids: Some((0, 0)) },
            chmod: c.chmod,
            exclude: (!c.exclude.is_empty()).then_some(&exclude),
            parents: c.parents,
        };
        let tar = self
            .staging
            .join(format!("{}.tar", crate::store::unique_name("copy")));
        let named = c.from.as_deref().and_then(|f| self.contexts.get(f));
        let (found, items) = match (&c.from, named) {
            (Some(from), None) => {
                if c.parents || !c.exclude.is_empty() {
                    bail!("--parents and --exclude are not supported with --from a stage or image yet");
                }
                let (layers, key) = self.copy_source(from, stage)?;
                let abs: Vec<String> = sources.iter().map(|s| absolute(s, None)).collect();
                let e = copy::export(self.engine, self.staging, &layers, &abs, c.chmod, &tar)?;
                let f = Found {
                    digest: e.digest,
                    single_file: e.single_file,
                    count: e.count,
                    what: format!("--from={from} {key}"),
                };
                (f, None)
            }
            (_, ctx) => {
                let ctx = ctx.unwrap_or(self.ctx);
                let items = self.items(ctx, ins, &sources, add, c.checksum.as_deref(), st)?;
                let mut hash = HashSink::default();
                emit(ctx, &items, &how, &mut hash)?;
                let f = Found {
                    digest: hash.finish(),
                    single_file: items.len() == 1
                        && !c.parents
                        && matches!(&items[0], Item::File(_) | Item::Heredoc(..) | Item::Url(..)),
                    count: items.len(),
                    what: c.from.clone().unwrap_or_default(),
                };
                (f, Some((ctx, items)))
            }
        };
        if found.count > 1 && !dest.ends_with('/') {
            bail!("When using {kw} with more than one source file, the destination must be a directory and end with a /");
        }
        let kind = match (found.single_file, found.count) {
            (true, _) => "file",
            (false, 1) => "dir",
            _ => "multi",
        };
        let hex = found.digest.trim_start_matches("sha256:");
        let created_by = nop(&format!("{kw} {kind}:{hex} in {dest} "));
        let chmod = c.chmod.map(|m| format!("{m:o}")).unwrap_or_default();
        let chown = c.chown.clone().unwrap_or_default();
        let flags = format!("{}{}", c.exclude.join("\n"), c.parents);
        st.key = cache::key(&st.key, &[&created_by, &found.what, &chown, &chmod, &flags]);
        if self.cached(st) {
            return Ok(true);
        }
        if let Some((ctx, items)) = items {
            let f = std::fs::File::create(&tar)?;
            let mut b = tar::Builder::new(std::io::BufWriter::new(f));
            emit(ctx, &items, &how, &mut b)?;
            std::io::Write::flush(&mut b.into_inner()?)?;
        }
        let put = Put {
            tar,
            single_file: found.single_file,
            dest,
            chown: c.chown.clone(),
        };
        let layers = st.layers.clone();
        let w = st.work(self.staging)?;
        copy::apply(self.engine, w, &layers, &put)?;
        self.settle(st, created_by)?;
        Ok(false)
    }

    /// What the sources name: context paths, heredocs, downloaded URLs.
    fn items(
        &self,
        ctx: &Context,
        ins: &Instruction,
        sources: &[String],
        add: bool,
        checksum: Option<&str>,
        st: &StageState,
    ) -> Result<Vec<Item>> {
        let mut items = Vec::new();
        for s in sources {
            if let Some(name) = s.strip_prefix("<<") {
                let name = name.trim_start_matches('-').trim_matches(['"', '\'']);
                let h = ins
                    .heredocs
                    .iter()
                    .find(|h| h.name == name)
                    .ok_or_else(|| anyhow!("no heredoc named {name}"))?;
                let body = if h.expand {
                    self.df.expander.vars(&h.body, &st.lookup())?
                } else {
                    h.body.clone()
                };
                items.push(Item::Heredoc(name.to_string(), body));
                continue;
            }
            if super::fetch::is_url(s) && add {
                let (path, _) = super::fetch::download(s, self.staging, checksum)?;
                items.push(Item::Url(path, super::fetch::file_name(s)));
                continue;
            }
            if s.starts_with("git@") || super::fetch::is_url(s) {
                bail!("{s}: only ADD takes URLs (and git sources are not supported yet)");
            }
            if checksum.is_some() {
                bail!("--checksum is only for URL sources");
            }
            for rel in ctx.resolve(s)? {
                let path = ctx.root.join(&rel);
                items.push(if path.is_dir() {
                    Item::Dir(rel)
                } else if add && ctx.is_archive(&rel) {
                    Item::Archive(rel)
                } else {
                    Item::File(rel)
                });
            }
        }
        Ok(items)
    }
}

fn emit(ctx: &Context, items: &[Item], how: &How, sink: &mut dyn Sink) -> Result<()> {
    for it in items {
        match it {
            Item::Dir(rel) | Item::File(rel) => ctx.walk(rel, how, sink)?,
            Item::Archive(rel) => super::archive::append_entries(ctx.open_file(rel)?, sink)?,
            Item::Heredoc(name, body) => {
                let mut h = file_header(body.len() as u64, how.chmod.unwrap_or(0o644), (0, 0));
                sink.add(&mut h, &PathBuf::from(name), &mut body.as_bytes())?;
            }
            Item::Url(path, name) => {
                let f = std::fs::File::open(path)?;
                let size = f.metadata()?.len();
                let mut h = file_header(size, how.chmod.unwrap_or(0o600), (0, 0));
                sink.add(&mut h, Path::new(name), &mut std::io::BufReader::new(f))?;
            }
        }
    }
    Ok(())
}

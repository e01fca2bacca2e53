//! One stage: its base (FROM, ONBUILD triggers of the base), then its instructions. The ones
//! that only change the config are here; RUN, COPY/ADD and WORKDIR are in `fsstep`.

use super::cache;
use super::image::{nop, Image};
use super::work::Work;
use super::{Builder, Done};
use crate::build::args::ArgScope;
use crate::build::{Base, Form, HealthSpec, Instruction, Kind};
use crate::model::time::rfc3339;
use crate::model::PullPolicy;
use crate::store::images::{find, ImageRecord, LayerRef};
use crate::store::{now_nanos, LockKind};
use anyhow::{anyhow, bail, Context as _, Result};
use serde_json::json;
use std::collections::BTreeMap;

/// Where a stage is.
pub(super) struct StageState {
    pub image: Image,
    pub layers: Vec<LayerRef>,
    /// The cache key of the last step.
    pub key: String,
    pub args: ArgScope,
    /// CMD was set in this stage (ENTRYPOINT then keeps it).
    pub cmd_set: bool,
    /// The shell of shell forms.
    pub shell: Vec<String>,
    /// The working container, made on first use.
    pub work: Option<Work>,
    /// With one layer per stage: the history entry of the last step that changed files.
    pub pending: Option<usize>,
    /// With one layer per stage: where RUN mounts went.
    pub mount_points: Vec<String>,
}

impl StageState {
    /// Variables for substitution: ENV wins over ARG.
    pub fn lookup(&self) -> impl Fn(&str) -> Option<String> + '_ {
        move |n: &str| self.image.config.env_value(n).or_else(|| self.args.get(n))
    }

    pub fn work(&mut self, staging: &std::path::Path) -> Result<&Work> {
        if self.work.is_none() {
            self.work = Some(Work::new(staging)?);
        }
        self.work
            .as_ref()
            .ok_or_else(|| anyhow!("no working container"))
    }

    /// A shell or exec form as the command it runs.
    pub fn argv(&self, f: &Form) -> Vec<String> {
        match f {
            Form::Exec(v) => v.clone(),
            Form::Shell(s) => {
                let mut v = self.shell.clone();
                v.push(s.clone());
                v
            }
        }
    }
}

pub(super) fn now() -> String {
    rfc3339(now_nanos())
}

impl Builder<'_> {
    /// Build stage `idx`; `target` is the stage that becomes the image.
    pub(super) fn stage(&mut self, idx: usize, target: bool) -> Result<Done> {
        let df = self.df;
        let s = &df.stages[idx];
        let total = s.steps.len() + 1;
        self.say(&format!("STEP 1/{total}: {}", s.from.text));
        let mut st = self.from(idx).map_err(|e| self.located(&s.from, e))?;
        for t in st.image.config.on_build.take().unwrap_or_default() {
            let ins = crate::build::parse_trigger(&t, df.expander)
                .map_err(|e| self.located(&s.from, e))?;
            self.say(&format!("--> Running ONBUILD trigger: {t}"));
            self.exec(&mut st, &ins, idx)
                .map_err(|e| self.located(&s.from, e))?;
        }
        for (n, ins) in s.steps.iter().enumerate() {
            self.say(&format!("STEP {}/{total}: {}", n + 2, ins.text));
            let hit = self
                .exec(&mut st, ins, idx)
                .map_err(|e| self.located(ins, e))?;
            if self.layers() {
                if hit {
                    self.say(&format!("--> Using cache {}", st.image.id()?));
                }
                if !(target && n + 1 == s.steps.len()) {
                    self.say(&format!("--> {}", &st.image.id()?[..11]));
                }
            }
        }
        if !self.layers() {
            self.finish_single_layer(&mut st)?;
        }
        if let Some(w) = st.work.take() {
            let _ = crate::store::remove_tree(&w.dir, self.engine.idmap());
        }
        Ok(Done {
            image: st.image,
            layers: st.layers,
            key: st.key,
        })
    }

    /// An error of a step, naming the file, line and instruction.
    pub(super) fn located(&self, ins: &Instruction, e: anyhow::Error) -> anyhow::Error {
        e.context(format!(
            "{}:{}: building at STEP \"{}\"",
            self.df.file, ins.line, ins.text
        ))
    }

    /// One instruction; whether its result came from the cache.
    pub(super) fn exec(
        &mut self,
        st: &mut StageState,
        ins: &Instruction,
        stage: usize,
    ) -> Result<bool> {
        match &ins.kind {
            Kind::Run {
                cmd,
                mounts,
                network,
            } => {
                let net = match network.as_deref() {
                    Some("default") | None => None,
                    Some(n) => {
                        let (mode, _) = crate::model::NetworkMode::from_flags(
                            &[n.to_string()],
                            None,
                            None,
                            Vec::new(),
                        )?;
                        Some(crate::model::NetworkConfig {
                            mode,
                            ..self.opts.network.clone()
                        })
                    }
                };
                self.run(st, ins, cmd, mounts, stage, net.as_ref())
            }
            Kind::Copy(c) => self.copy(st, ins, c, false, stage),
            Kind::Add(c) => self.copy(st, ins, c, true, stage),
            Kind::Workdir(w) => self.workdir(st, w),
            Kind::From { .. } => bail!("FROM inside a stage"),
            _ => self.config_step(st, ins),
        }
    }

    /// The base of a stage.
    fn from(&mut self, idx: usize) -> Result<StageState> {
        let s = &self.df.stages[idx];
        if let (_, Some(p)) = s.base() {
            let mut vars = self.auto.clone();
            vars.extend(self.meta.clone());
            let look = |n: &str| vars.get(n).cloned();
            let p = self.df.expander.word(p, &look)?;
            super::check_platform(&p)?;
        }
        let (image, layers, key) = match self.df.base_of(idx, &self.meta)? {
            Base::Scratch => {
                let p = &self.platform;
                let img = Image::scratch(&p.os, &p.architecture, p.variant.as_deref());
                (
                    img,
                    Vec::new(),
                    cache::key("scratch", &[&p.os, &p.architecture]),
                )
            }
            Base::Stage(i) => {
                let d = self
                    .done
                    .get(&i)
                    .ok_or_else(|| anyhow!("stage {i} was not built"))?;
                (d.image.clone(), d.layers.clone(), d.key.clone())
            }
            Base::Image(name) => {
                let (rec, bytes) = self.image(&name)?;
                let key = cache::key("image", &[&rec.id]);
                let mut img = Image::from_base(&bytes)?;
                if img.config.env_value("PATH").is_none() {
                    // As buildah: a base without PATH gets the default one.
                    img.config
                        .set_env("PATH", crate::engine::container::spec::DEFAULT_PATH);
                }
                (img, rec.layers, key)
            }
        };
        let shell = image
            .config
            .shell
            .clone()
            .unwrap_or_else(|| vec!["/bin/sh".into(), "-c".into()]);
        Ok(StageState {
            image,
            layers,
            key,
            args: ArgScope::default(),
            cmd_set: false,
            shell,
            work: None,
            pending: None,
            mount_points: Vec::new(),
        })
    }

    /// An image from the store, pulled first as `--pull` says; its record and config.
    pub(super) fn image(&self, name: &str) -> Result<(ImageRecord, Vec<u8>)> {
        let store = &self.engine.store;
        let local = {
            let _l = store.lock(LockKind::Images, false)?;
            find(&store.images()?, name).ok().cloned()
        };
        let pull = match self.opts.pull {
            PullPolicy::Always | PullPolicy::Newer => true,
            PullPolicy::Missing => local.is_none(),
            PullPolicy::Never => false,
        };
        let rec = if pull {
            let opts = crate::engine::image::pull::PullOpts {
                reference: name.to_string(),
                platform: None,
                client: self.opts.client.clone(),
            };
            match crate::engine::image::pull::pull(self.engine, &opts, self.report.pull()) {
                Ok(id) => {
                    let _l = store.lock(LockKind::Images, false)?;
                    find(&store.images()?, &id)?.clone()
                }
                Err(e) => match (self.opts.pull, local) {
                    (PullPolicy::Newer, Some(l)) => l,
                    _ => return Err(e),
                },
            }
        } else {
            local.ok_or_else(|| anyhow!("{name}: image not known"))?
        };
        let bytes = store.read_blob(&rec.config_digest())?;
        Ok((rec, bytes))
    }

    /// Whether `st.key` is cached: then the state takes the cached result.
    pub(super) fn cached(&self, st: &mut StageState) -> bool {
        if !self.layers() || self.opts.no_cache {
            return false;
        }
        match cache::lookup(self.engine, &st.key) {
            Some(e) => {
                st.image = e.image;
                st.layers = e.layers;
                true
            }
            None => false,
        }
    }

    /// Remember the state under its key.
    pub(super) fn remember(&self, st: &StageState) {
        if self.layers() {
            let _ = cache::store(self.engine, &st.key, &st.image, &st.layers);
        }
    }

    /// Instructions that change only the config.
    fn config_step(&mut self, st: &mut StageState, ins: &Instruction) -> Result<bool> {
        let mut img = st.image.clone();
        let (created_by, extra) = self.change_config(st, &mut img, ins)?;
        st.key = cache::key(&st.key, &[&created_by, &extra]);
        if self.cached(st) {
            return Ok(true);
        }
        img.record(&now(), created_by, None);
        st.image = img;
        self.remember(st);
        Ok(false)
    }

    /// Apply a config instruction to `img`: its `created_by` and what else its key depends on.
    fn change_config(
        &mut self,
        st: &mut StageState,
        img: &mut Image,
        ins: &Instruction,
    ) -> Result<(String, String)> {
        let ex = self.df.expander;
        let word = |s: &str| -> Result<String> { ex.word(s, &st.lookup()) };
        let c = &mut img.config;
        let text = match &ins.kind {
            Kind::Arg(list) => return self.declare_args(st, list),
            Kind::Env(pairs) => {
                let mut shown = Vec::new();
                for (k, v) in pairs {
                    let v = word(v)?;
                    c.set_env(k, &v);
                    shown.push(format!("{k}={v}"));
                }
                format!("ENV {}", shown.join(" "))
            }
            Kind::Label(pairs) => {
                let mut shown = Vec::new();
                for (k, v) in pairs {
                    let (k, v) = (word(k)?, word(v)?);
                    shown.push(format!("{k}={v}"));
                    c.labels.get_or_insert_with(BTreeMap::new).insert(k, v);
                }
                format!("LABEL {}", shown.join(" "))
            }
            Kind::Maintainer(m) => {
                img.author = Some(m.clone());
                format!("MAINTAINER {m}")
            }
            Kind::Expose(words) => {
                let mut ports = Vec::new();
                for w in words {
                    ports.extend(expose_ports(&word(w)?)?);
                }
                let map = c.exposed_ports.get_or_insert_with(BTreeMap::new);
                for p in &ports {
                    map.insert(p.clone(), json!({}));
                }
                format!("EXPOSE {}", ports.join(" "))
            }
            Kind::Volume(list) => {
                let mut vols = Vec::new();
                for v in list {
                    let v = word(v)?;
                    if v.is_empty() {
                        bail!("VOLUME specified can not be an empty string");
                    }
                    vols.push(v);
                }
                let map = c.volumes.get_or_insert_with(BTreeMap::new);
                for v in &vols {
                    map.insert(v.clone(), json!({}));
                }
                format!("VOLUME [{}]", vols.join(" "))
            }
            Kind::User(u) => {
                let u = word(u)?;
                c.user = Some(u.clone());
                format!("USER {u}")
            }
            Kind::StopSignal(s) => {
                let s = word(s)?;
                s.parse::<crate::model::Signal>()?;
                c.stop_signal = Some(s.clone());
                format!("STOPSIGNAL {s}")
            }
            _ => return self.change_process(st, img, ins),
        };
        Ok((nop(&text), String::new()))
    }

    /// CMD, ENTRYPOINT, SHELL, HEALTHCHECK, ONBUILD.
    fn change_process(
        &mut self,
        st: &mut StageState,
        img: &mut Image,
        ins: &Instruction,
    ) -> Result<(String, String)> {
        let c = &mut img.config;
        let text = match &ins.kind {
            Kind::Cmd(f) => {
                let v = st.argv(f);
                st.cmd_set = true;
                let t = format!("CMD {}", serde_json::to_string(&v)?);
                c.cmd = Some(v);
                t
            }
            Kind::Entrypoint(f) => {
                let v = st.argv(f);
                if !st.cmd_set {
                    c.cmd = None;
                }
                let t = format!("ENTRYPOINT {}", serde_json::to_string(&v)?);
                c.entrypoint = Some(v);
                t
            }
            Kind::Shell(v) => {
                st.shell = v.clone();
                c.shell = Some(v.clone());
                format!("SHELL {}", serde_json::to_string(v)?)
            }
            Kind::Healthcheck(h) => {
                c.healthcheck = Some(healthcheck(h.as_ref()));
                ins.text.clone()
            }
            Kind::Onbuild(t) => {
                c.on_build.get_or_insert_with(Vec::new).push(t.clone());
                format!("ONBUILD {t}")
            }
            other => bail!("unexpected instruction {other:?}"),
        };
        Ok((nop(&text), String::new()))
    }

    /// ARG: declare in the stage's scope; the key also depends on the values.
    fn declare_args(
        &mut self,
        st: &mut StageState,
        list: &[(String, Option<String>)],
    ) -> Result<(String, String)> {
        let mut values = Vec::new();
        for (k, d) in list {
            let d = match d {
                Some(d) => Some(
                    self.df
                        .expander
                        .word(d, &st.lookup())
                        .with_context(|| format!("ARG {k}"))?,
                ),
                None => None,
            };
            st.args
                .declare(k, d, &self.opts.build_args, &self.meta, &self.auto);
            self.consumed.insert(k.clone());
            values.push(format!("{k}={}", st.args.get(k).unwrap_or_default()));
        }
        let names: Vec<&str> = list.iter().map(|(k, _)| k.as_str()).collect();
        Ok((nop(&format!("ARG {}", names.join(" "))), values.join("\n")))
    }

    /// With one layer per stage: the stage's changes become its one new layer.
    fn finish_single_layer(&mut self, st: &mut StageState) -> Result<()> {
        let Some(w) = st.work.as_ref() else {
            return Ok(());
        };
        let staged =
            super::work::take_layer(self.engine, self.staging, w, &st.layers, &st.mount_points)?;
        if let Some(s) = staged {
            super::work::commit_layer(self.engine, &s)?;
            st.layers.push(s.layer.clone());
            st.image.rootfs.diff_ids.push(s.layer.diff_id.clone());
            if let Some(h) = st.pending.and_then(|i| st.image.history.get_mut(i)) {
                h.empty_layer = false;
            }
        }
        Ok(())
    }
}

/// HEALTHCHECK as the config records it (durations in nanoseconds).
fn healthcheck(h: Option<&HealthSpec>) -> serde_json::Value {
    let Some(h) = h else {
        return json!({"Test": ["NONE"]});
    };
    let test: Vec<String> = match &h.cmd {
        Form::Shell(s) => vec!["CMD-SHELL".into(), s.clone()],
        Form::Exec(v) => std::iter::once("CMD".to_string())
            .chain(v.iter().cloned())
            .collect(),
    };
    let mut v = json!({ "Test": test });
    for (k, d) in [
        ("Interval", h.interval),
        ("Timeout", h.timeout),
        ("StartPeriod", h.start_period),
        ("StartInterval", h.start_interval),
    ] {
        if let Some(d) = d {
            v[k] = json!(d.nanos());
        }
    }
    if let Some(r) = h.retries {
        v["Retries"] = json!(r);
    }
    v
}

/// `80`, `80/udp`, `8000-8002/tcp` as `PORT/PROTO` entries.
pub(super) fn expose_ports(w: &str) -> Result<Vec<String>> {
    let (ports, proto) = match w.split_once('/') {
        Some((p, proto)) => (p, proto.to_ascii_lowercase()),
        None => (w, "tcp".to_string()),
    };
    if !["tcp", "udp", "sctp"].contains(&proto.as_str()) {
        bail!("invalid EXPOSE {w:?}: the protocol must be tcp, udp or sctp");
    }
    let bad = || anyhow!("invalid EXPOSE {w:?}: expected PORT[/PROTO] or a range START-END");
    let (a, b) = match ports.split_once('-') {
        Some((a, b)) => (
            a.parse::<u16>().map_err(|_| bad())?,
            b.parse::<u16>().map_err(|_| bad())?,
        ),
        None => {
            let p = ports.parse::<u16>().map_err(|_| bad())?;
            (p, p)
        }
    };
    if a > b {
        return Err(bad());
    }
    Ok((a..=b).map(|p| format!("{p}/{proto}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposed_ports() {
        assert_eq!(expose_ports("80").unwrap(), ["80/tcp"]);
        assert_eq!(expose_ports("53/UDP").unwrap(), ["53/udp"]);
        assert_eq!(
            expose_ports("8000-8002").unwrap(),
            ["8000/tcp", "8001/tcp", "8002/tcp"]
        );
        assert!(expose_ports("http").is_err());
        assert!(expose_ports("80/icmp").is_err());
    }
}

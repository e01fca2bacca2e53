//! The steps that change files: RUN (a process on the working container), COPY/ADD (sources
//! put into it), WORKDIR (its directory created when missing). Each is looked up in the cache
//! first; what it changed becomes a layer (`settle`).

use super::cache;
use super::copy;
use super::image::nop;
use super::stage::{now, StageState};
use super::work::{self, RunSpec};
use super::Builder;
use crate::build::mounts::RunMount;
use crate::build::parser::heredoc_markers;
use crate::build::{Form, Instruction};
use crate::engine::container::spec::Volume;
use crate::runtime::CodedError;
use crate::store::images::LayerRef;
use anyhow::{anyhow, Result};
use std::path::Path;

/// An absolute, lexically clean path (`/` joined with the working directory when relative).
pub(super) fn absolute(path: &str, workdir: Option<&str>) -> String {
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{}/{path}", workdir.unwrap_or("/"))
    };
    format!("/{}", crate::build::ignore::clean(&joined))
}

/// The last lines of a file (a quiet RUN's output), for the error.
fn tail(path: &Path, n: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(n);
    lines[start..].join("\n")
}

impl Builder<'_> {
    /// After the working container changed: with a layer per step, its changes become the
    /// step's layer (none when nothing changed) and the step is cached; else it is noted.
    pub(super) fn settle(&mut self, st: &mut StageState, created_by: String) -> Result<()> {
        self.settle_with(st, created_by, &[])
    }

    /// `settle`, with the RUN's mount points to leave out of the layer.
    fn settle_with(
        &mut self,
        st: &mut StageState,
        created_by: String,
        mount_points: &[String],
    ) -> Result<()> {
        if !self.layers() {
            st.image.record(&now(), created_by, None);
            st.pending = Some(st.image.history.len() - 1);
            st.mount_points.extend(mount_points.iter().cloned());
            return Ok(());
        }
        let w = st
            .work
            .take()
            .ok_or_else(|| anyhow!("no working container"))?;
        let staged = work::take_layer(self.engine, self.staging, &w, &st.layers, mount_points);
        let _ = crate::store::remove_tree(&w.dir, self.engine.idmap());
        match staged? {
            Some(s) => {
                work::commit_layer(self.engine, &s)?;
                st.layers.push(s.layer.clone());
                st.image.record(&now(), created_by, Some(&s.layer));
            }
            None => st.image.record(&now(), created_by, None),
        }
        self.remember(st);
        Ok(())
    }

    /// The command of a RUN, with a heredoc as its script (a `#!` script is mounted at
    /// /dev/pipes/NAME and executed) or as the shell's input.
    fn run_command(
        &self,
        st: &StageState,
        ins: &Instruction,
        cmd: &Form,
    ) -> Result<(Vec<String>, Vec<Volume>)> {
        let (Form::Shell(s), false) = (cmd, ins.heredocs.is_empty()) else {
            return Ok((st.argv(cmd), Vec::new()));
        };
        let only = heredoc_markers(s).len() == 1
            && ins.heredocs.len() == 1
            && s.trim()
                .trim_start_matches("<<")
                .trim_start_matches('-')
                .trim_matches(['"', '\''])
                == ins.heredocs[0].name;
        if !only {
            let mut script = s.clone();
            script.push('\n');
            for h in &ins.heredocs {
                script.push_str(&h.body);
                script.push_str(&h.name);
                script.push('\n');
            }
            return Ok((st.argv(&Form::Shell(script)), Vec::new()));
        }
        let h = &ins.heredocs[0];
        if !h.body.starts_with("#!") {
            return Ok((st.argv(&Form::Shell(h.body.clone())), Vec::new()));
        }
        let file = self.staging.join(crate::store::unique_name("heredoc"));
        std::fs::write(&file, &h.body)?;
        std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(0o755))?;
        let dest = format!("/dev/pipes/{}", h.name);
        let vol = Volume {
            source: file,
            dest: dest.clone(),
            readonly: true,
            name: None,
            anonymous: false,
        };
        Ok((vec![dest], vec![vol]))
    }

    pub(super) fn run(
        &mut self,
        st: &mut StageState,
        ins: &Instruction,
        cmd: &Form,
        mounts: &[RunMount],
        stage: usize,
        network: Option<&crate::model::NetworkConfig>,
    ) -> Result<bool> {
        let (argv, mut volumes) = self.run_command(st, ins, cmd)?;
        let created_by = format!("{}{}", st.args.history_prefix(), argv.join(" "));
        let bodies: Vec<&str> = ins.heredocs.iter().map(|h| h.body.as_str()).collect();
        let prepared = self.prepare_mounts(st, mounts, stage)?;
        let network = network.unwrap_or(&self.opts.network);
        st.key = cache::key(&st.key, &[&created_by, &bodies.join("\0"), &prepared.key]);
        if self.cached(st) {
            return Ok(true);
        }
        volumes.extend(prepared.volumes);
        let env: Vec<String> = st
            .args
            .run_env(&self.opts.build_args)
            .into_iter()
            .filter(|(k, _)| st.image.config.env_value(k).is_none())
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let output = self.opts.quiet.then(|| self.staging.join("run-output.log"));
        if let Some(o) = &output {
            let _ = std::fs::remove_file(o);
        }
        let layers = st.layers.clone();
        let image = st.image.clone();
        let w = st.work(self.staging)?;
        let spec = RunSpec {
            argv,
            env,
            image: &image,
            network,
            output: output.as_deref(),
            volumes,
            tmpfs: prepared.tmpfs,
        };
        let code = work::run(self.engine, w, &layers, &spec)?;
        if code != 0 {
            let last = output
                .as_deref()
                .map(|o| tail(o, 10))
                .filter(|t| !t.is_empty())
                .map(|t| format!("\n{t}"))
                .unwrap_or_default();
            if !last.is_empty() {
                eprintln!("{}", last.trim_start());
            }
            return Err(CodedError {
                code,
                msg: format!("while running runtime: exit status {code}"),
            }
            .into());
        }
        drop(prepared.locks);
        self.settle_with(st, created_by, &prepared.dests)?;
        Ok(false)
    }

    pub(super) fn workdir(&mut self, st: &mut StageState, w: &str) -> Result<bool> {
        let path = self.df.expander.word(w, &st.lookup())?;
        let path = absolute(&path, st.image.config.working_dir.as_deref());
        st.image.config.working_dir = Some(path.clone());
        let created_by = nop(&format!("WORKDIR {path}"));
        st.key = cache::key(&st.key, &[&created_by]);
        if self.cached(st) {
            return Ok(true);
        }
        let lower = work::lower_dirs(self.engine, &st.layers)?;
        let rel = crate::build::ignore::clean(&path);
        let quick = st.work.is_none()
            && (rel.is_empty()
                || crate::engine::container::diff::in_lower(&lower, Path::new(&rel)));
        let created = if quick {
            false
        } else {
            let layers = st.layers.clone();
            let w = st.work(self.staging)?;
            copy::ensure_dir(self.engine, w, &layers, &path)?
        };
        if created {
            self.settle(st, created_by)?;
            return Ok(false);
        }
        if self.layers() {
            if let Some(w) = st.work.take() {
                let _ = crate::store::remove_tree(&w.dir, self.engine.idmap());
            }
        }
        st.image.record(&now(), created_by, None);
        self.remember(st);
        Ok(false)
    }

    /// The root filesystem `COPY --from` reads: a stage's, or an image's.
    pub(super) fn copy_source(&self, from: &str, stage: usize) -> Result<(Vec<LayerRef>, String)> {
        if let Some(i) = self.df.stage_named(from, stage, true) {
            let d = self
                .done
                .get(&i)
                .ok_or_else(|| anyhow!("--from={from}: stage {i} was not built"))?;
            return Ok((d.layers.clone(), d.key.clone()));
        }
        match self.image(from) {
            Ok((rec, _)) => Ok((rec.layers, format!("image:{}", rec.id))),
            Err(e) => Err(anyhow!(
                "COPY --from={from}: no stage or image found with that name ({e:#})"
            )),
        }
    }
}

//! Stages: the ARGs before the first FROM, then one stage per FROM with its instructions.
//! `Dockerfile::plan` picks the target stage and the stages it needs (its FROM naming an
//! earlier stage, `COPY --from=NAME|INDEX`), in Dockerfile order: the others are skipped.

use super::instruction::{Instruction, Kind};
use super::words::Expander;
use anyhow::{bail, Result};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    pub index: usize,
    /// `AS name`, lower-cased.
    pub name: Option<String>,
    /// The FROM instruction.
    pub from: Instruction,
    pub steps: Vec<Instruction>,
}

impl Stage {
    /// The base as written (before ARG substitution) and `--platform`.
    pub fn base(&self) -> (&str, Option<&str>) {
        match &self.from.kind {
            Kind::From {
                image, platform, ..
            } => (image, platform.as_deref()),
            _ => ("", None),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dockerfile {
    /// The name errors show (`Containerfile`, `Dockerfile`, a path).
    pub file: String,
    pub expander: Expander,
    pub syntax: Option<String>,
    /// `ARG`s before the first FROM, with their lines.
    pub meta_args: Vec<(usize, String, Option<String>)>,
    pub stages: Vec<Stage>,
}

/// Where the build starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Base {
    Scratch,
    /// An earlier stage, by index.
    Stage(usize),
    Image(String),
}

impl Dockerfile {
    /// Group instructions into stages.
    pub fn new(
        file: &str,
        expander: Expander,
        syntax: Option<String>,
        all: Vec<Instruction>,
    ) -> Result<Dockerfile> {
        let mut meta_args = Vec::new();
        let mut stages: Vec<Stage> = Vec::new();
        for ins in all {
            match &ins.kind {
                Kind::From { alias, .. } => {
                    if let Some(a) = alias {
                        if stages.iter().any(|s| s.name.as_ref() == Some(a)) {
                            bail!("{file}:{}: duplicate stage name {a:?}", ins.line);
                        }
                    }
                    stages.push(Stage {
                        index: stages.len(),
                        name: alias.clone(),
                        from: ins,
                        steps: Vec::new(),
                    });
                }
                Kind::Arg(list) if stages.is_empty() => {
                    for (k, v) in list {
                        meta_args.push((ins.line, k.clone(), v.clone()));
                    }
                }
                _ => match stages.last_mut() {
                    Some(s) => s.steps.push(ins),
                    None => bail!(
                        "{file}:{}: no build stage in current context: {} must come after a FROM",
                        ins.line,
                        ins.text
                    ),
                },
            }
        }
        if stages.is_empty() {
            bail!("{file}: no FROM statement found");
        }
        Ok(Dockerfile {
            file: file.to_string(),
            expander,
            syntax,
            meta_args,
            stages,
        })
    }

    /// The meta ARG values: defaults (substituted with the ones before) overridden by
    /// `--build-arg`s.
    pub fn meta_values(
        &self,
        build_args: &BTreeMap<String, String>,
    ) -> Result<BTreeMap<String, String>> {
        let mut vals: BTreeMap<String, String> = BTreeMap::new();
        for (line, k, v) in &self.meta_args {
            let value =
                match build_args.get(k) {
                    Some(b) => Some(b.clone()),
                    None => match v {
                        Some(d) => {
                            let look = |n: &str| vals.get(n).cloned();
                            Some(self.expander.word(d, &look).map_err(|e| {
                                anyhow::anyhow!("{}:{line}: ARG {k}: {e}", self.file)
                            })?)
                        }
                        None => None,
                    },
                };
            if let Some(v) = value {
                vals.insert(k.clone(), v);
            }
        }
        Ok(vals)
    }

    /// A stage by name (case-insensitive) or, for `COPY --from`, by index.
    pub fn stage_named(&self, what: &str, before: usize, by_index: bool) -> Option<usize> {
        let lower = what.to_ascii_lowercase();
        if let Some(s) = self.stages[..before]
            .iter()
            .find(|s| s.name.as_deref() == Some(lower.as_str()))
        {
            return Some(s.index);
        }
        if by_index {
            if let Ok(i) = what.parse::<usize>() {
                if i < before {
                    return Some(i);
                }
            }
        }
        None
    }

    /// The base of a stage: its FROM with the meta ARGs substituted.
    pub fn base_of(&self, stage: usize, meta: &BTreeMap<String, String>) -> Result<Base> {
        let s = &self.stages[stage];
        let (image, _) = s.base();
        let look = |n: &str| meta.get(n).cloned();
        let name = self
            .expander
            .word(image, &look)
            .map_err(|e| anyhow::anyhow!("{}:{}: {e}", self.file, s.from.line))?;
        if name.is_empty() {
            bail!(
                "{}:{}: {}: the base image name is empty",
                self.file,
                s.from.line,
                s.from.text
            );
        }
        if name.eq_ignore_ascii_case("scratch") {
            return Ok(Base::Scratch);
        }
        Ok(match self.stage_named(&name, stage, false) {
            Some(i) => Base::Stage(i),
            None => Base::Image(name),
        })
    }

    /// The stages `COPY --from` and `RUN --mount=from=` of a stage refer to (others name
    /// images).
    fn copy_sources(&self, stage: usize) -> Vec<usize> {
        let mut froms: Vec<&str> = Vec::new();
        for i in &self.stages[stage].steps {
            match &i.kind {
                Kind::Copy(c) => froms.extend(c.from.as_deref()),
                Kind::Run { mounts, .. } => {
                    for m in mounts {
                        if let super::mounts::MountKind::Bind { from: Some(f), .. } = &m.kind {
                            froms.push(f);
                        }
                    }
                }
                _ => {}
            }
        }
        froms
            .into_iter()
            .filter_map(|f| self.stage_named(f, stage, true))
            .collect()
    }

    /// The target stage (by `--target`, else the last) and every stage it needs, in order.
    pub fn plan(
        &self,
        target: Option<&str>,
        meta: &BTreeMap<String, String>,
    ) -> Result<Vec<usize>> {
        let t = match target {
            Some(name) => match self.stage_named(name, self.stages.len(), false) {
                Some(i) => i,
                None => bail!("The target {name:?} was not found in the provided Dockerfile"),
            },
            None => self.stages.len() - 1,
        };
        let mut need = vec![false; self.stages.len()];
        let mut todo = vec![t];
        while let Some(i) = todo.pop() {
            if need[i] {
                continue;
            }
            need[i] = true;
            if let Base::Stage(b) = self.base_of(i, meta)? {
                todo.push(b);
            }
            todo.extend(self.copy_sources(i));
        }
        Ok((0..=t).filter(|i| need[*i]).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    const MULTI: &str = "ARG BASE=busybox\nARG TAG\nFROM ${BASE}:${TAG:-latest} AS deps\nRUN echo deps\nFROM deps AS build\nRUN echo build\nFROM busybox AS unused\nRUN echo no\nFROM scratch\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\n";

    #[test]
    fn stages_and_plan() {
        let d = parse(MULTI, "Dockerfile").unwrap();
        assert_eq!(d.stages.len(), 4);
        assert_eq!(d.meta_args.len(), 2);
        let meta = d.meta_values(&BTreeMap::new()).unwrap();
        assert_eq!(
            d.base_of(0, &meta).unwrap(),
            Base::Image("busybox:latest".into())
        );
        assert_eq!(d.base_of(1, &meta).unwrap(), Base::Stage(0));
        assert_eq!(d.base_of(3, &meta).unwrap(), Base::Scratch);
        assert_eq!(d.plan(None, &meta).unwrap(), [0, 1, 3]);
        assert_eq!(d.plan(Some("BUILD"), &meta).unwrap(), [0, 1]);
        assert_eq!(d.plan(Some("unused"), &meta).unwrap(), [2]);
        assert!(d.plan(Some("nope"), &meta).is_err());
        let args = BTreeMap::from([("TAG".to_string(), "1.36".to_string())]);
        let meta = d.meta_values(&args).unwrap();
        assert_eq!(
            d.base_of(0, &meta).unwrap(),
            Base::Image("busybox:1.36".into())
        );
    }

    #[test]
    fn structure_errors() {
        assert!(parse("", "Dockerfile")
            .unwrap_err()
            .to_string()
            .contains("no FROM statement found"));
        assert_eq!(
            parse("ARG A\nRUN x\n", "Containerfile")
                .unwrap_err()
                .to_string(),
            "Containerfile:2: no build stage in current context: RUN x must come after a FROM"
        );
        assert!(parse("FROM a AS x\nFROM b AS x\n", "D").is_err());
    }
}

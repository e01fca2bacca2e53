//! The build front end: Dockerfile/Containerfile text into a typed model the engine executes.
//! Pure (no store, no processes): `parser` (directives, comments, continuations, heredocs),
//! `instruction` (one typed `Instruction` per line, flags checked), `words` (variable
//! substitution and quoting), `stages` (stages, meta ARGs, which stages a target needs),
//! `ignore` (.dockerignore rules), `mounts` (RUN --mount), `args` (build-arg scope, predefined and platform args,
//! RUN's `|N K=V` history prefix).

pub mod args;
pub mod ignore;
pub mod instruction;
pub mod mounts;
pub mod parser;
pub mod stages;
pub mod words;

pub use instruction::{CopySpec, Form, HealthSpec, Instruction, Kind};
pub use stages::{Base, Dockerfile};
pub use words::Expander;

use anyhow::{anyhow, Result};

/// Parse a Dockerfile's text; `file` names it in errors (`Containerfile:3: ...`).
pub fn parse(text: &str, file: &str) -> Result<Dockerfile> {
    let lines = parser::lines(text).map_err(|e| anyhow!("{file}: {e}"))?;
    let ex = Expander {
        escape: lines.escape,
    };
    let mut all = Vec::new();
    let raws = &lines.instructions;
    for (n, raw) in raws.iter().enumerate() {
        match instruction::instruction(raw, &ex) {
            Ok(i) => all.push(i),
            Err(e) => {
                // A RUN ending in an operator whose next line is no instruction: the line
                // continuation was forgotten.
                let next = raws
                    .get(n + 1)
                    .filter(|r| !instruction::is_keyword(&r.keyword));
                if let (true, Some(next)) = (e.to_string().starts_with("RUN ends with"), next) {
                    return Err(anyhow!(
                        "{file}:{}: RUN ends with an operator and line {} ({}) is not part of it: a line continuation ({}) is missing",
                        raw.line,
                        next.line,
                        next.keyword.to_ascii_lowercase(),
                        ex.escape
                    ));
                }
                return Err(anyhow!("{file}:{}: {e}", raw.line));
            }
        }
    }
    Dockerfile::new(file, ex, lines.syntax, all)
}

/// An ONBUILD trigger stored in an image (`RUN echo hi`) as an instruction.
pub fn parse_trigger(text: &str, ex: Expander) -> Result<Instruction> {
    let lines = parser::lines(text)?;
    let raw = lines
        .instructions
        .first()
        .ok_or_else(|| anyhow!("empty ONBUILD trigger"))?;
    instruction::instruction(raw, &ex).map_err(|e| anyhow!("ONBUILD trigger {text:?}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_file_and_line() {
        let e = parse("FROM a\n\nBOGUS x\n", "Containerfile").unwrap_err();
        assert_eq!(e.to_string(), "Containerfile:3: unknown instruction: BOGUS");
        let e = parse(
            "FROM a\nRUN apt-get update &&\n    apt-get install -y x\n",
            "Dockerfile",
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("Dockerfile:2: RUN ends with an operator and line 3"),
            "{e}"
        );
        let e = parse("FROM a\nRUN make &&\n", "Dockerfile").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("Dockerfile:2: RUN ends with \"&&\""),
            "{e}"
        );
        let e = parse("FROM a\nRUN <<EOF\nx\n", "Dockerfile").unwrap_err();
        assert!(e.to_string().contains("unterminated heredoc"), "{e}");
    }
}

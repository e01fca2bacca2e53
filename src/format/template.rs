//! Go text/template for `--format`, by the gotmpl crate: its lexer, parser, executor and Go's
//! builtins, with podman's functions and data model on top (`funcs`), Go's parse-time checks
//! and hooks for execution errors on its syntax tree (`tree`), and errors in Go's one-line
//! form (`template: NAME:LINE:COL: executing "NAME" at <NODE>: ...`).
//!
//! Execution is bounded: gotmpl's nesting depth (`MAX_DEPTH`, so a recursive template ends
//! in an error instead of overflowing the stack), a step budget over hooks and `{{range}}`
//! iterations (`MAX_STEPS`) and the output's size (`MAX_OUTPUT`).

use std::sync::{Arc, Mutex};

use gotmpl::TemplateError;

use super::funcs::{self, Shared, MAX_DEPTH, MAX_OUTPUT, MAX_STEPS};
use super::tree::{self, Kind, Site, TreeError};

pub struct Template {
    name: String,
    text: String,
    exec: gotmpl::Template,
    sites: Arc<Vec<Site>>,
    state: Shared,
}

/// Line (1-based) and column (0-based byte offset in the line) of `pos`, as Go reports them.
fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &text[..pos];
    let line = 1 + before.matches('\n').count();
    let col = before
        .rfind('\n')
        .map_or(before.len(), |nl| before.len() - nl - 1);
    (line, col)
}

/// One line, whatever the values in the message hold.
fn one_line(s: &str) -> String {
    s.replace('\n', "\\n").replace('\r', "\\r")
}

/// Go's text for a lexer or parser error of gotmpl's where the two differ.
fn go_parse_message(text: &str, line: usize, col: usize, msg: &str) -> String {
    if let Some(c) = msg
        .strip_prefix("unexpected character: '")
        .and_then(|r| r.strip_suffix('\''))
    {
        let mut cs = c.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            return if c.is_control() {
                format!("bad character U+{:04X}", c as u32)
            } else {
                format!("bad character U+{:04X} '{c}'", c as u32)
            };
        }
    }
    if msg == "empty command" {
        // gotmpl places it at the end of the action: what precedes names the clause.
        let start: usize = text
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum();
        let mut end = (start + col.saturating_sub(1)).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = text[..end].trim_end();
        let before = before.strip_suffix("}}").unwrap_or(before).trim_end();
        let before = before.strip_suffix('-').unwrap_or(before).trim_end();
        let opens = |s: &str| {
            let s = s.trim_end();
            s.ends_with("{{") || s.ends_with("{{-")
        };
        if opens(before) {
            return "missing value for command".into();
        }
        for clause in ["if", "with", "range"] {
            if before.strip_suffix(clause).is_some_and(opens) {
                return format!("missing value for {clause}");
            }
        }
        if before.ends_with('(') {
            return "missing value for parenthesized pipeline".into();
        }
    }
    msg.to_string()
}

impl Template {
    /// Parse `text` as the template `name`. The error is Go's one-line
    /// `template: NAME:LINE: MESSAGE`.
    pub fn parse(name: &str, text: &str) -> Result<Template, String> {
        let at = |e: TreeError| {
            let (line, _) = line_col(text, e.offset);
            one_line(&format!("template: {name}:{line}: {}", e.msg))
        };
        let parsed = gotmpl::Template::new(name).parse(text).map_err(|e| {
            one_line(&match e {
                TemplateError::Lex {
                    line, col, message, ..
                }
                | TemplateError::Parse {
                    line, col, message, ..
                } => {
                    let msg = go_parse_message(text, line, col, &message);
                    if line == 0 {
                        format!("template: {name}: {msg}")
                    } else {
                        format!("template: {name}:{line}: {msg}")
                    }
                }
                other => format!("template: {name}: {other}"),
            })
        })?;
        tree::check_closed(text).map_err(at)?;
        // The main template (its own name unless `{{define}}`d over, or only space) and the
        // defined ones.
        let mut trees = Vec::new();
        if parsed.lookup(name).is_none() {
            let (main, _) = gotmpl::parse::Parser::new(text, "{{", "}}")
                .and_then(|p| p.parse())
                .map_err(|e| format!("template: {name}: {e}"))?;
            trees.push((name.to_string(), main));
        }
        for n in parsed.templates() {
            if let Some(t) = parsed.lookup(n) {
                trees.push((n.to_string(), t.clone()));
            }
        }
        // The first error in the text, as Go's parser stops at it.
        if let Some(e) = trees
            .iter()
            .filter_map(|(_, t)| tree::check(t, &funcs::is_func).err())
            .min_by_key(|e| e.offset)
        {
            return Err(at(e));
        }
        let mut sites = Vec::new();
        for (n, t) in &mut trees {
            tree::instrument(t, text, n, &mut sites);
        }
        let sites = Arc::new(sites);
        let state: Shared = Arc::new(Mutex::new(funcs::State::default()));
        let mut exec =
            funcs::register(gotmpl::Template::new(name), &state, &sites).max_range_iters(MAX_STEPS);
        for (n, t) in trees {
            exec = exec.add_parse_tree(&n, t);
        }
        Ok(Template {
            name: name.to_string(),
            text: text.to_string(),
            exec,
            sites,
            state,
        })
    }

    /// Render with `data` as dot. A missing field of a JSON object that stands for a Go
    /// struct is an error naming `root_type` (for the top-level object) as Go names the type.
    pub fn execute(&self, data: &serde_json::Value, root_type: &str) -> Result<String, String> {
        let dot = funcs::lock(&self.state).start(data, root_type);
        let mut out = Limited::default();
        match self.exec.execute_template_fmt(&mut out, &self.name, &dot) {
            Ok(()) => Ok(out.text),
            Err(e) => Err(self.error(e, out.full)),
        }
    }

    fn error(&self, e: TemplateError, output_full: bool) -> String {
        let mut st = funcs::lock(&self.state);
        let call_name = |id: usize| match self.sites.get(id).map(|s| &s.kind) {
            Some(Kind::Call(n)) => n.to_string(),
            _ => String::new(),
        };
        let (site, msg) = if let Some(e) = st.error.take() {
            e
        } else if output_full {
            (
                None,
                format!("template output exceeds {} MiB", MAX_OUTPUT >> 20),
            )
        } else {
            match e {
                TemplateError::RecursionLimit => (
                    st.last_template,
                    format!("exceeded maximum template depth ({MAX_DEPTH})"),
                ),
                TemplateError::RangeIterLimit => (
                    st.last_range,
                    format!("template execution stopped after {MAX_STEPS} range iterations"),
                ),
                TemplateError::UndefinedTemplate(n) => {
                    (st.last_template, format!("template {n:?} not defined"))
                }
                TemplateError::ArgCount {
                    name,
                    expected,
                    got,
                } => (
                    st.call,
                    format!("wrong number of args for {name}: want {expected} got {got}"),
                ),
                TemplateError::TypeMismatch { expected, got } => (
                    st.call,
                    format!("wrong type for value; expected {expected}; got {got}"),
                ),
                other => {
                    let text = match other {
                        TemplateError::Exec(m) => m,
                        TemplateError::IndexOutOfRange { index } => {
                            format!("index out of range: {index}")
                        }
                        TemplateError::FuncPanic { message, .. } => message,
                        o => o.to_string(),
                    };
                    match st.call {
                        Some(id) => (Some(id), format!("error calling {}: {text}", call_name(id))),
                        None => (None, text),
                    }
                }
            }
        };
        let msg = match site.and_then(|id| self.sites.get(id)) {
            Some(site) => {
                let (line, col) = line_col(&self.text, site.offset);
                // Go shortens the node's text to 20 characters.
                let context = match site.context.char_indices().nth(20) {
                    Some((i, _)) => format!("{}...", &site.context[..i]),
                    None => site.context.clone(),
                };
                format!(
                    "template: {}:{line}:{col}: executing {:?} at <{context}>: {msg}",
                    self.name, site.template
                )
            }
            None => format!("template: {}: {msg}", self.name),
        };
        one_line(&msg)
    }
}

/// The output, refusing to grow past `MAX_OUTPUT`.
#[derive(Default)]
struct Limited {
    text: String,
    full: bool,
}

impl std::fmt::Write for Limited {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if self.text.len().saturating_add(s.len()) > MAX_OUTPUT {
            self.full = true;
            return Err(std::fmt::Error);
        }
        self.text.push_str(s);
        Ok(())
    }
}

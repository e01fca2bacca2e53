//! Executing a parsed template against a value, with bounded depth, steps and output.

use super::funcs::{self, FnError};
use super::parse::{Arg, ArgKind, Branch, Cmd, List, Node, Pipe};
use super::value::Val;
use super::{Template, MAX_OUTPUT};
use std::rc::Rc;

/// Deepest chain of `{{template}}` calls (Go allows 100000 on its growable stacks).
pub const MAX_TEMPLATE_DEPTH: usize = 100;
/// Deepest nesting of blocks, parenthesized pipelines and template calls together.
pub const MAX_EXEC_NESTING: usize = 300;
/// Nodes, commands and range iterations one execution may go through.
pub const MAX_STEPS: u64 = 1_000_000;

pub struct ExecError {
    /// Byte offset and source text of the node that failed, when there is one.
    pub at: Option<(usize, String)>,
    /// The template being executed (a `define`d one inside a `{{template}}` call).
    pub exec_name: String,
    pub msg: String,
}

enum Flow {
    Normal,
    Break,
    Continue,
}

/// Boxed: results travel through every level of the recursion, so they stay small.
type XResult<T> = Result<T, Box<ExecError>>;

pub struct Exec<'a> {
    t: &'a Template,
    root: Val,
    root_type: &'a str,
    pub out: String,
    vars: Vec<(String, Val)>,
    depth: usize,
    nesting: usize,
    steps: u64,
    exec_name: String,
}

impl<'a> Exec<'a> {
    pub fn new(t: &'a Template, root: Val, root_type: &'a str) -> Exec<'a> {
        Exec {
            t,
            vars: vec![("$".into(), root.clone())],
            root,
            root_type,
            out: String::new(),
            depth: 0,
            nesting: 0,
            steps: 0,
            exec_name: t.name.clone(),
        }
    }

    pub fn run(&mut self) -> XResult<()> {
        let Some(main) = self.t.trees.get(&self.t.name) else {
            return Err(self.err(
                None,
                format!("{:?} is an incomplete or empty template", self.t.name),
            ));
        };
        let dot = self.root.clone();
        self.walk_list(main, &dot)?;
        Ok(())
    }

    fn src(&self, pos: usize, end: usize) -> String {
        self.t.text.get(pos..end).unwrap_or("").to_string()
    }

    fn err(&self, at: Option<(usize, String)>, msg: String) -> Box<ExecError> {
        Box::new(ExecError {
            at,
            exec_name: self.exec_name.clone(),
            msg,
        })
    }

    fn err_arg(&self, a: &Arg, msg: String) -> Box<ExecError> {
        self.err(Some((a.pos, self.src(a.pos, a.end))), msg)
    }

    fn err_cmd(&self, c: &Cmd, msg: String) -> Box<ExecError> {
        self.err(Some((c.pos, self.src(c.pos, c.end))), msg)
    }

    fn err_pipe(&self, p: &Pipe, msg: String) -> Box<ExecError> {
        self.err(Some((p.pos, self.src(p.pos, p.end))), msg)
    }

    /// Counts one step; the message when the budget is spent.
    fn step(&mut self) -> Result<(), String> {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return Err(format!(
                "template execution stopped after {MAX_STEPS} steps"
            ));
        }
        Ok(())
    }

    /// One level deeper; the message when too deep. `self.nesting -= 1` undoes it.
    fn nest(&mut self) -> Result<(), String> {
        self.nesting += 1;
        if self.nesting > MAX_EXEC_NESTING {
            self.nesting -= 1;
            return Err(format!(
                "exceeded maximum nesting depth ({MAX_EXEC_NESTING})"
            ));
        }
        Ok(())
    }

    fn write(&mut self, s: &str) -> Result<(), String> {
        if self.out.len().saturating_add(s.len()) > MAX_OUTPUT {
            return Err(format!("template output exceeds {} MiB", MAX_OUTPUT >> 20));
        }
        self.out.push_str(s);
        Ok(())
    }

    fn walk_list(&mut self, list: &List, dot: &Val) -> XResult<Flow> {
        self.nest().map_err(|m| self.err(None, m))?;
        for n in list {
            match self.walk(n, dot)? {
                Flow::Normal => {}
                flow => {
                    self.nesting -= 1;
                    return Ok(flow);
                }
            }
        }
        self.nesting -= 1;
        Ok(Flow::Normal)
    }

    fn walk(&mut self, node: &Node, dot: &Val) -> XResult<Flow> {
        self.step().map_err(|m| self.err(None, m))?;
        match node {
            Node::Text(s) => {
                self.write(s).map_err(|m| self.err(None, m))?;
                Ok(Flow::Normal)
            }
            Node::Action(pipe) => self.walk_action(pipe, dot),
            Node::If(b) => self.walk_if(b, dot, false),
            Node::With(b) => self.walk_if(b, dot, true),
            Node::Range(b) => self.walk_range(b, dot),
            Node::Template {
                pos,
                end,
                name,
                pipe,
            } => self.walk_template(*pos, *end, name, pipe.as_ref(), dot),
            Node::Break => Ok(Flow::Break),
            Node::Continue => Ok(Flow::Continue),
        }
    }

    #[inline(never)]
    fn walk_action(&mut self, pipe: &Pipe, dot: &Val) -> XResult<Flow> {
        let v = self.eval_pipe(pipe, dot)?;
        if pipe.decl.is_empty() {
            self.write(&v.go_string())
                .map_err(|m| self.err_pipe(pipe, m))?;
        }
        Ok(Flow::Normal)
    }

    #[inline(never)]
    fn walk_if(&mut self, b: &Branch, dot: &Val, with: bool) -> XResult<Flow> {
        let mark = self.vars.len();
        let v = self.eval_pipe(&b.pipe, dot)?;
        let flow = if v.truth() {
            self.walk_list(&b.list, if with { &v } else { dot })?
        } else if let Some(e) = &b.else_list {
            self.walk_list(e, dot)?
        } else {
            Flow::Normal
        };
        self.vars.truncate(mark);
        Ok(flow)
    }

    /// The node's text for errors: `{{template "name" pipeline}}`.
    fn template_at(&self, pos: usize, end: usize) -> Option<(usize, String)> {
        let src = self.src(pos, end);
        let src = src.trim_end_matches("}}").trim_end_matches('-').trim_end();
        Some((pos, format!("{{{{{src}}}}}")))
    }

    #[inline(never)]
    fn walk_template(
        &mut self,
        pos: usize,
        end: usize,
        name: &str,
        pipe: Option<&Pipe>,
        dot: &Val,
    ) -> XResult<Flow> {
        let data = match pipe {
            Some(p) => self.eval_pipe(p, dot)?,
            None => Val::Nil,
        };
        let Some(tree) = self.t.trees.get(name) else {
            return Err(self.err(
                self.template_at(pos, end),
                format!("template {name:?} not defined"),
            ));
        };
        if self.depth >= MAX_TEMPLATE_DEPTH {
            return Err(self.err(
                self.template_at(pos, end),
                format!("exceeded maximum template depth ({MAX_TEMPLATE_DEPTH})"),
            ));
        }
        self.nest()
            .map_err(|m| self.err(self.template_at(pos, end), m))?;
        let vars = std::mem::replace(&mut self.vars, vec![("$".into(), data.clone())]);
        let name = std::mem::replace(&mut self.exec_name, name.to_string());
        self.depth += 1;
        let r = self.walk_list(tree, &data);
        self.depth -= 1;
        self.exec_name = name;
        self.vars = vars;
        self.nesting -= 1;
        r?;
        Ok(Flow::Normal)
    }

    fn walk_range(&mut self, b: &Branch, dot: &Val) -> XResult<Flow> {
        let mark = self.vars.len();
        let v = self.eval_pipe_decl(&b.pipe, dot, false)?;
        let items: Vec<(Val, Val)> = match &v {
            Val::List(l) => l
                .iter()
                .enumerate()
                .map(|(i, e)| (Val::Int(i as i128), e.clone()))
                .collect(),
            Val::Obj(o) if o.is_map => {
                let mut f: Vec<&(String, Val)> = o.fields.iter().collect();
                f.sort_by(|a, b| a.0.cmp(&b.0));
                f.into_iter()
                    .map(|(k, v)| (Val::Str(k.clone()), v.clone()))
                    .collect()
            }
            Val::Int(n) if *n >= 0 => {
                if *n > i128::from(MAX_STEPS) {
                    return Err(self.err_pipe(&b.pipe, format!("range can't iterate over {n}")));
                }
                (0..*n).map(|i| (Val::Int(i), Val::Int(i))).collect()
            }
            Val::Missing | Val::Nil => Vec::new(),
            other => {
                return Err(self.err_pipe(
                    &b.pipe,
                    format!("range can't iterate over {}", other.go_string()),
                ))
            }
        };
        let mut flow = Flow::Normal;
        if items.is_empty() {
            if let Some(e) = &b.else_list {
                flow = self.walk_list(e, dot)?;
            }
        }
        for (k, e) in items {
            self.step().map_err(|m| self.err_pipe(&b.pipe, m))?;
            self.vars.truncate(mark);
            match b.pipe.decl.as_slice() {
                [] => {}
                [one] => self.vars.push((one.clone(), e.clone())),
                [key, elem, ..] => {
                    self.vars.push((key.clone(), k));
                    self.vars.push((elem.clone(), e.clone()));
                }
            }
            match self.walk_list(&b.list, &e)? {
                Flow::Break => break,
                Flow::Continue | Flow::Normal => {}
            }
        }
        self.vars.truncate(mark);
        if matches!(flow, Flow::Break | Flow::Continue) {
            return Ok(flow);
        }
        Ok(Flow::Normal)
    }

    fn eval_pipe(&mut self, p: &Pipe, dot: &Val) -> XResult<Val> {
        self.eval_pipe_decl(p, dot, true)
    }

    /// Runs the commands of a pipeline; `declare` sets its variables (not for `range`, which
    /// sets them per iteration).
    fn eval_pipe_decl(&mut self, p: &Pipe, dot: &Val, declare: bool) -> XResult<Val> {
        self.nest().map_err(|m| self.err_pipe(p, m))?;
        let mut value: Option<Val> = None;
        for c in &p.cmds {
            let v = self.eval_cmd(c, dot, value.take())?;
            value = Some(v);
        }
        self.nesting -= 1;
        let v = value.unwrap_or(Val::Missing);
        if declare {
            for name in &p.decl {
                if p.assign {
                    if let Some(slot) = self.vars.iter_mut().rev().find(|(n, _)| n == name) {
                        slot.1 = v.clone();
                    }
                } else {
                    self.vars.push((name.clone(), v.clone()));
                }
            }
        }
        Ok(v)
    }

    fn not_a_function(&self, c: &Cmd, fin: &Option<Val>) -> XResult<()> {
        if c.args.len() > 1 || fin.is_some() {
            return Err(self.err_cmd(
                c,
                format!(
                    "can't give argument to non-function {}",
                    self.src(c.args[0].pos, c.args[0].end)
                ),
            ));
        }
        Ok(())
    }

    fn eval_cmd(&mut self, c: &Cmd, dot: &Val, fin: Option<Val>) -> XResult<Val> {
        self.step().map_err(|m| self.err_cmd(c, m))?;
        let first = &c.args[0];
        let has_args = c.args.len() > 1 || fin.is_some();
        match &first.kind {
            ArgKind::Field(names) => self.field_chain(first, dot, names, has_args),
            ArgKind::Chain(inner, names) => {
                let recv = self.eval_arg(inner, dot)?;
                self.field_chain(first, &recv, names, has_args)
            }
            ArgKind::Var(name, names) => {
                let v = self.var(first, name)?;
                if names.is_empty() {
                    self.not_a_function(c, &fin)?;
                    return Ok(v);
                }
                self.field_chain(first, &v, names, has_args)
            }
            ArgKind::Pipe(p) => {
                self.not_a_function(c, &fin)?;
                self.eval_pipe(p, dot)
            }
            ArgKind::Func(name) => self.call(c, name, dot, fin),
            ArgKind::Nil => Err(self.err_arg(first, "nil is not a command".into())),
            _ => {
                self.not_a_function(c, &fin)?;
                self.eval_arg(first, dot)
            }
        }
    }

    fn var(&self, a: &Arg, name: &str) -> XResult<Val> {
        self.vars
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| self.err_arg(a, format!("undefined variable: {name}")))
    }

    fn eval_arg(&mut self, a: &Arg, dot: &Val) -> XResult<Val> {
        Ok(match &a.kind {
            ArgKind::Dot => dot.clone(),
            ArgKind::Nil => Val::Nil,
            ArgKind::Bool(b) => Val::Bool(*b),
            ArgKind::Int(i) => Val::Int(*i),
            ArgKind::Float(f) => Val::Float(*f),
            ArgKind::Str(s) => Val::Str(s.clone()),
            ArgKind::Field(names) => self.field_chain(a, dot, names, false)?,
            ArgKind::Var(name, names) => {
                let v = self.var(a, name)?;
                if names.is_empty() {
                    v
                } else {
                    self.field_chain(a, &v, names, false)?
                }
            }
            ArgKind::Pipe(p) => self.eval_pipe(p, dot)?,
            ArgKind::Chain(inner, names) => {
                let recv = self.eval_arg(inner, dot)?;
                self.field_chain(a, &recv, names, false)?
            }
            ArgKind::Func(name) => {
                let cmd = Cmd {
                    pos: a.pos,
                    end: a.end,
                    args: vec![Arg {
                        pos: a.pos,
                        end: a.end,
                        kind: ArgKind::Func(name.clone()),
                    }],
                };
                self.call(&cmd, name, dot, None)?
            }
        })
    }

    fn field_chain(&self, a: &Arg, recv: &Val, names: &[String], has_args: bool) -> XResult<Val> {
        let mut v = recv.clone();
        for (i, name) in names.iter().enumerate() {
            if i + 1 == names.len() && has_args {
                return Err(self.err_arg(
                    a,
                    format!("{name} has arguments but cannot be invoked as function"),
                ));
            }
            v = self.field(a, &v, name)?;
        }
        Ok(v)
    }

    fn field(&self, a: &Arg, recv: &Val, name: &str) -> XResult<Val> {
        match recv {
            Val::Obj(o) => {
                if let Some((_, v)) = o.fields.iter().find(|(k, _)| k == name) {
                    return Ok(v.clone());
                }
                if o.is_map {
                    return Ok(Val::Missing);
                }
                // A struct field named as in Go while the document has its JSON name
                // (`{{.Host.Arch}}` for "host"/"arch", `{{.NetworkInterface}}` for
                // "network_interface").
                let norm = |s: &str| s.replace('_', "").to_ascii_lowercase();
                let want = norm(name);
                if let Some((_, v)) = o.fields.iter().find(|(k, _)| norm(k) == want) {
                    return Ok(v.clone());
                }
                let is_root = matches!(&self.root, Val::Obj(r) if Rc::ptr_eq(r, o));
                let ty = if is_root { self.root_type } else { "struct" };
                Err(self.err_arg(a, format!("can't evaluate field {name} in type {ty}")))
            }
            Val::Missing | Val::Nil => Ok(Val::Missing),
            other => Err(self.err_arg(
                a,
                format!(
                    "can't evaluate field {name} in type {}",
                    other.type_name("struct")
                ),
            )),
        }
    }

    fn call(&mut self, c: &Cmd, name: &str, dot: &Val, fin: Option<Val>) -> XResult<Val> {
        let args = if c.args.len() > 1 {
            &c.args[1..]
        } else {
            &[][..]
        };
        if name == "and" || name == "or" {
            let n = args.len() + usize::from(fin.is_some());
            if n == 0 {
                return Err(self.err_cmd(
                    c,
                    format!("wrong number of args for {name}: want at least 1 got 0"),
                ));
            }
            let mut last = Val::Missing;
            for a in args {
                last = self.eval_arg(a, dot)?;
                if last.truth() == (name == "or") {
                    return Ok(last);
                }
            }
            if let Some(f) = fin {
                last = f;
            }
            return Ok(last);
        }
        let Some(f) = funcs::lookup(name) else {
            return Err(self.err_cmd(c, format!("{name:?} is not a defined function")));
        };
        let mut vals = Vec::with_capacity(args.len() + 1);
        for a in args {
            vals.push(self.eval_arg(a, dot)?);
        }
        if let Some(f) = fin {
            vals.push(f);
        }
        let v = f(&vals).map_err(|e| match e {
            FnError::Args(m) => self.err_cmd(c, m),
            FnError::Call(m) => self.err_cmd(c, format!("error calling {name}: {m}")),
        })?;
        if let Val::Str(s) = &v {
            if s.len() > MAX_OUTPUT {
                return Err(self.err_cmd(
                    c,
                    format!(
                        "error calling {name}: result exceeds {} MiB",
                        MAX_OUTPUT >> 20
                    ),
                ));
            }
        }
        Ok(v)
    }
}

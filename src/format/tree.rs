//! What gotmpl's parser leaves to its user, done on the syntax tree it exposes
//! (`gotmpl::parse`):
//!
//! * Go's parse-time checks that gotmpl defers or skips: functions and variables are defined,
//!   `{{break}}`/`{{continue}}` sit in a `{{range}}`, later pipeline stages are executable,
//!   and every block is closed (gotmpl stops silently at a stray `{{end}}`).
//! * Hooks for execution: field accesses become calls of the `FIELD` function (podman's
//!   data has structs, where an unknown field is an error, and maps, where it is
//!   `<no value>`; gotmpl has only maps), and function calls, `{{template}}` and `{{range}}`
//!   pass through functions that note where execution is, so an error names its place as
//!   Go's do (`template: NAME:LINE:COL: executing "NAME" at <NODE>: ...`). What an action
//!   prints passes through `SHOW`: gotmpl prints every nil as `<no value>`, Go only a
//!   missing map key, and a nil that is there (JSON's null) as `<nil>`.

use gotmpl::parse::{
    BranchNode, CommandNode, Expr, ListNode, Node, Number, PipeNode, Pos, SmolStr,
};

/// Hook function names: not identifiers, so no template can name them.
pub const FIELD: &str = "skiff:field";
pub const CALL: &str = "skiff:call";
pub const DONE: &str = "skiff:done";
pub const TEMPLATE: &str = "skiff:template";
pub const RANGE: &str = "skiff:range";
pub const ARG: &str = "skiff:arg";
pub const SHOW: &str = "skiff:show";

/// A parse-time error at a byte offset of the template text.
#[derive(Debug)]
pub struct TreeError {
    pub offset: usize,
    pub msg: String,
}

fn err<T>(pos: Pos, msg: String) -> Result<T, TreeError> {
    Err(TreeError {
        offset: pos.offset,
        msg,
    })
}

/// Go's parse-time checks on one template's tree (the main one or a `{{define}}`).
pub fn check(tree: &ListNode, is_func: &dyn Fn(&str) -> bool) -> Result<(), TreeError> {
    Checker {
        is_func,
        vars: vec!["$".into()],
        ranges: 0,
    }
    .list(tree)
}

struct Checker<'a> {
    is_func: &'a dyn Fn(&str) -> bool,
    vars: Vec<SmolStr>,
    ranges: usize,
}

impl Checker<'_> {
    fn list(&mut self, l: &ListNode) -> Result<(), TreeError> {
        l.nodes.iter().try_for_each(|n| self.node(n))
    }

    fn node(&mut self, n: &Node) -> Result<(), TreeError> {
        match n {
            Node::Action(a) => self.pipe(&a.pipe),
            Node::If(b) | Node::With(b) => self.branch(b, false),
            Node::Range(b) => self.branch(b, true),
            Node::Template(t) => t.pipe.as_ref().map_or(Ok(()), |p| self.pipe(p)),
            Node::List(l) => self.list(l),
            Node::Break(p) if self.ranges == 0 => err(*p, "{{break}} outside {{range}}".into()),
            Node::Continue(p) if self.ranges == 0 => {
                err(*p, "{{continue}} outside {{range}}".into())
            }
            _ => Ok(()),
        }
    }

    /// Variables declared in a block's pipeline or body end with the block, as in Go.
    fn branch(&mut self, b: &BranchNode, range: bool) -> Result<(), TreeError> {
        let mark = self.vars.len();
        self.pipe(&b.pipe)?;
        self.ranges += usize::from(range);
        let body = self.list(&b.body);
        self.ranges -= usize::from(range);
        body?;
        if let Some(e) = &b.else_body {
            self.list(e)?;
        }
        self.vars.truncate(mark);
        Ok(())
    }

    fn pipe(&mut self, p: &PipeNode) -> Result<(), TreeError> {
        if p.is_assign {
            for v in &p.decl {
                self.var(p.pos, v)?;
            }
        } else {
            self.vars.extend(p.decl.iter().cloned());
        }
        for (i, c) in p.commands.iter().enumerate() {
            if i > 0
                && matches!(
                    c.args.first(),
                    Some(
                        Expr::Bool(..)
                            | Expr::Dot(_)
                            | Expr::Nil(_)
                            | Expr::Number(..)
                            | Expr::String(..)
                    )
                )
            {
                return err(
                    c.pos,
                    format!("non executable command in pipeline stage {}", i + 1),
                );
            }
            c.args.iter().try_for_each(|a| self.expr(a))?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), TreeError> {
        match e {
            Expr::Variable(p, name, _) => self.var(*p, name),
            Expr::Identifier(p, name) if !(self.is_func)(name) => {
                err(*p, format!("function {:?} not defined", name.as_str()))
            }
            Expr::Pipe(_, pipe) => self.pipe(pipe),
            Expr::Chain(_, inner, _) => self.expr(inner),
            _ => Ok(()),
        }
    }

    fn var(&self, pos: Pos, name: &SmolStr) -> Result<(), TreeError> {
        if self.vars.contains(name) {
            return Ok(());
        }
        err(pos, format!("undefined variable {:?}", name.as_str()))
    }
}

const SENTINEL: &str = "skiff_end_of_template";

enum Sentinel {
    Last,
    Inside,
    Dropped,
}

fn is_sentinel(n: &Node) -> bool {
    matches!(n, Node::Action(a) if matches!(
        a.pipe.commands.first().and_then(|c| c.args.first()),
        Some(Expr::Identifier(_, name)) if name == SENTINEL
    ))
}

fn contains_sentinel(l: &ListNode) -> bool {
    l.nodes.iter().any(|n| match n {
        Node::List(l) => contains_sentinel(l),
        Node::If(b) | Node::With(b) | Node::Range(b) => {
            contains_sentinel(&b.body) || b.else_body.as_ref().is_some_and(contains_sentinel)
        }
        n => is_sentinel(n),
    })
}

/// Parses `text` with an action of the sentinel function inserted at byte `at` and says where
/// the parser put it: last in the main template, inside some block, or nowhere (the parser
/// stopped before it).
fn sentinel_at(text: &str, at: usize) -> Sentinel {
    let t = format!("{} {{{{{SENTINEL}}}}} {}", &text[..at], &text[at..]);
    let Ok((main, defines)) = gotmpl::parse::Parser::new(&t, "{{", "}}").and_then(|p| p.parse())
    else {
        return Sentinel::Dropped;
    };
    let blank = |n: &&Node| matches!(n, Node::Text(t) if t.text.trim().is_empty());
    if main
        .nodes
        .iter()
        .rev()
        .find(|n| !blank(n))
        .is_some_and(is_sentinel)
    {
        Sentinel::Last
    } else if contains_sentinel(&main) || defines.iter().any(|d| contains_sentinel(&d.body)) {
        Sentinel::Inside
    } else {
        Sentinel::Dropped
    }
}

/// Every `{{if}}`, `{{range}}`, `{{with}}`, `{{define}}` and `{{block}}` is closed and no
/// `{{end}}` or `{{else}}` stands outside one: Go's "unexpected EOF" and "unexpected {{end}}".
/// gotmpl accepts an unclosed block and stops at a stray `{{end}}` without a word, so an
/// action appended to the text tells which happened, and for a stray keyword, inserting it
/// before each candidate finds the first one the parser stops at.
pub fn check_closed(text: &str) -> Result<(), TreeError> {
    match sentinel_at(text, text.len()) {
        Sentinel::Last => Ok(()),
        Sentinel::Inside => Err(TreeError {
            offset: text.len(),
            msg: "unexpected EOF".into(),
        }),
        Sentinel::Dropped => {
            let re = regex::Regex::new(r"\{\{(?:-\s)?\s*(end|else)\b").expect("valid regex");
            let keywords: Vec<(usize, &str)> = re
                .captures_iter(text)
                .filter_map(|c| Some((c.get(0)?.start(), c.get(1)?.as_str())))
                .collect();
            // The stray keyword is the last one the sentinel can still be put before.
            let (mut lo, mut hi) = (0, keywords.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if matches!(sentinel_at(text, keywords[mid].0), Sentinel::Dropped) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            let (offset, keyword) = lo
                .checked_sub(1)
                .map_or((text.len(), "end"), |i| keywords[i]);
            Err(TreeError {
                offset,
                msg: format!("unexpected {{{{{keyword}}}}}"),
            })
        }
    }
}

/// What a hook stands for, for its errors.
pub enum Kind {
    /// A chain of field names.
    Field(Vec<SmolStr>),
    /// A function call.
    Call(SmolStr),
    Template,
    Range,
}

/// A place in the template that execution can fail at.
pub struct Site {
    /// The template executing there: the main one or a `{{define}}`d one.
    pub template: String,
    pub offset: usize,
    /// The node as Go prints it in errors.
    pub context: String,
    pub kind: Kind,
}

/// Rewrites one template's tree (parsed from `text`) to call the hooks, adding their sites
/// to `sites`.
pub fn instrument(tree: &mut ListNode, text: &str, template: &str, sites: &mut Vec<Site>) {
    Instrument {
        text,
        template,
        sites,
    }
    .list(tree);
}

struct Instrument<'a> {
    text: &'a str,
    template: &'a str,
    sites: &'a mut Vec<Site>,
}

fn command(pos: Pos, hook: &str, site: usize, args: Vec<Expr>) -> CommandNode {
    let mut all = vec![
        Expr::Identifier(pos, hook.into()),
        Expr::Number(pos, Number::Int(site as i64)),
    ];
    all.extend(args);
    CommandNode { pos, args: all }
}

fn pipe(pos: Pos, commands: Vec<CommandNode>) -> Expr {
    Expr::Pipe(
        pos,
        PipeNode {
            pos,
            decl: Vec::new(),
            commands,
            is_assign: false,
        },
    )
}

fn is_and_or(name: &str) -> bool {
    name == "and" || name == "or"
}

impl Instrument<'_> {
    fn site(&mut self, offset: usize, context: String, kind: Kind) -> usize {
        self.sites.push(Site {
            template: self.template.to_string(),
            offset,
            context,
            kind,
        });
        self.sites.len() - 1
    }

    fn list(&mut self, l: &mut ListNode) {
        for n in &mut l.nodes {
            self.node(n);
        }
    }

    fn node(&mut self, n: &mut Node) {
        match n {
            Node::Action(a) => {
                self.pipe(&mut a.pipe);
                if a.pipe.decl.is_empty() {
                    let pos = a.pos;
                    a.pipe.commands.push(CommandNode {
                        pos,
                        args: vec![Expr::Identifier(pos, SHOW.into())],
                    });
                }
            }
            Node::If(b) | Node::With(b) => self.branch(b, None),
            Node::Range(b) => {
                // Go places a block at its pipeline.
                let id = self.site(
                    b.pipe.pos.offset,
                    format!("{{{{range {}}}}}", pipe_text(&b.pipe)),
                    Kind::Range,
                );
                self.branch(b, Some(command(b.pos, RANGE, id, Vec::new())));
            }
            Node::Template(t) => {
                let context = match &t.pipe {
                    Some(p) => format!("{{{{template {:?} {}}}}}", t.name.as_str(), pipe_text(p)),
                    None => format!("{{{{template {:?}}}}}", t.name.as_str()),
                };
                // Go places `{{template "name"}}` at the name, gotmpl at the keyword.
                let offset = self
                    .text
                    .get(t.pos.offset..)
                    .and_then(|r| r.strip_prefix("template").or(r.strip_prefix("block")))
                    .map_or(t.pos.offset, |r| self.text.len() - r.trim_start().len());
                let id = self.site(offset, context, Kind::Template);
                match &mut t.pipe {
                    Some(p) => {
                        self.pipe(p);
                        p.commands.push(command(t.pos, TEMPLATE, id, Vec::new()));
                    }
                    // gotmpl passes dot when there is no pipeline.
                    None => {
                        t.pipe = Some(PipeNode {
                            pos: t.pos,
                            decl: Vec::new(),
                            commands: vec![command(t.pos, TEMPLATE, id, vec![Expr::Dot(t.pos)])],
                            is_assign: false,
                        });
                    }
                }
            }
            Node::List(l) => self.list(l),
            _ => {}
        }
    }

    /// `hook`, a last pipeline stage, sees the pipeline's value.
    fn branch(&mut self, b: &mut BranchNode, hook: Option<CommandNode>) {
        self.pipe(&mut b.pipe);
        b.pipe.commands.extend(hook);
        self.list(&mut b.body);
        if let Some(e) = &mut b.else_body {
            self.list(e);
        }
    }

    fn pipe(&mut self, p: &mut PipeNode) {
        let commands = std::mem::take(&mut p.commands);
        for (i, c) in commands.into_iter().enumerate() {
            self.command(c, i > 0, &mut p.commands);
        }
    }

    /// One command, to `out` (a function call takes hooks before and after it).
    fn command(&mut self, c: CommandNode, piped: bool, out: &mut Vec<CommandNode>) {
        let context = cmd_text(&c);
        let mut args = c.args.into_iter();
        let Some(first) = args.next() else { return };
        let rest: Vec<Expr> = args.map(|a| self.arg(a)).collect();
        match first {
            Expr::Identifier(_, name) if !is_and_or(&name) => {
                self.call(c.pos, name, context, rest, piped, out);
            }
            // `f x`.Field: a function's result, then fields. (Piped into, it stays gotmpl's.)
            Expr::Chain(pos, inner, fields)
                if !piped && matches!(&*inner, Expr::Identifier(_, n) if !is_and_or(n)) =>
            {
                let Expr::Identifier(_, name) = *inner else {
                    return;
                };
                let mut call = Vec::new();
                let call_text = std::iter::once(name.to_string())
                    .chain(rest.iter().map(expr_text))
                    .collect::<Vec<_>>()
                    .join(" ");
                self.call(c.pos, name, call_text, rest, false, &mut call);
                let id = self.site(pos.offset, context, Kind::Field(fields));
                out.push(command(c.pos, FIELD, id, vec![pipe(pos, call)]));
            }
            first @ (Expr::Field(..) | Expr::Chain(..) | Expr::Variable(..))
                if has_fields(&first) =>
            {
                let pos = first.pos();
                let text = expr_text(&first);
                let (recv, fields) = self.receiver(first);
                let id = self.site(pos.offset, text, Kind::Field(fields));
                let mut args = vec![recv];
                args.extend(rest);
                out.push(command(c.pos, FIELD, id, args));
            }
            first => {
                let mut args = vec![self.arg(first)];
                args.extend(rest);
                out.push(CommandNode { pos: c.pos, args });
            }
        }
    }

    /// The value a field chain starts from, and the chain.
    fn receiver(&mut self, e: Expr) -> (Expr, Vec<SmolStr>) {
        match e {
            Expr::Field(pos, fields) => (Expr::Dot(pos), fields),
            Expr::Variable(pos, name, fields) => (Expr::Variable(pos, name, Vec::new()), fields),
            Expr::Chain(_, inner, fields) => (self.arg(*inner), fields),
            other => (other, Vec::new()),
        }
    }

    /// A function call: its last argument passes through the `CALL` hook, which notes the
    /// call as under way (the arguments are evaluated by then), and its result through the
    /// `DONE` hook. `printf`'s arguments all go through `ARG` too, to be checked first.
    fn call(
        &mut self,
        pos: Pos,
        name: SmolStr,
        context: String,
        mut args: Vec<Expr>,
        piped: bool,
        out: &mut Vec<CommandNode>,
    ) {
        let id = self.site(pos.offset, context, Kind::Call(name.clone()));
        if name == "printf" {
            let n = args.len().saturating_sub(1);
            for a in &mut args[..n] {
                let e = std::mem::replace(a, Expr::Nil(pos));
                *a = pipe(pos, vec![command(pos, ARG, id, vec![e])]);
            }
            if piped && !args.is_empty() {
                out.push(command(pos, ARG, id, Vec::new()));
            }
        }
        let mut first = None;
        match args.pop() {
            Some(last) => args.push(pipe(pos, vec![command(pos, CALL, id, vec![last])])),
            None if piped => out.push(command(pos, CALL, id, Vec::new())),
            // Nothing to carry the hook: `and` runs it first (it gives true) and then gives
            // the call's value.
            None => {
                first = Some(pipe(
                    pos,
                    vec![command(pos, CALL, id, vec![Expr::Bool(pos, true)])],
                ))
            }
        }
        let mut all = vec![Expr::Identifier(pos, name)];
        all.extend(args);
        let call = CommandNode { pos, args: all };
        let done = command(pos, DONE, id, Vec::new());
        match first {
            Some(hook) => out.push(CommandNode {
                pos,
                args: vec![
                    Expr::Identifier(pos, "and".into()),
                    hook,
                    pipe(pos, vec![call, done]),
                ],
            }),
            None => out.extend([call, done]),
        }
    }

    /// An argument: field chains and function names become hooked pipelines.
    fn arg(&mut self, e: Expr) -> Expr {
        match e {
            Expr::Pipe(pos, mut p) => {
                self.pipe(&mut p);
                Expr::Pipe(pos, p)
            }
            e if has_fields(&e) || matches!(&e, Expr::Identifier(_, n) if !is_and_or(n)) => {
                let pos = e.pos();
                let mut out = Vec::new();
                self.command(CommandNode { pos, args: vec![e] }, false, &mut out);
                pipe(pos, out)
            }
            e => e,
        }
    }
}

fn has_fields(e: &Expr) -> bool {
    match e {
        Expr::Field(_, f) | Expr::Variable(_, _, f) | Expr::Chain(_, _, f) => !f.is_empty(),
        _ => false,
    }
}

/// A node as Go's `String()` prints it, for error contexts.
pub fn expr_text(e: &Expr) -> String {
    let fields = |f: &[SmolStr]| f.iter().map(|f| format!(".{f}")).collect::<String>();
    match e {
        Expr::Dot(_) => ".".into(),
        Expr::Field(_, f) => fields(f),
        Expr::Variable(_, name, f) => format!("{name}{}", fields(f)),
        Expr::Identifier(_, name) => name.to_string(),
        Expr::String(_, s) => format!("{s:?}"),
        Expr::Number(_, Number::Int(i)) => i.to_string(),
        Expr::Number(_, Number::Uint(u)) => u.to_string(),
        Expr::Number(_, Number::Float(f)) => f.to_string(),
        Expr::Bool(_, b) => b.to_string(),
        Expr::Nil(_) => "nil".into(),
        Expr::Pipe(_, p) => format!("({})", pipe_text(p)),
        Expr::Chain(_, inner, f) => format!("{}{}", expr_text(inner), fields(f)),
    }
}

fn cmd_text(c: &CommandNode) -> String {
    c.args.iter().map(expr_text).collect::<Vec<_>>().join(" ")
}

fn pipe_text(p: &PipeNode) -> String {
    let cmds = p
        .commands
        .iter()
        .map(cmd_text)
        .collect::<Vec<_>>()
        .join(" | ");
    if p.decl.is_empty() {
        return cmds;
    }
    let decl: Vec<&str> = p.decl.iter().map(SmolStr::as_str).collect();
    let op = if p.is_assign { "=" } else { ":=" };
    format!("{} {op} {cmds}", decl.join(", "))
}

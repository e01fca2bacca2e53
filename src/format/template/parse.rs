//! Parser of Go's text/template syntax into a tree of nodes (`define`, `block`, `template`,
//! `if`/`else if`, `with`/`else with`, `range` with `break`/`continue`, variables, pipelines,
//! parenthesized pipelines and field chains).

use super::lex::{lex, Tok, Token};
use std::collections::HashMap;

/// Deepest nesting of control structures and parentheses accepted.
pub const MAX_NESTING: usize = 100;

pub type List = Vec<Node>;

#[derive(Debug)]
pub enum Node {
    Text(String),
    Action(Pipe),
    If(Branch),
    With(Branch),
    Range(Branch),
    Template {
        pos: usize,
        end: usize,
        name: String,
        pipe: Option<Pipe>,
    },
    Break,
    Continue,
}

#[derive(Debug)]
pub struct Branch {
    pub pipe: Pipe,
    pub list: List,
    pub else_list: Option<List>,
}

#[derive(Debug)]
pub struct Pipe {
    pub pos: usize,
    pub end: usize,
    pub decl: Vec<String>,
    pub assign: bool,
    pub cmds: Vec<Cmd>,
}

#[derive(Debug)]
pub struct Cmd {
    pub pos: usize,
    pub end: usize,
    pub args: Vec<Arg>,
}

#[derive(Debug)]
pub struct Arg {
    pub pos: usize,
    pub end: usize,
    pub kind: ArgKind,
}

#[derive(Debug)]
pub enum ArgKind {
    /// `.A.B`
    Field(Vec<String>),
    /// `$x.A.B`
    Var(String, Vec<String>),
    Dot,
    Nil,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    /// A function name.
    Func(String),
    /// `(pipeline)`
    Pipe(Box<Pipe>),
    /// `(pipeline).A.B`
    Chain(Box<Arg>, Vec<String>),
}

/// A parse error: byte offset and Go's message.
#[derive(Debug)]
pub struct ParseError {
    pub pos: usize,
    pub msg: String,
}

type PResult<T> = Result<T, ParseError>;

/// Every template of one text: the main one under `name`, plus `define`d and `block`s.
pub fn parse(
    name: &str,
    text: &str,
    is_func: &dyn Fn(&str) -> bool,
) -> PResult<HashMap<String, List>> {
    let toks = lex(text).map_err(|e| ParseError {
        pos: e.pos,
        msg: e.msg,
    })?;
    let mut p = Parser {
        toks,
        i: 0,
        vars: vec!["$".into()],
        range_depth: 0,
        nesting: 0,
        trees: HashMap::new(),
        is_func,
    };
    let mut main = Vec::new();
    loop {
        if p.peek().tok == Tok::Eof {
            break;
        }
        // `{{define "name"}}...{{end}}` only at the top level.
        if p.peek().tok == Tok::LeftDelim {
            let save = p.i;
            p.next();
            if p.peek_non_space().tok == Tok::Ident("define".into()) {
                p.next_non_space();
                p.definition()?;
                continue;
            }
            p.i = save;
        }
        match p.text_or_action()? {
            Item::Node(n) => main.push(n),
            Item::End(pos) => return Err(p.err_at(pos, "unexpected {{end}}")),
            Item::Else(pos, _) => return Err(p.err_at(pos, "unexpected {{else}}")),
        }
    }
    // A definition does not replace a non-empty main template of the same name.
    let mut trees = std::mem::take(&mut p.trees);
    if !is_empty_list(&main) || !trees.contains_key(name) {
        trees.insert(name.to_string(), main);
    }
    Ok(trees)
}

fn is_empty_list(l: &List) -> bool {
    l.iter().all(|n| match n {
        Node::Text(t) => t.trim().is_empty(),
        _ => false,
    })
}

enum Item {
    Node(Node),
    End(usize),
    /// `{{else}}`; the bool says an `if` or `with` keyword follows (`{{else if ...}}`).
    Else(usize, Option<String>),
}

struct Parser<'f> {
    toks: Vec<Token>,
    i: usize,
    vars: Vec<String>,
    range_depth: usize,
    nesting: usize,
    trees: HashMap<String, List>,
    is_func: &'f dyn Fn(&str) -> bool,
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Text(s) => format!("{s:?}"),
        Tok::LeftDelim => "<left delim>".into(),
        Tok::RightDelim => "<right delim>".into(),
        Tok::Space => "space".into(),
        Tok::Ident(s) => match s.as_str() {
            "block" | "break" | "continue" | "define" | "else" | "end" | "if" | "range"
            | "template" | "with" => format!("<{s}>"),
            _ => format!("{s:?}"),
        },
        Tok::Field(s) => format!("\".{s}\""),
        Tok::Variable(s) => format!("{s:?}"),
        Tok::Dot => "\".\"".into(),
        Tok::Str(s) => format!("{s:?}"),
        Tok::Number(s) => format!("{s:?}"),
        Tok::Char(c) => format!("{c:?}"),
        Tok::LParen => "\"(\"".into(),
        Tok::RParen => "\")\"".into(),
        Tok::Pipe => "\"|\"".into(),
        Tok::Declare => "\":=\"".into(),
        Tok::Assign => "\"=\"".into(),
        Tok::Comma => "\",\"".into(),
        Tok::Eof => "EOF".into(),
    }
}

impl Parser<'_> {
    fn peek(&self) -> &Token {
        &self.toks[self.i.min(self.toks.len() - 1)]
    }
    fn next(&mut self) -> Token {
        let t = self.peek().clone();
        if self.i < self.toks.len() - 1 {
            self.i += 1;
        }
        t
    }
    fn peek_non_space(&mut self) -> Token {
        while self.peek().tok == Tok::Space {
            self.next();
        }
        self.peek().clone()
    }
    fn next_non_space(&mut self) -> Token {
        self.peek_non_space();
        self.next()
    }
    fn err_at(&self, pos: usize, msg: &str) -> ParseError {
        ParseError {
            pos,
            msg: msg.to_string(),
        }
    }
    fn unexpected(&self, t: &Token, context: &str) -> ParseError {
        if t.tok == Tok::Eof {
            return self.err_at(t.pos, "unexpected EOF");
        }
        self.err_at(
            t.pos,
            &format!("unexpected {} in {context}", describe(&t.tok)),
        )
    }
    fn expect_right(&mut self, context: &str) -> PResult<Token> {
        let t = self.next_non_space();
        if t.tok != Tok::RightDelim {
            return Err(self.unexpected(&t, context));
        }
        Ok(t)
    }
    fn enter(&mut self, pos: usize) -> PResult<()> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            return Err(self.err_at(
                pos,
                &format!("exceeded maximum nesting depth ({MAX_NESTING})"),
            ));
        }
        Ok(())
    }
    fn leave(&mut self) {
        self.nesting -= 1;
    }

    /// `{{define "name"}}` has been read up to the name.
    fn definition(&mut self) -> PResult<()> {
        let t = self.next_non_space();
        let Tok::Str(name) = t.tok.clone() else {
            return Err(self.unexpected(&t, "define clause"));
        };
        self.expect_right("define clause")?;
        let saved = std::mem::replace(&mut self.vars, vec!["$".into()]);
        self.enter(t.pos)?;
        let (list, end) = self.item_list()?;
        self.leave();
        self.vars = saved;
        if let Item::Else(pos, _) = end {
            return Err(self.err_at(pos, "unexpected {{else}} in define clause"));
        }
        self.trees.insert(name, list);
        Ok(())
    }

    /// Nodes up to `{{end}}` or `{{else}}`.
    fn item_list(&mut self) -> PResult<(List, Item)> {
        let mut list = Vec::new();
        loop {
            if self.peek().tok == Tok::Eof {
                return Err(self.err_at(self.peek().pos, "unexpected EOF"));
            }
            match self.text_or_action()? {
                Item::Node(n) => list.push(n),
                end => return Ok((list, end)),
            }
        }
    }

    fn text_or_action(&mut self) -> PResult<Item> {
        let t = self.next();
        match t.tok {
            Tok::Text(s) => Ok(Item::Node(Node::Text(s))),
            Tok::LeftDelim => self.action(),
            _ => Err(self.unexpected(&t, "input")),
        }
    }

    /// After `{{`.
    fn action(&mut self) -> PResult<Item> {
        let t = self.peek_non_space();
        if let Tok::Ident(kw) = &t.tok {
            match kw.as_str() {
                "block" => {
                    self.next();
                    return self.block(t.pos).map(Item::Node);
                }
                "break" | "continue" => {
                    self.next();
                    if self.range_depth == 0 {
                        return Err(
                            self.err_at(t.pos, &format!("{{{{{kw}}}}} outside {{{{range}}}}"))
                        );
                    }
                    let close = self.next_non_space();
                    if close.tok != Tok::RightDelim {
                        return Err(self.unexpected(&close, &format!("{{{{{kw}}}}}")));
                    }
                    return Ok(Item::Node(if kw == "break" {
                        Node::Break
                    } else {
                        Node::Continue
                    }));
                }
                "else" => {
                    self.next();
                    let n = self.peek_non_space();
                    if let Tok::Ident(k) = &n.tok {
                        if k == "if" || k == "with" {
                            return Ok(Item::Else(t.pos, Some(k.clone())));
                        }
                    }
                    self.expect_right("else")?;
                    return Ok(Item::Else(t.pos, None));
                }
                "end" => {
                    self.next();
                    self.expect_right("end")?;
                    return Ok(Item::End(t.pos));
                }
                "if" | "with" | "range" => {
                    self.next();
                    let kw = kw.clone();
                    return self.control(&kw, t.pos).map(Item::Node);
                }
                "template" => {
                    self.next();
                    return self.template(t.pos).map(Item::Node);
                }
                _ => {}
            }
        }
        let pipe = self.pipeline("command", Tok::RightDelim)?;
        Ok(Item::Node(Node::Action(pipe)))
    }

    fn control(&mut self, context: &str, pos: usize) -> PResult<Node> {
        self.enter(pos)?;
        let mark = self.vars.len();
        let pipe = self.pipeline(context, Tok::RightDelim)?;
        if context == "range" {
            self.range_depth += 1;
        }
        let (list, end) = self.item_list()?;
        if context == "range" {
            self.range_depth -= 1;
        }
        let else_list = match end {
            Item::End(_) => None,
            Item::Else(epos, Some(kw)) if kw == context => {
                // `{{else if x}}` is `{{else}}{{if x}}...{{end}}{{end}}` sharing one end.
                self.next_non_space();
                Some(vec![self.control(&kw, epos)?])
            }
            Item::Else(epos, Some(kw)) => {
                return Err(self.err_at(epos, &format!("unexpected <{kw}> in else")));
            }
            Item::Else(_, None) => {
                let (l, end) = self.item_list()?;
                if let Item::Else(epos, _) = end {
                    return Err(self.err_at(epos, "expected end; found {{else}}"));
                }
                Some(l)
            }
            Item::Node(_) => None,
        };
        self.vars.truncate(mark);
        self.leave();
        let b = Branch {
            pipe,
            list,
            else_list,
        };
        Ok(match context {
            "if" => Node::If(b),
            "with" => Node::With(b),
            _ => Node::Range(b),
        })
    }

    fn template(&mut self, pos: usize) -> PResult<Node> {
        let t = self.next_non_space();
        let Tok::Str(name) = t.tok.clone() else {
            return Err(self.unexpected(&t, "template clause"));
        };
        let pipe = if self.peek_non_space().tok == Tok::RightDelim {
            self.next();
            None
        } else {
            Some(self.pipeline("template clause", Tok::RightDelim)?)
        };
        let end = self.toks[self.i.saturating_sub(1)].end;
        Ok(Node::Template {
            pos,
            end,
            name,
            pipe,
        })
    }

    /// `{{block "name" pipeline}}default{{end}}`: defines `name` and runs it.
    fn block(&mut self, pos: usize) -> PResult<Node> {
        let t = self.next_non_space();
        let Tok::Str(name) = t.tok.clone() else {
            return Err(self.unexpected(&t, "block clause"));
        };
        let pipe = self.pipeline("block clause", Tok::RightDelim)?;
        let end = self.toks[self.i.saturating_sub(1)].end;
        let saved = std::mem::replace(&mut self.vars, vec!["$".into()]);
        self.enter(pos)?;
        let (list, close) = self.item_list()?;
        self.leave();
        self.vars = saved;
        if let Item::Else(epos, _) = close {
            return Err(self.err_at(epos, "unexpected {{else}} in block clause"));
        }
        self.trees.insert(name.clone(), list);
        Ok(Node::Template {
            pos,
            end,
            name,
            pipe: Some(pipe),
        })
    }

    /// A pipeline up to `close` (the right delimiter or a right paren), which is consumed.
    fn pipeline(&mut self, context: &str, close: Tok) -> PResult<Pipe> {
        let start = self.peek_non_space().pos;
        let mut decl = Vec::new();
        let mut assign = false;
        // Declarations: `$x :=`, `$x =`, and in range `$i, $e :=`.
        loop {
            let v = self.peek_non_space();
            let Tok::Variable(name) = v.tok.clone() else {
                break;
            };
            let save = self.i;
            self.next();
            let after = self.peek_non_space();
            match after.tok {
                Tok::Declare | Tok::Assign => {
                    self.next();
                    assign = after.tok == Tok::Assign;
                    if assign && !self.vars.contains(&name) {
                        return Err(self.err_at(v.pos, &format!("undefined variable {name:?}")));
                    }
                    decl.push(name.clone());
                    if !assign {
                        self.vars.push(name);
                    }
                    break;
                }
                Tok::Comma => {
                    self.next();
                    decl.push(name.clone());
                    self.vars.push(name);
                    if context != "range" || decl.len() >= 2 {
                        return Err(
                            self.err_at(v.pos, &format!("too many declarations in {context}"))
                        );
                    }
                    if !matches!(self.peek_non_space().tok, Tok::Variable(_)) {
                        return Err(self.err_at(v.pos, "range can only initialize variables"));
                    }
                }
                _ => {
                    if !decl.is_empty() {
                        return Err(self.err_at(v.pos, "range can only initialize variables"));
                    }
                    self.i = save;
                    break;
                }
            }
        }
        let mut cmds = Vec::new();
        loop {
            let t = self.peek_non_space();
            if t.tok == close {
                self.next();
                if cmds.is_empty() {
                    return Err(self.err_at(t.pos, &format!("missing value for {context}")));
                }
                for (i, c) in cmds.iter().enumerate().skip(1) {
                    let c: &Cmd = c;
                    if matches!(
                        c.args[0].kind,
                        ArgKind::Bool(_)
                            | ArgKind::Dot
                            | ArgKind::Nil
                            | ArgKind::Int(_)
                            | ArgKind::Float(_)
                            | ArgKind::Str(_)
                    ) {
                        return Err(self.err_at(
                            c.pos,
                            &format!("non executable command in pipeline stage {}", i + 1),
                        ));
                    }
                }
                let end = cmds.last().map_or(t.pos, |c: &Cmd| c.end);
                return Ok(Pipe {
                    pos: start,
                    end,
                    decl,
                    assign,
                    cmds,
                });
            }
            if matches!(t.tok, Tok::RightDelim | Tok::RParen | Tok::Eof) {
                return Err(self.unexpected(&t, context));
            }
            cmds.push(self.command()?);
        }
    }

    fn command(&mut self) -> PResult<Cmd> {
        let pos = self.peek_non_space().pos;
        let mut args = Vec::new();
        loop {
            self.peek_non_space();
            if let Some(a) = self.operand()? {
                args.push(a);
            }
            let t = self.peek().clone();
            match t.tok {
                Tok::Space => {
                    self.next();
                    continue;
                }
                Tok::RightDelim | Tok::RParen => {}
                Tok::Pipe => {
                    self.next();
                }
                _ => return Err(self.unexpected(&t, "operand")),
            }
            break;
        }
        let Some(last) = args.last() else {
            return Err(self.err_at(pos, "empty command"));
        };
        Ok(Cmd {
            pos,
            end: last.end,
            args,
        })
    }

    /// A term followed by an optional field chain.
    fn operand(&mut self) -> PResult<Option<Arg>> {
        let Some(term) = self.term()? else {
            return Ok(None);
        };
        if !matches!(self.peek().tok, Tok::Field(_)) {
            return Ok(Some(term));
        }
        let mut fields = Vec::new();
        let mut end = term.end;
        while let Tok::Field(f) = self.peek().tok.clone() {
            end = self.next().end;
            fields.push(f);
        }
        let pos = term.pos;
        let kind = match term.kind {
            ArgKind::Field(mut f) => {
                f.extend(fields);
                ArgKind::Field(f)
            }
            ArgKind::Var(v, mut f) => {
                f.extend(fields);
                ArgKind::Var(v, f)
            }
            ArgKind::Pipe(_) | ArgKind::Func(_) | ArgKind::Chain(..) => {
                ArgKind::Chain(Box::new(term), fields)
            }
            _ => {
                return Err(self.err_at(pos, "unexpected . after term"));
            }
        };
        Ok(Some(Arg { pos, end, kind }))
    }

    fn term(&mut self) -> PResult<Option<Arg>> {
        let t = self.peek().clone();
        let kind = match &t.tok {
            Tok::Ident(name) => match name.as_str() {
                "true" => ArgKind::Bool(true),
                "false" => ArgKind::Bool(false),
                "nil" => ArgKind::Nil,
                "block" | "break" | "continue" | "define" | "else" | "end" | "if" | "range"
                | "template" | "with" => return Ok(None),
                _ => {
                    if !(self.is_func)(name) {
                        return Err(self.err_at(t.pos, &format!("function {name:?} not defined")));
                    }
                    ArgKind::Func(name.clone())
                }
            },
            Tok::Dot => ArgKind::Dot,
            Tok::Field(f) => ArgKind::Field(vec![f.clone()]),
            Tok::Variable(v) => {
                if !self.vars.contains(v) {
                    return Err(self.err_at(t.pos, &format!("undefined variable {v:?}")));
                }
                ArgKind::Var(v.clone(), Vec::new())
            }
            Tok::Str(s) => ArgKind::Str(s.clone()),
            Tok::Char(c) => ArgKind::Int(*c as i128),
            Tok::Number(n) => match parse_number(n) {
                Some(k) => k,
                None => {
                    return Err(self.err_at(t.pos, &format!("bad number syntax: {n:?}")));
                }
            },
            Tok::LParen => {
                self.next();
                self.enter(t.pos)?;
                let pipe = self.pipeline("parenthesized pipeline", Tok::RParen)?;
                self.leave();
                let end = self.toks[self.i.saturating_sub(1)].end;
                return Ok(Some(Arg {
                    pos: t.pos,
                    end,
                    kind: ArgKind::Pipe(Box::new(pipe)),
                }));
            }
            _ => return Ok(None),
        };
        self.next();
        Ok(Some(Arg {
            pos: t.pos,
            end: t.end,
            kind,
        }))
    }
}

/// Go's number literals: decimal, 0x/0o/0b, underscores, floats with exponents.
fn parse_number(s: &str) -> Option<ArgKind> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    let clean = body.replace('_', "");
    let lower = clean.to_ascii_lowercase();
    let int = if let Some(h) = lower.strip_prefix("0x") {
        i128::from_str_radix(h, 16).ok()
    } else if let Some(o) = lower.strip_prefix("0o") {
        i128::from_str_radix(o, 8).ok()
    } else if let Some(b) = lower.strip_prefix("0b") {
        i128::from_str_radix(b, 2).ok()
    } else if lower.len() > 1 && lower.starts_with('0') && lower.bytes().all(|c| c.is_ascii_digit())
    {
        i128::from_str_radix(&lower[1..], 8).ok()
    } else if lower.bytes().all(|c| c.is_ascii_digit()) {
        lower.parse::<i128>().ok()
    } else {
        None
    };
    if let Some(i) = int {
        return Some(ArgKind::Int(if neg { -i } else { i }));
    }
    if lower.starts_with("0x") || !lower.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    if !lower
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-'))
    {
        return None;
    }
    let f: f64 = lower.parse().ok()?;
    Some(ArgKind::Float(if neg { -f } else { f }))
}

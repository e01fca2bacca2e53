//! Template functions: Go's builtins (`and`/`or` are evaluated lazily by the executor) and
//! podman's additions (`json`, `join`, `lower`, `upper`, `title`, `split`, `truncate`, `pad`),
//! plus `contains` and `replace`.

use super::value::{go_float, Val};
use std::rc::Rc;

pub enum FnError {
    /// Wrong arguments: reported as is.
    Args(String),
    /// A failure of the call: reported as `error calling NAME: ...`.
    Call(String),
}

pub type Func = fn(&[Val]) -> Result<Val, FnError>;

pub fn lookup(name: &str) -> Option<Func> {
    Some(match name {
        "and" | "or" => |_: &[Val]| Ok(Val::Nil),
        "not" => not,
        "len" => len,
        "index" => index,
        "slice" => slice,
        "print" => |a: &[Val]| Ok(Val::Str(sprint(a))),
        "println" => |a: &[Val]| Ok(Val::Str(sprintln(a))),
        "printf" => printf,
        "eq" => eq,
        "ne" => |a: &[Val]| {
            want(a, 2, "ne")?;
            Ok(Val::Bool(!equal(&a[0], &a[1])?))
        },
        "lt" => |a: &[Val]| Ok(Val::Bool(less(a, "lt")?.is_lt())),
        "le" => |a: &[Val]| Ok(Val::Bool(less(a, "le")?.is_le())),
        "gt" => |a: &[Val]| Ok(Val::Bool(less(a, "gt")?.is_gt())),
        "ge" => |a: &[Val]| Ok(Val::Bool(less(a, "ge")?.is_ge())),
        "html" => |a: &[Val]| Ok(Val::Str(html(&text_of(a)))),
        "js" => |a: &[Val]| Ok(Val::Str(js(&text_of(a)))),
        "urlquery" => |a: &[Val]| Ok(Val::Str(urlquery(&text_of(a)))),
        "call" => |a: &[Val]| match a.first() {
            None => Err(FnError::Args(
                "wrong number of args for call: want at least 1 got 0".into(),
            )),
            Some(v) => Err(FnError::Call(format!(
                "non-function of type {}",
                v.type_name("struct")
            ))),
        },
        "json" => |a: &[Val]| {
            want(a, 1, "json")?;
            serde_json::to_string(&a[0].to_json())
                .map(Val::Str)
                .map_err(|e| FnError::Call(e.to_string()))
        },
        "join" => join,
        "split" => |a: &[Val]| {
            want(a, 2, "split")?;
            let (s, sep) = (text(&a[0]), text(&a[1]));
            let parts: Vec<Val> = if sep.is_empty() {
                s.chars().map(|c| Val::Str(c.to_string())).collect()
            } else {
                s.split(sep.as_str()).map(|p| Val::Str(p.into())).collect()
            };
            Ok(Val::List(Rc::new(parts)))
        },
        "lower" => |a: &[Val]| {
            want(a, 1, "lower")?;
            Ok(Val::Str(text(&a[0]).to_lowercase()))
        },
        "upper" => |a: &[Val]| {
            want(a, 1, "upper")?;
            Ok(Val::Str(text(&a[0]).to_uppercase()))
        },
        "title" => |a: &[Val]| {
            want(a, 1, "title")?;
            Ok(Val::Str(title(&text(&a[0]))))
        },
        "truncate" => |a: &[Val]| {
            want(a, 2, "truncate")?;
            let n = usize::try_from(int_arg(&a[1])?).unwrap_or(0);
            Ok(Val::Str(text(&a[0]).chars().take(n).collect()))
        },
        "pad" => |a: &[Val]| {
            want(a, 3, "pad")?;
            let pre = usize::try_from(int_arg(&a[1])?).unwrap_or(0);
            let post = usize::try_from(int_arg(&a[2])?).unwrap_or(0);
            if pre.saturating_add(post) > super::MAX_OUTPUT {
                return Err(FnError::Call("padding too large".into()));
            }
            Ok(Val::Str(format!(
                "{}{}{}",
                " ".repeat(pre),
                text(&a[0]),
                " ".repeat(post)
            )))
        },
        "contains" => |a: &[Val]| {
            want(a, 2, "contains")?;
            Ok(Val::Bool(text(&a[0]).contains(&text(&a[1]))))
        },
        "replace" => |a: &[Val]| {
            want(a, 3, "replace")?;
            let (s, from, to) = (text(&a[0]), text(&a[1]), text(&a[2]));
            let n = if from.is_empty() {
                s.chars().count() + 1
            } else {
                s.matches(from.as_str()).count()
            };
            if s.len().saturating_add(n.saturating_mul(to.len())) > super::MAX_OUTPUT {
                return Err(FnError::Call("result too large".into()));
            }
            Ok(Val::Str(s.replace(&from, &to)))
        },
        _ => return None,
    })
}

fn want(a: &[Val], n: usize, name: &str) -> Result<(), FnError> {
    if a.len() != n {
        return Err(FnError::Args(format!(
            "wrong number of args for {name}: want {n} got {}",
            a.len()
        )));
    }
    Ok(())
}

/// A string argument; other values as Go prints them.
fn text(v: &Val) -> String {
    match v {
        Val::Str(s) => s.clone(),
        other => other.go_string(),
    }
}

fn text_of(a: &[Val]) -> String {
    match a {
        [Val::Str(s)] => s.clone(),
        _ => sprint(a),
    }
}

fn int_arg(v: &Val) -> Result<i128, FnError> {
    match v {
        Val::Int(i) => Ok(*i),
        other => Err(FnError::Args(format!(
            "wrong type for value; expected int; got {}",
            other.type_name("struct")
        ))),
    }
}

fn not(a: &[Val]) -> Result<Val, FnError> {
    want(a, 1, "not")?;
    Ok(Val::Bool(!a[0].truth()))
}

fn len(a: &[Val]) -> Result<Val, FnError> {
    want(a, 1, "len")?;
    let n = match &a[0] {
        Val::Str(s) => s.len(),
        Val::List(l) => l.len(),
        Val::Obj(o) if o.is_map => o.fields.len(),
        Val::Missing | Val::Nil => return Err(FnError::Call("len of nil pointer".into())),
        other => {
            return Err(FnError::Call(format!(
                "len of type {}",
                other.type_name("struct")
            )))
        }
    };
    Ok(Val::Int(n as i128))
}

fn index_arg(i: &Val, len: usize) -> Result<usize, FnError> {
    let i = match i {
        Val::Int(i) => *i,
        Val::Nil | Val::Missing => {
            return Err(FnError::Call("cannot index slice/array with nil".into()))
        }
        other => {
            return Err(FnError::Call(format!(
                "cannot index slice/array with type {}",
                other.type_name("struct")
            )))
        }
    };
    match usize::try_from(i) {
        Ok(u) if u < len => Ok(u),
        _ => Err(FnError::Call(format!("index out of range: {i}"))),
    }
}

fn index(a: &[Val]) -> Result<Val, FnError> {
    let Some(first) = a.first() else {
        return Err(FnError::Args(
            "wrong number of args for index: want at least 1 got 0".into(),
        ));
    };
    let mut item = first.clone();
    for key in &a[1..] {
        item = match &item {
            Val::List(l) => l[index_arg(key, l.len())?].clone(),
            Val::Str(s) => Val::Int(s.as_bytes()[index_arg(key, s.len())?].into()),
            Val::Obj(o) if o.is_map => {
                let k = match key {
                    Val::Str(k) => k.clone(),
                    Val::Int(i) => i.to_string(),
                    other => {
                        return Err(FnError::Call(format!(
                            "value has type {}; should be string",
                            other.type_name("struct")
                        )))
                    }
                };
                match o.fields.iter().find(|(f, _)| *f == k) {
                    Some((_, v)) => v.clone(),
                    // The zero value of the map's element type.
                    None if o.fields.iter().all(|(_, v)| matches!(v, Val::Str(_))) => {
                        Val::Str(String::new())
                    }
                    None => Val::Missing,
                }
            }
            Val::Nil | Val::Missing => return Err(FnError::Call("index of untyped nil".into())),
            other => {
                return Err(FnError::Call(format!(
                    "can't index item of type {}",
                    other.type_name("struct")
                )))
            }
        };
    }
    Ok(item)
}

fn slice(a: &[Val]) -> Result<Val, FnError> {
    let Some(item) = a.first() else {
        return Err(FnError::Args(
            "wrong number of args for slice: want at least 1 got 0".into(),
        ));
    };
    let len = match item {
        Val::Str(s) => s.len(),
        Val::List(l) => l.len(),
        Val::Nil | Val::Missing => return Err(FnError::Call("slice of untyped nil".into())),
        other => {
            return Err(FnError::Call(format!(
                "can't slice item of type {}",
                other.type_name("struct")
            )))
        }
    };
    if a.len() > 4 || (a.len() == 4 && matches!(item, Val::Str(_))) {
        return Err(FnError::Call(format!(
            "too many slice indexes: {}",
            a.len() - 1
        )));
    }
    let mut idx = [0usize, len, len];
    for (n, k) in a[1..].iter().enumerate() {
        idx[n] = index_arg(k, len + 1)?;
    }
    if a.len() < 3 {
        idx[1] = len;
    }
    if idx[0] > idx[1] {
        return Err(FnError::Call(format!(
            "invalid slice index: {} > {}",
            idx[0], idx[1]
        )));
    }
    Ok(match item {
        Val::Str(s) => Val::Str(
            s.get(idx[0]..idx[1])
                .ok_or_else(|| FnError::Call("slice splits a character".into()))?
                .to_string(),
        ),
        Val::List(l) => Val::List(Rc::new(l[idx[0]..idx[1]].to_vec())),
        _ => Val::Nil,
    })
}

fn equal(a: &Val, b: &Val) -> Result<bool, FnError> {
    use Val::*;
    Ok(match (a, b) {
        (Nil | Missing, Nil | Missing) => true,
        (Nil | Missing, _) | (_, Nil | Missing) => false,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Int(y)) => x == y,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y,
        (Str(x), Str(y)) => x == y,
        (List(_) | Obj(_), _) | (_, List(_) | Obj(_)) => {
            return Err(FnError::Call("non-comparable type".into()))
        }
        _ => return Err(FnError::Call("incompatible types for comparison".into())),
    })
}

fn eq(a: &[Val]) -> Result<Val, FnError> {
    if a.len() < 2 {
        return Err(FnError::Call("missing argument for comparison".into()));
    }
    for b in &a[1..] {
        if equal(&a[0], b)? {
            return Ok(Val::Bool(true));
        }
    }
    Ok(Val::Bool(false))
}

fn less(a: &[Val], name: &str) -> Result<std::cmp::Ordering, FnError> {
    use Val::*;
    want(a, 2, name)?;
    match (&a[0], &a[1]) {
        (Int(x), Int(y)) => Ok(x.cmp(y)),
        (Float(x), Float(y)) => x
            .partial_cmp(y)
            .ok_or_else(|| FnError::Call("invalid type for comparison".into())),
        (Int(x), Float(y)) => (*x as f64)
            .partial_cmp(y)
            .ok_or_else(|| FnError::Call("invalid type for comparison".into())),
        (Float(x), Int(y)) => x
            .partial_cmp(&(*y as f64))
            .ok_or_else(|| FnError::Call("invalid type for comparison".into())),
        (Str(x), Str(y)) => Ok(x.cmp(y)),
        (Int(_) | Float(_) | Str(_), Int(_) | Float(_) | Str(_)) => {
            Err(FnError::Call("incompatible types for comparison".into()))
        }
        _ => Err(FnError::Call("invalid type for comparison".into())),
    }
}

fn join(a: &[Val]) -> Result<Val, FnError> {
    want(a, 2, "join")?;
    let sep = text(&a[1]);
    Ok(Val::Str(match &a[0] {
        Val::List(l) => l.iter().map(text).collect::<Vec<_>>().join(&sep),
        other => text(other),
    }))
}

/// Go's `strings.Title`: the first letter of each word in upper case.
fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_sep = true;
    for c in s.chars() {
        if prev_sep {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev_sep = if c.is_ascii() {
            !(c.is_ascii_alphanumeric() || c == '_')
        } else {
            c.is_whitespace()
        };
    }
    out
}

/// `fmt.Sprint`: spaces between operands when neither side is a string.
pub fn sprint(a: &[Val]) -> String {
    let mut out = String::new();
    for (i, v) in a.iter().enumerate() {
        if i > 0 && !matches!(v, Val::Str(_)) && !matches!(a[i - 1], Val::Str(_)) {
            out.push(' ');
        }
        out.push_str(&v.go_string());
    }
    out
}

fn sprintln(a: &[Val]) -> String {
    let mut out = a.iter().map(Val::go_string).collect::<Vec<_>>().join(" ");
    out.push('\n');
    out
}

fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn js(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '<' => out.push_str("\\u003C"),
            '>' => out.push_str("\\u003E"),
            '&' => out.push_str("\\u0026"),
            '=' => out.push_str("\\u003D"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn urlquery(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Go's strconv.Quote, enough for template output.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

struct Spec {
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

fn pad(s: String, sp: &Spec, numeric: bool) -> String {
    let Some(w) = sp.width else { return s };
    let n = s.chars().count();
    if n >= w {
        return s;
    }
    let fill = w - n;
    if sp.minus {
        return s + &" ".repeat(fill);
    }
    if sp.zero && numeric {
        let (sign, digits) = match s.strip_prefix(['-', '+', ' ']) {
            Some(rest) => (&s[..1], rest),
            None => ("", s.as_str()),
        };
        return format!("{sign}{}{digits}", "0".repeat(fill));
    }
    " ".repeat(fill) + &s
}

fn bad_verb(verb: char, v: &Val) -> String {
    match v {
        Val::Nil | Val::Missing => format!("%!{verb}(<nil>)"),
        v => format!("%!{verb}({}={})", v.type_name("struct"), v.go_string()),
    }
}

fn sign(s: String, sp: &Spec, negative: bool) -> String {
    if negative {
        s
    } else if sp.plus {
        format!("+{s}")
    } else if sp.space {
        format!(" {s}")
    } else {
        s
    }
}

/// Past this many decimals a float64 has only zeros left (and Rust's formatter refuses
/// precisions above 65535): more are added as zeros.
const MAX_FLOAT_DIGITS: usize = 1100;

/// `%f` with `prec` decimals.
fn fixed_form(f: f64, prec: usize) -> String {
    let p = prec.min(MAX_FLOAT_DIGITS);
    let mut s = format!("{:.*}", p, f);
    if prec > p && f.is_finite() {
        s.push_str(&"0".repeat(prec - p));
    }
    s
}

/// `%e` with `prec` digits, Go style (`1.500000e+00`).
fn exp_form(f: f64, prec: usize, upper: bool) -> String {
    let p = prec.min(MAX_FLOAT_DIGITS);
    let s = format!("{:.*e}", p, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let zeros = if prec > p && f.is_finite() {
        "0".repeat(prec - p)
    } else {
        String::new()
    };
    let m = format!("{m}{zeros}");
    let e: i32 = e.parse().unwrap_or(0);
    let out = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// `%g` with an explicit precision.
fn g_form(f: f64, prec: usize, upper: bool) -> String {
    // Trailing zeros go anyway: no padding needed past the float's digits.
    let p = prec.clamp(1, MAX_FLOAT_DIGITS);
    let s = format!("{:.*e}", p - 1, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    let digits = m.trim_start_matches('-').replace('.', "");
    let nd = digits.trim_end_matches('0').len().max(1) as i32;
    let mut eprec = p as i32;
    if eprec > nd && nd > exp {
        eprec = nd;
    }
    if exp < -4 || exp >= eprec {
        let m = if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.')
        } else {
            m
        };
        let out = format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
        return if upper { out.to_uppercase() } else { out };
    }
    let decimals = (p as i32 - 1 - exp).max(0) as usize;
    let s = format!("{:.*}", decimals, f);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn format_one(verb: char, v: &Val, sp: &Spec) -> String {
    use Val::*;
    if let List(l) = v {
        if verb != 'v' && verb != 'T' {
            let parts: Vec<String> = l
                .iter()
                .map(|x| format_one(verb, x, &Spec { width: None, ..*sp }))
                .collect();
            return pad(format!("[{}]", parts.join(" ")), sp, false);
        }
    }
    match (verb, v) {
        ('v', Float(f)) => pad(sign(go_float(*f), sp, *f < 0.0), sp, true),
        ('v', Int(i)) => pad(sign(i.to_string(), sp, *i < 0), sp, true),
        ('v', v) => pad(v.go_string(), sp, false),
        ('T', v) => pad(v.type_name("struct"), sp, false),
        ('s', Str(s)) => {
            let s = match sp.prec {
                Some(p) => s.chars().take(p).collect(),
                None => s.clone(),
            };
            pad(s, sp, false)
        }
        ('q', Str(s)) => pad(go_quote(s), sp, false),
        ('q', Int(i)) => pad(
            format!(
                "'{}'",
                u32::try_from(*i)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}')
            ),
            sp,
            false,
        ),
        ('x' | 'X', Str(s)) => {
            let h = hex::encode(s.as_bytes());
            pad(if verb == 'X' { h.to_uppercase() } else { h }, sp, false)
        }
        ('d', Int(i)) => pad(sign(i.to_string(), sp, *i < 0), sp, true),
        ('x', Int(i)) | ('X', Int(i)) | ('o', Int(i)) | ('O', Int(i)) | ('b', Int(i)) => {
            let m = i.unsigned_abs();
            let body = match verb {
                'x' => format!("{}{m:x}", if sp.sharp { "0x" } else { "" }),
                'X' => format!("{}{m:X}", if sp.sharp { "0X" } else { "" }),
                'o' => format!("{}{m:o}", if sp.sharp { "0" } else { "" }),
                'O' => format!("0o{m:o}"),
                _ => format!("{m:b}"),
            };
            let s = if *i < 0 { format!("-{body}") } else { body };
            pad(sign(s, sp, *i < 0), sp, true)
        }
        ('c', Int(i)) => pad(
            u32::try_from(*i)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}')
                .to_string(),
            sp,
            false,
        ),
        ('U', Int(i)) => pad(format!("U+{:04X}", i), sp, false),
        ('e' | 'E', Float(f)) => pad(
            sign(
                exp_form(*f, sp.prec.unwrap_or(6), verb == 'E'),
                sp,
                *f < 0.0,
            ),
            sp,
            true,
        ),
        ('f' | 'F', Float(f)) => pad(
            sign(fixed_form(*f, sp.prec.unwrap_or(6)), sp, *f < 0.0),
            sp,
            true,
        ),
        ('g' | 'G', Float(f)) => {
            let s = match sp.prec {
                Some(p) => g_form(*f, p, verb == 'G'),
                None => {
                    let s = go_float(*f);
                    if verb == 'G' {
                        s.to_uppercase()
                    } else {
                        s
                    }
                }
            };
            pad(sign(s, sp, *f < 0.0), sp, true)
        }
        ('t', Bool(b)) => pad(b.to_string(), sp, false),
        ('s' | 'q', Obj(_)) => pad(v.go_string(), sp, false),
        (verb, v) => bad_verb(verb, v),
    }
}

/// Go's `fmt.Sprintf` for the verbs templates use.
pub fn sprintf(format: &str, args: &[Val]) -> String {
    let mut out = String::new();
    let mut chars = format.chars().peekable();
    let mut next_arg = 0;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut sp = Spec {
            minus: false,
            plus: false,
            sharp: false,
            space: false,
            zero: false,
            width: None,
            prec: None,
        };
        while let Some(&f) = chars.peek() {
            match f {
                '-' => sp.minus = true,
                '+' => sp.plus = true,
                '#' => sp.sharp = true,
                ' ' => sp.space = true,
                '0' => sp.zero = true,
                _ => break,
            }
            chars.next();
        }
        let num = |chars: &mut std::iter::Peekable<std::str::Chars>, next_arg: &mut usize| {
            if chars.peek() == Some(&'*') {
                chars.next();
                let v = args.get(*next_arg).and_then(|v| match v {
                    Val::Int(i) => usize::try_from(*i).ok(),
                    _ => None,
                });
                *next_arg += 1;
                return v;
            }
            let mut n: Option<usize> = None;
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                n = Some(
                    n.unwrap_or(0)
                        .saturating_mul(10)
                        .saturating_add(d as usize)
                        .min(1 << 20),
                );
                chars.next();
            }
            n
        };
        sp.width = num(&mut chars, &mut next_arg);
        if chars.peek() == Some(&'.') {
            chars.next();
            sp.prec = Some(num(&mut chars, &mut next_arg).unwrap_or(0));
        }
        let Some(verb) = chars.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        if verb == '%' {
            out.push('%');
            continue;
        }
        match args.get(next_arg) {
            Some(v) => out.push_str(&format_one(verb, v, &sp)),
            None => out.push_str(&format!("%!{verb}(MISSING)")),
        }
        next_arg += 1;
    }
    if next_arg < args.len() {
        let extra: Vec<String> = args[next_arg..]
            .iter()
            .map(|v| match v {
                Val::Nil | Val::Missing => "<nil>".to_string(),
                v => format!("{}={}", v.type_name("struct"), v.go_string()),
            })
            .collect();
        out.push_str(&format!("%!(EXTRA {})", extra.join(", ")));
    }
    out
}

fn printf(a: &[Val]) -> Result<Val, FnError> {
    let Some(f) = a.first() else {
        return Err(FnError::Args(
            "wrong number of args for printf: want at least 1 got 0".into(),
        ));
    };
    let Val::Str(f) = f else {
        return Err(FnError::Args(format!(
            "wrong type for value; expected string; got {}",
            f.type_name("struct")
        )));
    };
    Ok(Val::Str(sprintf(f, &a[1..])))
}

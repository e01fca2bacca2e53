//! Output formatting for the CLI: Go templates (`--format`), aligned tables, and human units.
//!
//! Pure code: no I/O besides returning strings.

use anyhow::{anyhow, Result};
use gtmpl_value::{FuncError, Number, Value as GValue};
use serde_json::Value;
use std::collections::HashMap;

/// serde_json → gtmpl value. Objects become maps so missing keys print `<no value>`.
fn to_gtmpl(v: &Value) -> GValue {
    match v {
        Value::Null => GValue::Nil,
        Value::Bool(b) => GValue::Bool(*b),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                GValue::Number(Number::from(i))
            } else if let Some(u) = n.as_u64() {
                GValue::Number(Number::from(u))
            } else {
                GValue::Number(Number::from(n.as_f64().unwrap_or(0.0)))
            }
        }
        Value::String(s) => GValue::String(s.clone()),
        Value::Array(a) => GValue::Array(a.iter().map(to_gtmpl).collect()),
        Value::Object(o) => GValue::Map(
            o.iter()
                .map(|(k, v)| (k.clone(), to_gtmpl(v)))
                .collect::<HashMap<_, _>>(),
        ),
    }
}

/// gtmpl → serde_json (for the `json` function).
fn to_json(v: &GValue) -> Value {
    match v {
        GValue::NoValue | GValue::Nil | GValue::Function(_) => Value::Null,
        GValue::Bool(b) => Value::Bool(*b),
        GValue::String(s) => Value::String(s.clone()),
        GValue::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                serde_json::Number::from_f64(n.as_f64().unwrap_or(0.0))
                    .map(Value::Number)
                    .unwrap_or(Value::Null)
            }
        }
        GValue::Array(a) => Value::Array(a.iter().map(to_json).collect()),
        GValue::Object(o) | GValue::Map(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), to_json(&o[k])))
                    .collect(),
            )
        }
    }
}

/// Go's fmt rendering of a value: lists as `[a b]`, maps as `map[k:v]`.
fn go_string(v: &GValue) -> String {
    match v {
        GValue::NoValue => "<no value>".into(),
        GValue::Nil => "<nil>".into(),
        GValue::String(s) => s.clone(),
        GValue::Array(a) => format!(
            "[{}]",
            a.iter().map(go_string).collect::<Vec<_>>().join(" ")
        ),
        GValue::Object(o) | GValue::Map(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            format!(
                "map[{}]",
                keys.iter()
                    .map(|k| format!("{k}:{}", go_string(&o[*k])))
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        }
        other => other.to_string(),
    }
}

fn arg_str(args: &[GValue], i: usize, name: &str) -> Result<String, FuncError> {
    match args.get(i) {
        Some(GValue::String(s)) => Ok(s.clone()),
        Some(v) => Ok(go_string(v)),
        None => Err(FuncError::AtLeastXArgs(name.into(), i + 1)),
    }
}

fn f_json(args: &[GValue]) -> Result<GValue, FuncError> {
    let v = args
        .first()
        .ok_or_else(|| FuncError::ExactlyXArgs("json".into(), 1))?;
    Ok(GValue::String(
        serde_json::to_string(&to_json(v)).map_err(|e| FuncError::Generic(e.to_string()))?,
    ))
}
fn f_gostr(args: &[GValue]) -> Result<GValue, FuncError> {
    Ok(GValue::String(
        args.first()
            .map(go_string)
            .unwrap_or_else(|| "<no value>".into()),
    ))
}
fn f_lower(args: &[GValue]) -> Result<GValue, FuncError> {
    Ok(GValue::String(arg_str(args, 0, "lower")?.to_lowercase()))
}
fn f_upper(args: &[GValue]) -> Result<GValue, FuncError> {
    Ok(GValue::String(arg_str(args, 0, "upper")?.to_uppercase()))
}
fn f_title(args: &[GValue]) -> Result<GValue, FuncError> {
    let s = arg_str(args, 0, "title")?;
    let mut out = String::new();
    let mut start = true;
    for c in s.chars() {
        out.extend(if start {
            c.to_uppercase().collect::<Vec<_>>()
        } else {
            vec![c]
        });
        start = c.is_whitespace();
    }
    Ok(GValue::String(out))
}
fn f_join(args: &[GValue]) -> Result<GValue, FuncError> {
    let sep = arg_str(args, 1, "join")?;
    match args.first() {
        Some(GValue::Array(a)) => Ok(GValue::String(
            a.iter().map(go_string).collect::<Vec<_>>().join(&sep),
        )),
        Some(v) => Ok(GValue::String(go_string(v))),
        None => Err(FuncError::ExactlyXArgs("join".into(), 2)),
    }
}
fn f_split(args: &[GValue]) -> Result<GValue, FuncError> {
    let s = arg_str(args, 0, "split")?;
    let sep = arg_str(args, 1, "split")?;
    Ok(GValue::Array(
        s.split(sep.as_str())
            .map(|p| GValue::String(p.into()))
            .collect(),
    ))
}
fn f_truncate(args: &[GValue]) -> Result<GValue, FuncError> {
    let s = arg_str(args, 0, "truncate")?;
    let n = match args.get(1) {
        Some(GValue::Number(n)) => n.as_u64().unwrap_or(0) as usize,
        _ => return Err(FuncError::ExactlyXArgs("truncate".into(), 2)),
    };
    Ok(GValue::String(s.chars().take(n).collect()))
}
fn f_contains(args: &[GValue]) -> Result<GValue, FuncError> {
    Ok(GValue::Bool(
        arg_str(args, 0, "contains")?.contains(&arg_str(args, 1, "contains")?),
    ))
}
fn f_replace(args: &[GValue]) -> Result<GValue, FuncError> {
    let s = arg_str(args, 0, "replace")?;
    Ok(GValue::String(s.replace(
        &arg_str(args, 1, "replace")?,
        &arg_str(args, 2, "replace")?,
    )))
}

fn render_one(tmpl: &gtmpl::Template, item: &Value) -> Result<String> {
    let ctx = gtmpl::Context::from(to_gtmpl(item));
    tmpl.render(&ctx).map_err(|e| anyhow!("template: {e}"))
}

fn unescape(s: &str) -> String {
    s.replace("\\t", "\t").replace("\\n", "\n")
}

/// Fields named in a template, in order: `{{.A}}` → "A", `{{.A.B}}` → "B".
fn fields(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some(i) = rest.find("{{") {
        let after = &rest[i + 2..];
        let Some(j) = after.find("}}") else { break };
        let action = after[..j].trim();
        let field = action
            .split_whitespace()
            .find(|w| w.starts_with('.'))
            .map(|w| w.rsplit('.').next().unwrap_or("").to_string())
            .unwrap_or_default();
        out.push(field);
        rest = &after[j + 2..];
    }
    out
}

fn header_for(field: &str, headers: &[(&str, &str)]) -> String {
    if let Some((_, h)) = headers.iter().find(|(f, _)| *f == field) {
        return h.to_string();
    }
    let mut out = String::new();
    let chars: Vec<char> = field.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if i > 0
            && c.is_uppercase()
            && (chars[i - 1].is_lowercase() || chars.get(i + 1).is_some_and(|n| n.is_lowercase()))
        {
            out.push(' ');
        }
        out.extend(c.to_uppercase());
    }
    out
}

fn template(text: &str) -> Result<gtmpl::Template> {
    let mut t = gtmpl::Template::default();
    t.add_funcs(&[
        ("json", f_json as gtmpl_value::Func),
        ("gostr", f_gostr),
        ("lower", f_lower),
        ("upper", f_upper),
        ("title", f_title),
        ("join", f_join),
        ("split", f_split),
        ("truncate", f_truncate),
        ("contains", f_contains),
        ("replace", f_replace),
    ]);
    t.parse(text).map_err(|e| anyhow!("template: {e}"))?;
    Ok(t)
}

/// Render `items` with a podman-style `--format` template.
///
/// * `table {{.A}}\t{{.B}}` prints a header row (from `headers`, else the field name in upper
///   case with CamelCase split) and aligns the tab-separated columns.
/// * Otherwise each item renders to one line.
pub fn render(template_text: &str, items: &[Value], headers: &[(&str, &str)]) -> Result<String> {
    let text = unescape(template_text);
    let (is_table, body) = match text.strip_prefix("table") {
        Some(rest) if rest.is_empty() || rest.starts_with(char::is_whitespace) => {
            (true, rest.trim_start().to_string())
        }
        _ => (false, text.clone()),
    };
    let body = leaf_strings(&body);
    let t = template(&body)?;
    let mut lines = Vec::new();
    for item in items {
        let mut s = render_one(&t, item)?;
        if s.ends_with('\n') {
            s.pop();
        }
        lines.push(s);
    }
    if is_table {
        let hdr: Vec<String> = fields(&unescape(
            template_text.trim_start_matches("table").trim_start(),
        ))
        .iter()
        .map(|f| header_for(f, headers))
        .collect();
        let rows: Vec<Vec<String>> = lines
            .iter()
            .map(|l| l.split('\t').map(String::from).collect())
            .collect();
        let hdr_refs: Vec<&str> = hdr.iter().map(String::as_str).collect();
        return Ok(table(&hdr_refs, &rows));
    }
    let mut out = String::new();
    for l in lines {
        out.push_str(&l);
        out.push('\n');
    }
    Ok(out)
}

/// Keep the data as is: gtmpl's own printing of lists is Rust debug output, so a bare
/// `{{.List}}` action is rewritten to go through Go-style printing.
fn leaf_strings(t: &str) -> String {
    let mut out = String::new();
    let mut rest = t;
    while let Some(i) = rest.find("{{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let Some(j) = after.find("}}") else {
            out.push_str(&rest[i..]);
            return out;
        };
        let action = &after[..j];
        let a = action
            .trim()
            .trim_start_matches('-')
            .trim_end_matches('-')
            .trim();
        let simple = a.starts_with('.') && !a.contains(' ') && a.len() > 1;
        if simple {
            out.push_str(&format!("{{{{gostr {a}}}}}"));
        } else {
            out.push_str("{{");
            out.push_str(action);
            out.push_str("}}");
        }
        rest = &after[j + 2..];
    }
    out.push_str(rest);
    out
}

/// Align rows into columns separated by at least three spaces, like podman's tables.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let ncol = header
        .len()
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let mut width = vec![0usize; ncol];
    let all = std::iter::once(header.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        .chain(rows.iter().cloned());
    let all: Vec<Vec<String>> = all.collect();
    for r in &all {
        for (i, c) in r.iter().enumerate() {
            width[i] = width[i].max(c.chars().count());
        }
    }
    let mut out = String::new();
    for r in &all {
        let mut line = String::new();
        for (i, c) in r.iter().enumerate() {
            if i + 1 < r.len() {
                line.push_str(c);
                line.push_str(&" ".repeat(width[i] - c.chars().count() + 3));
            } else {
                line.push_str(c);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// "4.27 MB": decimal units with three significant digits, as podman prints sizes.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    let mut v = bytes as f64;
    let mut i = 0;
    while v >= 1000.0 && i < UNITS.len() - 1 {
        v /= 1000.0;
        i += 1;
    }
    format!("{} {}", sig3(v), UNITS[i])
}

/// Go's `%.4g` as go-units uses it for three significant digits... with trailing zeros gone.
fn sig3(v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let digits = if v >= 100.0 {
        0
    } else if v >= 10.0 {
        1
    } else {
        2
    };
    let s = format!("{v:.digits$}");
    // Rounding can carry (999.999 → "1000"); keep it as Go would print it.
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// "2 minutes ago", "About an hour ago": podman's relative times, from a Unix time in seconds.
pub fn human_ago(unix_secs: i64, now_secs: i64) -> String {
    format!("{} ago", human_duration(now_secs - unix_secs))
}

/// "5 seconds", "About a minute", "3 hours", as go-units' HumanDuration.
pub fn human_duration(secs: i64) -> String {
    let s = secs.max(0);
    if s < 1 {
        return "Less than a second".into();
    }
    if s == 1 {
        return "1 second".into();
    }
    if s < 60 {
        return format!("{s} seconds");
    }
    let m = s / 60;
    if m == 1 {
        return "About a minute".into();
    }
    if m < 60 {
        return format!("{m} minutes");
    }
    let h = (s as f64 / 3600.0).round() as i64;
    if h == 1 {
        return "About an hour".into();
    }
    if h < 48 {
        return format!("{h} hours");
    }
    if h < 24 * 7 * 2 {
        return format!("{} days", h / 24);
    }
    if h < 24 * 30 * 2 {
        return format!("{} weeks", h / 24 / 7);
    }
    if h < 24 * 365 * 2 {
        return format!("{} months", h / 24 / 30);
    }
    format!("{} years", h / 24 / 365)
}

#[cfg(test)]
mod tests;

//! Output formatting for the CLI: Go templates (`--format`), aligned tables, and human units.
//!
//! Pure code: no I/O besides returning strings.

mod template;

use anyhow::{anyhow, Result};
use serde_json::Value;

use template::Template;

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

/// Render `items` with a podman-style `--format` template.
///
/// * `table {{.A}}\t{{.B}}` prints a header row (from `headers`, else the field name in upper
///   case with CamelCase split) and aligns the tab-separated columns.
/// * Otherwise each item renders to one line.
///
/// Errors are Go's one-line texts, with the template named "format" and the items' type
/// "struct"; `render_named` names both.
pub fn render(template_text: &str, items: &[Value], headers: &[(&str, &str)]) -> Result<String> {
    render_named("format", "struct", template_text, items, headers)
}

/// `render` with the template's name and the items' type as podman's errors give them (e.g.
/// `ps` and `containers.psReporter`: `template: ps:1:2: executing "ps" at <.Nope>: can't
/// evaluate field Nope in type containers.psReporter`).
pub fn render_named(
    name: &str,
    item_type: &str,
    template_text: &str,
    items: &[Value],
    headers: &[(&str, &str)],
) -> Result<String> {
    let text = unescape(template_text);
    let (is_table, body) = match text.strip_prefix("table") {
        Some(rest) if rest.is_empty() || rest.starts_with(char::is_whitespace) => {
            (true, rest.trim_start().to_string())
        }
        _ => (false, text.clone()),
    };
    let t = Template::parse(name, &body).map_err(|e| anyhow!(e))?;
    let mut lines = Vec::new();
    for item in items {
        let mut s = t.execute(item, item_type).map_err(|e| anyhow!(e))?;
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

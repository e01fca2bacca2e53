//! Output formatting for the CLI: Go templates (`--format`), aligned tables, and human units.
//!
//! Pure code: no I/O besides returning strings.

use anyhow::Result;
use serde_json::Value;

/// Render `items` with a podman-style `--format` template.
///
/// * `table {{.A}}\t{{.B}}` prints a header row (from the field names, upper-cased and split as
///   podman does, or from `headers` when a field is listed there) and aligns columns.
/// * `{{json .}}` prints the item as JSON; other templates are rendered once per item, each
///   followed by a newline.
/// * Functions available: json, lower, upper, title, join, split, truncate, len, index, printf,
///   and gtmpl's built-ins (range, if, with, eq...).
pub fn render(template: &str, items: &[Value], headers: &[(&str, &str)]) -> Result<String> {
    let _ = (template, items, headers);
    todo!("format::render")
}

/// Align rows into columns separated by at least three spaces, like podman's tables.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let _ = (header, rows);
    todo!("format::table")
}

/// "4.27 MB": decimal units with three significant digits, as podman prints sizes.
pub fn human_size(bytes: u64) -> String {
    let _ = bytes;
    todo!("format::human_size")
}

/// "2 minutes ago", "About an hour ago": podman's relative times, from a Unix time in seconds.
pub fn human_ago(unix_secs: i64, now_secs: i64) -> String {
    let _ = (unix_secs, now_secs);
    todo!("format::human_ago")
}

/// "Up 5 seconds", "Exited (0) 2 minutes ago" style durations: "5 seconds", "About a minute".
pub fn human_duration(secs: i64) -> String {
    let _ = secs;
    todo!("format::human_duration")
}

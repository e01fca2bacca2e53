//! Printing helpers: JSON the way podman indents it, and `--format` templates.

use anyhow::Result;
use serde::Serialize;
use serde_json::Value;

/// JSON with four-space indentation, as podman prints inspect output.
pub fn json_pretty<T: Serialize>(v: &T) -> Result<String> {
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    v.serialize(&mut ser)?;
    Ok(String::from_utf8(buf)?)
}

/// Print items through a user template; `json` prints them as a JSON array.
pub fn print_format(format: &str, items: &[Value], headers: &[(&str, &str)]) -> Result<()> {
    if format == "json" {
        println!("{}", json_pretty(&items)?);
        return Ok(());
    }
    let out = crate::format::render(format, items, headers)?;
    print!("{out}");
    Ok(())
}

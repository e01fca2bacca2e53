//! systemd unit-file syntax: sections, `Key=Value` lines with their file and line, comments,
//! backslash continuations, drop-ins appended in order, the word splitting and quoting of
//! command lines (`Exec=`, `PodmanArgs=`, `ExecStart=`); and what every Quadlet file type
//! reads alike: booleans, keys skiff does not map, host paths relative to the file.

use std::path::{Path, PathBuf};
use std::rc::Rc;

/// One `Key=Value` assignment and where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub value: String,
    pub file: Rc<PathBuf>,
    pub line: usize,
}

impl Entry {
    /// `FILE:LINE`, for messages.
    pub fn at(&self) -> String {
        format!("{}:{}", self.file.display(), self.line)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub name: String,
    pub entries: Vec<Entry>,
}

/// A unit file with its drop-ins merged: sections in the order first seen, entries in the order
/// written (drop-ins after the main file).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnitFile {
    pub path: PathBuf,
    pub sections: Vec<Section>,
}

impl UnitFile {
    /// Parse `text` (read from `path`). Syntax errors are returned as `FILE:LINE: message`.
    pub fn parse(path: &Path, text: &str) -> Result<UnitFile, String> {
        let mut u = UnitFile {
            path: path.to_path_buf(),
            sections: Vec::new(),
        };
        u.merge(path, text)?;
        Ok(u)
    }

    /// Read and parse a file.
    pub fn load(path: &Path) -> Result<UnitFile, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        UnitFile::parse(path, &text)
    }

    /// Append the sections and entries of another file (a drop-in).
    pub fn merge(&mut self, path: &Path, text: &str) -> Result<(), String> {
        let file = Rc::new(path.to_path_buf());
        let mut current: Option<usize> = None;
        for (line, content) in logical_lines(text) {
            let at = || format!("{}:{line}", path.display());
            if let Some(name) = content.strip_prefix('[') {
                let name = name
                    .strip_suffix(']')
                    .filter(|n| !n.is_empty() && !n.contains(['[', ']']))
                    .ok_or_else(|| format!("{}: invalid section header {content:?}", at()))?;
                current = Some(self.section_index(name));
                continue;
            }
            let Some(idx) = current else {
                return Err(format!("{}: assignment outside of any section", at()));
            };
            let (k, v) = content
                .split_once('=')
                .ok_or_else(|| format!("{}: expected KEY=VALUE, got {content:?}", at()))?;
            let key = k.trim();
            if key.is_empty() {
                return Err(format!("{}: an assignment without a key", at()));
            }
            self.sections[idx].entries.push(Entry {
                key: key.to_string(),
                value: v.trim().to_string(),
                file: file.clone(),
                line,
            });
        }
        Ok(())
    }

    fn section_index(&mut self, name: &str) -> usize {
        if let Some(i) = self.sections.iter().position(|s| s.name == name) {
            return i;
        }
        self.sections.push(Section {
            name: name.to_string(),
            entries: Vec::new(),
        });
        self.sections.len() - 1
    }

    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }

    /// Every entry of `key` in `section` that counts: an empty assignment clears the ones
    /// before it, as systemd does for list settings.
    pub fn all(&self, section: &str, key: &str) -> Vec<&Entry> {
        let mut out = Vec::new();
        for e in self.section(section).map(|s| &s.entries[..]).unwrap_or(&[]) {
            if e.key == key {
                if e.value.is_empty() {
                    out.clear();
                } else {
                    out.push(e);
                }
            }
        }
        out
    }

    /// The last assignment of `key` (None when absent or reset to empty).
    pub fn last(&self, section: &str, key: &str) -> Option<&Entry> {
        self.section(section)?
            .entries
            .iter()
            .rev()
            .find(|e| e.key == key)
            .filter(|e| !e.value.is_empty())
    }
}

/// Lines without comments and blank lines, continuations joined; each with the number of the
/// line it starts on.
fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut pending: Option<(usize, String)> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if line.is_empty() && pending.is_none() {
            continue;
        }
        let (start, mut acc) = pending.take().unwrap_or((i + 1, String::new()));
        if let Some(body) = line.strip_suffix('\\') {
            acc.push_str(body);
            acc.push(' ');
            pending = Some((start, acc));
        } else {
            acc.push_str(line);
            out.push((start, acc.trim().to_string()));
        }
    }
    if let Some((start, acc)) = pending {
        out.push((start, acc.trim().to_string()));
    }
    out
}

/// Split a value into words as systemd does for command lines: whitespace separates,
/// `"..."` and `'...'` quote, backslash escapes (`\n`, `\t`, `\\`, `\"`, `\'`, `\ `).
pub fn split_words(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (c, quote) {
            ('\\', _) => {
                let n = chars
                    .next()
                    .ok_or_else(|| format!("{s:?}: a backslash at the end"))?;
                cur.push(match n {
                    'n' => '\n',
                    't' => '\t',
                    other => other,
                });
                in_word = true;
            }
            (q, Some(open)) if q == open => quote = None,
            (_, Some(_)) => cur.push(c),
            ('"' | '\'', None) => {
                quote = Some(c);
                in_word = true;
            }
            (w, None) if w.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            _ => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if quote.is_some() {
        return Err(format!("{s:?}: an unterminated quote"));
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

/// One word of a command line as systemd reads it back: quoted when needed, `\` and `"`
/// escaped, `$` doubled (no variable expansion). `%` specifiers are kept for systemd.
pub fn quote_word(w: &str) -> String {
    let escaped = w
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
        .replace('$', "$$");
    let plain = !w.is_empty()
        && !w
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '\\' | ';'));
    if plain {
        escaped
    } else {
        format!("\"{escaped}\"")
    }
}

/// A command line for `ExecStart=`: every word quoted as needed.
pub fn command_line(words: &[String]) -> String {
    words
        .iter()
        .map(|w| quote_word(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// podman's boolean spellings: 1/yes/true/on and 0/no/false/off.
pub fn parse_bool(e: &Entry) -> Result<bool, String> {
    match e.value.to_ascii_lowercase().as_str() {
        "1" | "yes" | "true" | "on" => Ok(true),
        "0" | "no" | "false" | "off" => Ok(false),
        _ => Err(format!(
            "{}: {}={}: not a boolean (use true or false)",
            e.at(),
            e.key,
            e.value
        )),
    }
}

/// Report every key of `section` that skiff does not map, with its file and line.
pub fn check_keys(
    u: &UnitFile,
    section: &str,
    supported: &[&str],
    podman_only: &[&str],
) -> Vec<String> {
    let mut out = Vec::new();
    for e in u.section(section).map(|s| &s.entries[..]).unwrap_or(&[]) {
        if supported.contains(&e.key.as_str()) {
            continue;
        }
        if podman_only.contains(&e.key.as_str()) {
            out.push(format!("{}: {}= is not supported by skiff", e.at(), e.key));
        } else {
            out.push(format!(
                "{}: unsupported key {}= in [{section}]",
                e.at(),
                e.key
            ));
        }
    }
    out
}

/// A relative host path in a unit file is relative to the file's directory.
pub fn host_path(u: &UnitFile, p: &str) -> String {
    if p.starts_with("./") || p.starts_with("../") {
        let dir = u.path.parent().unwrap_or(Path::new("/"));
        return dir.join(p.trim_start_matches("./")).display().to_string();
    }
    p.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_entries_comments_and_continuations() {
        let text = "# comment\n[Unit]\nDescription=web \n\n[Container]\n; other\nImage=busybox\nExec=sh -c \\\n  'echo hi'\nEnvironment=A=1\nEnvironment=\nEnvironment=B=2\n";
        let u = UnitFile::parse(Path::new("/x/web.container"), text).unwrap();
        assert_eq!(u.sections.len(), 2);
        assert_eq!(u.last("Unit", "Description").unwrap().value, "web");
        let exec = u.last("Container", "Exec").unwrap();
        assert_eq!(exec.line, 8);
        assert_eq!(
            split_words(&exec.value).unwrap(),
            ["sh", "-c", "echo hi"].map(String::from)
        );
        let env: Vec<&str> = u
            .all("Container", "Environment")
            .iter()
            .map(|e| e.value.as_str())
            .collect();
        assert_eq!(env, ["B=2"]);
        assert_eq!(
            u.last("Container", "Image").unwrap().at(),
            "/x/web.container:7"
        );
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let e = UnitFile::parse(Path::new("a.container"), "Image=x\n").unwrap_err();
        assert_eq!(e, "a.container:1: assignment outside of any section");
        let e = UnitFile::parse(Path::new("a.container"), "[Container]\n\nbogus\n").unwrap_err();
        assert_eq!(e, "a.container:3: expected KEY=VALUE, got \"bogus\"");
        let e = UnitFile::parse(Path::new("a.container"), "[Container\n").unwrap_err();
        assert!(
            e.starts_with("a.container:1: invalid section header"),
            "{e}"
        );
    }

    #[test]
    fn drop_ins_append() {
        let mut u = UnitFile::parse(Path::new("w.container"), "[Container]\nImage=a\n").unwrap();
        u.merge(Path::new("w.container.d/10.conf"), "[Container]\nImage=b\n")
            .unwrap();
        let e = u.last("Container", "Image").unwrap();
        assert_eq!(
            (e.value.as_str(), e.at()),
            ("b", "w.container.d/10.conf:2".into())
        );
    }

    #[test]
    fn words_and_quoting_round_trip() {
        let words = split_words(r#"a "b c" 'd "e"' f\ g h\\i "j\"k""#).unwrap();
        assert_eq!(words, ["a", "b c", "d \"e\"", "f g", "h\\i", "j\"k"]);
        let line = command_line(&words);
        assert_eq!(split_words(&line).unwrap(), words);
        assert_eq!(quote_word("$HOME"), "$$HOME");
        assert_eq!(quote_word(""), "\"\"");
        assert!(split_words("\"open").is_err());
    }
}

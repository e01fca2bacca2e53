//! From Dockerfile text to logical lines: parser directives (`# syntax=`, `# escape=`) at the
//! top, comments, line continuations (the escape character at the end of a line, trailing
//! blanks after it tolerated, comment and empty lines inside a continued instruction
//! skipped), and the heredocs (`<<EOF`, `<<-EOF`, `<<"EOF"`) of RUN, COPY and ADD.

use anyhow::{anyhow, bail, Result};

/// A heredoc's body, with leading tabs already removed for `<<-`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heredoc {
    pub name: String,
    pub body: String,
    /// False when the delimiter was quoted: the body is taken literally.
    pub expand: bool,
}

/// One instruction as written: its keyword (upper case), the rest of its line(s) joined, the
/// line it starts on and its heredocs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawInstruction {
    pub line: usize,
    pub keyword: String,
    pub rest: String,
    pub heredocs: Vec<Heredoc>,
}

/// The directives and logical lines of a Dockerfile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lines {
    pub escape: char,
    pub syntax: Option<String>,
    pub instructions: Vec<RawInstruction>,
}

/// `# name=value` at the top of the file.
fn directive(line: &str) -> Option<(String, String)> {
    let body = line.trim().strip_prefix('#')?.trim();
    let (k, v) = body.split_once('=')?;
    let k = k.trim();
    if k.is_empty() || !k.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some((k.to_ascii_lowercase(), v.trim().to_string()))
}

fn directives(lines: &[&str]) -> Result<(char, Option<String>, usize)> {
    let mut escape = '\\';
    let mut syntax = None;
    let mut seen: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((k, v)) = directive(lines[i]) else {
            break;
        };
        if !["syntax", "escape", "check"].contains(&k.as_str()) {
            break;
        }
        if seen.contains(&k) {
            bail!("line {}: only one {k} parser directive can be used", i + 1);
        }
        match k.as_str() {
            "escape" => {
                escape = match v.as_str() {
                    "\\" => '\\',
                    "`" => '`',
                    _ => bail!(
                        "line {}: invalid escape token {v:?} does not match ` or \\",
                        i + 1
                    ),
                }
            }
            "syntax" => syntax = Some(v),
            _ => {}
        }
        seen.push(k);
        i += 1;
    }
    Ok((escape, syntax, i))
}

fn is_blank_or_comment(l: &str) -> bool {
    let t = l.trim_start();
    t.is_empty() || t.starts_with('#')
}

/// The heredoc delimiters on an instruction line, outside quotes: (name, strip tabs, expand).
pub fn heredoc_markers(s: &str) -> Vec<(String, bool, bool)> {
    let b: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut quote: Option<char> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '<' && b.get(i + 1) == Some(&'<') && b.get(i + 2) != Some(&'<') => {
                let mut j = i + 2;
                let strip = b.get(j) == Some(&'-');
                if strip {
                    j += 1;
                }
                let q = b.get(j).copied().filter(|c| *c == '"' || *c == '\'');
                if q.is_some() {
                    j += 1;
                }
                let start = j;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == '_') {
                    j += 1;
                }
                if j > start && !b[start].is_ascii_digit() {
                    let name: String = b[start..j].iter().collect();
                    let closed = match q {
                        Some(q) => b.get(j) == Some(&q),
                        None => true,
                    };
                    if closed {
                        out.push((name, strip, q.is_none()));
                        i = j + usize::from(q.is_some());
                        continue;
                    }
                }
            }
            None => {}
        }
        i += 1;
    }
    out
}

/// Read the bodies of `markers` from `lines[*i..]`, advancing `*i` past each terminator.
fn read_heredocs(
    lines: &[&str],
    i: &mut usize,
    markers: Vec<(String, bool, bool)>,
    start: usize,
) -> Result<Vec<Heredoc>> {
    let mut out = Vec::new();
    for (name, strip, expand) in markers {
        let mut body = String::new();
        loop {
            let Some(l) = lines.get(*i) else {
                bail!("line {start}: unterminated heredoc {name}: no line {name:?} ends it");
            };
            *i += 1;
            let l = l.strip_suffix('\r').unwrap_or(l);
            let l = if strip { l.trim_start_matches('\t') } else { l };
            if l == name {
                break;
            }
            body.push_str(l);
            body.push('\n');
        }
        out.push(Heredoc { name, body, expand });
    }
    Ok(out)
}

/// Split a Dockerfile into its directives and instructions.
pub fn lines(text: &str) -> Result<Lines> {
    let all: Vec<&str> = text.split('\n').collect();
    let (escape, syntax, mut i) = directives(&all)?;
    let mut instructions = Vec::new();
    while i < all.len() {
        if is_blank_or_comment(all[i]) {
            i += 1;
            continue;
        }
        let start = i + 1;
        let mut buf = String::new();
        loop {
            let l = all[i].strip_suffix('\r').unwrap_or(all[i]);
            i += 1;
            let t = l.trim_end();
            match t.strip_suffix(escape) {
                Some(head) => {
                    buf.push_str(head);
                    while i < all.len() && is_blank_or_comment(all[i]) {
                        i += 1;
                    }
                    if i >= all.len() {
                        break;
                    }
                }
                None => {
                    buf.push_str(l);
                    break;
                }
            }
        }
        let text = buf.trim();
        let (kw, rest) = match text.find(char::is_whitespace) {
            Some(p) => (&text[..p], text[p..].trim()),
            None => (text, ""),
        };
        let keyword = kw.to_ascii_uppercase();
        let heredocs = if matches!(keyword.as_str(), "RUN" | "COPY" | "ADD") {
            read_heredocs(&all, &mut i, heredoc_markers(rest), start)?
        } else {
            Vec::new()
        };
        instructions.push(RawInstruction {
            line: start,
            keyword,
            rest: rest.to_string(),
            heredocs,
        });
    }
    Ok(Lines {
        escape,
        syntax,
        instructions,
    })
}

/// Flags as written: `--name=value` (or `--name`).
pub type FlagList = Vec<(String, Option<String>)>;

/// `--name=value` flags at the start of an instruction's arguments; the rest after them.
pub fn flags(rest: &str) -> Result<(FlagList, &str)> {
    let mut out = Vec::new();
    let mut r = rest.trim_start();
    while let Some(f) = r.strip_prefix("--") {
        let end = f.find(char::is_whitespace).unwrap_or(f.len());
        let word = &f[..end];
        if word.is_empty() {
            break;
        }
        let (name, value) = match word.split_once('=') {
            Some((n, v)) => (n.to_ascii_lowercase(), Some(v.to_string())),
            None => (word.to_ascii_lowercase(), None),
        };
        if name.is_empty() {
            return Err(anyhow!("invalid flag --{word}"));
        }
        out.push((name, value));
        r = f[end..].trim_start();
    }
    Ok((out, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuations_comments_and_directives() {
        let t = "# syntax=docker/dockerfile:1\n# escape=\\\n\n# a comment\nFROM busybox AS b\nRUN echo a \\  \n# inside\n\n    b \\\n c\nrun x\r\n";
        let l = lines(t).unwrap();
        assert_eq!(l.syntax.as_deref(), Some("docker/dockerfile:1"));
        assert_eq!(l.instructions.len(), 3);
        assert_eq!(l.instructions[0].keyword, "FROM");
        assert_eq!(l.instructions[0].rest, "busybox AS b");
        assert_eq!(l.instructions[1].line, 6);
        assert_eq!(l.instructions[1].rest, "echo a     b  c");
        assert_eq!(l.instructions[2].keyword, "RUN");
        assert_eq!(l.instructions[2].line, 11);
    }

    #[test]
    fn backtick_escape() {
        let l = lines("# escape=`\nFROM x\nRUN dir c:\\ `\n  /w\n").unwrap();
        assert_eq!(l.escape, '`');
        assert_eq!(l.instructions[1].rest, "dir c:\\   /w");
        assert!(lines("# escape=x\nFROM a\n").is_err());
        // A directive after an instruction is a comment.
        let l = lines("FROM a\n# escape=`\nRUN a \\\n b\n").unwrap();
        assert_eq!(l.escape, '\\');
        assert_eq!(l.instructions[1].rest, "a  b");
    }

    #[test]
    fn heredocs() {
        let t = "FROM a\nRUN <<EOF\necho 1\necho 2\nEOF\nCOPY <<-\"X\" <<Y /d/\n\tliteral $A\n\tX\ny\nY\nENV A=1\n";
        let l = lines(t).unwrap();
        let run = &l.instructions[1];
        assert_eq!(run.heredocs.len(), 1);
        assert_eq!(run.heredocs[0].body, "echo 1\necho 2\n");
        assert!(run.heredocs[0].expand);
        let copy = &l.instructions[2];
        assert_eq!(copy.heredocs[0].name, "X");
        assert_eq!(copy.heredocs[0].body, "literal $A\n");
        assert!(!copy.heredocs[0].expand);
        assert_eq!(copy.heredocs[1].body, "y\n");
        assert_eq!(l.instructions[3].keyword, "ENV");
        assert_eq!(l.instructions[3].line, 11);
        assert!(lines("FROM a\nRUN <<EOF\necho\n").is_err());
        assert!(heredoc_markers("echo '<<EOF'").is_empty());
        assert!(heredoc_markers("echo $((1<<3))").is_empty());
    }

    #[test]
    fn flag_parsing() {
        let (f, r) = flags("--from=build --chown=1:2 --link src dst").unwrap();
        assert_eq!(
            f,
            vec![
                ("from".to_string(), Some("build".to_string())),
                ("chown".to_string(), Some("1:2".to_string())),
                ("link".to_string(), None)
            ]
        );
        assert_eq!(r, "src dst");
    }
}

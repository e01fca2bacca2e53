//! Variable interpolation in compose files: `$VAR`, `${VAR}`, `${VAR:-default}`,
//! `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`, `$$` for a
//! literal `$`; defaults and alternatives may themselves hold variables.

use anyhow::{bail, Result};
use std::collections::BTreeMap;

/// Where variables come from: the caller's environment over the project's `.env`.
pub type Vars = BTreeMap<String, String>;

/// What interpolating one string gave: the text, and the variables it used that were unset.
#[derive(Debug)]
pub struct Interpolated {
    pub text: String,
    pub unset: Vec<String>,
}

/// Interpolate `s`. Errors: a malformed `${...}`, a required variable without a value.
pub fn interpolate(s: &str, vars: &Vars) -> Result<Interpolated> {
    let mut unset = Vec::new();
    let text = expand(s, vars, &mut unset)?;
    Ok(Interpolated { text, unset })
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_name(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn expand(s: &str, vars: &Vars, unset: &mut Vec<String>) -> Result<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '$' {
            out.push(c);
            i += 1;
            continue;
        }
        match chars.get(i + 1) {
            Some('$') => {
                out.push('$');
                i += 2;
            }
            Some('{') => {
                // Find the matching brace, counting nested `${`.
                let mut depth = 1;
                let mut j = i + 2;
                while j < chars.len() {
                    match chars[j] {
                        '{' if chars[j - 1] == '$' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= chars.len() {
                    bail!("invalid interpolation format for {s:?}: unclosed \"${{\". You may need to escape any $ with another $");
                }
                let inner: String = chars[i + 2..j].iter().collect();
                out.push_str(&braced(&inner, s, vars, unset)?);
                i = j + 1;
            }
            Some(&n) if is_name_start(n) => {
                let mut j = i + 1;
                while j < chars.len() && is_name(chars[j]) {
                    j += 1;
                }
                let name: String = chars[i + 1..j].iter().collect();
                match vars.get(&name) {
                    Some(v) => out.push_str(v),
                    None => unset.push(name),
                }
                i = j;
            }
            _ => bail!(
                "invalid interpolation format for {s:?}. You may need to escape any $ with another $"
            ),
        }
    }
    Ok(out)
}

/// The inside of `${...}`.
fn braced(inner: &str, whole: &str, vars: &Vars, unset: &mut Vec<String>) -> Result<String> {
    let name_end = inner
        .char_indices()
        .find(|&(_, c)| !is_name(c))
        .map_or(inner.len(), |(i, _)| i);
    let name = &inner[..name_end];
    let rest = &inner[name_end..];
    if name.is_empty() || !name.starts_with(is_name_start) {
        bail!("invalid interpolation format for {whole:?}: \"${{{inner}}}\". You may need to escape any $ with another $");
    }
    let value = vars.get(name);
    let (op, arg) = if let Some(a) = rest.strip_prefix(":-") {
        (":-", a)
    } else if let Some(a) = rest.strip_prefix(":?") {
        (":?", a)
    } else if let Some(a) = rest.strip_prefix(":+") {
        (":+", a)
    } else if let Some(a) = rest.strip_prefix('-') {
        ("-", a)
    } else if let Some(a) = rest.strip_prefix('?') {
        ("?", a)
    } else if let Some(a) = rest.strip_prefix('+') {
        ("+", a)
    } else if rest.is_empty() {
        ("", "")
    } else {
        bail!("invalid interpolation format for {whole:?}: \"${{{inner}}}\". You may need to escape any $ with another $");
    };
    let empty = value.is_none_or(|v| v.is_empty());
    Ok(match op {
        "" => match value {
            Some(v) => v.clone(),
            None => {
                unset.push(name.to_string());
                String::new()
            }
        },
        ":-" if empty => expand(arg, vars, unset)?,
        "-" if value.is_none() => expand(arg, vars, unset)?,
        ":?" if empty => bail!(
            "required variable {name} is missing a value: {}",
            expand(arg, vars, unset)?
        ),
        "?" if value.is_none() => bail!(
            "required variable {name} is missing a value: {}",
            expand(arg, vars, unset)?
        ),
        ":+" => {
            if empty {
                String::new()
            } else {
                expand(arg, vars, unset)?
            }
        }
        "+" => {
            if value.is_none() {
                String::new()
            } else {
                expand(arg, vars, unset)?
            }
        }
        _ => value.cloned().unwrap_or_default(),
    })
}

/// A `.env` file: `KEY=VALUE` lines, `#` comments, `export ` prefixes, quoted values
/// (double quotes take `\n` escapes), values interpolated with the variables before them.
pub fn parse_dotenv(text: &str, base: &Vars) -> Result<Vars> {
    let mut out = Vars::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let Some((k, v)) = line.split_once('=') else {
            // A bare KEY takes the caller's value, when there is one.
            if let Some(v) = base.get(line) {
                out.insert(line.to_string(), v.clone());
            }
            continue;
        };
        let k = k.trim();
        if k.is_empty() || !k.chars().all(|c| is_name(c) || c == '.' || c == '-') {
            bail!("line {}: invalid variable name {k:?}", n + 1);
        }
        let v = v.trim_start();
        let value = if let Some(q) = v.strip_prefix('"') {
            let end = q
                .rfind('"')
                .ok_or_else(|| anyhow::anyhow!("line {}: unterminated quoted value", n + 1))?;
            let mut both = base.clone();
            both.extend(out.clone());
            expand(&q[..end], &both, &mut Vec::new())?
                .replace("\\n", "\n")
                .replace("\\\"", "\"")
        } else if let Some(q) = v.strip_prefix('\'') {
            let end = q
                .rfind('\'')
                .ok_or_else(|| anyhow::anyhow!("line {}: unterminated quoted value", n + 1))?;
            q[..end].to_string()
        } else {
            let v = match v.find(" #") {
                Some(i) => &v[..i],
                None => v,
            };
            let mut both = base.clone();
            both.extend(out.clone());
            expand(v.trim_end(), &both, &mut Vec::new())?
        };
        out.insert(k.to_string(), value);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars() -> Vars {
        [("A", "1"), ("E", ""), ("NAME", "web")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn ip(s: &str) -> String {
        interpolate(s, &vars()).unwrap().text
    }

    #[test]
    fn forms() {
        assert_eq!(ip("x${A}y"), "x1y");
        assert_eq!(ip("$A-$NAME"), "1-web");
        assert_eq!(ip("$$A"), "$A");
        assert_eq!(ip("${E:-d}"), "d");
        assert_eq!(ip("${E-d}"), "");
        assert_eq!(ip("${U-d}"), "d");
        assert_eq!(ip("${U:-${NAME}x}"), "webx");
        assert_eq!(ip("${A:+yes}"), "yes");
        assert_eq!(ip("${E:+yes}"), "");
        assert_eq!(ip("${E+yes}"), "yes");
        assert_eq!(ip("no vars"), "no vars");
        let r = interpolate("${U}", &vars()).unwrap();
        assert_eq!((r.text.as_str(), r.unset), ("", vec!["U".to_string()]));
    }

    #[test]
    fn errors() {
        let e = interpolate("${U:?must be set}", &vars()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "required variable U is missing a value: must be set"
        );
        assert!(interpolate("${E:?x}", &vars()).is_err());
        assert!(interpolate("${E?x}", &vars()).is_ok());
        assert!(interpolate("${A", &vars()).is_err());
        assert!(interpolate("${}", &vars()).is_err());
        assert!(interpolate("${A!}", &vars()).is_err());
        assert!(interpolate("cost $5", &vars()).is_err());
    }

    #[test]
    fn dotenv() {
        let text = "# c\nTAG=1.2\nexport B=\"two words\" \nC='lit $X'\nD=${TAG}-x # note\n\nE=\n";
        let v = parse_dotenv(text, &Vars::new()).unwrap();
        assert_eq!(v["TAG"], "1.2");
        assert_eq!(v["B"], "two words");
        assert_eq!(v["C"], "lit $X");
        assert_eq!(v["D"], "1.2-x");
        assert_eq!(v["E"], "");
        assert!(parse_dotenv("bad key=1", &Vars::new()).is_err());
    }
}

//! Words and variable substitution, as the Dockerfile reference defines them for ADD, COPY,
//! ENV, EXPOSE, FROM, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR and ARG: `$VAR`, `${VAR}`,
//! `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?message}`;
//! single quotes keep everything literal, double quotes keep spaces and allow substitution,
//! the escape character (`\` or `` ` ``) makes the next character literal.

use anyhow::{bail, Result};

/// Looks a variable up: `None` when it is not set.
pub type Lookup<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Expands words with one escape character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expander {
    pub escape: char,
}

impl Default for Expander {
    fn default() -> Self {
        Expander { escape: '\\' }
    }
}

struct Scan<'a> {
    chars: Vec<char>,
    pos: usize,
    escape: char,
    env: Lookup<'a>,
    /// Quotes and escapes are ordinary characters (heredoc bodies).
    literal: bool,
}

impl Scan<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    /// Words of the input; with `split` unquoted whitespace separates words, else the whole
    /// input is one word.
    fn words(&mut self, split: bool) -> Result<Vec<String>> {
        let mut out = Vec::new();
        let mut cur = String::new();
        let mut started = false;
        while let Some(c) = self.next() {
            match c {
                '$' if self.literal => {
                    let v = self.dollar()?;
                    cur.push_str(&v);
                }
                c if self.literal => cur.push(c),
                c if split && c.is_whitespace() => {
                    if started {
                        out.push(std::mem::take(&mut cur));
                        started = false;
                    }
                }
                '\'' => {
                    started = true;
                    loop {
                        match self.next() {
                            Some('\'') => break,
                            Some(c) => cur.push(c),
                            None => bail!("unexpected end of statement while looking for matching single-quote"),
                        }
                    }
                }
                '"' => {
                    started = true;
                    self.double_quoted(&mut cur)?;
                }
                '$' => {
                    started = true;
                    let v = self.dollar()?;
                    cur.push_str(&v);
                }
                c if c == self.escape => {
                    started = true;
                    match self.next() {
                        Some(n) => cur.push(n),
                        None => cur.push(c),
                    }
                }
                c => {
                    started = true;
                    cur.push(c);
                }
            }
        }
        if started || !split {
            out.push(cur);
        }
        Ok(out)
    }

    fn double_quoted(&mut self, cur: &mut String) -> Result<()> {
        loop {
            match self.next() {
                Some('"') => return Ok(()),
                Some('$') => {
                    let v = self.dollar()?;
                    cur.push_str(&v);
                }
                Some(c) if c == self.escape => match self.peek() {
                    Some(n) if n == '"' || n == '$' || n == self.escape => {
                        self.pos += 1;
                        cur.push(n);
                    }
                    _ => cur.push(c),
                },
                Some(c) => cur.push(c),
                None => {
                    bail!("unexpected end of statement while looking for matching double-quote")
                }
            }
        }
    }

    fn name(&mut self) -> String {
        let mut n = String::new();
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == '_' {
                n.push(c);
                self.pos += 1;
            } else {
                break;
            }
        }
        n
    }

    /// After a `$`: the substitution's value.
    fn dollar(&mut self) -> Result<String> {
        match self.peek() {
            Some('{') => {
                self.pos += 1;
                self.braced()
            }
            Some(c) if c.is_ascii_alphanumeric() || c == '_' => {
                let n = self.name();
                Ok((self.env)(&n).unwrap_or_default())
            }
            _ => Ok("$".into()),
        }
    }

    /// `${...}` after the brace.
    fn braced(&mut self) -> Result<String> {
        let name = self.name();
        if name.is_empty() {
            bail!("missing ':' in substitution");
        }
        let value = (self.env)(&name);
        match self.next() {
            Some('}') => Ok(value.unwrap_or_default()),
            Some(':') => {
                let op = self.next();
                let word = self.word_until_brace()?;
                let set = value.as_deref().is_some_and(|v| !v.is_empty());
                match op {
                    Some('-') => Ok(if set { value.unwrap_or_default() } else { word }),
                    Some('+') => Ok(if set { word } else { String::new() }),
                    Some('?') => {
                        if set {
                            Ok(value.unwrap_or_default())
                        } else if word.is_empty() {
                            bail!("{name}: is not allowed to be unset")
                        } else {
                            bail!("{name}: {word}")
                        }
                    }
                    _ => bail!("unsupported modifier in substitution ${{{name}:...}}"),
                }
            }
            Some('-') => {
                let word = self.word_until_brace()?;
                Ok(value.unwrap_or(word))
            }
            Some('+') => {
                let word = self.word_until_brace()?;
                Ok(if value.is_some() { word } else { String::new() })
            }
            Some(c) => bail!("unsupported character {c:?} in substitution ${{{name}...}}"),
            None => bail!("missing '}}' in substitution ${{{name}"),
        }
    }

    /// The word of `${VAR:-word}` up to the closing brace, itself expanded.
    fn word_until_brace(&mut self) -> Result<String> {
        let mut out = String::new();
        loop {
            match self.next() {
                Some('}') => return Ok(out),
                Some('$') => {
                    let v = self.dollar()?;
                    out.push_str(&v);
                }
                Some('\'') => loop {
                    match self.next() {
                        Some('\'') => break,
                        Some(c) => out.push(c),
                        None => bail!("missing '}}' in substitution"),
                    }
                },
                Some('"') => self.double_quoted(&mut out)?,
                Some(c) if c == self.escape => {
                    if let Some(n) = self.next() {
                        out.push(n);
                    }
                }
                Some(c) => out.push(c),
                None => bail!("missing '}}' in substitution"),
            }
        }
    }
}

impl Expander {
    fn scan<'a>(&self, s: &str, env: Lookup<'a>) -> Scan<'a> {
        Scan {
            chars: s.chars().collect(),
            pos: 0,
            escape: self.escape,
            env,
            literal: false,
        }
    }

    /// Variables substituted, everything else kept as written (COPY heredoc bodies).
    pub fn vars(&self, s: &str, env: Lookup) -> Result<String> {
        let mut sc = self.scan(s, env);
        sc.literal = true;
        Ok(sc.words(false)?.pop().unwrap_or_default())
    }

    /// One word: quotes removed, variables substituted, whitespace kept.
    pub fn word(&self, s: &str, env: Lookup) -> Result<String> {
        Ok(self.scan(s, env).words(false)?.pop().unwrap_or_default())
    }

    /// Words separated by unquoted whitespace, each expanded.
    #[cfg(test)]
    pub fn words(&self, s: &str, env: Lookup) -> Result<Vec<String>> {
        self.scan(s, env).words(true)
    }

    /// Split into words on unquoted whitespace without expanding anything (quotes and escapes
    /// are kept as written): how `KEY=VALUE` lists are cut before each value is expanded.
    pub fn split_raw(&self, s: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = String::new();
        let mut quote: Option<char> = None;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match (quote, c) {
                (None, c) if c.is_whitespace() => {
                    if !cur.is_empty() {
                        out.push(std::mem::take(&mut cur));
                    }
                    continue;
                }
                (None, '\'' | '"') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (Some('\''), _) => {}
                (_, c) if c == self.escape => {
                    cur.push(c);
                    if let Some(n) = chars.next() {
                        cur.push(n);
                    }
                    continue;
                }
                _ => {}
            }
            cur.push(c);
        }
        if !cur.is_empty() {
            out.push(cur);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        match name {
            "A" => Some("a".into()),
            "SP" => Some("x y".into()),
            "EMPTY" => Some(String::new()),
            _ => None,
        }
    }

    fn w(s: &str) -> String {
        Expander::default().word(s, &env).unwrap()
    }

    #[test]
    fn substitutions() {
        assert_eq!(w("$A"), "a");
        assert_eq!(w("${A}b"), "ab");
        assert_eq!(w("$Ab"), "");
        assert_eq!(w("${NOPE:-def}"), "def");
        assert_eq!(w("${EMPTY:-def}"), "def");
        assert_eq!(w("${EMPTY-def}"), "");
        assert_eq!(w("${A:-def}"), "a");
        assert_eq!(w("${A:+alt}"), "alt");
        assert_eq!(w("${NOPE:+alt}"), "");
        assert_eq!(w("${EMPTY+alt}"), "alt");
        assert_eq!(w("${NOPE:-$A/x}"), "a/x");
        assert_eq!(w("cost $5"), "cost ");
        assert_eq!(w("a$"), "a$");
        assert_eq!(w("$ a"), "$ a");
        assert!(Expander::default()
            .word("${NOPE:?must be set}", &env)
            .is_err());
        assert!(Expander::default().word("${A", &env).is_err());
    }

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(w("'$A'"), "$A");
        assert_eq!(w("\"$A b\""), "a b");
        assert_eq!(w("\\$A"), "$A");
        assert_eq!(w("\"\\$A \\\" \\x\""), "$A \" \\x");
        assert_eq!(w("a\\ b"), "a b");
        let bt = Expander { escape: '`' };
        assert_eq!(bt.word("`$A C:\\dir", &env).unwrap(), "$A C:\\dir");
        assert!(Expander::default().word("'open", &env).is_err());
        assert_eq!(
            Expander::default()
                .vars("say \"$A\" 'x' ${NOPE:-d}\n", &env)
                .unwrap(),
            "say \"a\" 'x' d\n"
        );
    }

    #[test]
    fn word_lists() {
        let e = Expander::default();
        assert_eq!(
            e.words("a  \"b c\" '$A' $A ''", &env).unwrap(),
            ["a", "b c", "$A", "a", ""]
        );
        assert_eq!(e.words("  ", &env).unwrap(), Vec::<String>::new());
        assert_eq!(
            e.split_raw(r#"A=1 B="two words" C='x y' D=a\ b"#),
            ["A=1", "B=\"two words\"", "C='x y'", "D=a\\ b"]
        );
    }
}

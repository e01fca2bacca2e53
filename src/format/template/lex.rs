//! Lexer of Go's text/template syntax: text, `{{ }}` actions with trim markers, comments.

/// What a token is.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// Literal text between actions (trim markers already applied).
    Text(String),
    LeftDelim,
    RightDelim,
    Space,
    /// An identifier: a keyword or a function name.
    Ident(String),
    /// `.Name` (one element of a field chain).
    Field(String),
    /// `$` or `$name`.
    Variable(String),
    Dot,
    /// A quoted or raw string, already unquoted.
    Str(String),
    /// A number or character constant, as written.
    Number(String),
    Char(char),
    LParen,
    RParen,
    Pipe,
    Declare,
    Assign,
    Comma,
    Eof,
}

#[derive(Clone, Debug)]
pub struct Token {
    pub tok: Tok,
    /// Byte offset in the template text.
    pub pos: usize,
    /// Byte offset just past the token.
    pub end: usize,
}

/// A lexing error: the byte offset where it happened and Go's message.
#[derive(Debug)]
pub struct LexError {
    pub pos: usize,
    pub msg: String,
}

const LEFT: &str = "{{";
const RIGHT: &str = "}}";

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Split `text` into tokens.
pub fn lex(text: &str) -> Result<Vec<Token>, LexError> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    // Trim leading spaces of the next text (after a `-}}`).
    let mut trim_next = false;
    loop {
        let rel = text[pos..].find(LEFT);
        let text_end = rel.map_or(text.len(), |r| pos + r);
        let after = text_end + LEFT.len();
        let trim_left = rel.is_some()
            && b.get(after) == Some(&b'-')
            && b.get(after + 1).copied().is_some_and(is_space);
        let mut chunk = &text[pos..text_end];
        if trim_next {
            chunk = chunk.trim_start_matches(|c: char| c.is_ascii() && is_space(c as u8));
        }
        if trim_left {
            chunk = chunk.trim_end_matches(|c: char| c.is_ascii() && is_space(c as u8));
        }
        if !chunk.is_empty() {
            out.push(Token {
                tok: Tok::Text(chunk.to_string()),
                pos,
                end: text_end,
            });
        }
        if rel.is_none() {
            break;
        }
        let start = text_end;
        let mut p = after;
        if trim_left {
            p += 2;
        }
        // A comment: `{{/* ... */}}`, possibly with trim markers.
        if text[p..].starts_with("/*") {
            let Some(close) = text[p + 2..].find("*/") else {
                return Err(LexError {
                    pos: start,
                    msg: "unclosed comment".into(),
                });
            };
            let mut q = p + 2 + close + 2;
            let trim_right = text[q..].starts_with(" -}}")
                || (b.get(q).copied().is_some_and(is_space) && text[q + 1..].starts_with("-}}"));
            if trim_right {
                q += 1 + 3;
            } else if text[q..].starts_with(RIGHT) {
                q += 2;
            } else {
                return Err(LexError {
                    pos: start,
                    msg: "comment ends before closing delimiter".into(),
                });
            }
            trim_next = trim_right;
            pos = q;
            continue;
        }
        out.push(Token {
            tok: Tok::LeftDelim,
            pos: start,
            end: p,
        });
        let (next, trim_right) = lex_action(text, p, &mut out)?;
        trim_next = trim_right;
        pos = next;
    }
    out.push(Token {
        tok: Tok::Eof,
        pos: text.len(),
        end: text.len(),
    });
    Ok(out)
}

/// Tokens of one action starting at `p` (just past `{{` and its trim marker), up to and
/// including the right delimiter. Returns the offset after it and whether it trims.
fn lex_action(text: &str, mut p: usize, out: &mut Vec<Token>) -> Result<(usize, bool), LexError> {
    let b = text.as_bytes();
    let mut parens = 0usize;
    loop {
        // The right delimiter, with or without a trim marker.
        if b.get(p).copied().is_some_and(is_space) {
            let mut q = p;
            while b.get(q).copied().is_some_and(is_space) {
                q += 1;
            }
            if text[q..].starts_with("-}}") {
                if parens > 0 {
                    return Err(LexError {
                        pos: p,
                        msg: "unclosed left paren".into(),
                    });
                }
                out.push(Token {
                    tok: Tok::RightDelim,
                    pos: q,
                    end: q + 3,
                });
                return Ok((q + 3, true));
            }
            out.push(Token {
                tok: Tok::Space,
                pos: p,
                end: q,
            });
            p = q;
            continue;
        }
        if text[p..].starts_with(RIGHT) {
            if parens > 0 {
                return Err(LexError {
                    pos: p,
                    msg: "unclosed left paren".into(),
                });
            }
            out.push(Token {
                tok: Tok::RightDelim,
                pos: p,
                end: p + 2,
            });
            return Ok((p + 2, false));
        }
        let Some(c) = text[p..].chars().next() else {
            return Err(LexError {
                pos: p,
                msg: "unclosed action".into(),
            });
        };
        let start = p;
        let tok = match c {
            '(' => {
                parens += 1;
                p += 1;
                Tok::LParen
            }
            ')' => {
                if parens == 0 {
                    return Err(LexError {
                        pos: p,
                        msg: "unexpected right paren".into(),
                    });
                }
                parens -= 1;
                p += 1;
                Tok::RParen
            }
            '|' => {
                p += 1;
                Tok::Pipe
            }
            ',' => {
                p += 1;
                Tok::Comma
            }
            '=' => {
                p += 1;
                Tok::Assign
            }
            ':' => {
                if b.get(p + 1) != Some(&b'=') {
                    return Err(LexError {
                        pos: p,
                        msg: "expected :=".into(),
                    });
                }
                p += 2;
                Tok::Declare
            }
            '"' => {
                let (s, n) = quoted(text, p)?;
                p = n;
                Tok::Str(s)
            }
            '`' => {
                let Some(close) = text[p + 1..].find('`') else {
                    return Err(LexError {
                        pos: p,
                        msg: "unterminated raw quoted string".into(),
                    });
                };
                let s = text[p + 1..p + 1 + close].to_string();
                p = p + 1 + close + 1;
                Tok::Str(s)
            }
            '\'' => {
                let (ch, n) = char_constant(text, p)?;
                p = n;
                Tok::Char(ch)
            }
            '$' => {
                p += 1;
                while let Some(c) = text[p..].chars().next().filter(|c| is_alnum(*c)) {
                    p += c.len_utf8();
                }
                Tok::Variable(text[start..p].to_string())
            }
            '.' => {
                // A number like .5, a field, or dot itself.
                match text[p + 1..].chars().next() {
                    Some(d) if d.is_ascii_digit() => {
                        p = number_end(text, p);
                        Tok::Number(text[start..p].to_string())
                    }
                    Some(d) if is_alnum(d) => {
                        p += 1;
                        while let Some(c) = text[p..].chars().next().filter(|c| is_alnum(*c)) {
                            p += c.len_utf8();
                        }
                        Tok::Field(text[start + 1..p].to_string())
                    }
                    _ => {
                        p += 1;
                        Tok::Dot
                    }
                }
            }
            '+' | '-' | '0'..='9' => {
                p = number_end(text, p);
                Tok::Number(text[start..p].to_string())
            }
            c if is_alnum(c) => {
                while let Some(c) = text[p..].chars().next().filter(|c| is_alnum(*c)) {
                    p += c.len_utf8();
                }
                Tok::Ident(text[start..p].to_string())
            }
            c => {
                return Err(LexError {
                    pos: p,
                    msg: format!("bad character {}", go_unicode(c)),
                })
            }
        };
        out.push(Token {
            tok,
            pos: start,
            end: p,
        });
    }
}

/// Go's `%#U`: `U+0021 '!'`.
fn go_unicode(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{c}'", c as u32)
    }
}

/// The end of a number starting at `p`: sign, digits, letters of bases and exponents, dots.
fn number_end(text: &str, mut p: usize) -> usize {
    let b = text.as_bytes();
    if matches!(b.get(p), Some(b'+' | b'-')) {
        p += 1;
    }
    while let Some(&c) = b.get(p) {
        let exp_sign =
            matches!(c, b'+' | b'-') && p > 0 && matches!(b[p - 1], b'e' | b'E' | b'p' | b'P');
        if c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || exp_sign {
            p += 1;
        } else {
            break;
        }
    }
    p
}

/// A `"..."` string with Go's escapes; returns it and the offset after the closing quote.
fn quoted(text: &str, start: usize) -> Result<(String, usize), LexError> {
    let mut out = String::new();
    let mut it = text[start + 1..].char_indices();
    let unterminated = || LexError {
        pos: start,
        msg: "unterminated quoted string".into(),
    };
    while let Some((i, c)) = it.next() {
        match c {
            '"' => return Ok((out, start + 1 + i + 1)),
            '\n' => return Err(unterminated()),
            '\\' => {
                let (_, e) = it.next().ok_or_else(unterminated)?;
                let bad = || LexError {
                    pos: start,
                    msg: format!("invalid syntax: {}", &text[start..]),
                };
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'a' => out.push('\x07'),
                    'b' => out.push('\x08'),
                    'f' => out.push('\x0c'),
                    'v' => out.push('\x0b'),
                    '\\' => out.push('\\'),
                    '"' => out.push('"'),
                    '\'' => out.push('\''),
                    'x' | 'u' | 'U' => {
                        let n = match e {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let mut v = 0u32;
                        for _ in 0..n {
                            let (_, h) = it.next().ok_or_else(unterminated)?;
                            v = v * 16 + h.to_digit(16).ok_or_else(bad)?;
                        }
                        out.push(char::from_u32(v).ok_or_else(bad)?);
                    }
                    '0'..='7' => {
                        let mut v = e.to_digit(8).unwrap_or(0);
                        for _ in 0..2 {
                            let (_, o) = it.next().ok_or_else(unterminated)?;
                            v = v * 8 + o.to_digit(8).ok_or_else(bad)?;
                        }
                        out.push(char::from_u32(v).ok_or_else(bad)?);
                    }
                    _ => return Err(bad()),
                }
            }
            c => out.push(c),
        }
    }
    Err(unterminated())
}

/// A `'c'` character constant; returns it and the offset after the closing quote.
fn char_constant(text: &str, start: usize) -> Result<(char, usize), LexError> {
    let rest = &text[start + 1..];
    let err = || LexError {
        pos: start,
        msg: "unterminated character constant".into(),
    };
    let mut close = None;
    let mut escaped = false;
    for (i, c) in rest.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '\'' => {
                close = Some(i);
                break;
            }
            '\n' => break,
            _ => {}
        }
    }
    let close = close.ok_or_else(err)?;
    let body = &rest[..close];
    let end = start + 1 + close + 1;
    let malformed = || LexError {
        pos: start,
        msg: format!("malformed character constant: {}", &text[start..end]),
    };
    if body == "\"" {
        return Ok(('"', end));
    }
    let (s, _) =
        quoted(&format!("\"{}\"", body.replace("\\'", "'")), 0).map_err(|_| malformed())?;
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok((c, end)),
        _ => Err(malformed()),
    }
}

//! `.dockerignore` / `.containerignore` rules (also `COPY --exclude`): one pattern per line,
//! `#` comments, a leading `/` ignored, `*` and `?` within one path element, `**` across any
//! number of them, `!` re-including what an earlier rule excluded; the last rule that matches
//! a path (or one of its parent directories) decides.

use anyhow::{anyhow, Result};
use globset::{GlobBuilder, GlobMatcher};

struct Rule {
    matcher: GlobMatcher,
    /// False for `!PATTERN` rules.
    exclude: bool,
}

/// A compiled set of ignore rules.
#[derive(Default)]
pub struct Ignore {
    rules: Vec<Rule>,
}

/// Lexically clean a relative path: no `.`, `..` applied, no leading or trailing `/`.
pub fn clean(p: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out.join("/")
}

impl Ignore {
    /// The rules of an ignore file's text.
    pub fn parse(text: &str) -> Result<Ignore> {
        let pats: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect();
        Ignore::from_patterns(&pats)
    }

    /// Rules from patterns (`!` for exceptions).
    pub fn from_patterns(pats: &[String]) -> Result<Ignore> {
        let mut rules = Vec::new();
        for p in pats {
            let (exclude, body) = match p.strip_prefix('!') {
                Some(b) => (false, b.trim()),
                None => (true, p.as_str()),
            };
            let cleaned = clean(body);
            if cleaned.is_empty() {
                continue;
            }
            // Go's negated class `[^...]` is globset's `[!...]`.
            let glob = cleaned.replace("[^", "[!");
            let matcher = GlobBuilder::new(&glob)
                .literal_separator(true)
                .backslash_escape(true)
                .build()
                .map_err(|e| anyhow!("invalid ignore pattern {p:?}: {e}"))?
                .compile_matcher();
            rules.push(Rule { matcher, exclude });
        }
        Ok(Ignore { rules })
    }

    /// Whether some rule re-includes paths: then an excluded directory must still be walked.
    pub fn has_exceptions(&self) -> bool {
        self.rules.iter().any(|r| !r.exclude)
    }

    /// Whether the path (relative to the context, `/`-separated) is left out.
    pub fn excluded(&self, rel: &str) -> bool {
        let rel = clean(rel);
        if rel.is_empty() {
            return false;
        }
        let parents: Vec<&str> = rel.match_indices('/').map(|(i, _)| &rel[..i]).collect();
        let mut out = false;
        for r in &self.rules {
            let hit = r.matcher.is_match(&rel) || parents.iter().any(|p| r.matcher.is_match(p));
            if hit {
                out = r.exclude;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ig(t: &str) -> Ignore {
        Ignore::parse(t).unwrap()
    }

    #[test]
    fn basic_rules() {
        let i = ig("# comment\n\n*.log\n/tmp\nnode_modules\n*/cache\n");
        assert!(i.excluded("a.log"));
        assert!(!i.excluded("dir/a.log"), "* stays in one element");
        assert!(i.excluded("tmp"));
        assert!(
            i.excluded("tmp/x/y"),
            "a parent directory matching excludes its tree"
        );
        assert!(i.excluded("node_modules/pkg/index.js"));
        assert!(i.excluded("web/cache/file"));
        assert!(!i.excluded("web/sub/cache"));
        assert!(!i.excluded("src/main.rs"));
        assert!(!i.excluded("."));
    }

    #[test]
    fn double_star_and_exceptions() {
        let i = ig("**/*.tmp\ndocs/**\n!docs/keep.md\n");
        assert!(i.excluded("a.tmp"));
        assert!(i.excluded("x/y/z.tmp"));
        assert!(i.excluded("docs/a.md"));
        assert!(!i.excluded("docs/keep.md"));
        assert!(i.has_exceptions());
        let i = ig("*\n!src\nsrc/*.bak\n");
        assert!(i.excluded("README"));
        assert!(!i.excluded("src/main.c"));
        assert!(i.excluded("src/old.bak"));
        let i = ig("fil?.txt\n[ab]*.c\n[^x]y\n");
        assert!(i.excluded("file.txt") && !i.excluded("fi.txt"));
        assert!(i.excluded("a1.c") && !i.excluded("c1.c"));
        assert!(i.excluded("zy") && !i.excluded("xy"));
    }

    #[test]
    fn cleaning() {
        assert_eq!(clean("./a//b/../c/"), "a/c");
        assert_eq!(clean("/"), "");
        let i = ig("./build/../out\n");
        assert!(i.excluded("out/x"));
    }
}

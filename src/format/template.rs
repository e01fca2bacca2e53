//! Go text/template for `--format`: the syntax and builtins of Go's package, podman's extra
//! functions, and Go's error texts (`template: NAME:LINE:COL: executing "NAME" at <NODE>:
//! ...`). Execution is bounded: template call depth, nesting, steps and output size, so a
//! recursive or exponential template ends in an error instead of exhausting the stack or
//! memory.

mod exec;
mod funcs;
mod lex;
mod parse;
mod value;

use std::collections::HashMap;

#[cfg(test)]
pub use exec::{MAX_EXEC_NESTING, MAX_STEPS, MAX_TEMPLATE_DEPTH};
#[cfg(test)]
pub use parse::MAX_NESTING;

/// Largest output of one execution, and largest string a function may build.
pub const MAX_OUTPUT: usize = 64 << 20;

pub struct Template {
    name: String,
    text: String,
    trees: HashMap<String, parse::List>,
}

/// Line (1-based) and column (0-based byte offset in the line) of `pos`, as Go reports them.
fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let before = &text[..pos.min(text.len())];
    let line = 1 + before.matches('\n').count();
    let col = before
        .rfind('\n')
        .map_or(before.len(), |nl| before.len() - nl - 1);
    (line, col)
}

impl Template {
    /// Parse `text` as the template `name`. The error is Go's one-line
    /// `template: NAME:LINE: MESSAGE`.
    pub fn parse(name: &str, text: &str) -> Result<Template, String> {
        let trees = parse::parse(name, text, &|f| funcs::lookup(f).is_some()).map_err(|e| {
            let (line, _) = line_col(text, e.pos);
            format!("template: {name}:{line}: {}", e.msg).replace('\n', "\\n")
        })?;
        Ok(Template {
            name: name.to_string(),
            text: text.to_string(),
            trees,
        })
    }

    /// Render with `data` as dot. A missing field of a JSON object that stands for a Go
    /// struct is an error naming `root_type` (for the top-level object) as Go names the type.
    pub fn execute(&self, data: &serde_json::Value, root_type: &str) -> Result<String, String> {
        let mut x = exec::Exec::new(self, value::Val::root(data), root_type);
        let r = x.run();
        // One line, whatever the values in the message hold.
        let one_line = |s: String| s.replace('\n', "\\n").replace('\r', "\\r");
        r.map(|()| std::mem::take(&mut x.out)).map_err(|e| {
            one_line(match e.at {
                Some((pos, node)) => {
                    let (line, col) = line_col(&self.text, pos);
                    // Go shortens the node's text to 20 bytes.
                    let node = match node.char_indices().nth(20) {
                        Some((i, _)) => format!("{}...", &node[..i]),
                        None => node,
                    };
                    format!(
                        "template: {}:{line}:{col}: executing {:?} at <{node}>: {}",
                        self.name, e.exec_name, e.msg
                    )
                }
                None => format!(
                    "template: {}: executing {:?}: {}",
                    self.name, e.exec_name, e.msg
                ),
            })
        })
    }
}

//! `attach`: connect to a detached container's monitor (its output, and its stdin with `-i`).

use super::lookup::lookup;
use super::runroot::run_dir;
use crate::engine::Engine;
use crate::runtime::monitor::{self as rmon, AttachEnd};
use anyhow::{bail, Result};

/// Parse podman's `--detach-keys` ("ctrl-p,ctrl-q", "a,ctrl-x"; "" disables).
pub fn parse_detach_keys(s: &str) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    if s.is_empty() {
        return Ok(out);
    }
    for k in s.split(',') {
        let b = match k.strip_prefix("ctrl-") {
            Some(c) if c.len() == 1 => {
                let c = c.as_bytes()[0].to_ascii_lowercase();
                match c {
                    b'a'..=b'z' => c - b'a' + 1,
                    b'@' => 0,
                    b'[' => 27,
                    b'\\' => 28,
                    b']' => 29,
                    b'^' => 30,
                    b'_' => 31,
                    _ => bail!("invalid detach keys {s:?}"),
                }
            }
            None if k.len() == 1 => k.as_bytes()[0],
            _ => bail!("invalid detach keys {s:?}"),
        };
        out.push(b);
    }
    Ok(out)
}

/// `attach`: connect to the monitor; the container's exit status when it exits, 0 when the
/// user detaches.
pub fn attach(engine: &Engine, what: &str, no_stdin: bool, detach_keys: &str) -> Result<i32> {
    let rec = lookup(engine, what)?;
    if !rec.state.is_running() {
        bail!(
            "you can only attach to running containers: {} is {}: container state improper",
            rec.name,
            rec.state.status
        );
    }
    let keys = parse_detach_keys(detach_keys)?;
    let sock = rmon::connect(&run_dir(engine, &rec.id))?;
    let stdin = rec.settings.interactive && !no_stdin;
    match rmon::attach_client(&sock, stdin, &keys, rec.settings.tty)? {
        AttachEnd::Detached => Ok(0),
        AttachEnd::Exited(code) => Ok(code),
        AttachEnd::Closed => super::wait::wait(engine, &rec.id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detach_keys() {
        assert_eq!(parse_detach_keys("ctrl-p,ctrl-q").unwrap(), vec![16, 17]);
        assert_eq!(parse_detach_keys("a,ctrl-[").unwrap(), vec![b'a', 27]);
        assert!(parse_detach_keys("ctrl-pp").is_err());
    }
}

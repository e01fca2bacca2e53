//! Signals as users name them: `KILL`, `SIGKILL`, `kill`, `9`.

use anyhow::{anyhow, Result};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signal(pub nix::sys::signal::Signal);

impl Signal {
    pub const KILL: Signal = Signal(nix::sys::signal::Signal::SIGKILL);
    pub const TERM: Signal = Signal(nix::sys::signal::Signal::SIGTERM);

    pub fn number(self) -> i32 {
        self.0 as i32
    }
}

impl std::str::FromStr for Signal {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        use nix::sys::signal::Signal as N;
        let bad = || anyhow!("invalid signal: {s}");
        if let Ok(n) = s.parse::<i32>() {
            return N::try_from(n).map(Signal).map_err(|_| bad());
        }
        let up = s.to_ascii_uppercase();
        let name = if up.starts_with("SIG") {
            up
        } else {
            format!("SIG{up}")
        };
        name.parse::<N>().map(Signal).map_err(|_| bad())
    }
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Signal;

    #[test]
    fn names_and_numbers() {
        for s in ["KILL", "SIGKILL", "kill", "9"] {
            assert_eq!(s.parse::<Signal>().unwrap(), Signal::KILL);
        }
        assert!("NOPE".parse::<Signal>().is_err());
        assert!("99".parse::<Signal>().is_err());
    }
}

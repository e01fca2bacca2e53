//! Sizes and durations as users write them, parsed once.

use anyhow::{anyhow, bail, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A size in bytes, from podman's spelling: a number with an optional b, k, m, g, t unit
/// (also kb, mb, kib, ...), powers of 1024: `512m`, `1.5g`, `4096`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ByteSize(pub u64);

impl ByteSize {
    pub fn bytes(self) -> u64 {
        self.0
    }
}

impl std::str::FromStr for ByteSize {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        let t = s.trim().to_ascii_lowercase();
        let split = t
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(t.len());
        let (num, unit) = t.split_at(split);
        let n: f64 = num.parse().map_err(|_| {
            anyhow!("invalid size {s:?}: expected a number with an optional unit (b, k, m, g)")
        })?;
        let mult: u64 = match unit.trim_end_matches('b').trim_end_matches('i') {
            "" => 1,
            "k" => 1 << 10,
            "m" => 1 << 20,
            "g" => 1 << 30,
            "t" => 1 << 40,
            _ => bail!("invalid size {s:?}: unknown unit {unit:?}"),
        };
        Ok(ByteSize((n * mult as f64) as u64))
    }
}

impl fmt::Display for ByteSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A duration in Go's spelling (`1h30m`, `10m`, `45s`, `1.5h`, `500ms`, `2us`, `3ns`), as
/// podman's `--health-interval`, `--since 10m`, `--time` take them; nanoseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GoDuration(pub i64);

impl GoDuration {
    pub fn nanos(self) -> i64 {
        self.0
    }

    pub fn to_std(self) -> std::time::Duration {
        std::time::Duration::from_nanos(self.0.max(0) as u64)
    }

    /// Parse Go's form only (a unit is required after every number; `0` alone is allowed).
    pub fn parse(s: &str) -> Option<GoDuration> {
        let s = s.trim();
        if s == "0" {
            return Some(GoDuration(0));
        }
        if s.is_empty() {
            return None;
        }
        let mut total = 0f64;
        let mut rest = s;
        while !rest.is_empty() {
            let n = rest
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'.')
                .count();
            if n == 0 {
                return None;
            }
            let v: f64 = rest[..n].parse().ok()?;
            rest = &rest[n..];
            let u = rest
                .find(|c: char| c.is_ascii_digit() || c == '.')
                .unwrap_or(rest.len());
            let mult = match &rest[..u] {
                "h" => 3.6e12,
                "m" => 6e10,
                "s" => 1e9,
                "ms" => 1e6,
                "us" | "µs" => 1e3,
                "ns" => 1.0,
                _ => return None,
            };
            total += v * mult;
            rest = &rest[u..];
        }
        if !total.is_finite() || total > i64::MAX as f64 {
            return None;
        }
        Some(GoDuration(total as i64))
    }
}

impl std::str::FromStr for GoDuration {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        GoDuration::parse(s).ok_or_else(|| {
            anyhow!(
                "time: invalid duration {s:?}: use a number and a unit such as 30s, 1m30s, 500ms"
            )
        })
    }
}

impl fmt::Display for GoDuration {
    /// Go's `Duration.String()` for whole units: `1m30s`, `30s`, `500ms`, `0s`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0;
        if n == 0 {
            return f.write_str("0s");
        }
        if n % 1_000_000_000 != 0 || n < 0 {
            return match n {
                n if n % 1_000_000 == 0 => write!(f, "{}ms", n / 1_000_000),
                n if n % 1_000 == 0 => write!(f, "{}µs", n / 1_000),
                n => write!(f, "{n}ns"),
            };
        }
        let secs = n / 1_000_000_000;
        let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
        let mut out = String::new();
        if h > 0 {
            out.push_str(&format!("{h}h"));
        }
        if h > 0 || m > 0 {
            out.push_str(&format!("{m}m"));
        }
        out.push_str(&format!("{s}s"));
        f.write_str(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!("512m".parse::<ByteSize>().unwrap().0, 512 << 20);
        assert_eq!("1.5g".parse::<ByteSize>().unwrap().0, 3 << 29);
        assert_eq!("4096".parse::<ByteSize>().unwrap().0, 4096);
        assert_eq!("10KiB".parse::<ByteSize>().unwrap().0, 10 << 10);
        assert!("12x".parse::<ByteSize>().is_err());
        assert!("m".parse::<ByteSize>().is_err());
    }

    #[test]
    fn durations() {
        let d = |s: &str| GoDuration::parse(s).map(|d| d.0);
        assert_eq!(d("1h30m"), Some(5_400_000_000_000));
        assert_eq!(d("1.5h"), Some(5_400_000_000_000));
        assert_eq!(d("500ms"), Some(500_000_000));
        assert_eq!(d("0"), Some(0));
        assert_eq!(d("10"), None);
        assert_eq!(d("5x"), None);
        assert_eq!(d(""), None);
        assert_eq!(GoDuration(90_000_000_000).to_string(), "1m30s");
        assert_eq!(GoDuration(30_000_000_000).to_string(), "30s");
        assert_eq!(GoDuration(500_000_000).to_string(), "500ms");
    }
}

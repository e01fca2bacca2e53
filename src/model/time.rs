//! Points in time: Unix nanoseconds, RFC 3339 as podman prints them, and the `--since` /
//! `--until` forms every command accepts alike.

use super::units::GoDuration;
use anyhow::{bail, Result};

/// Unix nanoseconds → RFC 3339 with nanoseconds in UTC, as podman prints times in inspect.
pub fn rfc3339(nanos: i64) -> String {
    let secs = nanos.div_euclid(1_000_000_000);
    let ns = nanos.rem_euclid(1_000_000_000);
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{ns:09}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// An RFC 3339 time ("2024-01-02T03:04:05.123Z" or with an offset) → Unix seconds.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    if s.len() < 19 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, se) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
        return None;
    }
    let mut rest = s.get(19..)?;
    if let Some(r) = rest.strip_prefix('.') {
        let n = r.bytes().take_while(|c| c.is_ascii_digit()).count();
        rest = &r[n..];
    }
    let offset = match rest.as_bytes().first() {
        Some(b'+') | Some(b'-') if rest.len() >= 6 => {
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            sign * (rest.get(1..3)?.parse::<i64>().ok()? * 3600
                + rest.get(4..6)?.parse::<i64>().ok()? * 60)
        }
        _ => 0,
    };
    let y2 = if mo <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    Some(days * 86400 + h * 3600 + mi * 60 + se - offset)
}

/// An RFC 3339 time → Unix nanoseconds (the fraction kept); times past what i64 nanoseconds
/// hold (the year 2262) saturate.
pub fn parse_rfc3339_nanos(s: &str) -> Option<i64> {
    let secs = parse_rfc3339(s)?;
    let mut frac = 0i64;
    if let Some(r) = s.get(19..).and_then(|r| r.strip_prefix('.')) {
        let digits: String = r
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .take(9)
            .collect();
        if !digits.is_empty() {
            frac = format!("{digits:0<9}").parse().ok()?;
        }
    }
    Some(secs.saturating_mul(1_000_000_000).saturating_add(frac))
}

/// `--since`/`--until` of logs, events, ps and prune filters: RFC 3339, a date
/// (`2024-01-02`), Unix seconds (with a fraction), or a Go duration before `now` (`10m`,
/// `1h30m`). Unix nanoseconds.
pub fn parse_when(s: &str, now: i64) -> Result<i64> {
    let t = s.trim();
    if let Some(n) = parse_rfc3339_nanos(t) {
        return Ok(n);
    }
    if t.len() == 10 && t.as_bytes().get(4) == Some(&b'-') {
        if let Some(n) = parse_rfc3339_nanos(&format!("{t}T00:00:00Z")) {
            return Ok(n);
        }
    }
    if let Ok(secs) = t.parse::<f64>() {
        if secs.is_finite() {
            return Ok((secs * 1e9) as i64);
        }
    }
    if let Some(d) = GoDuration::parse(t) {
        return Ok(now.saturating_sub(d.nanos()));
    }
    bail!("invalid time {s:?}: use RFC 3339, a date (2006-01-02), Unix seconds or a duration like 10m")
}

/// Now, in Unix nanoseconds.
pub fn now_nanos() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000000000Z");
        assert_eq!(
            rfc3339(1_700_000_000_123_456_789),
            "2023-11-14T22:13:20.123456789Z"
        );
        assert_eq!(parse_rfc3339("2023-11-14T22:13:20.5Z"), Some(1_700_000_000));
        assert_eq!(
            parse_rfc3339("2023-11-14T23:13:20+01:00"),
            Some(1_700_000_000)
        );
        assert_eq!(parse_rfc3339("bogus"), None);
        assert_eq!(
            parse_rfc3339_nanos("2023-11-14T22:13:20.5Z"),
            Some(1_700_000_000_500_000_000)
        );
    }

    #[test]
    fn since_forms() {
        let now = 1_700_000_000_000_000_000;
        assert_eq!(
            parse_when("2023-11-14", now).unwrap(),
            1_699_920_000_000_000_000
        );
        assert_eq!(parse_when("1700000000", now).unwrap(), now);
        assert_eq!(parse_when("10m", now).unwrap(), now - 600_000_000_000);
        assert_eq!(
            parse_when("2023-11-14T22:13:20Z", now).unwrap(),
            1_700_000_000_000_000_000
        );
        assert_eq!(parse_when("2999-01-02", now).unwrap(), i64::MAX);
        assert!(parse_when("yesterday", now).is_err());
    }
}

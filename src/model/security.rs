//! A container's confinement: privileges, capabilities, seccomp, no_new_privs, masked paths.

use anyhow::{bail, Result};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The seccomp filter a container runs under (`--security-opt seccomp=...`). Stored as one
/// string: `default`, `unconfined` or the profile's path.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Seccomp {
    /// The built-in profile (podman's default).
    #[default]
    Default,
    Unconfined,
    /// A JSON profile file (as given; the engine records its canonical path).
    Profile(PathBuf),
}

impl From<String> for Seccomp {
    fn from(s: String) -> Seccomp {
        match s.as_str() {
            "" | "default" => Seccomp::Default,
            "unconfined" => Seccomp::Unconfined,
            _ => Seccomp::Profile(PathBuf::from(s)),
        }
    }
}

impl From<Seccomp> for String {
    fn from(s: Seccomp) -> String {
        match s {
            Seccomp::Default => "default".into(),
            Seccomp::Unconfined => "unconfined".into(),
            Seccomp::Profile(p) => p.display().to_string(),
        }
    }
}

/// `--privileged`, `--cap-add/--cap-drop` and `--security-opt`, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityConfig {
    pub privileged: bool,
    /// Capability names as given (`net_admin`, `CAP_NET_ADMIN`, `all`); the engine checks and
    /// applies them.
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub seccomp: Seccomp,
    /// no_new_privs: on by default (stricter than podman), off with `--privileged`; an explicit
    /// `no-new-privileges[=true|false]` wins over both.
    pub no_new_privileges: bool,
    /// `unmask=ALL`: no masked or read-only paths.
    pub unmask_all: bool,
}

impl SecurityConfig {
    /// From `--privileged`, `--cap-add`, `--cap-drop` and the `--security-opt` values.
    pub fn parse(
        privileged: bool,
        cap_add: Vec<String>,
        cap_drop: Vec<String>,
        opts: &[String],
    ) -> Result<SecurityConfig> {
        let mut seccomp = if privileged {
            Seccomp::Unconfined
        } else {
            Seccomp::Default
        };
        let mut no_new_privileges = None;
        let mut unmask_all = false;
        for o in opts {
            if let Some(v) = o
                .strip_prefix("seccomp=")
                .or_else(|| o.strip_prefix("seccomp:"))
            {
                seccomp = if v == "unconfined" {
                    Seccomp::Unconfined
                } else {
                    Seccomp::Profile(PathBuf::from(v))
                };
            } else if let Some(v) = no_new_privileges_opt(o) {
                no_new_privileges = Some(v?);
            } else if let Some(what) = o.strip_prefix("unmask=") {
                unmask_all |= what == "ALL";
            } else if o.starts_with("label=") {
            } else {
                bail!("invalid --security-opt {o:?}");
            }
        }
        Ok(SecurityConfig {
            privileged,
            cap_add,
            cap_drop,
            seccomp,
            no_new_privileges: no_new_privileges.unwrap_or(!privileged),
            unmask_all,
        })
    }
}

/// `no-new-privileges`, `no-new-privileges=BOOL` or `no-new-privileges:BOOL`, as podman splits
/// a `--security-opt` (on `=` if it has one, else on `:`); None for another option.
fn no_new_privileges_opt(o: &str) -> Option<Result<bool>> {
    let sep = if o.contains('=') { '=' } else { ':' };
    let (key, value) = match o.split_once(sep) {
        Some((k, v)) => (k, Some(v)),
        None => (o, None),
    };
    if key != "no-new-privileges" {
        return None;
    }
    Some(match value {
        None => Ok(true),
        Some("1" | "t" | "T" | "true" | "TRUE" | "True") => Ok(true),
        Some("0" | "f" | "F" | "false" | "FALSE" | "False") => Ok(false),
        Some(_) => Err(anyhow::anyhow!("invalid --security-opt 2: {o:?}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(privileged: bool, opts: &[&str]) -> Result<SecurityConfig> {
        let opts: Vec<String> = opts.iter().map(|s| s.to_string()).collect();
        SecurityConfig::parse(privileged, Vec::new(), Vec::new(), &opts)
    }

    #[test]
    fn security_opts() {
        let s = parse(false, &[]).unwrap();
        assert_eq!(s.seccomp, Seccomp::Default);
        assert!(s.no_new_privileges && !s.unmask_all);
        let s = parse(true, &[]).unwrap();
        assert_eq!(s.seccomp, Seccomp::Unconfined);
        assert!(!s.no_new_privileges);
        let s = parse(
            true,
            &[
                "seccomp=/p.json",
                "no-new-privileges",
                "unmask=ALL",
                "label=disable",
            ],
        )
        .unwrap();
        assert_eq!(s.seccomp, Seccomp::Profile("/p.json".into()));
        assert!(s.no_new_privileges && s.unmask_all);
        let s = parse(false, &["seccomp:unconfined", "no-new-privileges=false"]).unwrap();
        assert_eq!(s.seccomp, Seccomp::Unconfined);
        assert!(!s.no_new_privileges);
        assert_eq!(
            parse(false, &["apparmor=x"]).unwrap_err().to_string(),
            "invalid --security-opt \"apparmor=x\""
        );
    }

    #[test]
    fn seccomp_is_stored_as_one_string() {
        for (s, want) in [
            (Seccomp::Default, "\"default\""),
            (Seccomp::Unconfined, "\"unconfined\""),
            (Seccomp::Profile("/etc/p.json".into()), "\"/etc/p.json\""),
        ] {
            let j = serde_json::to_string(&s).unwrap();
            assert_eq!(j, want);
            assert_eq!(serde_json::from_str::<Seccomp>(&j).unwrap(), s);
        }
        assert_eq!(
            serde_json::from_str::<Seccomp>("\"\"").unwrap(),
            Seccomp::Default
        );
    }
}

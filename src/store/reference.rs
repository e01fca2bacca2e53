//! Image references: `[domain[:port]/]path[:tag][@sha256:hex]`, normalised as podman does.

use anyhow::{bail, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Registry host (with port), `localhost` for local-only names.
    pub domain: String,
    /// Repository path, e.g. `library/busybox`.
    pub path: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl Reference {
    /// Parse and normalise. `default_domain` is used when the first component is not a host:
    /// podman names local images `localhost/NAME`, registries default to `docker.io`.
    pub fn parse_with(s: &str, default_domain: &str) -> Result<Reference> {
        let s = s.trim();
        if s.is_empty() {
            bail!("invalid reference format: empty name");
        }
        let (rest, digest) = match s.split_once('@') {
            Some((r, d)) => {
                let Some(hex) = d.strip_prefix("sha256:") else {
                    bail!("invalid reference format: unsupported digest {d:?}");
                };
                if hex.len() != 64
                    || !hex
                        .bytes()
                        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
                {
                    bail!("invalid reference format: bad digest {d:?}");
                }
                (r, Some(d.to_string()))
            }
            None => (s, None),
        };
        let (name, tag) = match rest.rfind(':') {
            Some(i) if !rest[i + 1..].contains('/') => {
                (&rest[..i], Some(rest[i + 1..].to_string()))
            }
            _ => (rest, None),
        };
        if let Some(t) = &tag {
            let ok = !t.is_empty()
                && t.len() <= 128
                && t.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b))
                && !t.starts_with(['.', '-']);
            if !ok {
                bail!("invalid reference format: bad tag {t:?}");
            }
        }
        let (domain, path) = match name.split_once('/') {
            Some((first, rest))
                if first.contains('.') || first.contains(':') || first == "localhost" =>
            {
                (first.to_string(), rest.to_string())
            }
            _ => {
                let p = if default_domain == "docker.io" && !name.contains('/') {
                    format!("library/{name}")
                } else {
                    name.to_string()
                };
                (default_domain.to_string(), p)
            }
        };
        if path.is_empty() {
            bail!("invalid reference format: {s:?}");
        }
        if path.bytes().any(|b| b.is_ascii_uppercase()) {
            bail!("invalid reference format: repository name ({path}) must be lowercase");
        }
        for comp in path.split('/') {
            let ok = !comp.is_empty()
                && comp
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
                && comp
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_alphanumeric())
                && comp
                    .bytes()
                    .last()
                    .is_some_and(|b| b.is_ascii_alphanumeric());
            if !ok {
                bail!("invalid reference format: {s:?}");
            }
        }
        let tag = if tag.is_none() && digest.is_none() {
            Some("latest".to_string())
        } else {
            tag
        };
        Ok(Reference {
            domain,
            path,
            tag,
            digest,
        })
    }

    /// A name for a new local image (`tag`, `import`, `commit`): unqualified names go under
    /// `localhost/`.
    pub fn parse_local(s: &str) -> Result<Reference> {
        Self::parse_with(s, "localhost")
    }

    /// A name from a registry or an archive: unqualified names go under `docker.io`.
    pub fn parse_remote(s: &str) -> Result<Reference> {
        Self::parse_with(s, "docker.io")
    }

    /// `domain/path` without tag or digest.
    pub fn repository(&self) -> String {
        format!("{}/{}", self.domain, self.path)
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.domain, self.path)?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}

/// Whether a stored full name matches what a user typed (a short name matches any domain's
/// repository ending in it: `busybox` matches `localhost/busybox:latest` and
/// `docker.io/library/busybox:latest`).
pub fn name_matches(stored: &str, typed: &str) -> bool {
    if stored == typed {
        return true;
    }
    let Ok(t) = Reference::parse_local(typed) else {
        return false;
    };
    let Ok(s) = Reference::parse_local(stored) else {
        return false;
    };
    if t.tag != s.tag || (t.digest.is_some() && t.digest != s.digest) {
        return false;
    }
    let typed_has_domain = typed
        .split_once('/')
        .is_some_and(|(f, _)| f.contains('.') || f.contains(':') || f == "localhost");
    if typed_has_domain {
        return t.domain == s.domain && t.path == s.path;
    }
    // Short name: match by repository path suffix on whole components.
    let full = format!("{}/{}", s.domain, s.path);
    full.ends_with(&format!("/{}", t.path))
        || (s.domain == "docker.io" && s.path == format!("library/{}", t.path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises() {
        assert_eq!(
            Reference::parse_local("foo").unwrap().to_string(),
            "localhost/foo:latest"
        );
        assert_eq!(
            Reference::parse_local("foo:1").unwrap().to_string(),
            "localhost/foo:1"
        );
        assert_eq!(
            Reference::parse_remote("busybox").unwrap().to_string(),
            "docker.io/library/busybox:latest"
        );
        assert_eq!(
            Reference::parse_remote("harbor.example:8443/project/app:1.2")
                .unwrap()
                .to_string(),
            "harbor.example:8443/project/app:1.2"
        );
        let d = format!("sha256:{}", "a".repeat(64));
        let r = Reference::parse_remote(&format!("host:5000/x@{d}")).unwrap();
        assert_eq!(r.tag, None);
        assert_eq!(r.digest, Some(d));
        assert_eq!(r.domain, "host:5000");
    }

    #[test]
    fn rejects_bad_names() {
        let e = Reference::parse_remote("Ubuntu").unwrap_err().to_string();
        assert!(e.contains("must be lowercase"), "{e}");
        assert!(Reference::parse_local("foo:bad tag").is_err());
        assert!(Reference::parse_local("a//b").is_err());
        assert!(Reference::parse_local("").is_err());
        assert!(Reference::parse_local("x@sha256:123").is_err());
    }

    #[test]
    fn short_names_match() {
        assert!(name_matches("localhost/busybox:latest", "busybox"));
        assert!(name_matches(
            "docker.io/library/busybox:latest",
            "busybox:latest"
        ));
        assert!(!name_matches("docker.io/library/busybox:1", "busybox"));
        assert!(name_matches("host:5000/p/app:1", "app:1"));
        assert!(name_matches("host:5000/p/app:1", "p/app:1"));
        assert!(!name_matches("host:5000/p/app:1", "other.io/p/app:1"));
        assert!(!name_matches("localhost/notbusybox:latest", "busybox"));
    }
}

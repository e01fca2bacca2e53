//! Files from URLs: `ADD https://...` (with `--checksum=sha256:...`) and a build context given
//! as the URL of a tarball. Downloaded into the staging area over HTTP(S) (the system's CAs,
//! redirects followed), their sha256 checked while streaming.

use crate::store::layers::HashReader;
use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Whether a source is a URL.
pub fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

/// The file name a URL gives (its last path element), `download` when it has none.
pub fn file_name(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let after_host = path.splitn(4, '/').nth(3).unwrap_or("");
    after_host
        .rsplit('/')
        .find(|s| !s.is_empty())
        .unwrap_or("download")
        .to_string()
}

/// Download `url` to a new file under `dir`; its path and `sha256:` digest. With `checksum`
/// the digest must be that one.
pub fn download(url: &str, dir: &Path, checksum: Option<&str>) -> Result<(PathBuf, String)> {
    let host = url
        .split("://")
        .nth(1)
        .and_then(|r| r.split(['/', '?', '#']).next())
        .unwrap_or("");
    let tls = crate::registry::tls::client_config(host, true, None)?;
    let agent = ureq::AgentBuilder::new()
        .tls_config(tls)
        .redirects(5)
        .timeout_connect(Duration::from_secs(30))
        .timeout_read(Duration::from_secs(300))
        .user_agent(concat!("skiff/", env!("CARGO_PKG_VERSION")))
        .build();
    let resp = agent.get(url).call().map_err(|e| match e {
        ureq::Error::Status(code, _) => anyhow!("downloading {url}: HTTP status {code}"),
        other => anyhow!("downloading {url}: {other}"),
    })?;
    let path = dir.join(crate::store::unique_name("download"));
    let mut f =
        std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?;
    let mut r = HashReader::new(resp.into_reader());
    std::io::copy(&mut r, &mut f).with_context(|| format!("downloading {url}"))?;
    let (digest, _) = r.finish();
    if let Some(want) = checksum {
        if !want.starts_with("sha256:") {
            bail!("unsupported checksum {want:?}: use sha256:HEX");
        }
        if want != digest {
            bail!("checksum mismatch for {url}: expected {want}, got {digest}");
        }
    }
    Ok((path, digest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_urls() {
        assert_eq!(
            file_name("https://example.com/a/b/tool.tar.gz?x=1"),
            "tool.tar.gz"
        );
        assert_eq!(file_name("http://example.com/dir/"), "dir");
        assert_eq!(file_name("http://example.com"), "download");
        assert!(is_url("https://x/y") && !is_url("git@github.com:a/b"));
    }
}

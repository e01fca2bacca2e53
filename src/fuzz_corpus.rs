//! The fuzz targets' properties (fuzz/fuzz_targets/) checked on their committed corpora
//! (`fuzz/seeds/TARGET/`) under `cargo test`, on the stable toolchain: every input found
//! interesting, and every crash once fixed, stays a regression test. cargo-fuzz (nightly)
//! explores further with `fuzz/run-short.sh`.

use std::path::{Path, PathBuf};

/// The inputs of one target's corpus.
fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut out: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| (e.path(), std::fs::read(e.path()).unwrap()))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no seeds in {}", dir.display());
    out
}

/// An error is one line (podman's style: the CLI prints it after `Error: `).
fn one_line(what: &Path, e: &anyhow::Error) {
    let text = format!("{e:#}");
    assert!(
        !text.contains('\n'),
        "{}: error on several lines: {text}",
        what.display()
    );
}

#[test]
fn reference_corpus() {
    use crate::store::reference::{name_matches, Reference};
    for (p, data) in corpus("reference") {
        let Ok(s) = std::str::from_utf8(&data) else {
            continue;
        };
        for r in [
            Reference::parse_local(s),
            Reference::parse_remote(s),
            Reference::parse_with(s, "registry.example:5000"),
        ]
        .into_iter()
        .flatten()
        {
            let text = r.to_string();
            let back = Reference::parse_with(&text, &r.domain)
                .unwrap_or_else(|e| panic!("{}: {text:?} does not parse: {e}", p.display()));
            assert_eq!(back, r, "{}", p.display());
            let _ = name_matches(&text, s);
        }
    }
}

#[test]
fn format_corpus() {
    for (p, data) in corpus("format") {
        let Ok(s) = std::str::from_utf8(&data) else {
            continue;
        };
        let (template, json) = s.split_once('\0').unwrap_or((s, ""));
        let item = serde_json::from_str(json).unwrap_or_else(|_| {
            serde_json::json!({
                "ID": "0123456789ab", "Names": ["a", "b"], "Size": 1.5, "N": 3,
                "State": {"Status": "running", "Pid": 42}, "Labels": {"k": "v"}, "Nil": null,
            })
        });
        if let Err(e) = crate::format::render(template, &[item], &[("ID", "CONTAINER ID")]) {
            one_line(&p, &e);
        }
    }
}

#[test]
fn manifest_corpus() {
    use crate::registry::manifest;
    for (_, data) in corpus("manifest") {
        let (ct, body) = match data.strip_prefix(b"ct:") {
            Some(rest) => {
                let end = rest.iter().position(|b| *b == b'\n').unwrap_or(rest.len());
                (
                    std::str::from_utf8(&rest[..end]).ok(),
                    rest.get(end + 1..).unwrap_or_default(),
                )
            }
            None => (None, &data[..]),
        };
        let mt = manifest::media_type(ct, body);
        if let Ok(manifest::Kind::Index(index)) = manifest::parse(&mt, body, "fuzz") {
            let _ = manifest::select(&index, &manifest::host_platform());
        }
        if let Ok(s) = std::str::from_utf8(body) {
            let _ = manifest::parse_platform(s);
        }
    }
}

#[test]
fn registries_conf_corpus() {
    use crate::registry::conf::Registries;
    for (p, data) in corpus("registries_conf") {
        let Ok(s) = std::str::from_utf8(&data) else {
            continue;
        };
        match Registries::parse(s) {
            Ok(r) => {
                for name in ["busybox", "quay.io/a/b:1", "example.com:5000/x@sha256:00"] {
                    let _ = r.candidates(name);
                }
                for (domain, path) in [("docker.io", "library/busybox"), ("example.com", "a/b")] {
                    if let Err(e) = r.endpoint(domain, path) {
                        one_line(&p, &e);
                    }
                    let _ = r.pull_sources(domain, path, true);
                    let _ = r.pull_sources(domain, path, false);
                }
                let _ = r.insecure_host("example.com");
            }
            Err(e) => one_line(&p, &e),
        }
    }
}

#[test]
fn auth_json_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("auth.json");
    for (p, data) in corpus("auth_json") {
        std::fs::write(&file, &data).unwrap();
        for (reg, repo) in [("example.com", "a/b"), ("docker.io", "library/x"), ("", "")] {
            if let Err(e) = crate::registry::auth::lookup(Some(&file), reg, repo) {
                one_line(&p, &e);
            }
        }
    }
}

#[test]
fn dockerfile_corpus() {
    for (p, data) in corpus("dockerfile") {
        let Ok(s) = std::str::from_utf8(&data) else {
            continue;
        };
        match crate::build::parse(s, "Dockerfile") {
            Ok(df) => {
                let _ = df.plan(None, &std::collections::BTreeMap::new());
            }
            Err(e) => one_line(&p, &e),
        }
    }
}

/// Tar extraction into a scratch directory: whatever the archive says, nothing is written
/// outside it (the directory beside it stays empty) and errors are one line.
#[test]
fn tar_corpus() {
    for (p, data) in corpus("tar") {
        let scratch = tempfile::tempdir().unwrap();
        let root = scratch.path().join("root");
        let beside = scratch.path().join("beside");
        std::fs::create_dir(&root).unwrap();
        std::fs::create_dir(&beside).unwrap();
        for layer in [true, false] {
            let res = if layer {
                crate::store::layer_tar::extract_layer(&data[..], &root)
            } else {
                crate::store::layer_tar::extract_at(&data[..], &root, Vec::new(), false)
            };
            if let Err(e) = res {
                one_line(&p, &e);
            }
        }
        let names: Vec<_> = std::fs::read_dir(scratch.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names.len(),
            2,
            "{}: wrote beside the root: {names:?}",
            p.display()
        );
        assert_eq!(
            std::fs::read_dir(&beside).unwrap().count(),
            0,
            "{}: wrote through the root",
            p.display()
        );
    }
}

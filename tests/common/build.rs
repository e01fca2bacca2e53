//! Helpers of the build tests (tests/build*.rs): contexts, `build`, inspect, history.

#![allow(dead_code)]

use super::common::*;
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// A build context with these files (a trailing `/` makes a directory), readable by the
/// test user.
pub fn context(env: &Env, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = env.scratch(name);
    for (path, content) in files {
        let p = dir.join(path.trim_end_matches('/'));
        if path.ends_with('/') {
            std::fs::create_dir_all(&p).unwrap();
        } else {
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, content).unwrap();
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
    open_up(&dir);
    dir
}

pub fn open_up(dir: &Path) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.file_type().unwrap().is_dir() {
            std::fs::set_permissions(e.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
            open_up(&e.path());
        }
    }
}

pub fn build(env: &Env, ctx: &Path, args: &[&str]) -> Out {
    let mut a = vec!["build"];
    a.extend_from_slice(args);
    a.push(ctx.to_str().unwrap());
    env.run(&a)
}

pub fn inspect(env: &Env, img: &str) -> Value {
    let o = env.run(&["image", "inspect", img]).ok();
    serde_json::from_str::<Value>(&o.stdout).unwrap()[0].clone()
}

pub fn history(env: &Env, img: &str) -> Vec<String> {
    env.run(&[
        "history",
        "--no-trunc",
        "--format",
        "{{.CreatedBy}}|{{.Size}}",
        img,
    ])
    .ok()
    .stdout
    .lines()
    .map(String::from)
    .collect()
}

pub fn sh(env: &Env, img: &str, script: &str) -> String {
    env.run(&["run", "--rm", "--entrypoint", "", img, "sh", "-c", script])
        .ok()
        .stdout
}

/// Whether a build printed this line (RUN output, not the STEP line).
pub fn printed(o: &Out, line: &str) -> bool {
    o.stdout.lines().any(|l| l == line)
}

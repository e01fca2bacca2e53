//! A test script in the user-mode-linux guest (../shared/vm/uml-run.sh beside the project):
//! the binary, the busybox rootfs and tests/uml/SCRIPT are copied into a directory the guest
//! sees, the script runs there, and every `not ok` line fails the test.

#![allow(dead_code)]

use crate::common::{binary, busybox_tar, is_root};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Guest {
    dir: tempfile::TempDir,
    uml: PathBuf,
    script: String,
}

/// The project's directory.
pub fn project() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

impl Guest {
    /// A directory for the guest holding `skiff`, `busybox.tar` and tests/uml/`script`; None
    /// (the test is skipped) when SKIFF_SKIP_UML is set. Needs root.
    pub fn new(script: &str) -> Option<Guest> {
        let uml = project().join("../shared/vm/uml-run.sh");
        if std::env::var_os("SKIFF_SKIP_UML").is_some() {
            eprintln!("skipped: SKIFF_SKIP_UML is set");
            return None;
        }
        assert!(
            is_root(),
            "the UML guest test runs as root (CI); set SKIFF_SKIP_UML=1 to skip"
        );
        assert!(
            uml.exists(),
            "{} is missing (set SKIFF_SKIP_UML=1 to skip)",
            uml.display()
        );
        let g = Guest {
            dir: tempfile::tempdir().unwrap(),
            uml,
            script: script.to_string(),
        };
        g.add(binary(), "skiff");
        g.add(&busybox_tar(), "busybox.tar");
        g.add(&project().join("tests/uml").join(script), script);
        std::fs::set_permissions(g.dir(), std::fs::Permissions::from_mode(0o777)).unwrap();
        Some(g)
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Copy `from` into the directory as `name`.
    pub fn add(&self, from: &Path, name: &str) {
        std::fs::copy(from, self.dir().join(name)).unwrap();
    }

    /// Run the script with `vars` set for uml-run.sh; every check in `want` must have passed
    /// (`ok NAME`) and the script reached `done`.
    pub fn run(&self, vars: &[(&str, String)], want: &[&str]) {
        let out = Command::new("bash")
            .arg(&self.uml)
            .arg(self.dir())
            .args(["sh", &format!("./{}", self.script)])
            .envs(vars.iter().map(|(k, v)| (k, v)))
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        eprintln!("{text}");
        let failed: Vec<&str> = text.lines().filter(|l| l.starts_with("not ok")).collect();
        assert!(
            failed.is_empty(),
            "failed in the guest:\n{}",
            failed.join("\n")
        );
        for want in want {
            assert!(
                text.lines().any(|l| l == format!("ok {want}")),
                "check {want} did not run:\n{text}\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert!(text.lines().any(|l| l == "done"), "{text}");
    }
}

//! Shell completion and man pages: generated from the flag definitions, and the copies in the
//! source tree (`completions/`, `man/`) must be what the binary generates now.

mod common;
use common::*;
use std::path::Path;
use std::process::Command;

fn generated(args: &[&str]) -> String {
    let o = Command::new(binary()).args(args).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

fn source(rel: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn completion_scripts_are_current_and_complete() {
    for (shell, file) in [
        ("bash", "completions/skiff.bash"),
        ("zsh", "completions/_skiff"),
        ("fish", "completions/skiff.fish"),
    ] {
        assert!(
            generated(&["completion", shell]) == source(file),
            "{file} is stale: run .ci/gen-docs.sh"
        );
    }
    // bash completes subcommands and flags from the script.
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/skiff.bash");
    let complete = |words: &str| {
        let o = Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source {}; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
                 _skiff skiff \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
                 printf '%s\\n' \"${{COMPREPLY[@]}}\"",
                script.display()
            ))
            .output()
            .unwrap();
        String::from_utf8(o.stdout).unwrap()
    };
    let out = complete("skiff netw");
    assert_eq!(out.trim(), "network", "{out}");
    let out = complete("skiff network cre");
    assert_eq!(out.trim(), "create", "{out}");
    let out = complete("skiff run --netw");
    assert!(out.lines().any(|l| l == "--network"), "{out}");
    let o = Command::new(binary())
        .args(["completion", "tcsh"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(125));
}

#[test]
fn man_pages_are_current() {
    let dir = std::env::temp_dir().join(format!("skiff-man-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    generated(&["generate-man-pages", dir.to_str().unwrap()]);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut committed: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("man"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
    committed.sort();
    assert_eq!(names, committed, "man/ is stale: run .ci/gen-docs.sh");
    for n in &names {
        let fresh = std::fs::read_to_string(dir.join(n)).unwrap();
        assert!(
            fresh == source(&format!("man/{n}")),
            "man/{n} is stale: run .ci/gen-docs.sh"
        );
    }
    for page in [
        "skiff.1",
        "skiff-run.1",
        "skiff-network-create.1",
        "skiff-pull.1",
    ] {
        assert!(names.iter().any(|n| n == page), "{page} missing");
    }
    let run = std::fs::read_to_string(dir.join("skiff-run.1")).unwrap();
    assert!(
        run.contains("network\\-alias"),
        "skiff-run.1 lacks --network-alias"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn install_script_places_binary_completions_and_man_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dest = std::env::temp_dir().join(format!("skiff-install-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dest);
    let o = Command::new("bash")
        .arg(root.join("packaging/install.sh"))
        .args(["--prefix", "/usr", "--destdir"])
        .arg(&dest)
        .arg("--binary")
        .arg(binary())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let usr = dest.join("usr");
    let o = Command::new(usr.join("bin/skiff"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("skiff "));
    assert_eq!(
        std::fs::read_to_string(usr.join("share/bash-completion/completions/skiff")).unwrap(),
        source("completions/skiff.bash")
    );
    let o = Command::new("zcat")
        .arg(usr.join("share/man/man1/skiff-run.1.gz"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        source("man/skiff-run.1")
    );
    let o = Command::new("bash")
        .arg(root.join("packaging/install.sh"))
        .args(["--destdir", "/nonexistent-dest", "--binary", "/nonexistent"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dest);
}

#[test]
fn run_and_create_parse_like_every_other_command() {
    // `run`/`create` take a shorter parsing path; their help and errors must not differ.
    for (cmd, about) in [
        ("run", "Run a command in a new container"),
        ("create", "Create a container without starting it"),
    ] {
        let o = Command::new(binary())
            .args([cmd, "--help"])
            .output()
            .unwrap();
        let help = String::from_utf8(o.stdout).unwrap();
        assert_eq!(o.status.code(), Some(0));
        assert_eq!(help.lines().next(), Some(about), "{help}");
        assert!(
            help.contains(&format!(
                "Usage: skiff {cmd} [OPTIONS] <IMAGE_AND_COMMAND>..."
            )),
            "{help}"
        );
        assert!(
            help.contains("--network-alias") && help.contains("--root <DIR>"),
            "{help}"
        );
        let o = Command::new(binary())
            .args(["--log-level=debug", cmd, "-p"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(125));
        assert!(
            String::from_utf8_lossy(&o.stderr)
                .contains("a value is required for '--publish <PUBLISH>'"),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

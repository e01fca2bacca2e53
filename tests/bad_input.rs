//! Bad input: clear one-line errors, exit 125, and the store left exactly as it was.

mod common;
use common::*;

fn assert_refused(env: &Env, args: &[&str], input: Option<&[u8]>, needle: &str) {
    let before = env.image_list();
    let layers_before = std::fs::read_dir(env.dir.join("root/layers"))
        .map(|d| d.count())
        .unwrap_or(0);
    let o = env.run_stdin(args, input).code(125);
    assert!(o.stderr.starts_with("Error: "), "{}", o.stderr);
    assert_eq!(
        o.stderr.trim_end().lines().count(),
        1,
        "one line: {}",
        o.stderr
    );
    assert!(
        o.stderr.contains(needle),
        "expected {needle:?} in {}",
        o.stderr
    );
    assert_eq!(env.image_list(), before, "the image list changed");
    let layers_after = std::fs::read_dir(env.dir.join("root/layers"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(layers_after, layers_before, "layers changed");
    let tmp = std::fs::read_dir(env.dir.join("root/tmp"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(tmp, 0, "staging left behind");
}

#[test]
fn not_an_archive_and_truncated() {
    let env = Env::new();
    env.busybox();
    let junk = write_file(
        &env,
        "junk",
        b"this is not a tar archive at all, just some text\n",
    );
    assert_refused(
        &env,
        &["load", "-i", junk.to_str().unwrap()],
        None,
        "not a valid",
    );
    assert_refused(
        &env,
        &["import", junk.to_str().unwrap(), "junk"],
        None,
        "not a valid tar",
    );
    let full = docker_archive("t:1", &[std::fs::read(busybox_tar()).unwrap()]);
    let cut = write_file(&env, "cut.tar", &full[..full.len() / 2]);
    assert_refused(&env, &["load", "-i", cut.to_str().unwrap()], None, "");
    assert_refused(&env, &["load"], Some(&full[..1000]), "");
    let empty = write_file(&env, "empty", b"");
    assert_refused(&env, &["load", "-i", empty.to_str().unwrap()], None, "");
}

#[test]
fn digest_mismatch() {
    let env = Env::new();
    env.busybox();
    let layer = TarBuilder::new()
        .file("a", b"original", 0o644, 0, 0)
        .finish();
    let good = docker_archive("mismatch:1", std::slice::from_ref(&layer));
    // Same archive, but the layer bytes changed after the config was written.
    let tampered_layer = {
        let mut t = TarBuilder::new();
        t.file("a", b"tampered", 0o644, 0, 0);
        t.finish()
    };
    assert_eq!(tampered_layer.len(), layer.len());
    let pos = good.windows(8).position(|w| w == b"original").unwrap();
    let mut bad = good.clone();
    bad[pos..pos + 8].copy_from_slice(b"tampered");
    // Fix the outer tar header checksum is not needed: content bytes are not checksummed.
    let f = write_file(&env, "bad.tar", &bad);
    assert_refused(&env, &["load", "-i", f.to_str().unwrap()], None, "mismatch");
}

#[test]
fn hostile_layers_are_refused_and_write_nothing_outside() {
    let env = Env::new();
    env.busybox();
    let outside = env.scratch("outside");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "dotdot",
            TarBuilder::new()
                .file("../evil", b"x", 0o644, 0, 0)
                .finish(),
            "outside",
        ),
        (
            "deep-dotdot",
            TarBuilder::new()
                .dir("a", 0o755, 0, 0)
                .file("a/../../evil", b"x", 0o644, 0, 0)
                .finish(),
            "outside",
        ),
        (
            "hardlink-out",
            TarBuilder::new()
                .hardlink("pw", "../../../../etc/passwd")
                .finish(),
            "outside",
        ),
        (
            "hardlink-missing",
            TarBuilder::new()
                .hardlink("pw", "/nonexistent/file")
                .finish(),
            "does not exist",
        ),
    ];
    for (name, layer, needle) in cases {
        let a = write_file(
            &env,
            &format!("{name}.tar"),
            &docker_archive(&format!("{name}:1"), &[layer]),
        );
        assert_refused(&env, &["load", "-i", a.to_str().unwrap()], None, needle);
    }
    // A symlink to an absolute host path is stored as is, and writing through it stays inside.
    let target = outside.display().to_string();
    let layer = TarBuilder::new()
        .symlink("escape", &target)
        .file("escape/pwned", b"x", 0o644, 0, 0)
        .symlink("up", "../../../../../..")
        .file("up/tmp/pwned2", b"y", 0o644, 0, 0)
        .chardev("dev/evil", 1, 3)
        .finish();
    let a = write_file(
        &env,
        "symlinks.tar",
        &docker_archive("symlinks:1", &[layer]),
    );
    env.run(&["load", "-i", a.to_str().unwrap()]).ok();
    assert_eq!(
        std::fs::read_dir(&outside).unwrap().count(),
        0,
        "wrote outside the layer"
    );
    assert!(!std::path::Path::new("/tmp/pwned2").exists());
    // Inside the image, the files landed under the root.
    let o = env.run(&["run", "--rm", "--entrypoint", "/x", "symlinks:1"]);
    assert_eq!(o.code, 127);
}

#[test]
fn bad_names_and_flags() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--name", "taken", img, "true"]).ok();
    let o = env
        .run(&["create", "--name", "taken", img, "true"])
        .code(125);
    assert!(o.stderr.contains("already in use"), "{}", o.stderr);
    env.run(&["run", "--rm", "--network", "nosuchnet", img, "true"])
        .code(125);
    env.run(&["run", "--bogus-flag", img, "true"]).code(125);
    let o = env.run(&["rm", "nosuchcontainer"]).code(1);
    assert!(o.stderr.contains("no such container"), "{}", o.stderr);
}

/// `--format` templates that recurse forever, name unknown fields, index out of range or do
/// not parse: exit 125 and one line `Error: template: ...`, as podman; never a crash.
#[test]
fn bad_format_templates() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--name", "c1", img, "true"]).ok();
    let recursion = "{{define \"a\"}}{{template \"a\"}}{{end}}{{template \"a\"}}";
    let commands: [(&[&str], &str, &str); 3] = [
        (&["ps", "-a", "--format"], "", "Names"),
        (&["images", "--format"], "", "Names"),
        (&["inspect", "-f"], img, "RepoTags"),
    ];
    for (cmd, target, list) in commands {
        let index = format!("{{{{index .{list} 99}}}}");
        let cases = [
            (
                "{{.Nope}}",
                "executing \"format\" at <.Nope>: can't evaluate field Nope in type",
            ),
            (
                recursion,
                "executing \"a\" at <{{template \"a\"}}>: exceeded maximum template depth",
            ),
            (
                index.as_str(),
                "error calling index: index out of range: 99",
            ),
            ("{{.ID}}\n{{.ID", "template: format:2: unclosed action"),
            (
                "{{.ID}}\n\n{{nofunc .ID}}",
                "template: format:3: function \"nofunc\" not defined",
            ),
        ];
        for (template, needle) in cases {
            let mut args: Vec<&str> = cmd.to_vec();
            args.push(template);
            if !target.is_empty() {
                args.push(target);
            }
            let o = env.run(&args).code(125);
            let what = format!("{args:?}: {}", o.stderr);
            assert!(o.stderr.starts_with("Error: template: "), "{what}");
            assert_eq!(o.stderr.trim_end().lines().count(), 1, "{what}");
            assert!(o.stderr.contains(needle), "expected {needle:?} in {what}");
            assert!(!o.stderr.contains("panicked"), "{what}");
            assert_eq!(o.stdout, "", "{what}");
        }
    }
    // Map keys that are not there are not errors, as in Go.
    let o = env
        .run(&["ps", "-a", "--format", "{{.Names}} {{.Labels.nope}}"])
        .ok();
    assert_eq!(o.stdout, "c1 <no value>\n");
}

/// Layers see nothing of each other's symlinks: a later layer writing or linking through a
/// symlink an earlier one made to the host stays inside the store.
#[test]
fn symlinks_of_an_earlier_layer_lead_nowhere() {
    let env = Env::new();
    env.busybox();
    let outside = env.scratch("outside");
    let target = outside.display().to_string();
    let base = std::fs::read(busybox_tar()).unwrap();
    let first = TarBuilder::new()
        .symlink("escape", &target)
        .symlink("up", "../../../../../../..")
        .finish();
    let second = TarBuilder::new()
        .file("escape/pwned", b"x", 0o644, 0, 0)
        .file("up/tmp/pwned2", b"y", 0o644, 0, 0)
        .finish();
    let a = write_file(
        &env,
        "layered.tar",
        &docker_archive("layered:1", &[base.clone(), first.clone(), second]),
    );
    env.run(&["load", "-i", a.to_str().unwrap()]).ok();
    assert_eq!(
        std::fs::read_dir(&outside).unwrap().count(),
        0,
        "wrote outside"
    );
    assert!(!std::path::Path::new("/tmp/pwned2").exists());
    let o = env
        .run(&[
            "run",
            "--rm",
            "layered:1",
            "cat",
            "/escape/pwned",
            "/up/tmp/pwned2",
        ])
        .ok();
    assert_eq!(o.stdout, "xy");
    // A hardlink through the earlier layer's symlink finds nothing to link to.
    let third = TarBuilder::new()
        .hardlink("pw", "escape/../etc/passwd")
        .finish();
    let a = write_file(
        &env,
        "hardlinked.tar",
        &docker_archive("hardlinked:1", &[base, first, third]),
    );
    assert_refused(
        &env,
        &["load", "-i", a.to_str().unwrap()],
        None,
        "does not exist",
    );
}

/// setuid and setgid bits are kept; the owner is mapped into the subordinate range, so the
/// host never sees a setuid file of its root or of another user.
#[test]
fn setuid_files_are_kept_with_mapped_owners() {
    let env = Env::new();
    env.busybox();
    let base = std::fs::read(busybox_tar()).unwrap();
    let layer = TarBuilder::new()
        .file("suid-root", b"#!/bin/sh\n", 0o4755, 0, 0)
        .file("sgid-app", b"#!/bin/sh\n", 0o2755, 1000, 1000)
        .finish();
    let a = write_file(
        &env,
        "suid.tar",
        &docker_archive("suid:1", &[base, layer.clone()]),
    );
    env.run(&["load", "-i", a.to_str().unwrap()]).ok();
    let o = env
        .run(&[
            "run",
            "--rm",
            "suid:1",
            "stat",
            "-c",
            "%a %u %g",
            "/suid-root",
            "/sgid-app",
        ])
        .ok();
    assert_eq!(o.lines(), ["4755 0 0", "2755 1000 1000"]);
    // On the host: the top layer's files belong to the user and its subordinate ids.
    let (uid, sub) = host_ids();
    let chain = std::fs::read_dir(env.dir.join("root/layers"))
        .unwrap()
        .flatten()
        .map(|e| e.path().join("diff"))
        .find(|d| d.join("suid-root").exists())
        .expect("the layer with suid-root");
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(chain.join("suid-root")).unwrap();
    assert_eq!((m.mode() & 0o7777, m.uid()), (0o4755, uid));
    if let Some(sub) = sub {
        let m = std::fs::metadata(chain.join("sgid-app")).unwrap();
        assert_eq!(
            (m.mode() & 0o7777, m.uid(), m.gid()),
            (0o2755, sub + 999, sub + 999)
        );
    }
}

/// A skiff command with `SKIFF_LAYER_SIZE_LIMIT` set (the harness clears the environment).
fn with_size_limit(env: &Env, limit: &str, args: &[&str]) -> Out {
    let mut c = match &env.user {
        Some(u) => {
            let mut c = std::process::Command::new("setpriv");
            c.arg(format!("--reuid={}", u.uid))
                .arg(format!("--regid={}", u.gid))
                .arg("--init-groups")
                .args(["env", "-i"])
                .arg(format!("HOME={}", u.home))
                .arg(format!("USER={}", u.name))
                .arg("PATH=/usr/local/bin:/usr/bin:/bin")
                .arg(format!("SKIFF_LAYER_SIZE_LIMIT={limit}"))
                .arg(binary());
            c
        }
        None => {
            let mut c = std::process::Command::new(binary());
            c.env("SKIFF_LAYER_SIZE_LIMIT", limit);
            c
        }
    };
    c.arg("--root").arg(env.dir.join("root"));
    c.arg("--runroot").arg(env.dir.join("runroot"));
    c.args(args);
    run_cmd(c, None)
}

/// Decompression bombs and huge files stop at the size limit with one line, and the store
/// stays as it was.
#[test]
fn layers_over_the_size_limit_are_refused() {
    let env = Env::new();
    env.busybox();
    let before = env.image_list();
    let big = TarBuilder::new()
        .file("zeros", &vec![0u8; 4 << 20], 0o644, 0, 0)
        .finish();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, &big).unwrap();
    let bomb = gz.finish().unwrap();
    assert!(bomb.len() < 64 << 10);
    for (name, layer) in [("plain", big.clone()), ("bomb", bomb)] {
        let a = write_file(
            &env,
            &format!("{name}.tar"),
            &docker_archive(&format!("{name}:1"), &[layer]),
        );
        let o = with_size_limit(&env, "1048576", &["load", "-i", a.to_str().unwrap()]);
        assert_eq!(o.code, 125, "{name}: {}", o.stderr);
        assert!(o.stderr.starts_with("Error: "), "{}", o.stderr);
        assert_eq!(o.stderr.trim_end().lines().count(), 1, "{}", o.stderr);
        assert!(
            o.stderr
                .contains("1048576 bytes, the limit (set SKIFF_LAYER_SIZE_LIMIT"),
            "{name}: {}",
            o.stderr
        );
        assert_eq!(env.image_list(), before);
        let staged = std::fs::read_dir(env.dir.join("root/tmp"))
            .map(|d| d.count())
            .unwrap_or(0);
        assert_eq!(staged, 0, "staging left behind");
    }
    // Under the default limit the same image loads.
    let a = write_file(&env, "fine.tar", &docker_archive("fine:1", &[big]));
    env.run(&["load", "-i", a.to_str().unwrap()]).ok();
}

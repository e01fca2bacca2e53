//! podman parity: flag parsing, global flags, the long tail of commands, flags, outputs and
//! exit codes that podman-driven scripts rely on.

mod common;
#[path = "common/registry.rs"]
mod reg;

use common::*;

#[test]
fn unknown_flags_are_errors_naming_them() {
    let env = Env::new();
    let img = env.busybox();
    for cmd in ["run", "create"] {
        let o = env
            .run(&[cmd, "--mount", "type=bind", img, "true"])
            .code(125);
        assert_eq!(
            o.stderr,
            format!("Error: unknown flag: --mount\nSee 'skiff {cmd} --help'\n")
        );
        let o = env.run(&[cmd, "-Z", img]).code(125);
        assert_eq!(
            o.stderr,
            format!("Error: unknown shorthand flag: 'Z' in -Z\nSee 'skiff {cmd} --help'\n")
        );
    }
    let o = env.run(&["rm", "--bogus=1", "x"]).code(125);
    assert_eq!(
        o.stderr,
        "Error: unknown flag: --bogus\nSee 'skiff rm --help'\n"
    );
    let o = env.run(&["network", "ls", "--bogus"]).code(125);
    assert_eq!(
        o.stderr,
        "Error: unknown flag: --bogus\nSee 'skiff network ls --help'\n"
    );
    // Everything after the image is the container's, flags included.
    let o = env
        .run(&["run", "--rm", img, "echo", "--rm", "-l", "--", "-x"])
        .ok();
    assert_eq!(o.stdout, "--rm -l -- -x\n");
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
}

#[test]
fn last_value_wins_and_bools_take_values() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--name", "a", "--name", "b", img, "true"])
        .ok();
    let o = env.run(&["ps", "-a", "--format", "{{.Names}}"]).ok();
    assert_eq!(o.stdout, "b\n");
    // --rm=false keeps the container; --privileged=true and -i=false are bools with values.
    let o = env
        .run(&[
            "run",
            "--rm=false",
            "--privileged=true",
            "-i=false",
            "--name",
            "kept",
            img,
            "sh",
            "-c",
            "grep -c . /proc/self/status >/dev/null && echo ran",
        ])
        .ok();
    assert_eq!(o.stdout, "ran\n");
    let o = env
        .run(&["inspect", "-f", "{{.HostConfig.Privileged}}", "kept"])
        .ok();
    assert_eq!(o.stdout.trim(), "true");
    // -d=true detaches; -a=false lists running containers only.
    let id = env
        .run(&["run", "-d=true", "--name", "bg", img, "sleep", "100"])
        .ok()
        .stdout;
    assert_eq!(id.trim().len(), 64);
    let o = env
        .run(&[
            "ps",
            "-a=false",
            "--no-trunc=false",
            "--format",
            "{{.Names}}",
        ])
        .ok();
    assert_eq!(o.stdout, "bg\n");
    let o = env.run(&["ps", "-a=true", "-q", "--no-trunc=true"]).ok();
    assert_eq!(o.lines().len(), 3, "{}", o.stdout);
    assert!(o.lines().iter().all(|l| l.len() == 64), "{}", o.stdout);
    let o = env.run(&["ps", "--all=maybe"]).code(125);
    assert!(o.stderr.contains("maybe"), "{}", o.stderr);
    env.run(&["rm", "-f=true", "bg"]).ok();
}

#[test]
fn memory_zero_is_unlimited_and_no_new_privileges_takes_a_value() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--memory=0", "--name", "m0", img, "true"])
        .ok();
    let o = env
        .run(&["inspect", "-f", "{{.HostConfig.Memory}}", "m0"])
        .ok();
    assert_eq!(o.stdout.trim(), "0");
    let o = env.run(&["create", "--memory=1k", img]).code(125);
    assert!(o.stderr.contains("minimum memory limit allowed is 6MB"));
    let nnp = |opt: &str| {
        let o = env
            .run(&[
                "run",
                "--rm",
                "--privileged",
                "--security-opt",
                opt,
                img,
                "grep",
                "NoNewPrivs",
                "/proc/self/status",
            ])
            .ok();
        o.stdout.split_whitespace().nth(1).unwrap_or("").to_string()
    };
    assert_eq!(nnp("no-new-privileges:true"), "1");
    assert_eq!(nnp("no-new-privileges=true"), "1");
    assert_eq!(nnp("no-new-privileges"), "1");
    assert_eq!(nnp("no-new-privileges:false"), "0");
    let o = env
        .run(&["create", "--security-opt", "no-new-privileges:maybe", img])
        .code(125);
    assert_eq!(
        o.stderr,
        "Error: invalid --security-opt 2: \"no-new-privileges:maybe\"\n"
    );
}

/// Push the test busybox to `r` as `t/bb:1`; returns the name to pull.
fn pushed_busybox(r: &reg::Registry) -> String {
    let src = Env::new();
    let name = format!("{}/t/bb:1", r.host);
    src.run(&["push", "--tls-verify=false", src.busybox(), &name])
        .ok();
    name
}

#[test]
fn run_and_create_pull_missing_images() {
    let r = reg::Registry::start(reg::Opts::default());
    let name = pushed_busybox(&r);
    let env = Env::new();
    // --pull=never: the image must be there already.
    let o = env
        .run(&["create", "--pull=never", "--tls-verify=false", &name])
        .code(125);
    assert_eq!(o.stderr, format!("Error: {name}: image not known\n"));
    // missing (the default): pulled, with podman's progress on stderr.
    let o = env
        .run(&["run", "--rm", "--tls-verify=false", &name, "echo", "hi"])
        .ok();
    assert_eq!(o.stdout, "hi\n");
    let lines: Vec<&str> = o.stderr.lines().collect();
    assert_eq!(
        lines[0],
        format!("Trying to pull {name}..."),
        "{}",
        o.stderr
    );
    assert!(lines.contains(&"Getting image source signatures"));
    assert!(lines.iter().any(|l| l.starts_with("Copying blob ")));
    assert!(lines.contains(&"Writing manifest to image destination"));
    // Present now: nothing is pulled.
    let o = env.run(&["run", "--rm", &name, "true"]).ok();
    assert_eq!(o.stderr, "");
    // always: pulled again (its layers are there), even by create; -q prints nothing.
    let o = env
        .run(&[
            "create",
            "--pull",
            "always",
            "--tls-verify=false",
            &name,
            "true",
        ])
        .ok();
    assert_eq!(o.stdout.trim().len(), 64);
    assert!(o.stderr.contains("skipped: already exists"), "{}", o.stderr);
    let o = env
        .run(&[
            "create",
            "-q",
            "--pull=always",
            "--tls-verify=false",
            &name,
            "true",
        ])
        .ok();
    assert_eq!(o.stderr, "");
    // Another platform than the stored image's: pulled for it.
    let host = if cfg!(target_arch = "aarch64") {
        "arm64"
    } else {
        "amd64"
    };
    let o = env
        .run(&[
            "create",
            "--platform",
            &format!("linux/{host}"),
            &name,
            "true",
        ])
        .ok();
    assert_eq!(o.stderr, "");
    let o = env
        .run(&[
            "create",
            "--tls-verify=false",
            "--arch",
            "s390x",
            &name,
            "true",
        ])
        .ok();
    assert!(o.stderr.starts_with("Trying to pull"), "{}", o.stderr);
    let o = env.run(&["create", "--platform", "linux", &name]).code(125);
    assert!(
        o.stderr.contains("expected os/arch[/variant]"),
        "{}",
        o.stderr
    );
    // newer with the registry gone: the stored image is used, with a warning.
    drop(r);
    let o = env
        .run(&[
            "run",
            "--rm",
            "--pull=newer",
            "--tls-verify=false",
            &name,
            "echo",
            "ok",
        ])
        .ok();
    assert_eq!(o.stdout, "ok\n");
    assert!(o.stderr.contains("WARN[0000]"), "{}", o.stderr);
    // A missing image that cannot be pulled: the pull's error, exit 125.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--tls-verify=false",
            &format!("{name}-gone"),
            "true",
        ])
        .code(125);
    assert!(
        o.stderr.lines().last().unwrap().starts_with("Error: "),
        "{}",
        o.stderr
    );
}

#[test]
fn global_flags_podman_scripts_pass() {
    let env = Env::new();
    let img = env.busybox();
    let refused = |args: &[&str], want: &str| {
        let o = env.run(args).code(125);
        assert!(o.stderr.starts_with("Error: "), "{}", o.stderr);
        assert!(o.stderr.contains(want), "{}", o.stderr);
        assert_eq!(o.stdout, "");
    };
    refused(&["--remote", "ps"], "no remote mode");
    refused(&["-r", "ps"], "no remote mode");
    refused(&["-H", "tcp://127.0.0.1:8080", "ps"], "there is no daemon");
    refused(
        &["--url", "unix:///run/podman.sock", "ps"],
        "there is no daemon",
    );
    refused(
        &["--host", "tcp://h:1", "run", "--rm", img, "true"],
        "no daemon",
    );
    refused(
        &["--storage-driver", "vfs", "ps"],
        "\"vfs\" is not supported",
    );
    refused(&["--runtime", "/usr/bin/krun", "ps"], "built in");
    refused(&["--events-backend", "journald", "ps"], "journald");
    refused(
        &["--events-backend", "bogus", "ps"],
        "not a valid events backend",
    );
    let o = env.run(&["--log-level", "loud", "ps"]).code(1);
    assert_eq!(
        o.stderr,
        "Log Level \"loud\" is not supported, choose from: trace, debug, info, warn, warning, error, fatal, panic\n"
    );
    for level in ["debug", "info", "warn", "error", "fatal", "panic"] {
        env.run(&["--log-level", level, "ps"]).ok();
    }
    env.run(&["--storage-driver", "overlay", "ps"]).ok();
    // The built-in runtime stands for crun and runc, with a note.
    let o = env
        .run(&[
            "--runtime",
            "crun",
            "--runtime-flag",
            "log-format=json",
            "run",
            "--rm",
            img,
            "echo",
            "ran",
        ])
        .ok();
    assert_eq!(o.stdout, "ran\n");
    assert!(
        o.stderr
            .contains("WARN[0000] --runtime crun: skiff's OCI runtime is built in"),
        "{}",
        o.stderr
    );
    assert!(
        o.stderr.contains("--runtime-flag log-format=json: ignored"),
        "{}",
        o.stderr
    );
    // --noout: nothing on stdout, the container's output included.
    let o = env
        .run(&["--noout", "run", "--rm", img, "echo", "hidden"])
        .ok();
    assert_eq!(o.stdout, "");
    let o = env
        .run(&["--noout", "create", "--name", "quiet", img, "true"])
        .ok();
    assert_eq!(o.stdout, "");
    let o = env.run(&["ps", "-a", "--format", "{{.Names}}"]).ok();
    assert_eq!(o.stdout, "quiet\n");
    // --events-backend none records nothing, in the monitor of a detached container too.
    let quiet = Env::new();
    quiet
        .run(&[
            "--events-backend",
            "none",
            "run",
            "--rm",
            quiet.busybox(),
            "true",
        ])
        .ok();
    let id = quiet
        .run(&[
            "--events-backend=none",
            "run",
            "-d",
            quiet.busybox(),
            "true",
        ])
        .ok()
        .stdout;
    quiet
        .run(&["--events-backend=none", "wait", id.trim()])
        .ok();
    quiet.run(&["--events-backend=none", "rm", id.trim()]).ok();
    let o = quiet.run(&["events", "--stream=false"]).ok();
    // Only the import of the test image was recorded.
    assert!(
        o.lines().iter().all(|l| l.contains("image import")),
        "{}",
        o.stdout
    );
    env.run(&["--events-backend", "file", "ps"]).ok();
}

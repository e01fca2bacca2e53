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
            .run(&[cmd, "--mounts", "type=bind", img, "true"])
            .code(125);
        assert_eq!(
            o.stderr,
            format!("Error: unknown flag: --mounts\nSee 'skiff {cmd} --help'\n")
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

fn id_of(env: &Env, name: &str) -> String {
    env.run(&["inspect", "-f", "{{.Id}}", name])
        .ok()
        .stdout
        .trim()
        .to_string()
}

#[test]
fn rm_ignore_depend_time_and_missing_containers() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["run", "-d", "--name", "base", img, "sleep", "100"])
        .ok();
    env.run(&[
        "create",
        "--name",
        "dep",
        "--network",
        "container:base",
        img,
        "true",
    ])
    .ok();
    let (base, dep) = (id_of(&env, "base"), id_of(&env, "dep"));
    // A container another one uses is refused without --force or --depend.
    let o = env.run(&["rm", "base"]).code(125);
    assert_eq!(
        o.stderr,
        format!("Error: container {base} has dependent containers which must be removed before it: {dep}: container already exists\n")
    );
    let o = env.run(&["stop", "base"]).ok();
    assert_eq!(o.stdout, "base\n");
    env.run(&["rm", "base"]).code(125);
    // --depend removes the dependents first (IDs printed, as podman).
    let o = env.run(&["rm", "-f", "--depend", "base"]).ok();
    assert_eq!(o.stdout, format!("{dep}\n{base}\n"));
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
    // Missing containers: exit 1, or nothing with --force or --ignore.
    let o = env.run(&["rm", "bogus"]).code(1);
    assert_eq!(
        o.stderr,
        "Error: no container with name or ID \"bogus\" found: no such container\n"
    );
    let o = env.run(&["rm", "-f", "bogus"]).ok();
    assert_eq!((o.stdout.as_str(), o.stderr.as_str()), ("", ""));
    let o = env.run(&["rm", "--ignore", "bogus"]).ok();
    assert_eq!((o.stdout.as_str(), o.stderr.as_str()), ("", ""));
    // -t: the stop signal first; a container that exits on it is gone long before -t.
    env.run(&[
        "run",
        "-d",
        "--name",
        "term",
        img,
        "sh",
        "-c",
        "trap 'exit 0' TERM; sleep 100 & wait",
    ])
    .ok();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let t = std::time::Instant::now();
    let o = env.run(&["rm", "-f", "-t", "30", "term"]).ok();
    assert_eq!(o.stdout, "term\n");
    assert!(t.elapsed() < std::time::Duration::from_secs(10));
    // rm -a removes a chain of dependents in order.
    env.run(&["create", "--name", "a1", img, "true"]).ok();
    env.run(&[
        "create",
        "--name",
        "a2",
        "--network",
        "container:a1",
        img,
        "true",
    ])
    .ok();
    env.run(&["rm", "-a"]).ok();
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
    // --force removes it anyway; the dependent stays (and cannot start).
    env.run(&["create", "--name", "x1", img, "true"]).ok();
    env.run(&[
        "create",
        "--name",
        "x2",
        "--network",
        "container:x1",
        img,
        "true",
    ])
    .ok();
    assert_eq!(env.run(&["rm", "-f", "x1"]).ok().stdout, "x1\n");
    let o = env.run(&["ps", "-a", "--format", "{{.Names}}"]).ok();
    assert_eq!(o.stdout, "x2\n");
}

#[test]
fn stop_ignore_time_signal_and_timeout() {
    let env = Env::new();
    let img = env.busybox();
    let o = env.run(&["stop", "bogus"]).code(125);
    assert!(o.stderr.contains("no such container"), "{}", o.stderr);
    let o = env.run(&["stop", "--ignore", "bogus"]).ok();
    assert_eq!((o.stdout.as_str(), o.stderr.as_str()), ("", ""));
    // PID 1 ignores SIGTERM: -t 1 then SIGKILL, with podman's warning.
    env.run(&["run", "-d", "--name", "s1", img, "sleep", "100"])
        .ok();
    let t = std::time::Instant::now();
    let o = env.run(&["stop", "-t", "1", "s1"]).ok();
    assert!(t.elapsed() < std::time::Duration::from_secs(8));
    assert_eq!(o.stdout, "s1\n");
    assert!(
        o.stderr.contains(
            "StopSignal SIGTERM failed to stop container s1 in 1 seconds, resorting to SIGKILL"
        ),
        "{}",
        o.stderr
    );
    assert_eq!(env.run(&["wait", "s1"]).ok().stdout.trim(), "137");
    // --stop-timeout is the default of stop; --stop-signal its first signal.
    env.run(&[
        "run",
        "-d",
        "--name",
        "s2",
        "--stop-timeout",
        "1",
        img,
        "sleep",
        "100",
    ])
    .ok();
    let t = std::time::Instant::now();
    env.run(&["stop", "s2"]).ok();
    assert!(t.elapsed() < std::time::Duration::from_secs(8));
    env.run(&[
        "run",
        "-d",
        "--name",
        "s3",
        "--stop-signal",
        "USR1",
        img,
        "sh",
        "-c",
        "trap 'exit 7' USR1; sleep 100 & wait",
    ])
    .ok();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let o = env.run(&["stop", "s3"]).ok();
    assert_eq!(o.stderr, "");
    assert_eq!(env.run(&["wait", "s3"]).ok().stdout.trim(), "7");
    env.run(&["restart", "-t", "1", "s3"]).ok();
    env.run(&["rm", "-f", "s3"]).ok();
}

#[test]
fn start_all_filter_and_wait_on_created() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--name", "c1", img, "sleep", "100"])
        .ok();
    env.run(&[
        "create", "--name", "c2", "--label", "pick=yes", img, "sleep", "100",
    ])
    .ok();
    // wait on a container never started answers at once.
    let t = std::time::Instant::now();
    assert_eq!(env.run(&["wait", "c1"]).ok().stdout, "0\n");
    assert!(t.elapsed() < std::time::Duration::from_secs(5));
    let o = env.run(&["start", "--filter", "label=pick=yes"]).ok();
    assert_eq!(o.stdout.trim(), id_of(&env, "c2"));
    let o = env.run(&["ps", "--format", "{{.Names}}"]).ok();
    assert_eq!(o.stdout, "c2\n");
    let o = env.run(&["start", "--all"]).ok();
    assert_eq!(o.stdout.trim(), id_of(&env, "c1"));
    let o = env.run(&["ps", "--format", "{{.Names}}"]).ok();
    assert_eq!(o.stdout, "c1\nc2\n");
    env.run(&["start", "--all", "c1"]).code(125);
    env.run(&["start"]).code(125);
}

#[test]
fn logs_of_several_containers_are_prefixed() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["run", "--name", "l1", img, "sh", "-c", "echo a1; echo a2"])
        .ok();
    env.run(&["run", "--name", "l2", img, "echo", "b1"]).ok();
    let (i1, i2) = (id_of(&env, "l1"), id_of(&env, "l2"));
    let o = env.run(&["logs", "l1", "l2"]).ok();
    assert_eq!(
        o.stdout,
        format!("{} a1\n{} a2\n{} b1\n", &i1[..12], &i1[..12], &i2[..12])
    );
    let o = env.run(&["logs", "--names", "l2", "l1"]).ok();
    assert_eq!(o.stdout, "l2 b1\nl1 a1\nl1 a2\n");
    let o = env.run(&["logs", "-t", "--names", "l2", "l1"]).ok();
    assert!(o.lines()[0].starts_with("l2 20"), "{}", o.stdout);
    // One container: no prefix.
    assert_eq!(env.run(&["logs", "l2"]).ok().stdout, "b1\n");
    let o = env.run(&["logs", "l1", "nope"]).code(125);
    assert_eq!(o.stdout, "");
    assert!(o.stderr.contains("no such container"), "{}", o.stderr);
}

#[test]
fn exists_untag_and_missing_images() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--name", "here", img, "true"]).ok();
    env.run(&["container", "exists", "here"]).ok();
    let o = env.run(&["container", "exists", "nope"]).code(1);
    assert_eq!((o.stdout.as_str(), o.stderr.as_str()), ("", ""));
    env.run(&["image", "exists", img]).ok();
    env.run(&["image", "exists", "nope"]).code(1);
    env.run(&["tag", img, "un:1", "un:2", "un:3"]).ok();
    env.run(&["untag", img, "un:1"]).ok();
    env.run(&["image", "untag", img, "localhost/un:2"]).ok();
    env.run(&["image", "exists", "un:1"]).code(1);
    env.run(&["image", "exists", "un:2"]).code(1);
    env.run(&["image", "exists", "un:3"]).ok();
    let o = env.run(&["untag", img, "un:9"]).code(125);
    assert_eq!(o.stderr, "Error: un:9: tag not known\n");
    let id = env
        .run(&["images", "-q", "--no-trunc"])
        .ok()
        .stdout
        .trim()
        .to_string();
    env.run(&["untag", "un:3"]).ok();
    let o = env
        .run(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .ok();
    assert_eq!(o.stdout, "<none>:<none>\n");
    let o = env
        .run(&[
            "events",
            "--stream=false",
            "--filter",
            "event=untag",
            "--format",
            "{{.Name}}",
        ])
        .ok();
    assert_eq!(o.lines().len(), 4, "{}", o.stdout);
    // rmi: a missing image is exit 1, nothing with --force or --ignore.
    let o = env.run(&["rmi", "nope"]).code(1);
    assert_eq!(o.stderr, "Error: nope: image not known\n");
    let o = env.run(&["rmi", "-f", "nope"]).ok();
    assert_eq!((o.stdout.as_str(), o.stderr.as_str()), ("", ""));
    let o = env.run(&["rmi", "--ignore", "nope", &id]).code(2);
    assert!(o.stderr.contains("in use"), "{}", o.stderr);
}

#[test]
fn ps_and_images_sort() {
    let env = Env::new();
    let img = env.busybox();
    for n in ["zz", "aa", "mm"] {
        env.run(&["create", "--name", n, img, "true"]).ok();
    }
    let names = |sort: &str| {
        env.run(&["ps", "-a", "--sort", sort, "--format", "{{.Names}}"])
            .ok()
            .stdout
    };
    assert_eq!(names("created"), "zz\naa\nmm\n");
    assert_eq!(names("names"), "aa\nmm\nzz\n");
    assert_eq!(names("runningfor"), "zz\naa\nmm\n");
    let mut ids: Vec<String> = ["zz", "aa", "mm"].iter().map(|n| id_of(&env, n)).collect();
    ids.sort();
    let o = env
        .run(&[
            "ps",
            "-a",
            "--sort",
            "id",
            "--format",
            "{{.ID}}",
            "--no-trunc",
        ])
        .ok();
    assert_eq!(o.lines(), ids);
    let o = env.run(&["ps", "--sort", "bogus"]).code(125);
    assert_eq!(
        o.stderr,
        "Error: invalid argument \"bogus\" for \"--sort\" flag: \"bogus\" is not a valid value.  Choose from: \"command, created, id, image, names, runningfor, size, status\"\n"
    );
    env.run(&["tag", img, "localhost/aa:2"]).ok();
    let repos = |sort: &str| {
        env.run(&[
            "images",
            "--sort",
            sort,
            "--format",
            "{{.Repository}}:{{.Tag}}",
        ])
        .ok()
        .stdout
    };
    assert_eq!(
        repos("repository"),
        "localhost/aa:2\nlocalhost/busybox:latest\n"
    );
    assert_eq!(repos("tag"), "localhost/aa:2\nlocalhost/busybox:latest\n");
    let o = env.run(&["images", "--sort", "bogus"]).code(125);
    assert_eq!(
        o.stderr,
        "Error: \"bogus\" is not a valid field for sorting. Choose from: created, id, repository, size, tag\n"
    );
}

#[test]
fn save_uncompressed_networks_and_event_labels() {
    let env = Env::new();
    let layer = {
        let mut t = TarBuilder::new();
        t.file("hello.txt", b"hello\n", 0o644, 0, 0);
        t.finish()
    };
    let arch = write_file(
        &env,
        "in.tar",
        &oci_archive("localhost/gz:1", std::slice::from_ref(&layer)),
    );
    env.run(&["load", "-i", arch.to_str().unwrap()]).ok();
    let out = env.scratch("out").join("plain.tar");
    env.run(&[
        "save",
        "--format",
        "oci-archive",
        "--uncompressed",
        "-o",
        out.to_str().unwrap(),
        "localhost/gz:1",
    ])
    .ok();
    // The layer blob is the plain tar, under its diff ID, and the manifest says so.
    let mut ar = tar::Archive::new(std::fs::File::open(&out).unwrap());
    let mut blobs = std::collections::HashMap::new();
    for e in ar.entries().unwrap() {
        let mut e = e.unwrap();
        let name = e.path().unwrap().to_string_lossy().into_owned();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut e, &mut data).unwrap();
        blobs.insert(name, data);
    }
    let layer_name = format!("blobs/sha256/{}", sha256_hex(&layer));
    assert_eq!(blobs.get(&layer_name), Some(&layer), "{:?}", blobs.keys());
    let index: serde_json::Value = serde_json::from_slice(&blobs["index.json"]).unwrap();
    let mdigest = index["manifests"][0]["digest"].as_str().unwrap();
    let manifest = &blobs[&format!("blobs/sha256/{}", &mdigest[7..])];
    assert_eq!(format!("sha256:{}", sha256_hex(manifest)), mdigest);
    let m: serde_json::Value = serde_json::from_slice(manifest).unwrap();
    assert_eq!(
        m["layers"][0]["mediaType"],
        "application/vnd.oci.image.layer.v1.tar"
    );
    assert_eq!(m["layers"][0]["size"], layer.len());
    // It loads back.
    let again = Env::new();
    again.run(&["load", "-i", out.to_str().unwrap()]).ok();
    again.run(&["image", "exists", "localhost/gz:1"]).ok();
    // network ls --noheading; network rm of a missing network.
    let o = env.run(&["network", "ls", "--noheading"]).ok();
    assert!(!o.stdout.contains("NETWORK ID"), "{}", o.stdout);
    assert!(
        o.lines().iter().any(|l| l.contains("podman")),
        "{}",
        o.stdout
    );
    let o = env.run(&["network", "rm", "bogus"]).code(1);
    assert_eq!(
        o.stderr,
        "Error: unable to find network with name or ID bogus: network not found\n"
    );
    env.run(&["network", "rm", "-f", "bogus"]).ok();
    // events --filter label=
    let img = env.busybox();
    env.run(&[
        "run",
        "--rm",
        "--label",
        "team=blue",
        "--name",
        "blue",
        img,
        "true",
    ])
    .ok();
    env.run(&[
        "run", "--rm", "--label", "team=red", "--name", "red", img, "true",
    ])
    .ok();
    let names = |f: &str| {
        let o = env
            .run(&[
                "events",
                "--stream=false",
                "--filter",
                f,
                "--format",
                "{{.Name}}",
            ])
            .ok();
        let mut n: Vec<String> = o.lines().iter().map(|s| s.to_string()).collect();
        n.dedup();
        n
    };
    assert_eq!(names("label=team=blue"), ["blue"]);
    assert_eq!(names("label=team"), ["blue", "red"]);
    assert!(names("label=team=green").is_empty());
}

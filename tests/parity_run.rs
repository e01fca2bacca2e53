//! podman parity of `run`'s process flags: --group-add, --tz, --expose, --init, --env-host,
//! --hostuser, --timeout, --preserve-fds, --memory-swappiness, --log-driver none; and the
//! /run/.containerenv every container gets.

mod common;
use common::*;
use std::path::Path;

#[test]
fn group_add_tz_env_host_and_hostuser() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&[
            "run",
            "--rm",
            "--group-add",
            "wheel",
            "--group-add",
            "4242",
            img,
            "id",
            "-G",
        ])
        .ok();
    assert_eq!(o.stdout, "0 10 4242\n");
    let o = env
        .run(&[
            "run",
            "--rm",
            "-u",
            "app",
            "--group-add",
            "tty",
            img,
            "id",
            "-G",
        ])
        .ok();
    assert_eq!(o.stdout, "1000 5 10\n");
    let o = env
        .run(&["run", "--rm", "--group-add", "nosuch", img, "true"])
        .code(125);
    assert!(
        o.stderr
            .contains("unable to find group nosuch: no matching entries in group file"),
        "{}",
        o.stderr
    );
    env.run(&["create", "--group-add", "keep-groups", img, "true"])
        .code(125);
    // --tz: the zone file at /etc/localtime.
    let o = env
        .run(&["run", "--rm", "--tz", "Asia/Tokyo", img, "date", "+%Z"])
        .ok();
    assert_eq!(o.stdout, "JST\n");
    let o = env.run(&["run", "--rm", "--tz", "local", img, "true"]).ok();
    assert_eq!(o.stderr, "");
    let o = env
        .run(&["create", "--tz", "Mars/Olympus", img, "true"])
        .code(125);
    assert_eq!(
        o.stderr,
        "Error: finding timezone: unknown time zone Mars/Olympus\n"
    );
    env.run(&["create", "--tz", "../../etc/passwd", img, "true"])
        .code(125);
    // --env-host: the caller's environment, under -e.
    let mut c = env.raw_cmd(Path::new("/usr/bin/env"));
    c.args(["FROM_HOST=1", "OVERRIDDEN=host"]);
    c.arg(binary());
    c.arg("--root").arg(env.dir.join("root"));
    c.arg("--runroot").arg(env.dir.join("runroot"));
    c.args([
        "run",
        "--rm",
        "--env-host",
        "-e",
        "OVERRIDDEN=flag",
        img,
        "env",
    ]);
    let o = run_cmd(c, None).ok();
    assert!(o.lines().contains(&"FROM_HOST=1"), "{}", o.stdout);
    assert!(o.lines().contains(&"OVERRIDDEN=flag"), "{}", o.stdout);
    let o = env.run(&["run", "--rm", img, "env"]).ok();
    assert!(!o.stdout.contains("USER="), "{}", o.stdout);
    // --hostuser: the host's passwd line, once.
    let me = match &env.user {
        Some(u) => u.name.clone(),
        None => std::env::var("USER").unwrap(),
    };
    env.run(&[
        "create",
        "--name",
        "hu",
        "--hostuser",
        &me,
        img,
        "grep",
        "-c",
        &format!("^{me}:"),
        "/etc/passwd",
    ])
    .ok();
    env.run(&["start", "-a", "hu"]).ok();
    let o = env.run(&["start", "-a", "hu"]).ok();
    assert_eq!(o.stdout, "1\n");
    let o = env
        .run(&["create", "--hostuser", "no-such-user-here", img, "true"])
        .code(125);
    assert!(
        o.stderr.contains("unable to find user no-such-user-here"),
        "{}",
        o.stderr
    );
}

#[test]
fn init_timeout_expose_swappiness_and_no_log() {
    let env = Env::new();
    let img = env.busybox();
    // --init: catatonit is PID 1, the command its child.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--init",
            img,
            "sh",
            "-c",
            "cat /proc/1/cmdline | tr '\\0' ' '; echo; echo $$",
        ])
        .ok();
    let lines = o.lines();
    assert_eq!(
        lines[0].trim(),
        "/run/podman-init -- sh -c cat /proc/1/cmdline | tr '\\0' ' '; echo; echo $$"
    );
    assert_ne!(lines[1], "1");
    let o = env
        .run(&[
            "run",
            "--rm",
            "--init",
            "--init-path",
            "/nonexistent/init",
            img,
            "true",
        ])
        .code(125);
    assert!(o.stderr.contains("/nonexistent/init"), "{}", o.stderr);
    // --timeout: killed after the time.
    let t = std::time::Instant::now();
    env.run(&["run", "--rm", "--timeout", "1", img, "sleep", "60"])
        .code(137);
    assert!(t.elapsed() < std::time::Duration::from_secs(20));
    env.run(&[
        "run",
        "-d",
        "--name",
        "to",
        "--timeout",
        "1",
        img,
        "sleep",
        "60",
    ])
    .ok();
    assert_eq!(env.run(&["wait", "to"]).ok().stdout, "137\n");
    // --expose: published by -P.
    env.run(&[
        "run",
        "-d",
        "--name",
        "ex",
        "-P",
        "--expose",
        "8080",
        "--expose",
        "9000-9001/udp",
        img,
        "sleep",
        "60",
    ])
    .ok();
    let o = env.run(&["port", "ex"]).ok();
    let ports = o.stdout;
    for p in ["8080/tcp", "9000/udp", "9001/udp"] {
        assert!(ports.contains(p), "{ports}");
    }
    env.run(&["rm", "-f", "ex"]).ok();
    env.run(&["create", "--expose", "80/icmp", img, "true"])
        .code(125);
    // --memory-swappiness: podman's warning on cgroup v2; out of range refused.
    let o = env
        .run(&["run", "--rm", "--memory-swappiness", "10", img, "true"])
        .ok();
    assert!(
        o.stderr
            .contains("WARN[0000] Your kernel does not support memory swappiness capabilities"),
        "{}",
        o.stderr
    );
    let o = env
        .run(&["run", "--rm", "--memory-swappiness", "-1", img, "true"])
        .ok();
    assert_eq!(o.stderr, "");
    let o = env
        .run(&["create", "--memory-swappiness", "101", img, "true"])
        .code(125);
    assert_eq!(
        o.stderr,
        "Error: invalid value: 101, valid memory swappiness range is 0-100\n"
    );
    // --log-driver none: no log path in inspect.
    env.run(&[
        "create",
        "--name",
        "nolog",
        "--log-driver=none",
        img,
        "true",
    ])
    .ok();
    let o = env
        .run(&[
            "inspect",
            "-f",
            "{{.HostConfig.LogConfig.Type}}:{{.HostConfig.LogConfig.Path}}",
            "nolog",
        ])
        .ok();
    assert_eq!(o.stdout, "none:\n");
    env.run(&["create", "--name", "logged", img, "true"]).ok();
    let o = env
        .run(&["inspect", "-f", "{{.HostConfig.LogConfig.Path}}", "logged"])
        .ok();
    assert!(
        o.stdout.trim().ends_with("/userdata/ctr.log"),
        "{}",
        o.stdout
    );
}

#[test]
fn preserve_fds_passes_descriptors_to_the_container() {
    let env = Env::new();
    let img = env.busybox();
    let f = write_file(&env, "fd3.txt", b"through fd 3\n");
    let skiff = format!(
        "{} --root {} --runroot {}",
        binary().display(),
        env.dir.join("root").display(),
        env.dir.join("runroot").display()
    );
    let mut c = env.raw_cmd(Path::new("/bin/sh"));
    c.arg("-c").arg(format!(
        "exec 3<{}; {skiff} run --rm --preserve-fds 1 {img} cat /proc/self/fd/3",
        f.display()
    ));
    let o = run_cmd(c, None).ok();
    assert_eq!(o.stdout, "through fd 3\n");
    // Without it, the descriptor is not passed.
    let mut c = env.raw_cmd(Path::new("/bin/sh"));
    c.arg("-c").arg(format!(
        "exec 3<{}; {skiff} run --rm {img} cat /proc/self/fd/3",
        f.display()
    ));
    assert_ne!(run_cmd(c, None).code, 0);
    let o = env
        .run(&["run", "-d", "--preserve-fds", "1", img, "true"])
        .code(125);
    assert!(o.stderr.contains("--detach"), "{}", o.stderr);
}

#[test]
fn every_container_has_run_containerenv() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&[
            "run",
            "--rm",
            img,
            "sh",
            "-c",
            "test -f /run/.containerenv && wc -c < /run/.containerenv",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "0");
    let o = env
        .run(&[
            "run",
            "--name",
            "pc",
            "--privileged",
            img,
            "cat",
            "/run/.containerenv",
        ])
        .ok();
    let id = env
        .run(&["inspect", "-f", "{{.Id}} {{.Image}}", "pc"])
        .ok()
        .stdout;
    let (id, image_id) = id.trim().split_once(' ').unwrap();
    let rootless = if env.user.is_some() || !is_root() {
        1
    } else {
        0
    };
    assert_eq!(
        o.stdout,
        format!(
            "engine=\"skiff-{}\"\nname=\"pc\"\nid=\"{id}\"\nimage=\"localhost/busybox:latest\"\nimageid=\"{image_id}\"\nrootless={rootless}\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    // With a read-only root and its tmpfs on /run, and not a change of the container.
    env.run(&[
        "run",
        "--rm",
        "--read-only",
        img,
        "test",
        "-f",
        "/run/.containerenv",
    ])
    .ok();
    let o = env.run(&["diff", "pc"]).ok();
    assert!(!o.stdout.contains("/run"), "{}", o.stdout);
}

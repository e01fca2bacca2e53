//! `run`: exit codes, process, user namespace, flags, stdin and terminals.

mod common;
use common::*;

#[test]
fn exit_codes_follow_podman() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["run", "--rm", img, "true"]).ok();
    env.run(&["run", "--rm", img, "sh", "-c", "exit 3"]).code(3);
    let o = env.run(&["run", "--rm", img, "nonexistent-cmd"]).code(127);
    assert!(o.stderr.contains("nonexistent-cmd"), "{}", o.stderr);
    env.run(&["run", "--rm", img, "/etc/passwd"]).code(126);
    env.run(&["run", "--rm", img, "/etc"]).code(126);
    let o = env
        .run(&["run", "--rm", "--pull=never", "no-such-image", "true"])
        .code(125);
    assert!(o.stderr.starts_with("Error: "), "{}", o.stderr);
    assert_eq!(o.stderr.lines().count(), 1, "{}", o.stderr);
    // A foreground run leaves nothing behind.
    assert_eq!(env.run(&["ps", "-a", "-q"]).ok().stdout, "");
}

#[test]
fn killed_by_signal_is_128_plus_n() {
    let env = Env::new();
    let img = env.busybox();
    // PID 1 ignores signals it has no handler for, even SIGKILL from inside its namespace;
    // kill it from outside: the monitor reports 128+9.
    let id = env
        .run(&["run", "-d", img, "sleep", "100"])
        .ok()
        .stdout
        .trim()
        .to_string();
    env.run(&["kill", "-s", "KILL", &id]).ok();
    assert_eq!(env.run(&["wait", &id]).ok().stdout.trim(), "137");
    let o = env
        .run(&[
            "inspect",
            "-f",
            "{{.State.ExitCode}} {{.State.Status}}",
            &id,
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "137 exited");
}

#[test]
fn command_is_pid_1_and_hostname_defaults_to_id() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&["run", "--name", "h1", img, "sh", "-c", "echo $$; hostname"])
        .ok();
    let lines = o.lines();
    assert_eq!(lines[0], "1");
    let id = env.run(&["inspect", "-f", "{{.Id}}", "h1"]).ok().stdout;
    assert_eq!(lines[1], &id.trim()[..12]);
    let o = env
        .run(&[
            "run",
            "--rm",
            "--hostname",
            "web1",
            img,
            "sh",
            "-c",
            "hostname; cat /etc/hostname; grep web1 /etc/hosts",
        ])
        .ok();
    assert_eq!(o.lines()[..2], ["web1", "web1"]);
    assert!(o.lines()[2].contains("web1"));
}

#[test]
fn user_namespace_maps_root_to_the_user_and_ids_to_subuids() {
    let env = Env::new();
    let img = env.busybox();
    let (uid, sub) = host_ids();
    let o = env
        .run(&["run", "--rm", img, "cat", "/proc/self/uid_map"])
        .ok();
    let rows: Vec<Vec<&str>> = o
        .lines()
        .iter()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows[0], vec!["0", &uid.to_string(), "1"]);
    let sub = sub.expect("the test user needs a subuid range");
    assert_eq!(rows[1], vec!["1", &sub.to_string(), "65536"]);
    assert_eq!(
        env.run(&["run", "--rm", img, "id", "-u"])
            .ok()
            .stdout
            .trim(),
        "0"
    );

    // Files created through a bind mount land on the mapped host ids.
    let vol = env.scratch("vol");
    let spec = format!("{}:/data", vol.display());
    env.run(&["run", "--rm", "-v", &spec, img, "touch", "/data/by-root"])
        .ok();
    env.run(&[
        "run",
        "--rm",
        "-u",
        "1000:1000",
        "-v",
        &spec,
        img,
        "touch",
        "/data/by-1000",
    ])
    .ok();
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(vol.join("by-root")).unwrap().uid(), uid);
    assert_eq!(
        std::fs::metadata(vol.join("by-1000")).unwrap().uid(),
        sub + 999
    );
    // Image files owned by 1000 are owned by 1000 inside.
    let o = env
        .run(&["run", "--rm", img, "stat", "-c", "%u:%g", "/home/app"])
        .ok();
    assert_eq!(o.stdout.trim(), "1000:1000");
}

#[test]
fn user_workdir_env_and_entrypoint() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&[
            "run",
            "--rm",
            "-u",
            "app",
            img,
            "sh",
            "-c",
            "id -u; id -g; id -G; echo $HOME",
        ])
        .ok();
    assert_eq!(o.lines(), vec!["1000", "1000", "1000 10", "/home/app"]);
    let o = env.run(&["run", "--rm", "-w", "/new/dir", img, "pwd"]).ok();
    assert_eq!(o.stdout.trim(), "/new/dir");
    let envfile = write_file(&env, "env.list", b"# comment\nFROM_FILE=yes\nSHARED=file\n");
    let o = env
        .run(&[
            "run",
            "--rm",
            "-e",
            "A=1",
            "-e",
            "SHARED=flag",
            "--env-file",
            envfile.to_str().unwrap(),
            img,
            "sh",
            "-c",
            "echo $A $FROM_FILE $SHARED $PATH",
        ])
        .ok();
    assert_eq!(
        o.stdout.trim(),
        "1 yes flag /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
    );
    let o = env
        .run(&["run", "--rm", "--entrypoint", "echo", img, "hello", "world"])
        .ok();
    assert_eq!(o.stdout.trim(), "hello world");
    let o = env
        .run(&[
            "run",
            "--rm",
            img,
            "sh",
            "-c",
            "echo \"$1|$2\"",
            "x",
            "-a b",
            "--rm",
        ])
        .ok();
    assert_eq!(
        o.stdout.trim(),
        "-a b|--rm",
        "arguments after the image go to the container untouched"
    );
}

#[test]
fn mounts_read_only_tmpfs_and_volumes() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&[
            "run",
            "--rm",
            "--read-only",
            img,
            "sh",
            "-c",
            "touch /x; echo $?; touch /tmp/ok && echo tmp-ok",
        ])
        .ok();
    assert_eq!(o.lines(), vec!["1", "tmp-ok"]);
    assert!(o.stderr.contains("Read-only file system"), "{}", o.stderr);
    let o = env
        .run(&[
            "run",
            "--rm",
            "--tmpfs",
            "/scratch",
            img,
            "sh",
            "-c",
            "grep ' /scratch ' /proc/mounts",
        ])
        .ok();
    assert!(o.stdout.contains("tmpfs"), "{}", o.stdout);
    let vol = env.scratch("rovol");
    std::fs::write(vol.join("f"), "data").unwrap();
    let spec = format!("{}:/data:ro", vol.display());
    let o = env
        .run(&[
            "run",
            "--rm",
            "-v",
            &spec,
            img,
            "sh",
            "-c",
            "cat /data/f; echo; touch /data/g",
        ])
        .code(1);
    assert_eq!(o.stdout.trim(), "data");
    assert!(!vol.join("g").exists());
    // A named volume keeps data between containers.
    env.run(&[
        "run",
        "--rm",
        "-v",
        "keep:/v",
        img,
        "sh",
        "-c",
        "echo kept > /v/f",
    ])
    .ok();
    let o = env
        .run(&["run", "--rm", "-v", "keep:/v", img, "cat", "/v/f"])
        .ok();
    assert_eq!(o.stdout.trim(), "kept");
    let o = env
        .run(&["run", "--rm", "-v", "/does/not/exist:/d", img, "true"])
        .code(125);
    assert!(o.stderr.contains("/does/not/exist"), "{}", o.stderr);
}

#[test]
fn network_modes() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "none",
            img,
            "sh",
            "-c",
            "tail -n +3 /proc/net/dev | cut -d: -f1",
        ])
        .ok();
    assert_eq!(o.stdout.split_whitespace().collect::<Vec<_>>(), vec!["lo"]);
    let host: Vec<String> = std::fs::read_to_string("/proc/net/dev")
        .unwrap()
        .lines()
        .skip(2)
        .map(|l| l.split(':').next().unwrap().trim().to_string())
        .collect();
    let o = env
        .run(&[
            "run",
            "--rm",
            "--net",
            "host",
            img,
            "sh",
            "-c",
            "tail -n +3 /proc/net/dev | cut -d: -f1",
        ])
        .ok();
    let inside: Vec<String> = o.stdout.split_whitespace().map(String::from).collect();
    assert_eq!(inside, host);
    let o = env
        .run(&["run", "--rm", img, "cat", "/etc/resolv.conf"])
        .ok();
    assert_eq!(
        o.stdout,
        std::fs::read_to_string("/etc/resolv.conf").unwrap()
    );
}

#[test]
fn stdin_only_with_interactive() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run_stdin(&["run", "--rm", "-i", img, "cat"], Some(b"hello stdin\n"))
        .ok();
    assert_eq!(o.stdout, "hello stdin\n");
    let o = env
        .run_stdin(&["run", "--rm", img, "cat"], Some(b"hello stdin\n"))
        .ok();
    assert_eq!(o.stdout, "");
}

#[test]
fn terminal_with_it() {
    let env = Env::new();
    let img = env.busybox();
    let (code, out) = run_pty(
        &env,
        &["run", "--rm", "-it", img, "sh"],
        &["tty; stty size; echo T=$TERM\r", "exit 5\r"],
        33,
        101,
    );
    assert_eq!(code, 5, "{out}");
    assert!(out.contains("/dev/pts/0"), "{out}");
    assert!(out.contains("33 101"), "{out}");
    assert!(out.contains("T=xterm"), "{out}");
}

#[test]
fn parallel_runs_all_succeed() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let env = std::sync::Arc::new(env);
    let handles: Vec<_> = (0..20)
        .map(|i| {
            let env = env.clone();
            let img = img.clone();
            std::thread::spawn(move || {
                env.run(&["run", "--rm", &img, "sh", "-c", &format!("echo {i}")])
            })
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let o = h.join().unwrap().ok();
        assert_eq!(o.stdout.trim(), i.to_string());
    }
    assert_eq!(env.run(&["ps", "-a", "-q"]).ok().stdout, "");
}

#[test]
fn fuse_overlayfs_mount_program() {
    if !std::path::Path::new("/usr/bin/fuse-overlayfs").exists() {
        eprintln!("skipped: fuse-overlayfs not installed");
        return;
    }
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&["run", "--rm", "--storage-opt", "overlay.mount_program=/usr/bin/fuse-overlayfs", img, "sh", "-c", "grep ' / ' /proc/mounts | cut -d' ' -f3; echo x > /f && cat /f; rm /bin/ls; test ! -e /bin/ls && echo gone"])
        .ok();
    assert_eq!(o.lines(), vec!["fuse.fuse-overlayfs", "x", "gone"]);
    // The layer itself is untouched.
    env.run(&["run", "--rm", img, "test", "-e", "/bin/ls"]).ok();
}

#[test]
fn foreground_run_forwards_signals() {
    let env = Env::new();
    let img = env.busybox();
    let mut child = env
        .cmd(&[
            "run",
            "--rm",
            img,
            "sh",
            "-c",
            "trap 'echo got-term; exit 42' TERM; echo ready; while :; do sleep 0.1; done",
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut buf = [0u8; 6];
    std::io::Read::read_exact(&mut out, &mut buf).unwrap();
    assert_eq!(&buf, b"ready\n");
    // The skiff process itself may run under setpriv (exec'd, same pid): signal that pid.
    rustix::process::kill_process(
        rustix::process::Pid::from_raw(child.id() as i32).unwrap(),
        rustix::process::Signal::TERM,
    )
    .unwrap();
    let status = child.wait().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
    assert_eq!(rest, "got-term\n");
    assert_eq!(status.code(), Some(42));
}

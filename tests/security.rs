//! Security defaults: capabilities, no_new_privs, seccomp, masked and read-only paths.

mod common;
use common::*;

fn status_field(env: &Env, img: &str, extra: &[&str], field: &str) -> String {
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(extra);
    args.extend_from_slice(&[img, "grep", field, "/proc/self/status"]);
    let o = env.run(&args).ok();
    o.stdout.split(':').nth(1).unwrap_or("").trim().to_string()
}

fn mask(caps: &[u32]) -> String {
    format!("{:016x}", caps.iter().fold(0u64, |m, c| m | (1 << c)))
}

// podman's default set: CHOWN 0, DAC_OVERRIDE 1, FOWNER 3, FSETID 4, KILL 5, SETGID 6,
// SETUID 7, SETPCAP 8, NET_BIND_SERVICE 10, SYS_CHROOT 18, SETFCAP 31.
const DEFAULT: &[u32] = &[0, 1, 3, 4, 5, 6, 7, 8, 10, 18, 31];

#[test]
fn default_capabilities_and_changes() {
    let env = Env::new();
    let img = env.busybox();
    assert_eq!(status_field(&env, img, &[], "CapEff"), mask(DEFAULT));
    assert_eq!(status_field(&env, img, &[], "CapBnd"), mask(DEFAULT));
    assert_eq!(
        status_field(&env, img, &["--cap-drop", "ALL"], "CapEff"),
        mask(&[])
    );
    let mut with_admin = DEFAULT.to_vec();
    with_admin.push(12);
    assert_eq!(
        status_field(&env, img, &["--cap-add", "NET_ADMIN"], "CapEff"),
        mask(&with_admin)
    );
    let without_chown: Vec<u32> = DEFAULT.iter().copied().filter(|c| *c != 0).collect();
    assert_eq!(
        status_field(&env, img, &["--cap-drop", "chown"], "CapEff"),
        mask(&without_chown)
    );
    // A non-root user keeps only the bounding set.
    assert_eq!(
        status_field(&env, img, &["-u", "1000"], "CapEff"),
        mask(&[])
    );
    assert_eq!(
        status_field(&env, img, &["-u", "1000"], "CapBnd"),
        mask(DEFAULT)
    );
    env.run(&["run", "--rm", "--cap-add", "BOGUS", img, "true"])
        .code(125);
}

#[test]
fn no_new_privs_and_seccomp() {
    let env = Env::new();
    let img = env.busybox();
    assert_eq!(status_field(&env, img, &[], "NoNewPrivs"), "1");
    assert_eq!(status_field(&env, img, &[], "Seccomp:"), "2");
    assert_eq!(
        status_field(
            &env,
            img,
            &["--security-opt", "seccomp=unconfined"],
            "Seccomp:"
        ),
        "0"
    );
    // The default profile refuses namespace creation even to container root.
    let o = env.run(&["run", "--rm", img, "unshare", "-U", "true"]);
    assert_ne!(o.code, 0);
    assert!(o.stderr.contains("Operation not permitted"), "{}", o.stderr);
    // A custom profile file.
    let profile = write_file(
        &env,
        "deny-mkdir.json",
        br#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO","errnoRet":13}]}"#,
    );
    let opt = format!("seccomp={}", profile.display());
    let o = env
        .run(&["run", "--rm", "--security-opt", &opt, img, "mkdir", "/x"])
        .code(1);
    assert!(o.stderr.contains("Permission denied"), "{}", o.stderr);
    let bad = write_file(&env, "bad.json", b"{not json");
    let opt = format!("seccomp={}", bad.display());
    env.run(&["run", "--rm", "--security-opt", &opt, img, "true"])
        .code(125);
}

#[test]
fn masked_and_read_only_paths() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&[
            "run",
            "--rm",
            img,
            "sh",
            "-c",
            "for f in /proc/keys /proc/timer_list; do wc -c < $f; done; ls -A /proc/acpi | wc -l; ls -A /sys/firmware | wc -l",
        ])
        .ok();
    // Both files exist (non-empty) on the host; masked, they read as /dev/null.
    assert!(std::fs::metadata("/proc/timer_list").is_ok());
    assert_eq!(o.lines(), vec!["0", "0", "0", "0"]);
    let o = env.run(&[
        "run",
        "--rm",
        img,
        "sh",
        "-c",
        "echo 1 > /proc/sys/kernel/domainname",
    ]);
    assert_ne!(o.code, 0);
    assert!(o.stderr.contains("Read-only file system"), "{}", o.stderr);
    let o = env
        .run(&[
            "run",
            "--rm",
            img,
            "sh",
            "-c",
            "grep -E ' /sys | /proc/sys ' /proc/mounts",
        ])
        .ok();
    for l in o.lines() {
        assert!(
            l.split_whitespace().nth(3).unwrap().starts_with("ro"),
            "{l}"
        );
    }
}

#[test]
fn privileged_lifts_the_restrictions() {
    let env = Env::new();
    let img = env.busybox();
    assert_eq!(status_field(&env, img, &["--privileged"], "Seccomp:"), "0");
    assert_eq!(
        status_field(&env, img, &["--privileged"], "NoNewPrivs"),
        "0"
    );
    // An explicit no-new-privileges wins over --privileged.
    assert_eq!(
        status_field(
            &env,
            img,
            &["--privileged", "--security-opt", "no-new-privileges"],
            "NoNewPrivs"
        ),
        "1"
    );
    let eff =
        u64::from_str_radix(&status_field(&env, img, &["--privileged"], "CapEff"), 16).unwrap();
    assert!(eff & (1 << 21) != 0, "CAP_SYS_ADMIN");
    let o = env
        .run(&[
            "run",
            "--rm",
            "--privileged",
            img,
            "sh",
            "-c",
            "grep ' /proc/sys ' /proc/mounts | wc -l; wc -c < /proc/kcore | tr -d ' '",
        ])
        .ok();
    assert_eq!(o.lines()[0], "0", "no read-only /proc/sys mount");
}

/// podman's default masked and read-only paths (engine/spec.rs has the same lists).
const MASKED: &[&str] = &[
    "/proc/acpi",
    "/proc/kcore",
    "/proc/keys",
    "/proc/latency_stats",
    "/proc/timer_list",
    "/proc/timer_stats",
    "/proc/sched_debug",
    "/proc/scsi",
    "/proc/interrupts",
    "/sys/firmware",
    "/sys/fs/selinux",
    "/sys/dev/block",
    "/sys/devices/virtual/powercap",
];
const READ_ONLY: &[&str] = &[
    "/proc/asound",
    "/proc/bus",
    "/proc/fs",
    "/proc/irq",
    "/proc/sys",
    "/proc/sysrq-trigger",
    "/sys",
];

#[test]
fn no_new_privs_from_inside() {
    let env = Env::new();
    let img = env.busybox();
    for user in ["0", "1000"] {
        let o = env
            .run(&[
                "run",
                "--rm",
                "-u",
                user,
                img,
                "grep",
                "NoNewPrivs",
                "/proc/self/status",
            ])
            .ok();
        assert_eq!(
            o.stdout.split_whitespace().collect::<Vec<_>>(),
            ["NoNewPrivs:", "1"]
        );
    }
}

#[test]
fn kernel_interfaces_are_masked_from_inside() {
    let env = Env::new();
    let img = env.busybox();
    // For each path: "absent", "null" (a file on /dev/null), "empty-ro" (an empty read-only
    // directory), or what else it is.
    let script = r#"for p in "$@"; do
        if [ ! -e "$p" ]; then echo "$p absent"
        elif [ -c "$p" ] && [ "$(stat -c %t:%T "$p")" = 1:3 ]; then echo "$p null"
        elif [ -d "$p" ] && [ -z "$(ls -A "$p")" ] && ! touch "$p/x" 2>/dev/null; then echo "$p empty-ro"
        else echo "$p EXPOSED"; fi
    done"#;
    let mut args = vec!["run", "--rm", img, "sh", "-c", script, "sh"];
    args.extend_from_slice(MASKED);
    let o = env.run(&args).ok();
    let mut masked = 0;
    for (line, path) in o.lines().iter().zip(MASKED) {
        let state = line.rsplit(' ').next().unwrap_or("");
        let on_host = std::path::Path::new(path).exists();
        match state {
            "null" | "empty-ro" => masked += 1,
            "absent" => assert!(
                !on_host,
                "{path} exists on the host but not in the container"
            ),
            _ => panic!("{path} is not masked: {line}"),
        }
    }
    assert_eq!(o.lines().len(), MASKED.len(), "{}", o.stdout);
    assert!(
        masked > 0,
        "no masked path exists on this host: {}",
        o.stdout
    );
    // Reading /proc/kcore (where the kernel has it) gives nothing.
    let o = env
        .run(&[
            "run",
            "--rm",
            img,
            "sh",
            "-c",
            "[ -e /proc/kcore ] && wc -c < /proc/kcore || echo 0",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "0");
}

#[test]
fn kernel_settings_are_read_only_from_inside() {
    let env = Env::new();
    let img = env.busybox();
    let o = env.run(&["run", "--rm", img, "cat", "/proc/mounts"]).ok();
    let mut checked = 0;
    for path in READ_ONLY {
        if !std::path::Path::new(path).exists() {
            continue;
        }
        let opts = o
            .lines()
            .iter()
            .rev()
            .find(|l| l.split_whitespace().nth(1) == Some(*path))
            .and_then(|l| l.split_whitespace().nth(3).map(str::to_string))
            .unwrap_or_else(|| panic!("{path} is not a mount of its own:\n{}", o.stdout));
        assert!(
            opts.split(',').any(|f| f == "ro"),
            "{path} is mounted {opts}"
        );
        checked += 1;
    }
    assert!(checked >= 2, "{}", o.stdout);
    // Writes fail with EROFS, also for container root.
    let files = [
        "/proc/sys/kernel/core_pattern",
        "/proc/sys/vm/drop_caches",
        "/proc/sys/kernel/hostname",
        "/proc/sysrq-trigger",
        "/sys/kernel/uevent_helper",
        "/sys/kernel/mm/transparent_hugepage/enabled",
        "/sys/fs/cgroup/cgroup.procs",
    ];
    let mut args = vec![
        "run",
        "--rm",
        img,
        "sh",
        "-c",
        r#"for f in "$@"; do [ -e "$f" ] || continue
            if (echo 1 > "$f") 2>/tmp/err; then echo "$f written"; else echo "$f: $(cat /tmp/err)"; fi
        done"#,
        "sh",
    ];
    args.extend_from_slice(&files);
    let o = env.run(&args).ok();
    let present = files
        .iter()
        .filter(|f| std::path::Path::new(f).exists())
        .count();
    assert_eq!(o.lines().len(), present, "{}", o.stdout);
    assert!(present >= 2, "{}", o.stdout);
    for l in o.lines() {
        assert!(l.contains("Read-only file system"), "{l}");
    }
}

#[test]
fn no_descriptor_of_skiff_reaches_the_container() {
    let env = Env::new();
    let img = env.busybox();
    // ls has its own directory open as fd 3.
    let want = ["0", "1", "2", "3"];
    let o = env.run(&["run", "--rm", img, "ls", "/proc/self/fd"]).ok();
    assert_eq!(o.lines(), want, "run");
    let o = env
        .run_stdin(
            &["run", "--rm", "-i", img, "ls", "/proc/self/fd"],
            Some(b"x"),
        )
        .ok();
    assert_eq!(o.lines(), want, "run -i");
    let o = env
        .run(&[
            "run",
            "--rm",
            "--log-driver",
            "none",
            img,
            "ls",
            "/proc/self/fd",
        ])
        .ok();
    assert_eq!(o.lines(), want, "run --log-driver none");
    env.run(&[
        "run",
        "-d",
        "--name",
        "bg",
        img,
        "sh",
        "-c",
        "ls /proc/self/fd; sleep 300",
    ])
    .ok();
    let o = env.run(&["exec", "bg", "ls", "/proc/self/fd"]).ok();
    assert_eq!(o.lines(), want, "exec");
    // The container's main process, started detached, holds only its stdio too.
    let o = env.run(&["exec", "bg", "ls", "/proc/1/fd"]).ok();
    assert_eq!(
        o.lines(),
        ["0", "1", "2"],
        "the detached container's process"
    );
    let o = env.run(&["logs", "bg"]).ok();
    assert_eq!(o.lines(), want, "run -d");
}

#[test]
fn the_container_cannot_write_executables_through_proc_exe() {
    let env = Env::new();
    let img = env.busybox();
    let o = env.run(&[
        "run",
        "--rm",
        img,
        "sh",
        "-c",
        "echo x >> /proc/self/exe; echo x >> /proc/1/exe; echo x > /proc/self/exe",
    ]);
    assert_ne!(o.code, 0);
    let errors: Vec<&str> = o.stderr.lines().collect();
    assert_eq!(errors.len(), 3, "{}", o.stderr);
    for e in errors {
        assert!(e.contains("Text file busy"), "{e}");
    }
    // The busybox binary is unchanged.
    let o = env.run(&["run", "--rm", img, "busybox", "true"]).ok();
    assert_eq!(o.stderr, "");
}

#[test]
fn exec_never_shows_skiff_to_the_container() {
    // While `skiff exec` enters a container, the process that will become the command runs
    // skiff's code; the container's processes must not reach skiff's binary (CVE-2019-5736's
    // way in: /proc/PID/exe opened, then written once skiff is gone).
    let env = Env::new();
    let img = env.busybox();
    let probe = r#"readlink /proc/1/exe
        while :; do for p in /proc/[0-9]*; do
            l=$(readlink $p/exe 2>/dev/null) && case "$l" in *skiff*) echo "SEEN $p $l";; esac
        done; done"#;
    env.run(&["run", "-d", "--name", "probe", img, "sh", "-c", probe])
        .ok();
    for _ in 0..30 {
        env.run(&["exec", "probe", "true"]).ok();
    }
    let o = env.run(&["logs", "probe"]).ok();
    assert_eq!(o.lines().first(), Some(&"/bin/busybox"), "{}", o.stdout);
    assert_eq!(o.lines().len(), 1, "{}", o.stdout);
}

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

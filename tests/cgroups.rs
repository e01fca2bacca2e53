//! Resource limits. On the build machine (cgroup v1/hybrid, no systemd): every requested limit
//! warns and the container still runs; ulimits and oom_score_adj apply without cgroups.
//! Under cgroup v2 with systemd delegation: the user-mode-linux guest in ../shared/vm runs
//! tests/uml/cgroups.sh against this build.

mod common;
#[path = "common/uml.rs"]
mod uml;
use common::*;
use uml::*;

fn cgroup_v1_host() -> bool {
    rustix::fs::statfs("/sys/fs/cgroup")
        .map(|s| s.f_type != 0x6367_7270)
        .unwrap_or(true)
}

#[test]
fn limits_on_a_cgroup_v1_host_warn_once_each_and_the_container_runs() {
    if !cgroup_v1_host() {
        eprintln!("skipped: this host has cgroup v2; the warning path is for v1 hosts");
        return;
    }
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&[
            "run",
            "--rm",
            "-m",
            "64m",
            "--cpus",
            "0.5",
            "--pids-limit",
            "50",
            "--cpu-shares",
            "512",
            img,
            "echo",
            "ran",
        ])
        .ok();
    assert_eq!(o.stdout, "ran\n");
    let warnings: Vec<&str> = o
        .stderr
        .lines()
        .filter(|l| l.contains("not applied"))
        .collect();
    assert_eq!(warnings.len(), 4, "{}", o.stderr);
    for flag in ["--memory", "--cpus", "--pids-limit", "--cpu-shares"] {
        assert!(
            warnings
                .iter()
                .any(|w| w.contains(flag) && w.contains("cgroup v1")),
            "{flag}: {}",
            o.stderr
        );
    }
    // No limits, no warnings.
    let o = env.run(&["run", "--rm", img, "true"]).ok();
    assert!(!o.stderr.contains("WARN"), "{}", o.stderr);
    // Runtime cgroup actions fail with a clear reason.
    let id = env
        .run(&["run", "-d", img, "sleep", "30"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let o = env.run(&["pause", &id]).code(125);
    assert!(
        o.stderr.contains("no cgroup") && o.stderr.contains("cgroup v1"),
        "{}",
        o.stderr
    );
    let o = env.run(&["stats", "--no-stream", &id]).code(125);
    assert!(o.stderr.contains("no cgroup"), "{}", o.stderr);
    env.run(&["rm", "-f", &id]).ok();
    let info = env.run(&["info"]).ok().stdout;
    assert!(info.contains("cgroupVersion: v1"), "{info}");
}

#[test]
fn ulimits_and_oom_score_adj_apply_without_cgroups() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&[
            "run",
            "--rm",
            "--ulimit",
            "nofile=1024:2048",
            "--ulimit",
            "nproc=500",
            "--oom-score-adj",
            "500",
            img,
            "sh",
            "-c",
            "ulimit -n; ulimit -Hn; ulimit -u; cat /proc/self/oom_score_adj",
        ])
        .ok();
    assert_eq!(o.lines(), ["1024", "2048", "500", "500"]);
    let o = env
        .run(&[
            "create",
            "--ulimit",
            "nofile=100:200",
            "-m",
            "64m",
            img,
            "true",
        ])
        .ok();
    let id = o.stdout.trim();
    let o = env
        .run(&[
            "inspect", "-f",
            "{{.HostConfig.Memory}} {{range .HostConfig.Ulimits}}{{.Name}}={{.Soft}}:{{.Hard}}{{end}}",
            id,
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "67108864 RLIMIT_NOFILE=100:200");
    // update of a stopped container records the new limits.
    env.run(&["update", "--memory", "128m", id]).ok();
    let o = env
        .run(&["inspect", "-f", "{{.HostConfig.Memory}}", id])
        .ok();
    assert_eq!(o.stdout.trim(), "134217728");
}

#[test]
fn bad_resource_values_are_refused_before_anything_runs() {
    let env = Env::new();
    let img = env.busybox();
    for (args, msg) in [
        (&["-m", "1m"][..], "minimum memory limit"),
        (&["-m", "lots"][..], "invalid size"),
        (
            &["-m", "64m", "--memory-swap", "32m"][..],
            "memory swap limit",
        ),
        (
            &["--memory-swap", "64m"][..],
            "you must provide a memory limit",
        ),
        (&["--cpus", "1", "--cpu-quota", "50000"][..], "conflicts"),
        (
            &["--ulimit", "nofile=10:5"][..],
            "soft limit is above the hard limit",
        ),
        (&["--ulimit", "bogus=1"][..], "unknown limit"),
        (&["--oom-score-adj", "5000"][..], "between -1000 and 1000"),
        (&["--blkio-weight", "5"][..], "between 10 and 1000"),
        (&["--cgroups", "maybe"][..], "invalid --cgroups"),
    ] {
        let mut a = vec!["run", "--rm"];
        a.extend_from_slice(args);
        a.extend_from_slice(&[img, "true"]);
        let o = env.run(&a).code(125);
        assert!(o.stderr.contains(msg), "{args:?}: {}", o.stderr);
        assert_eq!(o.stderr.trim().lines().count(), 1, "{}", o.stderr);
    }
    assert_eq!(
        env.run(&["ps", "-aq"]).ok().stdout,
        "",
        "nothing was created"
    );
    // A hard limit above the caller's own cannot be raised rootless: a clear error.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--ulimit",
            "nofile=10:999999999",
            img,
            "true",
        ])
        .code(125);
    assert!(o.stderr.contains("--ulimit nofile"), "{}", o.stderr);
}

/// The cgroup v2 checks in the user-mode-linux guest (systemd user manager, delegated
/// cpu/memory/pids). Needs root and ../shared/vm/uml-run.sh beside the project.
#[test]
fn cgroup_v2_limits_in_the_uml_guest() {
    let Some(guest) = Guest::new("cgroups.sh") else {
        return;
    };
    guest.add(
        &project().join("tests/uml/cgroupfs-inner.sh"),
        "cgroupfs-inner.sh",
    );
    guest.run(
        &[],
        &[
            "info-version",
            "info-manager",
            "scope-name",
            "memory.max",
            "memory.swap.max",
            "memory.low",
            "cpu.max",
            "cpu.weight",
            "pids.max",
            "process-in-scope",
            "cpuset-warning",
            "oom-exit",
            "oom-killed",
            "pids-limit",
            "cpus-half",
            "update-memory",
            "update-pids",
            "pause-freeze",
            "paused-no-cpu",
            "unpause-status",
            "cgroupfs-memory",
            "cgroupfs-pids",
            "cgroupfs-removed",
            "scopes-gone",
            "cgroups-gone",
        ],
    );
}

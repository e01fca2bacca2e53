//! Detached containers: the monitor, k8s-file logs, `logs`, `attach`, restart policies.

mod common;
use common::*;
use std::io::Read;
use std::time::{Duration, Instant};

/// Live monitor processes of container `id` (zombies have an empty cmdline and do not count).
/// A process the monitor has forked but that has not exec'd yet (the next container process, a
/// healthcheck) still shows the monitor's command line: only the topmost ones are monitors.
fn monitors(id: &str) -> Vec<i32> {
    let all = monitor_like(id);
    all.iter()
        .copied()
        .filter(|pid| {
            let ppid: i32 = status_field(*pid, "PPid").parse().unwrap_or(0);
            !all.contains(&ppid)
        })
        .collect()
}

/// Processes whose command line is `container-monitor` of container `id`.
fn monitor_like(id: &str) -> Vec<i32> {
    let mut v = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(cmd) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
            continue;
        };
        let args: Vec<String> = cmd
            .split(|&b| b == 0)
            .map(|a| String::from_utf8_lossy(a).into_owned())
            .collect();
        if args.iter().any(|a| a == "container-monitor") && args.iter().any(|a| a == id) {
            v.push(pid);
        }
    }
    v
}

fn status_field(pid: i32, key: &str) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix(&format!("{key}:"))
                .map(|v| v.trim().to_string())
        })
        .unwrap_or_default()
}

fn inspect(env: &Env, fmt: &str, ctr: &str) -> String {
    env.run(&["inspect", "-f", fmt, ctr])
        .ok()
        .stdout
        .trim()
        .to_string()
}

/// Poll until `f` is true or `secs` pass.
fn eventually(secs: u64, mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(secs) {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

#[test]
fn logs_of_a_detached_container_keep_streams_apart() {
    let env = Env::new();
    let img = env.busybox();
    let id = env
        .run(&[
            "run",
            "-d",
            "--name",
            "lg",
            img,
            "sh",
            "-c",
            "echo out1; echo out2; printf 'no '; echo newline; sleep 0.3; echo err1 >&2; sleep 1.5; echo late",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    // The container outlives the command that started it.
    assert_eq!(inspect(&env, "{{.State.Status}}", "lg"), "running");
    assert!(eventually(10, || inspect(&env, "{{.State.Status}}", "lg") == "exited"));
    let o = env.run(&["logs", "lg"]).ok();
    assert_eq!(o.stdout, "out1\nout2\nno newline\nlate\n");
    assert_eq!(o.stderr, "err1\n");
    // The file is podman's k8s-file format.
    let raw = std::fs::read_to_string(
        env.dir
            .join(format!("root/containers/{id}/userdata/ctr.log")),
    )
    .unwrap();
    let first = raw.lines().next().unwrap();
    let (ts, rest) = first.split_once(' ').unwrap();
    assert_eq!(rest, "stdout F out1");
    assert_eq!(
        ts.len(),
        "2026-11-28T06:20:01.123456789+00:00".len(),
        "{ts}"
    );
    assert!(ts.ends_with("+00:00") && ts.as_bytes()[10] == b'T', "{ts}");
    assert!(raw.contains(" stderr F err1\n"), "{raw}");
    // -t prefixes each line with its timestamp.
    let o = env.run(&["logs", "-t", "lg"]).ok();
    let l0 = o.lines()[0].to_string();
    assert_eq!(l0, format!("{ts} out1"));
    assert!(
        o.stderr.ends_with(" err1\n") && o.stderr.len() > 30,
        "{}",
        o.stderr
    );
    // -n / --tail: the last lines.
    let o = env.run(&["logs", "-n", "1", "lg"]).ok();
    assert_eq!((o.stdout.as_str(), o.stderr.as_str()), ("late\n", ""));
    let o = env.run(&["logs", "--tail", "3", "lg"]).ok();
    assert_eq!(
        (o.stdout.as_str(), o.stderr.as_str()),
        ("no newline\nlate\n", "err1\n")
    );
    // --since: a time after the first lines keeps only the late one; a duration covers all.
    let late_ts = raw
        .lines()
        .find(|l| l.ends_with(" late"))
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_string();
    let o = env.run(&["logs", "--since", &late_ts, "lg"]).ok();
    assert_eq!(o.stdout, "late\n");
    assert_eq!(o.stderr, "");
    assert_eq!(
        env.run(&["logs", "--since", "10m", "lg"]).ok().stdout,
        "out1\nout2\nno newline\nlate\n"
    );
    assert_eq!(env.run(&["logs", "--until", "10m", "lg"]).ok().stdout, "");
    // A date alone is midnight UTC.
    assert_eq!(
        env.run(&["logs", "--since", "2000-01-02", "lg"])
            .ok()
            .stdout,
        "out1\nout2\nno newline\nlate\n"
    );
    assert_eq!(
        env.run(&["logs", "--since", "2999-01-02", "lg"])
            .ok()
            .stdout,
        ""
    );
    env.run(&["logs", "--since", "yesterday-ish", "lg"])
        .code(125);
    env.run(&["logs", "nope"]).code(125);
}

#[test]
fn create_then_start_logs_and_log_driver_none() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--name", "cs", img, "echo", "from create"])
        .ok();
    env.run(&["start", "cs"]).ok();
    assert!(eventually(10, || inspect(&env, "{{.State.Status}}", "cs") == "exited"));
    assert_eq!(env.run(&["logs", "cs"]).ok().stdout, "from create\n");
    // A second start appends to the same log.
    env.run(&["start", "cs"]).ok();
    assert!(eventually(10, || env.run(&["logs", "cs"]).ok().stdout
        == "from create\nfrom create\n"));
    env.run(&[
        "run",
        "-d",
        "--name",
        "quiet",
        "--log-driver",
        "none",
        img,
        "echo",
        "x",
    ])
    .ok();
    let o = env.run(&["logs", "quiet"]).code(125);
    assert!(o.stderr.contains("none"), "{}", o.stderr);
    let o = env
        .run(&["run", "-d", "--log-driver", "passthrough", img, "true"])
        .code(125);
    assert!(o.stderr.contains("passthrough"), "{}", o.stderr);
    env.run(&["run", "-d", "--log-driver", "bogus", img, "true"])
        .code(125);
    // max-size: the file never grows much past the limit.
    let id = env
        .run(&[
            "run",
            "-d",
            "--log-opt",
            "max-size=2k",
            img,
            "sh",
            "-c",
            "i=0; while [ $i -lt 300 ]; do echo line $i; i=$((i+1)); done",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    assert!(eventually(10, || inspect(&env, "{{.State.Status}}", &id) == "exited"));
    let log = env
        .dir
        .join(format!("root/containers/{id}/userdata/ctr.log"));
    let len = std::fs::metadata(&log).unwrap().len();
    assert!(len <= 2000, "log is {len} bytes");
    let out = env.run(&["logs", &id]).ok().stdout;
    assert!(
        out.ends_with("line 299\n") && !out.contains("line 0\n"),
        "{out}"
    );
}

#[test]
fn logs_follow_shows_new_lines_and_returns_when_the_container_exits() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "run",
        "-d",
        "--name",
        "fl",
        img,
        "sh",
        "-c",
        "echo first; sleep 3; echo second; echo to-err >&2; sleep 1",
    ])
    .ok();
    let mut c = env.cmd(&["logs", "-f", "fl"]);
    c.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let started = Instant::now();
    let mut child = c.spawn().unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "logs -f returned while the container runs"
    );
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "logs -f never returned"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success());
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(out, "first\nsecond\n");
    assert_eq!(err, "to-err\n");
    // It returned because the container exited (not before).
    assert_eq!(inspect(&env, "{{.State.Status}}", "fl"), "exited");
    // On an exited container -f prints everything and returns at once.
    assert_eq!(
        env.run(&["logs", "-f", "fl"]).ok().stdout,
        "first\nsecond\n"
    );
}

#[test]
fn one_small_monitor_per_detached_container_and_none_after_exit() {
    let env = Env::new();
    let img = env.busybox();
    let id = env
        .run(&["run", "-d", "--name", "mon", img, "sh", "-c", "sleep 3"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let m = monitors(&id);
    assert_eq!(m.len(), 1, "monitors: {m:?}");
    let mpid = m[0];
    // The monitor: its own session, a subreaper, the container's parent, small.
    let stat = std::fs::read_to_string(format!("/proc/{mpid}/stat")).unwrap();
    let fields: Vec<&str> = stat.rsplit_once(") ").unwrap().1.split(' ').collect();
    assert_eq!(
        fields[3],
        mpid.to_string(),
        "session id is the monitor's pid"
    );
    assert_eq!(status_field(mpid, "Threads"), "1");
    let cpid: i32 = inspect(&env, "{{.State.Pid}}", "mon").parse().unwrap();
    assert_eq!(status_field(cpid, "PPid"), mpid.to_string());
    // The monitor gives its start-up memory back right after it reports the start.
    let anon = || -> u64 {
        status_field(mpid, "RssAnon")
            .trim_end_matches(" kB")
            .parse()
            .unwrap_or(u64::MAX)
    };
    assert!(
        eventually(3, || anon() <= 2048),
        "monitor anonymous RSS {} kB",
        anon()
    );
    // Starting a running container again does not add a monitor.
    env.run(&["start", "mon"]).ok();
    assert_eq!(monitors(&id).len(), 1);
    assert!(
        eventually(15, || monitors(&id).is_empty()),
        "monitor left after exit"
    );
    assert_eq!(inspect(&env, "{{.State.Status}}", "mon"), "exited");
    assert!(!env.dir.join(format!("runroot/{id}")).exists());
}

#[test]
fn restart_on_failure_counts_and_keeps_the_last_exit_code() {
    let env = Env::new();
    let img = env.busybox();
    let id = env
        .run(&[
            "run",
            "-d",
            "--name",
            "rf",
            "--restart",
            "on-failure:2",
            img,
            "sh",
            "-c",
            "echo attempt; exit 3",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    assert!(
        eventually(20, || monitors(&id).is_empty()),
        "monitor still running"
    );
    assert_eq!(inspect(&env, "{{.RestartCount}}", "rf"), "2");
    assert_eq!(inspect(&env, "{{.State.ExitCode}}", "rf"), "3");
    assert_eq!(inspect(&env, "{{.State.Status}}", "rf"), "exited");
    assert_eq!(
        inspect(&env, "{{.HostConfig.RestartPolicy.Name}}", "rf"),
        "on-failure"
    );
    assert_eq!(env.run(&["logs", "rf"]).ok().stdout, "attempt\n".repeat(3));
    assert_eq!(env.run(&["wait", "rf"]).ok().stdout.trim(), "3");
    // Success is not restarted under on-failure.
    env.run(&[
        "run",
        "-d",
        "--name",
        "ok",
        "--restart",
        "on-failure",
        img,
        "true",
    ])
    .ok();
    assert!(eventually(10, || inspect(&env, "{{.State.Status}}", "ok") == "exited"));
    assert_eq!(inspect(&env, "{{.RestartCount}}", "ok"), "0");
    env.run(&["run", "--rm", "--restart", "always", img, "true"])
        .code(125);
    env.run(&["run", "-d", "--restart", "sometimes", img, "true"])
        .code(125);
}

#[test]
fn restart_always_until_stop_and_the_restart_command() {
    let env = Env::new();
    let img = env.busybox();
    let id = env
        .run(&[
            "run",
            "-d",
            "--name",
            "ra",
            "--restart",
            "always",
            img,
            "sh",
            "-c",
            "echo up; sleep 0.3",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    assert!(
        eventually(20, || inspect(&env, "{{.RestartCount}}", "ra")
            .parse::<u32>()
            .unwrap_or(0)
            >= 2),
        "not restarted"
    );
    assert_eq!(monitors(&id).len(), 1);
    env.run(&["stop", "-t", "2", "ra"]).ok();
    assert!(eventually(10, || monitors(&id).is_empty()));
    assert_eq!(inspect(&env, "{{.State.Status}}", "ra"), "exited");
    let count = inspect(&env, "{{.RestartCount}}", "ra");
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(
        inspect(&env, "{{.State.Status}}", "ra"),
        "exited",
        "came back after stop"
    );
    assert_eq!(inspect(&env, "{{.RestartCount}}", "ra"), count);

    // `restart`: a new process, one monitor.
    env.run(&["run", "-d", "--name", "rs", img, "sleep", "100"])
        .ok();
    let pid1 = inspect(&env, "{{.State.Pid}}", "rs");
    let o = env.run(&["restart", "-t", "1", "rs"]).ok();
    assert_eq!(o.stdout.trim(), "rs");
    assert_eq!(inspect(&env, "{{.State.Status}}", "rs"), "running");
    let pid2 = inspect(&env, "{{.State.Pid}}", "rs");
    assert_ne!(pid1, pid2);
    let rs_id = inspect(&env, "{{.Id}}", "rs");
    // The old monitor may take a moment to exit after recording the stop.
    assert!(eventually(5, || monitors(&rs_id).len() == 1));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(monitors(&rs_id).len(), 1);
    env.run(&["rm", "-f", "rs"]).ok();
    assert!(eventually(10, || monitors(&rs_id).is_empty()));
}

#[test]
fn attach_shows_output_forwards_stdin_and_returns_the_exit_code() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "run",
        "-d",
        "-i",
        "--name",
        "ai",
        img,
        "sh",
        "-c",
        "read x; echo got $x; echo bye >&2; exit 5",
    ])
    .ok();
    let o = env.run_stdin(&["attach", "ai"], Some(b"hello\n")).code(5);
    assert_eq!(o.stdout, "got hello\n");
    assert_eq!(o.stderr, "bye\n");
    // Output-only attach to a container that prints over time.
    env.run(&[
        "run",
        "-d",
        "--name",
        "ao",
        img,
        "sh",
        "-c",
        "sleep 1; for i in 1 2 3; do echo tick $i; sleep 0.2; done; exit 4",
    ])
    .ok();
    let o = env.run(&["attach", "--no-stdin", "ao"]).code(4);
    assert_eq!(o.stdout, "tick 1\ntick 2\ntick 3\n");
    // Not running: an error.
    env.run(&["attach", "ao"]).code(125);
}

#[test]
fn attach_to_a_tty_container_and_detach_with_the_keys() {
    let env = Env::new();
    let img = env.busybox();
    let id = env
        .run(&[
            "run",
            "-d",
            "-i",
            "-t",
            "--name",
            "tt",
            img,
            "sh",
            "-c",
            "while read l; do echo said $l; stty size; done",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    let (code, out) = run_pty(&env, &["attach", "tt"], &["abc\r", "\x10\x11"], 31, 97);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("said abc"), "{out}");
    // The container's terminal took the size of the attaching terminal.
    assert!(out.contains("31 97"), "{out}");
    // Still running after the detach, with its one monitor.
    assert_eq!(inspect(&env, "{{.State.Status}}", "tt"), "running");
    assert_eq!(monitors(&id).len(), 1);
    // The terminal output is in the log as stdout.
    assert!(env.run(&["logs", "tt"]).ok().stdout.contains("said abc"));
    env.run(&["rm", "-f", "tt"]).ok();
}

#[test]
fn foreground_run_prints_and_logs() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&[
            "run",
            "--name",
            "fg",
            img,
            "sh",
            "-c",
            "echo to-out; echo to-err >&2; exit 2",
        ])
        .code(2);
    assert_eq!(o.stdout, "to-out\n");
    assert_eq!(o.stderr, "to-err\n");
    let o = env.run(&["logs", "fg"]).ok();
    assert_eq!(
        (o.stdout.as_str(), o.stderr.as_str()),
        ("to-out\n", "to-err\n")
    );
    // start -a appends, and stdin still reaches a -i container.
    let o = env.run(&["start", "-a", "fg"]).code(2);
    assert_eq!(o.stdout, "to-out\n");
    assert_eq!(env.run(&["logs", "fg"]).ok().stdout, "to-out\nto-out\n");
    let o = env
        .run_stdin(
            &["run", "-i", "--name", "cat", img, "cat"],
            Some(b"piped\n"),
        )
        .ok();
    assert_eq!(o.stdout, "piped\n");
    assert_eq!(env.run(&["logs", "cat"]).ok().stdout, "piped\n");
    // start -i attaches stdin (and the output) of a created -i container.
    env.run(&[
        "create",
        "-i",
        "--name",
        "si",
        img,
        "sh",
        "-c",
        "read l; echo in:$l",
    ])
    .ok();
    let o = env.run_stdin(&["start", "-i", "si"], Some(b"typed\n")).ok();
    assert_eq!(o.stdout, "in:typed\n");
    assert_eq!(env.run(&["logs", "si"]).ok().stdout, "in:typed\n");
    // A terminal's output is logged as stdout.
    let (code, out) = run_pty(
        &env,
        &["run", "-t", "--name", "tty", img, "echo", "hi"],
        &[],
        24,
        80,
    );
    assert_eq!(code, 0);
    assert!(out.contains("hi"), "{out}");
    assert_eq!(env.run(&["logs", "tty"]).ok().stdout, "hi\r\n");
    // passthrough and none: printed, not logged.
    let o = env
        .run(&[
            "run",
            "--name",
            "pt",
            "--log-driver",
            "passthrough",
            img,
            "echo",
            "p",
        ])
        .ok();
    assert_eq!(o.stdout, "p\n");
    assert_eq!(env.run(&["logs", "pt"]).ok().stdout, "");
}

#[test]
fn wait_reports_the_exit_code_while_other_commands_reconcile() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let ids: Vec<String> = (0..12)
        .map(|i| {
            env.run(&[
                "run",
                "-d",
                &img,
                "sh",
                "-c",
                &format!("sleep {}; exit 3", 1.0 + i as f64 * 0.15),
            ])
            .ok()
            .stdout
            .trim()
            .to_string()
        })
        .collect();
    // `ps` reconciles records of dead processes; it must not overwrite the monitor's exit code.
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|s| {
        for _ in 0..3 {
            s.spawn(|| {
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    env.run(&["ps", "-a"]).ok();
                }
            });
        }
        let waits: Vec<_> = ids
            .iter()
            .map(|id| s.spawn(|| env.run(&["wait", id]).ok().stdout.trim().to_string()))
            .collect();
        let codes: Vec<String> = waits.into_iter().map(|w| w.join().unwrap()).collect();
        stop.store(true, std::sync::atomic::Ordering::SeqCst);
        assert!(codes.iter().all(|c| c == "3"), "{codes:?}");
    });
    for id in &ids {
        assert_eq!(inspect(&env, "{{.State.ExitCode}}", id), "3");
    }
}

#[test]
fn stopping_a_foreground_container_leaves_no_monitor_state() {
    let env = Env::new();
    let img = env.busybox();
    let mut c = env.cmd(&[
        "run",
        "--name",
        "fgs",
        img,
        "sh",
        "-c",
        "echo hi; sleep 100",
    ]);
    c.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    let mut child = c.spawn().unwrap();
    assert!(eventually(20, || env
        .run(&["ps", "--format", "{{.Names}}"])
        .ok()
        .stdout
        .contains("fgs")));
    let id = inspect(&env, "{{.Id}}", "fgs");
    // A foreground container has no monitor; the running command is its own.
    assert!(monitors(&id).is_empty());
    env.run(&["stop", "-t", "1", "fgs"]).ok();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(137));
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    assert_eq!(out, "hi\n");
    assert_eq!(inspect(&env, "{{.State.ExitCode}}", "fgs"), "137");
    assert!(!env.dir.join(format!("runroot/{id}")).exists());
}

#[test]
fn twenty_parallel_detached_runs_then_rm_all_leave_nothing() {
    let env = std::sync::Arc::new(Env::new());
    let img = env.busybox().to_string();
    let handles: Vec<_> = (0..20)
        .map(|i| {
            let env = env.clone();
            let img = img.clone();
            std::thread::spawn(move || {
                env.run(&[
                    "run",
                    "-d",
                    "--name",
                    &format!("p{i}"),
                    &img,
                    "sleep",
                    "300",
                ])
            })
        })
        .collect();
    let ids: Vec<String> = handles
        .into_iter()
        .map(|h| h.join().unwrap().ok().stdout.trim().to_string())
        .collect();
    let running = env.run(&["ps", "-q", "--no-trunc"]).ok().stdout;
    assert_eq!(running.lines().count(), 20, "{running}");
    for id in &ids {
        assert!(running.contains(id.as_str()), "{id} not running");
        assert_eq!(monitors(id).len(), 1, "one monitor for {id}");
    }
    let o = env.run(&["rm", "-af"]).ok();
    assert_eq!(o.stdout.lines().count(), 20, "{}", o.stdout);
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
    for id in &ids {
        assert!(monitors(id).is_empty(), "a monitor is left for {id}");
        assert!(!env.dir.join("root/containers").join(id).exists());
    }
    // No container process is left either.
    let left = std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|e| {
            std::fs::read(e.path().join("cmdline"))
                .map(|c| c.starts_with(b"sleep\x00300"))
                .unwrap_or(false)
        })
        .count();
    assert_eq!(left, 0, "container processes left");
}

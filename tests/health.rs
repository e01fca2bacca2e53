//! `exec -d`, healthchecks, `wait --condition`.

mod common;
use common::*;
use std::time::{Duration, Instant};

/// Poll until `f` is true or `secs` pass.
#[allow(dead_code)]
fn eventually(secs: u64, mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(secs) {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// A docker-archive of busybox whose config has a Healthcheck (docker's field).
fn image_with_healthcheck(name: &str) -> Vec<u8> {
    let layer = std::fs::read(busybox_tar()).unwrap();
    let config = serde_json::json!({
        "architecture": "amd64", "os": "linux", "created": "2024-01-01T00:00:00Z",
        "config": {"Cmd": ["sleep", "300"], "Env": ["PATH=/usr/sbin:/usr/bin:/sbin:/bin"],
            "Healthcheck": {"Test": ["CMD", "test", "-e", "/etc/passwd"],
                "Interval": 1_000_000_000u64, "Retries": 2}},
        "rootfs": {"type": "layers", "diff_ids": [format!("sha256:{}", sha256_hex(&layer))]},
    });
    let config = serde_json::to_vec(&config).unwrap();
    let cfg_name = format!("{}.json", sha256_hex(&config));
    let mut t = TarBuilder::new();
    t.dir("layer0", 0o755, 0, 0);
    t.file("layer0/layer.tar", &layer, 0o644, 0, 0);
    t.file(&cfg_name, &config, 0o644, 0, 0);
    let manifest = serde_json::json!([{"Config": cfg_name, "RepoTags": [name],
        "Layers": ["layer0/layer.tar"]}]);
    t.file(
        "manifest.json",
        &serde_json::to_vec(&manifest).unwrap(),
        0o644,
        0,
        0,
    );
    t.finish()
}

#[test]
fn the_image_healthcheck_applies_unless_disabled() {
    let env = Env::new();
    let tar = write_file(
        &env,
        "hc.tar",
        &image_with_healthcheck("localhost/hc:latest"),
    );
    env.run(&["load", "-i", tar.to_str().unwrap()]).ok();
    env.run(&["run", "-d", "--name", "ih", "localhost/hc:latest"])
        .ok();
    assert!(eventually(20, || inspect(
        &env,
        "{{.State.Health.Status}}",
        "ih"
    ) == "healthy"));
    env.run(&["healthcheck", "run", "ih"]).code(0);
    // --health-cmd replaces the image's test; --no-healthcheck drops it.
    env.run(&[
        "run",
        "-d",
        "--name",
        "ih2",
        "--health-cmd",
        "exit 1",
        "localhost/hc:latest",
    ])
    .ok();
    env.run(&["healthcheck", "run", "ih2"]).code(1);
    env.run(&[
        "create",
        "--name",
        "ih3",
        "--no-healthcheck",
        "localhost/hc:latest",
    ])
    .ok();
    env.run(&["healthcheck", "run", "ih3"]).code(125);
}

#[allow(dead_code)]
fn inspect(env: &Env, fmt: &str, ctr: &str) -> String {
    env.run(&["inspect", "-f", fmt, ctr])
        .ok()
        .stdout
        .trim()
        .to_string()
}

#[test]
fn exec_detach_returns_at_once_and_the_process_runs_in_the_container() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["run", "-d", "--name", "ed", img, "sleep", "300"])
        .ok();
    // run_cmd reads stdout and stderr to their end: a detached exec that kept them open
    // would make this take the whole 30 s.
    let t = Instant::now();
    let o = env.run(&["exec", "-d", "ed", "sleep", "30"]).ok();
    let took = t.elapsed();
    assert!(took < Duration::from_secs(10), "exec -d took {took:?}");
    assert_eq!(o.stdout, "");
    // The process runs inside the container (its own pid namespace's ps).
    assert!(eventually(5, || {
        env.run(&["exec", "ed", "ps"])
            .ok()
            .stdout
            .lines()
            .any(|l| l.trim_end().ends_with("sleep 30"))
    }));
    // A detached exec of a missing command still fails at once, with podman's code.
    env.run(&["exec", "-d", "ed", "/no/such/cmd"]).code(127);
    env.run(&["rm", "-f", "ed"]).ok();
}

#[test]
fn wait_condition_follows_the_container_state() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--name", "wc", img, "sh", "-c", "sleep 1; exit 3"])
        .ok();
    // created: at once, -1 like podman (no exit code yet).
    let o = env.run(&["wait", "--condition", "created", "wc"]).ok();
    assert_eq!(o.stdout.trim(), "-1");
    // running: blocks until a start, from another process.
    let waiter = std::thread::spawn({
        let cmd = env.cmd(&["wait", "--condition", "running", "wc"]);
        move || run_cmd(cmd, None)
    });
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        !waiter.is_finished(),
        "wait --condition running returned before the start"
    );
    env.run(&["start", "wc"]).ok();
    let o = waiter.join().unwrap().ok();
    assert_eq!(o.stdout.trim(), "-1");
    // exited (and the default, and stopped): the exit code.
    let o = env.run(&["wait", "--condition", "exited", "wc"]).ok();
    assert_eq!(o.stdout.trim(), "3");
    let o = env.run(&["wait", "--condition", "stopped", "wc"]).ok();
    assert_eq!(o.stdout.trim(), "3");
    let o = env.run(&["wait", "wc"]).ok();
    assert_eq!(o.stdout.trim(), "3");
    // Bad conditions and health conditions without a healthcheck: engine errors.
    env.run(&["wait", "--condition", "bogus", "wc"]).code(125);
    env.run(&["wait", "--condition", "healthy", "wc"]).code(125);
}

#[test]
fn healthcheck_run_records_podmans_state_health() {
    let env = Env::new();
    let img = env.busybox();
    // Passes while /tmp/ok exists.
    env.run(&[
        "run",
        "-d",
        "--name",
        "hc",
        "--health-cmd",
        "echo probe; test -e /tmp/ok",
        "--health-retries",
        "2",
        "--health-interval",
        "5s",
        img,
        "sh",
        "-c",
        "touch /tmp/ok; sleep 300",
    ])
    .ok();
    assert_eq!(inspect(&env, "{{.State.Health.Status}}", "hc"), "starting");
    assert!(eventually(5, || env
        .run(&["healthcheck", "run", "hc"])
        .code
        == 0));
    assert_eq!(inspect(&env, "{{.State.Health.Status}}", "hc"), "healthy");
    assert_eq!(inspect(&env, "{{.State.Health.FailingStreak}}", "hc"), "0");
    let log = inspect(
        &env,
        "{{range .State.Health.Log}}{{.ExitCode}}:{{.Output}}|{{end}}",
        "hc",
    );
    assert!(log.ends_with("0:probe\n|"), "{log}");
    // The check starts failing: one failure is still healthy, the second (retries 2) is not.
    env.run(&["exec", "hc", "rm", "/tmp/ok"]).ok();
    env.run(&["healthcheck", "run", "hc"]).code(1);
    assert_eq!(inspect(&env, "{{.State.Health.Status}}", "hc"), "healthy");
    assert_eq!(inspect(&env, "{{.State.Health.FailingStreak}}", "hc"), "1");
    env.run(&["healthcheck", "run", "hc"]).code(1);
    assert_eq!(inspect(&env, "{{.State.Health.Status}}", "hc"), "unhealthy");
    assert_eq!(inspect(&env, "{{.State.Health.FailingStreak}}", "hc"), "2");
    // Only the last 5 results are kept; each has Start/End times.
    for _ in 0..4 {
        env.run(&["healthcheck", "run", "hc"]).code(1);
    }
    let n = inspect(&env, "{{len .State.Health.Log}}", "hc");
    assert_eq!(n, "5");
    let se = inspect(
        &env,
        "{{range .State.Health.Log}}{{.Start}} {{.End}}|{{end}}",
        "hc",
    );
    assert!(se.contains('T') && !se.contains("0001-"), "{se}");
    // A check that outlives --health-timeout is killed and counts as a failure (-1, as podman).
    env.run(&[
        "run",
        "-d",
        "--name",
        "slow",
        "--health-cmd",
        "sleep 20",
        "--health-timeout",
        "1s",
        "--health-retries",
        "1",
        "--health-interval",
        "0s",
        img,
        "sleep",
        "300",
    ])
    .ok();
    let t = Instant::now();
    env.run(&["healthcheck", "run", "slow"]).code(1);
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    assert_eq!(
        inspect(&env, "{{.State.Health.Status}}", "slow"),
        "unhealthy"
    );
    let codes = inspect(
        &env,
        "{{range .State.Health.Log}}{{.ExitCode}}{{end}}",
        "slow",
    );
    assert_eq!(codes, "-1");
    // No healthcheck, or not running: 125.
    env.run(&["run", "-d", "--name", "nohc", img, "sleep", "300"])
        .ok();
    env.run(&["healthcheck", "run", "nohc"]).code(125);
    env.run(&[
        "create",
        "--name",
        "hc2",
        "--health-cmd",
        "true",
        img,
        "true",
    ])
    .ok();
    env.run(&["healthcheck", "run", "hc2"]).code(125);
    env.run(&["healthcheck", "run", "nosuch"]).code(125);
    // --no-healthcheck wins over --health-cmd.
    env.run(&[
        "create",
        "--name",
        "hc3",
        "--no-healthcheck",
        "--health-cmd",
        "true",
        img,
        "true",
    ])
    .ok();
    let o = env.run(&["inspect", "hc3"]).ok();
    assert!(o.stdout.contains("\"Health\": null"), "{}", o.stdout);
}

#[test]
fn the_monitor_runs_the_healthcheck_every_interval() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "run",
        "-d",
        "--name",
        "good",
        "--health-cmd",
        "true",
        "--health-interval",
        "1s",
        img,
        "sleep",
        "300",
    ])
    .ok();
    env.run(&[
        "run",
        "-d",
        "--name",
        "bad",
        "--health-cmd",
        "exit 2",
        "--health-interval",
        "1s",
        "--health-retries",
        "2",
        img,
        "sleep",
        "300",
    ])
    .ok();
    assert!(eventually(20, || inspect(
        &env,
        "{{.State.Health.Status}}",
        "good"
    ) == "healthy"));
    assert!(eventually(20, || inspect(
        &env,
        "{{.State.Health.Status}}",
        "bad"
    ) == "unhealthy"));
    let streak: u32 = inspect(&env, "{{.State.Health.FailingStreak}}", "bad")
        .parse()
        .unwrap();
    assert!(streak >= 2, "{streak}");
    let codes = inspect(
        &env,
        "{{range .State.Health.Log}}{{.ExitCode}} {{end}}",
        "bad",
    );
    assert!(codes.starts_with("2 2"), "{codes}");
    // Both keep running; checks do not disturb the container.
    assert_eq!(inspect(&env, "{{.State.Status}}", "bad"), "running");
    // ps shows the health after the uptime, as podman.
    let o = env.run(&["ps", "--format", "{{.Names}} {{.Status}}"]).ok();
    assert!(
        o.stdout
            .lines()
            .any(|l| l.starts_with("good Up ") && l.ends_with(" (healthy)")),
        "{}",
        o.stdout
    );
    assert!(o.stdout.contains(" (unhealthy)"), "{}", o.stdout);
    // wait --condition healthy/unhealthy: -1 once the state is reached.
    let o = env.run(&["wait", "--condition", "healthy", "good"]).ok();
    assert_eq!(o.stdout.trim(), "-1");
    let o = env.run(&["wait", "--condition", "unhealthy", "bad"]).ok();
    assert_eq!(o.stdout.trim(), "-1");
}

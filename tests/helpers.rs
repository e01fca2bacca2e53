//! Helper processes (layer extraction in the user namespace...) die with the command that
//! forked them: a killed `import` leaves nothing working on behind it.

mod common;
use common::*;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// (pid, start time) of the processes whose parent is `ppid`.
fn children_of(ppid: i32) -> Vec<(i32, u64)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        if let Some((state, parent, start)) = stat(pid) {
            if parent == ppid && state != 'Z' {
                out.push((pid, start));
            }
        }
    }
    out
}

/// State, parent pid and start time of `pid`, from /proc/PID/stat.
fn stat(pid: i32) -> Option<(char, i32, u64)> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces and parentheses: the fields follow the last ')'.
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    Some((
        f.first()?.chars().next()?,
        f.get(1)?.parse().ok()?,
        f.get(19)?.parse().ok()?,
    ))
}

/// Still running (not gone, not a zombie) and still the same process.
fn running(pid: i32, start: u64) -> bool {
    matches!(stat(pid), Some((state, _, s)) if s == start && state != 'Z')
}

#[test]
fn a_killed_import_leaves_no_helper_behind() {
    let env = Env::new();
    // One big file: its extraction in the user-namespace helper takes a while.
    let data: Vec<u8> = (0..48u32 << 20).map(|i| (i % 251) as u8).collect();
    let mut b = TarBuilder::new();
    b.dir("data", 0o755, 0, 0);
    b.file("data/big", &data, 0o644, 0, 0);
    drop(data);
    let archive = write_file(&env, "big.tar", &b.finish());
    let archive = archive.to_str().unwrap();

    let mut skiff = env.cmd(&["import", archive, "big:1"]);
    skiff
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = skiff.spawn().unwrap();
    let pid = child.id() as i32;
    // Wait for the helper (a child of skiff) to be at work: a child still running 10 ms
    // after it was seen (short-lived helpers, such as probes, come and go first).
    let deadline = Instant::now() + TIMEOUT;
    let helpers = loop {
        let h = children_of(pid);
        if !h.is_empty() {
            std::thread::sleep(Duration::from_millis(10));
            let busy: Vec<(i32, u64)> = h.into_iter().filter(|(p, s)| running(*p, *s)).collect();
            if !busy.is_empty() {
                break busy;
            }
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import ended before its helper was seen at work"
        );
        assert!(Instant::now() < deadline, "no helper process appeared");
        std::thread::sleep(Duration::from_millis(5));
    };
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    child.wait().unwrap();
    let killed = Instant::now();
    while helpers.iter().any(|(p, s)| running(*p, *s)) {
        assert!(
            killed.elapsed() < Duration::from_millis(200),
            "helpers {helpers:?} of the killed skiff {pid} still run"
        );
        std::thread::sleep(Duration::from_millis(5));
    }

    // The next import of the same archive takes over the staging area and succeeds.
    env.run(&["import", archive, "big:1"]).ok();
    let o = env
        .run(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .ok();
    assert_eq!(o.stdout, "localhost/big:1\n");
    let staged = std::fs::read_dir(env.dir.join("root/tmp"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(staged, 0, "staging left behind");
}

/// The pasta processes (live, not zombies) started for this test's store: their command line
/// names a pid file under the test's directory.
fn pastas(env: &Env) -> Vec<(i32, u64)> {
    let dir = env.dir.to_string_lossy().into_owned();
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        if !comm.starts_with("pasta") && !comm.starts_with("passt") {
            continue;
        }
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        if !String::from_utf8_lossy(&cmdline).contains(&dir) {
            continue;
        }
        if let Some((state, _, start)) = stat(pid) {
            if state != 'Z' {
                out.push((pid, start));
            }
        }
    }
    out
}

/// Wait until a pasta of this store runs; its process.
fn wait_for_pasta(env: &Env) -> (i32, u64) {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Some(p) = pastas(env).first() {
            return *p;
        }
        assert!(Instant::now() < deadline, "no pasta appeared");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// No pasta of this store is left (a killed one may take a moment to go).
fn assert_no_pasta(env: &Env, what: &str) {
    let t = Instant::now();
    loop {
        let left = pastas(env);
        if left.is_empty() {
            return;
        }
        assert!(
            t.elapsed() < Duration::from_secs(3),
            "{what}: pasta {left:?} still runs"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn sigkill(pid: i32) {
    let _ = nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid),
        nix::sys::signal::Signal::SIGKILL,
    );
}

#[test]
fn a_killed_build_takes_its_pasta_along() {
    let env = Env::new();
    let bb = env.busybox();
    let ctx = env.scratch("ctx");
    std::fs::write(ctx.join("Dockerfile"), format!("FROM {bb}\nRUN sleep 41\n")).unwrap();
    // Killed while pasta starts, and once the step runs.
    for delay in [0, 0, 300] {
        let mut c = env.cmd(&[
            "build",
            "--network",
            "pasta",
            "-t",
            "x",
            ctx.to_str().unwrap(),
        ]);
        c.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut child = c.spawn().unwrap();
        wait_for_pasta(&env);
        std::thread::sleep(Duration::from_millis(delay));
        // setpriv and env exec: the child is skiff itself.
        sigkill(child.id() as i32);
        child.wait().unwrap();
        assert_no_pasta(&env, "after the build was killed");
    }
}

#[test]
fn a_killed_monitor_takes_its_pasta_along() {
    let env = Env::new();
    let bb = env.busybox();
    let port = free_port().to_string();
    let id = env
        .run(&[
            "run",
            "-d",
            "--network",
            "pasta",
            "-p",
            &format!("{port}:80"),
            bb,
            "sleep",
            "300",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    let (pasta, _) = wait_for_pasta(&env);
    let monitor = parent_of(pasta);
    let comm = std::fs::read_to_string(format!("/proc/{monitor}/comm")).unwrap();
    assert_eq!(comm.trim(), "skiff-monitor", "pasta is the monitor's child");
    sigkill(monitor);
    assert_no_pasta(&env, "after the monitor was killed");
    env.run(&["rm", "-f", &id]).ok();
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
}

/// Run `skiff ARGS` and SIGKILL it after `ms` milliseconds (if still running).
fn kill_after(env: &Env, args: &[&str], ms: u64) {
    let mut c = env.cmd(args);
    c.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = c.spawn().unwrap();
    std::thread::sleep(Duration::from_millis(ms));
    sigkill(child.id() as i32);
    child.wait().unwrap();
}

#[test]
fn killed_run_d_and_rm_leave_no_pasta() {
    let env = Env::new();
    let bb = env.busybox();
    let mut rng = Rng::new();
    let mut seen = 0;
    for _ in 0..6 {
        kill_after(
            &env,
            &["run", "-d", "--network", "pasta", bb, "sleep", "300"],
            rng.below(400),
        );
        if !pastas(&env).is_empty() {
            seen += 1;
        }
        kill_after(&env, &["rm", "-af"], rng.below(150));
        // What a killed `run -d` started and a killed `rm -f` left, the next command
        // removes; no pasta of a container outlives it.
        env.run(&["rm", "-af"]).ok();
        assert_no_pasta(&env, "after run -d / rm -f were killed and rm -af ran");
    }
    // The pasta being there sometimes shows the kills came late enough to matter.
    eprintln!("pasta was running in {seen} of 6 rounds");
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
}

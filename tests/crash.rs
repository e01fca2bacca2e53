//! SIGKILL at random moments: skiff is killed during pull, load, import, commit, build, rm,
//! run and `run -d`; after each kill `system check --repair` repairs what is left, `system
//! check` then finds nothing, no mount and no process of the store is left but the monitors of
//! containers `ps -a` shows (and their pasta), and the same command run again succeeds.
//!
//! `SKIFF_CRASH_ITERATIONS` sets the number of kills (CI: 16; the full run: 200);
//! `SKIFF_TEST_SEED` replays a run (the seed is printed).

mod common;
#[path = "common/registry.rs"]
mod reg;

use common::*;
use reg::{Opts, Registry};
use std::process::Stdio;
use std::time::{Duration, Instant};

/// Processes whose command line names this test's directory: (pid, comm, parent, cmdline).
fn store_processes(env: &Env) -> Vec<(i32, String, i32, String)> {
    let dir = env.dir.to_string_lossy().into_owned();
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        let cmd = String::from_utf8_lossy(&cmd).replace('\0', " ");
        if !cmd.contains(&dir) {
            continue;
        }
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let rest = &stat[stat.rfind(')').unwrap() + 2..];
        let f: Vec<&str> = rest.split_whitespace().collect();
        if f[0] == "Z" {
            continue;
        }
        let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        out.push((pid, comm.trim().to_string(), f[1].parse().unwrap(), cmd));
    }
    out
}

/// Every process of the store is the monitor of a container `ps -a` shows, or that
/// monitor's pasta (a killed command's helpers die at once, so wait a little for them).
fn assert_no_stray_processes(env: &Env, what: &str) {
    let t = Instant::now();
    loop {
        let ids = env.run(&["ps", "-aq", "--no-trunc"]).ok().stdout;
        let procs = store_processes(env);
        let monitors: Vec<i32> = procs
            .iter()
            .filter(|(_, comm, _, cmd)| {
                comm == "skiff-monitor"
                    && cmd
                        .split_whitespace()
                        .last()
                        .is_some_and(|id| ids.lines().any(|l| l == id))
            })
            .map(|p| p.0)
            .collect();
        let stray: Vec<_> = procs
            .iter()
            .filter(|(pid, _, parent, _)| !monitors.contains(pid) && !monitors.contains(parent))
            .collect();
        if stray.is_empty() {
            return;
        }
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "{what}: stray processes {stray:#?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// No mount of the host's mount namespace is under the test's directory.
fn assert_no_mounts(env: &Env, what: &str) {
    let dir = env.dir.to_string_lossy().into_owned();
    let m = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
    let left: Vec<&str> = m.lines().filter(|l| l.contains(&dir)).collect();
    assert!(left.is_empty(), "{what}: mounts left {left:?}");
}

/// `system check --repair` succeeds and a second check finds nothing.
fn assert_repaired(env: &Env, what: &str) {
    let r = env.run(&["system", "check", "--repair"]);
    assert_eq!(
        r.code, 0,
        "{what}: repair failed:\n{}\n{}",
        r.stdout, r.stderr
    );
    let c = env.run(&["system", "check"]);
    assert_eq!(
        (c.code, c.stdout.as_str()),
        (0, ""),
        "{what}: left after --repair:\n{}{}",
        c.stdout,
        c.stderr
    );
}

/// Run `skiff ARGS` and SIGKILL it after `ms` milliseconds; whether it had ended already.
fn kill_after(env: &Env, args: &[String], ms: u64) -> bool {
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut c = env.cmd(&a);
    c.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = c.spawn().unwrap();
    let t = Instant::now();
    while t.elapsed() < Duration::from_millis(ms) {
        if child.try_wait().unwrap().is_some() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    // setpriv and env exec: the child is skiff itself.
    let _ = nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGKILL,
    );
    child.wait().unwrap();
    false
}

fn args(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn sigkill_at_random_moments_leaves_nothing_to_repair() {
    let iterations: usize = std::env::var("SKIFF_CRASH_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(16);
    let mut rng = Rng::new();
    let env = Env::new();
    let bb = env.busybox().to_string();
    let reg = Registry::start(Opts::default());

    // An image with some weight: pull, load and import have work to do.
    let noise: Vec<u8> = (0..6u32 << 20)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let mut t = TarBuilder::new();
    t.dir("data", 0o755, 0, 0);
    t.file("data/noise", &noise, 0o644, 0, 0);
    t.file("data/small", b"small\n", 0o644, 0, 0);
    let tar = write_file(&env, "big.tar", &t.finish());
    let tar = tar.to_str().unwrap().to_string();
    env.run(&["import", &tar, "big:1"]).ok();
    let remote = format!("{}/crash/big:1", reg.host);
    env.run(&["push", "--tls-verify=false", "big:1", &remote])
        .ok();
    let archive = env.scratch("out").join("big-archive.tar");
    let archive = archive.to_str().unwrap().to_string();
    env.run(&["save", "-o", &archive, "big:1"]).ok();
    env.run(&["rmi", "big:1"]).ok();
    // A container with changes to commit.
    env.run(&[
        "run",
        "--name",
        "changed",
        "--network",
        "none",
        &bb,
        "sh",
        "-c",
        "head -c 3000000 /dev/zero > /data",
    ])
    .ok();
    let ctx = env.scratch("ctx");
    std::fs::write(ctx.join("f"), &noise[..2 << 20]).unwrap();
    std::fs::write(
        ctx.join("Dockerfile"),
        format!("FROM {bb}\nCOPY f /f\nRUN echo built > /b\n"),
    )
    .unwrap();
    let ctx = ctx.to_str().unwrap().to_string();

    let ops = [
        "pull", "load", "import", "commit", "build", "rm", "run", "run-d",
    ];
    let mut durations = std::collections::HashMap::new();
    let mut finished_first = 0;
    for n in 0..iterations {
        let op = ops[n % ops.len()];
        // Set-up of the op and its command line.
        let cmd: Vec<String> = match op {
            "pull" => {
                env.run(&["rmi", "-f", "--ignore", &remote]).ok();
                args(&["pull", "-q", "--tls-verify=false", &remote])
            }
            "load" => {
                env.run(&["rmi", "-f", "--ignore", "big:1"]).ok();
                args(&["load", "-q", "-i", &archive])
            }
            "import" => args(&["import", &tar, &format!("imp:{n}")]),
            "commit" => args(&["commit", "changed", &format!("committed:{n}")]),
            "build" => args(&[
                "build",
                "--no-cache",
                "-q",
                "-t",
                &format!("built:{n}"),
                &ctx,
            ]),
            "rm" => {
                let id = env.run(&["run", "-d", &bb, "sleep", "300"]).ok().stdout;
                args(&["rm", "-f", "--ignore", id.trim()])
            }
            "run" => args(&["run", &bb, "true"]),
            _ => args(&["run", "-d", &bb, "sleep", "300"]),
        };
        // How long the op takes, measured once: kills fall anywhere in it.
        let d = *durations.entry(op).or_insert_with(|| {
            let t = Instant::now();
            let a: Vec<&str> = cmd.iter().map(String::as_str).collect();
            env.run(&a).ok();
            let d = t.elapsed().as_millis() as u64;
            // Undo it, so the killed run does the same work.
            match op {
                "pull" => {
                    env.run(&["rmi", "-f", &remote]).ok();
                }
                "load" => {
                    env.run(&["rmi", "-f", "big:1"]).ok();
                }
                "rm" => {
                    // The container is gone: make another for the killed rm.
                }
                _ => {}
            }
            d
        });
        let cmd = if op == "rm"
            && !env
                .run(&["ps", "-aq", "--no-trunc"])
                .ok()
                .stdout
                .contains(cmd[3].as_str())
        {
            let id = env.run(&["run", "-d", &bb, "sleep", "300"]).ok().stdout;
            args(&["rm", "-f", "--ignore", id.trim()])
        } else {
            cmd
        };
        let delay = rng.below(d + d / 5 + 1);
        let what = format!("#{n} {op} killed after {delay} ms (of ~{d})");
        if kill_after(&env, &cmd, delay) {
            finished_first += 1;
        }
        if op == "run" {
            // A foreground `run` is its container's only watcher: killed, it leaves the
            // container running (recorded) until `true` ends; its end is reconciled then.
            let t = Instant::now();
            while env
                .run(&["ps", "--format", "{{.Command}}"])
                .ok()
                .stdout
                .lines()
                .any(|l| l.trim() == "true")
            {
                assert!(
                    t.elapsed() < Duration::from_secs(10),
                    "{what}: `true` still runs"
                );
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        // The killed command's helpers (forked, so named like it) go first: until they have,
        // they hold its staging lock.
        assert_no_stray_processes(&env, &what);
        assert_no_mounts(&env, &what);
        assert_repaired(&env, &what);
        assert_no_stray_processes(&env, &what);
        // The same command again succeeds.
        let a: Vec<&str> = cmd.iter().map(String::as_str).collect();
        let again = env.run(&a);
        assert_eq!(
            again.code, 0,
            "{what}: the next {op} failed:\n{}\n{}",
            again.stdout, again.stderr
        );
        if n % ops.len() == ops.len() - 1 {
            // Keep the number of running containers small.
            env.run(&["rm", "-af"]).ok();
            env.run(&[
                "run",
                "--name",
                "changed",
                "--network",
                "none",
                &bb,
                "sh",
                "-c",
                "head -c 3000000 /dev/zero > /data",
            ])
            .ok();
        }
    }
    eprintln!("{iterations} kills, {finished_first} commands had finished before their kill");
    env.run(&["rm", "-af"]).ok();
    assert_repaired(&env, "at the end");
    assert_no_stray_processes(&env, "at the end");
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
}

//! Many commands at once on one store: containers started and removed, pulls of one image,
//! `rmi` of another, network connect/disconnect and volumes, all in parallel; then the same
//! image pulled, removed with `rmi -f` and run at once. No errors but expected ones, no lost
//! exit codes, consistent `ps`/`images`/`network inspect`, nothing left for `system check`.

mod common;
#[path = "common/registry.rs"]
mod reg;

use common::*;
use reg::{Opts, Registry};
use std::sync::Mutex;

/// Push a small image of its own to the registry; its remote name.
fn remote_image(env: &Env, reg: &Registry, name: &str) -> String {
    let mut t = TarBuilder::new();
    let data: Vec<u8> = (0..1u32 << 20)
        .map(|i| (i.wrapping_mul(2654435761) >> 11) as u8)
        .collect();
    t.file("payload", &data, 0o644, 0, 0);
    let tar = write_file(env, &format!("{name}.tar"), &t.finish());
    // On top of busybox, so a container of it runs a shell.
    let ctx = env.scratch(&format!("ctx-{name}"));
    std::fs::copy(&tar, ctx.join("p.tar")).unwrap();
    std::fs::set_permissions(
        ctx.join("p.tar"),
        std::os::unix::fs::PermissionsExt::from_mode(0o644),
    )
    .unwrap();
    std::fs::write(
        ctx.join("Dockerfile"),
        format!("FROM {}\nCOPY p.tar /p.tar\n", env.busybox()),
    )
    .unwrap();
    env.run(&["build", "-q", "-t", name, ctx.to_str().unwrap()])
        .ok();
    let remote = format!("{}/conc/{name}:1", reg.host);
    env.run(&["push", "--tls-verify=false", name, &remote]).ok();
    env.run(&["rmi", name]).ok();
    remote
}

fn assert_check_clean(env: &Env) {
    let c = env.run(&["system", "check"]);
    assert_eq!(
        (c.code, c.stdout.as_str()),
        (0, ""),
        "system check:\n{}{}",
        c.stdout,
        c.stderr
    );
}

/// The container IDs `ps -a` shows.
fn all_ids(env: &Env) -> Vec<String> {
    env.run(&["ps", "-aq", "--no-trunc"])
        .ok()
        .stdout
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn fifty_runs_and_removals_beside_pulls_rmi_networks_and_volumes() {
    let env = Env::new();
    let bb = env.busybox().to_string();
    let reg = Registry::start(Opts::default());
    let remote = remote_image(&env, &reg, "pulled");
    let mut t = TarBuilder::new();
    t.file("x", b"x\n", 0o644, 0, 0);
    let other = write_file(&env, "other.tar", &t.finish());
    env.run(&["import", other.to_str().unwrap(), "other:1"])
        .ok();
    env.run(&["network", "create", "n1"]).ok();
    env.run(&["network", "create", "n2"]).ok();
    env.run(&[
        "run",
        "-d",
        "--name",
        "netc",
        "--network",
        "n1",
        &bb,
        "sleep",
        "600",
    ])
    .ok();

    let failures: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let fail = |what: String, o: &Out| {
        failures
            .lock()
            .unwrap()
            .push(format!("{what}: exit {}: {}", o.code, o.stderr.trim()));
    };
    let exits: Mutex<Vec<(String, i32)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for i in 0..50 {
            let (env, bb, fail) = (&env, &bb, &fail);
            s.spawn(move || {
                let net = if i % 5 == 0 { "pasta" } else { "none" };
                let o = env.run(&["run", "-d", "--network", net, bb, "sleep", "300"]);
                if o.code != 0 {
                    return fail(format!("run -d #{i}"), &o);
                }
                let id = o.stdout.trim().to_string();
                let r = env.run(&["rm", "-f", &id]);
                if r.code != 0 {
                    fail(format!("rm -f #{i}"), &r);
                }
            });
        }
        for i in 0..10 {
            let (env, bb, fail, exits) = (&env, &bb, &fail, &exits);
            s.spawn(move || {
                let code = 10 + i;
                let o = env.run(&[
                    "run",
                    "-d",
                    "--network",
                    "none",
                    bb,
                    "sh",
                    "-c",
                    &format!("sleep 1; exit {code}"),
                ]);
                if o.code != 0 {
                    return fail(format!("run -d exit #{i}"), &o);
                }
                exits
                    .lock()
                    .unwrap()
                    .push((o.stdout.trim().to_string(), code));
            });
        }
        for i in 0..10 {
            let (env, remote, fail) = (&env, &remote, &fail);
            s.spawn(move || {
                let o = env.run(&["pull", "-q", "--tls-verify=false", remote]);
                if o.code != 0 {
                    fail(format!("pull #{i}"), &o);
                }
            });
        }
        {
            let (env, fail) = (&env, &fail);
            s.spawn(move || {
                let o = env.run(&["rmi", "other:1"]);
                if o.code != 0 {
                    fail("rmi other:1".into(), &o);
                }
            });
            s.spawn(move || {
                for i in 0..4 {
                    for (cmd, what) in [("connect", "connect"), ("disconnect", "disconnect")] {
                        let o = env.run(&["network", cmd, "n2", "netc"]);
                        if o.code != 0 {
                            fail(format!("network {what} #{i}"), &o);
                        }
                    }
                }
            });
            s.spawn(move || {
                for i in 0..5 {
                    let name = format!("vol{i}");
                    for args in [
                        vec!["volume", "create", name.as_str()],
                        vec!["volume", "inspect", name.as_str()],
                        vec!["volume", "rm", name.as_str()],
                    ] {
                        let o = env.run(&args);
                        if o.code != 0 {
                            fail(format!("{} #{i}", args[1]), &o);
                        }
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));

    // Exit codes are all recorded.
    for (id, code) in exits.into_inner().unwrap() {
        let o = env.run(&["wait", &id]).ok();
        assert_eq!(o.stdout.trim(), code.to_string(), "exit code of {id}");
        env.run(&["rm", &id]).ok();
    }
    // Only netc is left; its networks are n1 alone; the images are as expected.
    let left = env
        .run(&["ps", "-a", "--format", "{{.Names}} {{.Status}}"])
        .ok()
        .stdout;
    assert_eq!(left.lines().count(), 1, "{left}");
    assert!(left.starts_with("netc Up"), "{left}");
    let nets = env
        .run(&[
            "inspect",
            "--format",
            "{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}",
            "netc",
        ])
        .ok()
        .stdout;
    assert_eq!(nets.trim(), "n1");
    let n1 = env.run(&["network", "inspect", "n1"]).ok().stdout;
    assert!(n1.contains("\"n1\""), "{n1}");
    let images = env.image_list();
    assert!(images.contains("conc/pulled:1"), "{images}");
    assert!(!images.contains("other:1"), "{images}");
    env.run(&["rm", "-f", "netc"]).ok();
    assert_check_clean(&env);
}

#[test]
fn pulls_rmi_and_runs_of_one_image_at_once() {
    let env = Env::new();
    let reg = Registry::start(Opts::default());
    let remote = remote_image(&env, &reg, "raced");
    let unexpected: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let started: Mutex<Vec<String>> = Mutex::new(Vec::new());
    for round in 0..2 {
        std::thread::scope(|s| {
            for i in 0..10 {
                let (env, remote, unexpected, started) = (&env, &remote, &unexpected, &started);
                s.spawn(move || {
                    let o = env.run(&["pull", "-q", "--tls-verify=false", remote]);
                    if o.code != 0 {
                        unexpected
                            .lock()
                            .unwrap()
                            .push(format!("pull {round}/{i}: {}", o.stderr.trim()));
                    }
                });
                s.spawn(move || {
                    let o = env.run(&["rmi", "-f", remote]);
                    // The image may be gone already: "image not known" is expected.
                    if o.code != 0 && !o.stderr.contains("image not known") {
                        unexpected.lock().unwrap().push(format!(
                            "rmi -f {round}/{i}: exit {}: {}",
                            o.code,
                            o.stderr.trim()
                        ));
                    }
                });
                s.spawn(move || {
                    let o = env.run(&[
                        "run",
                        "-d",
                        "--tls-verify=false",
                        "--network",
                        "none",
                        remote,
                        "sleep",
                        "300",
                    ]);
                    if o.code == 0 {
                        started.lock().unwrap().push(o.stdout.trim().to_string());
                    } else if !o.stderr.contains("was removed while it started")
                        && !o.stderr.contains("no such container")
                    {
                        // (An `rmi -f` removes the image's containers, also one starting.)
                        unexpected.lock().unwrap().push(format!(
                            "run -d {round}/{i}: exit {}: {}",
                            o.code,
                            o.stderr.trim()
                        ));
                    }
                });
            }
        });
    }
    let unexpected = unexpected.into_inner().unwrap();
    assert!(
        unexpected.is_empty(),
        "unexpected failures:\n{}",
        unexpected.join("\n")
    );
    // A container `run -d` reported is either listed or was removed by an `rmi -f` (which
    // removes the image's containers); none runs unseen.
    let ids = all_ids(&env);
    assert_check_clean(&env);
    let monitors: Vec<String> = std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let pid: i32 = e.file_name().to_string_lossy().parse().ok()?;
            let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).ok()?;
            if comm.trim() != "skiff-monitor" {
                return None;
            }
            let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
            let cmd = String::from_utf8_lossy(&cmd).replace('\0', " ");
            cmd.contains(env.dir.to_str().unwrap())
                .then(|| cmd.split_whitespace().last().unwrap_or("").to_string())
        })
        .collect();
    for m in &monitors {
        assert!(
            ids.contains(m),
            "container {m} runs but ps -a does not show it"
        );
    }
    env.run(&["rm", "-af"]).ok();
    assert_check_clean(&env);
}

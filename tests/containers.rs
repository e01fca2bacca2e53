//! Containers: create/start, ps, rm, inspect, detached lifecycle, exec.

mod common;
use common::*;

#[test]
fn create_start_attach_and_ps_states() {
    let env = Env::new();
    let img = env.busybox();
    let id = env
        .run(&[
            "create",
            "--name",
            "c1",
            img,
            "sh",
            "-c",
            "echo out; exit 7",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    assert_eq!(id.len(), 64);
    let o = env.run(&["ps", "-a"]).ok();
    let lines = o.lines();
    assert!(lines[0].starts_with("CONTAINER ID"), "{}", o.stdout);
    assert!(
        lines[1].contains("Created") && lines[1].contains("c1") && lines[1].starts_with(&id[..12]),
        "{}",
        o.stdout
    );
    assert_eq!(env.run(&["ps", "-q"]).ok().stdout, "", "not running");
    let o = env.run(&["start", "-a", "c1"]).code(7);
    assert_eq!(o.stdout, "out\n");
    let o = env
        .run(&["ps", "-a", "--format", "{{.Names}} {{.Status}}"])
        .ok();
    assert!(o.stdout.starts_with("c1 Exited (7)"), "{}", o.stdout);
    assert_eq!(
        env.run(&["ps", "-a", "--no-trunc", "-q"])
            .ok()
            .stdout
            .trim(),
        id
    );
    let o = env
        .run(&["ps", "-a", "--format", "table {{.ID}}\t{{.Names}}"])
        .ok();
    assert_eq!(
        o.lines()[0].split_whitespace().collect::<Vec<_>>(),
        ["CONTAINER", "ID", "NAMES"]
    );
    // -l: only the latest container, whatever its state.
    env.run(&["create", "--name", "c2", img, "true"]).ok();
    let o = env
        .run(&["ps", "-l", "--format", "{{.Names}} {{.Status}}"])
        .ok();
    assert_eq!(o.stdout, "c2 Created\n");
    env.run(&["rm", "c2"]).ok();
    let o = env.run(&["inspect", "c1"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v[0]["Id"], id.as_str());
    assert_eq!(v[0]["Name"], "c1");
    assert_eq!(v[0]["State"]["Status"], "exited");
    assert_eq!(v[0]["State"]["ExitCode"], 7);
    assert_eq!(
        v[0]["Config"]["Cmd"],
        serde_json::json!(["sh", "-c", "echo out; exit 7"])
    );
    assert_eq!(v[0]["ImageName"], img);
    // ID prefix works everywhere.
    env.run(&["inspect", &id[..5]]).ok();
    let o = env.run(&["rm", &id[..12]]).ok();
    assert_eq!(o.stdout.trim(), &id[..12]);
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
}

#[test]
fn detached_lifecycle_stop_kill_wait_exec() {
    let env = Env::new();
    let img = env.busybox();
    let id = env
        .run(&[
            "run",
            "-d",
            "--name",
            "web",
            img,
            "sh",
            "-c",
            "trap 'exit 42' TERM; echo started; while true; do sleep 0.1; done",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    assert_eq!(id.len(), 64);
    let o = env.run(&["ps", "--format", "{{.Names}} {{.State}}"]).ok();
    assert_eq!(o.stdout.trim(), "web running");
    let pid: i32 = env
        .run(&["inspect", "-f", "{{.State.Pid}}", "web"])
        .ok()
        .stdout
        .trim()
        .parse()
        .unwrap();
    assert!(pid > 1 && std::path::Path::new(&format!("/proc/{pid}")).exists());
    // exec joins the container: same PID namespace, same hostname, same security settings.
    let o = env
        .run(&[
            "exec",
            "web",
            "sh",
            "-c",
            "echo $$; hostname; grep -E 'CapEff|Seccomp:' /proc/self/status | cut -f2",
        ])
        .ok();
    let lines = o.lines();
    assert_ne!(lines[0], "1");
    assert_eq!(lines[1], &id[..12]);
    assert_eq!(lines[2], "00000000800405fb");
    assert_eq!(lines[3], "2");
    env.run(&["exec", "web", "sh", "-c", "exit 9"]).code(9);
    env.run(&["exec", "web", "nope"]).code(127);
    let o = env
        .run(&[
            "exec",
            "-u",
            "1000",
            "-w",
            "/tmp",
            "-e",
            "X=y",
            "web",
            "sh",
            "-c",
            "id -u; pwd; echo $X",
        ])
        .ok();
    assert_eq!(o.lines(), vec!["1000", "/tmp", "y"]);
    let o = env.run(&["rm", "web"]).code(2);
    assert!(o.stderr.contains("running"), "{}", o.stderr);
    env.run(&["stop", "web"]).ok();
    assert_eq!(env.run(&["wait", "web"]).ok().stdout.trim(), "42");
    let o = env.run(&["ps", "-a", "--format", "{{.Status}}"]).ok();
    assert!(o.stdout.starts_with("Exited (42)"), "{}", o.stdout);
    env.run(&["stop", "web"]).ok(); // stopping an exited container is a no-op
    env.run(&["exec", "web", "true"]).code(125);
    // Restart it with start (detached), then kill.
    env.run(&["start", "web"]).ok();
    assert_eq!(env.run(&["ps", "-q"]).ok().stdout.trim(), &id[..12]);
    env.run(&["kill", "web"]).ok();
    assert_eq!(env.run(&["wait", "web"]).ok().stdout.trim(), "137");
    env.run(&["rm", "web"]).ok();
    // No monitor is left behind.
    let left = std::process::Command::new("pgrep")
        .args(["-f", &id])
        .output()
        .unwrap();
    assert!(
        left.stdout.is_empty(),
        "processes left: {}",
        String::from_utf8_lossy(&left.stdout)
    );
}

#[test]
fn stop_shows_stopping_while_it_waits() {
    let env = Env::new();
    let img = env.busybox();
    // The container's PID 1 has no SIGTERM handler, so the signal does nothing: stop waits
    // out its timeout, then kills.
    env.run(&["run", "-d", "--name", "slow", img, "sleep", "1000"])
        .ok();
    let mut stop = env
        .cmd(&["stop", "-t", "3", "slow"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let status = || {
        env.run(&["inspect", "-f", "{{.State.Status}}", "slow"])
            .ok()
            .stdout
            .trim()
            .to_string()
    };
    let mut seen = status();
    for _ in 0..100 {
        if seen == "stopping" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        seen = status();
    }
    assert_eq!(seen, "stopping");
    let o = env.run(&["ps", "--format", "{{.State}} {{.Status}}"]).ok();
    assert_eq!(o.stdout.trim(), "stopping Stopping");
    assert!(stop.wait().unwrap().success());
    assert_eq!(status(), "exited");
    assert_eq!(env.run(&["wait", "slow"]).ok().stdout.trim(), "137");
}

#[test]
fn rm_force_and_all() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["run", "-d", "--name", "a", img, "sleep", "1000"])
        .ok();
    env.run(&["create", "--name", "b", img, "true"]).ok();
    let pid: i32 = env
        .run(&["inspect", "-f", "{{.State.Pid}}", "a"])
        .ok()
        .stdout
        .trim()
        .parse()
        .unwrap();
    let o = env.run(&["rm", "-af"]).ok();
    assert_eq!(o.lines().len(), 2);
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
    assert!(
        !std::path::Path::new(&format!("/proc/{pid}")).exists(),
        "container process survived rm -f"
    );
    assert_eq!(
        std::fs::read_dir(env.dir.join("root/containers"))
            .unwrap()
            .count(),
        0
    );
}

#[test]
fn version_info_unshare() {
    let env = Env::new();
    let o = env.run(&["version"]).ok();
    assert!(o.stdout.contains("Version:"), "{}", o.stdout);
    let o = env.run(&["info", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["host"]["security"]["rootless"], true);
    assert_eq!(
        v["store"]["graphRoot"],
        env.dir.join("root").display().to_string()
    );
    let (uid, _) = host_ids();
    assert_eq!(v["host"]["idMappings"]["uidmap"][0]["host_id"], uid);
    let o = env.run(&["info"]).ok();
    assert!(o.stdout.contains("cgroupVersion:"), "{}", o.stdout);
    let o = env.run(&["unshare", "cat", "/proc/self/uid_map"]).ok();
    assert!(
        o.stdout.split_whitespace().nth(1) == Some(&uid.to_string()),
        "{}",
        o.stdout
    );
}

#[test]
fn user_without_subuid_range_gets_a_single_id_map_and_a_warning() {
    if !is_root() || !std::path::Path::new("/home/skiff-nosub").exists() {
        eprintln!("skipped: needs root and the skiff-nosub user from .ci/setup.sh");
        return;
    }
    std::env::set_var("SKIFF_TEST_USER_OVERRIDE", "1");
    let mut env = Env::new();
    let nosub = {
        let passwd = std::fs::read_to_string("/etc/passwd").unwrap();
        let l = passwd
            .lines()
            .find(|l| l.starts_with("skiff-nosub:"))
            .unwrap()
            .to_string();
        let f: Vec<&str> = l.split(':').collect();
        User {
            name: f[0].into(),
            uid: f[2].parse().unwrap(),
            gid: f[3].parse().unwrap(),
            home: f[5].into(),
        }
    };
    std::os::unix::fs::chown(&env.dir, Some(nosub.uid), Some(nosub.gid)).unwrap();
    env.user = Some(nosub.clone());
    // Import needs files owned by other ids: build a rootfs owned by root only.
    let mut t = TarBuilder::new();
    t.dir("bin", 0o755, 0, 0);
    t.file(
        "bin/busybox",
        &std::fs::read("/bin/busybox").unwrap(),
        0o755,
        0,
        0,
    );
    t.symlink("bin/sh", "busybox").symlink("bin/cat", "busybox");
    let tar = write_file(&env, "single.tar", &t.finish());
    env.run(&["import", tar.to_str().unwrap(), "single"]).ok();
    let o = env
        .run(&["run", "--rm", "single", "cat", "/proc/self/uid_map"])
        .ok();
    assert_eq!(
        o.stdout.split_whitespace().collect::<Vec<_>>(),
        vec!["0", &nosub.uid.to_string(), "1"]
    );
    assert!(o.stderr.contains("subordinate"), "{}", o.stderr);
    // An image with files owned by other ids cannot be used with one id: a clear error.
    let o = env
        .run(&["import", busybox_tar().to_str().unwrap(), "multi"])
        .code(125);
    assert!(o.stderr.contains("/etc/subuid"), "{}", o.stderr);
}

#[test]
fn inspect_shows_the_specs_mounts_and_refuses_a_corrupt_spec() {
    let env = Env::new();
    let img = env.busybox();
    let data = env.scratch("data");
    let vol = format!("{}:/data:ro", data.display());
    let id = env
        .run(&[
            "create", "--name", "m", "-v", &vol, "-v", "named:/n", img, "true",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    let o = env.run(&["inspect", "m"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let state = &v[0]["State"];
    assert_eq!(state["Dead"], false);
    assert_eq!(state["OciVersion"], "1.0.2");
    let mounts = v[0]["Mounts"].as_array().unwrap();
    assert_eq!(mounts.len(), 2, "{}", o.stdout);
    let bind = mounts.iter().find(|m| m["Destination"] == "/data").unwrap();
    assert_eq!(bind["Type"], "bind");
    assert_eq!(bind["Source"], data.display().to_string());
    assert_eq!(bind["RW"], false);
    assert_eq!(bind["Options"], serde_json::json!(["rbind"]));
    assert_eq!(bind["Propagation"], "rprivate");
    let named = mounts.iter().find(|m| m["Destination"] == "/n").unwrap();
    assert_eq!(
        (&named["Type"], &named["Name"], &named["RW"]),
        (&"volume".into(), &"named".into(), &true.into())
    );
    // images counts the containers using an image.
    let o = env
        .run(&["images", "--format", "{{.Repository}} {{.Containers}}"])
        .ok();
    assert_eq!(o.stdout, "localhost/busybox 1\n");
    // The spec is what inspect reads: a corrupt one is an error, not an empty document.
    let spec = env
        .dir
        .join("root/containers")
        .join(&id)
        .join("config.json");
    std::fs::write(&spec, b"{not json").unwrap();
    let o = env.run(&["container", "inspect", "m"]).code(125);
    assert!(
        o.stderr.contains("reading the container's spec"),
        "{}",
        o.stderr
    );
}

#[test]
fn info_counts_states_and_reports_the_overlay() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--name", "made", img, "true"]).ok();
    let o = env.run(&["info", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let store = &v["store"];
    assert_eq!(
        store["containerStore"],
        serde_json::json!({"number": 1, "running": 0, "stopped": 1, "paused": 0})
    );
    assert!(
        store["graphOptions"]["overlay.native"].is_boolean(),
        "{store}"
    );
    // The probe leaves nothing behind in the store's staging area.
    let tmp = env.dir.join("root/tmp");
    let left: Vec<_> = std::fs::read_dir(&tmp)
        .map(|rd| rd.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?}");
}

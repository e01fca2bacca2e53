//! Containers as systemd services. On the build machine: `--replace`/`--cidfile`,
//! `stop`/`rm --ignore --cidfile`, sd_notify datagrams (`--sdnotify=conmon|healthy|container`)
//! to a socket the test listens on, `start --all --filter restart-policy=`, the Quadlet
//! generator (`skiff quadlet --dryrun`, the generator by its program name) and
//! `generate systemd`. Under systemd with cgroup v2: the user-mode-linux guest in
//! ../shared/vm runs tests/uml/systemd.sh with the binary installed as a package would.

mod common;
#[path = "common/registry.rs"]
mod reg;
use common::*;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixDatagram;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// `skiff ARGS` as the test user with extra environment variables.
fn cmd_with(env: &Env, vars: &[(&str, &str)], program: &Path, args: &[&str]) -> Command {
    let mut c = match &env.user {
        Some(u) => {
            let mut c = Command::new("setpriv");
            c.arg(format!("--reuid={}", u.uid))
                .arg(format!("--regid={}", u.gid))
                .arg("--init-groups")
                .arg("env")
                .arg("-i")
                .arg(format!("HOME={}", u.home))
                .arg(format!("USER={}", u.name))
                .arg("PATH=/usr/local/bin:/usr/bin:/bin");
            for (k, v) in vars {
                c.arg(format!("{k}={v}"));
            }
            c.arg(program);
            c
        }
        None => {
            let mut c = Command::new(program);
            c.envs(vars.iter().copied());
            c
        }
    };
    c.args(args);
    c
}

fn skiff_with(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> Command {
    let root = env.dir.join("root");
    let runroot = env.dir.join("runroot");
    let mut all = vec![
        "--root",
        root.to_str().unwrap(),
        "--runroot",
        runroot.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    cmd_with(env, vars, binary(), &all)
}

/// A datagram socket the test user may send to.
fn notify_socket(env: &Env) -> (UnixDatagram, String) {
    let dir = env.scratch("notify");
    let path = dir.join("sock");
    let sock = UnixDatagram::bind(&path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o777)).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    (sock, path.display().to_string())
}

fn recv(sock: &UnixDatagram) -> String {
    let mut buf = [0u8; 512];
    match sock.recv(&mut buf) {
        Ok(n) => String::from_utf8_lossy(&buf[..n]).into_owned(),
        Err(e) => format!("nothing: {e}"),
    }
}

#[test]
fn replace_and_cidfiles() {
    let env = Env::new();
    let img = env.busybox();
    let dir = env.scratch("cid");
    let cid = dir.join("web.cid");
    let cidarg = format!("--cidfile={}", cid.display());
    let first = env
        .run(&["run", "-d", "--name", "web", &cidarg, img, "sleep", "100"])
        .ok()
        .stdout;
    assert_eq!(std::fs::read_to_string(&cid).unwrap(), first.trim());
    // An existing cid file is refused without --replace, as podman does.
    let o = env
        .run(&["run", "-d", "--name", "other", &cidarg, img, "true"])
        .code(125);
    assert!(
        o.stderr.contains("container id file exists"),
        "{}",
        o.stderr
    );
    let o = env.run(&["run", "-d", "--name", "dup", img, "true"]).ok();
    let o2 = env
        .run(&["run", "-d", "--name", "dup", img, "true"])
        .code(125);
    assert!(
        o2.stderr.contains("already in use"),
        "{} {}",
        o.stdout,
        o2.stderr
    );
    // --replace removes the running container of that name first.
    let second = env
        .run(&[
            "run",
            "-d",
            "--replace",
            "--name",
            "web",
            &cidarg,
            img,
            "sleep",
            "100",
        ])
        .ok()
        .stdout;
    assert_ne!(first.trim(), second.trim());
    assert_eq!(std::fs::read_to_string(&cid).unwrap(), second.trim());
    let ps = env.run(&["ps", "-a", "--format", "{{.Names}}"]).ok().stdout;
    assert_eq!(ps.lines().filter(|l| *l == "web").count(), 1, "{ps}");
    // stop and rm by the cid file; rm deletes it; --ignore makes the next ones no-ops.
    env.run(&["stop", "--ignore", "-t", "1", &cidarg]).ok();
    let state = env
        .run(&["inspect", "-f", "{{.State.Status}}", "web"])
        .ok()
        .stdout;
    assert_eq!(state.trim(), "exited");
    env.run(&["rm", "-f", "--ignore", &cidarg]).ok();
    assert!(!cid.exists());
    env.run(&["rm", "-f", "--ignore", &cidarg]).ok();
    env.run(&["stop", "--ignore", &cidarg]).ok();
    env.run(&["rm", "--ignore", "nosuch"]).ok();
    let o = env.run(&["rm", "nosuch"]).code(1);
    assert!(o.stderr.contains("no such container"), "{}", o.stderr);
    let o = env.run(&["run", "--replace", img, "true"]).code(125);
    assert!(o.stderr.contains("without --name"), "{}", o.stderr);
}

#[test]
fn sdnotify_conmon_sends_ready_and_mainpid_once_the_container_runs() {
    let env = Env::new();
    let img = env.busybox();
    let (sock, path) = notify_socket(&env);
    let vars = [("NOTIFY_SOCKET", path.as_str())];
    let mut c = skiff_with(
        &env,
        &vars,
        &[
            "run",
            "--rm",
            "--sdnotify=conmon",
            img,
            "sh",
            "-c",
            "sleep 1; echo done",
        ],
    );
    let start = Instant::now();
    let child = c.stdout(std::process::Stdio::piped()).spawn().unwrap();
    let msg = recv(&sock);
    assert!(start.elapsed() < Duration::from_millis(900), "{msg}");
    assert!(msg.contains("READY=1"), "{msg}");
    let mainpid = msg
        .lines()
        .find_map(|l| l.strip_prefix("MAINPID="))
        .unwrap_or("");
    assert_eq!(mainpid, child.id().to_string(), "{msg}");
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
    // Detached: the monitor is the main process from then on, ready before `run` returns.
    let o = run_cmd(
        skiff_with(
            &env,
            &vars,
            &[
                "run",
                "-d",
                "--name",
                "bg",
                "--sdnotify=conmon",
                img,
                "sleep",
                "100",
            ],
        ),
        None,
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let msg = recv(&sock);
    assert!(msg.contains("READY=1\n"), "{msg}");
    let id = o.stdout.trim();
    let monitor = std::fs::read_to_string(env.dir.join("runroot").join(id).join("monitor.pid"))
        .unwrap_or_default();
    let mainpid = msg
        .lines()
        .find_map(|l| l.strip_prefix("MAINPID="))
        .unwrap_or("-");
    assert!(
        monitor.starts_with(&format!("{mainpid} ")),
        "{msg} vs {monitor}"
    );
    env.run(&["rm", "-f", "bg"]).ok();
    // ignore: nothing is sent.
    sock.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let o = run_cmd(
        skiff_with(
            &env,
            &vars,
            &["run", "--rm", "--sdnotify=ignore", img, "true"],
        ),
        None,
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(recv(&sock).starts_with("nothing"));
}

#[test]
fn sdnotify_healthy_waits_for_the_first_passing_healthcheck() {
    let env = Env::new();
    let img = env.busybox();
    let (sock, path) = notify_socket(&env);
    let vars = [("NOTIFY_SOCKET", path.as_str())];
    let mut c = skiff_with(
        &env,
        &vars,
        &[
            "run",
            "--name",
            "hc",
            "--sdnotify=healthy",
            "--health-cmd",
            "test -f /tmp/ready",
            "--health-interval",
            "1s",
            img,
            "sh",
            "-c",
            "sleep 2; touch /tmp/ready; sleep 3",
        ],
    );
    let start = Instant::now();
    let child = c.spawn().unwrap();
    let msg = recv(&sock);
    let waited = start.elapsed();
    assert!(msg.contains("READY=1"), "{msg}");
    assert!(waited >= Duration::from_secs(2), "READY after {waited:?}");
    let o = env
        .run(&["inspect", "-f", "{{.State.Health.Status}}", "hc"])
        .ok();
    assert_eq!(o.stdout.trim(), "healthy");
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
}

#[test]
fn sdnotify_container_passes_the_socket_in() {
    let env = Env::new();
    let img = env.busybox();
    let (_sock, path) = notify_socket(&env);
    let vars = [("NOTIFY_SOCKET", path.as_str())];
    let o = run_cmd(
        skiff_with(
            &env,
            &vars,
            &[
                "run",
                "--rm",
                img,
                "sh",
                "-c",
                "echo $NOTIFY_SOCKET; test -S $NOTIFY_SOCKET && echo socket",
            ],
        ),
        None,
    );
    assert_eq!(
        o.lines(),
        ["/run/notify/notify.sock", "socket"],
        "{}",
        o.stderr
    );
    let o = env
        .run(&["run", "--rm", "--sdnotify=sometimes", img, "true"])
        .code(125);
    assert!(o.stderr.contains("invalid --sdnotify"), "{}", o.stderr);
}

#[test]
fn start_all_with_a_restart_policy_filter() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "create",
        "--name",
        "keep",
        "--restart=always",
        img,
        "sleep",
        "100",
    ])
    .ok();
    env.run(&["create", "--name", "plain", img, "sleep", "100"])
        .ok();
    let o = env
        .run(&["start", "--all", "--filter", "restart-policy=always"])
        .ok();
    assert_eq!(o.lines().len(), 1, "{}", o.stdout);
    let st = |n: &str| {
        env.run(&["inspect", "-f", "{{.State.Status}}", n])
            .ok()
            .stdout
            .trim()
            .to_string()
    };
    assert_eq!(
        (st("keep").as_str(), st("plain").as_str()),
        ("running", "created")
    );
    // unless-stopped: not after the user stopped it; again once started by hand.
    env.run(&[
        "run",
        "-d",
        "--name",
        "us",
        "--restart=unless-stopped",
        img,
        "sleep",
        "100",
    ])
    .ok();
    env.run(&["stop", "-t", "1", "us"]).ok();
    let filter = [
        "start",
        "--all",
        "--filter",
        "restart-policy=unless-stopped",
    ];
    assert_eq!(env.run(&filter).ok().stdout, "");
    assert_eq!(st("us"), "exited");
    env.run(&["start", "us"]).ok();
    // As at a reboot: the monitor and the container die without a stop.
    let id = env.run(&["inspect", "-f", "{{.Id}}", "us"]).ok().stdout;
    let monitor =
        std::fs::read_to_string(env.dir.join("runroot").join(id.trim()).join("monitor.pid"))
            .unwrap_or_default();
    let pid = env
        .run(&["inspect", "-f", "{{.State.Pid}}", "us"])
        .ok()
        .stdout;
    let monitor: i32 = monitor
        .split_whitespace()
        .next()
        .unwrap_or("0")
        .parse()
        .unwrap_or(0);
    kill9(&[monitor, pid.trim().parse().unwrap_or(0)]);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(env.run(&filter).ok().lines().len(), 1);
    assert_eq!(st("us"), "running");
    env.run(&["rm", "-f", "keep", "plain", "us"]).ok();
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn quadlet_dryrun_and_the_generator_by_its_name() {
    let env = Env::new();
    let dir = env.scratch("quadlets");
    write(
        &dir,
        "web.container",
        "[Container]\nImage=localhost/busybox\nExec=httpd -f -p 80\nPublishPort=8080:80\n\n[Install]\nWantedBy=default.target\n",
    );
    let dirs = dir.display().to_string();
    let vars = [("QUADLET_UNIT_DIRS", dirs.as_str())];
    let o = run_cmd(
        cmd_with(&env, &vars, binary(), &["quadlet", "--dryrun"]),
        None,
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stdout.starts_with("---web.service---\n"), "{}", o.stdout);
    assert!(o
        .stdout
        .contains("--publish=8080:80 localhost/busybox httpd -f -p 80\n"));
    // The generator: this binary under the name systemd runs it by.
    let gen = env.scratch("bin").join("skiff-user-generator");
    std::os::unix::fs::symlink(binary(), &gen).unwrap();
    let out = env.scratch("out");
    let o = run_cmd(
        cmd_with(&env, &vars, &gen, &[out.to_str().unwrap(), "/tmp", "/tmp"]),
        None,
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let unit = std::fs::read_to_string(out.join("web.service")).unwrap();
    assert!(
        unit.contains("Type=notify\n") && unit.contains("Delegate=yes\n"),
        "{unit}"
    );
    assert!(out.join("default.target.wants/web.service").exists());
    // A key skiff does not know: reported with file and line, exit 1 for --dryrun.
    write(
        &dir,
        "bad.container",
        "[Container]\nImage=x\nFrobnicate=yes\n",
    );
    let o = run_cmd(cmd_with(&env, &vars, &gen, &["--dryrun"]), None);
    assert_eq!(o.code, 1);
    let want = format!("{}/bad.container:3: unsupported key Frobnicate=", dirs);
    assert!(o.stderr.contains(&want), "{}", o.stderr);
    assert!(
        o.stdout.contains("---web.service---"),
        "the others are still generated"
    );
}

#[test]
fn generate_systemd_new_runs_the_recorded_options() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "create",
        "--name",
        "gen",
        "-e",
        "A=b c",
        "-p",
        "8080:80",
        "--restart=always",
        img,
        "sleep",
        "100",
    ])
    .ok();
    let o = env
        .run(&["generate", "systemd", "--new", "--no-header", "gen"])
        .ok();
    let exec = o
        .stdout
        .lines()
        .find(|l| l.starts_with("ExecStart="))
        .unwrap_or_default()
        .to_string();
    assert!(exec.contains(" run --cidfile=%t/%n.ctr-id --replace --name=gen --rm --cgroups=split --sdnotify=conmon \"--env=A=b c\" --publish=8080:80 localhost/busybox:latest sleep 100"), "{exec}");
    assert!(o.stdout.contains("Type=notify\n"));
    let o = env.run(&["generate", "systemd", "--name", "gen"]).ok();
    assert!(o.stdout.contains(" start gen\n") && o.stdout.contains("Type=forking\n"));
}

#[test]
fn auto_update_dry_run_compares_with_the_registry() {
    let r = reg::Registry::start(reg::Opts::default());
    let src = Env::new();
    let img = src.busybox().to_string();
    let dest = format!("{}/t/au:1", r.host);
    src.run(&["push", "--tls-verify=false", &img, &dest]).ok();
    let env = Env::new();
    env.run(&["pull", "-q", "--tls-verify=false", &dest]).ok();
    // Created by a unit's service (PODMAN_SYSTEMD_UNIT in its environment).
    let o = run_cmd(
        skiff_with(
            &env,
            &[("PODMAN_SYSTEMD_UNIT", "au.service")],
            &[
                "run",
                "-d",
                "--name",
                "au",
                "--label",
                "io.containers.autoupdate=registry",
                &dest,
                "sleep",
                "100",
            ],
        ),
        None,
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let check = |want: &str| {
        let o = env
            .run(&[
                "auto-update",
                "--dry-run",
                "--tls-verify=false",
                "--format",
                "{{.Unit}} {{.Policy}} {{.Updated}}",
            ])
            .ok();
        assert_eq!(o.stdout.trim(), want);
    };
    check("au.service registry false");
    // A new image under the same tag in the registry.
    src.run(&["run", "--name", "mk", &img, "touch", "/new"])
        .ok();
    src.run(&["commit", "-q", "mk", "localhost/changed"]).ok();
    src.run(&["push", "--tls-verify=false", "localhost/changed", &dest])
        .ok();
    check("au.service registry pending");
    // A container with a policy but no unit: reported, exit 125.
    env.run(&[
        "run",
        "-d",
        "--name",
        "nounit",
        "--label",
        "io.containers.autoupdate=local",
        &dest,
        "sleep",
        "100",
    ])
    .ok();
    let o = env
        .run(&["auto-update", "--dry-run", "--tls-verify=false"])
        .code(125);
    assert!(
        o.stdout.contains("not running as a systemd unit"),
        "{}",
        o.stdout
    );
    env.run(&["rm", "-f", "au", "nounit"]).ok();
}

/// Under systemd with cgroup v2: tests/uml/systemd.sh in the user-mode-linux guest, with the
/// binary, the generator symlink and skiff-restart.service installed as the package does.
/// Needs root and ../shared/vm/uml-run.sh beside the project; SKIFF_SKIP_UML=1 skips it.
#[test]
fn services_under_systemd_in_the_uml_guest() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let uml = root.join("../shared/vm/uml-run.sh");
    if std::env::var_os("SKIFF_SKIP_UML").is_some() {
        eprintln!("skipped: SKIFF_SKIP_UML is set");
        return;
    }
    assert!(
        is_root(),
        "the UML guest test runs as root (CI); set SKIFF_SKIP_UML=1 to skip"
    );
    assert!(
        uml.exists(),
        "{} is missing (set SKIFF_SKIP_UML=1 to skip)",
        uml.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(binary(), d.join("skiff")).unwrap();
    std::fs::copy(busybox_tar(), d.join("busybox.tar")).unwrap();
    std::fs::copy(root.join("tests/uml/systemd.sh"), d.join("systemd.sh")).unwrap();
    std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o777)).unwrap();
    let install = format!(
        "{}:/usr/bin/skiff /usr/bin/skiff:/usr/lib/systemd/user-generators/skiff-user-generator@ {}:/usr/lib/systemd/user/skiff-restart.service",
        d.join("skiff").display(),
        root.join("packaging/systemd/skiff-restart.service").display()
    );
    let out = Command::new("bash")
        .arg(&uml)
        .arg(d)
        .args(["sh", "./systemd.sh"])
        .env("UML_INSTALL", install)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    eprintln!("{text}");
    let failed: Vec<&str> = text.lines().filter(|l| l.starts_with("not ok")).collect();
    assert!(
        failed.is_empty(),
        "failed in the guest:\n{}",
        failed.join("\n")
    );
    for want in [
        "cgroupns-memory.max",
        "cgroupns-pids.max",
        "cgroupns-root",
        "cgroupns-readonly",
        "cgroupns-host",
        "generated-notify",
        "generated-install-link",
        "analyze-verify-web",
        "web-active",
        "web-port",
        "web-in-service-cgroup",
        "web-stopped",
        "web-removed",
        "web-nothing-left",
        "network-unit-active",
        "network-created",
        "healthy-waits",
        "healthy-status",
        "restart-by-systemd",
        "crash-removed",
        "analyze-verify-generate",
        "generate-port",
        "generate-removed",
        "restart-always",
        "restart-plain",
        "restart-user-stopped",
        "au-unit-label",
        "au-dry-run",
        "au-update",
        "au-new-image",
        "au-new-content",
        "au-rollback",
        "au-rollback-active",
        "au-rollback-image",
        "quadlet-rm",
        "units-gone",
    ] {
        assert!(
            text.lines().any(|l| l == format!("ok {want}")),
            "check {want} did not run:\n{text}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(text.lines().any(|l| l == "done"), "{text}");
}

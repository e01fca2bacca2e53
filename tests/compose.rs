//! `skiff compose`: stacks from compose files with busybox stand-ins, run as the
//! unprivileged test user: services reaching each other by name and alias on the project
//! network, a published port from the host, healthcheck-gated dependencies, `-f` overrides,
//! `.env` interpolation, `links`, idempotent `up`, `--scale`, `build:` services, invalid files
//! starting nothing, and the same file through `podman-compose --podman-path skiff`.

mod common;
use common::*;
use std::path::{Path, PathBuf};

/// A project directory the test user can read, holding `compose.yaml`.
fn project(env: &Env, name: &str, yaml: &str) -> PathBuf {
    let d = env.scratch(name);
    std::fs::write(d.join("compose.yaml"), yaml).unwrap();
    d
}

/// `skiff compose ARGS` in `dir`.
fn compose(env: &Env, dir: &Path, args: &[&str]) -> Out {
    let mut a = vec!["compose"];
    a.extend_from_slice(args);
    let mut c = env.cmd(&a);
    c.current_dir(dir);
    run_cmd(c, None)
}

/// The IDs of the project's containers, by name.
fn ids(env: &Env, dir: &Path) -> Vec<String> {
    let out = compose(env, dir, &["ps", "-a", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let mut ids: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                c["Name"].as_str().unwrap(),
                c["ID"].as_str().unwrap()
            )
        })
        .collect();
    ids.sort();
    ids
}

/// A web → app → db stack: db and app serve a page with busybox httpd, web fetches app's page
/// by the service name at start and serves it on a published port; app also reaches db by
/// its link alias.
fn three_tier(img: &str, port: u16) -> String {
    format!(
        r#"services:
  web:
    image: {img}
    depends_on: [app]
    ports: ["127.0.0.1:{port}:80"]
    stop_signal: SIGKILL
    command: sh -c 'mkdir -p /www && until wget -qO /www/index.html http://app:8080/; do sleep 0.2; done && exec httpd -f -p 80 -h /www'
  app:
    image: {img}
    links: ["db:database"]
    depends_on:
      db:
        condition: service_started
    stop_signal: SIGKILL
    command: sh -c 'mkdir -p /www && echo "app page" > /www/index.html && exec httpd -f -p 8080 -h /www'
  db:
    image: {img}
    stop_signal: SIGKILL
    command: sh -c 'mkdir -p /www && echo "db rows" > /www/index.html && exec httpd -f -p 5432 -h /www'
"#
    )
}

#[test]
fn three_tier_stack_by_name_and_published_port_and_idempotent_up() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let port = free_port();
    let dir = project(&env, "tiers", &three_tier(&img, port));
    let up = compose(&env, &dir, &["up", "-d"]).ok();
    assert!(
        up.stderr.contains("Network tiers_default  Created"),
        "{}",
        up.stderr
    );
    // The host reaches web's published port, whose page web fetched from app by name.
    assert!(http_get(port).contains("app page"));
    // app reaches db by its service name and by the link alias.
    for host in ["db", "database"] {
        let url = format!("http://{host}:5432/");
        let out = compose(&env, &dir, &["exec", "-T", "app", "wget", "-qO-", &url]).ok();
        assert_eq!(out.stdout, "db rows\n");
    }
    let ps = compose(&env, &dir, &["ps"]).ok();
    let head: Vec<&str> = ps.lines()[0].split_whitespace().collect();
    assert_eq!(
        head,
        ["NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"]
    );
    assert!(ps.stdout.contains("tiers-web-1"), "{}", ps.stdout);
    assert!(
        ps.stdout.contains(&format!("127.0.0.1:{port}->80/tcp")),
        "{}",
        ps.stdout
    );
    assert_eq!(
        compose(&env, &dir, &["port", "web", "80"])
            .ok()
            .stdout
            .trim(),
        format!("127.0.0.1:{port}")
    );
    // up again: nothing changes.
    let before = ids(&env, &dir);
    assert_eq!(before.len(), 3);
    let again = compose(&env, &dir, &["up", "-d"]).ok();
    assert_eq!(ids(&env, &dir), before);
    assert_eq!(
        again.stderr.matches("Running").count(),
        3,
        "{}",
        again.stderr
    );
    assert!(!again.stderr.contains("Created"), "{}", again.stderr);
    // A changed service is recreated, the others are left as they are.
    let changed = three_tier(&img, port).replace("db rows", "new rows");
    std::fs::write(dir.join("compose.yaml"), changed).unwrap();
    compose(&env, &dir, &["up", "-d"]).ok();
    let after = ids(&env, &dir);
    assert_eq!(after.iter().filter(|x| before.contains(x)).count(), 2);
    // The new db (its server starting) answers under the same name.
    let start = std::time::Instant::now();
    let out = loop {
        let out = compose(
            &env,
            &dir,
            &["exec", "-T", "app", "wget", "-qO-", "http://db:5432/"],
        );
        if out.code == 0 || start.elapsed() > std::time::Duration::from_secs(10) {
            break out.ok();
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    assert_eq!(out.stdout, "new rows\n");
    // down removes the containers and the network.
    let down = compose(&env, &dir, &["down"]).ok();
    assert!(
        down.stderr.contains("Network tiers_default  Removed"),
        "{}",
        down.stderr
    );
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
    assert!(!env
        .run(&["network", "ls"])
        .ok()
        .stdout
        .contains("tiers_default"));
}

#[test]
fn healthcheck_gates_dependency_and_failed_dependency_stops_up() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let yaml = format!(
        r#"services:
  db:
    image: {img}
    stop_signal: SIGKILL
    command: sh -c 'sleep 2; touch /tmp/ready; exec sleep 1000'
    healthcheck:
      test: ["CMD", "test", "-f", "/tmp/ready"]
      interval: 1s
      retries: 30
  app:
    image: {img}
    stop_signal: SIGKILL
    command: sleep 1000
    depends_on:
      db:
        condition: service_healthy
"#
    );
    let dir = project(&env, "gated", &yaml);
    let up = compose(&env, &dir, &["up", "-d"]).ok();
    let healthy = up.stderr.find("gated-db-1  Healthy").expect(&up.stderr);
    let created = up.stderr.find("gated-app-1  Created").expect(&up.stderr);
    assert!(healthy < created, "{}", up.stderr);
    let ps = compose(&env, &dir, &["ps"]).ok();
    assert!(ps.stdout.contains("(healthy)"), "{}", ps.stdout);
    compose(&env, &dir, &["down"]).ok();

    // A dependency that must complete successfully and fails: its dependent is not created.
    let yaml = format!(
        r#"services:
  migrate:
    image: {img}
    command: sh -c 'exit 3'
  app:
    image: {img}
    command: sleep 1000
    depends_on:
      migrate:
        condition: service_completed_successfully
"#
    );
    let dir = project(&env, "failing", &yaml);
    let up = compose(&env, &dir, &["up", "-d"]).code(125);
    assert!(
        up.stderr
            .contains("service \"migrate\" didn't complete successfully: exit 3"),
        "{}",
        up.stderr
    );
    assert!(!env.run(&["ps", "-a"]).ok().stdout.contains("failing-app-1"));
    compose(&env, &dir, &["down"]).ok();
}

#[test]
fn override_files_dotenv_and_config() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let dir = env.scratch("ovr");
    std::fs::write(dir.join(".env"), "GREETING=hello from dotenv\nTAG=latest\n").unwrap();
    std::fs::write(
        dir.join("base.yml"),
        "services:\n  svc:\n    image: \"localhost/busybox:${TAG}\"\n    stop_signal: SIGKILL\n    \
         command: sleep 1000\n    environment:\n      A: base\n      B: base\n      GREETING: ${GREETING}\n      PRICE: $$5\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("extra.yml"),
        "services:\n  svc:\n    environment: [B=override, C=added]\n    labels: {tier: extra}\n",
    )
    .unwrap();
    let f = ["-f", "base.yml", "-f", "extra.yml"];
    let cfg = compose(&env, &dir, &[&f[..], &["config"]].concat()).ok();
    assert!(
        cfg.stdout.contains("GREETING: hello from dotenv"),
        "{}",
        cfg.stdout
    );
    assert!(
        cfg.stdout.contains(&format!("image: {img}")),
        "{}",
        cfg.stdout
    );
    let svcs = compose(&env, &dir, &[&f[..], &["config", "--services"]].concat()).ok();
    assert_eq!(svcs.stdout, "svc\n");
    compose(&env, &dir, &[&f[..], &["up", "-d"]].concat()).ok();
    let out = compose(
        &env,
        &dir,
        &[&f[..], &["exec", "-T", "svc", "env"]].concat(),
    )
    .ok();
    for want in [
        "A=base",
        "B=override",
        "C=added",
        "GREETING=hello from dotenv",
        "PRICE=$5",
    ] {
        assert!(
            out.stdout.lines().any(|l| l == want),
            "{want}: {}",
            out.stdout
        );
    }
    let labeled = env
        .run(&[
            "ps",
            "--filter",
            "label=tier=extra",
            "--format",
            "{{.Names}}",
        ])
        .ok();
    assert_eq!(labeled.stdout.trim(), "ovr-svc-1");
    // The caller's environment beats .env.
    let mut c = env.raw_cmd_with(binary(), &[("TAG", "nope")]);
    c.current_dir(&dir);
    c.arg("--root").arg(env.dir.join("root"));
    c.arg("--runroot").arg(env.dir.join("runroot"));
    c.args(["compose", "-f", "base.yml", "config"]);
    let out = run_cmd(c, None).ok();
    assert!(
        out.stdout.contains("image: localhost/busybox:nope"),
        "{}",
        out.stdout
    );
    compose(&env, &dir, &[&f[..], &["down"]].concat()).ok();
}

/// `logging: driver: syslog` over TCP: a receiver service gets the lines of another service,
/// sent by that container's monitor with the tag asked for; `logs` still shows them.
#[test]
fn syslog_logging_over_tcp() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let port = free_port();
    let yaml = format!(
        r#"services:
  receiver:
    image: {img}
    ports: ["127.0.0.1:{port}:1514"]
    stop_signal: SIGKILL
    command: sh -c 'nc -l -p 1514 > /tmp/got'
  proxy:
    image: {img}
    depends_on: [receiver]
    stop_signal: SIGKILL
    command: sh -c 'for i in 1 2 3; do echo line-$$i; sleep 0.3; done; echo oops >&2; exec sleep 1000'
    logging:
      driver: syslog
      options:
        syslog-address: "tcp://127.0.0.1:{port}"
        tag: "proxy-{{{{.Name}}}}"
"#
    );
    let dir = project(&env, "slog", &yaml);
    compose(&env, &dir, &["up", "-d"]).ok();
    let start = std::time::Instant::now();
    let got = loop {
        let out = compose(&env, &dir, &["exec", "-T", "receiver", "cat", "/tmp/got"]).ok();
        if out.stdout.contains("oops") || start.elapsed() > std::time::Duration::from_secs(20) {
            break out.stdout;
        }
        std::thread::sleep(std::time::Duration::from_millis(300));
    };
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines.len(), 4, "{got}");
    for (i, l) in lines[..3].iter().enumerate() {
        assert!(l.starts_with("<30>"), "{got}");
        assert!(l.contains(" proxy-slog-proxy-1["), "{got}");
        assert!(l.ends_with(&format!("]: line-{}", i + 1)), "{got}");
    }
    assert!(
        lines[3].starts_with("<27>") && lines[3].ends_with("]: oops"),
        "{got}"
    );
    let logs = compose(&env, &dir, &["logs", "proxy"]).ok();
    assert!(logs.stdout.contains("proxy-1 | line-2"), "{}", logs.stdout);
    compose(&env, &dir, &["down"]).ok();
}

/// Named volumes: made with the project's prefix, kept by `down`, removed by `down -v`.
#[test]
fn named_volumes_and_down_v() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let yaml = format!(
        "services:\n  store:\n    image: {img}\n    stop_signal: SIGKILL\n    volumes: [\"data:/data\"]\n    \
         command: sh -c 'date >> /data/log; exec sleep 1000'\nvolumes:\n  data:\n    labels: {{purpose: test}}\n"
    );
    let dir = project(&env, "vols", &yaml);
    let up = compose(&env, &dir, &["up", "-d"]).ok();
    assert!(
        up.stderr.contains("Volume vols_data  Created"),
        "{}",
        up.stderr
    );
    let ls = env.run(&["volume", "ls", "--format", "{{.Name}}"]).ok();
    assert!(ls.stdout.lines().any(|l| l == "vols_data"), "{}", ls.stdout);
    compose(&env, &dir, &["down"]).ok();
    assert!(env
        .run(&["volume", "ls", "-q"])
        .ok()
        .stdout
        .contains("vols_data"));
    compose(&env, &dir, &["up", "-d"]).ok();
    let out = compose(
        &env,
        &dir,
        &["exec", "-T", "store", "wc", "-l", "/data/log"],
    )
    .ok();
    assert!(
        out.stdout.starts_with('2'),
        "the volume kept its data: {}",
        out.stdout
    );
    let down = compose(&env, &dir, &["down", "-v"]).ok();
    assert!(
        down.stderr.contains("Volume vols_data  Removed"),
        "{}",
        down.stderr
    );
    assert!(!env
        .run(&["volume", "ls", "-q"])
        .ok()
        .stdout
        .contains("vols_data"));
}

#[test]
fn scale_up_and_down() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let yaml = format!("services:\n  worker:\n    image: {img}\n    stop_signal: SIGKILL\n    command: sleep 1000\n");
    let dir = project(&env, "scaled", &yaml);
    compose(&env, &dir, &["up", "-d", "--scale", "worker=3"]).ok();
    let names: Vec<String> = ids(&env, &dir)
        .iter()
        .map(|x| x.split(' ').next().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        ["scaled-worker-1", "scaled-worker-2", "scaled-worker-3"]
    );
    // Each replica is reachable by the service name.
    let out = compose(
        &env,
        &dir,
        &["exec", "-T", "--index", "2", "worker", "cat", "/etc/hosts"],
    )
    .ok();
    assert!(
        out.stdout.contains("scaled-worker-1 worker"),
        "{}",
        out.stdout
    );
    compose(&env, &dir, &["up", "-d", "--scale", "worker=1"]).ok();
    let names: Vec<String> = ids(&env, &dir)
        .iter()
        .map(|x| x.split(' ').next().unwrap().to_string())
        .collect();
    assert_eq!(names, ["scaled-worker-1"]);
    compose(&env, &dir, &["down"]).ok();
}

#[test]
fn build_service() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let dir = env.scratch("built");
    let ctx = dir.join("ctx");
    std::fs::create_dir(&ctx).unwrap();
    std::fs::write(ctx.join("Dockerfile.app"), format!("FROM {img}\nARG WHO=nobody\nRUN echo \"built for $WHO\" > /built\nCMD [\"sleep\", \"1000\"]\n")).unwrap();
    std::fs::write(
        dir.join("compose.yaml"),
        "services:\n  app:\n    build:\n      context: ./ctx\n      dockerfile: Dockerfile.app\n      args: {WHO: compose}\n    stop_signal: SIGKILL\n",
    )
    .unwrap();
    compose(&env, &dir, &["up", "-d"]).ok();
    let out = compose(&env, &dir, &["exec", "-T", "app", "cat", "/built"]).ok();
    assert_eq!(out.stdout, "built for compose\n");
    assert!(
        env.image_list().contains("localhost/built-app:latest"),
        "{}",
        env.image_list()
    );
    let images = compose(&env, &dir, &["images"]).ok();
    assert!(
        images.stdout.contains("localhost/built-app"),
        "{}",
        images.stdout
    );
    compose(&env, &dir, &["down", "--rmi", "local"]).ok();
    assert!(!env.image_list().contains("built-app"));
}

#[test]
fn invalid_files_start_nothing() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let cases = [
        (format!("services:\n  ok:\n    image: {img}\n  bad:\n    image: {img}\n    enviroment: {{A: b}}\n"), "service \"bad\": unknown key \"enviroment\" (did you mean \"environment\"?)"),
        (format!("services:\n  ok:\n    image: {img}\n  bad:\n    image: {img}\n    restart: sometimes\n"), "service \"bad\": invalid restart policy \"sometimes\""),
        (format!("services:\n  ok:\n    image: {img}\n    depends_on: [bad]\n  bad:\n    image: {img}\n    depends_on: [ok]\n"), "dependency cycle detected: bad -> ok -> bad"),
        (format!("services:\n  ok:\n    image: {img}\n    networks: [front]\n"), "service \"ok\" refers to undefined network front"),
        (format!("services:\n  ok:\n    image: {img}\n    ports: [\"${{PORT:?PORT must be set}}:80\"]\n"), "required variable PORT is missing a value: PORT must be set"),
        (format!("services:\n  ok:\n    image: {img}\n  bad:\n    image: localhost/no-such-image\n    pull_policy: never\n"), "no-such-image"),
    ];
    for (yaml, want) in cases {
        let dir = project(&env, "invalid", &yaml);
        let out = compose(&env, &dir, &["up", "-d"]).code(125);
        assert!(out.stderr.contains(want), "{want}: {}", out.stderr);
        assert!(out.stderr.starts_with("Error: "), "{}", out.stderr);
        assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "", "{yaml}");
        if !want.contains("no-such-image") {
            assert!(!env
                .run(&["network", "ls"])
                .ok()
                .stdout
                .contains("invalid_default"));
        }
        compose(&env, &dir, &["down"]);
    }
}

/// A foreground `up` prints every service's lines with its prefix and ends when they have
/// all exited; `events` shows the project's container events.
#[test]
fn foreground_up_and_events() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let yaml = format!(
        "services:\n  a:\n    image: {img}\n    command: sh -c 'echo hello from a; sleep 1; echo bye from a'\n  \
         b:\n    image: {img}\n    command: echo hello from b\n"
    );
    let dir = project(&env, "fg", &yaml);
    let out = compose(&env, &dir, &["up"]).ok();
    for want in [
        "a-1 | hello from a",
        "a-1 | bye from a",
        "b-1 | hello from b",
    ] {
        assert!(
            out.stdout.lines().any(|l| l == want),
            "{want}: {}",
            out.stdout
        );
    }
    let ev = compose(&env, &dir, &["events", "--no-stream", "--json", "b"]).ok();
    let actions: Vec<String> = ev
        .lines()
        .into_iter()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["action"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(actions.iter().any(|a| a == "start"), "{actions:?}");
    assert!(ev.stdout.contains("\"service\":\"b\""), "{}", ev.stdout);
    assert!(!ev.stdout.contains("\"service\":\"a\""), "{}", ev.stdout);
    compose(&env, &dir, &["down"]).ok();
}

#[test]
fn docker_compose_name_runs_compose() {
    let env = Env::new();
    let bin = env.scratch("bin");
    let link = bin.join("docker-compose");
    std::os::unix::fs::symlink(binary(), &link).unwrap();
    let dir = project(
        &env,
        "named",
        "services:\n  a:\n    image: x\n  b:\n    image: y\n",
    );
    let mut c = env.raw_cmd(&link);
    c.current_dir(&dir);
    c.args(["config", "--services"]);
    assert_eq!(run_cmd(c, None).ok().stdout, "a\nb\n");
    let mut c = env.raw_cmd(&link);
    c.current_dir(&dir);
    c.arg("version");
    assert!(run_cmd(c, None)
        .ok()
        .stdout
        .starts_with("skiff compose version"));
}

/// The same stack through podman-compose driving skiff (`--podman-path`): the same endpoint
/// answers.
#[test]
fn podman_compose_drives_skiff_to_the_same_endpoint() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let port = free_port();
    let yaml = format!(
        r#"services:
  app:
    image: {img}
    command: sh -c 'mkdir -p /www && echo "app page" > /www/index.html && exec httpd -f -p 8080 -h /www'
  web:
    image: {img}
    depends_on: [app]
    ports: ["127.0.0.1:{port}:80"]
    command: sh -c 'mkdir -p /www && until wget -qO /www/index.html http://app:8080/; do sleep 0.2; done && exec httpd -f -p 80 -h /www'
"#
    );
    // Natively first.
    let dir = project(&env, "pc", &yaml);
    compose(&env, &dir, &["up", "-d"]).ok();
    let native = http_get(port);
    assert!(native.contains("app page"), "{native}");
    compose(&env, &dir, &["down", "-t", "0"]).ok();
    // Then podman-compose with skiff as its podman (a wrapper gives the test store).
    let wrapper = env.scratch("pcbin").join("skiff-store");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nexec {} --root {} --runroot {} \"$@\"\n",
            binary().display(),
            env.dir.join("root").display(),
            env.dir.join("runroot").display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let pc = |args: &[&str]| {
        let mut c = env.raw_cmd(Path::new("/usr/bin/podman-compose"));
        c.current_dir(&dir);
        c.arg("--podman-path").arg(&wrapper);
        c.args(args);
        run_cmd(c, None)
    };
    pc(&["up", "-d"]).ok();
    let via_pc = http_get(port);
    assert!(via_pc.contains("app page"), "{via_pc}");
    pc(&["down", "-t", "0"]);
}

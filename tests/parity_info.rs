//! podman parity of `info` and `version` (Go-template paths, podman's keys) and of
//! containers.conf (system, user, drop-ins, CONTAINERS_CONF, CONTAINERS_CONF_OVERRIDE).

mod common;
use common::*;
use std::path::Path;

/// skiff with extra environment variables (the test user's environment is otherwise clean).
fn run_env(env: &Env, vars: &[(&str, String)], args: &[&str]) -> Out {
    let mut c = env.raw_cmd(Path::new("/usr/bin/env"));
    for (k, v) in vars {
        c.arg(format!("{k}={v}"));
    }
    c.arg(binary());
    c.arg("--root").arg(env.dir.join("root"));
    c.arg("--runroot").arg(env.dir.join("runroot"));
    c.args(args);
    run_cmd(c, None)
}

#[test]
fn info_and_version_answer_go_template_paths() {
    let env = Env::new();
    let f = |t: &str| env.run(&["info", "--format", t]).ok().stdout;
    assert_eq!(f("{{.Host.LogDriver}}"), "k8s-file\n");
    assert_eq!(f("{{.Store.GraphDriverName}}"), "overlay\n");
    assert_eq!(f("{{.Host.OCIRuntime.Name}}"), "skiff (built in)\n");
    assert_eq!(f("{{.Host.Conmon.Path}}"), "built in\n");
    assert_eq!(f("{{.Host.EventLogger}}"), "file\n");
    assert_eq!(
        f("{{.Host.OS}} {{.Host.Arch}}"),
        format!(
            "linux {}\n",
            if cfg!(target_arch = "x86_64") {
                "amd64"
            } else {
                "arm64"
            }
        )
    );
    assert_eq!(f("{{.Host.Security.Rootless}}"), "true\n");
    assert_eq!(f("{{.Version.APIVersion}}"), "4.3.1\n");
    assert_eq!(
        f("{{.Store.ContainerStore.Number}} {{.Store.ImageStore.Number}}"),
        "0 0\n"
    );
    assert!(f("{{.Registries}}").starts_with("map["));
    assert!(f("{{.Host.MemTotal}}").trim().parse::<u64>().unwrap() > 0);
    assert!(f("{{.Host.Uptime}}").contains("(Approximately "));
    assert!(f("{{.Host.CPUs}}").trim().parse::<u32>().unwrap() >= 1);
    assert_eq!(
        f("{{.Host.IDMappings.UIDMap}}")
            .matches("ContainerID")
            .count(),
        2
    );
    assert!(f("{{.Store.GraphStatus}}").contains("Supports d_type:true"));
    assert!(!f("{{.Host.Distribution.Distribution}}").trim().is_empty());
    assert_eq!(f("{{.Host.ServiceIsRemote}}"), "false\n");
    // --events-backend shows; JSON keeps podman's JSON names.
    let o = env
        .run(&[
            "--events-backend",
            "none",
            "info",
            "--format",
            "{{.Host.EventLogger}}",
        ])
        .ok();
    assert_eq!(o.stdout, "none\n");
    let o = env.run(&["info", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["host"]["ociRuntime"]["name"], "skiff (built in)");
    assert_eq!(v["store"]["graphDriverName"], "overlay");
    assert_eq!(v["host"]["logDriver"], "k8s-file");
    assert!(v["plugins"]["log"]
        .as_array()
        .unwrap()
        .contains(&"k8s-file".into()));
    // version
    let o = env
        .run(&[
            "version",
            "--format",
            "{{.Client.Version}} {{.Client.Os}} {{.Client.APIVersion}}",
        ])
        .ok();
    assert_eq!(
        o.stdout,
        format!("{} linux 4.3.1\n", env!("CARGO_PKG_VERSION"))
    );
    let o = env.run(&["version", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(
        v["Client"]["OsArch"],
        format!("linux/{}", std::env::consts::ARCH)
    );
}

#[test]
fn containers_conf_gives_the_defaults_of_new_containers() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let conf = write_file(
        &env,
        "containers.conf",
        br#"# the settings skiff has
[containers]
default_ulimits = ["nofile=500:600"]
dns_servers = ["192.0.2.53"]
dns_searches = ["conf.example"]
dns_options = ["ndots:3"]
env = ["FROM_CONF=1", "OVER=conf"]
log_driver = "none"
default_capabilities = ["CHOWN"]

[engine]
stop_timeout = 3
events_logger = "none"
pull_policy = "never"

[network]
default_rootless_network_cmd = "slirp4netns"
"#,
    );
    let vars = [("CONTAINERS_CONF", conf.display().to_string())];
    let o = run_env(
        &env,
        &vars,
        &[
            "run",
            "--rm",
            &img,
            "sh",
            "-c",
            "echo $FROM_CONF $OVER; ulimit -n; cat /etc/resolv.conf",
        ],
    )
    .ok();
    let lines = o.lines();
    assert_eq!(lines[0], "1 conf");
    assert_eq!(lines[1], "500");
    assert!(o.stdout.contains("nameserver 192.0.2.53"), "{}", o.stdout);
    assert!(o.stdout.contains("search conf.example"), "{}", o.stdout);
    assert!(o.stdout.contains("options ndots:3"), "{}", o.stdout);
    // Flags win.
    let o = run_env(
        &env,
        &vars,
        &[
            "run",
            "--rm",
            "-e",
            "OVER=flag",
            "--ulimit",
            "nofile=100:100",
            "--dns",
            "192.0.2.1",
            &img,
            "sh",
            "-c",
            "echo $OVER; ulimit -n; grep nameserver /etc/resolv.conf",
        ],
    )
    .ok();
    assert_eq!(o.lines(), ["flag", "100", "nameserver 192.0.2.1"]);
    run_env(&env, &vars, &["create", "--name", "c", &img, "true"]).ok();
    let o = env
        .run(&[
            "inspect",
            "-f",
            "{{.HostConfig.LogConfig.Type}} {{.HostConfig.NetworkMode}} {{.Config.StopTimeout}}",
            "c",
        ])
        .ok();
    assert_eq!(o.stdout, "none slirp4netns 3\n");
    // pull_policy never: a missing image is not pulled.
    let o = run_env(&env, &vars, &["run", "--rm", "localhost/not-here", "true"]).code(125);
    assert_eq!(o.stderr, "Error: localhost/not-here: image not known\n");
    // events_logger none: nothing recorded; info says so.
    let o = run_env(
        &env,
        &vars,
        &[
            "info",
            "--format",
            "{{.Host.EventLogger}} {{.Host.LogDriver}}",
        ],
    )
    .ok();
    assert_eq!(o.stdout, "none none\n");
    let o = env
        .run(&["events", "--stream=false", "--filter", "type=container"])
        .ok();
    assert_eq!(o.stdout, "");
    // CONTAINERS_CONF_OVERRIDE comes last.
    let over = write_file(
        &env,
        "override.conf",
        b"[containers]\nenv = [\"OVER=override\"]\n",
    );
    let both = [
        ("CONTAINERS_CONF", conf.display().to_string()),
        ("CONTAINERS_CONF_OVERRIDE", over.display().to_string()),
    ];
    let o = run_env(
        &env,
        &both,
        &[
            "run",
            "--rm",
            &img,
            "sh",
            "-c",
            "echo ${FROM_CONF:-unset} $OVER",
        ],
    )
    .ok();
    assert_eq!(o.stdout, "unset override\n");
    // A broken file is an error naming it.
    let bad = write_file(&env, "bad.conf", b"[engine]\nstop_timeout = \"soon\"\n");
    let o = run_env(
        &env,
        &[("CONTAINERS_CONF", bad.display().to_string())],
        &["run", "--rm", &img, "true"],
    )
    .code(125);
    assert!(o.stderr.contains("bad.conf"), "{}", o.stderr);
    let o = run_env(
        &env,
        &[("CONTAINERS_CONF", "/nonexistent.conf".into())],
        &["create", &img, "true"],
    )
    .code(125);
    assert!(o.stderr.contains("CONTAINERS_CONF"), "{}", o.stderr);
}

#[test]
fn containers_conf_user_file_and_drop_ins() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let cfg = env.scratch("xdg");
    let dir = cfg.join("containers");
    std::fs::create_dir_all(dir.join("containers.conf.d")).unwrap();
    std::fs::write(
        dir.join("containers.conf"),
        "[containers]\nenv = [\"LEVEL=user\", \"KEEP=1\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("containers.conf.d/20-b.conf"),
        "[containers]\nenv = [\"LEVEL=dropin-b\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("containers.conf.d/10-a.conf"),
        "[containers]\nenv = [\"LEVEL=dropin-a\"]\n[engine]\nstop_timeout = 7\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("containers.conf.d/ignored.txt"),
        "[containers]\nenv = [\"LEVEL=txt\"]\n",
    )
    .unwrap();
    for p in [&cfg, &dir, &dir.join("containers.conf.d")] {
        std::os::unix::fs::chown(p, env.user.as_ref().map(|u| u.uid), None).unwrap();
    }
    let vars = [("XDG_CONFIG_HOME", cfg.display().to_string())];
    let o = run_env(
        &env,
        &vars,
        &[
            "run",
            "--rm",
            "--name",
            "u",
            &img,
            "sh",
            "-c",
            "echo $LEVEL ${KEEP:-none}",
        ],
    )
    .ok();
    assert_eq!(o.stdout, "dropin-b none\n");
    run_env(&env, &vars, &["create", "--name", "st", &img, "true"]).ok();
    let o = env
        .run(&["inspect", "-f", "{{.Config.StopTimeout}}", "st"])
        .ok();
    assert_eq!(o.stdout, "7\n");
    // Without the user's files: the defaults.
    env.run(&["create", "--name", "plain", &img, "true"]).ok();
    let o = env
        .run(&["inspect", "-f", "{{.Config.StopTimeout}}", "plain"])
        .ok();
    assert_eq!(o.stdout, "10\n");
}

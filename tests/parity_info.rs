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
    let _ = run_env;
}

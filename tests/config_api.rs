//! The container configuration seam: front ends other than the CLI's flags (the API server,
//! compose, Quadlet) hand the engine a container as data. `skiff container-create-json` takes
//! those options as JSON on stdin — no flag parsing involved — validates them and creates (or
//! runs) the container; what the user sees must be the same as for `run`/`create`.

mod common;
use common::*;
use serde_json::json;

fn create_json(env: &Env, args: &[&str], opts: &serde_json::Value) -> Out {
    let mut a = vec!["container-create-json"];
    a.extend_from_slice(args);
    env.run_stdin(&a, Some(opts.to_string().as_bytes()))
}

#[test]
fn a_container_given_as_json_runs_and_is_listed() {
    let env = Env::new();
    let img = env.busybox();
    let opts = json!({
        "image": img,
        "command": ["sh", "-c", "echo hello from $GREETING; ulimit -n; exit 3"],
        "name": "from-json",
        "env": ["GREETING=json"],
        "network": ["none"],
        "label": ["origin=api"],
        "ulimit": ["nofile=100:200"],
        "restart": "no",
        "log_opt": ["max-size=1mb"],
    });
    let o = create_json(&env, &["--start"], &opts).code(3);
    assert_eq!(o.stdout, "hello from json\n100\n");
    assert_eq!(o.stderr, "");

    let o = env
        .run(&["ps", "-a", "--format", "{{.Names}} {{.Status}}"])
        .ok();
    assert!(
        o.stdout.starts_with("from-json Exited (3) "),
        "{}",
        o.stdout
    );
    let o = env.run(&["ps", "-aq", "--filter", "label=origin=api"]).ok();
    assert_eq!(o.lines().len(), 1, "{}", o.stdout);
    let o = env
        .run(&[
            "inspect",
            "-f",
            "{{.State.Status}} {{.State.ExitCode}} {{.HostConfig.NetworkMode}} \
             {{range .HostConfig.Ulimits}}{{.Name}}={{.Soft}}:{{.Hard}}{{end}} \
             {{.HostConfig.LogConfig.Size}} {{.Config.Cmd}}",
            "from-json",
        ])
        .ok();
    assert_eq!(
        o.stdout.trim(),
        "exited 3 none RLIMIT_NOFILE=100:200 1000000 [sh -c echo hello from $GREETING; ulimit -n; exit 3]"
    );
    let o = env.run(&["logs", "from-json"]).ok();
    assert_eq!(o.stdout, "hello from json\n100\n");

    // Created only: the ID is printed and the container waits to be started.
    let o = create_json(
        &env,
        &[],
        &json!({"image": img, "command": ["echo", "later"], "network": ["none"]}),
    )
    .ok();
    let id = o.stdout.trim().to_string();
    assert_eq!(id.len(), 64, "{}", o.stdout);
    let o = env.run(&["inspect", "-f", "{{.State.Status}}", &id]).ok();
    assert_eq!(o.stdout.trim(), "created");
    let o = env.run(&["start", "-a", &id]).ok();
    assert_eq!(o.stdout, "later\n");

    // Detached: like `run -d`.
    let o = create_json(
        &env,
        &["--detach"],
        &json!({"image": img, "command": ["sleep", "30"], "network": ["none"], "name": "bg"}),
    )
    .ok();
    assert_eq!(o.stdout.trim().len(), 64, "{}", o.stdout);
    let o = env.run(&["inspect", "-f", "{{.State.Status}}", "bg"]).ok();
    assert_eq!(o.stdout.trim(), "running");
    env.run(&["rm", "-f", "bg"]).ok();
}

#[test]
fn json_options_are_validated_like_flags() {
    let env = Env::new();
    let img = env.busybox();
    for (opts, msg) in [
        (
            json!({"image": img, "resources": {"memory": "1m"}}),
            "Error: minimum memory limit allowed is 6MB",
        ),
        (
            json!({"image": img, "restart": "always", "rm": true}),
            "Error: the --rm option conflicts with --restart",
        ),
        (
            json!({"image": img, "name": "-bad"}),
            "Error: container name \"-bad\" is invalid",
        ),
        (
            json!({"image": img, "network": ["host", "none"]}),
            "Error: --network host cannot be combined with other networks",
        ),
        (
            json!({"image": img, "memory": "64m"}),
            "Error: reading container options (JSON) from stdin: unknown field `memory`",
        ),
    ] {
        let o = create_json(&env, &["--start"], &opts).code(125);
        assert!(o.stderr.starts_with(msg), "{opts}: {}", o.stderr);
        assert_eq!(o.stderr.trim_end().lines().count(), 1, "{}", o.stderr);
    }
    assert_eq!(
        env.run(&["ps", "-aq"]).ok().stdout,
        "",
        "nothing was created"
    );
}

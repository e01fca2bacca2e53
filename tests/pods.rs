//! Pods: members sharing namespaces (net, ipc, uts) and the pod's published ports; the pod's
//! holder exists only while a member runs. Needs pasta (passt) and /dev/net/tun for the test
//! user, like tests/network.rs.

mod common;
use common::*;
use std::time::{Duration, Instant};

fn alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| {
            let state = s
                .rsplit_once(')')
                .map(|(_, r)| r.trim_start())
                .unwrap_or("");
            !state.starts_with('Z') && !state.starts_with('X')
        })
        .unwrap_or(false)
}

fn holder_pid(env: &Env, pod: &str) -> i32 {
    env.run(&[
        "pod",
        "inspect",
        "--format",
        "{{.InfraConfig.HolderPID}}",
        pod,
    ])
    .ok()
    .stdout
    .trim()
    .parse()
    .unwrap()
}

fn wait_dead(pid: i32) {
    let t = Instant::now();
    while alive(pid) && t.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!alive(pid), "process {pid} is still there");
}

/// Retry `f` for up to 10 s until it gives Some.
fn eventually<T>(mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let t = Instant::now();
    loop {
        if let Some(v) = f() {
            return Some(v);
        }
        if t.elapsed() > Duration::from_secs(10) {
            return None;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn www(env: &Env) -> String {
    let d = env.scratch("www");
    std::fs::write(d.join("index.html"), "hello from the pod\n").unwrap();
    format!("{}:/www", d.display())
}

#[test]
fn members_share_localhost_and_the_pods_ports() {
    let env = Env::new();
    let img = env.busybox();
    let port = free_port();
    let publish = format!("127.0.0.1:{port}:8080");
    let id = env
        .run(&["pod", "create", "--name", "web", "-p", &publish])
        .ok()
        .stdout
        .trim()
        .to_string();
    assert_eq!(id.len(), 64, "{id}");
    // Created, with no member: nothing runs.
    assert_eq!(holder_pid(&env, "web"), 0);
    env.run(&["pod", "exists", "web"]).ok();
    env.run(&["pod", "exists", "nosuch"]).code(1);
    let vol = www(&env);
    env.run(&[
        "run", "-d", "--pod", "web", "--name", "server", "-v", &vol, img, "httpd", "-f", "-p",
        "8080", "-h", "/www",
    ])
    .ok();
    // A second member reaches the first on localhost.
    let o = eventually(|| {
        let o = env.run(&[
            "run",
            "--rm",
            "--pod",
            "web",
            img,
            "sh",
            "-c",
            "echo 'GET / HTTP/1.0' | nc 127.0.0.1 8080; hostname",
        ]);
        o.stdout.contains("hello from the pod").then_some(o)
    })
    .expect("the sidecar reaches the server on localhost");
    assert!(
        o.stdout.ends_with("web\n"),
        "the pod's hostname: {}",
        o.stdout
    );
    // The pod's published port reaches the member.
    let r = eventually(|| {
        let r = http_get(port);
        r.contains("hello from the pod").then_some(r)
    });
    assert!(r.is_some(), "port {port} of the pod");
    // Pod membership as podman shows it.
    let o = env
        .run(&[
            "ps",
            "--pod",
            "--format",
            "{{.Names}} {{.PodName}} {{.Pod}}",
        ])
        .ok();
    assert_eq!(o.stdout, format!("server web {}\n", &id[..12]));
    let o = env.run(&["ps", "--pod"]).ok();
    assert!(o.stdout.contains("PODNAME"), "{}", o.stdout);
    // A member shows the pod's ports; --filter pod= by name or ID.
    for f in ["pod=web", &format!("pod={}", &id[..8])] {
        let o = env
            .run(&["ps", "--filter", f, "--format", "{{.Names}} {{.Ports}}"])
            .ok();
        assert_eq!(o.stdout, format!("server 127.0.0.1:{port}->8080/tcp\n"));
    }
    assert_eq!(
        env.run(&["ps", "--filter", "pod=nosuch", "-q"]).ok().stdout,
        ""
    );
    let o = env.run(&["inspect", "--format", "{{.Pod}}", "server"]).ok();
    assert_eq!(o.stdout.trim(), id);
    let o = env
        .run(&[
            "pod",
            "ps",
            "--format",
            "{{.Name}} {{.Status}} {{.NumberOfContainers}}",
        ])
        .ok();
    assert_eq!(o.stdout, "web Running 1\n");
    let o = env.run(&["pod", "inspect", "web"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["Name"], "web");
    assert_eq!(
        v["SharedNamespaces"],
        serde_json::json!(["ipc", "net", "uts"])
    );
    assert_eq!(
        v["InfraConfig"]["PortBindings"]["8080/tcp"][0]["HostPort"],
        port.to_string()
    );
    let o = env.run(&["pod", "top", "web"]).ok();
    assert!(o.stdout.contains("httpd"), "{}", o.stdout);
    let o = env.run(&["pod", "logs", "web"]).ok();
    assert_eq!(o.stderr, "");

    // stop: the last member's exit releases the namespaces; start brings them back.
    let holder = holder_pid(&env, "web");
    assert!(holder > 0 && alive(holder));
    let o = env.run(&["pod", "stop", "-t", "1", "web"]).ok();
    assert_eq!(o.stdout.trim(), id);
    wait_dead(holder);
    let o = env.run(&["pod", "ps", "--format", "{{.Status}}"]).ok();
    assert_eq!(o.stdout, "Exited\n");
    assert!(
        eventually(|| std::net::TcpStream::connect(("127.0.0.1", port))
            .is_err()
            .then_some(()))
        .is_some(),
        "the pod's port (its pasta) is closed while no member runs"
    );
    env.run(&["pod", "start", "web"]).ok();
    let r = eventually(|| {
        let r = http_get(port);
        r.contains("hello from the pod").then_some(r)
    });
    assert!(r.is_some(), "port {port} after pod start");
    let holder = holder_pid(&env, "web");
    // rm without -f refuses a running pod; with -f everything goes.
    let o = env.run(&["pod", "rm", "web"]).code(125);
    assert!(o.stderr.contains("running"), "{}", o.stderr);
    env.run(&["pod", "rm", "-f", "-t", "1", "web"]).ok();
    wait_dead(holder);
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
    assert_eq!(env.run(&["pod", "ps", "-q"]).ok().stdout, "");
    env.run(&["pod", "rm", "web"]).code(125);
    env.run(&["pod", "rm", "-i", "web"]).ok();
}

#[test]
fn pod_new_and_nothing_left_after_the_last_member() {
    let env = Env::new();
    let img = env.busybox();
    let port = free_port();
    let publish = format!("127.0.0.1:{port}:8080");
    let vol = www(&env);
    env.run(&[
        "run",
        "-d",
        "--pod",
        "new:fresh",
        "-p",
        &publish,
        "--name",
        "srv",
        "-v",
        &vol,
        img,
        "httpd",
        "-f",
        "-p",
        "8080",
        "-h",
        "/www",
    ])
    .ok();
    let r = eventually(|| {
        let r = http_get(port);
        r.contains("hello from the pod").then_some(r)
    });
    assert!(r.is_some(), "the new pod publishes the container's port");
    let o = env
        .run(&[
            "pod",
            "inspect",
            "--format",
            "{{.Name}} {{.NumContainers}}",
            "fresh",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "fresh 1");
    // Ports and networks belong to the pod.
    let o = env
        .run(&[
            "run", "--rm", "--pod", "fresh", "-p", "9999:80", img, "true",
        ])
        .code(125);
    assert!(o.stderr.contains("pod"), "{}", o.stderr);
    env.run(&["run", "--rm", "--pod", "nosuch", img, "true"])
        .code(125);
    let o = env
        .run(&[
            "run", "--rm", "--pod", "fresh", "--userns", "keep-id", img, "true",
        ])
        .code(125);
    assert!(o.stderr.contains("user namespace"), "{}", o.stderr);
    // A member that exits by itself: when it was the last, the holder goes too.
    let holder = holder_pid(&env, "fresh");
    assert!(alive(holder));
    env.run(&[
        "run", "-d", "--pod", "fresh", "--name", "short", img, "sleep", "1",
    ])
    .ok();
    env.run(&["stop", "-t", "0", "srv"]).ok();
    assert!(alive(holder), "a member still runs");
    env.run(&["wait", "short"]).ok();
    wait_dead(holder);
    assert_eq!(holder_pid(&env, "fresh"), 0);
    // --share: pid shared too, members see each other's processes.
    env.run(&["pod", "create", "--name", "pids", "--share", "+pid"])
        .ok();
    env.run(&[
        "run", "-d", "--pod", "pids", "--name", "sleeper", img, "sleep", "300",
    ])
    .ok();
    let o = env
        .run(&["run", "--rm", "--pod", "pids", img, "ps", "-o", "args"])
        .ok();
    assert!(o.stdout.contains("sleep 300"), "{}", o.stdout);
    env.run(&["pod", "kill", "pids"]).ok();
    env.run(&["wait", "sleeper"]).ok();
    let o = env.run(&["pod", "prune", "-f"]).ok();
    assert_eq!(o.lines().len(), 2, "{}", o.stdout);
    assert_eq!(env.run(&["pod", "ps", "-q"]).ok().stdout, "");
}

#[test]
fn a_killed_holder_is_not_replaced_under_running_members() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["pod", "create", "--name", "k"]).ok();
    env.run(&[
        "run", "-d", "--pod", "k", "--name", "k1", img, "sleep", "300",
    ])
    .ok();
    let holder = holder_pid(&env, "k");
    kill9(&[holder]);
    wait_dead(holder);
    // The member still runs in the old namespaces: a new member is refused rather than
    // given new ones.
    let o = env
        .run(&["run", "--rm", "--pod", "k", img, "true"])
        .code(125);
    assert!(o.stderr.contains("lost their holder"), "{}", o.stderr);
    env.run(&["pod", "stop", "-t", "0", "k"]).ok();
    env.run(&["pod", "start", "k"]).ok();
    let o = env
        .run(&["run", "--rm", "--pod", "k", img, "hostname"])
        .ok();
    assert_eq!(o.stdout, "k\n");
    env.run(&["pod", "rm", "-f", "-t", "0", "k"]).ok();
}

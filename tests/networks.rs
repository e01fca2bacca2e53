//! User-defined networks: `network create/ls/inspect/rm/prune/connect/disconnect`, containers
//! finding each other by name and alias, addresses, published ports through the rootless
//! network namespace, and that namespace going away with its last container. Run as the
//! unprivileged test user; every peer is on this machine.

mod common;
use common::*;
use std::net::TcpListener;
use std::time::{Duration, Instant};

/// A directory served by busybox httpd, with one page naming `who`.
fn site(env: &Env, who: &str) -> String {
    let d = env.scratch(&format!("www-{who}"));
    std::fs::write(d.join("index.html"), format!("page of {who}\n")).unwrap();
    d.display().to_string()
}

/// Start a detached web server `name` on `net` serving `site(name)`.
fn web(env: &Env, name: &str, extra: &[&str]) {
    let img = env.busybox().to_string();
    let dir = site(env, name);
    let vol = format!("{dir}:/www:ro");
    let mut args = vec!["run", "-d", "--name", name, "-v", &vol];
    args.extend_from_slice(extra);
    args.extend_from_slice(&[&img, "httpd", "-f", "-p", "80", "-h", "/www"]);
    env.run(&args).ok();
}

/// Fetch `url` from a throw-away container on `net` (busybox wget's own -T crashes).
fn fetch(env: &Env, net: &str, url: &str) -> Out {
    let img = env.busybox().to_string();
    env.run(&[
        "run",
        "--rm",
        "--network",
        net,
        &img,
        "timeout",
        "10",
        "wget",
        "-q",
        "-O-",
        url,
    ])
}

/// The rootless namespace's processes as recorded in its state file (holder, pasta), if any.
fn infra_pids(env: &Env) -> Vec<i32> {
    let p = env.dir.join("runroot/netns/state.json");
    let Ok(t) = std::fs::read_to_string(p) else {
        return Vec::new();
    };
    let v: serde_json::Value = serde_json::from_str(&t).unwrap();
    ["holder_pid", "helper_pid"]
        .iter()
        .filter_map(|k| v[k].as_i64())
        .filter(|p| *p > 0)
        .map(|p| p as i32)
        .collect()
}

/// Whether `pid` is a live (not zombie) process.
fn live(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| {
            let after = s.rsplit_once(')').map(|x| x.1).unwrap_or("");
            !after.trim_start().starts_with('Z')
        })
        .unwrap_or(false)
}

/// Live processes of the test user whose command line contains `needle`.
fn procs_with(needle: &str) -> Vec<i32> {
    let mut v = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        if String::from_utf8_lossy(&cmd).contains(needle) && live(pid) {
            v.push(pid);
        }
    }
    v
}

fn wait_dead(pids: &[i32]) {
    let t = Instant::now();
    while pids.iter().any(|p| live(*p)) && t.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let left: Vec<&i32> = pids.iter().filter(|p| live(**p)).collect();
    assert!(left.is_empty(), "still running: {left:?}");
}

#[test]
fn containers_reach_each_other_by_name_and_alias() {
    let env = Env::new();
    let img = env.busybox().to_string();
    env.run(&["network", "create", "appnet"]).ok();
    web(
        &env,
        "web",
        &["--network", "appnet", "--network-alias", "www"],
    );
    let o = fetch(&env, "appnet", "http://web/").ok();
    assert_eq!(o.stdout, "page of web\n");
    let o = fetch(&env, "appnet", "http://www/").ok();
    assert_eq!(o.stdout, "page of web\n");
    // Each running member's /etc/hosts names the others, and forgets those that leave.
    env.run(&[
        "run",
        "-d",
        "--name",
        "client",
        "--network",
        "appnet",
        &img,
        "sleep",
        "60",
    ])
    .ok();
    let hosts = env.run(&["exec", "web", "cat", "/etc/hosts"]).ok().stdout;
    assert!(
        hosts
            .lines()
            .any(|l| l.split_whitespace().nth(1) == Some("client")),
        "{hosts}"
    );
    let hosts = env
        .run(&["exec", "client", "cat", "/etc/hosts"])
        .ok()
        .stdout;
    let line = hosts
        .lines()
        .find(|l| l.split_whitespace().nth(1) == Some("web"))
        .unwrap_or_else(|| panic!("{hosts}"));
    assert!(line.split_whitespace().any(|w| w == "www"), "{line}");
    assert!(line.starts_with("10.89."), "{line}");
    // Its own name resolves to its own address.
    let own = env
        .run(&["inspect", "-f", "{{.NetworkSettings.IPAddress}}", "client"])
        .ok()
        .stdout;
    assert!(
        hosts.contains(&format!("{}\t", own.trim())) && !own.trim().is_empty(),
        "{own} / {hosts}"
    );
    env.run(&["rm", "-f", "client"]).ok();
    let hosts = env.run(&["exec", "web", "cat", "/etc/hosts"]).ok().stdout;
    assert!(!hosts.contains("client"), "{hosts}");
    // A container on another network does not see these names.
    env.run(&["network", "create", "other"]).ok();
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "other",
            &img,
            "cat",
            "/etc/hosts",
        ])
        .ok();
    assert!(!o.stdout.contains("web"), "{}", o.stdout);
    env.run(&["rm", "-f", "web"]).ok();
}

#[test]
fn network_commands() {
    let env = Env::new();
    let img = env.busybox().to_string();
    let o = env
        .run(&[
            "network",
            "create",
            "--subnet",
            "172.20.16.0/24",
            "--gateway",
            "172.20.16.1",
            "--label",
            "tier=back",
            "my_net",
        ])
        .ok();
    assert_eq!(o.stdout, "my_net\n");
    let o = env.run(&["network", "create", "my_net"]).code(125);
    assert!(o.stderr.contains("already exists"), "{}", o.stderr);
    env.run(&["network", "create", "--ignore", "my_net"]).ok();
    let o = env
        .run(&["network", "create", "--driver", "overlay", "ov"])
        .code(125);
    assert!(
        o.stderr.contains("unsupported driver overlay"),
        "{}",
        o.stderr
    );
    let o = env
        .run(&["network", "create", "--subnet", "172.20.16.128/25", "clash"])
        .code(125);
    assert!(o.stderr.contains("already used"), "{}", o.stderr);
    // Without --subnet: the first free /24 of 10.89.0.0/16.
    env.run(&["network", "create", "auto"]).ok();
    let o = env
        .run(&[
            "network",
            "inspect",
            "--format",
            "{{range .subnets}}{{.subnet}} {{.gateway}}{{end}}",
            "auto",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "10.89.0.0/24 10.89.0.1");

    let o = env.run(&["network", "ls"]).ok();
    let lines = o.lines();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["NETWORK", "ID", "NAME", "DRIVER"]
    );
    for n in ["podman", "my_net", "auto"] {
        assert!(
            lines.iter().any(|l| l.split_whitespace().nth(1) == Some(n)),
            "{}",
            o.stdout
        );
    }
    let o = env
        .run(&[
            "network",
            "ls",
            "--format",
            "{{.Name}}",
            "--filter",
            "label=tier=back",
        ])
        .ok();
    assert_eq!(o.stdout, "my_net\n");
    env.run(&["network", "exists", "my_net"]).ok();
    env.run(&["network", "exists", "nope"]).code(1);

    env.run(&[
        "run",
        "-d",
        "--name",
        "c1",
        "--network",
        "my_net",
        &img,
        "sleep",
        "60",
    ])
    .ok();
    let o = env.run(&["network", "inspect", "my_net"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let n = &v[0];
    assert_eq!(n["name"], "my_net");
    assert_eq!(n["driver"], "bridge");
    assert_eq!(n["subnets"][0]["subnet"], "172.20.16.0/24");
    assert_eq!(n["subnets"][0]["gateway"], "172.20.16.1");
    assert_eq!(n["labels"]["tier"], "back");
    assert_eq!(n["dns_enabled"], true);
    let ctrs = n["containers"].as_object().unwrap();
    assert_eq!(ctrs.len(), 1, "{}", o.stdout);
    let c = ctrs.values().next().unwrap();
    assert_eq!(c["name"], "c1");
    assert_eq!(
        c["interfaces"]["eth0"]["subnets"][0]["ipnet"],
        "172.20.16.2/24"
    );
    // In use: refused, and nothing removed.
    let o = env.run(&["network", "rm", "my_net"]).code(125);
    assert!(o.stderr.contains("network is being used"), "{}", o.stderr);
    env.run(&["network", "exists", "my_net"]).ok();
    let o = env.run(&["network", "rm", "podman"]).code(125);
    assert!(o.stderr.contains("cannot be removed"), "{}", o.stderr);
    // prune removes only the unused ones.
    let o = env.run(&["network", "prune", "-f"]).ok();
    assert_eq!(o.stdout, "auto\n");
    env.run(&["network", "exists", "auto"]).code(1);
    // rm -f removes the containers using it too.
    let o = env.run(&["network", "rm", "-f", "my_net"]).ok();
    assert_eq!(o.stdout, "my_net\n");
    let o = env.run(&["ps", "-aq"]).ok();
    assert_eq!(o.stdout, "");
    let o = env
        .run(&["run", "--rm", "--network", "gone", &img, "true"])
        .code(125);
    assert!(o.stderr.contains("network not found"), "{}", o.stderr);
}

#[test]
fn static_addresses_and_no_collisions() {
    let env = Env::new();
    let img = env.busybox().to_string();
    env.run(&["network", "create", "--subnet", "10.90.1.0/24", "fixed"])
        .ok();
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "fixed",
            "--ip",
            "10.90.1.50",
            "--mac-address",
            "92:d0:c6:0a:29:33",
            &img,
            "ip",
            "addr",
            "show",
            "eth0",
        ])
        .ok();
    assert!(o.stdout.contains("inet 10.90.1.50/24"), "{}", o.stdout);
    assert!(o.stdout.contains("92:d0:c6:0a:29:33"), "{}", o.stdout);
    env.run(&[
        "run",
        "-d",
        "--name",
        "s",
        "--network",
        "fixed",
        "--ip",
        "10.90.1.50",
        &img,
        "sleep",
        "60",
    ])
    .ok();
    let o = env
        .run(&[
            "inspect",
            "-f",
            "{{.NetworkSettings.IPAddress}} {{.NetworkSettings.Gateway}}",
            "s",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "10.90.1.50 10.90.1.1");
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "fixed",
            "--ip",
            "10.90.1.50",
            &img,
            "true",
        ])
        .code(125);
    assert!(o.stderr.contains("already allocated"), "{}", o.stderr);
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "fixed",
            "--ip",
            "10.91.0.5",
            &img,
            "true",
        ])
        .code(125);
    assert!(o.stderr.contains("not in subnet"), "{}", o.stderr);
    // Concurrent runs get distinct addresses.
    let handles: Vec<_> = (0..6)
        .map(|i| {
            let c = env.cmd(&[
                "run",
                "-d",
                "--name",
                &format!("p{i}"),
                "--network",
                "fixed",
                &img,
                "sleep",
                "60",
            ]);
            std::thread::spawn(move || run_cmd(c, None))
        })
        .collect();
    for h in handles {
        h.join().unwrap().ok();
    }
    let mut ips = Vec::new();
    for i in 0..6 {
        let o = env
            .run(&[
                "exec",
                &format!("p{i}"),
                "ip",
                "-4",
                "-o",
                "addr",
                "show",
                "eth0",
            ])
            .ok();
        let ip = o
            .stdout
            .split_whitespace()
            .find(|w| w.starts_with("10.90.1."))
            .unwrap_or_else(|| panic!("{}", o.stdout))
            .to_string();
        ips.push(ip);
    }
    ips.push("10.90.1.50/24".into());
    let mut uniq = ips.clone();
    uniq.sort();
    uniq.dedup();
    assert_eq!(uniq.len(), ips.len(), "{ips:?}");
    env.run(&["rm", "-af"]).ok();
}

#[test]
fn published_ports_reach_a_container_on_a_network() {
    let env = Env::new();
    env.run(&["network", "create", "pub"]).ok();
    let port = free_port();
    let spec = format!("127.0.0.1:{port}:80");
    web(&env, "front", &["--network", "pub", "-p", &spec]);
    let body = http_get(port);
    assert!(body.contains("page of front"), "{body}");
    let o = env.run(&["port", "front"]).ok();
    assert_eq!(o.stdout, format!("80/tcp -> 127.0.0.1:{port}\n"));
    // The port is taken now: a second container asking for it fails and leaves nothing.
    let img = env.busybox().to_string();
    let o = env
        .run(&[
            "run",
            "-d",
            "--name",
            "second",
            "--network",
            "pub",
            "-p",
            &spec,
            &img,
            "sleep",
            "60",
        ])
        .code(125);
    assert!(o.stderr.contains("address already in use"), "{}", o.stderr);
    let forwarders = procs_with("rootless-port-forwarder");
    env.run(&["rm", "-f", "front", "second"]).ok();
    wait_dead(&forwarders);
    assert!(TcpListener::bind(("127.0.0.1", port)).is_ok());
}

#[test]
fn connect_and_disconnect_a_second_network() {
    let env = Env::new();
    env.run(&["network", "create", "--subnet", "10.92.0.0/24", "front"])
        .ok();
    env.run(&["network", "create", "--subnet", "10.93.0.0/24", "back"])
        .ok();
    web(&env, "app", &["--network", "front"]);
    let o = env
        .run(&["network", "connect", "--alias", "api", "back", "app"])
        .ok();
    assert_eq!(o.stdout, "");
    let o = env.run(&["exec", "app", "ip", "-4", "-o", "addr"]).ok();
    assert!(
        o.stdout.contains("eth0") && o.stdout.contains("10.92.0."),
        "{}",
        o.stdout
    );
    assert!(
        o.stdout.contains("eth1") && o.stdout.contains("10.93.0."),
        "{}",
        o.stdout
    );
    let o = fetch(&env, "back", "http://api/").ok();
    assert_eq!(o.stdout, "page of app\n");
    let o = fetch(&env, "front", "http://app/").ok();
    assert_eq!(o.stdout, "page of app\n");
    let o = env
        .run(&[
            "inspect",
            "-f",
            "{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}",
            "app",
        ])
        .ok();
    assert!(
        o.stdout.contains("back=10.93.0.") && o.stdout.contains("front=10.92.0."),
        "{}",
        o.stdout
    );
    let o = env.run(&["network", "connect", "back", "app"]).code(125);
    assert!(o.stderr.contains("already connected"), "{}", o.stderr);
    env.run(&["network", "disconnect", "back", "app"]).ok();
    let o = env.run(&["exec", "app", "ip", "-4", "-o", "addr"]).ok();
    assert!(!o.stdout.contains("eth1"), "{}", o.stdout);
    let img = env.busybox().to_string();
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "back",
            &img,
            "cat",
            "/etc/hosts",
        ])
        .ok();
    assert!(!o.stdout.contains("api"), "{}", o.stdout);
    // Several networks at run time.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "front",
            "--network",
            "back",
            &img,
            "ip",
            "-4",
            "-o",
            "addr",
        ])
        .ok();
    assert!(
        o.stdout.contains("10.92.0.") && o.stdout.contains("10.93.0."),
        "{}",
        o.stdout
    );
    // A container not on networks cannot be connected.
    env.run(&[
        "run",
        "-d",
        "--name",
        "solo",
        "--network",
        "none",
        &img,
        "sleep",
        "60",
    ])
    .ok();
    env.run(&["network", "connect", "back", "solo"]).code(125);
    env.run(&["rm", "-af"]).ok();
}

#[test]
fn outbound_internal_and_the_namespace_lifetime() {
    let env = Env::new();
    let img = env.busybox().to_string();
    env.run(&["network", "create", "out"]).ok();
    env.run(&["network", "create", "--internal", "sealed"]).ok();
    // Out through pasta: the host's loopback as host.containers.internal.
    let (port, t) = accept_once("127.0.0.1:0");
    env.run(&[
        "run",
        "--rm",
        "--network",
        "out",
        &img,
        "sh",
        "-c",
        &format!("echo from-a-network | nc -w 5 host.containers.internal {port}"),
    ])
    .ok();
    assert_eq!(t.join().unwrap(), "from-a-network\n");
    // An internal network has no default route.
    let o = env
        .run(&["run", "--rm", "--network", "sealed", &img, "ip", "route"])
        .ok();
    assert!(!o.stdout.contains("default"), "{}", o.stdout);
    assert!(o.stdout.contains("dev eth0"), "{}", o.stdout);
    // Nothing stays after the foreground runs.
    assert!(infra_pids(&env).is_empty());
    // The namespace lives while any container uses it, and goes with the last one.
    env.run(&[
        "run",
        "-d",
        "--name",
        "a",
        "--network",
        "out",
        &img,
        "sleep",
        "60",
    ])
    .ok();
    env.run(&[
        "run",
        "-d",
        "--name",
        "b",
        "--network",
        "sealed",
        &img,
        "sleep",
        "60",
    ])
    .ok();
    let pids = infra_pids(&env);
    assert!(!pids.is_empty());
    assert!(pids.iter().all(|p| live(*p)), "{pids:?}");
    env.run(&["rm", "-f", "a"]).ok();
    assert!(pids.iter().all(|p| live(*p)), "{pids:?}");
    env.run(&["rm", "-f", "b"]).ok();
    wait_dead(&pids);
    // A container that exits by itself also takes the namespace with it.
    env.run(&[
        "run",
        "-d",
        "--name",
        "c",
        "--network",
        "out",
        &img,
        "sleep",
        "1",
    ])
    .ok();
    let pids = infra_pids(&env);
    assert!(!pids.is_empty());
    env.run(&["wait", "c"]).ok();
    wait_dead(&pids);
    env.run(&["rm", "c"]).ok();
}

#[test]
fn udp_published_on_a_network() {
    let env = Env::new();
    let img = env.busybox().to_string();
    env.run(&["network", "create", "udpnet"]).ok();
    // busybox nc has no UDP: the host's perl echoes datagrams inside the container.
    let server = "$s = IO::Socket::INET->new(LocalPort => 5000, Proto => 'udp') or die $!; \
                  while (1) { $p = $s->recv($m, 100); $s->send(\"echo:$m\", 0, $p) }";
    let port = std::net::UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let publish = format!("127.0.0.1:{port}:5000/udp");
    env.run(&[
        "run",
        "-d",
        "--name",
        "echo",
        "--network",
        "udpnet",
        "-p",
        &publish,
        "-v",
        "/usr:/usr:ro",
        "-v",
        "/usr/lib64:/lib64:ro",
        "-v",
        "/usr/lib:/lib:ro",
        &img,
        "/usr/bin/perl",
        "-MIO::Socket::INET",
        "-e",
        server,
    ])
    .ok();
    let s = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    s.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let t = Instant::now();
    let got = loop {
        s.send_to(b"udp-hello", ("127.0.0.1", port)).unwrap();
        let mut buf = [0u8; 100];
        if let Ok((n, _)) = s.recv_from(&mut buf) {
            break String::from_utf8_lossy(&buf[..n]).into_owned();
        }
        assert!(t.elapsed() < Duration::from_secs(10), "no UDP answer");
    };
    assert_eq!(got, "echo:udp-hello");
    env.run(&["rm", "-f", "echo"]).ok();
}

#[test]
fn failures_and_killed_monitors_leave_nothing_behind() {
    let env = Env::new();
    let img = env.busybox().to_string();
    env.run(&["network", "create", "n"]).ok();
    // A command that cannot start: 127, and the namespace is gone again.
    env.run(&["run", "--rm", "--network", "n", &img, "/nonexistent"])
        .code(127);
    assert!(infra_pids(&env).is_empty());
    // The default network, also as `bridge`.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "bridge",
            &img,
            "ip",
            "-4",
            "-o",
            "addr",
            "show",
            "eth0",
        ])
        .ok();
    assert!(o.stdout.contains("inet 10.88.0."), "{}", o.stdout);
    // Monitor and container killed outright: the next command notices, and the namespace,
    // its pasta and the port forwarder go.
    let spec = format!("127.0.0.1:{}:80", free_port());
    env.run(&[
        "run",
        "-d",
        "--name",
        "k",
        "--network",
        "n",
        "-p",
        &spec,
        &img,
        "sleep",
        "60",
    ])
    .ok();
    let mut pids = infra_pids(&env);
    assert!(!pids.is_empty());
    let o = env
        .run(&["inspect", "--format", "{{.State.Pid}}", "k"])
        .ok();
    let pid: i32 = o.stdout.trim().parse().unwrap();
    let monitor = parent_of(pid);
    let fwd: Vec<i32> = procs_with("rootless-port-forwarder")
        .into_iter()
        .filter(|p| {
            std::fs::read_to_string(format!("/proc/{p}/status"))
                .unwrap_or_default()
                .contains(&format!("PPid:\t{monitor}\n"))
        })
        .collect();
    assert_eq!(fwd.len(), 1, "{fwd:?}");
    pids.extend(fwd);
    kill9(&[monitor, pid]);
    std::thread::sleep(Duration::from_millis(300));
    let o = env
        .run(&["ps", "-a", "--format", "{{.Names}} {{.State}}"])
        .ok();
    assert_eq!(o.stdout, "k exited\n");
    wait_dead(&pids);
    env.run(&["rm", "k"]).ok();
}

/// Answer DNS queries on the host's 127.0.0.1:53 (the test runs as root): every A query gets
/// 203.0.113.7, anything else an empty answer. Returns the number of A queries answered.
fn fake_dns(stop: std::sync::Arc<std::sync::atomic::AtomicBool>) -> std::thread::JoinHandle<usize> {
    let s = std::net::UdpSocket::bind("127.0.0.1:53").expect("binding 127.0.0.1:53 (needs root)");
    s.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    std::thread::spawn(move || {
        let mut answered = 0;
        let mut buf = [0u8; 512];
        while !stop.load(std::sync::atomic::Ordering::SeqCst) {
            let Ok((n, peer)) = s.recv_from(&mut buf) else {
                continue;
            };
            let q = &buf[12..n];
            let Some(end) = q.iter().position(|b| *b == 0).map(|i| i + 5) else {
                continue;
            };
            let qtype = u16::from_be_bytes([q[end - 4], q[end - 3]]);
            let mut r = buf[..2].to_vec();
            r.extend_from_slice(&[0x81, 0x80, 0, 1, 0, u8::from(qtype == 1), 0, 0, 0, 0]);
            r.extend_from_slice(&q[..end]);
            if qtype == 1 {
                r.extend_from_slice(&[0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 203, 0, 113, 7]);
                answered += 1;
            }
            let _ = s.send_to(&r, peer);
        }
        answered
    })
}

#[test]
fn external_names_resolve_through_the_hosts_resolver() {
    let env = Env::new();
    let img = env.busybox().to_string();
    env.run(&["network", "create", "dnsnet"]).ok();
    // The container's resolv.conf is the host's, as with pasta.
    let on_net = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "dnsnet",
            &img,
            "cat",
            "/etc/resolv.conf",
        ])
        .ok();
    let pasta = env
        .run(&["run", "--rm", &img, "cat", "/etc/resolv.conf"])
        .ok();
    assert_eq!(on_net.stdout, pasta.stdout);
    // A resolver on the host (reached as the gateway, which pasta maps to the host's
    // loopback) answers a name from inside a container on the network.
    let gw = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "dnsnet",
            &img,
            "sh",
            "-c",
            "grep host.containers.internal /etc/hosts",
        ])
        .ok()
        .stdout
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let dns = fake_dns(stop.clone());
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "dnsnet",
            "--dns",
            &gw,
            &img,
            "nslookup",
            "db.example.test",
        ])
        .ok();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(dns.join().unwrap() >= 1);
    assert!(o.stdout.contains("203.0.113.7"), "{}", o.stdout);
}

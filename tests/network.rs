//! Rootless networking: pasta/slirp4netns helpers, published ports, resolv.conf and hosts.
//! Needs /usr/bin/pasta (passt) and /usr/bin/slirp4netns, and /dev/net/tun usable by the test
//! user. There is no internet: every peer is a listener this test starts on the host.

mod common;
use common::*;
use std::net::{TcpListener, UdpSocket};
use std::time::{Duration, Instant};

/// The host's address on the interface with the default route (what slirp4netns reaches).
fn host_addr() -> String {
    let route = std::fs::read_to_string("/proc/net/route").unwrap();
    let gw = route
        .lines()
        .skip(1)
        .find_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f[1] == "00000000").then(|| u32::from_str_radix(f[2], 16).unwrap().swap_bytes())
        })
        .expect("the host needs a default route");
    let s = UdpSocket::bind("0.0.0.0:0").unwrap();
    s.connect((std::net::Ipv4Addr::from(gw), 9)).unwrap();
    s.local_addr().unwrap().ip().to_string()
}

/// Live (not zombie) pasta/slirp4netns processes of the test user.
fn helpers(env: &Env) -> Vec<String> {
    let uid = env.user.as_ref().map(|u| u.uid).unwrap_or(0);
    let mut v = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let p = e.path();
        let Ok(status) = std::fs::read_to_string(p.join("status")) else {
            continue;
        };
        let field = |k: &str| {
            status
                .lines()
                .find(|l| l.starts_with(k))
                .map(|l| l[k.len()..].trim().to_string())
                .unwrap_or_default()
        };
        let name = field("Name:");
        let state = field("State:");
        let owner: u32 = field("Uid:")
            .split_whitespace()
            .next()
            .and_then(|u| u.parse().ok())
            .unwrap_or(u32::MAX);
        if owner == uid
            && !state.starts_with('Z')
            && (name.starts_with("pasta") || name.starts_with("passt") || name == "slirp4netns")
        {
            let cmd = std::fs::read(p.join("cmdline")).unwrap_or_default();
            let ppid = field("PPid:");
            let parent = std::fs::read(format!("/proc/{ppid}/cmdline")).unwrap_or_default();
            v.push(format!(
                "{} (parent: {})",
                String::from_utf8_lossy(&cmd).replace('\0', " "),
                String::from_utf8_lossy(&parent).replace('\0', " ")
            ));
        }
    }
    v
}

/// Helpers started for this Env's store (their own or their monitor's command line names
/// its root).
fn helpers_of(env: &Env) -> Vec<String> {
    let root = env.dir.join("root").display().to_string();
    helpers(env)
        .into_iter()
        .filter(|c| c.contains(&root))
        .collect()
}

fn wait_gone(env: &Env) {
    let t = Instant::now();
    while !helpers_of(env).is_empty() && t.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(helpers_of(env).is_empty(), "left: {:?}", helpers_of(env));
}

fn www(env: &Env) -> String {
    let d = env.scratch("www");
    std::fs::write(d.join("index.html"), "hello from the container\n").unwrap();
    d.display().to_string()
}

#[test]
fn default_is_pasta_and_reaches_the_host() {
    let env = Env::new();
    let img = env.busybox();
    // pasta maps the gateway address (host.containers.internal) to the host's loopback.
    let (port, t) = accept_once("127.0.0.1:0");
    let o = env
        .run(&[
            "run",
            "--rm",
            img,
            "sh",
            "-c",
            &format!("echo via-pasta | nc -w 5 host.containers.internal {port}; ip addr"),
        ])
        .ok();
    assert_eq!(t.join().unwrap(), "via-pasta\n");
    assert!(o.stdout.contains("eth0"), "{}", o.stdout);
    let o = env.run(&["run", "--rm", img, "cat", "/etc/hosts"]).ok();
    assert!(
        o.stdout.contains("host.containers.internal"),
        "{}",
        o.stdout
    );
    wait_gone(&env);
}

#[test]
fn slirp4netns_reaches_the_host_address() {
    let env = Env::new();
    let img = env.busybox();
    let (port, t) = accept_once("0.0.0.0:0");
    let o = env
        .run(&[
            "run",
            "--rm",
            "--net",
            "slirp4netns",
            img,
            "sh",
            "-c",
            &format!(
                "echo via-slirp | nc -w 5 {} {port}; ip addr; cat /etc/resolv.conf /etc/hosts",
                host_addr()
            ),
        ])
        .ok();
    assert_eq!(t.join().unwrap(), "via-slirp\n");
    assert!(o.stdout.contains("10.0.2.100"), "{}", o.stdout);
    assert!(o.stdout.contains("nameserver 10.0.2.3"), "{}", o.stdout);
    assert!(
        o.stdout
            .contains(&format!("{}\thost.containers.internal", host_addr())),
        "{}",
        o.stdout
    );
    wait_gone(&env);
}

#[test]
fn network_mode_values() {
    let env = Env::new();
    let img = env.busybox();
    for (mode, want) in [
        ("pasta", "pasta"),
        ("slirp4netns:mtu=1500", "slirp4netns"),
        ("private", "bridge"),
        ("none", "none"),
    ] {
        env.run(&[
            "create",
            "--name",
            mode.split(':').next().unwrap(),
            "--network",
            mode,
            img,
            "true",
        ])
        .ok();
        let o = env
            .run(&[
                "inspect",
                "--format",
                "{{.HostConfig.NetworkMode}}",
                mode.split(':').next().unwrap(),
            ])
            .ok();
        assert_eq!(o.stdout.trim(), want);
    }
    let o = env
        .run(&["run", "--rm", "--network", "none:x", img, "true"])
        .code(125);
    assert!(o.stderr.contains("none"), "{}", o.stderr);
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "slirp4netns:bogus=1",
            img,
            "true",
        ])
        .code(125);
    assert!(o.stderr.contains("bogus"), "{}", o.stderr);
    wait_gone(&env);
    let o = env
        .run(&[
            "run",
            "--rm",
            "-p",
            "8080:80",
            "--network",
            "none",
            img,
            "true",
        ])
        .code(125);
    assert!(o.stderr.contains("publish"), "{}", o.stderr);
}

#[test]
fn publish_tcp_on_loopback_with_pasta_and_slirp() {
    let env = Env::new();
    let img = env.busybox();
    let www = www(&env);
    for net in ["pasta", "slirp4netns"] {
        let port = free_port();
        let publish = format!("127.0.0.1:{port}:80");
        let vol = format!("{www}:/www");
        env.run(&[
            "run", "-d", "--name", net, "--net", net, "-p", &publish, "-v", &vol, img, "httpd",
            "-f", "-p", "80", "-h", "/www",
        ])
        .ok();
        let r = http_get(port);
        assert!(r.contains("hello from the container"), "{net}: {r}");
        let o = env.run(&["port", net]).ok();
        assert_eq!(o.stdout, format!("80/tcp -> 127.0.0.1:{port}\n"));
        let o = env.run(&["port", net, "80/tcp"]).ok();
        assert_eq!(o.stdout, format!("127.0.0.1:{port}\n"));
        env.run(&["port", net, "81"]).code(125);
        let o = env.run(&["ps", "--format", "{{.Ports}}"]).ok();
        assert!(
            o.stdout.contains(&format!("127.0.0.1:{port}->80/tcp")),
            "{}",
            o.stdout
        );
        let o = env.run(&["ps"]).ok();
        assert!(o.stdout.contains("PORTS"), "{}", o.stdout);
        assert!(
            o.stdout.contains(&format!("127.0.0.1:{port}->80/tcp")),
            "{}",
            o.stdout
        );
        let o = env
            .run(&[
                "inspect",
                "--format",
                "{{json .NetworkSettings.Ports}}",
                net,
            ])
            .ok();
        let v: serde_json::Value = serde_json::from_str(o.stdout.trim()).unwrap();
        assert_eq!(v["80/tcp"][0]["HostIp"], "127.0.0.1");
        assert_eq!(v["80/tcp"][0]["HostPort"], port.to_string());
        assert_eq!(helpers_of(&env).len(), 1, "{:?}", helpers_of(&env));
        env.run(&["stop", "-t", "1", net]).ok();
        wait_gone(&env);
        // The ports are remembered: a restart publishes them again.
        let o = env.run(&["start", net]);
        if o.code != 0 {
            let ss = std::process::Command::new("ss")
                .arg("-tanpe")
                .output()
                .unwrap();
            panic!(
                "{net}: {}\n{}",
                o.stderr,
                String::from_utf8_lossy(&ss.stdout)
            );
        }
        assert!(http_get(port).contains("hello from the container"));
        env.run(&["rm", "-f", net]).ok();
        wait_gone(&env);
    }
}

#[test]
fn publish_range_and_all_addresses() {
    let env = Env::new();
    let img = env.busybox();
    let www = www(&env);
    // Two consecutive free ports.
    let base = loop {
        let p = free_port();
        if p < 65000 && TcpListener::bind(("0.0.0.0", p + 1)).is_ok() {
            break p;
        }
    };
    let publish = format!("{base}-{}:8000-8001", base + 1);
    let vol = format!("{www}:/www");
    env.run(&[
        "run",
        "-d",
        "--name",
        "r",
        "-p",
        &publish,
        "-v",
        &vol,
        img,
        "sh",
        "-c",
        "httpd -p 8000 -h /www; httpd -f -p 8001 -h /www",
    ])
    .ok();
    assert!(http_get(base).contains("hello"));
    assert!(http_get(base + 1).contains("hello"));
    let o = env.run(&["ps", "--format", "{{.Ports}}"]).ok();
    assert_eq!(
        o.stdout.trim(),
        format!("0.0.0.0:{base}-{}->8000-8001/tcp", base + 1)
    );
    let o = env.run(&["port", "r"]).ok();
    assert_eq!(
        o.stdout,
        format!(
            "8000/tcp -> 0.0.0.0:{base}\n8001/tcp -> 0.0.0.0:{}\n",
            base + 1
        )
    );
    env.run(&["rm", "-f", "r"]).ok();
    wait_gone(&env);
}

#[test]
fn publish_all_uses_exposed_ports() {
    let env = Env::new();
    let tar = busybox_tar();
    env.run(&[
        "import",
        "-c",
        "EXPOSE 80",
        tar.to_str().unwrap(),
        "localhost/web:latest",
    ])
    .ok();
    let www = www(&env);
    let vol = format!("{www}:/www");
    env.run(&[
        "run",
        "-d",
        "--name",
        "w",
        "-P",
        "-v",
        &vol,
        "localhost/web",
        "httpd",
        "-f",
        "-p",
        "80",
        "-h",
        "/www",
    ])
    .ok();
    let o = env.run(&["port", "w", "80"]).ok();
    let hostport: u16 = o.stdout.trim().rsplit_once(':').unwrap().1.parse().unwrap();
    assert!(o.stdout.starts_with("0.0.0.0:"), "{}", o.stdout);
    assert!(http_get(hostport).contains("hello"));
    env.run(&["rm", "-f", "w"]).ok();
    wait_gone(&env);
}

#[test]
fn publish_udp() {
    let env = Env::new();
    let img = env.busybox();
    // busybox nc has no UDP: the host's perl answers one datagram inside the container.
    let server = "$s = IO::Socket::INET->new(LocalPort => 5000, Proto => 'udp') or die $!; \
                  while (1) { $p = $s->recv($m, 100); $s->send(\"echo:$m\", 0, $p) }";
    for net in ["pasta", "slirp4netns"] {
        let port = UdpSocket::bind("0.0.0.0:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        // All addresses, reached at the host's address: this pasta (2023-03) delivers
        // datagrams from the host's loopback but loses the replies.
        let publish = format!("{port}:5000/udp");
        env.run(&[
            "run",
            "-d",
            "--name",
            net,
            "--net",
            net,
            "-p",
            &publish,
            "-v",
            "/usr:/usr:ro",
            "-v",
            "/usr/lib64:/lib64:ro",
            "-v",
            "/usr/lib:/lib:ro",
            img,
            "/usr/bin/perl",
            "-MIO::Socket::INET",
            "-e",
            server,
        ])
        .ok();
        let s = UdpSocket::bind("0.0.0.0:0").unwrap();
        s.set_read_timeout(Some(Duration::from_millis(300)))
            .unwrap();
        let dest = (host_addr(), port);
        let t = Instant::now();
        let got = loop {
            s.send_to(b"udp-hello", (dest.0.as_str(), dest.1)).unwrap();
            let mut buf = [0u8; 100];
            if let Ok((n, _)) = s.recv_from(&mut buf) {
                break String::from_utf8_lossy(&buf[..n]).into_owned();
            }
            assert!(t.elapsed() < Duration::from_secs(10), "{net}: no answer");
        };
        assert_eq!(got, "echo:udp-hello");
        let o = env.run(&["port", net]).ok();
        assert_eq!(o.stdout, format!("5000/udp -> 0.0.0.0:{port}\n"));
        env.run(&["rm", "-f", net]).ok();
        wait_gone(&env);
    }
}

#[test]
fn port_conflict_fails_cleanly() {
    let env = Env::new();
    let img = env.busybox();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    for net in ["pasta", "slirp4netns"] {
        for detach in [false, true] {
            let publish = format!("127.0.0.1:{port}:80");
            let mut args = vec!["run", "--net", net, "-p", &publish];
            if detach {
                args.push("-d");
            }
            args.extend([img, "sleep", "30"]);
            let o = env.run(&args).code(125);
            let line = o.stderr.trim();
            assert_eq!(line.lines().count(), 1, "{line}");
            assert!(
                line.contains(&format!("127.0.0.1:{port}"))
                    && line.contains("address already in use"),
                "{line}"
            );
            let o = env.run(&["ps", "-q"]).ok();
            assert_eq!(o.stdout.trim(), "", "a container is running");
            wait_gone(&env);
        }
    }
    // A busy port in all-addresses form too.
    let any = TcpListener::bind("0.0.0.0:0").unwrap();
    let p2 = any.local_addr().unwrap().port();
    let o = env
        .run(&["run", "--rm", "-p", &format!("{p2}:80"), img, "true"])
        .code(125);
    assert!(o.stderr.contains(&format!("0.0.0.0:{p2}")), "{}", o.stderr);
    wait_gone(&env);
    // A bad publish spec is refused before anything is created.
    env.run(&["run", "--rm", "-p", "70000:80", img, "true"])
        .code(125);
    env.run(&["run", "--rm", "-p", "80/sctp", img, "true"])
        .code(125);
    let o = env.run(&["ps", "-aq"]).ok();
    assert_eq!(o.stdout.lines().count(), 4, "{}", o.stdout);
}

#[test]
fn helper_does_not_outlive_the_container() {
    let env = Env::new();
    let img = env.busybox();
    for net in ["pasta", "slirp4netns"] {
        // Foreground, exiting by itself.
        env.run(&["run", "--rm", "--net", net, img, "true"]).ok();
        wait_gone(&env);
        // A failed start (no such command) leaves no helper either.
        env.run(&["run", "--rm", "--net", net, img, "/nonexistent"])
            .code(127);
        wait_gone(&env);
        // Detached, removed by force.
        env.run(&["run", "-d", "--name", "d", "--net", net, img, "sleep", "60"])
            .ok();
        assert_eq!(helpers_of(&env).len(), 1, "{:?}", helpers_of(&env));
        env.run(&["rm", "-f", "d"]).ok();
        wait_gone(&env);
        // The monitor and the container killed outright: slirp4netns sees its exit fd close;
        // a pasta is terminated by the next command that notices the container is gone.
        env.run(&["run", "-d", "--name", "k", "--net", net, img, "sleep", "60"])
            .ok();
        let o = env
            .run(&["inspect", "--format", "{{.State.Pid}}", "k"])
            .ok();
        let pid: i32 = o.stdout.trim().parse().unwrap();
        let monitor = parent_of(pid);
        kill9(&[monitor, pid]);
        std::thread::sleep(Duration::from_millis(300));
        let o = env
            .run(&["ps", "-a", "--format", "{{.Names}} {{.State}}"])
            .ok();
        assert_eq!(o.stdout, "k exited\n");
        wait_gone(&env);
        env.run(&["rm", "k"]).ok();
    }
}

#[test]
fn dns_and_hosts_flags() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&[
            "run",
            "--rm",
            "--name",
            "named",
            "--hostname",
            "h",
            "--dns",
            "9.9.9.9",
            "--dns-search",
            "example",
            "--dns-option",
            "ndots:2",
            "--add-host",
            "name:1.2.3.4",
            img,
            "sh",
            "-c",
            "cat /etc/resolv.conf; echo ---; cat /etc/hosts; echo ---; hostname",
        ])
        .ok();
    let parts: Vec<&str> = o.stdout.split("---\n").collect();
    assert_eq!(
        parts[0],
        "search example\nnameserver 9.9.9.9\noptions ndots:2\n"
    );
    let hosts = parts[1];
    assert!(hosts.contains("1.2.3.4\tname\n"), "{hosts}");
    assert!(hosts.contains("\th named\n"), "{hosts}");
    assert!(hosts.contains("\thost.containers.internal"), "{hosts}");
    assert!(hosts.starts_with("127.0.0.1\tlocalhost"), "{hosts}");
    assert_eq!(parts[2], "h\n");
    // host-gateway names the host's address as the container reaches it.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--net",
            "slirp4netns",
            "--add-host",
            "gw:host-gateway",
            img,
            "cat",
            "/etc/hosts",
        ])
        .ok();
    assert!(
        o.stdout.contains(&format!("{}\tgw\n", host_addr())),
        "{}",
        o.stdout
    );
    env.run(&["run", "--rm", "--dns", "nope", img, "true"])
        .code(125);
    env.run(&["run", "--rm", "--add-host", "x", img, "true"])
        .code(125);
    env.run(&["run", "--rm", "--add-host", "x:1.2.3", img, "true"])
        .code(125);
}

#[test]
fn network_container_and_ns_path_join_existing_namespaces() {
    let env = Env::new();
    let img = env.busybox();
    let www = www(&env);
    let vol = format!("{www}:/www");
    env.run(&[
        "run",
        "-d",
        "--name",
        "a",
        "--hostname",
        "ha",
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
    // The server listens on the other container's loopback: reachable only from inside it.
    let t = Instant::now();
    let o = loop {
        let o = env.run(&[
            "run",
            "--rm",
            "--network",
            "container:a",
            img,
            "sh",
            "-c",
            "echo 'GET / HTTP/1.0' | nc 127.0.0.1 8080; echo; cat /etc/hosts; id -u",
        ]);
        if o.stdout.contains("hello from the container") || t.elapsed() > Duration::from_secs(5) {
            break o;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stdout.contains("hello from the container"),
        "{}",
        o.stdout
    );
    assert!(
        o.stdout.contains("\tha a\n"),
        "shares a's hosts: {}",
        o.stdout
    );
    assert!(o.stdout.ends_with("0\n"), "{}", o.stdout);
    // No helper of its own: still only a's.
    assert_eq!(helpers_of(&env).len(), 1, "{:?}", helpers_of(&env));
    env.run(&[
        "create",
        "--name",
        "b",
        "--network",
        "container:a",
        img,
        "true",
    ])
    .ok();
    let o = env
        .run(&["inspect", "--format", "{{.HostConfig.NetworkMode}}", "b"])
        .ok();
    assert!(o.stdout.starts_with("container:"), "{}", o.stdout);
    // ns:PATH joins a namespace file (with the user namespace owning it).
    let pid = env
        .run(&["inspect", "--format", "{{.State.Pid}}", "a"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let ns = format!("ns:/proc/{pid}/ns/net");
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            &ns,
            img,
            "sh",
            "-c",
            "echo 'GET / HTTP/1.0' | nc 127.0.0.1 8080",
        ])
        .ok();
    assert!(
        o.stdout.contains("hello from the container"),
        "{}",
        o.stdout
    );
    env.run(&["run", "--rm", "--network", "ns:/nonexistent", img, "true"])
        .code(125);
    env.run(&["run", "--rm", "--network", "ns:relative", img, "true"])
        .code(125);
    env.run(&["rm", "-f", "a"]).ok();
    env.run(&["start", "b"]).code(125);
    env.run(&["run", "--rm", "--network", "container:nosuch", img, "true"])
        .code(125);
    env.run(&[
        "run",
        "--rm",
        "--network",
        "container:b",
        "-p",
        "80",
        img,
        "true",
    ])
    .code(125);
    wait_gone(&env);
}

#[test]
fn mac_address_with_pasta() {
    let env = Env::new();
    let img = env.busybox();
    let o = env
        .run(&[
            "run",
            "--rm",
            "--mac-address",
            "92:d0:c6:0a:29:33",
            img,
            "ip",
            "link",
            "show",
            "eth0",
        ])
        .ok();
    assert!(
        o.stdout.contains("link/ether 92:d0:c6:0a:29:33"),
        "{}",
        o.stdout
    );
    let o = env
        .run(&[
            "run",
            "--rm",
            "--network",
            "none",
            "--mac-address",
            "92:d0:c6:0a:29:33",
            img,
            "true",
        ])
        .code(125);
    assert!(o.stderr.contains("--mac-address needs"), "{}", o.stderr);
    let o = env
        .run(&[
            "run",
            "--rm",
            "--mac-address",
            "93:00:00:00:00:01",
            img,
            "true",
        ])
        .code(125);
    assert!(o.stderr.contains("invalid MAC address"), "{}", o.stderr);
    wait_gone(&env);
}

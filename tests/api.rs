//! The Docker-compatible API socket (`skiff system service`), driven by real clients as the
//! unprivileged test user: the docker CLI (28, no daemon anywhere), python3-docker,
//! docker-compose 1.29; socket activation through a `LISTEN_FDS` harness; a second user;
//! malformed and huge requests.

mod common;
#[path = "common/registry.rs"]
mod reg;
use common::*;
use reg::{Opts, Registry};
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const DOCKER: &str = "/usr/local/bin/docker";

/// A running `skiff system service` on a socket of the test's store.
struct Service {
    child: Child,
    sock: PathBuf,
}

impl Service {
    fn start(env: &Env) -> Service {
        Service::start_at(env, &env.dir.join("api.sock"), "0")
    }

    fn start_at(env: &Env, sock: &Path, time: &str) -> Service {
        let uri = format!("unix://{}", sock.display());
        let mut c = env.cmd(&["system", "service", "--time", time, &uri]);
        c.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let child = c.spawn().expect("starting the service");
        wait_socket(sock);
        Service {
            child,
            sock: sock.to_path_buf(),
        }
    }

    fn uri(&self) -> String {
        format!("unix://{}", self.sock.display())
    }

    fn docker_cmd(&self, env: &Env, args: &[&str]) -> Command {
        let cfg = env.scratch("docker-config");
        let mut c = env.raw_cmd_with(
            Path::new(DOCKER),
            &[
                ("DOCKER_HOST", &self.uri()),
                ("DOCKER_CONFIG", cfg.to_str().unwrap()),
            ],
        );
        c.args(args);
        c
    }

    fn docker(&self, env: &Env, args: &[&str]) -> Out {
        run_cmd(self.docker_cmd(env, args), None)
    }

    fn docker_stdin(&self, env: &Env, args: &[&str], input: &[u8]) -> Out {
        run_cmd(self.docker_cmd(env, args), Some(input))
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn wait_socket(sock: &Path) {
    let start = Instant::now();
    while UnixStream::connect(sock).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the service did not listen on {}",
            sock.display()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Send raw bytes to the socket (as root, so permissions do not matter here); the answer.
fn raw(sock: &Path, req: &[u8]) -> String {
    let mut s = UnixStream::connect(sock).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let _ = s.write_all(req);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn status_of(answer: &str) -> u16 {
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

#[test]
fn docker_run_rm_gives_output_and_exit_code_and_leaves_nothing() {
    let env = Env::new();
    let img = env.busybox();
    let svc = Service::start(&env);
    let o = svc
        .docker(&env, &["version", "--format", "{{.Server.APIVersion}}"])
        .ok();
    assert_eq!(o.stdout.trim(), "1.44");
    let o = svc.docker(&env, &["run", "--rm", img, "echo", "hi"]).ok();
    assert_eq!(o.stdout, "hi\n");
    let o = svc
        .docker(
            &env,
            &[
                "run",
                "--rm",
                img,
                "sh",
                "-c",
                "echo out; echo err >&2; exit 3",
            ],
        )
        .code(3);
    assert_eq!(o.stdout, "out\n");
    assert!(o.stderr.contains("err\n"), "{}", o.stderr);
    // Removed, as the CLI sees too.
    let o = svc.docker(&env, &["ps", "-aq"]).ok();
    assert_eq!(o.stdout, "");
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
    // stdin to the container.
    let o = svc.docker_stdin(
        &env,
        &["run", "--rm", "-i", img, "sh", "-c", "tr a-z A-Z"],
        b"piped in\n",
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(o.stdout, "PIPED IN\n");
    // A missing image: the client is told to pull (404), and the pull fails cleanly.
    let o = svc.docker(&env, &["run", "--rm", "localhost:1/nothing:here", "true"]);
    assert_ne!(o.code, 0);
    assert!(o.stderr.contains("Unable to find image"), "{}", o.stderr);
}

#[test]
fn docker_run_d_logs_follow_exec_tty_and_ps_filters() {
    let env = Env::new();
    let img = env.busybox();
    let svc = Service::start(&env);
    let id = svc
        .docker(
            &env,
            &[
                "run",
                "-d",
                "--name",
                "web",
                "-l",
                "tier=front",
                img,
                "sh",
                "-c",
                "echo one; sleep 2; echo two >&2; sleep 300",
            ],
        )
        .ok()
        .stdout
        .trim()
        .to_string();
    assert_eq!(id.len(), 64, "{id}");
    svc.docker(&env, &["run", "--name", "done", img, "true"])
        .ok();
    // The CLI sees the container the API made.
    let o = env.run(&["ps", "--format", "{{.Names}}"]).ok();
    assert_eq!(o.stdout.trim(), "web");

    let names = |args: &[&str]| {
        let mut a = vec!["ps", "--format", "{{.Names}}"];
        a.extend_from_slice(args);
        let o = svc.docker(&env, &a).ok();
        let mut v: Vec<String> = o.lines().iter().map(|s| s.to_string()).collect();
        v.sort();
        v.join(",")
    };
    assert_eq!(names(&[]), "web");
    assert_eq!(names(&["-a"]), "done,web");
    assert_eq!(names(&["-a", "--filter", "label=tier=front"]), "web");
    assert_eq!(names(&["-a", "--filter", "status=exited"]), "done");
    assert_eq!(names(&["-a", "--filter", "name=do"]), "done");
    assert_eq!(
        names(&["-a", "--filter", &format!("ancestor={img}")]),
        "done,web"
    );
    assert_eq!(names(&["-a", "--filter", "label=tier=back"]), "");

    // logs -f: what was written and what comes while following, stderr apart.
    let mut c = svc.docker_cmd(&env, &["logs", "-f", "web"]);
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut follow = c.spawn().unwrap();
    let mut err = follow.stderr.take().unwrap();
    let t = std::thread::spawn(move || {
        let mut buf = [0u8; 64];
        let mut got = Vec::new();
        while !String::from_utf8_lossy(&got).contains("two") {
            match err.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
        String::from_utf8_lossy(&got).into_owned()
    });
    let got = t.join().unwrap();
    assert_eq!(got, "two\n");
    let _ = follow.kill();
    let _ = follow.wait();
    let o = svc.docker(&env, &["logs", "--tail", "1", "web"]).ok();
    assert_eq!((o.stdout.as_str(), o.stderr.as_str()), ("", "two\n"));

    // exec: exit codes, stdin, and a terminal under a pty.
    svc.docker(&env, &["exec", "web", "sh", "-c", "exit 7"])
        .code(7);
    let o = svc.docker_stdin(&env, &["exec", "-i", "web", "cat"], b"through exec\n");
    assert_eq!(o.stdout, "through exec\n");
    let (code, out) = run_pty_cmd(
        svc.docker_cmd(&env, &["exec", "-it", "web", "sh"]),
        &["tty && echo in-$((40+2))\r", "exit 5\r"],
        24,
        80,
    );
    assert_eq!(code, 5, "{out}");
    assert!(out.contains("/dev/pts/"), "{out}");
    assert!(out.contains("in-42"), "{out}");

    // top, stop, rm.
    let o = svc.docker(&env, &["top", "web"]).ok();
    assert!(o.stdout.contains("sleep 300"), "{}", o.stdout);
    svc.docker(&env, &["stop", "-t", "1", "web"]).ok();
    let o = svc
        .docker(
            &env,
            &[
                "inspect",
                "-f",
                "{{.State.Status}} {{.State.ExitCode}}",
                "web",
            ],
        )
        .ok();
    assert_eq!(o.stdout.trim(), "exited 137");
    svc.docker(&env, &["rm", "web", "done"]).ok();
    let o = svc.docker(&env, &["rm", "web"]).code(1);
    assert!(o.stderr.contains("No such container: web"), "{}", o.stderr);
}

#[test]
fn docker_run_it_under_a_pty() {
    let env = Env::new();
    let img = env.busybox();
    let svc = Service::start(&env);
    let (code, out) = run_pty_cmd(
        svc.docker_cmd(&env, &["run", "--rm", "-it", img, "sh"]),
        &["echo typed-$((6*7))\r", "exit 4\r"],
        24,
        80,
    );
    assert_eq!(code, 4, "{out}");
    assert!(out.contains("typed-42"), "{out}");
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
}

#[test]
fn a_docker_py_script() {
    let env = Env::new();
    let img = env.busybox();
    let svc = Service::start(&env);
    let script = write_file(
        &env,
        "script.py",
        br#"
import docker, sys
c = docker.DockerClient(base_url=sys.argv[1])
img = sys.argv[2]
print(c.ping(), c.version()["ApiVersion"])
print(c.containers.run(img, ["sh", "-c", "echo hi; echo err >&2"], remove=True))
ct = c.containers.run(img, ["sh", "-c", "echo started; sleep 30"], detach=True, name="pyd", labels={"k": "v"})
ct.reload()
print(ct.status, ct.name, ct.labels)
r = ct.exec_run(["sh", "-c", "echo exec-out; exit 3"])
print(r.exit_code, r.output)
print([x.name for x in c.containers.list(filters={"label": "k=v"})])
ct.kill()
print(ct.wait()["StatusCode"], ct.logs())
ct.remove()
print(len(c.containers.list(all=True)), [t for i in c.images.list() for t in i.tags])
"#,
    );
    let mut c = env.raw_cmd(Path::new("/usr/bin/python3"));
    c.arg(&script).arg(svc.uri()).arg(img);
    let o = run_cmd(c, None).ok();
    assert_eq!(
        o.stdout,
        "True 1.44\nb'hi\\n'\nrunning pyd {'k': 'v'}\n3 b'exec-out\\n'\n['pyd']\n137 b'started\\n'\n0 ['localhost/busybox:latest']\n"
    );
}

#[test]
fn bad_requests_get_json_errors_and_the_service_goes_on() {
    let env = Env::new();
    let svc = Service::start(&env);
    let s = &svc.sock;
    // Not HTTP at all.
    let a = raw(s, b"NONSENSE\r\n\r\n");
    assert_eq!(status_of(&a), 400, "{a}");
    // A body that is not JSON.
    let a = raw(
        s,
        b"POST /v1.44/containers/create HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{oops",
    );
    assert_eq!(status_of(&a), 400, "{a}");
    assert!(a.contains("{\"message\":\"invalid JSON body"), "{a}");
    // A body over the limit is refused without reading it all.
    let big = format!(
        "POST /v1.44/containers/create HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        64 << 20
    );
    let mut req = big.into_bytes();
    req.extend(std::iter::repeat_n(b' ', 5 << 20));
    let a = raw(s, &req);
    assert_eq!(status_of(&a), 413, "{a}");
    // Headers over the limit.
    let mut req = b"GET /_ping HTTP/1.1\r\nHost: x\r\nX-Big: ".to_vec();
    req.extend(std::iter::repeat_n(b'a', 200 << 10));
    req.extend_from_slice(b"\r\n\r\n");
    let a = raw(s, &req);
    assert!(a.is_empty() || matches!(status_of(&a), 400 | 431), "{a}");
    // Unknown endpoints, versions, containers.
    let a = raw(
        s,
        b"GET /v1.44/nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status_of(&a), 404, "{a}");
    assert!(a.contains("\"message\""), "{a}");
    let a = raw(
        s,
        b"GET /v9.99/info HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status_of(&a), 400, "{a}");
    assert!(a.contains("too new"), "{a}");
    let a = raw(
        s,
        b"GET /v1.24/containers/nope/json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status_of(&a), 404, "{a}");
    assert!(a.contains("No such container: nope"), "{a}");
    let a = raw(s, b"POST /containers/create HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]");
    assert_eq!(status_of(&a), 400, "{a}");
    // Still serving.
    let a = raw(
        s,
        b"GET /_ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status_of(&a), 200, "{a}");
    assert!(
        a.contains("Api-Version: 1.44") || a.contains("api-version: 1.44"),
        "{a}"
    );
    assert!(a.ends_with("OK"), "{a}");
}

#[test]
fn only_the_owner_can_connect_and_tcp_is_refused() {
    let env = Env::new();
    // A directory everyone may enter: only the socket's own mode keeps others out.
    let dir = PathBuf::from(format!("/tmp/skiff-api-pub-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let sock = dir.join("skiff.sock");
    let svc = Service::start_at(&env, &sock, "0");
    let mode = std::fs::metadata(&sock).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(
        svc.docker(&env, &["version", "-f", "{{.Server.Version}}"])
            .ok()
            .stdout
            .trim(),
        env!("CARGO_PKG_VERSION")
    );
    if env.user.is_some() {
        let mut c = Command::new("setpriv");
        c.args([
            "--reuid=skiff-nosub",
            "--regid=skiff-nosub",
            "--init-groups",
        ])
        .args(["env", "-i", "HOME=/tmp", "DOCKER_CONFIG=/tmp"])
        .arg(format!("DOCKER_HOST={}", svc.uri()))
        .args([DOCKER, "version"]);
        let o = run_cmd(c, None);
        assert_ne!(o.code, 0);
        assert!(o.stderr.contains("permission denied"), "{}", o.stderr);
    }
    drop(svc);
    let o = env
        .run(&["system", "service", "tcp://127.0.0.1:2375"])
        .code(125);
    assert!(
        o.stderr.contains("tcp:// endpoints are refused"),
        "{}",
        o.stderr
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn socket_activation_and_the_idle_timeout() {
    use std::os::fd::AsRawFd;
    use std::os::unix::process::CommandExt;
    let env = Env::new();
    let img = env.busybox().to_string();
    let sock = env.dir.join("activated.sock");
    // What systemd does: the socket is made and listening before the service starts.
    let l = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    if let Some(u) = &env.user {
        std::os::unix::fs::chown(&sock, Some(u.uid), Some(u.gid)).unwrap();
    }
    let fd = l.as_raw_fd();
    let cmdline = format!(
        "LISTEN_FDS=1 LISTEN_PID=$$ exec {} --root {} --runroot {} system service --time 2s",
        binary().display(),
        env.dir.join("root").display(),
        env.dir.join("runroot").display()
    );
    let mut c = env.raw_cmd(Path::new("/bin/sh"));
    c.arg("-c").arg(cmdline);
    c.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // SAFETY: only dup2/fcntl between fork and exec.
    unsafe {
        c.pre_exec(move || {
            let r = if fd == 3 {
                libc::fcntl(3, libc::F_SETFD, 0)
            } else {
                libc::dup2(fd, 3)
            };
            if r < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = c.spawn().unwrap();
    drop(l);
    let svc_like = Service {
        child: Command::new("true").spawn().unwrap(),
        sock: sock.clone(),
    };
    // The container does not see systemd's variables.
    let o = svc_like
        .docker(
            &env,
            &[
                "run",
                "--rm",
                &img,
                "sh",
                "-c",
                "env | grep LISTEN_ || echo none",
            ],
        )
        .ok();
    assert_eq!(o.stdout, "none\n");
    // A stream longer than the idle time is not cut; the service leaves once idle.
    let o = svc_like
        .docker(
            &env,
            &["run", "--rm", &img, "sh", "-c", "echo a; sleep 3; echo b"],
        )
        .ok();
    assert_eq!(o.stdout, "a\nb\n");
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the service did not exit when idle"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success());
    assert!(start.elapsed() >= Duration::from_millis(1500));
}

#[test]
fn networks_with_name_resolution_and_volumes() {
    let env = Env::new();
    let img = env.busybox();
    let svc = Service::start(&env);
    svc.docker(&env, &["network", "create", "backend"]).ok();
    let o = svc
        .docker(&env, &["network", "ls", "--format", "{{.Name}}"])
        .ok();
    assert!(o.lines().contains(&"backend"), "{}", o.stdout);
    svc.docker(
        &env,
        &[
            "run",
            "-d",
            "--name",
            "srv",
            "--network",
            "backend",
            img,
            "sh",
            "-c",
            "mkdir /www && echo served > /www/index.html && httpd -f -p 8080 -h /www",
        ],
    )
    .ok();
    let o = svc.docker(
        &env,
        &[
            "run", "--rm", "--network", "backend", img, "sh", "-c",
            "for i in 1 2 3 4 5 6 7 8 9 10; do wget -q -O - http://srv:8080/ && exit 0; sleep 0.5; done; exit 1",
        ],
    );
    assert_eq!((o.code, o.stdout.as_str()), (0, "served\n"), "{}", o.stderr);
    let o = svc
        .docker(
            &env,
            &[
                "network",
                "inspect",
                "-f",
                "{{range .Containers}}{{.Name}}{{end}}",
                "backend",
            ],
        )
        .ok();
    assert_eq!(o.stdout.trim(), "srv");
    svc.docker(&env, &["rm", "-f", "srv"]).ok();
    svc.docker(&env, &["network", "rm", "backend"]).ok();
    let o = svc.docker(&env, &["network", "inspect", "backend"]);
    assert_ne!(o.code, 0);

    svc.docker(&env, &["volume", "create", "keep"]).ok();
    let o = svc.docker(&env, &["volume", "ls", "-q"]).ok();
    assert_eq!(o.stdout, "keep\n");
    svc.docker(
        &env,
        &[
            "run",
            "--rm",
            "-v",
            "keep:/d",
            img,
            "sh",
            "-c",
            "echo kept > /d/f",
        ],
    )
    .ok();
    let o = svc
        .docker(
            &env,
            &[
                "run",
                "--rm",
                "--mount",
                "type=volume,source=keep,target=/d,readonly",
                img,
                "cat",
                "/d/f",
            ],
        )
        .ok();
    assert_eq!(o.stdout, "kept\n");
    // The CLI sees the same volume.
    assert_eq!(env.run(&["volume", "ls", "-q"]).ok().stdout, "keep\n");
    let o = svc
        .docker(
            &env,
            &["system", "df", "--format", "{{.Type}} {{.TotalCount}}"],
        )
        .ok();
    assert_eq!(
        o.stdout, "Images 1\nContainers 0\nLocal Volumes 1\nBuild Cache 0\n",
        "{}",
        o.stderr
    );
    svc.docker(&env, &["volume", "rm", "keep"]).ok();
    assert_eq!(env.run(&["volume", "ls", "-q"]).ok().stdout, "");
}

#[test]
fn docker_compose_up_and_down_of_two_services() {
    let env = Env::new();
    let img = env.busybox();
    let svc = Service::start(&env);
    let dir = env.scratch("stack");
    std::fs::write(
        dir.join("docker-compose.yml"),
        format!(
            r#"version: "3"
services:
  web:
    image: {img}
    command: ["sh", "-c", "mkdir -p /www && echo hello-from-web > /www/index.html && httpd -f -p 8080 -h /www"]
  client:
    image: {img}
    command: ["sh", "-c", "until wget -q -O - http://web:8080/; do sleep 0.3; done; sleep 300"]
    depends_on: [web]
    volumes: ["data:/data"]
volumes:
  data: {{}}
"#
        ),
    )
    .unwrap();
    let compose = |args: &[&str]| {
        let mut c = env.raw_cmd_with(
            Path::new("/usr/bin/docker-compose"),
            &[("DOCKER_HOST", &svc.uri())],
        );
        c.current_dir(&dir).args(["-p", "stack"]).args(args);
        run_cmd(c, None)
    };
    compose(&["up", "-d"]).ok();
    let start = Instant::now();
    loop {
        let o = svc.docker(&env, &["logs", "stack_client_1"]).ok();
        if o.stdout.contains("hello-from-web") {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "{}", o.stdout);
        std::thread::sleep(Duration::from_millis(200));
    }
    let o = compose(&["ps"]).ok();
    assert!(
        o.stdout.contains("stack_web_1") && o.stdout.contains("Up"),
        "{}",
        o.stdout
    );
    compose(&["down", "-v"]).ok();
    assert_eq!(svc.docker(&env, &["ps", "-aq"]).ok().stdout, "");
    let o = svc
        .docker(&env, &["network", "ls", "--format", "{{.Name}}"])
        .ok();
    assert!(!o.stdout.contains("stack"), "{}", o.stdout);
    assert_eq!(svc.docker(&env, &["volume", "ls", "-q"]).ok().stdout, "");
}

#[test]
fn tag_push_pull_and_run_pulling_through_a_local_registry() {
    let env = Env::new();
    let img = env.busybox();
    let svc = Service::start(&env);
    let r = Registry::start(Opts::default());
    let name = format!("{}/t/bb:1", r.host);
    svc.docker(&env, &["tag", img, &name]).ok();
    let o = svc.docker(&env, &["push", &name]).ok();
    assert!(o.stdout.contains("1: digest: sha256:"), "{}", o.stdout);
    let o = svc.docker(&env, &["rmi", &name]).ok();
    assert!(
        o.stdout.contains(&format!("Untagged: {name}")),
        "{}",
        o.stdout
    );
    let o = svc.docker(&env, &["pull", &name]).ok();
    assert!(o.stdout.contains("Downloaded newer image"), "{}", o.stdout);
    let o = svc
        .docker(&env, &["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .ok();
    assert!(o.lines().contains(&name.as_str()), "{}", o.stdout);
    // Removed, then asked for by run: the client pulls on the 404 and runs it.
    svc.docker(&env, &["rmi", &name]).ok();
    svc.docker(&env, &["rmi", img]).ok();
    let o = svc
        .docker(&env, &["run", "--rm", &name, "echo", "pulled"])
        .ok();
    assert_eq!(o.stdout, "pulled\n");
    assert!(o.stderr.contains("Unable to find image"), "{}", o.stderr);
    let o = svc
        .docker(
            &env,
            &[
                "image",
                "inspect",
                "-f",
                "{{.Id}} {{index .RepoTags 0}}",
                &name,
            ],
        )
        .ok();
    assert!(o.stdout.starts_with("sha256:"), "{}", o.stdout);
    assert!(o.stdout.trim().ends_with(&name), "{}", o.stdout);
}

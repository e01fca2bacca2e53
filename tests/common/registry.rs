//! Real `docker-registry` processes on free loopback ports, for tests/registry.rs: plain HTTP,
//! TLS with a throw-away CA (openssl), htpasswd basic auth, and token auth backed by
//! `TokenServer` (a tiny HTTP server on a thread issuing RS256 JWTs signed with openssl).

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const USER: &str = "tester";
pub const PASS: &str = "s3cret-pw";

static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn free_port() -> u16 {
    super::free_port()
}

fn sh(cmd: &mut Command) {
    let o = cmd.output().expect("running a helper program");
    assert!(
        o.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A self-signed certificate `STEM.crt` with its key `STEM.key` under `dir`.
fn self_signed(dir: &Path, stem: &str, cn: &str) {
    sh(Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        ])
        .args(["-subj", &format!("/CN={cn}")])
        .arg("-keyout")
        .arg(dir.join(format!("{stem}.key")))
        .arg("-out")
        .arg(dir.join(format!("{stem}.crt"))));
}

/// A certificate `STEM.{cert_ext}` and key `STEM.key` under `dir`, signed by `ca.crt`, with
/// the X.509 extensions `ext`.
fn issue(dir: &Path, stem: &str, cert_ext: &str, cn: &str, ext: &str) {
    sh(Command::new("openssl")
        .args(["req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj"])
        .arg(format!("/CN={cn}"))
        .arg("-keyout")
        .arg(dir.join(format!("{stem}.key")))
        .arg("-out")
        .arg(dir.join(format!("{stem}.csr"))));
    std::fs::write(dir.join(format!("{stem}.cnf")), ext).unwrap();
    sh(Command::new("openssl")
        .args(["x509", "-req", "-days", "2", "-CAcreateserial"])
        .arg("-in")
        .arg(dir.join(format!("{stem}.csr")))
        .arg("-CA")
        .arg(dir.join("ca.crt"))
        .arg("-CAkey")
        .arg(dir.join("ca.key"))
        .arg("-extfile")
        .arg(dir.join(format!("{stem}.cnf")))
        .arg("-out")
        .arg(dir.join(format!("{stem}.{cert_ext}"))));
}

/// A CA, a server certificate for 127.0.0.1 / localhost and a client certificate (for
/// `clientcas`) under `dir`.
pub fn make_certs(dir: &Path) {
    self_signed(dir, "ca", "skiff test CA");
    issue(
        dir,
        "server",
        "crt",
        "127.0.0.1",
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    );
    issue(
        dir,
        "client",
        "cert",
        "skiff client",
        "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n",
    );
}

#[derive(Default)]
pub struct Opts {
    pub tls: bool,
    pub htpasswd: bool,
    /// Require client certificates signed by the test CA (implies `tls`).
    pub client_certs: bool,
    /// Token auth: (realm URL, directory holding token.crt).
    pub token: Option<(String, PathBuf)>,
    /// Write the HTTP access log to `registry.log` (see `Registry::log`).
    pub access_log: bool,
}

pub struct Registry {
    pub host: String,
    pub dir: PathBuf,
    child: Child,
}

impl Registry {
    pub fn start(opts: Opts) -> Registry {
        let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = PathBuf::from(format!("/tmp/skiff-reg-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("data")).unwrap();
        let port = free_port();
        let mut cfg = format!(
            "version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: {}\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:{port}\n",
            !opts.access_log,
            dir.join("data").display()
        );
        if opts.tls || opts.client_certs {
            make_certs(&dir);
            cfg += &format!(
                "  tls:\n    certificate: {}\n    key: {}\n",
                dir.join("server.crt").display(),
                dir.join("server.key").display()
            );
            if opts.client_certs {
                cfg += &format!("    clientcas:\n      - {}\n", dir.join("ca.crt").display());
            }
        }
        if opts.htpasswd {
            let o = Command::new("htpasswd")
                .args(["-Bbn", USER, PASS])
                .output()
                .unwrap();
            assert!(o.status.success());
            std::fs::write(dir.join("htpasswd"), &o.stdout).unwrap();
            cfg += &format!(
                "auth:\n  htpasswd:\n    realm: skiff-test\n    path: {}\n",
                dir.join("htpasswd").display()
            );
        }
        if let Some((realm, tdir)) = &opts.token {
            cfg += &format!(
                "auth:\n  token:\n    realm: {realm}\n    service: skiff-registry\n    issuer: skiff-test-issuer\n    rootcertbundle: {}\n",
                tdir.join("token.crt").display()
            );
        }
        std::fs::write(dir.join("config.yml"), cfg).unwrap();
        let log = std::fs::File::create(dir.join("registry.log")).unwrap();
        let child = Command::new("/usr/bin/docker-registry")
            .arg("serve")
            .arg(dir.join("config.yml"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("starting docker-registry");
        let host = format!("127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(&host).is_err() {
            assert!(
                Instant::now() < deadline,
                "docker-registry did not start: {}",
                std::fs::read_to_string(dir.join("registry.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Registry { host, dir, child }
    }

    /// The registry's log (with `access_log`, one line per HTTP request).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("registry.log")).unwrap_or_default()
    }

    /// Copy the CA certificate into a directory the test user can read (for --cert-dir).
    pub fn cert_dir(&self, into: &Path) -> PathBuf {
        std::fs::copy(self.dir.join("ca.crt"), into.join("ca.crt")).unwrap();
        into.to_path_buf()
    }

    /// Also copy the client certificate and key (podman's `client.cert` / `client.key`).
    pub fn client_cert_dir(&self, into: &Path) -> PathBuf {
        self.cert_dir(into);
        for f in ["client.cert", "client.key"] {
            std::fs::copy(self.dir.join(f), into.join(f)).unwrap();
            std::fs::set_permissions(
                into.join(f),
                std::os::unix::fs::PermissionsExt::from_mode(0o644),
            )
            .unwrap();
        }
        into.to_path_buf()
    }

    /// Layer digests of a manifest in the registry.
    pub fn layers(&self, repo: &str, digest: &str) -> Vec<String> {
        let (_, body) = curl(
            &[
                "-k",
                "-H",
                "Accept: application/vnd.oci.image.manifest.v1+json",
            ],
            &self.url("http", &format!("{repo}/manifests/{digest}")),
        );
        let m: serde_json::Value = serde_json::from_slice(&body).unwrap();
        m["layers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["digest"].as_str().unwrap().to_string())
            .collect()
    }

    /// The registry's on-disk file for a blob.
    pub fn blob_file(&self, digest: &str) -> PathBuf {
        let hex = digest.trim_start_matches("sha256:");
        self.dir
            .join("data/docker/registry/v2/blobs/sha256")
            .join(&hex[..2])
            .join(hex)
            .join("data")
    }

    pub fn url(&self, scheme: &str, tail: &str) -> String {
        format!("{scheme}://{}/v2/{tail}", self.host)
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// `curl` with a method, extra arguments and a URL; returns (HTTP status, body).
pub fn curl(args: &[&str], url: &str) -> (u16, Vec<u8>) {
    let o = Command::new("curl")
        .args(["-s", "-o", "-", "-w", "\n%{http_code}"])
        .args(args)
        .arg(url)
        .output()
        .expect("curl");
    let mut out = o.stdout;
    let nl = out.iter().rposition(|b| *b == b'\n').unwrap_or(0);
    let code = String::from_utf8_lossy(&out[nl + 1..])
        .trim()
        .parse()
        .unwrap_or(0);
    out.truncate(nl);
    (code, out)
}

fn b64url(data: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data)
}

/// A loopback listener whose connections `serve` handles, one at a time, on a thread that
/// stops when the value is dropped (or after 10 minutes).
pub struct Server {
    pub host: String,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    pub fn start<F: FnMut(TcpStream) + Send + 'static>(mut serve: F) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let host = listener.local_addr().unwrap().to_string();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let st = stop.clone();
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(600);
            while !st.load(std::sync::atomic::Ordering::SeqCst) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((s, _)) => {
                        let _ = s.set_nonblocking(false);
                        serve(s);
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        Server {
            host,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A token issuer: GET /token?service=..&scope=.. with Basic USER:PASS (or anonymously,
/// granting nothing) returns `{"token": JWT}`; the JWT is RS256-signed by `openssl dgst`
/// with a key whose self-signed certificate the registry trusts (x5c header).
pub struct TokenServer {
    pub realm: String,
    pub dir: PathBuf,
    _server: Server,
}

impl TokenServer {
    pub fn start() -> TokenServer {
        let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = PathBuf::from(format!("/tmp/skiff-tok-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        self_signed(&dir, "token", "skiff token issuer");
        let der = Command::new("openssl")
            .args(["x509", "-outform", "DER", "-in"])
            .arg(dir.join("token.crt"))
            .output()
            .unwrap()
            .stdout;
        use base64::Engine as _;
        let x5c = base64::engine::general_purpose::STANDARD.encode(der);
        let key = dir.join("token.key");
        let server = Server::start(move |s| {
            let _ = serve_token(s, &key, &x5c);
        });
        TokenServer {
            realm: format!("http://{}/token", server.host),
            dir,
            _server: server,
        }
    }
}

impl Drop for TokenServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn serve_token(s: TcpStream, key: &Path, x5c: &str) -> std::io::Result<()> {
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut r = BufReader::new(s.try_clone()?);
    let mut line = String::new();
    r.read_line(&mut line)?;
    let target = line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut auth = None;
    loop {
        let mut h = String::new();
        if r.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.eq_ignore_ascii_case("authorization") {
                auth = Some(v.trim().to_string());
            }
        }
    }
    let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
    let mut service = String::new();
    let mut scopes = Vec::new();
    for kv in query.split('&') {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        let v = percent_decode(v);
        match k {
            "service" => service = v,
            "scope" => scopes.push(v),
            _ => {}
        }
    }
    use base64::Engine as _;
    let good = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASS}"));
    let (status, body) = match auth.as_deref() {
        Some(a) if a == format!("Basic {good}") => (200, Some(true)),
        Some(_) => (401, None),
        None => (200, Some(false)),
    };
    let mut w = s;
    let Some(authed) = body else {
        let b = r#"{"errors":[{"code":"UNAUTHORIZED","message":"invalid credentials"}]}"#;
        write!(
            w,
            "HTTP/1.1 {status} Unauthorized\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{b}",
            b.len()
        )?;
        return Ok(());
    };
    let access: Vec<serde_json::Value> = if authed {
        scopes
            .iter()
            .filter_map(|sc| {
                let mut p = sc.splitn(3, ':');
                let (t, n, a) = (p.next()?, p.next()?, p.next()?);
                Some(serde_json::json!({"type": t, "name": n, "actions": a.split(',').collect::<Vec<_>>()}))
            })
            .collect()
    } else {
        Vec::new()
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let header = serde_json::json!({"typ": "JWT", "alg": "RS256", "x5c": [x5c]});
    let claims = serde_json::json!({
        "iss": "skiff-test-issuer", "sub": if authed { USER } else { "" }, "aud": service,
        "exp": now + 600, "nbf": now - 10, "iat": now - 10,
        "jti": format!("{now}-{}", N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)),
        "access": access,
    });
    let signing_input = format!(
        "{}.{}",
        b64url(header.to_string().as_bytes()),
        b64url(claims.to_string().as_bytes())
    );
    let mut child = Command::new("openssl")
        .args(["dgst", "-sha256", "-sign"])
        .arg(key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(signing_input.as_bytes())?;
    let mut sig = Vec::new();
    child.stdout.take().unwrap().read_to_end(&mut sig)?;
    child.wait()?;
    let token = format!("{signing_input}.{}", b64url(&sig));
    let b = serde_json::json!({"token": token, "expires_in": 600}).to_string();
    write!(
        w,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{b}",
        b.len()
    )?;
    Ok(())
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One parsed request to a `MiniHttp` server.
pub struct Req {
    pub method: String,
    pub path: String,
    pub auth: Option<String>,
    pub body: Vec<u8>,
}

/// What a `MiniHttp` handler answers: a full response, or a response whose body is cut short
/// (the connection closes early) to simulate a network failure.
pub enum Reply {
    Full(u16, Vec<(String, String)>, Vec<u8>),
    Truncated(Vec<u8>, usize),
}

/// A tiny HTTP/1.1 server on a thread (one request per connection), for fake registries.
pub struct MiniHttp {
    pub host: String,
    _server: Server,
}

impl MiniHttp {
    pub fn start<F>(handler: F) -> MiniHttp
    where
        F: Fn(&Req) -> Reply + Send + 'static,
    {
        let server = Server::start(move |s| {
            let _ = mini_serve(s, &handler);
        });
        MiniHttp {
            host: server.host.clone(),
            _server: server,
        }
    }
}

fn mini_serve<F: Fn(&Req) -> Reply>(mut s: TcpStream, handler: &F) -> std::io::Result<()> {
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    // A TLS handshake to this plain server: answer like Go's net/http does.
    let mut first = [0u8; 1];
    if s.peek(&mut first)? == 1 && first[0] == 0x16 {
        s.write_all(
            b"HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n",
        )?;
        return Ok(());
    }
    let mut r = BufReader::new(s.try_clone()?);
    let mut line = String::new();
    r.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let path = parts.next().unwrap_or("").to_string();
    let mut auth = None;
    let mut len = 0usize;
    loop {
        let mut h = String::new();
        if r.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.eq_ignore_ascii_case("authorization") {
                auth = Some(v.trim().to_string());
            }
            if k.eq_ignore_ascii_case("content-length") {
                len = v.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0u8; len];
    r.read_exact(&mut body)?;
    let mut w = s;
    match handler(&Req {
        method,
        path,
        auth,
        body,
    }) {
        Reply::Full(code, headers, body) => {
            let mut head = format!(
                "HTTP/1.1 {code} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for (k, v) in headers {
                head += &format!("{k}: {v}\r\n");
            }
            head += "\r\n";
            w.write_all(head.as_bytes())?;
            w.write_all(&body)?;
        }
        Reply::Truncated(body, keep) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            w.write_all(head.as_bytes())?;
            w.write_all(&body[..keep.min(body.len())])?;
        }
    }
    w.flush()?;
    let _ = w.shutdown(std::net::Shutdown::Both);
    Ok(())
}

/// A TCP proxy in front of `upstream` that sends the answers at most `rate` bytes a second
/// (0: as fast as they come), to make downloads slow enough to watch or interrupt.
pub struct Throttle {
    pub host: String,
    pub rate: std::sync::Arc<std::sync::atomic::AtomicU64>,
    _server: Server,
}

impl Throttle {
    pub fn start(upstream: &str, rate: u64) -> Throttle {
        use std::sync::atomic::{AtomicU64, Ordering};
        let rate = std::sync::Arc::new(AtomicU64::new(rate));
        let (r, up) = (rate.clone(), upstream.to_string());
        let server = Server::start(move |client| {
            let Ok(server) = TcpStream::connect(&up) else {
                return;
            };
            let (mut c_in, mut s_out) = match (client.try_clone(), server.try_clone()) {
                (Ok(c), Ok(s)) => (c, s),
                _ => return,
            };
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut c_in, &mut s_out);
                let _ = s_out.shutdown(std::net::Shutdown::Write);
            });
            let r = r.clone();
            std::thread::spawn(move || {
                let (mut s_in, mut c_out) = (server, client);
                let mut buf = vec![0u8; 16 << 10];
                loop {
                    let n = match s_in.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    if c_out.write_all(&buf[..n]).is_err() {
                        break;
                    }
                    let rate = r.load(Ordering::SeqCst);
                    if rate > 0 {
                        std::thread::sleep(Duration::from_secs_f64(n as f64 / rate as f64));
                    }
                }
                let _ = c_out.shutdown(std::net::Shutdown::Both);
            });
        });
        Throttle {
            host: server.host.clone(),
            rate,
            _server: server,
        }
    }
}

/// `n` bytes that do not compress (xorshift), the same for the same seed.
pub fn noise(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    let mut out = Vec::with_capacity(n + 8);
    while out.len() < n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(n);
    out
}

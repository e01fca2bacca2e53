//! Test harness: runs the real `skiff` binary as an unprivileged user with a fresh store.
//!
//! As root (CI), commands run as `skiff-test` (or `$SKIFF_TEST_USER`), created with a subuid
//! range by `.ci/setup.sh`. As a normal user they run as that user.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub const TIMEOUT: Duration = Duration::from_secs(90);

#[derive(Clone, Debug)]
pub struct User {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub home: String,
}

fn passwd_entry(name: &str) -> Option<User> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        (f.len() >= 6 && f[0] == name).then(|| User {
            name: f[0].into(),
            uid: f[2].parse().unwrap_or(0),
            gid: f[3].parse().unwrap_or(0),
            home: f[5].into(),
        })
    })
}

pub fn is_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// The user skiff runs as. None means "the current user".
pub fn test_user() -> Option<User> {
    if !is_root() {
        return None;
    }
    let name = std::env::var("SKIFF_TEST_USER").unwrap_or_else(|_| "skiff-test".into());
    Some(passwd_entry(&name).unwrap_or_else(|| {
        panic!("test user {name} does not exist: run `bash .ci/setup.sh` as root first")
    }))
}

/// The uid skiff runs under, and the start of its subordinate range.
pub fn host_ids() -> (u32, Option<u32>) {
    let (uid, name) = match test_user() {
        Some(u) => (u.uid, u.name),
        None => {
            let uid = rustix::process::getuid().as_raw();
            (uid, std::env::var("USER").unwrap_or_default())
        }
    };
    let sub = std::fs::read_to_string("/etc/subuid").ok().and_then(|t| {
        t.lines().find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() == 3 && (f[0] == name || f[0] == uid.to_string()))
                .then(|| f[1].parse().ok())
                .flatten()
        })
    });
    (uid, sub)
}

/// The skiff binary, copied where the test user can execute it. Every test process of one
/// build shares one copy (named after the binary's path, size and modification time, made by
/// rename so concurrent processes never see half a file); copies of other builds older than an
/// hour are removed, so repeated runs do not fill /tmp.
pub fn binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        use std::hash::{Hash, Hasher};
        let src = PathBuf::from(env!("CARGO_BIN_EXE_skiff"));
        let meta = std::fs::metadata(&src).unwrap();
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (&src, meta.len(), meta.modified().unwrap()).hash(&mut h);
        let dir = PathBuf::from(format!("/tmp/skiff-test-bin-{:016x}", h.finish()));
        let dst = dir.join("skiff");
        if !dst.exists() {
            remove_stale_copies(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
            let tmp = dir.join(format!(".skiff.{}", std::process::id()));
            std::fs::copy(&src, &tmp).unwrap();
            std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755)).unwrap();
            std::fs::rename(&tmp, &dst).unwrap();
        }
        dst
    })
}

/// Remove `/tmp/skiff-test-bin-*` copies other than `keep` that are over an hour old.
fn remove_stale_copies(keep: &Path) {
    let Ok(rd) = std::fs::read_dir("/tmp") else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(3600));
        let ours = e
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with("skiff-test-bin-"));
        if ours && old && p != keep {
            let _ = std::fs::remove_dir_all(&p);
        }
    }
}

/// Output of one command.
#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    #[track_caller]
    pub fn ok(self) -> Out {
        assert_eq!(
            self.code, 0,
            "command failed:\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
    #[track_caller]
    pub fn code(self, want: i32) -> Out {
        assert_eq!(
            self.code, want,
            "unexpected exit code:\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

/// A fresh store (root + runroot) owned by the test user.
pub struct Env {
    pub dir: PathBuf,
    pub user: Option<User>,
    busybox: OnceLock<String>,
}

static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl Env {
    pub fn new() -> Env {
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = PathBuf::from(format!("/tmp/skiff-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        let user = test_user();
        if let Some(u) = &user {
            std::os::unix::fs::chown(&dir, Some(u.uid), Some(u.gid)).unwrap();
        }
        Env {
            dir,
            user,
            busybox: OnceLock::new(),
        }
    }

    /// A directory the test user can write and the test can read.
    pub fn scratch(&self, name: &str) -> PathBuf {
        let p = self.dir.join(name);
        std::fs::create_dir_all(&p).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o777)).unwrap();
        p
    }

    /// A command running `skiff --root .. --runroot .. ARGS` as the test user.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = self.raw_cmd(binary());
        c.arg("--root").arg(self.dir.join("root"));
        c.arg("--runroot").arg(self.dir.join("runroot"));
        c.args(args);
        c
    }

    /// Any program run as the test user with a clean environment.
    pub fn raw_cmd(&self, program: &Path) -> Command {
        self.raw_cmd_with(program, &[])
    }

    /// Any program run as the test user with a clean environment but for `vars`.
    pub fn raw_cmd_with(&self, program: &Path, vars: &[(&str, &str)]) -> Command {
        match &self.user {
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
        }
    }

    pub fn run(&self, args: &[&str]) -> Out {
        self.run_stdin(args, None)
    }

    pub fn run_stdin(&self, args: &[&str], input: Option<&[u8]>) -> Out {
        run_cmd(self.cmd(args), input)
    }

    /// Import the busybox rootfs once per Env as localhost/busybox:latest.
    pub fn busybox(&self) -> &str {
        self.busybox.get_or_init(|| {
            let tar = busybox_tar();
            self.run(&["import", tar.to_str().unwrap(), "localhost/busybox:latest"])
                .ok();
            "localhost/busybox:latest".to_string()
        })
    }

    /// `images --format {{.ID}} {{.Repository}}:{{.Tag}}`, for before/after comparisons.
    pub fn image_list(&self) -> String {
        self.run(&["images", "--format", "{{.ID}} {{.Repository}}:{{.Tag}}"])
            .ok()
            .stdout
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        // Stop anything still running, then remove files that may belong to subordinate ids.
        let _ = run_cmd(self.cmd(&["rm", "-af"]), None);
        if !is_root() {
            let root = self.dir.join("root");
            let _ = run_cmd(
                self.cmd(&["unshare", "rm", "-rf", root.to_str().unwrap_or("")]),
                None,
            );
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub fn run_cmd(mut c: Command, input: Option<&[u8]>) -> Out {
    c.stdin(if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().expect("spawning skiff");
    if let Some(data) = input {
        let mut stdin = child.stdin.take().unwrap();
        let data = data.to_vec();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&data);
        });
    }
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("command timed out after {TIMEOUT:?}: {c:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = String::from_utf8_lossy(&t_out.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&t_err.join().unwrap()).into_owned();
    use std::os::unix::process::ExitStatusExt;
    let code = status
        .code()
        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
    Out {
        code,
        stdout,
        stderr,
    }
}

/// A rootfs tarball with busybox-static, built once per test process.
pub fn busybox_tar() -> PathBuf {
    static TAR: OnceLock<PathBuf> = OnceLock::new();
    TAR.get_or_init(|| {
        let dir = binary().parent().unwrap().to_path_buf();
        let path = dir.join("busybox-rootfs.tar");
        let mut b = TarBuilder::new();
        for d in ["bin", "etc", "tmp", "root", "proc", "sys", "dev", "home", "var", "mnt"] {
            b.dir(d, if d == "tmp" { 0o1777 } else { 0o755 }, 0, 0);
        }
        b.dir("home/app", 0o755, 1000, 1000);
        let bb = std::fs::read("/bin/busybox").expect("/bin/busybox (busybox-static) is needed");
        b.file("bin/busybox", &bb, 0o755, 0, 0);
        let list = Command::new("/bin/busybox").arg("--list").output().unwrap();
        for applet in String::from_utf8_lossy(&list.stdout).lines() {
            if applet != "busybox" {
                b.symlink(&format!("bin/{applet}"), "busybox");
            }
        }
        b.file(
            "etc/passwd",
            b"root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/home/app:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n",
            0o644,
            0,
            0,
        );
        b.file(
            "etc/group",
            b"root:x:0:\ntty:x:5:\nwheel:x:10:app\napp:x:1000:\nnogroup:x:65534:\n",
            0o644,
            0,
            0,
        );
        std::fs::write(&path, b.finish()).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        path
    })
    .clone()
}

/// Builds tar archives in memory, with full control over hostile entries.
pub struct TarBuilder {
    b: tar::Builder<Vec<u8>>,
}

impl TarBuilder {
    pub fn new() -> Self {
        TarBuilder {
            b: tar::Builder::new(Vec::new()),
        }
    }
    fn header(kind: tar::EntryType, mode: u32, uid: u64, gid: u64, size: u64) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_uid(uid);
        h.set_gid(gid);
        h.set_size(size);
        h.set_mtime(1_700_000_000);
        h
    }
    /// Write the name bytes as given (the tar crate refuses `..` through its normal API).
    fn raw_name(h: &mut tar::Header, name: &str) {
        let gnu = h.as_gnu_mut().unwrap();
        gnu.name = [0; 100];
        gnu.name[..name.len()].copy_from_slice(name.as_bytes());
    }
    pub fn dir(&mut self, name: &str, mode: u32, uid: u64, gid: u64) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Directory, mode, uid, gid, 0);
        Self::raw_name(&mut h, name);
        h.set_cksum();
        self.b.append(&h, std::io::empty()).unwrap();
        self
    }
    pub fn file(&mut self, name: &str, data: &[u8], mode: u32, uid: u64, gid: u64) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Regular, mode, uid, gid, data.len() as u64);
        Self::raw_name(&mut h, name);
        h.set_cksum();
        self.b.append(&h, data).unwrap();
        self
    }
    pub fn symlink(&mut self, name: &str, target: &str) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Symlink, 0o777, 0, 0, 0);
        Self::raw_name(&mut h, name);
        h.set_link_name(target).unwrap();
        h.set_cksum();
        self.b.append(&h, std::io::empty()).unwrap();
        self
    }
    pub fn hardlink(&mut self, name: &str, target: &str) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Link, 0o644, 0, 0, 0);
        Self::raw_name(&mut h, name);
        {
            let gnu = h.as_gnu_mut().unwrap();
            gnu.linkname = [0; 100];
            gnu.linkname[..target.len()].copy_from_slice(target.as_bytes());
        }
        h.set_cksum();
        self.b.append(&h, std::io::empty()).unwrap();
        self
    }
    pub fn chardev(&mut self, name: &str, major: u32, minor: u32) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Char, 0o666, 0, 0, 0);
        Self::raw_name(&mut h, name);
        h.set_device_major(major).unwrap();
        h.set_device_minor(minor).unwrap();
        h.set_cksum();
        self.b.append(&h, std::io::empty()).unwrap();
        self
    }
    pub fn finish(&mut self) -> Vec<u8> {
        let b = std::mem::replace(&mut self.b, tar::Builder::new(Vec::new()));
        b.into_inner().unwrap()
    }
}

pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(data))
}

/// A docker-archive holding `layers` (uncompressed tars), named `name`.
pub fn docker_archive(name: &str, layers: &[Vec<u8>]) -> Vec<u8> {
    let diff_ids: Vec<String> = layers
        .iter()
        .map(|l| format!("sha256:{}", sha256_hex(l)))
        .collect();
    let config = serde_json::json!({
        "architecture": "amd64", "os": "linux", "created": "2024-01-01T00:00:00Z",
        "config": {"Cmd": ["sh"], "Env": ["PATH=/usr/sbin:/usr/bin:/sbin:/bin", "FROM_IMAGE=1"]},
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
    });
    let config = serde_json::to_vec(&config).unwrap();
    let cfg_name = format!("{}.json", sha256_hex(&config));
    let mut t = TarBuilder::new();
    let mut names = Vec::new();
    for (i, l) in layers.iter().enumerate() {
        let n = format!("layer{i}/layer.tar");
        t.dir(&format!("layer{i}"), 0o755, 0, 0);
        t.file(&n, l, 0o644, 0, 0);
        names.push(n);
    }
    t.file(&cfg_name, &config, 0o644, 0, 0);
    let manifest = serde_json::json!([{"Config": cfg_name, "RepoTags": [name], "Layers": names}]);
    t.file(
        "manifest.json",
        &serde_json::to_vec(&manifest).unwrap(),
        0o644,
        0,
        0,
    );
    t.finish()
}

/// An oci-archive holding gzip-compressed `layers`, named `name`, for linux/amd64.
pub fn oci_archive(name: &str, layers: &[Vec<u8>]) -> Vec<u8> {
    oci_archive_with(name, layers, false, ("amd64", None))
}

/// An oci-archive holding `layers` compressed with zstd (else gzip), for linux/`platform`
/// (architecture, variant), named `name`.
pub fn oci_archive_with(
    name: &str,
    layers: &[Vec<u8>],
    zstd: bool,
    platform: (&str, Option<&str>),
) -> Vec<u8> {
    let mut t = TarBuilder::new();
    t.file(
        "oci-layout",
        br#"{"imageLayoutVersion":"1.0.0"}"#,
        0o644,
        0,
        0,
    );
    t.dir("blobs", 0o755, 0, 0);
    t.dir("blobs/sha256", 0o755, 0, 0);
    let mut descs = Vec::new();
    let mut diff_ids = Vec::new();
    for l in layers {
        let (blob, mt) = if zstd {
            (
                zstd::encode_all(&l[..], 3).unwrap(),
                "application/vnd.oci.image.layer.v1.tar+zstd",
            )
        } else {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(l).unwrap();
            (
                gz.finish().unwrap(),
                "application/vnd.oci.image.layer.v1.tar+gzip",
            )
        };
        let d = sha256_hex(&blob);
        t.file(&format!("blobs/sha256/{d}"), &blob, 0o644, 0, 0);
        descs.push(serde_json::json!({"mediaType": mt, "digest": format!("sha256:{d}"), "size": blob.len()}));
        diff_ids.push(format!("sha256:{}", sha256_hex(l)));
    }
    let mut config = serde_json::json!({
        "architecture": platform.0, "os": "linux",
        "config": {"Cmd": ["sh"]},
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
    });
    if let Some(v) = platform.1 {
        config["variant"] = v.into();
    }
    let config = serde_json::to_vec(&config).unwrap();
    let cd = sha256_hex(&config);
    t.file(&format!("blobs/sha256/{cd}"), &config, 0o644, 0, 0);
    let manifest = serde_json::to_vec(&serde_json::json!({
        "schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": format!("sha256:{cd}"), "size": config.len()},
        "layers": descs,
    }))
    .unwrap();
    let md = sha256_hex(&manifest);
    t.file(&format!("blobs/sha256/{md}"), &manifest, 0o644, 0, 0);
    let index = serde_json::json!({"schemaVersion": 2, "manifests": [{
        "mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": format!("sha256:{md}"),
        "size": manifest.len(), "annotations": {"org.opencontainers.image.ref.name": name}}]});
    t.file(
        "index.json",
        &serde_json::to_vec(&index).unwrap(),
        0o644,
        0,
        0,
    );
    t.finish()
}

/// Write bytes to a file the test user can read.
pub fn write_file(env: &Env, name: &str, data: &[u8]) -> PathBuf {
    let p = env.scratch("files").join(name);
    std::fs::write(&p, data).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
    p
}

/// Run a command on a pty: `script` for each chunk of input; returns everything printed and
/// the exit code.
pub fn run_pty(env: &Env, args: &[&str], input: &[&str], rows: u16, cols: u16) -> (i32, String) {
    run_pty_cmd(env.cmd(args), input, rows, cols)
}

/// Run any command on a pty, as `run_pty` does skiff.
pub fn run_pty_cmd(mut c: Command, input: &[&str], rows: u16, cols: u16) -> (i32, String) {
    use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
    use std::os::fd::{AsRawFd, FromRawFd};
    use std::os::unix::process::CommandExt;
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
    grantpt(&master).unwrap();
    unlockpt(&master).unwrap();
    let name = ptsname(&master, Vec::new()).unwrap();
    let slave = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(name.to_str().unwrap())
        .unwrap();
    rustix::termios::tcsetwinsize(
        &slave,
        rustix::termios::Winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        },
    )
    .unwrap();
    let fd = slave.as_raw_fd();
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        c.pre_exec(move || {
            if libc::setsid() < 0 || libc::ioctl(fd, libc::TIOCSCTTY, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    c.stdin(slave.try_clone().unwrap())
        .stdout(slave.try_clone().unwrap())
        .stderr(slave.try_clone().unwrap());
    let mut child = c.spawn().unwrap();
    // The Command keeps its copies of the slave open; drop them so reads end when the child does.
    drop(c);
    drop(slave);
    let mfile = unsafe {
        std::fs::File::from_raw_fd(rustix::io::dup(&master).unwrap().into_raw_fd_compat())
    };
    let mut reader = mfile.try_clone().unwrap();
    let t = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => all.extend_from_slice(&buf[..n]),
            }
        }
        all
    });
    let mut w = mfile;
    for chunk in input {
        std::thread::sleep(Duration::from_millis(700));
        w.write_all(chunk.as_bytes()).unwrap();
    }
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("pty command timed out");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    drop(w);
    drop(master);
    let out = t.join().unwrap();
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out).into_owned(),
    )
}

trait IntoRawFdCompat {
    fn into_raw_fd_compat(self) -> i32;
}
impl IntoRawFdCompat for std::os::fd::OwnedFd {
    fn into_raw_fd_compat(self) -> i32 {
        use std::os::fd::IntoRawFd;
        self.into_raw_fd()
    }
}

/// A loopback TCP port nobody listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The parent of process `pid` (a container's monitor).
pub fn parent_of(pid: i32) -> i32 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("PPid:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// SIGKILL these processes (they run as the test user).
pub fn kill9(pids: &[i32]) {
    for p in pids {
        Command::new("kill")
            .args(["-9", &p.to_string()])
            .status()
            .unwrap();
    }
}

/// GET / from 127.0.0.1:port, retrying while the server starts.
pub fn http_get(port: u16) -> String {
    let t = std::time::Instant::now();
    loop {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            s.set_read_timeout(Some(std::time::Duration::from_secs(5)))
                .unwrap();
            s.write_all(b"GET / HTTP/1.0\r\n\r\n").unwrap();
            let mut r = String::new();
            let _ = s.read_to_string(&mut r);
            if !r.is_empty() {
                return r;
            }
        }
        assert!(
            t.elapsed() < std::time::Duration::from_secs(10),
            "no answer on {port}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// Listen on `addr` (port 0: any free one) for one connection; the handle yields what the peer
/// sent before closing. Returns the port and the handle.
pub fn accept_once(addr: &str) -> (u16, std::thread::JoinHandle<String>) {
    let l = std::net::TcpListener::bind(addr).unwrap();
    let port = l.local_addr().unwrap().port();
    let t = std::thread::spawn(move || {
        let (mut s, _) = l.accept().unwrap();
        let mut got = String::new();
        s.read_to_string(&mut got).unwrap();
        got
    });
    (port, t)
}

/// A small random generator (xorshift) for tests that act at random moments, seeded from the
/// clock or `SKIFF_TEST_SEED` (the seed is printed, to replay a run).
pub struct Rng(u64);

impl Rng {
    pub fn new() -> Rng {
        let seed = std::env::var("SKIFF_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
                    | 1
            });
        eprintln!("SKIFF_TEST_SEED={seed}");
        Rng(seed)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

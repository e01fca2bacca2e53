//! Registries: pull, push, login, logout against real docker-registry processes (plain HTTP,
//! TLS with a private CA, htpasswd, token auth), manifest lists, zstd layers, concurrency.

mod common;
#[path = "common/registry.rs"]
mod reg;

use common::*;
use reg::{curl, Opts, Registry, TokenServer, PASS, USER};
use std::path::Path;

/// `CONTAINERS_REGISTRIES_CONF` pointing at a registries.conf with `text`, written in `env`.
fn conf_vars(env: &Env, text: &str) -> [(&'static str, String); 1] {
    let conf = write_file(env, "registries.conf", text.as_bytes());
    [("CONTAINERS_REGISTRIES_CONF", conf.display().to_string())]
}

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

fn inspect(env: &Env, img: &str) -> serde_json::Value {
    let o = env.run(&["image", "inspect", img]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    v[0].clone()
}

fn image_id(env: &Env, img: &str) -> String {
    inspect(env, img)["Id"].as_str().unwrap().to_string()
}

/// Push a local image to REG/DEST over plain HTTP; returns (image id, manifest digest).
fn push_image(env: &Env, r: &Registry, img: &str, dest: &str) -> (String, String) {
    env.run(&[
        "push",
        "--tls-verify=false",
        img,
        &format!("{}/{dest}", r.host),
    ])
    .ok();
    let v = inspect(env, img);
    (
        v["Id"].as_str().unwrap().to_string(),
        v["Digest"].as_str().unwrap().to_string(),
    )
}

/// Push busybox to REG/DEST over plain HTTP; returns (image id, manifest digest).
fn push_busybox(env: &Env, r: &Registry, dest: &str) -> (String, String) {
    let bb = env.busybox().to_string();
    push_image(env, r, &bb, dest)
}

#[test]
fn plain_http_push_pull_by_tag_and_digest() {
    let r = Registry::start(Opts::default());
    let src = Env::new();
    let (id, digest) = push_busybox(&src, &r, "t/bb:1");
    // The registry has the manifest under the same digest.
    let (code, _) = curl(
        &[
            "-I",
            "-H",
            "Accept: application/vnd.oci.image.manifest.v1+json",
        ],
        &r.url("http", &format!("t/bb/manifests/{digest}")),
    );
    assert_eq!(code, 200);

    let env = Env::new();
    let name = format!("{}/t/bb:1", r.host);
    let o = env.run(&["pull", "--tls-verify=false", &name]).ok();
    assert_eq!(o.stdout.trim(), id);
    // Without a tty: plain progress lines, no escape sequences.
    assert!(o.stderr.contains("Copying blob "), "{}", o.stderr);
    assert!(!o.stderr.contains('\x1b'), "{}", o.stderr);
    let v = inspect(&env, &name);
    assert_eq!(v["Digest"], digest);
    let rd = format!("{}/t/bb@{digest}", r.host);
    assert!(
        v["RepoDigests"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| *d == rd),
        "{v}"
    );
    let o = env.run(&["images", "--digests"]).ok();
    assert!(o.stdout.contains(&digest), "{}", o.stdout);
    // The pulled layers work.
    let o = env.run(&["run", "--rm", &name, "echo", "pulled"]).ok();
    assert_eq!(o.stdout.trim(), "pulled");
    // Pulling again skips the layers (the registry no longer has them) and gives the same
    // image.
    let layers = r.layers("t/bb", &digest);
    assert!(!layers.is_empty());
    for l in &layers {
        std::fs::remove_file(r.blob_file(l)).unwrap();
    }
    let o = env.run(&["pull", "-q", "--tls-verify=false", &name]).ok();
    assert_eq!(o.stdout.trim(), id);

    // By digest, into a fresh store.
    // A fresh store needs the layers: the registry's error is reported.
    let env2 = Env::new();
    let o = env2.run(&["pull", "--tls-verify=false", &rd]).code(125);
    assert!(o.stderr.contains("blob unknown"), "{}", o.stderr);
    assert_eq!(env2.image_list(), "");
    src.run(&["push", "--tls-verify=false", src.busybox(), &name])
        .ok();
    let o = env2.run(&["pull", "--tls-verify=false", &rd]).ok();
    assert_eq!(o.stdout.trim(), id);
    assert_eq!(image_id(&env2, &rd), id);
    let o = env2
        .run(&["images", "--format", "{{.Repository}} {{.Tag}}"])
        .ok();
    assert_eq!(o.stdout.trim(), format!("{}/t/bb <none>", r.host));

    // Verified TLS against a plain HTTP registry fails; unknown tags are reported.
    let o = env2.run(&["pull", &name]).code(125);
    assert!(o.stderr.starts_with("Trying to pull "), "{}", o.stderr);
    assert!(
        o.stderr.lines().nth(1).unwrap_or("").starts_with("Error: "),
        "{}",
        o.stderr
    );
    let o = env2
        .run(&[
            "pull",
            "--tls-verify=false",
            &format!("{}/t/bb:nope", r.host),
        ])
        .code(125);
    assert!(o.stderr.contains("manifest unknown"), "{}", o.stderr);
    // podman's first line, then the error on one line.
    let lines: Vec<&str> = o.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", o.stderr);
    assert_eq!(lines[0], format!("Trying to pull {}/t/bb:nope...", r.host));
}

#[test]
fn registries_conf_insecure_and_short_names() {
    let r = Registry::start(Opts::default());
    let src = Env::new();
    let (id, _) = push_busybox(&src, &r, "team/bb:2");
    let env = Env::new();
    let vars = conf_vars(
        &env,
        &format!(
            "unqualified-search-registries = [\"{h}\"]\n\n[[registry]]\nlocation = \"{h}\"\ninsecure = true\n\n[[registry]]\nprefix = \"mirror.example/team\"\nlocation = \"{h}/team\"\ninsecure = true\n\n[[registry]]\nlocation = \"blocked.example\"\nblocked = true\n\n[aliases]\n\"bbalias\" = \"{h}/team/bb\"\n",
            h = r.host
        ),
    );
    let o = run_env(&env, &vars, &["pull", &format!("{}/team/bb:2", r.host)]).ok();
    assert_eq!(o.stdout.trim(), id);
    let env = Env::new();
    let o = run_env(&env, &vars, &["pull", "team/bb:2"]).ok();
    assert_eq!(o.stdout.trim(), id);
    assert_eq!(image_id(&env, &format!("{}/team/bb:2", r.host)), id);
    let o = run_env(&env, &vars, &["pull", "bbalias:2"]).ok();
    assert_eq!(o.stdout.trim(), id);
    // A prefix rewritten to another location keeps the name that was asked for.
    let o = run_env(&env, &vars, &["pull", "mirror.example/team/bb:2"]).ok();
    assert_eq!(o.stdout.trim(), id);
    assert_eq!(image_id(&env, "mirror.example/team/bb:2"), id);
    let o = run_env(&env, &vars, &["pull", "blocked.example/x/y"]).code(125);
    assert!(o.stderr.contains("blocked"), "{}", o.stderr);
}

#[test]
fn corrupt_blob_stores_nothing() {
    let r = Registry::start(Opts::default());
    let src = Env::new();
    push_busybox(&src, &r, "t/bad:1");
    let m = src
        .run(&["image", "inspect", "--format", "{{.Digest}}", "busybox"])
        .ok();
    let layers = r.layers("t/bad", m.stdout.trim());
    let blob = &layers[0];
    let f = r.blob_file(blob);
    let mut data = std::fs::read(&f).unwrap();
    let n = data.len();
    data[n / 2] ^= 0xff;
    std::fs::write(&f, data).unwrap();
    let env = Env::new();
    let o = env
        .run(&["pull", "--tls-verify=false", &format!("{}/t/bad:1", r.host)])
        .code(125);
    assert!(o.stderr.contains("digest mismatch"), "{}", o.stderr);
    assert_eq!(env.image_list(), "");
    let blobs = env.dir.join("root/blobs/sha256");
    let count = std::fs::read_dir(&blobs).map(|d| d.count()).unwrap_or(0);
    assert_eq!(count, 0, "no blob may be stored");
}

#[test]
fn tls_with_private_ca_and_htpasswd_login_logout() {
    let r = Registry::start(Opts {
        tls: true,
        htpasswd: true,
        ..Default::default()
    });
    let env = Env::new();
    let certs = r.cert_dir(&env.scratch("certs"));
    let certs = certs.to_str().unwrap().to_string();
    let auth = env.scratch("auth").join("auth.json");
    let authf = auth.to_str().unwrap().to_string();
    let bb = env.busybox().to_string();
    let dest = format!("{}/private/bb:1", r.host);

    // --tls-verify=false accepts the unknown certificate.
    let e0 = Env::new();
    let o = e0
        .run(&[
            "push",
            "--tls-verify=false",
            "--creds",
            &format!("{USER}:{PASS}"),
            e0.busybox(),
            &format!("{}/unverified/bb:1", r.host),
        ])
        .ok();
    assert!(
        o.stderr.lines().all(|l| l.starts_with("Copying ")
            || l == "Getting image source signatures"
            || l == "Writing manifest to image destination"),
        "{}",
        o.stderr
    );
    // Without the CA the certificate is refused.
    let o = env
        .run(&[
            "login",
            "-u",
            USER,
            "-p",
            PASS,
            "--authfile",
            &authf,
            &r.host,
        ])
        .code(125);
    assert!(
        o.stderr.to_lowercase().contains("certificate"),
        "{}",
        o.stderr
    );
    // Not logged in: push is refused.
    let o = env
        .run(&[
            "push",
            "--cert-dir",
            &certs,
            "--authfile",
            &authf,
            &bb,
            &dest,
        ])
        .code(125);
    assert!(o.stderr.contains("unauthorized"), "{}", o.stderr);
    // Wrong password: one clear line, exit 125, nothing stored.
    let o = env
        .run(&[
            "login",
            "--cert-dir",
            &certs,
            "--authfile",
            &authf,
            "-u",
            USER,
            "-p",
            "wrong",
            &r.host,
        ])
        .code(125);
    assert_eq!(o.stderr.lines().count(), 1, "{}", o.stderr);
    assert!(o.stderr.contains("unauthorized"), "{}", o.stderr);
    assert!(
        o.stderr.contains("invalid username/password"),
        "{}",
        o.stderr
    );
    assert!(!auth.exists());
    // Right password, from stdin.
    let o = env
        .run_stdin(
            &[
                "login",
                "--cert-dir",
                &certs,
                "--authfile",
                &authf,
                "-u",
                USER,
                "--password-stdin",
                &r.host,
            ],
            Some(format!("{PASS}\n").as_bytes()),
        )
        .ok();
    assert_eq!(o.stdout.trim(), "Login Succeeded!");
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&auth).unwrap()).unwrap();
    assert!(saved["auths"][&r.host]["auth"].is_string(), "{saved}");
    env.run(&[
        "push",
        "--cert-dir",
        &certs,
        "--authfile",
        &authf,
        &bb,
        &dest,
    ])
    .ok();
    // login without credentials checks the stored ones.
    let o = env
        .run(&["login", "--cert-dir", &certs, "--authfile", &authf, &r.host])
        .ok();
    assert!(o.stdout.contains("Already logged in to"), "{}", o.stdout);

    // Another store pulls with the auth file via REGISTRY_AUTH_FILE.
    let env2 = Env::new();
    let vars = [("REGISTRY_AUTH_FILE", authf.clone())];
    let o = run_env(&env2, &vars, &["pull", "--cert-dir", &certs, &dest]).ok();
    assert_eq!(o.stdout.trim(), image_id(&env, &bb));

    // Logout, then pulls are denied.
    let o = env.run(&["logout", "--authfile", &authf, &r.host]).ok();
    assert!(
        o.stdout.contains("Removed login credentials"),
        "{}",
        o.stdout
    );
    let o = env
        .run(&["logout", "--authfile", &authf, &r.host])
        .code(125);
    assert!(o.stderr.contains("not logged into"), "{}", o.stderr);
    let env3 = Env::new();
    let o = run_env(&env3, &vars, &["pull", "--cert-dir", &certs, &dest]).code(125);
    assert!(o.stderr.contains("unauthorized"), "{}", o.stderr);
    // logout -a empties the file.
    env.run(&[
        "login",
        "--cert-dir",
        &certs,
        "--authfile",
        &authf,
        "-u",
        USER,
        "-p",
        PASS,
        &r.host,
    ])
    .ok();
    env.run(&["logout", "-a", "--authfile", &authf]).ok();
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&auth).unwrap()).unwrap();
    assert_eq!(saved["auths"], serde_json::json!({}));
}

#[test]
fn token_auth() {
    let ts = TokenServer::start();
    let r = Registry::start(Opts {
        token: Some((ts.realm.clone(), ts.dir.clone())),
        ..Default::default()
    });
    let env = Env::new();
    let auth = env.scratch("auth").join("auth.json");
    let authf = auth.to_str().unwrap().to_string();
    let bb = env.busybox().to_string();
    let dest = format!("{}/tok/bb:1", r.host);
    // Anonymous tokens grant nothing.
    let o = env
        .run(&[
            "push",
            "--tls-verify=false",
            "--authfile",
            &authf,
            &bb,
            &dest,
        ])
        .code(125);
    assert!(
        o.stderr.contains("unauthorized") || o.stderr.contains("denied"),
        "{}",
        o.stderr
    );
    let o = env
        .run(&[
            "login",
            "--tls-verify=false",
            "--authfile",
            &authf,
            "-u",
            USER,
            "-p",
            "nope",
            &r.host,
        ])
        .code(125);
    assert!(o.stderr.contains("unauthorized"), "{}", o.stderr);
    env.run(&[
        "login",
        "--tls-verify=false",
        "--authfile",
        &authf,
        "-u",
        USER,
        "-p",
        PASS,
        &r.host,
    ])
    .ok();
    env.run(&[
        "push",
        "--tls-verify=false",
        "--authfile",
        &authf,
        &bb,
        &dest,
    ])
    .ok();
    let env2 = Env::new();
    let o = env2
        .run(&["pull", "--tls-verify=false", "--authfile", &authf, &dest])
        .ok();
    assert_eq!(o.stdout.trim(), image_id(&env, &bb));
    env.run(&["logout", "--authfile", &authf, &r.host]).ok();
    let env3 = Env::new();
    let o = env3
        .run(&["pull", "--tls-verify=false", "--authfile", &authf, &dest])
        .code(125);
    assert!(
        o.stderr.contains("unauthorized") || o.stderr.contains("denied"),
        "{}",
        o.stderr
    );
}

/// A runnable image (busybox plus a marker file) with zstd layers, loaded from an OCI archive.
fn zstd_image(env: &Env, name: &str) -> String {
    let bb = std::fs::read(busybox_tar()).unwrap();
    let marker = TarBuilder::new()
        .dir("etc", 0o755, 0, 0)
        .file("etc/arm-marker", b"arm64 build\n", 0o644, 0, 0)
        .finish();
    let arch = oci_archive_with(name, &[bb, marker], true, ("arm64", Some("v8")));
    let f = write_file(env, "z.tar", &arch);
    env.run(&["load", "-i", f.to_str().unwrap()]).ok();
    image_id(env, name)
}

#[test]
fn manifest_list_platform_selection_and_zstd() {
    let r = Registry::start(Opts::default());
    let env = Env::new();
    let (amd_id, amd_digest) = push_busybox(&env, &r, "t/multi:amd");
    let arm_id = zstd_image(&env, "localhost/armimg:1");
    let (_, arm_digest) = push_image(&env, &r, "localhost/armimg:1", "t/multi:arm");
    let size = |d: &str| {
        let (c, b) = curl(
            &["-H", "Accept: application/vnd.oci.image.manifest.v1+json"],
            &r.url("http", &format!("t/multi/manifests/{d}")),
        );
        assert_eq!(c, 200);
        b.len()
    };
    let index = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [
            {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": amd_digest, "size": size(&amd_digest),
             "platform": {"os": "linux", "architecture": "amd64"}},
            {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": arm_digest, "size": size(&arm_digest),
             "platform": {"os": "linux", "architecture": "arm64", "variant": "v8"}},
        ]
    });
    let f = write_file(&env, "index.json", index.to_string().as_bytes());
    let (c, b) = curl(
        &[
            "-X",
            "PUT",
            "-H",
            "Content-Type: application/vnd.oci.image.index.v1+json",
            "--data-binary",
            &format!("@{}", f.display()),
        ],
        &r.url("http", "t/multi/manifests/latest"),
    );
    assert_eq!(c, 201, "{}", String::from_utf8_lossy(&b));
    let name = format!("{}/t/multi", r.host);

    let e1 = Env::new();
    let o = e1
        .run(&[
            "pull",
            "--tls-verify=false",
            "--platform",
            "linux/arm64",
            &name,
        ])
        .ok();
    assert_eq!(o.stdout.trim(), arm_id);
    let o = e1
        .run(&[
            "run",
            "--rm",
            &format!("{name}:latest"),
            "cat",
            "/etc/arm-marker",
        ])
        .ok();
    assert_eq!(o.stdout, "arm64 build\n");
    if std::env::consts::ARCH == "x86_64" {
        let e2 = Env::new();
        let o = e2.run(&["pull", "--tls-verify=false", &name]).ok();
        assert_eq!(o.stdout.trim(), amd_id);
    }
    let e3 = Env::new();
    let o = e3
        .run(&["pull", "--tls-verify=false", "--arch", "arm64", &name])
        .ok();
    assert_eq!(o.stdout.trim(), arm_id);
    let o = e1
        .run(&[
            "pull",
            "--tls-verify=false",
            "--platform",
            "linux/s390x",
            &name,
        ])
        .code(125);
    assert!(
        o.stderr.contains("no image found in manifest list"),
        "{}",
        o.stderr
    );
}

#[test]
fn concurrent_pulls_of_one_image() {
    let r = Registry::start(Opts::default());
    let src = Env::new();
    let (id, _) = push_busybox(&src, &r, "t/conc:1");
    let env = Env::new();
    let name = format!("{}/t/conc:1", r.host);
    let outs: Vec<Out> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..3)
            .map(|_| s.spawn(|| env.run(&["pull", "--tls-verify=false", &name])))
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for o in outs {
        let o = o.ok();
        assert_eq!(o.stdout.trim(), id);
    }
    assert_eq!(env.run(&["images", "-q"]).ok().stdout.lines().count(), 1);
    env.run(&["run", "--rm", &name, "true"]).ok();
}

#[test]
fn client_certificates_and_credential_files() {
    let r = Registry::start(Opts {
        client_certs: true,
        htpasswd: true,
        ..Default::default()
    });
    let env = Env::new();
    let only_ca = r.cert_dir(&env.scratch("ca-only"));
    let full = r.client_cert_dir(&env.scratch("with-client"));
    let bb = env.busybox().to_string();
    let dest = format!("{}/cc/bb:1", r.host);
    let creds = format!("{USER}:{PASS}");
    // Without a client certificate the TLS handshake is refused.
    let o = env
        .run(&[
            "push",
            "--creds",
            &creds,
            "--cert-dir",
            only_ca.to_str().unwrap(),
            &bb,
            &dest,
        ])
        .code(125);
    assert!(o.stderr.starts_with("Error: "), "{}", o.stderr);
    assert!(o.stderr.contains("Certificate"), "{}", o.stderr);
    env.run(&[
        "push",
        "--creds",
        &creds,
        "--cert-dir",
        full.to_str().unwrap(),
        &bb,
        &dest,
    ])
    .ok();

    // Default auth file: $XDG_RUNTIME_DIR/containers/auth.json.
    let run = env.scratch("xdg");
    let vars = [("XDG_RUNTIME_DIR", run.display().to_string())];
    let cd = full.to_str().unwrap();
    run_env(
        &env,
        &vars,
        &["login", "--cert-dir", cd, "-u", USER, "-p", PASS, &r.host],
    )
    .ok();
    assert!(run.join("containers/auth.json").exists());
    let e2 = Env::new();
    run_env(&e2, &vars, &["pull", "--cert-dir", cd, &dest]).ok();
    run_env(&env, &vars, &["logout", &r.host]).ok();

    // ~/.docker/config.json is read too (keys with a scheme), and the user's certs.d
    // (~/.config/containers/certs.d/HOST:PORT/) replaces --cert-dir.
    let home = env.scratch("home");
    let user_certs = home.join(".config/containers/certs.d").join(&r.host);
    std::fs::create_dir_all(&user_certs).unwrap();
    r.client_cert_dir(&user_certs);
    for d in [
        ".config",
        ".config/containers",
        ".config/containers/certs.d",
    ] {
        std::fs::set_permissions(
            home.join(d),
            std::os::unix::fs::PermissionsExt::from_mode(0o755),
        )
        .unwrap();
    }
    std::fs::set_permissions(
        &user_certs,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    std::fs::create_dir_all(home.join(".docker")).unwrap();
    use base64::Engine as _;
    let enc = base64::engine::general_purpose::STANDARD.encode(&creds);
    std::fs::write(
        home.join(".docker/config.json"),
        serde_json::json!({"auths": {format!("https://{}", r.host): {"auth": enc}}}).to_string(),
    )
    .unwrap();
    std::fs::set_permissions(
        home.join(".docker"),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    std::fs::set_permissions(
        home.join(".docker/config.json"),
        std::os::unix::fs::PermissionsExt::from_mode(0o644),
    )
    .unwrap();
    let e3 = Env::new();
    let vars = [
        ("HOME", home.display().to_string()),
        ("XDG_RUNTIME_DIR", run.display().to_string()),
    ];
    run_env(&e3, &vars, &["pull", &dest]).ok();
}

/// A fake registry (Basic auth) whose layer blob redirects to another host that fails once
/// mid-body: credentials must not reach the other host, the download is retried, a 503 on
/// the manifest is retried, and a schema 1 manifest is refused with a clear message.
#[test]
fn redirects_retries_and_schema1_against_a_fake_registry() {
    use reg::{MiniHttp, Reply, Req};
    use std::sync::{Arc, Mutex};
    let layer = TarBuilder::new()
        .dir("data", 0o755, 0, 0)
        .file("data/hello", b"redirected\n", 0o644, 0, 0)
        .finish();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, &layer).unwrap();
    let blob = gz.finish().unwrap();
    let blob_digest = format!("sha256:{}", sha256_hex(&blob));
    let config = serde_json::json!({
        "architecture": "amd64", "os": "linux",
        "rootfs": {"type": "layers", "diff_ids": [format!("sha256:{}", sha256_hex(&layer))]},
    })
    .to_string()
    .into_bytes();
    let config_digest = format!("sha256:{}", sha256_hex(&config));
    let manifest = serde_json::json!({
        "schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest, "size": config.len()},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": blob_digest, "size": blob.len()}],
    })
    .to_string()
    .into_bytes();

    // The "CDN": records the Authorization header of each request; cuts the first body short.
    let seen: Arc<Mutex<Vec<Option<String>>>> = Arc::new(Mutex::new(Vec::new()));
    let seen2 = seen.clone();
    let cdn_blob = blob.clone();
    let cdn = MiniHttp::start(move |req: &Req| {
        let mut s = seen2.lock().unwrap();
        s.push(req.auth.clone());
        if s.len() == 1 {
            Reply::Truncated(cdn_blob.clone(), cdn_blob.len() / 2)
        } else {
            Reply::Full(200, vec![], cdn_blob.clone())
        }
    });
    use base64::Engine as _;
    let good = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASS}"))
    );
    let cdn_host = cdn.host.clone();
    let (m2, c2, bd) = (manifest.clone(), config.clone(), blob_digest.clone());
    let overloaded = std::sync::atomic::AtomicBool::new(false);
    let fake = MiniHttp::start(move |req: &Req| {
        let json = |code: u16, b: &str| {
            Reply::Full(
                code,
                vec![("Content-Type".into(), "application/json".into())],
                b.as_bytes().to_vec(),
            )
        };
        if req.auth.as_deref() != Some(good.as_str()) {
            return Reply::Full(
                401,
                vec![
                    ("WWW-Authenticate".into(), "Basic realm=\"fake\"".into()),
                    ("Content-Type".into(), "application/json".into()),
                ],
                br#"{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}"#
                    .to_vec(),
            );
        }
        let ct = |t: &str, b: &[u8]| {
            Reply::Full(200, vec![("Content-Type".into(), t.into())], b.to_vec())
        };
        match (req.method.as_str(), req.path.as_str()) {
            ("GET", "/v2/") => json(200, "{}"),
            ("GET", "/v2/fake/img/manifests/latest") => {
                // The first manifest request meets an overloaded registry.
                if !overloaded.swap(true, std::sync::atomic::Ordering::SeqCst) {
                    return json(
                        503,
                        r#"{"errors":[{"code":"UNAVAILABLE","message":"try again"}]}"#,
                    );
                }
                ct("application/vnd.oci.image.manifest.v1+json", &m2)
            }
            ("GET", "/v2/fake/img/manifests/old") => ct(
                "application/vnd.docker.distribution.manifest.v1+prettyjws",
                br#"{"schemaVersion":1,"name":"fake/img","tag":"old","fsLayers":[],"history":[]}"#,
            ),
            ("GET", p) if p == format!("/v2/fake/img/blobs/{}", sha256_of(&c2)) => {
                ct("application/octet-stream", &c2)
            }
            ("GET", p) if p == format!("/v2/fake/img/blobs/{bd}") => Reply::Full(
                307,
                vec![(
                    "Location".into(),
                    format!("http://{cdn_host}/cdn/{bd}?sig=x"),
                )],
                Vec::new(),
            ),
            _ => json(
                404,
                r#"{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]}"#,
            ),
        }
    });

    let env = Env::new();
    let creds = format!("{USER}:{PASS}");
    let name = format!("{}/fake/img:latest", fake.host);
    let o = env
        .run(&["pull", "--tls-verify=false", "--creds", &creds, &name])
        .ok();
    assert_eq!(o.stdout.trim(), config_digest.trim_start_matches("sha256:"));
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2, "one failed and one retried download");
    assert!(
        seen.iter().all(|a| a.is_none()),
        "credentials leaked: {seen:?}"
    );

    let o = env
        .run(&[
            "pull",
            "--tls-verify=false",
            "--creds",
            &creds,
            &format!("{}/fake/img:old", fake.host),
        ])
        .code(125);
    assert!(o.stderr.contains("schema 1"), "{}", o.stderr);
    let o = env
        .run(&[
            "pull",
            "--tls-verify=false",
            "--creds",
            &creds,
            &format!("{}/other/img", fake.host),
        ])
        .code(125);
    assert!(
        o.stderr
            .contains("name unknown: repository name not known to registry"),
        "{}",
        o.stderr
    );
    let o = env.run(&["pull", "--tls-verify=false", &name]).code(125);
    assert!(
        o.stderr.contains("unauthorized: authentication required"),
        "{}",
        o.stderr
    );
}

fn sha256_of(b: &[u8]) -> String {
    format!("sha256:{}", sha256_hex(b))
}

/// On a terminal, `login` asks for the user name and the password (not echoed).
#[test]
fn login_prompts_on_a_terminal() {
    let r = Registry::start(Opts {
        tls: true,
        htpasswd: true,
        ..Default::default()
    });
    let env = Env::new();
    let certs = r.cert_dir(&env.scratch("certs"));
    let auth = env.scratch("auth").join("auth.json");
    let (code, out) = run_pty(
        &env,
        &[
            "login",
            "--cert-dir",
            certs.to_str().unwrap(),
            "--authfile",
            auth.to_str().unwrap(),
            &r.host,
        ],
        &[&format!("{USER}\r"), &format!("{PASS}\r")],
        24,
        80,
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Username: "), "{out}");
    assert!(out.contains("Password: "), "{out}");
    assert!(out.contains("Login Succeeded!"), "{out}");
    assert!(!out.contains(PASS), "the password was echoed: {out}");
    let saved = std::fs::read_to_string(&auth).unwrap();
    assert!(saved.contains(&r.host), "{saved}");
    // A wrong password typed at the prompt: a clear error, nothing stored for it.
    let (code, out) = run_pty(
        &env,
        &[
            "login",
            "--cert-dir",
            certs.to_str().unwrap(),
            "--authfile",
            env.scratch("auth2").join("auth.json").to_str().unwrap(),
            &r.host,
        ],
        &[&format!("{USER}\r"), "wrong\r"],
        24,
        80,
    );
    assert_eq!(code, 125, "{out}");
    assert!(out.contains("unauthorized"), "{out}");
}

#[test]
fn registries_conf_mirror_serves_the_primary_name() {
    let mirror = Registry::start(Opts::default());
    let primary = Registry::start(Opts::default());
    let src = Env::new();
    let (id, _) = push_busybox(&src, &mirror, "cache/bb:3");
    let env = Env::new();
    let vars = conf_vars(
        &env,
        &format!(
            "[[registry]]\nprefix = \"{p}/team\"\nlocation = \"{p}/team\"\ninsecure = true\n\n[[registry.mirror]]\nlocation = \"127.0.0.1:1/none\"\ninsecure = true\n\n[[registry.mirror]]\nlocation = \"{m}/tagsonly\"\ninsecure = true\npull-from-mirror = \"digest-only\"\n\n[[registry.mirror]]\nlocation = \"{m}/cache\"\ninsecure = true\n",
            p = primary.host,
            m = mirror.host
        ),
    );
    // The primary is empty: without the mirror this pull fails.
    let name = format!("{}/team/bb:3", primary.host);
    let o = run_env(&env, &vars, &["pull", &name]).ok();
    assert_eq!(o.stdout.trim(), id);
    assert_eq!(image_id(&env, &name), id);
    let o = env
        .run(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .ok();
    assert!(o.stdout.lines().any(|l| l == name), "{}", o.stdout);
    assert!(!o.stdout.contains(&mirror.host), "{}", o.stdout);
    // Without the conf, the primary alone has nothing.
    let env2 = Env::new();
    env2.run(&["pull", "--tls-verify=false", &name]).code(125);
}

#[test]
fn credential_helpers_from_the_auth_file() {
    let r = Registry::start(Opts {
        tls: true,
        htpasswd: true,
        ..Default::default()
    });
    let src = Env::new();
    src.run(&[
        "push",
        "--tls-verify=false",
        "--creds",
        &format!("{USER}:{PASS}"),
        src.busybox(),
        &format!("{}/helped/bb:1", r.host),
    ])
    .ok();
    let env = Env::new();
    let bin = env.scratch("helpers");
    let helper = |name: &str, user: &str, pass: &str| {
        let p = bin.join(format!("docker-credential-{name}"));
        std::fs::write(
            &p,
            format!(
                "#!/bin/sh\n[ \"$1\" = get ] || exit 2\nread host\necho \"$host\" >> {log}\nprintf '{{\"ServerURL\":\"%s\",\"Username\":\"{user}\",\"Secret\":\"{pass}\"}}\\n' \"$host\"\n",
                log = bin.join("asked").display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&p, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    };
    helper("testhelper", USER, PASS);
    helper("wronghelper", USER, "not-the-password");
    let auth = env.scratch("auth").join("auth.json");
    let vars = |auth: &Path| {
        [
            (
                "PATH",
                format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display()),
            ),
            ("REGISTRY_AUTH_FILE", auth.display().to_string()),
        ]
    };
    let name = format!("{}/helped/bb:1", r.host);
    // Without credentials the pull is refused.
    std::fs::write(&auth, "{}").unwrap();
    let o = run_env(&env, &vars(&auth), &["pull", "--tls-verify=false", &name]).code(125);
    assert!(o.stderr.contains("unauthorized"), "{}", o.stderr);
    // credHelpers for this registry: no login needed; the helper got the host on stdin.
    std::fs::write(
        &auth,
        format!("{{\"credHelpers\": {{\"{}\": \"testhelper\"}}}}", r.host),
    )
    .unwrap();
    run_env(&env, &vars(&auth), &["pull", "--tls-verify=false", &name]).ok();
    let asked = std::fs::read_to_string(bin.join("asked")).unwrap();
    assert!(asked.lines().any(|l| l == r.host), "{asked}");
    env.run(&["rmi", &name]).ok();
    // credsStore (docker config.json style) with a helper giving wrong credentials.
    std::fs::write(&auth, "{\"credsStore\": \"wronghelper\"}").unwrap();
    let o = run_env(&env, &vars(&auth), &["pull", "--tls-verify=false", &name]).code(125);
    assert!(o.stderr.contains("unauthorized"), "{}", o.stderr);
    // A credHelpers helper that is not on PATH is an error naming it; a credsStore one that
    // is not installed gives no credentials.
    std::fs::write(
        &auth,
        format!("{{\"credHelpers\": {{\"{}\": \"absent\"}}}}", r.host),
    )
    .unwrap();
    let o = run_env(&env, &vars(&auth), &["pull", "--tls-verify=false", &name]).code(125);
    assert!(
        o.stderr.contains("docker-credential-absent"),
        "{}",
        o.stderr
    );
    std::fs::write(&auth, "{\"credsStore\": \"absent\"}").unwrap();
    let o = run_env(&env, &vars(&auth), &["pull", "--tls-verify=false", &name]).code(125);
    assert!(o.stderr.contains("unauthorized"), "{}", o.stderr);
}

#[test]
fn push_mounts_blobs_from_another_repository() {
    let r = Registry::start(Opts {
        access_log: true,
        ..Default::default()
    });
    let env = Env::new();
    let (_, digest) = push_busybox(&env, &r, "a/bb:1");
    let layers = r.layers("a/bb", &digest);
    assert!(!layers.is_empty());
    let before = r.log();
    // The first push uploaded the layers into a/bb.
    assert!(before.contains("\"PUT /v2/a/bb/blobs/uploads/"), "{before}");
    push_busybox(&env, &r, "b/bb:1");
    let log = r.log();
    let after = &log[before.len()..];
    for l in &layers {
        let mount = after
            .lines()
            .find(|x| {
                x.contains("POST /v2/b/bb/blobs/uploads/?") && x.contains(&l.replace(':', "%3A"))
            })
            .unwrap_or_else(|| panic!("no mount of {l}: {after}"));
        assert!(mount.contains("from=a%2Fbb"), "{mount}");
        assert!(mount.contains("\" 201 "), "{mount}");
    }
    // Nothing was uploaded again: layers and config were mounted.
    assert!(!after.contains("\"PUT /v2/b/bb/blobs/uploads/"), "{after}");
    assert!(after.contains("\"PUT /v2/b/bb/manifests/1"), "{after}");
    // The pushed image pulls back from b.
    let env2 = Env::new();
    env2.run(&["pull", "--tls-verify=false", &format!("{}/b/bb:1", r.host)])
        .ok();
    // When the repository named as the source no longer has the blobs, the registry answers
    // the mount with an upload session (202) and the blobs are uploaded.
    std::fs::remove_dir_all(r.dir.join("data/docker/registry/v2/repositories/a")).unwrap();
    let before = r.log();
    push_busybox(&env, &r, "c/bb:1");
    let log = r.log();
    let after = &log[before.len()..];
    assert!(
        after
            .lines()
            .any(|x| x.contains("POST /v2/c/bb/blobs/uploads/?") && x.contains("\" 202 ")),
        "{after}"
    );
    assert!(after.contains("\"PUT /v2/c/bb/blobs/uploads/"), "{after}");
    Env::new()
        .run(&["pull", "--tls-verify=false", &format!("{}/c/bb:1", r.host)])
        .ok();
}

#[test]
fn push_mounts_blobs_with_token_auth() {
    let ts = TokenServer::start();
    let r = Registry::start(Opts {
        token: Some((ts.realm.clone(), ts.dir.clone())),
        access_log: true,
        ..Default::default()
    });
    let env = Env::new();
    let creds = format!("{USER}:{PASS}");
    let push = |dest: &str| {
        env.run(&[
            "push",
            "--tls-verify=false",
            "--creds",
            &creds,
            env.busybox(),
            &format!("{}/{dest}", r.host),
        ])
        .ok();
    };
    push("ta/bb:1");
    let before = r.log();
    // The token for the mount also grants pull on the source repository.
    push("tb/bb:1");
    let log = r.log();
    let after = &log[before.len()..];
    assert!(
        after
            .lines()
            .any(|x| x.contains("POST /v2/tb/bb/blobs/uploads/?") && x.contains("\" 201 ")),
        "{after}"
    );
    assert!(!after.contains("\"PUT /v2/tb/bb/blobs/uploads/"), "{after}");
}

/// Load an image of busybox plus a layer holding `/big/data`, `mib` MiB that do not
/// compress; returns its ID.
fn big_image(env: &Env, name: &str, mib: usize) -> String {
    let bb = std::fs::read(busybox_tar()).unwrap();
    let big = TarBuilder::new()
        .dir("big", 0o755, 0, 0)
        .file("big/data", &reg::noise(mib << 20, 7), 0o644, 0, 0)
        .finish();
    let f = write_file(env, "big.tar", &docker_archive(name, &[bb, big]));
    env.run(&["load", "-i", f.to_str().unwrap()]).ok();
    image_id(env, name)
}

/// Every control character but newline in `s` (progress without a terminal must be plain).
fn controls(s: &str) -> Vec<char> {
    s.chars().filter(|c| c.is_control() && *c != '\n').collect()
}

#[test]
fn pull_progress_bars_on_a_terminal_lines_otherwise() {
    let r = Registry::start(Opts::default());
    let src = Env::new();
    big_image(&src, "localhost/big:1", 24);
    let (_, digest) = push_image(&src, &r, "localhost/big:1", "t/big:1");
    let layers = r.layers("t/big", &digest);
    let short = |d: &str| d.trim_start_matches("sha256:")[..12].to_string();
    // 24 MiB at 8 MiB/s: the bars are drawn while the layer moves.
    let slow = reg::Throttle::start(&r.host, 8 << 20);
    let name = format!("{}/t/big:1", slow.host);
    let env = Env::new();
    let (code, out) = run_pty(&env, &["pull", "--tls-verify=false", &name], &[], 24, 100);
    assert_eq!(code, 0, "{out}");
    let big = short(&layers[1]);
    assert!(out.contains("Getting image source signatures"), "{out}");
    assert!(
        out.contains(&format!("Copying blob {big} [")),
        "no bar for {big}: {out}"
    );
    assert!(out.contains("=>"), "{out}");
    assert!(out.contains("MiB / 24.0MiB"), "{out}");
    assert!(out.contains(&format!("Copying blob {big} done")), "{out}");
    assert!(
        out.contains("Writing manifest to image destination"),
        "{out}"
    );
    assert!(out.contains('\x1b'), "bars redraw with escapes: {out:?}");
    // -q: only the image ID, even on a terminal.
    slow.rate.store(0, std::sync::atomic::Ordering::SeqCst);
    let env = Env::new();
    let (code, out) = run_pty(
        &env,
        &["pull", "-q", "--tls-verify=false", &name],
        &[],
        24,
        100,
    );
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("Copying"), "{out}");
    assert_eq!(out.trim(), image_id(&env, &name));
    // Without a terminal: plain lines, one per blob, no control characters.
    let env = Env::new();
    let o = env.run(&["pull", "--tls-verify=false", &name]).ok();
    for l in &layers {
        let line = format!("Copying blob {} done", short(l));
        assert!(o.stderr.lines().any(|x| x == line), "{}", o.stderr);
    }
    assert!(controls(&o.stderr).is_empty(), "{:?}", o.stderr);
    assert!(!o.stderr.contains("=>"), "{}", o.stderr);
    // Pulled again: the layers are skipped.
    let o = env.run(&["pull", "--tls-verify=false", &name]).ok();
    let line = format!("Copying blob {} skipped: already exists", short(&layers[1]));
    assert!(o.stderr.lines().any(|x| x == line), "{}", o.stderr);
}

#[test]
fn push_large_layer_in_chunks_and_pull_back() {
    let r = Registry::start(Opts {
        access_log: true,
        ..Default::default()
    });
    let env = Env::new();
    let id = big_image(&env, "localhost/big:2", 40);
    let name = format!("{}/t/chunked:1", r.host);
    let (_, digest) = push_image(&env, &r, "localhost/big:2", "t/chunked:1");
    let log = r.log();
    // 40 MiB: three PATCHes of at most 16 MiB, then a PUT with the digest; the small layer
    // and the config go in one PUT each.
    let patches = log
        .lines()
        .filter(|l| l.contains("\"PATCH /v2/t/chunked/blobs/uploads/") && l.contains("\" 202 "))
        .count();
    assert_eq!(patches, 3, "{log}");
    let puts = log
        .lines()
        .filter(|l| l.contains("\"PUT /v2/t/chunked/blobs/uploads/") && l.contains("\" 201 "))
        .count();
    assert_eq!(puts, 3, "{log}");
    let env2 = Env::new();
    let o = env2.run(&["pull", "--tls-verify=false", &name]).ok();
    assert_eq!(o.stdout.trim(), id);
    assert_eq!(inspect(&env2, &name)["Digest"], digest);
    let o = env2
        .run(&["run", "--rm", &name, "sh", "-c", "wc -c < /big/data"])
        .ok();
    assert_eq!(o.stdout.trim(), (40u64 << 20).to_string());
}

/// A registry that refuses PATCH: the large blob goes up in one PUT after all.
#[test]
fn chunked_upload_falls_back_to_one_put() {
    use reg::{MiniHttp, Reply, Req};
    use std::sync::{Arc, Mutex};
    let env = Env::new();
    big_image(&env, "localhost/big:3", 34);
    // (digest, bytes) of each finished upload.
    type Uploads = Arc<Mutex<Vec<(String, Vec<u8>)>>>;
    let blobs: Uploads = Arc::new(Mutex::new(Vec::new()));
    let patched = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let (b2, p2) = (blobs.clone(), patched.clone());
    let fake = MiniHttp::start(move |req: &Req| {
        let empty = |code: u16, h: Vec<(String, String)>| Reply::Full(code, h, Vec::new());
        match req.method.as_str() {
            "GET" if req.path == "/v2/" => empty(200, vec![]),
            "HEAD" => empty(404, vec![]),
            "POST" => empty(
                202,
                vec![("Location".into(), "/v2/fake/big/blobs/uploads/u1".into())],
            ),
            "PATCH" => {
                p2.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                empty(405, vec![])
            }
            "PUT" if req.path.contains("/blobs/uploads/u1?digest=") => {
                let d = req
                    .path
                    .split("digest=")
                    .nth(1)
                    .unwrap()
                    .replace("%3A", ":");
                b2.lock().unwrap().push((d, req.body.clone()));
                empty(201, vec![])
            }
            "PUT" if req.path.starts_with("/v2/fake/big/manifests/") => empty(201, vec![]),
            _ => empty(404, vec![]),
        }
    });
    env.run(&[
        "push",
        "--tls-verify=false",
        "localhost/big:3",
        &format!("{}/fake/big:1", fake.host),
    ])
    .ok();
    assert_eq!(patched.load(std::sync::atomic::Ordering::SeqCst), 1);
    let blobs = blobs.lock().unwrap();
    assert_eq!(blobs.len(), 3);
    assert!(blobs.iter().any(|(_, b)| b.len() > 34 << 20));
    for (d, b) in blobs.iter() {
        assert_eq!(*d, sha256_of(b), "the uploaded bytes match their digest");
    }
}

#[test]
fn killed_pull_leaves_nothing_and_pulls_again() {
    let r = Registry::start(Opts::default());
    let src = Env::new();
    let id = big_image(&src, "localhost/big:4", 40);
    push_image(&src, &r, "localhost/big:4", "t/killed:1");
    let slow = reg::Throttle::start(&r.host, 4 << 20);
    let name = format!("{}/t/killed:1", slow.host);
    let env = Env::new();
    let mut c = env.cmd(&["pull", "--tls-verify=false", &name]);
    c.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = c.spawn().unwrap();
    // Wait until part of the big layer is on disk, then SIGKILL skiff.
    let tmp = env.dir.join("root/tmp");
    let partial = || -> u64 {
        let mut most = 0;
        for d in std::fs::read_dir(&tmp).into_iter().flatten().flatten() {
            for f in std::fs::read_dir(d.path()).into_iter().flatten().flatten() {
                if f.file_name().to_string_lossy().starts_with("blob-") {
                    most = most.max(f.metadata().map(|m| m.len()).unwrap_or(0));
                }
            }
        }
        most
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while partial() < 4 << 20 {
        assert!(
            std::time::Instant::now() < deadline,
            "the download did not start"
        );
        assert!(child.try_wait().unwrap().is_none(), "pull ended early");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(partial() < 40 << 20, "the layer was not interrupted");
    // Nothing of the image is visible.
    assert_eq!(env.image_list(), "");
    let o = env.run(&["image", "inspect", &name]).code(125);
    assert!(o.stderr.starts_with("Error: "), "{}", o.stderr);
    assert_eq!(o.stderr.lines().count(), 1, "{}", o.stderr);
    let count = |d: &str| {
        std::fs::read_dir(env.dir.join("root").join(d))
            .map(|d| d.count())
            .unwrap_or(0)
    };
    assert_eq!(count("layers"), 0, "no layer may be stored");
    assert_eq!(count("blobs/sha256"), 0, "no blob may be stored");
    // A second pull (locks free) succeeds, runs, and removes what the killed one left.
    slow.rate.store(0, std::sync::atomic::Ordering::SeqCst);
    let o = env.run(&["pull", "--tls-verify=false", &name]).ok();
    assert_eq!(o.stdout.trim(), id);
    let o = env
        .run(&["run", "--rm", &name, "sh", "-c", "wc -c < /big/data"])
        .ok();
    assert_eq!(o.stdout.trim(), (40u64 << 20).to_string());
    let left: Vec<_> = std::fs::read_dir(&tmp)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "staging left behind: {left:?}");
}

#[test]
fn registries_conf_d_drop_ins_merge_in_order() {
    let r = Registry::start(Opts::default());
    let src = Env::new();
    let (id, _) = push_busybox(&src, &r, "t/dd:1");
    let env = Env::new();
    let home = env.scratch("home");
    let dir = home.join(".config/containers/registries.conf.d");
    std::fs::create_dir_all(&dir).unwrap();
    // The main file blocks the registry and points the alias elsewhere.
    let main = write_file(
        &env,
        "registries.conf",
        format!(
            "unqualified-search-registries = [\"{h}\"]\n\n[[registry]]\nlocation = \"{h}\"\nblocked = true\n\n[aliases]\n\"ddalias\" = \"nowhere.example/x\"\n",
            h = r.host
        )
        .as_bytes(),
    );
    let vars = [
        ("CONTAINERS_REGISTRIES_CONF", main.display().to_string()),
        ("HOME", home.display().to_string()),
    ];
    let o = run_env(&env, &vars, &["pull", "ddalias:1"]).code(125);
    assert!(o.stderr.contains("nowhere.example"), "{}", o.stderr);
    let o = run_env(&env, &vars, &["pull", "t/dd:1"]).code(125);
    assert!(o.stderr.contains("blocked"), "{}", o.stderr);
    // Drop-ins, applied in lexical order: the same prefix replaces the blocked entry, the
    // later alias wins; other files are ignored.
    std::fs::write(
        dir.join("20-alias.conf"),
        format!("[aliases]\n\"ddalias\" = \"{}/t/dd\"\n", r.host),
    )
    .unwrap();
    std::fs::write(
        dir.join("10-insecure.conf"),
        format!(
            "[[registry]]\nlocation = \"{h}\"\ninsecure = true\n\n[aliases]\n\"ddalias\" = \"{h}/t/wrong\"\n",
            h = r.host
        ),
    )
    .unwrap();
    std::fs::write(dir.join("30-notes.txt"), "this is not TOML [").unwrap();
    let o = run_env(&env, &vars, &["pull", "ddalias:1"]).ok();
    assert_eq!(o.stdout.trim(), id);
    assert_eq!(image_id(&env, &format!("{}/t/dd:1", r.host)), id);
    let env2 = Env::new();
    let o = run_env(&env2, &vars, &["pull", "t/dd:1"]).ok();
    assert_eq!(o.stdout.trim(), id);
    // A broken drop-in is reported with its name.
    std::fs::write(dir.join("40-bad.conf"), "[[registry]\n").unwrap();
    let o = run_env(&env2, &vars, &["pull", "t/dd:1"]).code(125);
    assert!(o.stderr.contains("40-bad.conf"), "{}", o.stderr);
}

#[test]
fn login_and_logout_use_credential_helpers() {
    let r = Registry::start(Opts {
        tls: true,
        htpasswd: true,
        ..Default::default()
    });
    let src = Env::new();
    let name = format!("{}/helped/bb:2", r.host);
    src.run(&[
        "push",
        "--tls-verify=false",
        "--creds",
        &format!("{USER}:{PASS}"),
        src.busybox(),
        &name,
    ])
    .ok();
    let env = Env::new();
    let bin = env.scratch("helpers");
    let calls = bin.join("calls");
    // A helper keeping one credential in a file and recording every call with its input.
    std::fs::write(
        bin.join("docker-credential-rec"),
        format!(
            "#!/bin/sh\nd={d}\nin=$(cat)\nprintf '%s %s\\n' \"$1\" \"$in\" >> $d/calls\ncase \"$1\" in\nstore) printf '%s' \"$in\" > $d/kept ;;\nget|erase) [ -f $d/kept ] || {{ echo 'credentials not found in native keychain'; exit 1; }}\n  [ \"$1\" = get ] && cat $d/kept || rm $d/kept ;;\nesac\n",
            d = bin.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(
        bin.join("docker-credential-rec"),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let auth = env.scratch("auth").join("auth.json");
    let vars = [
        (
            "PATH",
            format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display()),
        ),
        ("REGISTRY_AUTH_FILE", auth.display().to_string()),
    ];
    let helpers = format!("{{\"credHelpers\": {{\"{}\": \"rec\"}}}}", r.host);
    std::fs::write(&auth, &helpers).unwrap();
    let login = [
        "login",
        "--tls-verify=false",
        "-u",
        USER,
        "-p",
        PASS,
        &r.host,
    ];
    let o = run_env(&env, &vars, &login).ok();
    assert_eq!(o.stdout.trim(), "Login Succeeded!");
    let log = std::fs::read_to_string(&calls).unwrap();
    let stored: serde_json::Value = serde_json::from_str(
        log.lines()
            .find_map(|l| l.strip_prefix("store "))
            .unwrap_or_else(|| panic!("no store call: {log}")),
    )
    .unwrap();
    assert_eq!(
        stored,
        serde_json::json!({"ServerURL": r.host, "Username": USER, "Secret": PASS})
    );
    // The password is not in the auth file, which is unchanged.
    assert_eq!(std::fs::read_to_string(&auth).unwrap(), helpers);
    // The helper's credentials let a pull through.
    run_env(&env, &vars, &["pull", "--tls-verify=false", &name]).ok();
    let o = run_env(&env, &vars, &["logout", &r.host]).ok();
    assert!(
        o.stdout.contains("Removed login credentials"),
        "{}",
        o.stdout
    );
    let log = std::fs::read_to_string(&calls).unwrap();
    assert!(
        log.lines().any(|l| l == format!("erase {}", r.host)),
        "{log}"
    );
    assert!(!bin.join("kept").exists());
    let o = run_env(&env, &vars, &["logout", &r.host]).code(125);
    assert!(o.stderr.contains("not logged into"), "{}", o.stderr);
    let env2 = Env::new();
    let o = run_env(&env2, &vars, &["pull", "--tls-verify=false", &name]).code(125);
    assert!(o.stderr.contains("unauthorized"), "{}", o.stderr);
    // credsStore: the default helper for every registry.
    std::fs::write(&auth, "{\"credsStore\": \"rec\"}").unwrap();
    run_env(&env, &vars, &login).ok();
    assert!(bin.join("kept").exists());
    assert!(!std::fs::read_to_string(&auth).unwrap().contains("auths"));
    run_env(&env2, &vars, &["pull", "--tls-verify=false", &name]).ok();
    run_env(&env, &vars, &["logout", &r.host]).ok();
    assert!(!bin.join("kept").exists());
    let log = std::fs::read_to_string(&calls).unwrap();
    assert_eq!(log.lines().filter(|l| l.starts_with("store ")).count(), 2);
}

#[test]
fn mirror_missing_a_blob_falls_back_to_the_primary() {
    let mirror = Registry::start(Opts::default());
    let primary = Registry::start(Opts {
        access_log: true,
        ..Default::default()
    });
    let src = Env::new();
    let (id, digest) = push_busybox(&src, &mirror, "cache/bb:5");
    push_busybox(&src, &primary, "team/bb:5");
    // The mirror has the manifest and config but lost the layer.
    let layers = mirror.layers("cache/bb", &digest);
    for l in &layers {
        std::fs::remove_file(mirror.blob_file(l)).unwrap();
    }
    let env = Env::new();
    let vars = conf_vars(
        &env,
        &format!(
            "[[registry]]\nprefix = \"{p}/team\"\nlocation = \"{p}/team\"\ninsecure = true\n\n[[registry.mirror]]\nlocation = \"{m}/cache\"\ninsecure = true\n",
            p = primary.host,
            m = mirror.host
        ),
    );
    let before = primary.log();
    let name = format!("{}/team/bb:5", primary.host);
    let o = run_env(&env, &vars, &["pull", &name]).ok();
    assert_eq!(o.stdout.trim(), id);
    let log = primary.log();
    let after = &log[before.len()..];
    // The manifest came from the mirror, the layer from the primary.
    assert!(!after.contains("GET /v2/team/bb/manifests/"), "{after}");
    for l in &layers {
        assert!(
            after.contains(&format!("GET /v2/team/bb/blobs/{l}")),
            "{after}"
        );
    }
    let o = env.run(&["run", "--rm", &name, "echo", "fell back"]).ok();
    assert_eq!(o.stdout.trim(), "fell back");
}

//! `build` across stages and images: multi-stage with `--target` and `COPY --from`, an image
//! built here pushed to a registry, pulled back and run, and the corpus of
//! tests/build-corpus (a web → app → db stack from busybox) built and run end to end.

mod common;
#[path = "common/registry.rs"]
mod reg;

use common::*;
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// Copy a directory tree where the test user can read it.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    std::fs::set_permissions(to, std::fs::Permissions::from_mode(0o755)).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let dst = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dst);
        } else {
            std::fs::copy(e.path(), &dst).unwrap();
            std::fs::set_permissions(&dst, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
}

fn context(env: &Env, name: &str, dockerfile: &str) -> PathBuf {
    let dir = env.scratch(name);
    std::fs::write(dir.join("Dockerfile"), dockerfile).unwrap();
    std::fs::set_permissions(
        dir.join("Dockerfile"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    dir
}

fn sh(env: &Env, img: &str, script: &str) -> Out {
    env.run(&["run", "--rm", "--entrypoint", "", img, "sh", "-c", script])
}

const MULTI: &str = "FROM localhost/busybox:latest AS base
RUN echo base > /base
FROM base AS builder
RUN echo built > /artifact
FROM localhost/busybox:latest AS unused
RUN echo should-not-run && exit 9
FROM localhost/busybox:latest
COPY --from=builder /artifact /from-name
COPY --from=0 /base /from-index
COPY --from=localhost/busybox:latest /etc/passwd /passwd-from-image
RUN cat /from-name /from-index
";

#[test]
fn multi_stage_builds_only_what_the_target_needs() {
    let env = Env::new();
    env.busybox();
    let ctx = context(&env, "ctx", MULTI);
    let o = env
        .run(&["build", "-t", "multi", ctx.to_str().unwrap()])
        .ok();
    assert!(!o.stdout.contains("should-not-run"), "{}", o.stdout);
    assert!(
        o.stdout
            .contains("[1/3] STEP 1/2: FROM localhost/busybox:latest AS base"),
        "{}",
        o.stdout
    );
    assert!(
        o.stdout
            .contains("[3/3] STEP 5/5: RUN cat /from-name /from-index"),
        "{}",
        o.stdout
    );
    let out = sh(&env, "multi", "cat /from-name /from-index; grep -c app /passwd-from-image; test -e /artifact || echo no-artifact").ok();
    assert_eq!(out.stdout, "built\nbase\n1\nno-artifact\n");
    // --target stops at a stage, built with the ones it needs only.
    let o = env
        .run(&[
            "build",
            "--target",
            "builder",
            "-t",
            "builder",
            ctx.to_str().unwrap(),
        ])
        .ok();
    assert!(
        o.stdout
            .contains("[2/2] STEP 2/2: RUN echo built > /artifact"),
        "{}",
        o.stdout
    );
    assert!(!o.stdout.contains("COPY --from"), "{}", o.stdout);
    assert_eq!(
        sh(&env, "builder", "cat /base /artifact").ok().stdout,
        "base\nbuilt\n"
    );
    // The unused stage as the target runs (and fails with its code).
    let o = env
        .run(&["build", "--target", "unused", ctx.to_str().unwrap()])
        .code(9);
    assert!(o.stdout.contains("should-not-run"), "{}", o.stdout);
    // Builder stages get no names.
    let names = env
        .run(&["images", "--format", "{{.Repository}}"])
        .ok()
        .stdout;
    assert!(
        !names.contains("base") && !names.contains("unused"),
        "{names}"
    );
}

#[test]
fn built_image_goes_through_a_registry() {
    let r = reg::Registry::start(reg::Opts::default());
    let env = Env::new();
    env.busybox();
    let ctx = context(
        &env,
        "ctx",
        "FROM localhost/busybox:latest\nRUN echo layer-from-run > /run.txt\nCOPY Dockerfile /Dockerfile\nCMD [\"cat\", \"/run.txt\"]\n",
    );
    let name = format!("{}/built/app:1", r.host);
    for format in ["oci", "docker"] {
        env.run(&[
            "build",
            "--format",
            format,
            "-t",
            &name,
            ctx.to_str().unwrap(),
        ])
        .ok();
        env.run(&["push", "--tls-verify=false", &name]).ok();
        let other = Env::new();
        other.run(&["pull", "--tls-verify=false", &name]).ok();
        assert_eq!(
            other.run(&["run", "--rm", &name]).ok().stdout,
            "layer-from-run\n"
        );
        assert_eq!(
            other
                .run(&["run", "--rm", &name, "head", "-1", "/Dockerfile"])
                .ok()
                .stdout,
            "FROM localhost/busybox:latest\n"
        );
        let h = other
            .run(&["history", "--format", "{{.CreatedBy}}", &name])
            .ok()
            .stdout;
        assert!(
            h.starts_with("/bin/sh -c #(nop) CMD [\"cat\",\"/run.txt\"]"),
            "{h}"
        );
    }
}

/// `GET path` on 127.0.0.1:port, retried while the server starts.
fn get(port: u16, path: &str) -> String {
    let t = std::time::Instant::now();
    loop {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            s.set_read_timeout(Some(std::time::Duration::from_secs(10)))
                .unwrap();
            let _ = write!(s, "GET {path} HTTP/1.0\r\n\r\n");
            let mut r = String::new();
            let _ = s.read_to_string(&mut r);
            if r.starts_with("HTTP/1.") && !r.contains(" 50") {
                return r;
            }
        }
        assert!(
            t.elapsed().as_secs() < 20,
            "no answer from port {port}{path}"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[test]
fn corpus_three_tier_stack_builds_and_runs() {
    let env = Env::new();
    env.busybox();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/build-corpus");
    let dir = env.dir.join("corpus");
    copy_tree(&corpus, &dir);
    for tier in ["db", "app", "web"] {
        let ctx = dir.join(tier);
        env.run(&[
            "build",
            "-t",
            &format!("stack/{tier}:1"),
            ctx.to_str().unwrap(),
        ])
        .ok();
        let labels = env
            .run(&[
                "image",
                "inspect",
                "--format",
                "{{.Labels.tier}}",
                &format!("stack/{tier}:1"),
            ])
            .ok();
        assert_eq!(labels.stdout.trim(), tier);
    }
    let files = sh(&env, "stack/web:1", "ls /www /www/cgi-bin").ok().stdout;
    assert!(
        !files.contains("NOTES.md") && files.contains("index.html") && files.contains("api"),
        "{files}"
    );
    let (db, app, web) = (free_port(), free_port(), free_port());
    let run = |tier: &str, vars: &[String]| {
        let mut a = vec!["run", "-d", "--network", "host", "--name", tier];
        let e: Vec<String> = vars
            .iter()
            .flat_map(|v| ["-e".to_string(), v.clone()])
            .collect();
        a.extend(e.iter().map(|s| s.as_str()));
        let img = format!("stack/{tier}:1");
        a.push(&img);
        env.run(&a).ok();
    };
    run("db", &[format!("DB_PORT={db}")]);
    run(
        "app",
        &[
            format!("APP_PORT={app}"),
            format!("DB_URL=http://127.0.0.1:{db}/rows"),
        ],
    );
    run(
        "web",
        &[
            format!("WEB_PORT={web}"),
            format!("APP_URL=http://127.0.0.1:{app}"),
        ],
    );
    assert!(get(web, "/").contains("three tiers"));
    let page = get(web, "/cgi-bin/api");
    assert!(page.contains("web -> app -> db"), "{page}");
    assert!(page.contains("rows from db:"), "{page}");
    assert!(page.contains("id=2 name=beta"), "{page}");
    // A second build of the whole stack is all cache.
    for tier in ["db", "app", "web"] {
        let o = env
            .run(&[
                "build",
                "-t",
                &format!("stack/{tier}:2"),
                dir.join(tier).to_str().unwrap(),
            ])
            .ok();
        let steps = o.stdout.matches("STEP ").count();
        let froms = o.stdout.matches("STEP 1/").count();
        assert_eq!(
            o.stdout.matches("--> Using cache").count(),
            steps - froms,
            "{}",
            o.stdout
        );
    }
    env.run(&["rm", "-f", "web", "app", "db"]).ok();
}

#[test]
fn add_urls_named_contexts_exclude_and_parents() {
    let env = Env::new();
    env.busybox();
    let body = b"downloaded\n".to_vec();
    let digest = format!("sha256:{}", sha256_hex(&body));
    let mut t = TarBuilder::new();
    t.file(
        "Dockerfile",
        b"FROM localhost/busybox:latest\nCOPY hello /hello\n",
        0o644,
        0,
        0,
    );
    t.file("hello", b"from-url-context\n", 0o644, 0, 0);
    let ctx_tar = t.finish();
    let served = (body.clone(), ctx_tar);
    let http = reg::MiniHttp::start(move |r| match r.path.as_str() {
        "/files/tool.txt" => reg::Reply::Full(200, vec![], served.0.clone()),
        "/ctx.tar" => reg::Reply::Full(200, vec![], served.1.clone()),
        _ => reg::Reply::Full(404, vec![], b"no".to_vec()),
    });
    let url = format!("http://{}/files/tool.txt", http.host);
    let extra = env.scratch("extra");
    for (p, c) in [
        ("lib/a.txt", "a"),
        ("lib/b.log", "b"),
        ("deep/x/y.txt", "y"),
    ] {
        let f = extra.join(p);
        std::fs::create_dir_all(f.parent().unwrap()).unwrap();
        std::fs::write(&f, c).unwrap();
    }
    copy_tree(&extra.clone(), &extra);
    let df = format!(
        "FROM localhost/busybox:latest\nADD --checksum={digest} {url} /opt/\nADD {url} /named.txt\nCOPY --from=extra lib /lib-copy/\nCOPY --from=extra --exclude=*.log lib /lib-no-log/\nCOPY --from=extra --parents deep/x/y.txt /p/\n"
    );
    let ctx = context(&env, "ctx", &df);
    let extra_arg = format!("extra={}", extra.display());
    env.run(&[
        "build",
        "--build-context",
        &extra_arg,
        "-t",
        "urls",
        ctx.to_str().unwrap(),
    ])
    .ok();
    let out = sh(&env, "urls", "cat /opt/tool.txt /named.txt; stat -c %a /named.txt; ls /lib-copy; ls /lib-no-log; find /p").ok().stdout;
    assert_eq!(out, "downloaded\ndownloaded\n600\na.txt\nb.log\na.txt\n/p\n/p/deep\n/p/deep/x\n/p/deep/x/y.txt\n");
    // A wrong checksum fails the step.
    let bad = context(
        &env,
        "bad",
        &format!(
            "FROM localhost/busybox:latest\nADD --checksum=sha256:{} {url} /x\n",
            "0".repeat(64)
        ),
    );
    let o = env.run(&["build", bad.to_str().unwrap()]).code(125);
    assert!(o.stderr.contains("checksum mismatch"), "{}", o.stderr);
    // The context itself from a URL.
    env.run(&[
        "build",
        "-t",
        "urlctx",
        &format!("http://{}/ctx.tar", http.host),
    ])
    .ok();
    assert_eq!(
        sh(&env, "urlctx", "cat /hello").ok().stdout,
        "from-url-context\n"
    );
}

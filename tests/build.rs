//! `build`: instructions and the config and history they record, RUN/COPY layers and
//! ownership, heredocs, .dockerignore, ADD of archives, the cache, ONBUILD, errors, a killed
//! build. Multi-stage builds, the registry round trip and the corpus are in build_stack.rs.

#[path = "common/build.rs"]
mod bld;
mod common;

use bld::*;
use common::*;
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;

#[test]
fn config_instructions_are_recorded_in_config_and_history() {
    let env = Env::new();
    let bb = env.busybox();
    let df = format!(
        r#"ARG BASE={bb}
FROM $BASE
MAINTAINER Jane <jane@example.com>
ARG GREETING=hello
ENV A=1 B="two words"
ENV LEGACY legacy value
ENV C=${{A}}-${{MISSING:-dflt}}-${{A:+alt}}
LABEL com.example.a="x y" b=$A
EXPOSE 80 53/udp 8000-8001
VOLUME ["/data", "/logs"]
WORKDIR /srv
WORKDIR app
USER app:app
STOPSIGNAL SIGINT
HEALTHCHECK --interval=5s --timeout=2s --retries=4 CMD wget -q localhost || exit 1
SHELL ["/bin/sh", "-e", "-c"]
ONBUILD RUN echo child
CMD echo $GREETING
ENTRYPOINT ["/bin/sh", "-c"]
"#
    );
    let ctx = context(&env, "ctx", &[("Dockerfile", &df)]);
    let o = build(&env, &ctx, &["-t", "cfg:1"]).ok();
    assert!(o.stdout.contains("STEP 1/18: FROM $BASE"), "{}", o.stdout);
    assert!(o.stdout.contains("COMMIT cfg:1"), "{}", o.stdout);
    assert!(o.stdout.contains("Successfully tagged localhost/cfg:1"));
    let id = o.stdout.lines().last().unwrap().to_string();
    let v = inspect(&env, "cfg:1");
    assert_eq!(v["Id"], id.as_str());
    let c = &v["Config"];
    let env_list: Vec<&str> = c["Env"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .collect();
    for want in ["A=1", "B=two words", "LEGACY=legacy value", "C=1-dflt-alt"] {
        assert!(env_list.contains(&want), "{env_list:?}");
    }
    assert!(env_list.iter().any(|e| e.starts_with("PATH=")));
    assert!(
        !env_list.iter().any(|e| e.starts_with("GREETING")),
        "ARGs stay out of the image"
    );
    assert_eq!(c["Labels"]["com.example.a"], "x y");
    assert_eq!(c["Labels"]["b"], "1");
    let ports: Vec<&String> = c["ExposedPorts"].as_object().unwrap().keys().collect();
    assert_eq!(ports, ["53/udp", "80/tcp", "8000/tcp", "8001/tcp"]);
    assert!(c["Volumes"]["/data"].is_object() && c["Volumes"]["/logs"].is_object());
    assert_eq!(c["WorkingDir"], "/srv/app");
    assert_eq!(c["User"], "app:app");
    assert_eq!(c["StopSignal"], "SIGINT");
    assert_eq!(
        c["Healthcheck"]["Test"],
        serde_json::json!(["CMD-SHELL", "wget -q localhost || exit 1"])
    );
    assert_eq!(c["Healthcheck"]["Interval"], 5_000_000_000i64);
    assert_eq!(c["Healthcheck"]["Retries"], 4);
    assert_eq!(c["Shell"], serde_json::json!(["/bin/sh", "-e", "-c"]));
    assert_eq!(c["OnBuild"], serde_json::json!(["RUN echo child"]));
    // ENTRYPOINT after CMD in the same stage keeps it; the shell form uses SHELL.
    assert_eq!(
        c["Cmd"],
        serde_json::json!(["/bin/sh", "-e", "-c", "echo $GREETING"])
    );
    assert_eq!(c["Entrypoint"], serde_json::json!(["/bin/sh", "-c"]));
    assert_eq!(v["Author"], "Jane <jane@example.com>");
    // HEALTHCHECK, SHELL and ONBUILD make the docker format the default.
    assert_eq!(
        v["ManifestType"],
        "application/vnd.docker.distribution.manifest.v2+json"
    );
    let h = history(&env, "cfg:1");
    assert!(
        h[0].starts_with("/bin/sh -c #(nop) ENTRYPOINT [\"/bin/sh\",\"-c\"]|"),
        "{h:?}"
    );
    assert!(
        h.iter()
            .any(|l| l.starts_with("/bin/sh -c #(nop) ENV C=1-dflt-alt|")),
        "{h:?}"
    );
    assert!(
        h.iter()
            .any(|l| l.starts_with("/bin/sh -c #(nop) ARG GREETING|")),
        "{h:?}"
    );
    assert!(
        h.iter()
            .any(|l| l.starts_with("/bin/sh -c #(nop) WORKDIR /srv/app|")),
        "{h:?}"
    );
    let hist = v["History"].as_array().unwrap();
    let layers = v["RootFS"]["Layers"].as_array().unwrap().len();
    let non_empty = hist.iter().filter(|e| e["empty_layer"] != true).count();
    assert_eq!(non_empty, layers, "one history entry per layer: {hist:?}");
    // The OCI format drops what it cannot hold, with a warning.
    let o = build(&env, &ctx, &["--format", "oci", "-t", "cfg:oci"]).ok();
    assert!(
        o.stderr
            .contains("HEALTHCHECK is not supported for OCI image format"),
        "{}",
        o.stderr
    );
    let v = inspect(&env, "cfg:oci");
    assert!(v["Config"].get("Healthcheck").is_none());
    assert_eq!(
        v["ManifestType"],
        "application/vnd.oci.image.manifest.v1+json"
    );
}

#[test]
fn entrypoint_drops_an_inherited_cmd() {
    let env = Env::new();
    let bb = env.busybox();
    let base = context(
        &env,
        "base",
        &[("Dockerfile", &format!("FROM {bb}\nCMD [\"base-cmd\"]\n"))],
    );
    build(&env, &base, &["-t", "base"]).ok();
    let child = context(
        &env,
        "child",
        &[("Dockerfile", "FROM base\nENTRYPOINT [\"echo\"]\n")],
    );
    build(&env, &child, &["-t", "child"]).ok();
    let c = &inspect(&env, "child")["Config"];
    assert!(c["Cmd"].is_null(), "{c}");
    let o = env.run(&["run", "--rm", "child", "runs"]).ok();
    assert_eq!(o.stdout.trim(), "runs");
    let shell = context(
        &env,
        "shell",
        &[("Dockerfile", "FROM base\nENTRYPOINT echo from-shell-form\n")],
    );
    build(&env, &shell, &["-t", "shellform"]).ok();
    let c = &inspect(&env, "shellform")["Config"];
    assert_eq!(
        c["Entrypoint"],
        serde_json::json!(["/bin/sh", "-c", "echo from-shell-form"])
    );
    let o = env.run(&["run", "--rm", "shellform"]).ok();
    assert_eq!(o.stdout.trim(), "from-shell-form");
}

#[test]
fn run_and_copy_make_layers_with_owners_kept() {
    let env = Env::new();
    let bb = env.busybox();
    let df = format!(
        "FROM {bb}\nRUN mkdir -p /opt/x && echo made > /opt/x/f && rm /bin/wget\nCOPY files/ /opt/files/\nCOPY --chown=app:wheel --chmod=600 single.txt /home/app/secret\nCOPY single.txt /opt/renamed\nUSER app\nRUN touch /home/app/by-app && id -u > /home/app/uid\nRUN true\n"
    );
    let ctx = context(
        &env,
        "ctx",
        &[
            ("Dockerfile", &df),
            ("files/a", "A"),
            ("files/sub/b", "B"),
            ("single.txt", "S"),
        ],
    );
    let o = build(&env, &ctx, &["-t", "fs"]).ok();
    assert!(
        o.stdout.contains("STEP 3/8: COPY files/ /opt/files/"),
        "{}",
        o.stdout
    );
    let out = sh(
        &env,
        "fs",
        "cat /opt/x/f /opt/files/a /opt/files/sub/b /opt/renamed; test -e /bin/wget || echo nowget; ls -ln /home/app | awk 'NR>1 {print $1, $3, $4, $9}'; cat /home/app/uid",
    );
    assert_eq!(
        out,
        "made\nABSnowget\n-rw-r--r-- 1000 1000 by-app\n-rw------- 1000 10 secret\n-rw-r--r-- 1000 1000 uid\n1000\n"
    );
    let v = inspect(&env, "fs");
    // busybox + RUN + 3 COPY + RUN; `RUN true` changed nothing and made no layer.
    assert_eq!(v["RootFS"]["Layers"].as_array().unwrap().len(), 6);
    let h = history(&env, "fs");
    assert!(h[0].starts_with("/bin/sh -c true|0"), "{h:?}");
    assert_eq!(
        v["History"][v["History"].as_array().unwrap().len() - 1]["empty_layer"],
        true
    );
    // The runtime's mount points are not part of the RUN layer, the deletion is.
    let layer = layer_files(&env, &v, 1);
    assert!(layer.contains(&"bin/.wh.wget".to_string()), "{layer:?}");
    assert!(
        !layer
            .iter()
            .any(|f| f.contains("hosts") || f.contains("resolv")),
        "{layer:?}"
    );
}

/// The paths in layer `n` of an image (from `save`, a docker-archive).
fn layer_files(env: &Env, v: &Value, n: usize) -> Vec<String> {
    let out = env.dir.join("save.tar");
    let id = v["Id"].as_str().unwrap();
    env.run(&["save", "-o", out.to_str().unwrap(), id]).ok();
    let data = std::fs::read(&out).unwrap();
    let entries = |f: &mut dyn FnMut(String, Vec<u8>)| {
        let mut ar = tar::Archive::new(&data[..]);
        for e in ar.entries().unwrap() {
            let mut e = e.unwrap();
            let p = e.path().unwrap().display().to_string();
            let mut body = Vec::new();
            std::io::Read::read_to_end(&mut e, &mut body).unwrap();
            f(p, body);
        }
    };
    let mut manifest = Value::Null;
    entries(&mut |p, b| {
        if p == "manifest.json" {
            manifest = serde_json::from_slice(&b).unwrap();
        }
    });
    let want = manifest[0]["Layers"][n].as_str().unwrap().to_string();
    let mut files = Vec::new();
    entries(&mut |p, b| {
        if p == want {
            let mut la = tar::Archive::new(&b[..]);
            for x in la.entries().unwrap() {
                files.push(x.unwrap().path().unwrap().display().to_string());
            }
        }
    });
    files
}

#[test]
fn heredocs_in_run_and_copy() {
    let env = Env::new();
    let bb = env.busybox();
    let df = format!(
        "FROM {bb}\nARG WHO=world\nRUN <<EOF\nmkdir /h\necho one > /h/1\necho two > /h/2\nEOF\nRUN <<'PY'\n#!/bin/sh\necho \"script $WHO\" > /h/script\nPY\nRUN cat <<EOT > /h/cat\nline $WHO\nEOT\nCOPY <<EOF /h/copied\nhello $WHO\nEOF\nCOPY <<\"RAW\" /h/raw\nkeep $WHO\nRAW\nRUN <<-EOF\n\techo tabs > /h/tabs\n\tEOF\n"
    );
    let ctx = context(&env, "ctx", &[("Dockerfile", &df)]);
    build(&env, &ctx, &["-t", "here"]).ok();
    let out = sh(&env, "here", "cd /h && cat 1 2 script cat copied raw tabs");
    assert_eq!(
        out,
        "one\ntwo\nscript world\nline world\nhello world\nkeep $WHO\ntabs\n"
    );
}

#[test]
fn dockerignore_excludes_and_reincludes() {
    let env = Env::new();
    let bb = env.busybox();
    let ctx = context(
        &env,
        "ctx",
        &[
            ("Dockerfile", &format!("FROM {bb}\nCOPY . /ctx/\n")),
            (
                ".dockerignore",
                "# comment\n*.log\n**/*.tmp\nsecret/\ndocs\n!docs/keep.md\n",
            ),
            ("a.log", "x"),
            ("keep.txt", "k"),
            ("deep/er/x.tmp", "t"),
            ("deep/er/y.txt", "y"),
            ("secret/key", "s"),
            ("docs/drop.md", "d"),
            ("docs/keep.md", "m"),
        ],
    );
    build(&env, &ctx, &["-t", "ign"]).ok();
    let out = sh(&env, "ign", "cd /ctx && find . -type f | sort");
    assert_eq!(
        out,
        "./.dockerignore\n./Dockerfile\n./deep/er/y.txt\n./docs/keep.md\n./keep.txt\n"
    );
    // An excluded file named directly is an error.
    let bad = context(
        &env,
        "bad",
        &[
            ("Dockerfile", &format!("FROM {bb}\nCOPY a.log /\n")),
            (".dockerignore", "*.log\n"),
            ("a.log", "x"),
        ],
    );
    let o = build(&env, &bad, &[]).code(125);
    assert!(
        o.stderr
            .contains("Dockerfile:2: building at STEP \"COPY a.log /\""),
        "{}",
        o.stderr
    );
    assert!(
        o.stderr.contains("excluded by the ignore file"),
        "{}",
        o.stderr
    );
}

#[test]
fn add_unpacks_local_archives() {
    use std::io::Write;
    let env = Env::new();
    let bb = env.busybox();
    let mut t = TarBuilder::new();
    t.dir("pkg", 0o755, 0, 0);
    t.file("pkg/file.txt", b"packed\n", 0o644, 0, 0);
    let plain = t.finish();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&plain).unwrap();
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
    bz.write_all(&plain).unwrap();
    let mut xz = Vec::new();
    lzma_rs::xz_compress(&mut &plain[..], &mut xz).unwrap();
    let ctx = context(
        &env,
        "ctx",
        &[("Dockerfile", &format!("FROM {bb}\nADD a.tar /t/\nADD a.tar.gz /g\nADD a.tar.bz2 /b/\nADD a.tar.xz /x/\nCOPY a.tar.gz /copied/\nADD notes.txt /n/\n")), ("notes.txt", "plain")],
    );
    for (n, d) in [
        ("a.tar", plain),
        ("a.tar.gz", gz.finish().unwrap()),
        ("a.tar.bz2", bz.finish().unwrap()),
        ("a.tar.xz", xz),
    ] {
        std::fs::write(ctx.join(n), d).unwrap();
        std::fs::set_permissions(ctx.join(n), std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    build(&env, &ctx, &["-t", "add"]).ok();
    let out = sh(&env, "add", "cat /t/pkg/file.txt /g/pkg/file.txt /b/pkg/file.txt /x/pkg/file.txt /n/notes.txt; echo; ls /copied");
    assert_eq!(out, "packed\npacked\npacked\npacked\nplain\na.tar.gz\n");
}

fn layer_count(env: &Env) -> usize {
    std::fs::read_dir(env.dir.join("root/layers"))
        .map(|r| r.count())
        .unwrap_or(0)
}

#[test]
fn cache_hits_and_invalidation() {
    let env = Env::new();
    let bb = env.busybox();
    let df = format!("FROM {bb}\nARG V=1\nCOPY dep.txt /dep.txt\nRUN echo installing-$V && cat /dep.txt > /installed\nCOPY src.txt /src.txt\nRUN echo compiling && cat /src.txt > /built\nENV DONE=yes\n");
    let ctx = context(
        &env,
        "ctx",
        &[
            ("Dockerfile", &df),
            ("dep.txt", "dep1"),
            ("src.txt", "src1"),
        ],
    );
    let first = build(&env, &ctx, &["-t", "c:1"]).ok();
    assert!(printed(&first, "installing-1") && printed(&first, "compiling"));
    let id1 = first.stdout.lines().last().unwrap().to_string();
    let layers = layer_count(&env);
    // Unchanged: every step from the cache, no RUN, no new layer, the same image.
    let again = build(&env, &ctx, &["-t", "c:2"]).ok();
    assert!(
        !printed(&again, "installing-1") && !printed(&again, "compiling"),
        "{}",
        again.stdout
    );
    assert_eq!(
        again.stdout.matches("--> Using cache").count(),
        6,
        "{}",
        again.stdout
    );
    assert_eq!(again.stdout.lines().last().unwrap(), id1);
    assert_eq!(layer_count(&env), layers);
    // A changed source file: the steps from its COPY on run again.
    std::fs::write(ctx.join("src.txt"), "src2").unwrap();
    let o = build(&env, &ctx, &["-t", "c:3"]).ok();
    assert!(
        !printed(&o, "installing-1") && printed(&o, "compiling"),
        "{}",
        o.stdout
    );
    assert_eq!(sh(&env, "c:3", "cat /built"), "src2");
    // A changed build arg: the RUN that has it in scope runs again.
    let o = build(&env, &ctx, &["--build-arg", "V=2", "-t", "c:4"]).ok();
    assert!(
        printed(&o, "installing-2") && printed(&o, "compiling"),
        "{}",
        o.stdout
    );
    // A changed instruction: from there on.
    std::fs::write(
        ctx.join("Dockerfile"),
        df.replace("ENV DONE=yes", "ENV DONE=no"),
    )
    .unwrap();
    let o = build(&env, &ctx, &["-t", "c:5"]).ok();
    assert_eq!(
        o.stdout.matches("--> Using cache").count(),
        5,
        "{}",
        o.stdout
    );
    // --no-cache runs everything.
    let o = build(&env, &ctx, &["--no-cache", "-t", "c:6"]).ok();
    assert!(
        !o.stdout.contains("Using cache") && printed(&o, "installing-1"),
        "{}",
        o.stdout
    );
    // `image prune` empties the cache.
    env.run(&["image", "prune", "-f"]).ok();
    let o = build(&env, &ctx, &["-t", "c:7"]).ok();
    assert!(printed(&o, "installing-1"), "{}", o.stdout);
}

#[test]
fn onbuild_triggers_run_in_the_child_build() {
    let env = Env::new();
    let bb = env.busybox();
    let parent = context(
        &env,
        "parent",
        &[(
            "Dockerfile",
            &format!(
                "FROM {bb}\nONBUILD COPY marker.txt /marker\nONBUILD RUN echo triggered > /trig\n"
            ),
        )],
    );
    build(&env, &parent, &["-t", "parent:onbuild"]).ok();
    let child = context(
        &env,
        "child",
        &[
            ("Dockerfile", "FROM parent:onbuild\nRUN cat /trig /marker\n"),
            ("marker.txt", "from-child-context\n"),
        ],
    );
    let o = build(&env, &child, &["-t", "child"]).ok();
    assert!(
        o.stdout.contains("triggered") || o.stdout.contains("from-child-context"),
        "{}",
        o.stdout
    );
    assert_eq!(
        sh(&env, "child", "cat /trig /marker"),
        "triggered\nfrom-child-context\n"
    );
    assert!(inspect(&env, "child")["Config"].get("OnBuild").is_none());
}

#[test]
fn quiet_iidfile_stdin_context_and_containerfile() {
    let env = Env::new();
    let bb = env.busybox();
    let ctx = context(
        &env,
        "ctx",
        &[
            (
                "Containerfile",
                &format!("FROM {bb}\nCOPY f /f\nRUN echo loud\n"),
            ),
            ("Dockerfile", "FROM nothing\n"),
            ("f", "from-context"),
        ],
    );
    let iid = env.scratch("out").join("iid");
    let o = build(
        &env,
        &ctx,
        &["-q", "--iidfile", iid.to_str().unwrap(), "-t", "q"],
    )
    .ok();
    let id = o.stdout.trim().to_string();
    assert_eq!(o.stdout, format!("{id}\n"), "only the ID");
    assert_eq!(
        std::fs::read_to_string(&iid).unwrap(),
        format!("sha256:{id}")
    );
    // The context as a tar on stdin; the Containerfile from it.
    let mut t = TarBuilder::new();
    t.file(
        "Containerfile",
        format!("FROM {bb}\nCOPY f /f\n").as_bytes(),
        0o644,
        0,
        0,
    );
    t.file("f", b"from-tar", 0o644, 0, 0);
    env.run_stdin(&["build", "-t", "fromtar", "-"], Some(&t.finish()))
        .ok();
    assert_eq!(sh(&env, "fromtar", "cat /f"), "from-tar");
    // The Containerfile on stdin, the context a directory; `image build` is the same command.
    let df = format!("FROM {bb}\nCOPY f /g\n");
    env.run_stdin(
        &[
            "image",
            "build",
            "-f",
            "-",
            "-t",
            "stdinfile",
            ctx.to_str().unwrap(),
        ],
        Some(df.as_bytes()),
    )
    .ok();
    assert_eq!(sh(&env, "stdinfile", "cat /g"), "from-context");
    // Labels and annotations.
    build(
        &env,
        &ctx,
        &[
            "--label",
            "team=a",
            "--annotation",
            "org.opencontainers.image.title=t",
            "-t",
            "lab",
        ],
    )
    .ok();
    assert_eq!(inspect(&env, "lab")["Labels"]["team"], "a");
}

#[test]
fn one_layer_with_layers_false_and_squash() {
    let env = Env::new();
    let bb = env.busybox();
    let ctx = context(&env, "ctx", &[("Dockerfile", &format!("FROM {bb}\nRUN echo 1 > /one\nCOPY f /f\nRUN rm /one && echo 2 > /two\nCMD [\"cat\", \"/two\", \"/f\"]\n")), ("f", "F")]);
    for (flag, tag) in [("--layers=false", "nolayers"), ("--squash", "squashed")] {
        let o = build(&env, &ctx, &[flag, "-t", tag]).ok();
        assert!(!o.stdout.contains("Using cache"), "{}", o.stdout);
        let v = inspect(&env, tag);
        assert_eq!(v["RootFS"]["Layers"].as_array().unwrap().len(), 2, "{tag}");
        let hist = v["History"].as_array().unwrap();
        assert_eq!(
            hist.iter().filter(|e| e["empty_layer"] != true).count(),
            2,
            "{hist:?}"
        );
        assert_eq!(env.run(&["run", "--rm", tag]).ok().stdout, "2\nF");
        assert_eq!(sh(&env, tag, "test -e /one || echo gone"), "gone\n");
    }
}

//! `build` and RUN: a failing step (its exit code and line), Dockerfile errors, Ctrl-C and
//! SIGKILL of a build, network modes, `RUN --mount` and `--secret`.

#[path = "common/build.rs"]
mod bld;
mod common;

use bld::*;
use common::*;

#[test]
fn failing_run_gives_its_exit_code_and_line() {
    let env = Env::new();
    let bb = env.busybox();
    let before = env.image_list();
    let ctx = context(
        &env,
        "ctx",
        &[(
            "Dockerfile",
            &format!(
                "FROM {bb}\nRUN echo step-two\nRUN echo last-words >&2; exit 7\nRUN echo never\n"
            ),
        )],
    );
    let o = build(&env, &ctx, &["-t", "fails"]).code(7);
    assert!(
        o.stderr.contains("Error: Dockerfile:3: building at STEP \"RUN echo last-words >&2; exit 7\": while running runtime: exit status 7"),
        "{}",
        o.stderr
    );
    assert!(!o.stdout.contains("never"));
    // Quiet: nothing but the error, with the step's last output lines.
    let o = build(&env, &ctx, &["-q", "--no-cache"]).code(7);
    assert!(!o.stdout.contains("step-two"), "{}", o.stdout);
    assert!(o.stderr.contains("last-words"), "{}", o.stderr);
    assert_eq!(env.image_list(), before);
    assert_eq!(env.run(&["ps", "-a", "-q"]).ok().stdout, "");
}

#[test]
fn dockerfile_errors_name_file_and_line() {
    let env = Env::new();
    let bb = env.busybox();
    for (df, want) in [
        (
            format!("FROM {bb}\n\nBOGUS x\n"),
            "Dockerfile:3: unknown instruction: BOGUS".to_string(),
        ),
        (
            format!("FROM {bb}\nRUN apk update &&\n    apk add curl\n"),
            "Dockerfile:2: RUN ends with an operator and line 3 (apk) is not part of it"
                .to_string(),
        ),
        (
            format!("FROM {bb}\nCOPY missing.txt /x\n"),
            "Dockerfile:2: building at STEP \"COPY missing.txt /x\"".to_string(),
        ),
        (
            format!("FROM {bb}\nCOPY --from=nostage /a /b\n"),
            "COPY --from=nostage: no stage or image found with that name".to_string(),
        ),
        (
            format!("FROM {bb}\nARG 9lives=1\n"),
            "Dockerfile:2: invalid ARG name \"9lives\"".to_string(),
        ),
        (
            "RUN true\n".to_string(),
            "Dockerfile:1: no build stage in current context".to_string(),
        ),
        (
            format!("FROM {bb}\nCOPY a b c\n"),
            "When using COPY with more than one source file".to_string(),
        ),
    ] {
        let ctx = context(&env, "ctx", &[("Dockerfile", &df), ("a", "a"), ("b", "b")]);
        let o = build(&env, &ctx, &["--pull=never"]).code(125);
        assert!(o.stderr.contains(&want), "{df}\n{}", o.stderr);
    }
    let ctx = context(&env, "ctx2", &[("Dockerfile", &format!("FROM {bb}\n"))]);
    let o = build(&env, &ctx, &["--target", "nope"]).code(125);
    assert!(
        o.stderr
            .contains("The target \"nope\" was not found in the provided Dockerfile"),
        "{}",
        o.stderr
    );
    let o = build(&env, &ctx, &["--platform", "linux/s390x-nope"]).code(125);
    assert!(
        o.stderr.contains("only the host's platform"),
        "{}",
        o.stderr
    );
    let o = build(&env, &env.scratch("empty"), &[]).code(125);
    assert!(
        o.stderr
            .contains("no Containerfile or Dockerfile specified or found"),
        "{}",
        o.stderr
    );
}

#[test]
fn killed_build_leaves_the_store_as_it_was() {
    let env = Env::new();
    let bb = env.busybox();
    let ctx = context(
        &env,
        "ctx",
        &[
            (
                "Dockerfile",
                &format!("FROM {bb}\nCOPY f /f\nRUN sleep 67\n"),
            ),
            ("f", "x"),
        ],
    );
    let before = env.image_list();
    let mut c = env.cmd(&["build", "-t", "killed", ctx.to_str().unwrap()]);
    c.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    let mut child = c.spawn().unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("RUN sleep 67") {
        line.clear();
        assert!(
            std::io::BufRead::read_line(&mut out, &mut line).unwrap() > 0,
            "the build ended early"
        );
    }
    std::thread::sleep(std::time::Duration::from_millis(500));
    // setpriv and env exec: the child is skiff itself.
    let skiff = child.id() as i32;
    kill9(&[skiff]);
    let _ = child.wait();
    // The step's process went with it.
    let t = std::time::Instant::now();
    while std::process::Command::new("pgrep")
        .args(["-f", "^sleep 67$"])
        .output()
        .unwrap()
        .status
        .success()
    {
        assert!(
            t.elapsed().as_secs() < 10,
            "the RUN process outlived the build"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(env.image_list(), before);
    assert_eq!(env.run(&["ps", "-a", "-q"]).ok().stdout, "");
    // The next build clears what the killed one left in the staging area, and works.
    let ok = context(
        &env,
        "ok",
        &[("Dockerfile", &format!("FROM {bb}\nRUN true\n"))],
    );
    build(&env, &ok, &["-t", "next"]).ok();
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.join("root/tmp"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn run_network_modes_and_interrupt() {
    let env = Env::new();
    let bb = env.busybox();
    let ctx = context(
        &env,
        "ctx",
        &[(
            "Dockerfile",
            &format!("FROM {bb}\nRUN grep -c : /proc/net/dev > /ifaces\n"),
        )],
    );
    build(&env, &ctx, &["--network", "none", "-t", "none"]).ok();
    assert_eq!(sh(&env, "none", "cat /ifaces"), "1\n", "only lo");
    build(
        &env,
        &ctx,
        &["--network", "host", "--no-cache", "-t", "host"],
    )
    .ok();
    let host_ifaces = std::fs::read_to_string("/proc/net/dev")
        .unwrap()
        .matches(':')
        .count();
    assert_eq!(
        sh(&env, "host", "cat /ifaces").trim(),
        host_ifaces.to_string()
    );
    let o = build(&env, &ctx, &["--network", "bogus:x"]).code(125);
    assert!(!o.stderr.is_empty());
    // RUN --network for one step.
    let per_step = context(&env, "perstep", &[("Dockerfile", &format!("FROM {bb}\nRUN --network=host grep -c : /proc/net/dev > /host\nRUN --network=none grep -c : /proc/net/dev > /none\n"))]);
    build(&env, &per_step, &["-t", "perstep"]).ok();
    assert_eq!(
        sh(&env, "perstep", "cat /host /none"),
        format!("{host_ifaces}\n1\n")
    );
    // Ctrl-C during a RUN: the step is killed, the build fails at once and cleans up.
    let slow = context(
        &env,
        "slow",
        &[("Dockerfile", &format!("FROM {bb}\nRUN sleep 68\n"))],
    );
    let mut c = env.cmd(&["build", slow.to_str().unwrap()]);
    c.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("RUN sleep 68") {
        line.clear();
        assert!(std::io::BufRead::read_line(&mut out, &mut line).unwrap() > 0);
    }
    std::thread::sleep(std::time::Duration::from_millis(500));
    // setpriv and env exec: the child is skiff itself.
    let skiff = child.id() as i32;
    std::process::Command::new("kill")
        .args(["-INT", &skiff.to_string()])
        .status()
        .unwrap();
    let t = std::time::Instant::now();
    let status = child.wait().unwrap();
    assert!(t.elapsed().as_secs() < 10);
    assert_eq!(status.code(), Some(130));
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.join("root/tmp"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn run_mounts_cache_bind_tmpfs_secret() {
    let env = Env::new();
    let bb = env.busybox();
    let df = format!(
        "FROM {bb} AS src\nRUN mkdir /data && echo staged > /data/s\nFROM {bb}\nARG N=1\nRUN --mount=type=cache,target=/var/cache/app echo run-$N >> /var/cache/app/log && wc -l < /var/cache/app/log > /count\nRUN --mount=type=bind,source=files,target=/mnt/files cat /mnt/files/a > /from-bind\nRUN --mount=type=bind,from=src,source=/data,target=/mnt/src cat /mnt/src/s > /from-stage\nRUN --mount=type=tmpfs,target=/scratch echo t > /scratch/t && test -e /scratch/t\nRUN --mount=type=secret,id=token test \"$(cat /run/secrets/token)\" = s3cret && echo ok > /secret-ok\n"
    );
    let ctx = context(&env, "ctx", &[("Dockerfile", &df), ("files/a", "A")]);
    let secret = write_file(&env, "token", b"s3cret");
    let spec = format!("id=token,src={}", secret.display());
    build(&env, &ctx, &["--secret", &spec, "-t", "m1"]).ok();
    let check = "cat /count /from-bind /from-stage /secret-ok; ls -d /var/cache/app /scratch /run/secrets /mnt/files 2>&1 | grep -c 'No such'";
    assert_eq!(sh(&env, "m1", check), "1\nAstaged\nok\n4\n");
    // The cache mount keeps its contents for the next build.
    build(
        &env,
        &ctx,
        &["--secret", &spec, "--build-arg", "N=2", "-t", "m2"],
    )
    .ok();
    assert_eq!(sh(&env, "m2", "cat /count"), "2\n");
    // A changed bind source is a changed step.
    std::fs::write(ctx.join("files/a"), "B").unwrap();
    let o = build(
        &env,
        &ctx,
        &["--secret", &spec, "--build-arg", "N=2", "-t", "m3"],
    )
    .ok();
    // The other stage's step, ARG and the cache-mount RUN come from the cache; not the rest.
    assert_eq!(
        o.stdout.matches("--> Using cache").count(),
        3,
        "{}",
        o.stdout
    );
    assert_eq!(sh(&env, "m3", "cat /from-bind"), "B");
    // A missing secret.
    let o = build(&env, &ctx, &["--no-cache"]).code(1);
    assert!(
        o.stderr.contains("secret-ok") || o.stderr.contains("exit status"),
        "{}",
        o.stderr
    );
    let req = context(
        &env,
        "req",
        &[(
            "Dockerfile",
            &format!("FROM {bb}\nRUN --mount=type=secret,id=x,required true\n"),
        )],
    );
    let o = build(&env, &req, &[]).code(125);
    assert!(
        o.stderr.contains("secret \"x\" is required"),
        "{}",
        o.stderr
    );
}

#[test]
fn daemons_of_a_step_end_with_it_and_scratch_bases() {
    let env = Env::new();
    let bb = env.busybox();
    let df =
        format!("FROM {bb}\nRUN (sleep 69 &) ; httpd -p 127.0.0.1:0 2>/dev/null; echo started\n");
    let ctx = context(&env, "ctx", &[("Dockerfile", &df)]);
    let t = std::time::Instant::now();
    build(&env, &ctx, &["--network", "none"]).ok();
    assert!(t.elapsed().as_secs() < 30);
    let alive = std::process::Command::new("pgrep")
        .args(["-f", "^sleep 69$"])
        .output()
        .unwrap();
    assert!(
        !alive.status.success(),
        "a process of the RUN step is still running"
    );
    // FROM scratch: nothing but what is copied in.
    let scratch = context(
        &env,
        "scratch",
        &[(
            "Dockerfile",
            &format!("FROM scratch\nCOPY --from={bb} /bin/busybox /busybox\nCMD [\"/busybox\", \"echo\", \"from scratch\"]\n"),
        )],
    );
    build(&env, &scratch, &["-t", "scratchy"]).ok();
    let v = inspect(&env, "scratchy");
    assert_eq!(v["RootFS"]["Layers"].as_array().unwrap().len(), 1);
    assert!(v["Config"].get("Env").is_none(), "{}", v["Config"]);
    assert_eq!(
        env.run(&["run", "--rm", "scratchy"]).ok().stdout,
        "from scratch\n"
    );
}

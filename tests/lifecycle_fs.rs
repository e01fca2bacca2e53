//! Container filesystem and bookkeeping commands: cp, diff, commit, export.

mod common;
use common::*;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;

/// Entries (name, mode, uid, content) of a tar held in a string.
fn tar_entries(data: &[u8]) -> Vec<(String, u32, u64, String)> {
    let mut ar = tar::Archive::new(data);
    let mut v = Vec::new();
    for e in ar.entries().unwrap() {
        let mut e = e.unwrap();
        let name = e.path().unwrap().display().to_string();
        let mode = e.header().mode().unwrap();
        let uid = e.header().uid().unwrap();
        let mut s = String::new();
        let _ = e.read_to_string(&mut s);
        v.push((name, mode, uid, s));
    }
    v
}

/// Standard output of a skiff command as bytes (binary tar streams).
fn raw_stdout(env: &Env, args: &[&str]) -> Vec<u8> {
    let o = env.cmd(args).output().unwrap();
    assert!(
        o.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o.stdout
}

fn chown_to_user(env: &Env, p: &std::path::Path) {
    if let Some(u) = &env.user {
        std::os::unix::fs::chown(p, Some(u.uid), Some(u.gid)).unwrap();
    }
}

#[test]
fn cp_into_and_out_of_a_stopped_container() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--name", "c1", img, "sleep", "1000"])
        .ok();
    let host = env.scratch("host");
    let f = host.join("hello.txt");
    std::fs::write(&f, "hello\n").unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o754)).unwrap();
    // File into an existing directory keeps its name.
    env.run(&["cp", f.to_str().unwrap(), "c1:/tmp"]).ok();
    // File to a new name.
    env.run(&["cp", f.to_str().unwrap(), "c1:/etc/renamed"])
        .ok();
    // A directory that does not exist in the container yet: created with the contents.
    let d = host.join("tree");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("sub/a"), "A").unwrap();
    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o777)).unwrap();
    std::fs::set_permissions(d.join("sub"), std::fs::Permissions::from_mode(0o777)).unwrap();
    env.run(&["cp", d.to_str().unwrap(), "c1:/newtree"]).ok();
    // Into an existing directory: nested under its own name.
    env.run(&["cp", d.to_str().unwrap(), "c1:/home"]).ok();
    // A trailing slash on a missing destination is an error for a file.
    let o = env
        .run(&["cp", f.to_str().unwrap(), "c1:/nothere/"])
        .code(125);
    assert!(o.stderr.contains("Error:"), "{}", o.stderr);

    // Out again, through a tar stream on stdout.
    let o = env.run(&["cp", "c1:/tmp/hello.txt", "-"]).ok();
    let ents = tar_entries(o.stdout.as_bytes());
    assert_eq!(ents.len(), 1, "{ents:?}");
    assert_eq!(ents[0].0, "hello.txt");
    assert_eq!(ents[0].1 & 0o7777, 0o754, "mode kept");
    assert_eq!(
        ents[0].2, 0,
        "copied-in files belong to the container's root"
    );
    assert_eq!(ents[0].3, "hello\n");
    let o = env.run(&["cp", "c1:/newtree", "-"]).ok();
    let names: Vec<String> = tar_entries(o.stdout.as_bytes())
        .into_iter()
        .map(|e| e.0)
        .collect();
    assert_eq!(names, ["newtree", "newtree/sub", "newtree/sub/a"]);
    let o = env.run(&["cp", "c1:/home/tree/sub/a", "-"]).ok();
    assert_eq!(tar_entries(o.stdout.as_bytes())[0].3, "A");

    // Out to host paths: a new name, and into a directory.
    let out = env.scratch("out");
    env.run(&["cp", "c1:/etc/renamed", out.join("r.txt").to_str().unwrap()])
        .ok();
    assert_eq!(
        std::fs::read_to_string(out.join("r.txt")).unwrap(),
        "hello\n"
    );
    env.run(&["cp", "c1:/etc/passwd", out.to_str().unwrap()])
        .ok();
    let pw = std::fs::read_to_string(out.join("passwd")).unwrap();
    assert!(pw.starts_with("root:x:0:0:"), "{pw}");
    // A directory's contents with "/.".
    let out2 = env.scratch("out2");
    env.run(&["cp", "c1:/newtree/.", out2.to_str().unwrap()])
        .ok();
    assert_eq!(std::fs::read_to_string(out2.join("sub/a")).unwrap(), "A");
    // Missing source.
    env.run(&["cp", "c1:/does/not/exist", out.to_str().unwrap()])
        .code(125);
    env.run(&["cp", "nosuchctr:/etc/passwd", out.to_str().unwrap()])
        .code(125);
}

#[test]
fn cp_works_on_a_running_container_and_tar_streams_keep_owners() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["run", "-d", "--name", "r1", img, "sleep", "1000"])
        .ok();
    let host = env.scratch("host");
    let f = host.join("f");
    std::fs::write(&f, "running\n").unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o640)).unwrap();
    chown_to_user(&env, &f);
    env.run(&["cp", f.to_str().unwrap(), "r1:/root/"]).ok();
    let o = env
        .run(&["exec", "r1", "stat", "-c", "%a %u:%g %s", "/root/f"])
        .ok();
    assert_eq!(o.stdout.trim(), "640 0:0 8");
    // A tar stream keeps the owners it records.
    let tar = TarBuilder::new()
        .file("owned", b"x", 0o600, 123, 456)
        .finish();
    env.run_stdin(&["cp", "-", "r1:/tmp"], Some(&tar)).ok();
    let o = env
        .run(&["exec", "r1", "stat", "-c", "%a %u:%g", "/tmp/owned"])
        .ok();
    assert_eq!(o.stdout.trim(), "600 123:456");
    // Something the container wrote is copied out.
    env.run(&["exec", "r1", "sh", "-c", "echo inside > /tmp/w"])
        .ok();
    let out = env.scratch("out");
    env.run(&["cp", "r1:/tmp/w", out.to_str().unwrap()]).ok();
    assert_eq!(std::fs::read_to_string(out.join("w")).unwrap(), "inside\n");
    // Copied-out files belong to the invoking user.
    if let Some(u) = &env.user {
        use std::os::unix::fs::MetadataExt;
        assert_eq!(std::fs::metadata(out.join("w")).unwrap().uid(), u.uid);
    }
}

#[test]
fn cp_never_follows_a_container_symlink_to_the_host() {
    let env = Env::new();
    let img = env.busybox();
    let victim = env.scratch("victim");
    chown_to_user(&env, &victim);
    // The container points /escape at a host directory (absolute) and ../.. tricks.
    env.run(&[
        "run",
        "--name",
        "s1",
        img,
        "sh",
        "-c",
        &format!(
            "ln -s {v} /escape && ln -s ../../../../../../{v} /tmp/up && mkdir -p {v} && echo container-secret > {v}/secret",
            v = victim.display()
        ),
    ])
    .ok();
    let host = env.scratch("host");
    let f = host.join("payload");
    std::fs::write(&f, "payload").unwrap();
    env.run(&["cp", f.to_str().unwrap(), "s1:/escape/"]).ok();
    env.run(&["cp", f.to_str().unwrap(), "s1:/tmp/up/"]).ok();
    assert!(
        std::fs::read_dir(&victim).unwrap().next().is_none(),
        "the host directory must stay empty"
    );
    // It landed inside the container, where the symlink points in there.
    let o = env
        .run(&["cp", &format!("s1:{}/payload", victim.display()), "-"])
        .ok();
    assert_eq!(tar_entries(o.stdout.as_bytes())[0].3, "payload");
    // Reading through the symlink gives the container's file, not the host's.
    std::fs::write(victim.join("secret"), "host-secret").unwrap();
    let o = env.run(&["cp", "s1:/escape/secret", "-"]).ok();
    assert_eq!(tar_entries(o.stdout.as_bytes())[0].3, "container-secret\n");
}

#[test]
fn diff_lists_added_changed_and_deleted_paths() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "run",
        "--name",
        "d1",
        img,
        "sh",
        "-c",
        "echo x > /new && echo y >> /etc/group && rm /bin/vi && mkdir -p /var/lib/x",
    ])
    .ok();
    let o = env.run(&["diff", "d1"]).ok();
    let lines = o.lines();
    for want in [
        "A /new",
        "C /etc",
        "C /etc/group",
        "C /bin",
        "D /bin/vi",
        "C /var",
        "A /var/lib",
        "A /var/lib/x",
    ] {
        assert!(lines.contains(&want), "missing {want:?} in:\n{}", o.stdout);
    }
    assert!(!o.stdout.contains("/etc/passwd"), "{}", o.stdout);
    // The runtime's bind-mount targets are not the container's changes.
    assert!(!o.stdout.contains("/etc/hosts"), "{}", o.stdout);
    assert!(!o.stdout.contains("/etc/resolv.conf"), "{}", o.stdout);
    let mut sorted = lines.clone();
    sorted.sort_by_key(|l| l[2..].to_string());
    assert_eq!(lines, sorted, "sorted by path");
    let o = env.run(&["diff", "--format", "json", "d1"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert!(v["deleted"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("/bin/vi")));
    env.run(&["diff", "nosuch"]).code(125);
}

#[test]
fn commit_makes_a_runnable_image_with_changes() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "run",
        "--name",
        "k1",
        img,
        "sh",
        "-c",
        "echo committed > /file && rm /bin/vi && mkdir /data",
    ])
    .ok();
    let o = env
        .run(&[
            "commit",
            "-c",
            "CMD [\"cat\", \"/file\"]",
            "-c",
            "ENV FOO=bar",
            "-c",
            "WORKDIR /data",
            "-c",
            "LABEL com.example=yes",
            "-c",
            "EXPOSE 8080",
            "-c",
            "STOPSIGNAL SIGINT",
            "-c",
            "USER app",
            "-m",
            "a message",
            "-a",
            "Tester",
            "k1",
            "committed:v1",
        ])
        .ok();
    let id = o.stdout.trim().to_string();
    assert_eq!(id.len(), 64, "{}", o.stdout);
    assert!(env.image_list().contains("localhost/committed:v1"));
    // The default command reads the file written before the commit.
    let o = env.run(&["run", "--rm", "committed:v1"]).ok();
    assert_eq!(o.stdout, "committed\n");
    let o = env
        .run(&[
            "run",
            "--rm",
            "committed:v1",
            "sh",
            "-c",
            "echo $FOO; pwd; id -un; test -e /bin/vi || echo vi-gone",
        ])
        .ok();
    assert_eq!(o.stdout, "bar\n/data\napp\nvi-gone\n");
    let o = env.run(&["image", "inspect", "committed:v1"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let c = &v[0]["Config"];
    assert_eq!(c["Labels"]["com.example"], "yes", "{c}");
    assert!(c["ExposedPorts"]["8080/tcp"].is_object(), "{c}");
    assert_eq!(c["StopSignal"], "SIGINT", "{c}");
    assert_eq!(v[0]["Author"], "Tester", "{}", v[0]);
    // One more layer than the base image.
    let base = env.run(&["image", "inspect", img]).ok();
    let b: serde_json::Value = serde_json::from_str(&base.stdout).unwrap();
    assert_eq!(
        v[0]["RootFS"]["Layers"].as_array().unwrap().len(),
        b[0]["RootFS"]["Layers"].as_array().unwrap().len() + 1
    );
    // Without a name: a dangling image; a bad change is an error.
    let o = env.run(&["commit", "-q", "k1"]).ok();
    assert_eq!(o.stdout.trim().len(), 64);
    env.run(&["commit", "-c", "BOGUS x", "k1", "x:1"]).code(125);
    env.run(&["commit", "nosuch", "x:2"]).code(125);
}

#[test]
fn export_and_import_round_trip() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "run",
        "--name",
        "e1",
        img,
        "sh",
        "-c",
        "echo exported > /file && rm /bin/vi",
    ])
    .ok();
    let out = env.scratch("out");
    let tarf = out.join("e1.tar");
    env.run(&["export", "-o", tarf.to_str().unwrap(), "e1"])
        .ok();
    let data = std::fs::read(&tarf).unwrap();
    let ents = tar_entries(&data);
    let find = |n: &str| ents.iter().find(|e| e.0 == n);
    assert_eq!(find("file").map(|e| e.3.as_str()), Some("exported\n"));
    assert!(find("bin/busybox").is_some());
    assert!(find("bin/vi").is_none(), "deleted files are not exported");
    assert!(
        !ents
            .iter()
            .any(|e| e.0.starts_with(".wh.") || e.0.contains("/.wh.")),
        "no whiteouts in a flat export"
    );
    // The same to stdout.
    let raw = raw_stdout(&env, &["export", "e1"]);
    assert_eq!(tar_entries(&raw).len(), ents.len());
    // Import it back and run it.
    env.run(&["import", tarf.to_str().unwrap(), "roundtrip:1"])
        .ok();
    let o = env
        .run(&[
            "run",
            "--rm",
            "roundtrip:1",
            "sh",
            "-c",
            "cat /file; test -e /bin/vi || echo vi-gone",
        ])
        .ok();
    assert_eq!(o.stdout, "exported\nvi-gone\n");
}

#[test]
fn export_of_a_running_container_leaves_out_its_mounts() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["run", "-d", "--name", "e2", img, "sleep", "1000"])
        .ok();
    let ents = tar_entries(&raw_stdout(&env, &["export", "e2"]));
    assert!(ents.iter().any(|e| e.0 == "proc"));
    assert!(
        !ents.iter().any(|e| e.0.starts_with("proc/1/")),
        "/proc contents must not be exported"
    );
    assert!(ents.iter().any(|e| e.0 == "bin/busybox"));
}

#[test]
fn rename_changes_the_name_and_refuses_conflicts() {
    let env = Env::new();
    let img = env.busybox();
    let id = env
        .run(&["create", "--name", "old", img, "true"])
        .ok()
        .stdout
        .trim()
        .to_string();
    env.run(&["create", "--name", "taken", img, "true"]).ok();
    env.run(&["rename", "old", "new"]).ok();
    let o = env
        .run(&[
            "ps",
            "-a",
            "--filter",
            &format!("id={id}"),
            "--format",
            "{{.Names}}",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "new");
    env.run(&["inspect", "old"]).code(125);
    let o = env.run(&["rename", "new", "taken"]).code(125);
    assert!(o.stderr.contains("already in use"), "{}", o.stderr);
    env.run(&["rename", "new", "bad name!"]).code(125);
    env.run(&["rename", "nosuch", "x"]).code(125);
    // The renamed container still runs under its new name.
    env.run(&["start", "-a", "new"]).ok();
    // Renaming to its own name is fine.
    env.run(&["container", "rename", &id[..12], "new"]).ok();
}

#[test]
fn port_prints_nothing_without_published_ports() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--name", "p1", img, "true"]).ok();
    let o = env.run(&["port", "p1"]).ok();
    assert_eq!(o.stdout, "");
    env.run(&["port", "p1", "80/tcp"]).code(125);
    env.run(&["port", "nosuch"]).code(125);
    assert_eq!(env.run(&["port", "-a"]).ok().stdout, "");
}

#[test]
fn top_lists_the_container_processes() {
    let env = Env::new();
    let img = env.busybox();
    // (Not `exec -d`: it keeps the caller's stdout open until the process exits.)
    env.run(&[
        "run",
        "-d",
        "--name",
        "t1",
        img,
        "sh",
        "-c",
        "sleep 777 & exec sleep 1000",
    ])
    .ok();
    let o = env.run(&["top", "t1"]).ok();
    let lines = o.lines();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["USER", "PID", "PPID", "%CPU", "ELAPSED", "TTY", "TIME", "COMMAND"],
        "{}",
        o.stdout
    );
    let first: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(first[0], "root", "{}", o.stdout);
    assert_eq!(
        first[1], "1",
        "the container's own pid namespace: {}",
        o.stdout
    );
    assert_eq!(first[5], "?");
    assert!(lines[1].ends_with("sleep 1000"), "{}", o.stdout);
    assert!(
        lines.iter().any(|l| l.ends_with("sleep 777")),
        "child process listed: {}",
        o.stdout
    );
    assert!(
        !o.stdout.contains("skiff"),
        "no host processes: {}",
        o.stdout
    );
    let o = env.run(&["top", "t1", "pid", "args"]).ok();
    assert_eq!(
        o.lines()[0].split_whitespace().collect::<Vec<_>>(),
        ["PID", "COMMAND"]
    );
    assert_eq!(
        o.lines()[1].split_whitespace().collect::<Vec<_>>(),
        ["1", "sleep", "1000"],
        "{}",
        o.stdout
    );
    env.run(&["top", "t1", "bogus"]).code(125);
    env.run(&["create", "--name", "t2", img, "true"]).ok();
    env.run(&["top", "t2"]).code(125);
}

#[test]
fn ps_filters_and_order() {
    let env = Env::new();
    let img = env.busybox();
    // A second image with its own ID.
    let tar = busybox_tar();
    env.run(&["import", "-c", "ENV X=1", tar.to_str().unwrap(), "other:1"])
        .ok();
    let names = |args: &[&str]| -> Vec<String> {
        let mut v = vec!["ps", "--format", "{{.Names}}"];
        v.extend_from_slice(args);
        env.run(&v)
            .ok()
            .lines()
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    let id_a = env
        .run(&[
            "create",
            "--name",
            "a_created",
            "-l",
            "tier=web",
            img,
            "true",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    env.run(&[
        "run", "--name", "b_exited", "-l", "tier=db", "-l", "x", img, "true",
    ])
    .ok();
    env.run(&[
        "run",
        "-d",
        "--name",
        "c_running",
        "other:1",
        "sleep",
        "1000",
    ])
    .ok();
    // Oldest first, like podman.
    assert_eq!(names(&["-a"]), ["a_created", "b_exited", "c_running"]);
    assert_eq!(names(&[]), ["c_running"]);
    // A status filter looks at all containers.
    assert_eq!(names(&["--filter", "status=exited"]), ["b_exited"]);
    assert_eq!(names(&["--filter", "status=created"]), ["a_created"]);
    assert_eq!(names(&["-a", "--filter", "status=running"]), ["c_running"]);
    // Several values of one key are alternatives.
    assert_eq!(
        names(&["--filter", "status=created", "--filter", "status=running"]),
        ["a_created", "c_running"]
    );
    assert_eq!(
        names(&["-a", "--filter", "name=^[ab]_"]),
        ["a_created", "b_exited"]
    );
    assert_eq!(names(&["-a", "--filter", "name=runn"]), ["c_running"]);
    assert_eq!(
        names(&["-a", "--filter", &format!("id={}", &id_a[..6])]),
        ["a_created"]
    );
    assert_eq!(
        names(&["-a", "--filter", "ancestor=other:1"]),
        ["c_running"]
    );
    assert_eq!(
        names(&["-a", "--filter", "ancestor=busybox"]),
        ["a_created", "b_exited"]
    );
    assert_eq!(
        names(&["-a", "--filter", "label=tier"]),
        ["a_created", "b_exited"]
    );
    assert_eq!(names(&["-a", "--filter", "label=tier=db"]), ["b_exited"]);
    assert_eq!(names(&["-a", "--filter", "label=x"]), ["b_exited"]);
    // Different keys must all match.
    assert_eq!(
        names(&["-a", "--filter", "label=tier", "--filter", "status=created"]),
        ["a_created"]
    );
    assert!(names(&["-a", "--filter", "name=nomatch"]).is_empty());
    // --last keeps the newest, --latest the newest one.
    assert_eq!(names(&["--last", "2"]), ["b_exited", "c_running"]);
    assert_eq!(names(&["--latest"]), ["c_running"]);
    // Labels are visible to templates; table formats print a header.
    let o = env
        .run(&["ps", "-a", "--filter", "name=b_", "--format", "{{.Labels}}"])
        .ok();
    assert!(
        o.stdout.contains("tier") && o.stdout.contains("db"),
        "{}",
        o.stdout
    );
    let o = env
        .run(&[
            "ps",
            "-a",
            "--filter",
            "status=exited",
            "--format",
            "table {{.Names}}\t{{.Status}}",
        ])
        .ok();
    let lines = o.lines();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["NAMES", "STATUS"]
    );
    assert!(
        lines[1].starts_with("b_exited") && lines[1].contains("Exited (0)"),
        "{}",
        o.stdout
    );
    assert_eq!(lines.len(), 2);
    env.run(&["ps", "--filter", "bogus=1"]).code(125);
    env.run(&["ps", "--filter", "status=sleeping"]).code(125);
    env.run(&["ps", "--filter", "name=("]).code(125);
}

#[test]
fn events_are_logged_filtered_and_formatted() {
    let env = Env::new();
    let img = env.busybox();
    let id = env
        .run(&["run", "--name", "ev1", img, "sh", "-c", "exit 3"])
        .code(3)
        .stdout;
    let _ = id;
    let all = env.run(&["events", "--stream=false"]).ok();
    let ev1: Vec<&str> = all
        .lines()
        .into_iter()
        .filter(|l| l.contains("name=ev1"))
        .collect();
    let kinds: Vec<&str> = ev1
        .iter()
        .map(|l| l.split_whitespace().nth(5).unwrap_or(""))
        .collect();
    assert_eq!(
        kinds,
        ["create", "init", "start", "attach", "died"],
        "{}",
        all.stdout
    );
    // podman's line: TIME +0000 UTC container STATUS ID (image=..., name=...)
    let re = regex::Regex::new(
        r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC container create [0-9a-f]{64} \(image=localhost/busybox:latest, name=ev1\)$",
    )
    .unwrap();
    assert!(re.is_match(ev1[0]), "{}", ev1[0]);
    assert!(ev1[4].contains("containerExitCode=3"), "{}", ev1[4]);
    // Image events, filters and templates.
    env.run(&["tag", img, "evtag:1"]).ok();
    env.run(&["rmi", "evtag:1"]).ok();
    env.run(&["rename", "ev1", "ev2"]).ok();
    env.run(&["rm", "ev2"]).ok();
    let o = env
        .run(&[
            "events",
            "--stream=false",
            "--filter",
            "type=image",
            "--format",
            "{{.Status}} {{.Name}}",
        ])
        .ok();
    let img_lines: Vec<&str> = o.lines();
    assert!(img_lines.contains(&"tag localhost/evtag:1"), "{}", o.stdout);
    assert!(
        img_lines.contains(&"untag localhost/evtag:1"),
        "{}",
        o.stdout
    );
    assert!(
        img_lines.contains(&"import localhost/busybox:latest"),
        "{}",
        o.stdout
    );
    assert!(!o.stdout.contains("create"), "{}", o.stdout);
    let o = env
        .run(&[
            "events",
            "--stream=false",
            "--filter",
            "event=rename",
            "--filter",
            "event=remove",
            "--format",
            "{{.Status}} {{.Name}}",
        ])
        .ok();
    assert_eq!(o.lines(), ["rename ev2", "remove ev2"]);
    let o = env
        .run(&[
            "events",
            "--stream=false",
            "--filter",
            "container=ev1",
            "--format",
            "json",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(o.lines()[0]).unwrap();
    assert_eq!(v["Status"], "create");
    assert_eq!(v["Type"], "container");
    // --until before everything: nothing; --since in the future: nothing.
    let o = env
        .run(&[
            "events",
            "--stream=false",
            "--until",
            "2000-01-01T00:00:00Z",
        ])
        .ok();
    assert_eq!(o.stdout, "");
    let o = env.run(&["events", "--stream=false", "--since", "0s"]).ok();
    assert_eq!(o.stdout, "");
    let hour = env.run(&["events", "--stream=false", "--since", "1h"]).ok();
    assert!(hour.lines().len() >= 10, "{}", hour.stdout);
    // A date alone is midnight UTC, as for logs.
    let o = env
        .run(&["events", "--stream=false", "--since", "2000-01-02"])
        .ok();
    assert_eq!(o.stdout, hour.stdout);
    let o = env
        .run(&["events", "--stream=false", "--since", "2999-01-02"])
        .ok();
    assert_eq!(o.stdout, "");
    let o = env
        .run(&["events", "--stream=false", "--until", "2000-01-02"])
        .ok();
    assert_eq!(o.stdout, "");
    env.run(&["events", "--stream=false", "--since", "tomorrowish"])
        .code(125);
    env.run(&["events", "--stream=false", "--filter", "bogus=1"])
        .code(125);
}

#[test]
fn events_stream_follows_new_events() {
    use std::io::BufRead;
    let env = Env::new();
    let img = env.busybox();
    let mut child = env
        .cmd(&[
            "events",
            "--filter",
            "event=start",
            "--format",
            "{{.Status}} {{.Name}}",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for l in std::io::BufReader::new(out).lines() {
            if tx.send(l.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    std::thread::sleep(std::time::Duration::from_millis(300));
    env.run(&["run", "--rm", "--name", "live1", img, "true"])
        .ok();
    let got = rx.recv_timeout(std::time::Duration::from_secs(10));
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(got.ok().as_deref(), Some("start live1"));
}

#[test]
fn prune_commands_and_system_df() {
    let env = Env::new();
    let img = env.busybox();
    let tar = busybox_tar();
    let tar = tar.to_str().unwrap();
    let a = env
        .run(&["create", "--name", "pa", img, "true"])
        .ok()
        .stdout;
    env.run(&["run", "--name", "pb", img, "true"]).ok();
    let b = env
        .run(&["ps", "-aq", "--no-trunc", "--filter", "name=pb"])
        .ok()
        .stdout;
    env.run(&["run", "-d", "--name", "pc", img, "sleep", "1000"])
        .ok();
    // An unnamed image and an unused named one.
    let dangling = env.run(&["import", "-c", "ENV D=1", tar]).ok().stdout;
    let dangling = dangling.trim().trim_start_matches("sha256:").to_string();
    env.run(&["import", "-c", "ENV U=1", tar, "unused:1"]).ok();

    let o = env.run(&["system", "df"]).ok();
    let lines = o.lines();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE"]
    );
    let row = |name: &str| -> Vec<String> {
        let l = lines.iter().find(|l| l.starts_with(name)).unwrap();
        l[name.len()..]
            .split_whitespace()
            .map(String::from)
            .collect()
    };
    assert_eq!(row("Images")[..2], ["3", "1"], "{}", o.stdout);
    assert_eq!(row("Containers")[..2], ["3", "1"], "{}", o.stdout);
    assert_eq!(row("Local Volumes")[..2], ["0", "0"], "{}", o.stdout);
    assert!(row("Images")[3].ends_with('B'), "{}", o.stdout);
    let o = env
        .run(&["system", "df", "--format", "{{.Type}}={{.Total}}"])
        .ok();
    assert_eq!(o.lines(), ["Images=3", "Containers=3", "Local Volumes=0"]);

    // Without -f the answer decides; "n" keeps everything.
    env.run_stdin(&["container", "prune"], Some(b"n\n")).ok();
    assert_eq!(env.run(&["ps", "-aq"]).ok().lines().len(), 3);
    let o = env.run(&["container", "prune", "-f"]).ok();
    assert_eq!(
        o.lines(),
        [a.trim(), b.trim()],
        "stopped ones, oldest first"
    );
    let o = env.run(&["ps", "-a", "--format", "{{.Names}}"]).ok();
    assert_eq!(o.stdout, "pc\n");

    // Dangling only, then everything unused; the running container's image stays.
    let o = env.run(&["image", "prune", "-f"]).ok();
    assert_eq!(o.lines(), [dangling.as_str()]);
    assert!(env.image_list().contains("localhost/unused:1"));
    let o = env.run(&["image", "prune", "-a", "-f"]).ok();
    assert_eq!(o.lines().len(), 1, "{}", o.stdout);
    let list = env.image_list();
    assert!(
        !list.contains("unused") && list.contains("busybox"),
        "{list}"
    );

    // system prune: stopped containers and unused images.
    env.run(&["create", "--name", "pd", img, "true"]).ok();
    let o = env.run(&["system", "prune", "-f"]).ok();
    assert_eq!(o.lines()[0], "Deleted Containers", "{}", o.stdout);
    assert!(o.stdout.contains("Total reclaimed space:"), "{}", o.stdout);
    let o = env.run(&["ps", "-a", "--format", "{{.Names}}"]).ok();
    assert_eq!(o.stdout, "pc\n");
    env.run(&["rm", "-f", "pc"]).ok();
    let o = env.run(&["system", "prune", "-a", "-f"]).ok();
    assert!(o.stdout.contains("Deleted Images"), "{}", o.stdout);
    assert_eq!(env.image_list(), "");
}

#[test]
fn commit_of_a_running_container_with_pause_and_cp_into_its_volume() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "run",
        "-d",
        "--name",
        "live",
        "-v",
        "vol1:/data",
        img,
        "sh",
        "-c",
        "echo before > /f; exec sleep 1000",
    ])
    .ok();
    // Wait for the file.
    for _ in 0..100 {
        if env.run(&["exec", "live", "test", "-e", "/f"]).code == 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let id = env
        .run(&["commit", "--pause", "live", "snap:1"])
        .ok()
        .stdout;
    assert_eq!(id.trim().len(), 64);
    // Resumed afterwards: not left stopped (T).
    let o = env.run(&["top", "live", "pid", "state"]).ok();
    assert_eq!(
        o.lines()[1].split_whitespace().collect::<Vec<_>>(),
        ["1", "S"],
        "{}",
        o.stdout
    );
    let o = env.run(&["run", "--rm", "snap:1", "cat", "/f"]).ok();
    assert_eq!(o.stdout, "before\n");
    let o = env
        .run(&[
            "events",
            "--stream=false",
            "--filter",
            "container=live",
            "--format",
            "{{.Status}}",
        ])
        .ok();
    let st = o.lines();
    let pos = |s: &str| st.iter().position(|l| *l == s);
    assert!(
        pos("pause") < pos("unpause") && pos("unpause") < pos("commit") && pos("pause").is_some(),
        "{}",
        o.stdout
    );
    // cp into a running container goes through its mounts: the volume gets the file.
    let host = env.scratch("host");
    let f = host.join("v.txt");
    std::fs::write(&f, "in the volume").unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o644)).unwrap();
    env.run(&["cp", f.to_str().unwrap(), "live:/data/"]).ok();
    let o = env
        .run(&["run", "--rm", "-v", "vol1:/mnt", img, "cat", "/mnt/v.txt"])
        .ok();
    assert_eq!(o.stdout, "in the volume");
}

/// Processes whose command line mentions `needle`.
fn processes_mentioning(needle: &str) -> Vec<String> {
    let mut v = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        if let Ok(c) = std::fs::read(e.path().join("cmdline")) {
            let c = String::from_utf8_lossy(&c).replace('\0', " ");
            if c.contains(needle) && c.contains("fuse-overlayfs") {
                v.push(c);
            }
        }
    }
    v
}

#[test]
fn cp_on_a_stopped_fuse_overlayfs_container_leaves_no_daemon() {
    if !std::path::Path::new("/usr/bin/fuse-overlayfs").exists() {
        eprintln!("skipped: no /usr/bin/fuse-overlayfs");
        return;
    }
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "create",
        "--name",
        "fz",
        "--storage-opt",
        "overlay.mount_program=/usr/bin/fuse-overlayfs",
        img,
        "true",
    ])
    .ok();
    let host = env.scratch("host");
    let f = host.join("ff");
    std::fs::write(&f, "fuse").unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o644)).unwrap();
    env.run(&["cp", f.to_str().unwrap(), "fz:/tmp/"]).ok();
    let raw = raw_stdout(&env, &["cp", "fz:/tmp/ff", "-"]);
    assert_eq!(tar_entries(&raw)[0].3, "fuse");
    let o = env.run(&["start", "-a", "fz"]).ok();
    assert_eq!(o.stdout, "");
    let dir = env.dir.display().to_string();
    assert!(
        processes_mentioning(&dir).is_empty(),
        "{:?}",
        processes_mentioning(&dir)
    );
}

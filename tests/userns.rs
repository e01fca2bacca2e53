//! User-namespace modes as the unprivileged test user: `--userns=keep-id|auto|nomap|host|ns:`,
//! `--uidmap`/`--gidmap`, `exec` into such containers, `unshare`, and `info`'s report.

mod common;
use common::*;
use std::os::unix::fs::MetadataExt;

/// (container id, id in the user's namespace, count) lines of a /proc/PID/uid_map.
fn map_lines(text: &str) -> Vec<(u64, u64, u64)> {
    text.lines()
        .map(|l| {
            let f: Vec<u64> = l.split_whitespace().map(|x| x.parse().unwrap()).collect();
            (f[0], f[1], f[2])
        })
        .collect()
}

fn owned_dir(env: &Env, name: &str) -> std::path::PathBuf {
    let p = env.scratch(name);
    if let Some(u) = &env.user {
        std::os::unix::fs::chown(&p, Some(u.uid), Some(u.gid)).unwrap();
    }
    p
}

#[test]
fn keep_id_shows_the_user_as_itself_and_keeps_ownership_on_binds() {
    let env = Env::new();
    let img = env.busybox();
    let (uid, sub) = host_ids();
    assert!(sub.is_some(), "the test user needs a subordinate range");
    let dir = owned_dir(&env, "kid");
    let v = format!("{}:/h", dir.display());
    let o = env
        .run(&[
            "run",
            "--rm",
            "--userns=keep-id",
            "-v",
            &v,
            img,
            "sh",
            "-c",
            "id -u; id -un; echo hi > /h/f; stat -c %u /h/f /bin/busybox /home/app",
        ])
        .ok();
    let lines = o.lines();
    assert_eq!(lines[0], uid.to_string(), "{}", o.stdout);
    // The user's passwd entry is added, as podman does.
    assert_ne!(lines[1], uid.to_string(), "{}", o.stdout);
    assert_eq!(lines[2], uid.to_string(), "written file inside");
    // The image's owners are unchanged: root's files, app's (1000) home.
    assert_eq!(lines[3], "0", "{}", o.stdout);
    assert_eq!(lines[4], "1000", "{}", o.stdout);
    // On the host the file is the user's own.
    assert_eq!(std::fs::metadata(dir.join("f")).unwrap().uid(), uid);
    // keep-id:uid=,gid= puts the user at another id.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--userns=keep-id:uid=2000,gid=3000",
            "-v",
            &v,
            img,
            "sh",
            "-c",
            "id -u; id -g; touch /h/g",
        ])
        .ok();
    assert_eq!(o.lines(), vec!["2000", "3000"]);
    assert_eq!(std::fs::metadata(dir.join("g")).unwrap().uid(), uid);
    // -u wins over keep-id's user; root there is a subordinate id on the host.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--userns=keep-id",
            "-u",
            "0",
            "-v",
            &v,
            img,
            "sh",
            "-c",
            "id -u; touch /h/r",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "0");
    assert_eq!(
        std::fs::metadata(dir.join("r")).unwrap().uid(),
        sub.unwrap()
    );
    // Files written into the root filesystem land with the image's ids in the layers'
    // space (the container's upper directory), never shifted.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--userns=keep-id",
            img,
            "sh",
            "-c",
            "touch /tmp/mine && stat -c %u /tmp/mine",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), uid.to_string());
}

#[test]
fn keep_id_containers_run_detached_take_exec_and_bind_low_ports() {
    let env = Env::new();
    let img = env.busybox();
    let (uid, _) = host_ids();
    env.run(&[
        "run",
        "-d",
        "--name",
        "k",
        "--userns=keep-id",
        img,
        "sleep",
        "60",
    ])
    .ok();
    let o = env.run(&["exec", "k", "id", "-u"]).ok();
    assert_eq!(o.stdout.trim(), uid.to_string());
    let o = env
        .run(&["exec", "-u", "0", "k", "stat", "-c", "%u", "/bin/busybox"])
        .ok();
    assert_eq!(o.stdout.trim(), "0");
    let o = env
        .run(&["inspect", "--format", "{{.HostConfig.UsernsMode}}", "k"])
        .ok();
    assert_eq!(o.stdout.trim(), "keep-id");
    env.run(&["rm", "-f", "k"]).ok();
    // Root of a keep-id container binds port 80 in its network namespace.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--userns=keep-id",
            "-u",
            "0",
            img,
            "sh",
            "-c",
            "nc -l -p 80 & sleep 0.3; netstat -ltn | grep -c ':80 '",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "1");
}

#[test]
fn two_auto_containers_get_disjoint_ranges() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "run",
        "-d",
        "--name",
        "a1",
        "--userns=auto",
        img,
        "sleep",
        "60",
    ])
    .ok();
    env.run(&[
        "run",
        "-d",
        "--name",
        "a2",
        "--userns=auto:size=500",
        img,
        "sleep",
        "60",
    ])
    .ok();
    let m1 = map_lines(
        &env.run(&["exec", "a1", "cat", "/proc/self/uid_map"])
            .ok()
            .stdout,
    );
    let m2 = map_lines(
        &env.run(&["exec", "a2", "cat", "/proc/self/uid_map"])
            .ok()
            .stdout,
    );
    assert_eq!(m1.len(), 1, "{m1:?}");
    assert_eq!(m1[0].2, 1024, "podman's default size");
    assert_eq!(m2[0].2, 500);
    let (a, b) = (m1[0], m2[0]);
    assert!(a.1 + a.2 <= b.1 || b.1 + b.2 <= a.1, "overlap: {a:?} {b:?}");
    // Neither maps the user (0 of the user's namespace).
    assert!(a.1 >= 1 && b.1 >= 1);
    // Root inside, the image's files owned by root.
    let o = env
        .run(&["exec", "a1", "sh", "-c", "id -u; stat -c %u /bin/busybox"])
        .ok();
    assert_eq!(o.lines(), vec!["0", "0"]);
    // The slices stay with their containers: a third one gets yet another.
    env.run(&["create", "--name", "a3", "--userns=auto", img, "true"])
        .ok();
    env.run(&["start", "a3"]).ok();
    env.run(&["rm", "-f", "a1"]).ok();
    // a1's slice is free again: a new container may take it, never a2's.
    env.run(&[
        "run",
        "-d",
        "--name",
        "a4",
        "--userns=auto",
        img,
        "sleep",
        "60",
    ])
    .ok();
    let m4 = map_lines(
        &env.run(&["exec", "a4", "cat", "/proc/self/uid_map"])
            .ok()
            .stdout,
    );
    let d = m4[0];
    assert!(d.1 + d.2 <= b.1 || b.1 + b.2 <= d.1, "overlap: {d:?} {b:?}");
    let o = env
        .run(&["run", "--rm", "--userns=auto:size=70000", img, "true"])
        .code(125);
    assert!(o.stderr.contains("not enough unused ids"), "{}", o.stderr);
}

#[test]
fn nomap_host_uidmap_and_ns() {
    let env = Env::new();
    let img = env.busybox();
    let (uid, _) = host_ids();
    // nomap: the user's own id is not in the container.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--userns=nomap",
            img,
            "sh",
            "-c",
            "cat /proc/self/uid_map; id -u; stat -c %u /bin/busybox",
        ])
        .ok();
    let lines = o.lines();
    assert_eq!(map_lines(lines[0]), vec![(0, 1, 65536)]);
    assert_eq!(&lines[1..], &["0", "0"]);
    // host: the user's namespace as it is (root is the user).
    let o = env
        .run(&[
            "run",
            "--rm",
            "--userns=host",
            img,
            "cat",
            "/proc/self/uid_map",
        ])
        .ok();
    assert_eq!(map_lines(&o.stdout)[0], (0, uid as u64, 1));
    // --uidmap (and the gid map follows it when not given).
    let o = env
        .run(&[
            "run",
            "--rm",
            "--uidmap",
            "0:1:2000",
            img,
            "sh",
            "-c",
            "cat /proc/self/uid_map /proc/self/gid_map; stat -c %u:%g /bin/busybox /home/app",
        ])
        .ok();
    let lines = o.lines();
    assert_eq!(
        map_lines(&lines[..2].join("\n")),
        vec![(0, 1, 2000), (0, 1, 2000)]
    );
    assert_eq!(&lines[2..], &["0:0", "1000:1000"]);
    let o = env
        .run(&[
            "run",
            "--rm",
            "--uidmap",
            "0:1:100",
            "--gidmap",
            "0:1:200",
            img,
            "cat",
            "/proc/self/gid_map",
        ])
        .ok();
    assert_eq!(map_lines(&o.stdout), vec![(0, 1, 200)]);
    // Bad maps and combinations: one line each.
    for (args, says) in [
        (vec!["--uidmap", "0:1"], "invalid mapping"),
        (vec!["--uidmap", "0:1:0"], "at least 1"),
        (
            vec!["--uidmap", "0:1:10", "--uidmap", "5:100:10"],
            "overlaps",
        ),
        (vec!["--uidmap", "0:60000:10000"], "only 65537 ids"),
        (
            vec!["--userns=keep-id", "--uidmap", "0:1:10"],
            "mutually exclusive",
        ),
        (vec!["--userns=bogus"], "invalid --userns"),
        (vec!["--userns=keep-id:size=3"], "invalid --userns option"),
        (vec!["--userns=ns:/nonexistent"], "no such file"),
    ] {
        let mut a = vec!["run", "--rm"];
        a.extend(args.iter().copied());
        a.extend([img, "true"]);
        let o = env.run(&a).code(125);
        assert_eq!(o.stderr.trim().lines().count(), 1, "{args:?}: {}", o.stderr);
        assert!(o.stderr.contains(says), "{args:?}: {}", o.stderr);
    }
    // ns:PATH joins a user namespace: a running container's (one that maps the user, who
    // owns the store).
    env.run(&["run", "-d", "--name", "holder", img, "sleep", "60"])
        .ok();
    let pid = env
        .run(&["inspect", "--format", "{{.State.Pid}}", "holder"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let ns = format!("--userns=ns:/proc/{pid}/ns/user");
    let want = env
        .run(&["exec", "holder", "readlink", "/proc/self/ns/user"])
        .ok()
        .stdout;
    let o = env
        .run(&["run", "--rm", &ns, img, "readlink", "/proc/self/ns/user"])
        .ok();
    assert_eq!(o.stdout, want, "the same user namespace");
    let o = env
        .run(&["run", "--rm", img, "readlink", "/proc/self/ns/user"])
        .ok();
    assert_ne!(o.stdout, want, "a container of its own has another");
}

#[test]
fn read_only_mounts_stay_read_only_in_a_nested_namespace() {
    let env = Env::new();
    let img = env.busybox();
    let dir = owned_dir(&env, "ro");
    let v = format!("{}:/h:ro", dir.display());
    // Even root with CAP_SYS_ADMIN cannot make a locked read-only mount writable.
    let o = env
        .run(&["run", "--rm", "--userns=keep-id", "-u", "0", "--cap-add", "SYS_ADMIN", "--security-opt", "seccomp=unconfined", "-v", &v, img, "sh", "-c", "mount -o remount,rw /h 2>/dev/null && echo REMOUNTED; touch /h/x 2>/dev/null || echo refused"])
        .ok();
    assert_eq!(o.stdout.trim(), "refused", "{}", o.stdout);
    assert!(!dir.join("x").exists());
}

#[test]
fn unshare_runs_in_the_users_namespace() {
    let env = Env::new();
    let img = env.busybox();
    let (uid, sub) = host_ids();
    let o = env.run(&["unshare", "cat", "/proc/self/uid_map"]).ok();
    let m = map_lines(&o.stdout);
    assert_eq!(m[0], (0, uid as u64, 1));
    assert_eq!(m[1], (1, sub.unwrap() as u64, 65536));
    let o = env.run(&["unshare", "id", "-u"]).ok();
    assert_eq!(o.stdout.trim(), "0");
    // Files of subordinate ids in the store can be managed there.
    env.run(&[
        "run",
        "--rm",
        "-v",
        "uv:/v",
        img,
        "sh",
        "-c",
        "touch /v/f && chown 1000 /v/f",
    ])
    .ok();
    let o = env
        .run(&[
            "unshare",
            "sh",
            "-c",
            "stat -c %u \"$CONTAINERS_GRAPHROOT/volumes/uv/_data/f\"",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "1000");
    let o = env.run(&["unshare", "false"]);
    assert_eq!(o.code, 1);
}

#[test]
fn info_says_how_ids_are_shifted() {
    let env = Env::new();
    let o = env
        .run(&[
            "info",
            "--format",
            "{{.Store.IdMappings.Method}} {{.Store.IdMappings.IdmappedMounts}}",
        ])
        .ok();
    let out = o.stdout.trim().to_string();
    // On this kernel the overlay refuses idmapped mounts: fuse-overlayfs shifts the ids.
    assert_eq!(out, "fuse-overlayfs false");
}

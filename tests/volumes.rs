//! Volumes and mounts as the unprivileged test user: `volume` commands, `-v`, `--mount`,
//! `--tmpfs`, `--volumes-from`, copy-up, `nocopy`, `:ro`, `U`, anonymous volumes.

mod common;
use common::*;
use std::os::unix::fs::MetadataExt;

/// A host directory the test user owns (user and group, so `U` may chown it).
fn owned_dir(env: &Env, name: &str) -> std::path::PathBuf {
    let p = env.scratch(name);
    if let Some(u) = &env.user {
        std::os::unix::fs::chown(&p, Some(u.uid), Some(u.gid)).unwrap();
    }
    p
}

fn volume_names(env: &Env) -> Vec<String> {
    env.run(&["volume", "ls", "-q"])
        .ok()
        .stdout
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn volume_commands_create_ls_inspect_exists_rm() {
    let env = Env::new();
    let o = env
        .run(&["volume", "create", "--label", "team=a", "v1"])
        .ok();
    assert_eq!(o.stdout.trim(), "v1");
    env.run(&["volume", "create", "--label", "team=b", "v2"])
        .ok();
    // A second create of the same name fails unless --ignore.
    let o = env.run(&["volume", "create", "v1"]).code(125);
    assert!(o.stderr.contains("already exists"), "{}", o.stderr);
    env.run(&["volume", "create", "--ignore", "v1"]).ok();
    // Without a name: a 64-hex one.
    let anon = env
        .run(&["volume", "create"])
        .ok()
        .stdout
        .trim()
        .to_string();
    assert_eq!(anon.len(), 64, "{anon}");
    let o = env.run(&["volume", "ls"]).ok();
    assert!(o.stdout.starts_with("DRIVER"), "{}", o.stdout);
    assert!(o.stdout.contains("VOLUME NAME"), "{}", o.stdout);
    assert!(o.stdout.contains("local") && o.stdout.contains("v2"));
    let o = env
        .run(&["volume", "ls", "-q", "--filter", "label=team=a"])
        .ok();
    assert_eq!(o.stdout.trim(), "v1");
    let o = env
        .run(&[
            "volume",
            "ls",
            "--filter",
            "name=v",
            "--format",
            "{{.Name}}:{{.Driver}}",
        ])
        .ok();
    assert_eq!(o.lines(), vec!["v1:local", "v2:local"]);
    let o = env.run(&["volume", "inspect", "v1"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let v = &v[0];
    for k in [
        "Name",
        "Driver",
        "Mountpoint",
        "CreatedAt",
        "Labels",
        "Scope",
        "Options",
        "MountCount",
        "NeedsCopyUp",
    ] {
        assert!(v.get(k).is_some(), "{k} missing: {v}");
    }
    assert_eq!(v["Labels"]["team"], "a");
    assert!(v["Mountpoint"]
        .as_str()
        .unwrap()
        .ends_with("/volumes/v1/_data"));
    let o = env
        .run(&[
            "volume",
            "inspect",
            "--format",
            "{{.Name}} {{.Scope}}",
            "v2",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "v2 local");
    env.run(&["volume", "exists", "v1"]).code(0);
    env.run(&["volume", "exists", "nope"]).code(1);
    let o = env.run(&["volume", "inspect", "nope"]).code(125);
    assert!(o.stderr.contains("no such volume nope"), "{}", o.stderr);
    let o = env.run(&["volume", "rm", "v1", "nope"]).code(1);
    assert_eq!(o.stdout.trim(), "v1");
    assert!(o.stderr.contains("no such volume nope"), "{}", o.stderr);
    env.run(&["volume", "exists", "v1"]).code(1);
    // Bad names and options: one line naming what is wrong.
    let o = env.run(&["volume", "create", "b@d"]).code(125);
    assert!(o.stderr.contains("invalid"), "{}", o.stderr);
    let o = env
        .run(&["volume", "create", "--opt", "type=nfs", "x"])
        .code(125);
    assert!(o.stderr.contains("type=nfs"), "{}", o.stderr);
}

#[test]
fn data_persists_across_containers() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "run",
        "--rm",
        "-v",
        "data:/data",
        img,
        "sh",
        "-c",
        "echo kept > /data/f",
    ])
    .ok();
    // Made implicitly by -v NAME:DST.
    assert!(volume_names(&env).contains(&"data".to_string()));
    let o = env
        .run(&["run", "--rm", "-v", "data:/other", img, "cat", "/other/f"])
        .ok();
    assert_eq!(o.stdout.trim(), "kept");
    let o = env
        .run(&[
            "run",
            "--rm",
            "--mount",
            "type=volume,src=data,dst=/m",
            img,
            "cat",
            "/m/f",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "kept");
}

#[test]
fn copy_up_keeps_ownership_and_nocopy_does_not_copy() {
    let env = Env::new();
    let img = env.busybox();
    // /home holds app/ owned by 1000:1000 in the image.
    let o = env
        .run(&[
            "run",
            "--rm",
            "-v",
            "home:/home",
            img,
            "stat",
            "-c",
            "%u:%g %a %n",
            "/home/app",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "1000:1000 755 /home/app");
    let o = env
        .run(&["volume", "inspect", "--format", "{{.NeedsCopyUp}}", "home"])
        .ok();
    assert_eq!(o.stdout.trim(), "false");
    // The copy is the volume's own: it stays after the image path is gone from view.
    let o = env
        .run(&[
            "run",
            "--rm",
            "-v",
            "home:/elsewhere",
            img,
            "stat",
            "-c",
            "%u:%g",
            "/elsewhere/app",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "1000:1000");
    // Copied files are owned by the mapped id on the host.
    let (_, sub) = host_ids();
    if let Some(sub) = sub {
        let data = env.dir.join("root/volumes/home/_data/app");
        if let Ok(m) = std::fs::metadata(&data) {
            assert_eq!(m.uid(), sub + 999, "app's host owner");
        }
    }
    // nocopy: the volume stays empty.
    let o = env
        .run(&[
            "run",
            "--rm",
            "-v",
            "empty:/home:nocopy",
            img,
            "ls",
            "-A",
            "/home",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "");
    let o = env
        .run(&[
            "run",
            "--rm",
            "--mount",
            "type=volume,src=empty2,dst=/home,volume-nocopy",
            img,
            "ls",
            "-A",
            "/home",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "");
    // A volume that already has content is not copied over.
    env.run(&["run", "--rm", "-v", "full:/x", img, "touch", "/x/mine"])
        .ok();
    let o = env
        .run(&["run", "--rm", "-v", "full:/home", img, "ls", "-A", "/home"])
        .ok();
    assert_eq!(o.stdout.trim(), "mine");
}

#[test]
fn read_only_mounts_refuse_writes_and_remounts() {
    let env = Env::new();
    let img = env.busybox();
    let host = owned_dir(&env, "ro-host");
    std::fs::write(host.join("f"), "x").unwrap();
    let h = format!("{}:/h:ro", host.display());
    let script = "cat /h/f; if echo y > /h/g; then echo WROTE; fi; \
                  if mount -o remount,rw /h 2>/dev/null; then echo REMOUNTED; fi; \
                  if echo z > /h/g2; then echo WROTE2; fi; echo done";
    let o = env
        .run(&["run", "--rm", "-v", &h, img, "sh", "-c", script])
        .ok();
    assert!(o.stdout.starts_with('x'), "{}", o.stdout);
    assert!(!o.stdout.contains("WROTE"), "{}", o.stdout);
    assert!(!o.stdout.contains("REMOUNTED"), "{}", o.stdout);
    assert!(o.stderr.contains("Read-only file system"), "{}", o.stderr);
    assert!(!host.join("g").exists() && !host.join("g2").exists());
    // A read-only volume too, and --mount ro.
    let o = env
        .run(&[
            "run",
            "--rm",
            "-v",
            "rov:/v:ro",
            img,
            "sh",
            "-c",
            "touch /v/x || echo refused",
        ])
        .ok();
    assert!(o.stdout.contains("refused"), "{}", o.stdout);
    let m = format!("type=bind,src={},dst=/h,ro", host.display());
    let o = env
        .run(&[
            "run",
            "--rm",
            "--mount",
            &m,
            img,
            "sh",
            "-c",
            "touch /h/x || echo refused",
        ])
        .ok();
    assert!(o.stdout.contains("refused"), "{}", o.stdout);
    // --read-only: the root too, with tmpfs on /tmp unless --read-only-tmpfs=false.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--read-only",
            img,
            "sh",
            "-c",
            "touch /x || echo rootro; touch /tmp/x && echo tmpok",
        ])
        .ok();
    assert!(
        o.stdout.contains("rootro") && o.stdout.contains("tmpok"),
        "{}",
        o.stdout
    );
    let o = env
        .run(&[
            "run",
            "--rm",
            "--read-only",
            "--read-only-tmpfs=false",
            img,
            "sh",
            "-c",
            "touch /tmp/x || echo tmpro",
        ])
        .ok();
    assert!(o.stdout.contains("tmpro"), "{}", o.stdout);
}

#[test]
fn u_chowns_the_source_to_the_container_user() {
    let env = Env::new();
    let img = env.busybox();
    let host = owned_dir(&env, "u-host");
    std::fs::write(host.join("f"), "x").unwrap();
    if let Some(u) = &env.user {
        std::os::unix::fs::chown(host.join("f"), Some(u.uid), Some(u.gid)).unwrap();
    }
    let v = format!("{}:/h:U", host.display());
    let o = env
        .run(&[
            "run",
            "--rm",
            "-u",
            "app",
            "-v",
            &v,
            img,
            "sh",
            "-c",
            "stat -c %u:%g /h /h/f; touch /h/new && echo ok",
        ])
        .ok();
    assert_eq!(o.lines(), vec!["1000:1000", "1000:1000", "ok"]);
    // On the host: the user's subordinate id for 1000.
    let (_, sub) = host_ids();
    if let Some(sub) = sub {
        assert_eq!(std::fs::metadata(host.join("f")).unwrap().uid(), sub + 999);
    }
    // A volume with U.
    let o = env
        .run(&[
            "run",
            "--rm",
            "-u",
            "1000:1000",
            "-v",
            "uvol:/v:U",
            img,
            "sh",
            "-c",
            "touch /v/x && stat -c %u /v/x",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "1000");
}

#[test]
fn relative_and_missing_host_paths() {
    let env = Env::new();
    let img = env.busybox();
    let cwd = owned_dir(&env, "cwd");
    // -v ./rel: from the current directory, made when missing.
    let mut c = env.cmd(&["run", "--rm", "-v", "./rel:/x", img, "touch", "/x/made"]);
    c.current_dir(&cwd);
    run_cmd(c, None).ok();
    assert!(cwd.join("rel/made").exists());
    // -v of a missing absolute path: made.
    let missing = cwd.join("new/deeper");
    let v = format!("{}:/x", missing.display());
    env.run(&["run", "--rm", "-v", &v, img, "true"]).ok();
    assert!(missing.is_dir());
    // --mount type=bind of a missing path: an error naming the option.
    let m = format!("type=bind,src={}/absent,dst=/x", cwd.display());
    let o = env
        .run(&["run", "--rm", "--mount", &m, img, "true"])
        .code(125);
    assert!(
        o.stderr.contains("--mount") && o.stderr.contains("no such file or directory"),
        "{}",
        o.stderr
    );
    assert!(!cwd.join("absent").exists());
}

#[test]
fn anonymous_volumes_go_with_run_rm_and_rm_v() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["run", "--rm", "-v", "/anon", img, "touch", "/anon/x"])
        .ok();
    assert!(volume_names(&env).is_empty(), "{:?}", volume_names(&env));
    env.run(&[
        "run",
        "--name",
        "keep",
        "-v",
        "/anon",
        "--mount",
        "type=volume,dst=/anon2",
        img,
        "true",
    ])
    .ok();
    let names = volume_names(&env);
    assert_eq!(names.len(), 2, "{names:?}");
    let o = env
        .run(&[
            "ps",
            "-a",
            "--filter",
            &format!("volume={}", names[0]),
            "--format",
            "{{.Names}}",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "keep");
    let o = env
        .run(&[
            "ps",
            "-a",
            "--filter",
            "volume=/anon2",
            "--format",
            "{{.Names}}",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "keep");
    env.run(&["rm", "-v", "keep"]).ok();
    assert!(volume_names(&env).is_empty(), "{:?}", volume_names(&env));
    // A named volume is not removed by rm -v.
    env.run(&["run", "--name", "n", "-v", "named:/n", img, "true"])
        .ok();
    env.run(&["rm", "-v", "n"]).ok();
    assert_eq!(volume_names(&env), vec!["named"]);
}

#[test]
fn in_use_volume_rm_is_refused_and_prune_keeps_used_ones() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["volume", "create", "used"]).ok();
    env.run(&["volume", "create", "free"]).ok();
    env.run(&["volume", "create", "--label", "k=v", "free2"])
        .ok();
    env.run(&["create", "--name", "user", "-v", "used:/u", img, "true"])
        .ok();
    env.run(&["run", "--rm", "-v", "used:/u", img, "touch", "/u/data"])
        .ok();
    let o = env.run(&["volume", "rm", "used"]).code(2);
    assert!(o.stderr.contains("volume is being used"), "{}", o.stderr);
    assert!(o.stderr.lines().count() == 1, "{}", o.stderr);
    // Nothing removed: the volume, its data and the container are there.
    assert!(volume_names(&env).contains(&"used".to_string()));
    let o = env
        .run(&["run", "--rm", "-v", "used:/u", img, "ls", "/u"])
        .ok();
    assert_eq!(o.stdout.trim(), "data");
    env.run(&["container", "exists", "user"]).code(0);
    let o = env
        .run(&["volume", "ls", "-q", "--filter", "dangling=true"])
        .ok();
    assert_eq!(o.lines(), vec!["free", "free2"]);
    // prune with a filter, then without: only unused ones go.
    let o = env
        .run(&["volume", "prune", "-f", "--filter", "label=k=v"])
        .ok();
    assert_eq!(o.stdout.trim(), "free2");
    let o = env.run(&["volume", "prune", "-f"]).ok();
    assert_eq!(o.stdout.trim(), "free");
    assert_eq!(volume_names(&env), vec!["used"]);
    // -f removes the containers using it, then the volume.
    let o = env.run(&["volume", "rm", "-f", "used"]).ok();
    assert_eq!(o.stdout.trim(), "used");
    env.run(&["container", "exists", "user"]).code(1);
    assert!(volume_names(&env).is_empty());
}

#[test]
fn mount_types_and_tmpfs_size() {
    let env = Env::new();
    let img = env.busybox();
    let host = owned_dir(&env, "mt");
    std::fs::write(host.join("f"), "bound").unwrap();
    let b = format!("type=bind,source={},target=/b", host.display());
    let o = env
        .run(&["run", "--rm", "--mount", &b, img, "cat", "/b/f"])
        .ok();
    assert_eq!(o.stdout.trim(), "bound");
    let o = env
        .run(&[
            "run",
            "--rm",
            "--mount",
            "type=tmpfs,dst=/t,tmpfs-size=2m,tmpfs-mode=1770",
            img,
            "sh",
            "-c",
            "df -k /t | tail -1; stat -c %a /t",
        ])
        .ok();
    let lines = o.lines();
    assert!(
        lines[0].split_whitespace().nth(1) == Some("2048"),
        "{}",
        o.stdout
    );
    assert_eq!(lines[1], "1770");
    // --tmpfs size honoured: writing past it fails.
    let o = env
        .run(&["run", "--rm", "--tmpfs", "/run:size=1m,mode=1777", img, "sh", "-c", "df -k /run | tail -1; stat -c %a /run; dd if=/dev/zero of=/run/big bs=1k count=2048 2>/dev/null || echo full"])
        .ok();
    let lines = o.lines();
    assert_eq!(
        lines[0].split_whitespace().nth(1),
        Some("1024"),
        "{}",
        o.stdout
    );
    assert_eq!(lines[1], "1777");
    assert_eq!(lines[2], "full");
    let o = env
        .run(&[
            "run",
            "--rm",
            "--mount",
            &format!("type=image,src={img},dst=/img"),
            img,
            "sh",
            "-c",
            "ls /img/bin/busybox; touch /img/x || echo ro",
        ])
        .ok();
    assert!(
        o.stdout.contains("/img/bin/busybox") && o.stdout.contains("ro"),
        "{}",
        o.stdout
    );
    let o = env
        .run(&[
            "run",
            "--rm",
            "--mount",
            "type=devpts,destination=/dev/pts2",
            img,
            "sh",
            "-c",
            "grep pts2 /proc/mounts",
        ])
        .ok();
    assert!(o.stdout.contains("devpts"), "{}", o.stdout);
    // A tmpfs volume from volume create --opt.
    env.run(&[
        "volume",
        "create",
        "--opt",
        "type=tmpfs",
        "--opt",
        "device=tmpfs",
        "--opt",
        "o=size=3m",
        "tv",
    ])
    .ok();
    let o = env
        .run(&[
            "run",
            "--rm",
            "-v",
            "tv:/tv",
            img,
            "sh",
            "-c",
            "df -k /tv | tail -1",
        ])
        .ok();
    assert_eq!(
        o.stdout.split_whitespace().nth(1),
        Some("3072"),
        "{}",
        o.stdout
    );
}

#[test]
fn bad_mount_values_give_one_line_errors_naming_the_option() {
    let env = Env::new();
    let img = env.busybox();
    for (flag, value, says) in [
        ("--mount", "type=foo,dst=/x", "invalid filesystem type"),
        ("--mount", "dst=/x", "type must be given"),
        ("--mount", "type=bind,dst=/x", "needs src"),
        (
            "--mount",
            "type=bind,src=/tmp",
            "must set volume destination",
        ),
        (
            "--mount",
            "type=volume,src=v,dst=rel",
            "must be an absolute path",
        ),
        (
            "--mount",
            "type=volume,src=v,dst=/x,bogus=1",
            "unknown option \"bogus\"",
        ),
        (
            "--mount",
            "type=tmpfs,dst=/x,tmpfs-size=abc",
            "invalid tmpfs-size",
        ),
        (
            "--mount",
            "type=tmpfs,dst=/x,tmpfs-mode=999",
            "invalid tmpfs-mode",
        ),
        (
            "--mount",
            "type=bind,src=/tmp,dst=/x,bind-propagation=sideways",
            "invalid bind-propagation",
        ),
        (
            "--mount",
            "type=bind,src=/tmp,dst=/x,ro=maybe",
            "want true or false",
        ),
        (
            "--mount",
            "type=tmpfs,dst=/x,src=/y",
            "not valid for type=tmpfs",
        ),
        ("--mount", "type=image,dst=/x", "needs src"),
        (
            "--mount",
            "type=image,src=nosuchimage,dst=/x",
            "--mount type=image",
        ),
        ("-v", "/tmp:/x:bogus", "invalid option type"),
        ("-v", "/tmp:rel", "must be an absolute path"),
        ("-v", "a:/b:ro:d", "incorrect volume format"),
        ("-v", "/tmp:/x:ro,rw", "more than once"),
        ("--tmpfs", "/x:size=abc", "invalid size"),
        ("--tmpfs", "rel", "must be an absolute path"),
        ("--volumes-from", "nosuch", "no such container"),
    ] {
        let o = env.run(&["create", flag, value, img, "true"]).code(125);
        let err = o.stderr.trim();
        assert_eq!(err.lines().count(), 1, "{flag} {value}: {err}");
        assert!(err.starts_with("Error: "), "{err}");
        assert!(
            err.contains(flag) || flag == "--volumes-from",
            "{flag} {value}: {err}"
        );
        assert!(
            err.to_lowercase().contains(&says.to_lowercase()),
            "{flag} {value}: {err}"
        );
    }
    let o = env
        .run(&["create", "-v", "/tmp:/x", "--tmpfs", "/x", img, "true"])
        .code(125);
    assert!(
        o.stderr.contains("duplicate mount destination"),
        "{}",
        o.stderr
    );
    // Nothing was created by the failures.
    let o = env.run(&["ps", "-aq"]).ok();
    assert_eq!(o.stdout.trim(), "");
}

#[test]
fn volumes_from_ro_and_rw() {
    let env = Env::new();
    let img = env.busybox();
    let host = owned_dir(&env, "vf");
    let h = format!("{}:/h", host.display());
    env.run(&[
        "create",
        "--name",
        "src",
        "-v",
        "shared:/data",
        "-v",
        &h,
        "-v",
        "/anon",
        img,
        "true",
    ])
    .ok();
    // rw (as they are there): writes land in the same volume and host path.
    env.run(&[
        "run",
        "--rm",
        "--volumes-from",
        "src",
        img,
        "sh",
        "-c",
        "echo one > /data/f && echo two > /h/f && touch /anon/x",
    ])
    .ok();
    assert_eq!(
        std::fs::read_to_string(host.join("f")).unwrap().trim(),
        "two"
    );
    let o = env
        .run(&["run", "--rm", "-v", "shared:/s", img, "cat", "/s/f"])
        .ok();
    assert_eq!(o.stdout.trim(), "one");
    // ro: everything read-only.
    let o = env
        .run(&[
            "run",
            "--rm",
            "--volumes-from",
            "src:ro",
            img,
            "sh",
            "-c",
            "cat /data/f; touch /data/g || echo ro1; touch /h/g || echo ro2",
        ])
        .ok();
    assert_eq!(o.lines(), vec!["one", "ro1", "ro2"]);
    // A read-only source mount made rw by :rw.
    env.run(&[
        "create",
        "--name",
        "rosrc",
        "-v",
        "shared:/data:ro",
        img,
        "true",
    ])
    .ok();
    env.run(&[
        "run",
        "--rm",
        "--volumes-from",
        "rosrc:rw",
        img,
        "touch",
        "/data/rw",
    ])
    .ok();
    let o = env
        .run(&[
            "inspect",
            "--format",
            "{{range .Mounts}}{{.Destination}}={{.RW}} {{end}}",
            "rosrc",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "/data=false");
    // The other container's anonymous volume is not removed with this one.
    env.run(&["run", "--rm", "--volumes-from", "src", img, "true"])
        .ok();
    env.run(&["run", "--rm", "--volumes-from", "src", img, "ls", "/anon/x"])
        .ok();
}

#[test]
fn inspect_shows_mounts_with_podmans_fields() {
    let env = Env::new();
    let img = env.busybox();
    let host = owned_dir(&env, "insp");
    let h = format!("{}:/h:ro,z", host.display());
    env.run(&[
        "create",
        "--name",
        "c",
        "-v",
        "iv:/data",
        "-v",
        &h,
        "--mount",
        "type=bind,src=/tmp,dst=/t,bind-propagation=rslave",
        "--tmpfs",
        "/tt",
        img,
        "true",
    ])
    .ok();
    let o = env.run(&["inspect", "c"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let mounts = v[0]["Mounts"].as_array().unwrap();
    assert_eq!(mounts.len(), 3, "{mounts:?}");
    for m in mounts {
        for k in [
            "Type",
            "Name",
            "Source",
            "Destination",
            "Driver",
            "Mode",
            "RW",
            "Propagation",
            "Options",
        ] {
            assert!(m.get(k).is_some(), "{k} missing in {m}");
        }
    }
    let by = |d: &str| mounts.iter().find(|m| m["Destination"] == d).unwrap();
    let d = by("/data");
    assert_eq!(d["Type"], "volume");
    assert_eq!(d["Name"], "iv");
    assert_eq!(d["Driver"], "local");
    assert_eq!(d["RW"], true);
    let h = by("/h");
    assert_eq!(h["Type"], "bind");
    assert_eq!(h["RW"], false);
    assert_eq!(h["Mode"], "z");
    assert_eq!(h["Source"], host.display().to_string());
    assert_eq!(by("/t")["Propagation"], "rslave");
    assert!(v[0]["HostConfig"]["Tmpfs"].get("/tt").is_some());
}

#[test]
fn export_import_round_trip() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&[
        "run",
        "--rm",
        "-v",
        "exp:/e",
        img,
        "sh",
        "-c",
        "mkdir /e/d && echo hi > /e/d/f && chown 1000:1000 /e/d/f && ln -s d/f /e/l",
    ])
    .ok();
    let out = env.scratch("out");
    let tar = out.join("v.tar");
    env.run(&["volume", "export", "exp", "-o", tar.to_str().unwrap()])
        .ok();
    // Owners as containers see them.
    let mut ar = tar::Archive::new(std::fs::File::open(&tar).unwrap());
    let mut seen = Vec::new();
    for e in ar.entries().unwrap() {
        let e = e.unwrap();
        seen.push((
            e.path().unwrap().display().to_string(),
            e.header().uid().unwrap(),
        ));
    }
    assert!(seen.contains(&("d/f".to_string(), 1000)), "{seen:?}");
    env.run(&["volume", "create", "imp"]).ok();
    env.run(&["volume", "import", "imp", tar.to_str().unwrap()])
        .ok();
    let o = env
        .run(&[
            "run",
            "--rm",
            "-v",
            "imp:/i",
            img,
            "sh",
            "-c",
            "cat /i/d/f; stat -c %u:%g /i/d/f; readlink /i/l",
        ])
        .ok();
    assert_eq!(o.lines(), vec!["hi", "1000:1000", "d/f"]);
    // From standard input, into a volume that must exist.
    let data = std::fs::read(&tar).unwrap();
    env.run(&["volume", "create", "imp2"]).ok();
    env.run_stdin(&["volume", "import", "imp2", "-"], Some(&data))
        .ok();
    let o = env
        .run(&["run", "--rm", "-v", "imp2:/i", img, "cat", "/i/d/f"])
        .ok();
    assert_eq!(o.stdout.trim(), "hi");
    let o = env
        .run(&["volume", "import", "nosuch", tar.to_str().unwrap()])
        .code(125);
    assert!(o.stderr.contains("no such volume"), "{}", o.stderr);
    // To standard output.
    let o = env.cmd(&["volume", "export", "exp"]).output().unwrap();
    assert!(o.status.success());
    assert_eq!(o.stdout.len(), data.len());
}

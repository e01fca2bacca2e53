//! Images: import, load, save, images, inspect, tag, rmi, exists, references.

mod common;
use common::*;
use std::io::Write;

#[test]
fn import_lists_and_inspects() {
    let env = Env::new();
    let tar = busybox_tar();
    let o = env
        .run(&[
            "import",
            tar.to_str().unwrap(),
            "bb:1",
            "-c",
            "CMD [\"echo\",\"from-cmd\"]",
            "-c",
            "ENV K=V",
            "-m",
            "imported",
        ])
        .ok();
    let id = o.stdout.trim().to_string();
    assert_eq!(id.len(), 64, "{id}");
    let o = env.run(&["images"]).ok();
    let lines = o.lines();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["REPOSITORY", "TAG", "IMAGE", "ID", "CREATED", "SIZE"]
    );
    let row: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(row[..3], ["localhost/bb", "1", &id[..12]]);
    assert_eq!(env.run(&["images", "-q"]).ok().stdout.trim(), &id[..12]);
    assert_eq!(
        env.run(&["images", "-q", "--no-trunc"]).ok().stdout.trim(),
        format!("sha256:{id}")
    );
    let o = env.run(&["image", "inspect", "bb:1"]).ok();
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v[0]["Id"], id.as_str());
    assert_eq!(v[0]["RepoTags"][0], "localhost/bb:1");
    assert_eq!(
        v[0]["Config"]["Cmd"],
        serde_json::json!(["echo", "from-cmd"])
    );
    assert_eq!(v[0]["Comment"], "imported");
    assert_eq!(v[0]["RootFS"]["Layers"].as_array().unwrap().len(), 1);
    assert_eq!(
        env.run(&["inspect", "--format", "{{.Id}}", "bb:1"])
            .ok()
            .stdout
            .trim(),
        id
    );
    let o = env.run(&["run", "--rm", "bb:1"]).ok();
    assert_eq!(o.stdout.trim(), "from-cmd");
    assert_eq!(
        env.run(&["run", "--rm", "bb:1", "sh", "-c", "echo $K"])
            .ok()
            .stdout
            .trim(),
        "V"
    );
}

#[test]
fn import_from_gzip_stdin() {
    let env = Env::new();
    let raw = std::fs::read(busybox_tar()).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&raw).unwrap();
    let gz = gz.finish().unwrap();
    env.run_stdin(&["import", "-", "gzipped"], Some(&gz)).ok();
    env.run(&["run", "--rm", "gzipped", "true"]).ok();
}

#[test]
fn tag_by_id_prefix_and_rmi() {
    let env = Env::new();
    let img = env.busybox();
    let id = env
        .run(&["inspect", "-f", "{{.Id}}", img])
        .ok()
        .stdout
        .trim()
        .to_string();
    env.run(&[
        "tag",
        &id[..12],
        "foo:1",
        "registry.example:5000/team/app:2",
    ])
    .ok();
    let o = env
        .run(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .ok();
    for want in [
        "localhost/busybox:latest",
        "localhost/foo:1",
        "registry.example:5000/team/app:2",
    ] {
        assert!(
            o.lines().contains(&want),
            "{want} missing from {}",
            o.stdout
        );
    }
    env.run(&["run", "--rm", "foo:1", "true"]).ok();
    env.run(&["image", "exists", "foo:1"]).ok();
    env.run(&["image", "exists", "nope"]).code(1);
    // Removing one of several names only untags.
    let o = env.run(&["rmi", "foo:1"]).ok();
    assert_eq!(o.stdout.trim(), "Untagged: localhost/foo:1");
    env.run(&["image", "exists", "foo:1"]).code(1);
    // By ID with several names needs -f.
    env.run(&["rmi", &id[..12]]).code(125);
    let o = env.run(&["rmi", "-f", &id[..12]]).ok();
    assert!(o.stdout.contains(&format!("Deleted: {id}")), "{}", o.stdout);
    assert_eq!(env.run(&["images", "-q"]).ok().stdout, "");
    let o = env.run(&["rmi", "nope"]).code(1);
    assert!(o.stderr.contains("image not known"), "{}", o.stderr);
    // Layers and blobs are gone too.
    assert_eq!(
        std::fs::read_dir(env.dir.join("root/layers"))
            .unwrap()
            .count(),
        0
    );
    assert_eq!(
        std::fs::read_dir(env.dir.join("root/blobs/sha256"))
            .unwrap()
            .count(),
        0
    );
}

#[test]
fn rmi_refuses_an_image_in_use_and_rmi_all() {
    let env = Env::new();
    let img = env.busybox();
    env.run(&["create", "--name", "user", img, "true"]).ok();
    let o = env.run(&["rmi", img]).code(2);
    assert!(o.stderr.contains("in use"), "{}", o.stderr);
    env.run(&["rmi", "-f", img]).ok();
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
    env.busybox();
    env.run(&["import", busybox_tar().to_str().unwrap(), "second"])
        .ok();
    env.run(&["rmi", "-a"]).ok();
    assert_eq!(env.run(&["images", "-q"]).ok().stdout, "");
}

#[test]
fn uppercase_reference_is_refused() {
    let env = Env::new();
    let img = env.busybox();
    let o = env.run(&["tag", img, "Ubuntu"]).code(125);
    assert!(o.stderr.contains("must be lowercase"), "{}", o.stderr);
    let o = env.run(&["run", "--rm", "Ubuntu", "true"]).code(125);
    assert!(o.stderr.contains("must be lowercase"), "{}", o.stderr);
}

fn layers_with_whiteouts() -> Vec<Vec<u8>> {
    let base = busybox_tar();
    let base = std::fs::read(base).unwrap();
    let mut l1 = TarBuilder::new();
    l1.dir("data", 0o755, 0, 0)
        .file("data/old", b"old", 0o644, 0, 0)
        .dir("opaque", 0o755, 0, 0)
        .file("opaque/hidden", b"hidden", 0o644, 0, 0)
        .file("etc/doomed", b"doomed", 0o644, 0, 0);
    let mut l2 = TarBuilder::new();
    l2.file("etc/.wh.doomed", b"", 0o644, 0, 0)
        .dir("opaque", 0o755, 0, 0)
        .file("opaque/.wh..wh..opq", b"", 0o644, 0, 0)
        .file("opaque/new", b"new", 0o644, 0, 0)
        .file("data/added", b"added", 0o644, 33, 33);
    vec![base, l1.finish(), l2.finish()]
}

fn check_whiteouts(env: &Env, name: &str) {
    let o = env
        .run(&["run", "--rm", name, "sh", "-c", "ls /opaque; ls /data; test -e /etc/doomed && echo present || echo absent; stat -c %u /data/added; echo $FROM_IMAGE"])
        .ok();
    let lines = o.lines();
    assert_eq!(
        lines[0], "new",
        "opaque dir shows only the upper layer: {}",
        o.stdout
    );
    assert_eq!(lines[1..3], ["added", "old"]);
    assert_eq!(lines[3], "absent");
    assert_eq!(lines[4], "33");
}

#[test]
fn load_docker_archive_with_whiteouts_and_save_round_trip() {
    let env = Env::new();
    let arch = write_file(
        &env,
        "img.tar",
        &docker_archive("layered:1", &layers_with_whiteouts()),
    );
    let o = env.run(&["load", "-i", arch.to_str().unwrap()]).ok();
    assert_eq!(o.stdout.trim(), "Loaded image: docker.io/library/layered:1");
    check_whiteouts(&env, "layered:1");
    let id = env
        .run(&["inspect", "-f", "{{.Id}}", "layered:1"])
        .ok()
        .stdout;

    // save → load into a fresh store gives the same image, in both formats.
    let out = env.scratch("out");
    for fmt in ["docker-archive", "oci-archive"] {
        let file = out.join(format!("{fmt}.tar"));
        env.run(&[
            "save",
            "--format",
            fmt,
            "-o",
            file.to_str().unwrap(),
            "layered:1",
        ])
        .ok();
        let other = Env::new();
        let o = other.run(&["load", "-i", file.to_str().unwrap()]).ok();
        assert!(o.stdout.contains("layered:1"), "{}", o.stdout);
        assert_eq!(
            other
                .run(&["inspect", "-f", "{{.Id}}", "layered:1"])
                .ok()
                .stdout,
            id
        );
        check_whiteouts(&other, "layered:1");
    }
    // save to stdout, gzip, load from stdin.
    let o = env.cmd(&["save", "layered:1"]).output().unwrap();
    assert!(o.status.success());
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&o.stdout).unwrap();
    let other = Env::new();
    other.run_stdin(&["load"], Some(&gz.finish().unwrap())).ok();
    assert_eq!(
        other
            .run(&["inspect", "-f", "{{.Id}}", "layered:1"])
            .ok()
            .stdout,
        id
    );
}

#[test]
fn load_oci_archive() {
    let env = Env::new();
    let arch = write_file(
        &env,
        "oci.tar",
        &oci_archive("localhost/ocitest:2", &layers_with_whiteouts()),
    );
    let o = env.run(&["load", "-i", arch.to_str().unwrap()]).ok();
    assert_eq!(o.stdout.trim(), "Loaded image: localhost/ocitest:2");
    let o = env
        .run(&["run", "--rm", "ocitest:2", "cat", "/opaque/new"])
        .ok();
    assert_eq!(o.stdout, "new");
}

#[test]
fn default_store_location_follows_xdg() {
    let env = Env::new();
    let data = env.scratch("xdg");
    let mut c = env.raw_cmd(binary());
    c.arg("--runroot").arg(env.dir.join("runroot"));
    // env -i was used: pass XDG_DATA_HOME through the program's own args via `env`.
    let mut c2 = env.raw_cmd(std::path::Path::new("/usr/bin/env"));
    c2.arg(format!("XDG_DATA_HOME={}", data.display()))
        .arg(binary())
        .args(["import", busybox_tar().to_str().unwrap(), "xdg"]);
    run_cmd(c2, None).ok();
    drop(c);
    assert!(data.join("skiff/images.json").exists());
    let mut c3 = env.raw_cmd(std::path::Path::new("/usr/bin/env"));
    c3.arg(format!("XDG_DATA_HOME={}", data.display()))
        .arg(binary())
        .args(["rmi", "-a"]);
    run_cmd(c3, None).ok();
}

//! `system check [--repair] [--quick] [--force]`: what a crash leaves in the store is found,
//! repaired, counted by `system df` and removed by `system prune`.

mod common;
use common::*;
use std::path::Path;
use std::time::{Duration, Instant};

const ORPHAN: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const ORPHAN2: &str = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

/// Run a shell script as the test user (so what it makes belongs to that user, as skiff's
/// own files do).
fn sh_as_user(env: &Env, script: &str) {
    let st = env
        .raw_cmd(Path::new("/bin/sh"))
        .args(["-c", script])
        .status()
        .unwrap();
    assert!(st.success(), "{script}");
}

/// A pid no process has (a process that ran and was reaped).
fn dead_pid() -> u32 {
    let mut c = std::process::Command::new("true").spawn().unwrap();
    let pid = c.id();
    c.wait().unwrap();
    pid
}

fn alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| {
            let rest = &s[s.rfind(')').unwrap() + 2..];
            !rest.starts_with('Z')
        })
        .unwrap_or(false)
}

fn field(env: &Env, id: &str, f: &str) -> String {
    env.run(&["inspect", "--format", f, id])
        .ok()
        .stdout
        .trim()
        .to_string()
}

fn check(env: &Env, args: &[&str]) -> Out {
    let mut a = vec!["system", "check"];
    a.extend_from_slice(args);
    env.run(&a)
}

#[test]
fn crash_leftovers_are_found_repaired_and_gone() {
    let env = Env::new();
    let bb = env.busybox();
    let root = env.dir.join("root");
    let run = env.dir.join("runroot");
    assert_eq!(check(&env, &[]).ok().stdout, "", "a fresh store is clean");

    // A container recorded running whose monitor and process were killed.
    let dead = env
        .run(&["run", "-d", "--network", "none", bb, "sleep", "301"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let pid: i32 = field(&env, &dead, "{{.State.Pid}}").parse().unwrap();
    // A running container whose record was deleted: nobody can see it.
    let hidden = env
        .run(&["run", "-d", "--network", "none", bb, "sleep", "302"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let hidden_pid: i32 = field(&env, &hidden, "{{.State.Pid}}").parse().unwrap();
    std::fs::remove_dir_all(root.join("containers").join(&hidden)).unwrap();
    assert!(!env.run(&["ps", "-aq"]).ok().stdout.contains(&hidden[..12]));
    // (After that `ps`: listing containers reconciles a dead one.)
    let monitor = parent_of(pid);
    kill9(&[monitor, pid]);

    let gone = dead_pid();
    sh_as_user(
        &env,
        &format!(
            "set -e; cd {root}
             mkdir -p containers/{ORPHAN}/upper containers/{ORPHAN}/userdata
             head -c 100000 /dev/zero > containers/{ORPHAN}/upper/big
             mkdir -p tmp/rm-ctr-{gone}-1/upper && head -c 300000 /dev/zero > tmp/rm-ctr-{gone}-1/upper/f
             mkdir -p tmp/stage-{gone}-2 && touch tmp/stage-{gone}-2/.lock
             mkdir -p tmp/stage-{gone}-3/x && touch -d '1 minute ago' tmp/stage-{gone}-3
             mkdir -p layers/{ORPHAN}/diff && echo x > layers/{ORPHAN}/diff/f
             echo blob > blobs/sha256/{ORPHAN2}
             echo half > .images.json.tmp-{gone}-4
             mkdir -p {run}/{ORPHAN}",
            root = root.display(),
            run = run.display()
        ),
    );

    let found = check(&env, &[]).code(125);
    for want in [
        format!("containers/{ORPHAN}: container directory without container.json"),
        format!("tmp/rm-ctr-{gone}-1: removal that was interrupted"),
        format!("tmp/stage-{gone}-2: staging directory of a command that died"),
        format!("tmp/stage-{gone}-3: staging directory of a command that died"),
        format!("{ORPHAN}: layer no image or container uses"),
        format!("sha256:{ORPHAN2}: blob no image uses"),
        format!(".images.json.tmp-{gone}-4: half-written file"),
        format!("{ORPHAN}: runtime directory of a removed container"),
        format!("{dead}: recorded running but its process is gone"),
        format!("{hidden}: running container whose record is gone"),
    ] {
        assert!(
            found.stdout.lines().any(|l| l.starts_with(&want)),
            "missing {want:?} in:\n{}",
            found.stdout
        );
    }
    assert!(
        found
            .stderr
            .contains("10 problems found: `skiff system check --repair` repairs them"),
        "{}",
        found.stderr
    );
    // A check without --repair changes nothing.
    assert!(root.join("tmp").join(format!("rm-ctr-{gone}-1")).exists());
    assert!(alive(hidden_pid));

    let repaired = check(&env, &["--repair"]).ok();
    assert_eq!(
        repaired
            .stdout
            .lines()
            .filter(|l| l.ends_with(": repaired"))
            .count(),
        10,
        "{}",
        repaired.stdout
    );
    assert_eq!(
        check(&env, &[]).ok().stdout,
        "",
        "nothing is left to repair"
    );
    assert_eq!(check(&env, &["--quick"]).ok().stdout, "");
    let t = Instant::now();
    while alive(hidden_pid) {
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "the hidden container still runs"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!root.join("containers").join(ORPHAN).exists());
    assert!(!root.join("layers").join(ORPHAN).exists());
    assert!(!root.join("blobs/sha256").join(ORPHAN2).exists());
    assert!(!run.join(ORPHAN).exists());
    let left: Vec<_> = std::fs::read_dir(root.join("tmp"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert_eq!(field(&env, &dead, "{{.State.Status}}"), "exited");
    // The store still works: the image and the container are there.
    env.run(&["run", "--rm", "--network", "none", bb, "true"])
        .ok();
    env.run(&["rm", &dead]).ok();
}

#[test]
fn damaged_images_are_removed_unless_a_container_uses_them() {
    let env = Env::new();
    let bb = env.busybox();
    let mut t = TarBuilder::new();
    t.file("hello", b"hi\n", 0o644, 0, 0);
    let tar = write_file(&env, "small.tar", &t.finish());
    env.run(&["import", tar.to_str().unwrap(), "small:1"]).ok();
    let small = env
        .run(&["image", "inspect", "--format", "{{.Id}}", "small:1"])
        .ok()
        .stdout;
    let small = small.trim().trim_start_matches("sha256:").to_string();
    let ctr = env
        .run(&["create", "--network", "none", bb, "true"])
        .ok()
        .stdout
        .trim()
        .to_string();

    // The unused image loses its layer directory: damaged, removed by --repair.
    let root = env.dir.join("root");
    let images: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("images.json")).unwrap()).unwrap();
    let layer_of = |id: &str| -> (String, String) {
        let i = images["images"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap();
        let l = &i["layers"][0];
        (
            l["chain_id"].as_str().unwrap().to_string(),
            l["digest"]
                .as_str()
                .unwrap()
                .trim_start_matches("sha256:")
                .to_string(),
        )
    };
    let (small_layer, _) = layer_of(&small);
    std::fs::remove_dir_all(root.join("layers").join(&small_layer)).unwrap();
    let found = check(&env, &[]).code(125);
    assert!(
        found.stdout.contains(&format!(
            "{small}: damaged image: layer {small_layer} is missing"
        )),
        "{}",
        found.stdout
    );
    check(&env, &["--repair"]).ok();
    assert!(!env.image_list().contains("small:1"));
    assert_eq!(check(&env, &[]).ok().stdout, "");

    // The used image's layer blob is corrupted: only the full check reads it; --repair leaves
    // the image to its container, --force removes both.
    let bb_id = env
        .run(&["image", "inspect", "--format", "{{.Id}}", bb])
        .ok()
        .stdout;
    let bb_id = bb_id.trim().trim_start_matches("sha256:").to_string();
    let (_, blob) = layer_of(&bb_id);
    let blob_path = root.join("blobs/sha256").join(&blob);
    let mut data = std::fs::read(&blob_path).unwrap();
    data[100] ^= 0xff;
    std::fs::write(&blob_path, &data).unwrap();
    assert_eq!(check(&env, &["--quick"]).ok().stdout, "");
    let found = check(&env, &[]).code(125);
    assert!(
        found.stdout.contains(&format!(
            "{bb_id}: damaged image: blob sha256:{blob} does not match its digest"
        )),
        "{}",
        found.stdout
    );
    let left = check(&env, &["--repair"]).code(125);
    assert!(
        left.stdout.contains("left: a container uses it"),
        "{}",
        left.stdout
    );
    assert!(
        left.stderr.contains("1 problems could not be repaired"),
        "{}",
        left.stderr
    );
    assert!(env.image_list().contains("busybox"));
    check(&env, &["--repair", "--force"]).ok();
    assert!(!env.image_list().contains("busybox"));
    assert_eq!(
        env.run(&["ps", "-aq"]).ok().stdout,
        "",
        "{ctr} went with its image"
    );
    assert_eq!(check(&env, &[]).ok().stdout, "");
}

#[test]
fn df_counts_and_prune_removes_leftovers() {
    let env = Env::new();
    env.busybox();
    let root = env.dir.join("root");
    let gone = dead_pid();
    let reclaimable = |env: &Env, kind: &str| -> u64 {
        let o = env
            .run(&["system", "df", "--format", "{{.Type}} {{.RawReclaimable}}"])
            .ok()
            .stdout;
        o.lines()
            .find_map(|l| l.strip_prefix(&format!("{kind} ")))
            .unwrap()
            .parse()
            .unwrap()
    };
    let (c0, i0) = (reclaimable(&env, "Containers"), reclaimable(&env, "Images"));
    sh_as_user(
        &env,
        &format!(
            "set -e; cd {root}
             mkdir -p tmp/rm-ctr-{gone}-1 && head -c 2000000 /dev/zero > tmp/rm-ctr-{gone}-1/f
             mkdir -p containers/{ORPHAN}/upper && head -c 1000000 /dev/zero > containers/{ORPHAN}/upper/f
             mkdir -p tmp/stage-{gone}-2/l && touch -d '1 minute ago' tmp/stage-{gone}-2 && head -c 500000 /dev/zero > tmp/stage-{gone}-2/l/f && touch -d '1 minute ago' tmp/stage-{gone}-2",
            root = root.display()
        ),
    );
    assert!(reclaimable(&env, "Containers") >= c0 + 3_000_000);
    assert!(reclaimable(&env, "Images") >= i0 + 500_000);
    let o = env.run(&["system", "prune", "-f"]).ok();
    assert!(
        o.stdout.contains("Total reclaimed space: 3.5MB"),
        "{}",
        o.stdout
    );
    assert_eq!(reclaimable(&env, "Containers"), c0);
    let left: Vec<_> = std::fs::read_dir(root.join("tmp"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert!(!root.join("containers").join(ORPHAN).exists());
}

#[test]
fn a_staging_directory_without_its_lock_is_reclaimed_by_the_next_import() {
    let env = Env::new();
    let root = env.dir.join("root");
    env.busybox();
    let gone = dead_pid();
    sh_as_user(
        &env,
        &format!(
            "set -e; cd {root}; mkdir -p tmp/stage-{gone}-9/layer && echo x > tmp/stage-{gone}-9/layer/f && touch -d '1 minute ago' tmp/stage-{gone}-9",
            root = root.display()
        ),
    );
    let mut t = TarBuilder::new();
    t.file("a", b"a\n", 0o644, 0, 0);
    let tar = write_file(&env, "a.tar", &t.finish());
    env.run(&["import", tar.to_str().unwrap(), "a:1"]).ok();
    assert!(!root.join("tmp").join(format!("stage-{gone}-9")).exists());
}

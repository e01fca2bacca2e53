//! Helper processes (layer extraction in the user namespace...) die with the command that
//! forked them: a killed `import` leaves nothing working on behind it.

mod common;
use common::*;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// (pid, start time) of the processes whose parent is `ppid`.
fn children_of(ppid: i32) -> Vec<(i32, u64)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        if let Some((state, parent, start)) = stat(pid) {
            if parent == ppid && state != 'Z' {
                out.push((pid, start));
            }
        }
    }
    out
}

/// State, parent pid and start time of `pid`, from /proc/PID/stat.
fn stat(pid: i32) -> Option<(char, i32, u64)> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces and parentheses: the fields follow the last ')'.
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    Some((
        f.first()?.chars().next()?,
        f.get(1)?.parse().ok()?,
        f.get(19)?.parse().ok()?,
    ))
}

/// Still running (not gone, not a zombie) and still the same process.
fn running(pid: i32, start: u64) -> bool {
    matches!(stat(pid), Some((state, _, s)) if s == start && state != 'Z')
}

#[test]
fn a_killed_import_leaves_no_helper_behind() {
    let env = Env::new();
    // One big file: its extraction in the user-namespace helper takes a while.
    let data: Vec<u8> = (0..48u32 << 20).map(|i| (i % 251) as u8).collect();
    let mut b = TarBuilder::new();
    b.dir("data", 0o755, 0, 0);
    b.file("data/big", &data, 0o644, 0, 0);
    drop(data);
    let archive = write_file(&env, "big.tar", &b.finish());
    let archive = archive.to_str().unwrap();

    let mut skiff = env.cmd(&["import", archive, "big:1"]);
    skiff
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = skiff.spawn().unwrap();
    let pid = child.id() as i32;
    // Wait for the helper (a child of skiff) to be at work.
    let deadline = Instant::now() + TIMEOUT;
    let helpers = loop {
        let h = children_of(pid);
        if !h.is_empty() {
            break h;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import ended before its helper was seen"
        );
        assert!(Instant::now() < deadline, "no helper process appeared");
        std::thread::sleep(Duration::from_millis(5));
    };
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        helpers.iter().all(|(p, s)| running(*p, *s)),
        "the helper finished too early for this test"
    );
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    child.wait().unwrap();
    let killed = Instant::now();
    while helpers.iter().any(|(p, s)| running(*p, *s)) {
        assert!(
            killed.elapsed() < Duration::from_millis(200),
            "helpers {helpers:?} of the killed skiff {pid} still run"
        );
        std::thread::sleep(Duration::from_millis(5));
    }

    // The next import of the same archive takes over the staging area and succeeds.
    env.run(&["import", archive, "big:1"]).ok();
    let o = env
        .run(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .ok();
    assert_eq!(o.stdout, "localhost/big:1\n");
    let staged = std::fs::read_dir(env.dir.join("root/tmp"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(staged, 0, "staging left behind");
}

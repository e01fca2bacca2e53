use super::*;
use std::os::unix::fs::{FileTypeExt, MetadataExt};

/// A tar built entry by entry, with raw names (so `..` and absolute names can be written).
struct Tar(tar::Builder<Vec<u8>>);

impl Tar {
    fn new() -> Tar {
        Tar(tar::Builder::new(Vec::new()))
    }

    fn add(&mut self, name: &str, kind: tar::EntryType, link: Option<&str>, data: &[u8]) {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(if kind == tar::EntryType::Directory {
            0o755
        } else {
            0o644
        });
        h.set_uid(rustix::process::getuid().as_raw() as u64);
        h.set_gid(rustix::process::getgid().as_raw() as u64);
        h.set_mtime(1_700_000_000);
        h.set_size(data.len() as u64);
        let bytes = name.as_bytes();
        h.as_old_mut().name[..bytes.len()].copy_from_slice(bytes);
        if let Some(l) = link {
            let lb = l.as_bytes();
            h.as_old_mut().linkname[..lb.len()].copy_from_slice(lb);
        }
        h.set_cksum();
        self.0.append(&h, data).expect("append");
    }

    fn dir(mut self, name: &str) -> Tar {
        self.add(name, tar::EntryType::Directory, None, b"");
        self
    }
    fn file(mut self, name: &str, data: &[u8]) -> Tar {
        self.add(name, tar::EntryType::Regular, None, data);
        self
    }
    fn symlink(mut self, name: &str, target: &str) -> Tar {
        self.add(name, tar::EntryType::Symlink, Some(target), b"");
        self
    }
    fn hardlink(mut self, name: &str, target: &str) -> Tar {
        self.add(name, tar::EntryType::Link, Some(target), b"");
        self
    }
    fn bytes(self) -> Vec<u8> {
        self.0.into_inner().expect("finish")
    }
}

fn names_in(tar_bytes: &[u8]) -> Vec<String> {
    let mut ar = tar::Archive::new(tar_bytes);
    ar.entries()
        .expect("entries")
        .map(|e| {
            e.expect("entry")
                .path()
                .expect("path")
                .display()
                .to_string()
        })
        .collect()
}

#[test]
fn clean_path_refuses_climbing_out() {
    assert_eq!(clean_path(Path::new("./a/b")).unwrap(), ["a", "b"]);
    assert_eq!(
        clean_path(Path::new("/etc/passwd")).unwrap(),
        ["etc", "passwd"]
    );
    assert_eq!(clean_path(Path::new("a/../b")).unwrap(), ["b"]);
    assert!(clean_path(Path::new("../x")).is_err());
    assert!(clean_path(Path::new("a/../../x")).is_err());
    assert!(clean_path(Path::new(".")).unwrap().is_empty());
}

#[test]
fn clamp_path_stops_at_the_root() {
    let base = vec!["a".to_string(), "b".to_string()];
    assert_eq!(clamp_path(&base, Path::new("../../../etc")), ["etc"]);
    assert_eq!(
        clamp_path(&base, Path::new("/etc/passwd")),
        ["etc", "passwd"]
    );
    assert_eq!(clamp_path(&base, Path::new("c")), ["a", "b", "c"]);
}

#[test]
fn extracts_files_dirs_and_links_with_metadata() {
    let dest = tempfile::tempdir().unwrap();
    let t = Tar::new()
        .dir("d/")
        .file("d/f", b"hello")
        .symlink("d/l", "f")
        .hardlink("d/h", "d/f")
        .bytes();
    let stats = extract_layer(&t[..], dest.path()).unwrap();
    assert_eq!(stats.size, 5);
    let d = dest.path().join("d");
    assert_eq!(std::fs::read(d.join("f")).unwrap(), b"hello");
    assert_eq!(std::fs::read_link(d.join("l")).unwrap(), Path::new("f"));
    assert_eq!(
        std::fs::metadata(d.join("h")).unwrap().ino(),
        std::fs::metadata(d.join("f")).unwrap().ino()
    );
    let m = std::fs::metadata(&d).unwrap();
    assert_eq!(m.mode() & 0o7777, 0o755);
    assert_eq!(m.mtime(), 1_700_000_000, "directory mtime applied last");
}

#[test]
fn hostile_entries_never_touch_the_host() {
    let outside = tempfile::tempdir().unwrap();
    let dest = outside.path().join("root");
    std::fs::create_dir(&dest).unwrap();
    // `..` entry: refused.
    let t = Tar::new().file("../escape", b"x").bytes();
    assert!(extract_layer(&t[..], &dest).is_err());
    assert!(!outside.path().join("escape").exists());
    // Hardlink to something outside: refused.
    let t = Tar::new().hardlink("h", "../../etc/passwd").bytes();
    assert!(extract_layer(&t[..], &dest).is_err());
    // An absolute symlink is stored as is but resolved inside the root when written through.
    let up = outside.path().join("up");
    std::fs::create_dir(&up).unwrap();
    let abs = format!("{}", up.display());
    let t = Tar::new().symlink("l", &abs).file("l/pwned", b"y").bytes();
    extract_layer(&t[..], &dest).unwrap();
    assert!(
        !up.join("pwned").exists(),
        "wrote through a symlink to the host"
    );
    let inside = dest.join(abs.trim_start_matches('/')).join("pwned");
    assert_eq!(std::fs::read(inside).unwrap(), b"y");
}

#[test]
fn whiteouts_and_opaque_dirs_in_both_directions() {
    // Char device 0/0 whiteouts need CAP_MKNOD: root here, or container root in the userns.
    if !rustix::process::geteuid().is_root() {
        eprintln!("skipped: creating overlay whiteouts needs root");
        return;
    }
    let dest = tempfile::tempdir().unwrap();
    let t = Tar::new()
        .dir("d/")
        .file("d/.wh..wh..opq", b"")
        .file("d/new", b"n")
        .file(".wh.gone", b"")
        .bytes();
    extract_layer(&t[..], dest.path()).unwrap();
    let gone = std::fs::symlink_metadata(dest.path().join("gone")).unwrap();
    assert!(gone.file_type().is_char_device());
    assert_eq!(gone.rdev(), 0);
    let opq = xattr::get(dest.path().join("d"), "user.overlay.opaque").unwrap();
    assert_eq!(opq.as_deref(), Some(&b"y"[..]));
    assert!(!dest.path().join("d/.wh..wh..opq").exists());

    let mut out = Vec::new();
    dir_to_tar(dest.path(), &mut out).unwrap();
    let names = names_in(&out);
    for want in [".wh.gone", "d/.wh..wh..opq", "d/new"] {
        assert!(
            names.iter().any(|n| n.trim_start_matches("./") == want),
            "{want} missing from {names:?}"
        );
    }
    assert!(!names.iter().any(|n| n.ends_with("/gone") || n == "gone"));
}

#[test]
fn compressed_input_is_sniffed() {
    let plain = Tar::new().file("f", b"z").bytes();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, &plain).unwrap();
    let gz = gz.finish().unwrap();
    let zst = zstd::encode_all(&plain[..], 1).unwrap();
    for input in [plain.clone(), gz, zst] {
        let mut r = decompressed(&input[..]).unwrap();
        let mut back = Vec::new();
        r.read_to_end(&mut back).unwrap();
        assert_eq!(back, plain);
    }
}

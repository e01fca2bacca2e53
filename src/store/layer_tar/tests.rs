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

/// A raw tar: one header per entry built by `f`, with `data` after it.
fn raw_entry(name: &str, kind: tar::EntryType, f: impl FnOnce(&mut tar::Header)) -> Vec<u8> {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(0o644);
    h.set_uid(rustix::process::getuid().as_raw() as u64);
    h.set_gid(rustix::process::getgid().as_raw() as u64);
    h.set_size(0);
    h.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
    f(&mut h);
    h.set_cksum();
    h.as_bytes().to_vec()
}

/// A tar numeric field: octal when it fits, else base-256 (as GNU tar writes big sizes).
fn num_field(field: &mut [u8], v: u64) {
    let octal = format!("{v:0width$o}\0", width = field.len() - 1);
    if octal.len() == field.len() {
        field.copy_from_slice(octal.as_bytes());
    } else {
        field.fill(0);
        field[0] = 0x80;
        let n = field.len();
        field[n - 8..].copy_from_slice(&v.to_be_bytes());
    }
}

/// A GNU sparse file `name` of `real_size` bytes whose only data is 512 bytes of `x` at
/// `offset`.
fn sparse_tar(name: &str, real_size: u64, offset: u64) -> Vec<u8> {
    let mut out = raw_entry(name, tar::EntryType::GNUSparse, |h| {
        h.set_size(512);
        let gnu = h.as_gnu_mut().expect("gnu header");
        num_field(&mut gnu.realsize, real_size);
        num_field(&mut gnu.sparse[0].offset, offset);
        num_field(&mut gnu.sparse[0].numbytes, 512);
        // The end of the file, as GNU tar marks it.
        num_field(&mut gnu.sparse[1].offset, real_size);
        num_field(&mut gnu.sparse[1].numbytes, 0);
    });
    out.extend_from_slice(&[b'x'; 512]);
    out.extend_from_slice(&[0u8; 1024]);
    out
}

fn end_of_archive(mut entries: Vec<u8>) -> Vec<u8> {
    entries.extend_from_slice(&[0u8; 1024]);
    entries
}

#[test]
fn absolute_names_land_inside_the_root() {
    let outside = tempfile::tempdir().unwrap();
    let dest = outside.path().join("root");
    std::fs::create_dir(&dest).unwrap();
    let abs = outside.path().join("abs-target");
    let name = format!("{}/evil", abs.display());
    let t = Tar::new().file(&name, b"x").file("/etc/evil", b"y").bytes();
    extract_layer(&t[..], &dest).unwrap();
    assert!(!abs.exists(), "wrote at an absolute host path");
    assert_eq!(
        std::fs::read(dest.join(name.trim_start_matches('/'))).unwrap(),
        b"x"
    );
    assert_eq!(std::fs::read(dest.join("etc/evil")).unwrap(), b"y");
}

#[test]
fn link_chains_never_leave_the_root() {
    let outside = tempfile::tempdir().unwrap();
    let dest = outside.path().join("root");
    std::fs::create_dir(&dest).unwrap();
    let host = outside.path().join("host");
    std::fs::create_dir(&host).unwrap();
    let secret = host.join("secret");
    std::fs::write(&secret, b"s").unwrap();
    let host_abs = host.display().to_string();

    // A chain of symlinks ending at an absolute host path, written through.
    let t = Tar::new()
        .symlink("a", "b")
        .symlink("b", "c")
        .symlink("c", &host_abs)
        .file("a/pwned", b"1")
        // Climbing relative links, one built on another.
        .symlink("x", "../../..")
        .symlink("y", "x/..")
        .file("y/z/pwned2", b"2")
        .bytes();
    extract_layer(&t[..], &dest).unwrap();
    assert_eq!(
        std::fs::read_dir(&host).unwrap().count(),
        1,
        "wrote into the host dir"
    );
    assert_eq!(
        std::fs::read(dest.join(host_abs.trim_start_matches('/')).join("pwned")).unwrap(),
        b"1"
    );
    assert_eq!(std::fs::read(dest.join("z/pwned2")).unwrap(), b"2");

    // A hardlink through a symlinked parent resolves inside: the host file is not there.
    let t = Tar::new()
        .symlink("l", &host_abs)
        .hardlink("h", "l/secret")
        .bytes();
    let e = extract_layer(&t[..], &dest).unwrap_err();
    assert!(format!("{e:#}").contains("does not exist"), "{e:#}");
    // A hardlink to a symlink links the symlink, not the host file it names.
    let t = Tar::new()
        .symlink("s", &secret.display().to_string())
        .hardlink("h2", "s")
        .bytes();
    extract_layer(&t[..], &dest).unwrap();
    assert!(std::fs::symlink_metadata(dest.join("h2"))
        .unwrap()
        .file_type()
        .is_symlink());
    // Hardlinks climbing out, directly or through `..` after a symlink, are refused.
    for target in ["../host/secret", "l/../../host/secret"] {
        let t = Tar::new().hardlink("h3", target).bytes();
        let e = extract_layer(&t[..], &dest).unwrap_err();
        assert!(
            format!("{e:#}").contains("outside the root"),
            "{target}: {e:#}"
        );
    }
    assert_eq!(
        std::fs::metadata(&secret).unwrap().nlink(),
        1,
        "the host file got a link"
    );
    assert_eq!(std::fs::read(&secret).unwrap(), b"s");
}

#[test]
fn device_nodes_are_skipped_and_setuid_bits_kept() {
    let dest = tempfile::tempdir().unwrap();
    let mut t = raw_entry("null", tar::EntryType::Char, |h| {
        h.set_device_major(1).unwrap();
        h.set_device_minor(3).unwrap();
    });
    t.extend(raw_entry("sda", tar::EntryType::Block, |h| {
        h.set_device_major(8).unwrap();
        h.set_device_minor(0).unwrap();
    }));
    let stats = extract_layer(&end_of_archive(t)[..], dest.path()).unwrap();
    assert_eq!(stats.skipped_devices, 2);
    assert!(!dest.path().join("null").exists());
    assert!(!dest.path().join("sda").exists());

    let mut t = Tar(tar::Builder::new(Vec::new()));
    for (name, mode) in [("suid", 0o4755), ("sgid", 0o2755), ("sticky", 0o1777)] {
        let mut h = tar::Header::new_gnu();
        h.set_mode(mode);
        h.set_uid(rustix::process::getuid().as_raw() as u64);
        h.set_gid(rustix::process::getgid().as_raw() as u64);
        h.set_size(1);
        h.set_path(name).unwrap();
        h.set_cksum();
        t.0.append(&h, &b"x"[..]).unwrap();
    }
    extract_layer(&t.bytes()[..], dest.path()).unwrap();
    for (name, mode) in [("suid", 0o4755), ("sgid", 0o2755), ("sticky", 0o1777)] {
        let m = std::fs::metadata(dest.path().join(name)).unwrap();
        assert_eq!(m.mode() & 0o7777, mode, "{name}");
        assert_eq!(m.uid(), rustix::process::getuid().as_raw(), "{name}");
    }
}

#[test]
fn sparse_files_keep_their_holes() {
    let dest = tempfile::tempdir().unwrap();
    let size = 64u64 << 20;
    let stats = extract_layer(&sparse_tar("sparse", size, 32 << 20)[..], dest.path()).unwrap();
    assert_eq!(stats.size, size);
    let p = dest.path().join("sparse");
    let m = std::fs::metadata(&p).unwrap();
    assert_eq!(m.len(), size);
    assert!(
        m.blocks() * 512 < 1 << 20,
        "holes were written: {} blocks",
        m.blocks()
    );
    let data = std::fs::read(&p).unwrap();
    assert!(data[..32 << 20].iter().all(|b| *b == 0));
    assert_eq!(&data[32 << 20..(32 << 20) + 512], &[b'x'; 512][..]);
    assert!(data[(32 << 20) + 512..].iter().all(|b| *b == 0));
}

#[test]
fn huge_files_and_bombs_stop_at_the_limit() {
    let dest = tempfile::tempdir().unwrap();
    // A sparse file claiming a petabyte: refused before anything is written.
    let t = sparse_tar("huge", 1 << 50, (1 << 50) - 512);
    let e = format!("{:#}", extract_layer(&t[..], dest.path()).unwrap_err());
    assert!(e.contains("more than 274877906944 bytes, the limit"), "{e}");
    assert!(e.contains(SIZE_LIMIT_ENV), "{e}");
    assert!(!dest.path().join("huge").exists());
    // Files adding up past a (small, for the test) limit.
    let t = Tar::new()
        .file("a", &[1u8; 600 << 10])
        .file("b", &[2u8; 600 << 10])
        .bytes();
    let e = extract_with(&t[..], dest.path(), Vec::new(), true, true, 1 << 20).unwrap_err();
    assert!(
        format!("{e:#}")
            .contains("refusing b: the layer's files add up to more than 1048576 bytes"),
        "{e:#}"
    );
    assert!(!dest.path().join("b").exists());
    // A compressed stream that expands past the limit stops there.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, &vec![0u8; 4 << 20]).unwrap();
    let bomb = gz.finish().unwrap();
    assert!(bomb.len() < 64 << 10);
    let mut out = Vec::new();
    let e = decompressed_limited(&bomb[..], 1 << 20)
        .unwrap()
        .read_to_end(&mut out)
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("the decompressed data is larger than 1048576 bytes, the limit (set {SIZE_LIMIT_ENV} to change it)")
    );
    assert!(out.len() <= 1 << 20);
    // Exactly the limit is fine, compressed or not.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, &vec![0u8; 1 << 20]).unwrap();
    let exact = gz.finish().unwrap();
    let mut out = Vec::new();
    decompressed_limited(&exact[..], 1 << 20)
        .unwrap()
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out.len(), 1 << 20);
    let plain = vec![7u8; 1 << 20];
    let mut out = Vec::new();
    assert!(decompressed_limited(&plain[..], (1 << 20) - 1)
        .unwrap()
        .read_to_end(&mut out)
        .is_err());
}

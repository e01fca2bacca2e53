//! Link order of the release binary: the functions the common commands run (listed in
//! `tools/link-order.txt`, made by `tools/gen-link-order.sh`) go first and together in .text,
//! so a CLI call faults in a few hundred KiB of code instead of most of the 10 MiB (the
//! kernel maps file pages in 64 KiB windows around each fault). Only with lld, the default
//! linker of rustc >= 1.90 on x86_64 Linux; any other build links as before.

use std::path::Path;
use std::process::Command;

fn main() {
    let list = Path::new("tools/link-order.txt");
    println!("cargo:rerun-if-changed={}", list.display());
    println!("cargo:rerun-if-changed=build.rs");
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let target = std::env::var("TARGET").unwrap_or_default();
    if !release || target != "x86_64-unknown-linux-gnu" || !list.is_file() || !rustc_links_lld() {
        return;
    }
    let Ok(dir) = std::env::var("CARGO_MANIFEST_DIR") else {
        return;
    };
    let path = Path::new(&dir).join(list);
    println!(
        "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
        path.display()
    );
    // Names the build no longer has (renamed, inlined) are expected: no warning per name.
    println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
}

/// rustc 1.90 and later link x86_64-unknown-linux-gnu with its own lld by default.
fn rustc_links_lld() -> bool {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let Ok(out) = Command::new(rustc).arg("-V").output() else {
        return false;
    };
    let v = String::from_utf8_lossy(&out.stdout);
    // "rustc 1.95.0 (59807616e 2026-04-14)"
    let mut nums = v
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .split(['.', '-'])
        .map(|n| n.parse::<u32>().unwrap_or(0));
    let (major, minor) = (nums.next().unwrap_or(0), nums.next().unwrap_or(0));
    major > 1 || (major == 1 && minor >= 90)
}

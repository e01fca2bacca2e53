//! auth.json: any file content gives credentials, none, or a one-line error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../src/fsutil.rs"]
mod fsutil;

#[allow(dead_code)]
#[path = "../../src/registry/auth.rs"]
mod auth;

fuzz_target!(|data: &[u8]| {
    thread_local! {
        static DIR: std::path::PathBuf = {
            let d = std::env::temp_dir().join(format!("skiff-fuzz-auth-{}", std::process::id()));
            std::fs::create_dir_all(&d).unwrap();
            d
        };
    }
    let file = DIR.with(|d| d.join("auth.json"));
    std::fs::write(&file, data).unwrap();
    for (reg, repo) in [("example.com", "a/b"), ("docker.io", "library/x"), ("", "")] {
        if let Err(e) = auth::lookup(Some(&file), reg, repo) {
            assert!(!format!("{e:#}").contains('\n'), "{e:#}");
        }
    }
});

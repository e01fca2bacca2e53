//! registries.conf: any text parses or fails with a one-line error, and a parsed file
//! answers every question (search candidates, endpoints, mirrors) without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../src/registry/conf.rs"]
mod conf;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    match conf::Registries::parse(s) {
        Ok(r) => {
            for name in ["busybox", "quay.io/a/b:1", "example.com:5000/x@sha256:00"] {
                let _ = r.candidates(name);
            }
            for (domain, path) in [("docker.io", "library/busybox"), ("example.com", "a/b")] {
                if let Err(e) = r.endpoint(domain, path) {
                    assert!(!format!("{e:#}").contains('\n'), "{e:#}");
                }
                let _ = r.pull_sources(domain, path, true);
                let _ = r.pull_sources(domain, path, false);
            }
            let _ = r.insecure_host("example.com");
        }
        Err(e) => assert!(!format!("{e:#}").contains('\n'), "{e:#}"),
    }
});

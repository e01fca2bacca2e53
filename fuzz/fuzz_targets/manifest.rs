//! Registry manifests and indexes: any body, with or without a content type, is classified,
//! parsed or refused without panicking; an index picks a platform.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../src/registry/manifest.rs"]
mod manifest;

fuzz_target!(|data: &[u8]| {
    // Optional content type: the first line when the input starts with "ct:".
    let (ct, body) = match data.strip_prefix(b"ct:") {
        Some(rest) => {
            let end = rest.iter().position(|b| *b == b'\n').unwrap_or(rest.len());
            (
                std::str::from_utf8(&rest[..end]).ok(),
                rest.get(end + 1..).unwrap_or_default(),
            )
        }
        None => (None, data),
    };
    let mt = manifest::media_type(ct, body);
    if let Ok(manifest::Kind::Index(index)) = manifest::parse(&mt, body, "fuzz") {
        let _ = manifest::select(&index, &manifest::host_platform());
        if let Ok(p) = manifest::parse_platform("linux/arm64/v8") {
            let _ = manifest::select(&index, &p);
        }
    }
    if let Ok(s) = std::str::from_utf8(body) {
        let _ = manifest::parse_platform(s);
    }
});

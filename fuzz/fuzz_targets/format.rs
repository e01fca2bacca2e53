//! `--format` templates: any template against any JSON item renders or fails with an
//! error, within the engine's bounds, and never panics or overflows the stack.
//! Input: the template, a NUL byte, then the item as JSON (a fixed item when it is not JSON).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../src/format/mod.rs"]
mod format;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let (template, json) = s.split_once('\0').unwrap_or((s, ""));
    let item = serde_json::from_str(json).unwrap_or_else(|_| {
        serde_json::json!({
            "ID": "0123456789ab", "Names": ["a", "b"], "Size": 1.5, "N": 3,
            "State": {"Status": "running", "Pid": 42}, "Labels": {"k": "v"}, "Nil": null,
        })
    });
    match format::render(template, &[item], &[("ID", "CONTAINER ID")]) {
        Ok(_) => {}
        // Errors are one line.
        Err(e) => assert!(!e.to_string().contains('\n'), "{e}"),
    }
});

//! Image references: parsing never panics, and a parsed reference prints as a string that
//! parses back to the same reference.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../src/store/reference.rs"]
mod reference;

use reference::Reference;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    for r in [
        Reference::parse_local(s),
        Reference::parse_remote(s),
        Reference::parse_with(s, "registry.example:5000"),
    ]
    .into_iter()
    .flatten()
    {
        let text = r.to_string();
        let back = Reference::parse_with(&text, &r.domain)
            .unwrap_or_else(|e| panic!("{s:?} gave {text:?}, which does not parse: {e}"));
        assert_eq!(back, r, "{s:?} → {text:?}");
        let _ = r.repository();
        let _ = reference::name_matches(&text, s);
    }
});

//! A content file of any kind (the first byte chooses it, or site.toml) as
//! a build parses it: front matter split, TOML, every key of the kind.
#![no_main]

use std::path::Path;

use klarsicht::base::diagnostics::Diagnostics;
use klarsicht::base::vocab::Kind;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let root = Path::new("/nonexistent-klarsicht-fuzz");
    let d = match Kind::ALL.get(choice as usize % (Kind::ALL.len() + 1)) {
        Some(&kind) => {
            let path = root.join("content").join(kind.folder()).join("item.md");
            klarsicht::load::parse_text(root, kind, &path, text)
        }
        None => {
            let mut d = Diagnostics::new();
            klarsicht::load::site::parse(Path::new("site.toml"), text, &mut d);
            d
        }
    };
    common::check_diagnostics(text, &d);
});

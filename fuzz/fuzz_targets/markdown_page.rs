//! The Markdown-to-page pipeline (`page.rs`): the input's first three
//! lines are the measure's title, owner and summary, the rest its text.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod page;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text.splitn(4, '\n');
    let (title, owner, summary) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    page::build_and_check(title, owner, summary, parts.next().unwrap_or(""));
});

//! Sizes that once took quadratic time (a 6 MB one-word title, 50,000
//! equal headings, 50,000 links), found by the fuzzer rather than listed:
//! the input is a small pattern that is repeated. Its first two bytes
//! scale the title (up to 65,535 × 100 copies of the title unit, capped at
//! 3 MB), the next two the body (up to 65,535 copies of the body unit,
//! capped at 2 MB); the rest is the title unit, a line break, and the body
//! unit. A path quadratic in size runs past the 10 s `-timeout` that
//! `scripts/fuzz.sh` sets, and that is the finding. (At 7 MB a linear one
//! did too: Pagefind indexing 1.4 million words of a title takes 3.3 s in a
//! release build and about 10 s under AddressSanitizer.)
#![no_main]

use libfuzzer_sys::fuzz_target;

mod page;

/// `unit` repeated `times` times, at most `cap` bytes (cut at a character).
fn repeat(unit: &str, times: usize, cap: usize) -> String {
    if unit.is_empty() {
        return String::new();
    }
    let mut s = unit.repeat(times.min(cap / unit.len() + 1));
    let mut end = s.len().min(cap);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let title_times = usize::from(u16::from_le_bytes([data[0], data[1]])) * 100;
    let body_times = usize::from(u16::from_le_bytes([data[2], data[3]]));
    let Ok(text) = std::str::from_utf8(&data[4..]) else {
        return;
    };
    let (title_unit, body_unit) = text.split_once('\n').unwrap_or((text, ""));
    let mut title = repeat(title_unit, title_times, 3_000_000);
    if title.trim().is_empty() {
        title = "Titel".into();
    }
    let body = repeat(body_unit, body_times, 2_000_000);
    page::build_and_check(&title, "Amt", "Kurz", &body);
});

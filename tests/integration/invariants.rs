//! What every output file must be, whatever the content: each format parses,
//! no character that XML or HTML cannot hold, and pages that run under
//! `Content-Security-Policy: default-src 'self'` (no inline script, style or
//! event handler, no script address). The hostile-content tests, the CSP test
//! and the fuzz target `markdown_page` (which includes this file) share it.

use std::cell::RefCell;

/// Problems with one output file, as `path: what`.
pub fn check(path: &str, bytes: &[u8]) -> Vec<String> {
    let mut problems = Vec::new();
    let ext = path.rsplit('.').next().unwrap_or("");
    if !matches!(
        ext,
        "html" | "xml" | "json" | "jsonld" | "csv" | "ics" | "txt"
    ) {
        return problems;
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return vec![format!("{path}: not UTF-8")];
    };
    if let Some((at, c)) = klarsicht::base::text::first_forbidden(text) {
        problems.push(format!("{path}: character U+{:04X} at byte {at}", c as u32));
    }
    match ext {
        "xml" => {
            if let Err(e) = roxmltree::Document::parse(text) {
                problems.push(format!("{path}: not well-formed XML: {e}"));
            }
        }
        "json" | "jsonld" => {
            if let Err(e) = serde_json::from_str::<serde_json::Value>(text) {
                problems.push(format!("{path}: not JSON: {e}"));
            }
        }
        "html" => problems.extend(strict_csp(text).into_iter().map(|p| format!("{path}: {p}"))),
        _ => {}
    }
    problems
}

/// What a page holds that `default-src 'self'` without `unsafe-inline` blocks.
pub fn strict_csp(html: &str) -> Vec<String> {
    let found = RefCell::new(Vec::new());
    let handler = |el: &mut lol_html::html_content::Element| {
        let tag = el.tag_name();
        let mut found = found.borrow_mut();
        if tag == "script" && !el.has_attribute("src") {
            found.push("inline <script>".to_string());
        }
        if tag == "style" {
            found.push("inline <style>".to_string());
        }
        for a in el.attributes() {
            let name = a.name();
            if name.starts_with("on") {
                found.push(format!("event handler `{name}` on <{tag}>"));
            } else if name == "style" {
                found.push(format!("style attribute on <{tag}>"));
            } else if matches!(name.as_str(), "href" | "src" | "action" | "formaction") {
                let value: String = a
                    .value()
                    .chars()
                    .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
                    .collect::<String>()
                    .to_ascii_lowercase();
                if value.starts_with("javascript:") || value.starts_with("vbscript:") {
                    found.push(format!("script address in `{name}` on <{tag}>"));
                }
            }
        }
        Ok(())
    };
    let mut rewriter = lol_html::HtmlRewriter::new(
        lol_html::Settings::new().append_element_content_handler(lol_html::element!("*", handler)),
        |_: &[u8]| {},
    );
    if rewriter
        .write(html.as_bytes())
        .and_then(|()| rewriter.end())
        .is_err()
    {
        return vec!["the HTML parser gave up".to_string()];
    }
    found.into_inner()
}

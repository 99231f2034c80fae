//! `assets/print-margins.css`: what every printed page of the portal carries in
//! its margins (the portal's address, "Datenstand" and the page number),
//! on A4 portrait. Generated because the address and the date are the
//! portal's; the rest of the print layout is the theme's stylesheet.

use crate::render::pages::context::RenderContext;

/// Where it goes in the output (in each language's folder).
pub const PATH: &str = "assets/print-margins.css";

/// `text` as a CSS string: quotes, backslashes, angle brackets and
/// control characters escaped, so that no text from site.toml can end
/// the string or the stylesheet.
pub fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_control() || matches!(c, '"' | '\\' | '<' | '>' | '{' | '}') {
            out.push_str(&format!("\\{:06x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

/// Where the printed page says it comes from: `base_url` without its
/// scheme, else the portal's title.
fn address(ctx: &RenderContext) -> String {
    let c = &ctx.site.config;
    match &c.base_url {
        Some(u) => u
            .split_once("://")
            .map_or(u.as_str(), |(_, rest)| rest)
            .trim_end_matches('/')
            .to_string(),
        None => c.title.clone(),
    }
}

/// The left margin of every printed page (and PDF page): the address and
/// "Datenstand <date>".
pub fn footer(ctx: &RenderContext) -> String {
    let mut left = address(ctx);
    if let Some(d) = ctx.site.data_as_of {
        let label = ctx.text("data_as_of");
        let label = label.trim_end_matches(':');
        left = format!("{left} · {label} {}", ctx.fmt.date(d));
    }
    left
}

/// "Seite {page} von {pages}" as the text before, between and after the
/// two numbers.
pub fn page_parts(ctx: &RenderContext) -> [String; 3] {
    let page = ctx.text("print_page");
    let (before, rest) = page.split_once("{page}").unwrap_or((&page, ""));
    let (between, after) = rest.split_once("{pages}").unwrap_or((rest, ""));
    [before.into(), between.into(), after.into()]
}

pub fn stylesheet(ctx: &RenderContext) -> String {
    let left = footer(ctx);
    let [before, between, after] = page_parts(ctx);
    let font = "font:8pt/1.3 system-ui,sans-serif;color:#333";
    format!(
        "@charset \"utf-8\";\n\
         @page{{size:A4 portrait;margin:16mm 15mm 18mm;\
         @bottom-left{{content:{};{font}}}\
         @bottom-right{{content:{} counter(page) {} counter(pages) {};{font}}}}}\n",
        css_string(&left),
        css_string(&before),
        css_string(&between),
        css_string(&after),
    )
}

#[cfg(test)]
mod tests {
    use super::css_string;

    #[test]
    fn no_text_ends_the_string() {
        assert_eq!(css_string("Stadt \"A\""), "\"Stadt \\000022A\\000022\"");
        assert_eq!(
            css_string("a\\b</style>"),
            "\"a\\00005cb\\00003c/style\\00003e\""
        );
        assert_eq!(css_string("Zeile\nzwei"), "\"Zeile\\00000azwei\"");
        assert_eq!(css_string("Straße · 1"), "\"Straße · 1\"");
    }
}

//! `assets/brand.css`: the city's colours from `[colors]` in site.toml
//! put into the theme's CSS variables, after the theme's own stylesheet.

use crate::base::contrast::{Rgb, text_on};
use crate::load::site::colors::Colors;

/// Where it goes in the output.
pub const PATH: &str = "assets/brand.css";

/// The stylesheet that puts the colours into the theme's CSS variables,
/// after the theme's own; None when site.toml sets none.
pub fn stylesheet(c: &Colors) -> Option<String> {
    let rule = |brand: Rgb| {
        format!(
            ":root{{--brand:{};--brand-contrast:{}}}",
            brand.css(),
            text_on(brand).css()
        )
    };
    let mut css = String::new();
    if let Some(b) = c.brand {
        // Print is light whatever the screen's scheme.
        css.push_str(&format!(
            "@media (prefers-color-scheme:light),print{{{}}}\n",
            rule(b)
        ));
    }
    if let Some(b) = c.brand_dark {
        css.push_str(&format!(
            "@media screen and (prefers-color-scheme:dark){{{}}}\n",
            rule(b)
        ));
    }
    (!css.is_empty()).then_some(css)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::base::diagnostics::Diagnostics;
    use crate::load::site;

    fn parse(body: &str) -> Colors {
        let mut d = Diagnostics::new();
        let cfg = site::parse(
            Path::new("site.toml"),
            &format!("title = \"T\"\n[colors]\n{body}"),
            &mut d,
        );
        assert!(d.is_empty());
        cfg.colors
    }

    #[test]
    fn readable_colours_become_a_stylesheet() {
        let c = parse("brand = \"#8B0000\"\nbrand_dark = \"#ffb3b3\"\n");
        assert_eq!(
            stylesheet(&c).unwrap(),
            "@media (prefers-color-scheme:light),print{:root{--brand:#8b0000;--brand-contrast:#ffffff}}\n\
             @media screen and (prefers-color-scheme:dark){:root{--brand:#ffb3b3;--brand-contrast:#000000}}\n"
        );
        assert_eq!(stylesheet(&Colors::default()), None);
    }
}

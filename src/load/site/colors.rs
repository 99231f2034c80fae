//! `[colors]` in site.toml: the city's brand colour for the light and the
//! dark scheme. Each must stay readable in the default theme as link text on
//! the page and on shaded panels (4.5:1, WCAG 2.1 AA).

use serde::Serialize;

use crate::base::contrast::{Rgb, ratio};
use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::load::fields::Table;

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Colors {
    #[serde(serialize_with = "css")]
    pub brand: Option<Rgb>,
    #[serde(serialize_with = "css")]
    pub brand_dark: Option<Rgb>,
}

fn css<S: serde::Serializer>(c: &Option<Rgb>, s: S) -> Result<S::Ok, S::Error> {
    match c {
        Some(c) => s.serialize_some(&c.css()),
        None => s.serialize_none(),
    }
}

/// The default theme's page and panel backgrounds in each scheme.
const LIGHT_BACKGROUNDS: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0xf3, 0xf5, 0xf8)];
const DARK_BACKGROUNDS: [Rgb; 2] = [Rgb(0x12, 0x16, 0x1b), Rgb(0x1d, 0x23, 0x2b)];
const AA: f64 = 4.5;

pub fn parse(t: &Table, d: &mut Diagnostics) -> Colors {
    t.check_known(&crate::load::spec::keys(crate::load::spec::COLORS), d);
    Colors {
        brand: colour(t, "brand", &LIGHT_BACKGROUNDS, "darker", d),
        brand_dark: colour(t, "brand_dark", &DARK_BACKGROUNDS, "lighter", d),
    }
}

fn colour(
    t: &Table,
    key: &str,
    backgrounds: &[Rgb],
    shade: &str,
    d: &mut Diagnostics,
) -> Option<Rgb> {
    let At { value, loc } = t.string(key, d)?;
    let Some(c) = Rgb::parse(&value) else {
        d.push(
            Diagnostic::error(
                t.doc.file,
                loc,
                crate::msg!("colour-form", key = key, value = value),
            )
            .with_hint(crate::msg!("hint-colour-form")),
        );
        return None;
    };
    // Button text needs no check of its own: a colour that reads on the
    // white page reads under white text (the same pair), and one that reads
    // on the dark page reads under black text (black is darker still).
    if let Some(&bg) = backgrounds.iter().find(|&&bg| ratio(c, bg) < AA) {
        d.push(
            Diagnostic::error(
                t.doc.file,
                loc,
                crate::msg!(
                    "colour-contrast",
                    key = key,
                    colour = c.css(),
                    ratio = format!("{:.1}", ratio(c, bg)),
                    background = bg.css()
                ),
            )
            .with_hint(crate::msg!("hint-colour-shade", shade = shade)),
        );
        return None;
    }
    Some(c)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::load::site;

    fn parse(body: &str) -> (Colors, Vec<String>) {
        let mut d = Diagnostics::new();
        let cfg = site::parse(
            Path::new("site.toml"),
            &format!("title = \"T\"\n[colors]\n{body}"),
            &mut d,
        );
        (
            cfg.colors,
            d.sorted().iter().map(|m| m.to_string()).collect(),
        )
    }

    #[test]
    fn unreadable_colours_are_refused_with_their_contrast() {
        let (c, msgs) = parse("brand = \"#ffcc00\"\nbrand_dark = \"#004b87\"\n");
        assert_eq!(c, Colors::default());
        assert_eq!(
            msgs,
            [
                "site.toml:3:9: error: `brand` #ffcc00 has a contrast of 1.5:1 with the background #ffffff; links need 4.5:1\n  hint: choose a darker shade",
                "site.toml:4:14: error: `brand_dark` #004b87 has a contrast of 2.0:1 with the background #12161b; links need 4.5:1\n  hint: choose a lighter shade",
            ]
        );
        let (_, msgs) = parse("brand = \"red\"\n");
        assert_eq!(
            msgs,
            [
                "site.toml:3:9: error: `brand` `red` is not a colour of the form #rrggbb\n  hint: e.g. brand = \"#004b87\""
            ]
        );
    }
}

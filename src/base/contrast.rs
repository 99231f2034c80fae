//! Colour contrast after WCAG 2.1 (relative luminance, contrast ratio):
//! a city's own brand colour must stay readable as link text and behind
//! button text.

/// An sRGB colour written `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2.1 relative luminance.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// WCAG 2.1 contrast ratio, from 1 to 21.
pub fn ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Black or white, whichever reads better on `bg`.
pub fn text_on(bg: Rgb) -> Rgb {
    let (white, black) = (Rgb(255, 255, 255), Rgb(0, 0, 0));
    if ratio(bg, white) >= ratio(bg, black) {
        white
    } else {
        black
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_match_wcag_examples() {
        let white = Rgb(255, 255, 255);
        assert!((ratio(Rgb(0, 0, 0), white) - 21.0).abs() < 1e-9);
        assert!((ratio(white, white) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1, just above AA.
        let grey = ratio(Rgb::parse("#767676").unwrap(), white);
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
        assert_eq!(text_on(Rgb::parse("#004b87").unwrap()), white);
        assert_eq!(text_on(Rgb::parse("#ffcc00").unwrap()), Rgb(0, 0, 0));
    }

    #[test]
    fn only_six_digit_hex_colours_parse() {
        assert_eq!(Rgb::parse("#004B87"), Some(Rgb(0, 0x4b, 0x87)));
        assert_eq!(Rgb::parse("#004b87").unwrap().css(), "#004b87");
        for bad in ["004b87", "#04b", "#004b8g", "blue", "#004b870"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }
}

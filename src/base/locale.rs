//! Locale formats for numbers, money and dates (ICU4X compiled data).

use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::{Locale, locale};
use serde::Serialize;

use crate::base::date::Date;
use crate::base::money::Cents;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    De,
    En,
}

impl Lang {
    /// `de` or `en` (also `de-DE`, `en_GB.UTF-8`); None for anything else.
    pub fn parse(code: &str) -> Option<Lang> {
        let lower = code.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_', '.', '@']).next().unwrap_or("");
        match primary {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of the person's environment: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set (as POSIX reads them).
    pub fn from_environment() -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::parse(&v))
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, for a language switcher.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    fn locale(self) -> Locale {
        match self {
            Lang::De => locale!("de-DE"),
            Lang::En => locale!("en-GB"),
        }
    }
}

pub struct Formatter {
    lang: Lang,
    decimal: DecimalFormatter,
    date: DateTimeFormatter<YMD>,
    symbol: String,
}

fn currency_symbol(code: &str) -> String {
    match code {
        "EUR" => "€".into(),
        "USD" => "$".into(),
        "GBP" => "£".into(),
        other => other.into(),
    }
}

impl Formatter {
    pub fn new(lang: Lang, currency: &str) -> Formatter {
        let loc = lang.locale();
        Formatter {
            lang,
            decimal: DecimalFormatter::try_new(loc.clone().into(), Default::default())
                .expect("compiled data has de and en"),
            date: DateTimeFormatter::try_new(loc.into(), YMD::long())
                .expect("compiled data has de and en"),
            symbol: currency_symbol(currency),
        }
    }

    /// The currency's sign: `€` for EUR, else its code.
    pub fn currency_symbol(&self) -> &str {
        &self.symbol
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn cents_number(&self, c: Cents) -> String {
        let mut d = Decimal::from(c.0.unsigned_abs());
        d.multiply_pow10(-2);
        self.decimal.format(&d).to_string()
    }

    /// de `50.000,00 €`, en `€50,000.00` (no-break space before €).
    pub fn money(&self, c: Cents) -> String {
        let sign = if c.is_negative() { "−" } else { "" };
        let n = self.cents_number(c);
        match self.lang {
            Lang::De => format!("{sign}{n}\u{a0}{}", self.symbol),
            Lang::En => format!("{sign}{}{n}", self.symbol),
        }
    }

    /// A measured value such as 61.5 → de `61,5`, en `61.5`.
    pub fn number(&self, x: f64) -> String {
        let text = format!("{x}");
        match Decimal::try_from_str(&text) {
            Ok(d) => self.decimal.format(&d).to_string(),
            Err(_) => text,
        }
    }

    /// A file size in bytes, kB or MB (1000-based, one fixed decimal, so
    /// that a column of sizes lines up): de `12,3 kB`, `6,0 kB`.
    pub fn file_size(&self, bytes: u64) -> String {
        let (tenths, unit) = match bytes {
            0..1_000 => return format!("{bytes}\u{a0}B"),
            // Rounded half up to a tenth of the unit.
            1_000..1_000_000 => ((bytes + 50) / 100, "kB"),
            _ => ((bytes + 50_000) / 100_000, "MB"),
        };
        let mut d = Decimal::from(tenths);
        d.multiply_pow10(-1);
        format!("{}\u{a0}{unit}", self.decimal.format(&d))
    }

    /// Whole percent: de `40 %`, en `40%`.
    pub fn percent(&self, p: f64) -> String {
        let n = self.number(p);
        match self.lang {
            Lang::De => format!("{n}\u{a0}%"),
            Lang::En => format!("{n}%"),
        }
    }

    /// A rate in tenths of a percent with one fixed decimal: de `96,5 %`,
    /// en `96.5%`, so a column of rates lines up.
    pub fn rate(&self, tenths: i64) -> String {
        let mut d = Decimal::from(tenths.unsigned_abs());
        d.multiply_pow10(-1);
        let sign = if tenths < 0 { "−" } else { "" };
        let n = self.decimal.format(&d).to_string();
        match self.lang {
            Lang::De => format!("{sign}{n}\u{a0}%"),
            Lang::En => format!("{sign}{n}%"),
        }
    }

    /// A change of money with its sign: de `+1.234,50 €`, `−5,00 €`, `0,00 €`.
    pub fn money_change(&self, c: Cents) -> String {
        plus(c.0, self.money(c))
    }

    /// A change in tenths of a percent with its sign: de `+25,0 %`.
    pub fn rate_change(&self, tenths: i64) -> String {
        plus(tenths, self.rate(tenths))
    }

    /// de `14. März 2025`, en `14 March 2025`.
    pub fn date(&self, d: Date) -> String {
        match icu_datetime::input::Date::try_new_iso(d.year, d.month, d.day) {
            // Never split between lines: "14. März 2025" stays together.
            Ok(iso) => self.date.format(&iso).to_string().replace(' ', "\u{a0}"),
            Err(_) => d.to_string(),
        }
    }
}

/// A formatted amount with `+` in front when it is positive (negative
/// amounts carry their `−` already).
fn plus(value: i64, text: String) -> String {
    if value > 0 { format!("+{text}") } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_english_money() {
        let de = Formatter::new(Lang::De, "EUR");
        let en = Formatter::new(Lang::En, "EUR");
        assert_eq!(de.money(Cents(123_456_789)), "1.234.567,89\u{a0}€");
        assert_eq!(en.money(Cents(123_456_789)), "€1,234,567.89");
        assert_eq!(de.money(Cents(5_000_000)), "50.000,00\u{a0}€");
        assert_eq!(de.money(Cents(-150)), "−1,50\u{a0}€");
    }

    #[test]
    fn file_sizes() {
        let de = Formatter::new(Lang::De, "EUR");
        let en = Formatter::new(Lang::En, "EUR");
        assert_eq!(de.file_size(999), "999\u{a0}B");
        assert_eq!(de.file_size(12_345), "12,3\u{a0}kB");
        assert_eq!(en.file_size(12_345), "12.3\u{a0}kB");
        assert_eq!(de.file_size(1_000), "1,0\u{a0}kB");
        assert_eq!(en.file_size(4_560_000), "4.6\u{a0}MB");
    }

    #[test]
    fn numbers_percent_dates() {
        let de = Formatter::new(Lang::De, "EUR");
        let en = Formatter::new(Lang::En, "EUR");
        assert_eq!(de.number(61.5), "61,5");
        assert_eq!(en.number(1234.5), "1,234.5");
        assert_eq!(de.percent(40.0), "40\u{a0}%");
        assert_eq!(de.rate(965), "96,5\u{a0}%");
        assert_eq!(de.rate(1_000), "100,0\u{a0}%");
        assert_eq!(en.rate(1_234), "123.4%");
        assert_eq!(en.rate(-5), "−0.5%");
        assert_eq!(de.money_change(Cents(1_000_000)), "+10.000,00\u{a0}€");
        assert_eq!(de.money_change(Cents(-500)), "−5,00\u{a0}€");
        assert_eq!(de.money_change(Cents(0)), "0,00\u{a0}€");
        assert_eq!(en.rate_change(250), "+25.0%");
        // No-break spaces: a date is never split between lines.
        assert_eq!(
            de.date(Date::new(2025, 3, 14).unwrap()),
            "14.\u{a0}März\u{a0}2025"
        );
        assert_eq!(
            en.date(Date::new(2025, 3, 14).unwrap()),
            "14\u{a0}March\u{a0}2025"
        );
    }
}

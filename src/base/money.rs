//! Money as exact integer cents; amounts are never floating point in sums.

use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(pub i64);

/// Twelve integer digits (below a trillion) keep every sum far from overflow.
const MAX_INTEGER_DIGITS: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    TooManyDecimals,
    TooLarge,
    NotANumber,
}

impl AmountError {
    pub fn describe(&self, text: &str) -> crate::base::messages::Text {
        match self {
            AmountError::TooManyDecimals => crate::msg!("amount-decimals", value = text),
            AmountError::TooLarge => crate::msg!("amount-too-large", value = text),
            AmountError::NotANumber => crate::msg!("amount-not-a-number", value = text),
        }
    }
}

impl Cents {
    pub const ZERO: Cents = Cents(0);

    /// Parses `50000`, `-12`, `48250.5`, `48250.50` (TOML's `_` digit
    /// separators allowed); at most two decimals.
    pub fn parse(text: &str) -> Result<Cents, AmountError> {
        let cleaned: String = text.trim().chars().filter(|c| *c != '_').collect();
        let (negative, digits) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
        };
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty()
            || !all_digits(int)
            || !all_digits(frac)
            || (digits.contains('.') && frac.is_empty())
        {
            return Err(AmountError::NotANumber);
        }
        let frac = frac.trim_end_matches('0');
        if frac.len() > 2 {
            return Err(AmountError::TooManyDecimals);
        }
        let int = int.trim_start_matches('0');
        if int.len() > MAX_INTEGER_DIGITS {
            return Err(AmountError::TooLarge);
        }
        let whole: i64 = if int.is_empty() {
            0
        } else {
            int.parse().map_err(|_| AmountError::TooLarge)?
        };
        let mut cents: i64 = frac.parse::<i64>().unwrap_or(0);
        if frac.len() == 1 {
            cents *= 10;
        }
        let value = whole * 100 + cents;
        Ok(Cents(if negative { -value } else { value }))
    }

    /// Machine format: `.` decimal point, no grouping, always two decimals.
    pub fn to_machine(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }
}

impl std::ops::Add for Cents {
    type Output = Cents;
    fn add(self, rhs: Cents) -> Cents {
        Cents(self.0 + rhs.0)
    }
}

impl std::ops::AddAssign for Cents {
    fn add_assign(&mut self, rhs: Cents) {
        self.0 += rhs.0;
    }
}

impl std::ops::Sub for Cents {
    type Output = Cents;
    fn sub(self, rhs: Cents) -> Cents {
        Cents(self.0 - rhs.0)
    }
}

impl std::iter::Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        iter.fold(Cents::ZERO, |a, b| a + b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exact_cents() {
        assert_eq!(Cents::parse("50000"), Ok(Cents(5_000_000)));
        assert_eq!(Cents::parse("48250.5"), Ok(Cents(4_825_050)));
        assert_eq!(Cents::parse("48250.50"), Ok(Cents(4_825_050)));
        assert_eq!(Cents::parse("0.07"), Ok(Cents(7)));
        assert_eq!(Cents::parse("-12.3"), Ok(Cents(-1230)));
        assert_eq!(Cents::parse("1_000"), Ok(Cents(100_000)));
        assert_eq!(Cents::parse("12.300"), Ok(Cents(1230)));
    }

    #[test]
    fn rejects_bad_amounts() {
        assert_eq!(Cents::parse("12.345"), Err(AmountError::TooManyDecimals));
        assert_eq!(Cents::parse("1e5"), Err(AmountError::NotANumber));
        assert_eq!(Cents::parse(""), Err(AmountError::NotANumber));
        assert_eq!(Cents::parse("12."), Err(AmountError::NotANumber));
        assert_eq!(Cents::parse("1,5"), Err(AmountError::NotANumber));
        assert_eq!(Cents::parse("9999999999999"), Err(AmountError::TooLarge));
    }

    #[test]
    fn machine_format() {
        assert_eq!(Cents(5_000_000).to_machine(), "50000.00");
        assert_eq!(Cents(-1230).to_machine(), "-12.30");
        assert_eq!(Cents(7).to_machine(), "0.07");
    }
}

//! The domain's vocabulary, shared by every stage: the kinds of items, a
//! measure's status, an indicator's direction and values, milestones and
//! committee sessions. Plain data; what is derived from them lives in `model`.

use serde::{Deserialize, Serialize};

use crate::base::date::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Goal,
    Measure,
    Report,
    Indicator,
    Page,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Goal,
        Kind::Measure,
        Kind::Report,
        Kind::Indicator,
        Kind::Page,
    ];

    /// The folder below content/.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Goal => "goals",
            Kind::Measure => "measures",
            Kind::Report => "reports",
            Kind::Indicator => "indicators",
            Kind::Page => "pages",
        }
    }

    pub fn from_folder(folder: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.folder() == folder)
    }

    /// The message naming an item of this kind after "in" (load/fields.rs).
    pub fn what(self) -> &'static str {
        match self {
            Kind::Goal => "what-goal",
            Kind::Measure => "what-measure",
            Kind::Report => "what-report",
            Kind::Indicator => "what-indicator",
            Kind::Page => "what-page",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Goal => "goal",
            Kind::Measure => "measure",
            Kind::Report => "report",
            Kind::Indicator => "indicator",
            Kind::Page => "page",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Planned,
    InProgress,
    /// A standing task without an end (an annual prize, a regular
    /// report): no progress figure.
    Ongoing,
    Completed,
    Delayed,
    OnHold,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::Planned,
        Status::InProgress,
        Status::Ongoing,
        Status::Completed,
        Status::Delayed,
        Status::OnHold,
        Status::Cancelled,
    ];

    /// The keys front matter writes, in the order of `ALL`.
    pub const KEYS: [&'static str; 7] = [
        "planned",
        "in_progress",
        "ongoing",
        "completed",
        "delayed",
        "on_hold",
        "cancelled",
    ];

    pub fn key(self) -> &'static str {
        Status::KEYS[self as usize]
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The German words `from_word` reads, as the pages show them, in the
    /// order of `ALL`.
    pub const GERMAN: [&'static str; 7] = [
        "geplant",
        "in Umsetzung",
        "laufend",
        "abgeschlossen",
        "verzögert",
        "pausiert",
        "abgebrochen",
    ];

    /// A key, or the status's German or English word as the pages show it
    /// (`in Umsetzung`, `on hold`), in any case.
    pub fn from_word(word: &str) -> Option<Status> {
        let w = word.trim().to_lowercase();
        // Written without umlaut, as on a keyboard without one.
        let w = if w == "verzoegert" {
            "verzögert".to_string()
        } else {
            w
        };
        let english = w.replace(' ', "_");
        Status::from_key(&english).or_else(|| {
            Status::ALL
                .into_iter()
                .zip(Status::GERMAN)
                .find(|(_, g)| g.to_lowercase() == w)
                .map(|(s, _)| s)
        })
    }
}

/// Which side of the budget a line is on: spending (Aufwand/Auszahlung) or
/// money coming in (Ertrag/Einzahlung: grants, Drittmittel, fees).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum LineKind {
    #[default]
    Expense,
    Income,
}

impl LineKind {
    pub const ALL: [LineKind; 2] = [LineKind::Expense, LineKind::Income];

    pub fn key(self) -> &'static str {
        match self {
            LineKind::Expense => "expense",
            LineKind::Income => "income",
        }
    }

    /// The key, or a German word for it as budgets say (Aufwand,
    /// Auszahlung; Ertrag, Einzahlung), in any case.
    pub fn from_word(word: &str) -> Option<LineKind> {
        match word.trim().to_lowercase().as_str() {
            "expense" | "aufwand" | "auszahlung" => Some(LineKind::Expense),
            "income" | "ertrag" | "einzahlung" => Some(LineKind::Income),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Increase,
    Decrease,
}

impl Direction {
    /// `increase`/`decrease`, or German `steigend`/`fallend`, in any case.
    pub fn from_word(word: &str) -> Option<Direction> {
        match word.trim().to_lowercase().as_str() {
            "increase" | "steigend" => Some(Direction::Increase),
            "decrease" | "fallend" => Some(Direction::Decrease),
            _ => None,
        }
    }
}

/// How often an indicator's figure is published (`periodicity`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Periodicity {
    Annual,
    Semiannual,
    Quarterly,
    Monthly,
    Irregular,
}

impl Periodicity {
    pub const KEYS: [&'static str; 5] =
        ["annual", "semiannual", "quarterly", "monthly", "irregular"];
    pub const GERMAN: [&'static str; 5] = [
        "jährlich",
        "halbjährlich",
        "vierteljährlich",
        "monatlich",
        "unregelmäßig",
    ];
    const ALL: [Periodicity; 5] = [
        Periodicity::Annual,
        Periodicity::Semiannual,
        Periodicity::Quarterly,
        Periodicity::Monthly,
        Periodicity::Irregular,
    ];

    pub fn key(self) -> &'static str {
        Self::KEYS[self as usize]
    }

    /// The key or its German word, in any case.
    pub fn from_word(word: &str) -> Option<Periodicity> {
        let w = word.trim().to_lowercase();
        Self::ALL
            .into_iter()
            .find(|p| w == p.key() || w == Self::GERMAN[*p as usize])
    }

    /// The EU's frequency vocabulary, which DCAT-AP's
    /// `dct:accrualPeriodicity` takes.
    pub fn eu_frequency(self) -> &'static str {
        match self {
            Periodicity::Annual => "ANNUAL",
            Periodicity::Semiannual => "ANNUAL_2",
            Periodicity::Quarterly => "QUARTERLY",
            Periodicity::Monthly => "MONTHLY",
            Periodicity::Irregular => "IRREG",
        }
    }
}

/// A step of a measure, as written.
#[derive(Debug, Clone, Serialize)]
pub struct Milestone {
    pub title: String,
    pub due: Option<Date>,
    pub done: bool,
    /// When it was done, where `done` gives a date.
    pub done_on: Option<Date>,
    /// The due date first planned, when `due` was moved.
    pub replanned_from: Option<Date>,
}

/// A committee session a report goes to.
#[derive(Debug, Clone, Serialize)]
pub struct Session {
    pub committee: String,
    pub date: Option<Date>,
    pub role: Option<String>,
    /// What the committee decided (the agenda item's result in the council
    /// information system), e.g. "zur Kenntnis genommen".
    pub result: Option<String>,
}

/// One value of an indicator in a year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    pub year: i32,
    pub value: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_directions_read_german_and_english_words() {
        assert_eq!(Status::from_word("in Umsetzung"), Some(Status::InProgress));
        assert_eq!(
            Status::from_word(" ABGESCHLOSSEN "),
            Some(Status::Completed)
        );
        assert_eq!(Status::from_word("verzoegert"), Some(Status::Delayed));
        assert_eq!(Status::from_word("on hold"), Some(Status::OnHold));
        assert_eq!(Status::from_word("in_progress"), Some(Status::InProgress));
        assert_eq!(Status::from_word("fertig"), None);
        for (s, g) in Status::ALL.into_iter().zip(Status::GERMAN) {
            assert_eq!(Status::from_word(g), Some(s));
        }
        assert_eq!(Direction::from_word("Fallend"), Some(Direction::Decrease));
        assert_eq!(Direction::from_word("steigend"), Some(Direction::Increase));
        assert_eq!(Direction::from_word("höher"), None);
    }
}

//! The UN's 17 Sustainable Development Goals (SDGs) and their 169 targets:
//! what `sdg = ["4.1"]` may name, each goal's official colour and short
//! title in German and English. Targets are named by their code only; the
//! badges and the `/sdg/` page show the goal's title beside it.

use serde::Serialize;

/// One of the 17 goals.
pub struct Goal {
    /// The UN's colour for the goal (`#rrggbb`).
    pub colour: &'static str,
    pub de: &'static str,
    pub en: &'static str,
    /// Its targets: `<n>.1` to `<n>.<numbered>`, then `<n>.a` onwards.
    numbered: u8,
    lettered: u8,
}

const fn g(
    colour: &'static str,
    de: &'static str,
    en: &'static str,
    numbered: u8,
    lettered: u8,
) -> Goal {
    Goal {
        colour,
        de,
        en,
        numbered,
        lettered,
    }
}

/// The goals, 1 to 17, as the UN's 2030 Agenda numbers them.
pub const GOALS: [Goal; 17] = [
    g("#E5243B", "Keine Armut", "No poverty", 5, 2),
    g("#DDA63A", "Kein Hunger", "Zero hunger", 5, 3),
    g(
        "#4C9F38",
        "Gesundheit und Wohlergehen",
        "Good health and well-being",
        9,
        4,
    ),
    g("#C5192D", "Hochwertige Bildung", "Quality education", 7, 3),
    g("#FF3A21", "Geschlechtergleichheit", "Gender equality", 6, 3),
    g(
        "#26BDE2",
        "Sauberes Wasser und Sanitäreinrichtungen",
        "Clean water and sanitation",
        6,
        2,
    ),
    g(
        "#FCC30B",
        "Bezahlbare und saubere Energie",
        "Affordable and clean energy",
        3,
        2,
    ),
    g(
        "#A21942",
        "Menschenwürdige Arbeit und Wirtschaftswachstum",
        "Decent work and economic growth",
        10,
        2,
    ),
    g(
        "#FD6925",
        "Industrie, Innovation und Infrastruktur",
        "Industry, innovation and infrastructure",
        5,
        3,
    ),
    g(
        "#DD1367",
        "Weniger Ungleichheiten",
        "Reduced inequalities",
        7,
        3,
    ),
    g(
        "#FD9D24",
        "Nachhaltige Städte und Gemeinden",
        "Sustainable cities and communities",
        7,
        3,
    ),
    g(
        "#BF8B2E",
        "Nachhaltige/r Konsum und Produktion",
        "Responsible consumption and production",
        8,
        3,
    ),
    g(
        "#3F7E44",
        "Maßnahmen zum Klimaschutz",
        "Climate action",
        3,
        2,
    ),
    g("#0A97D9", "Leben unter Wasser", "Life below water", 7, 3),
    g("#56C02B", "Leben an Land", "Life on land", 9, 3),
    g(
        "#00689D",
        "Frieden, Gerechtigkeit und starke Institutionen",
        "Peace, justice and strong institutions",
        10,
        2,
    ),
    g(
        "#19486A",
        "Partnerschaften zur Erreichung der Ziele",
        "Partnerships for the goals",
        19,
        0,
    ),
];

/// What an item names: a goal as a whole (`"4"`) or one of its targets
/// (`"4.1"`, `"4.a"`). Ordered as the UN lists them: numbered targets
/// before lettered ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sdg {
    pub goal: u8,
    /// None: the goal as a whole; 1.. numbered targets; 101.. `a`, `b` ….
    target: Option<u8>,
}

const LETTERED: u8 = 100;

impl Sdg {
    /// Reads `"4"`, `"4.1"` or `"4.a"` (any case, spaces around trimmed).
    /// Err: the goal's number when the goal exists but not the target.
    pub fn parse(code: &str) -> Result<Sdg, Option<u8>> {
        let code = code.trim().to_ascii_lowercase();
        let (goal, target) = match code.split_once('.') {
            Some((g, t)) => (g, Some(t)),
            None => (code.as_str(), None),
        };
        let goal: u8 = goal
            .parse()
            .ok()
            .filter(|g| (1..=17).contains(g))
            .ok_or(None)?;
        let info = &GOALS[usize::from(goal - 1)];
        let target = match target {
            None => None,
            Some(t) => Some(match t.parse::<u8>() {
                Ok(n) if (1..=info.numbered).contains(&n) && !t.starts_with('0') => n,
                Ok(_) => return Err(Some(goal)),
                Err(_) => match t.as_bytes() {
                    [c @ b'a'..=b'z'] if c - b'a' < info.lettered => LETTERED + 1 + (c - b'a'),
                    _ => return Err(Some(goal)),
                },
            }),
        };
        Ok(Sdg { goal, target })
    }

    pub fn info(self) -> &'static Goal {
        &GOALS[usize::from(self.goal - 1)]
    }

    /// The code as the UN writes it: `4`, `4.1`, `4.a`.
    pub fn code(self) -> String {
        match self.target {
            None => self.goal.to_string(),
            Some(t) if t > LETTERED => {
                format!("{}.{}", self.goal, char::from(b'a' + t - LETTERED - 1))
            }
            Some(t) => format!("{}.{t}", self.goal),
        }
    }

    pub fn is_target(self) -> bool {
        self.target.is_some()
    }

    /// The goal as a whole.
    pub fn whole(self) -> Sdg {
        Sdg {
            goal: self.goal,
            target: None,
        }
    }
}

impl Goal {
    /// The targets of the goal, as the hint for an unknown one says them:
    /// `4.1–4.7, 4.a–4.c`.
    pub fn range(&self, n: u8) -> String {
        let mut s = format!("{n}.1–{n}.{}", self.numbered);
        match self.lettered {
            0 => {}
            1 => s.push_str(&format!(", {n}.a")),
            l => s.push_str(&format!(", {n}.a–{n}.{}", char::from(b'a' + l - 1))),
        }
        s
    }

    pub fn title(&self, lang: crate::base::locale::Lang) -> &'static str {
        match lang {
            crate::base::locale::Lang::De => self.de,
            crate::base::locale::Lang::En => self.en,
        }
    }
}

impl Serialize for Sdg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::contrast::{Rgb, ratio};

    #[test]
    fn the_agenda_has_169_targets() {
        let n: u32 = GOALS
            .iter()
            .map(|g| u32::from(g.numbered) + u32::from(g.lettered))
            .sum();
        assert_eq!(n, 169);
    }

    #[test]
    fn codes_are_read_and_written_as_the_un_writes_them() {
        for code in ["4", "4.1", "4.7", "4.a", "4.c", "17.19", "16.10", "1.b"] {
            assert_eq!(Sdg::parse(code).unwrap().code(), code);
        }
        assert_eq!(Sdg::parse(" 4.A ").unwrap().code(), "4.a");
        // Goal 4 has 4.1–4.7 and 4.a–4.c; goal 17 no lettered target.
        assert_eq!(Sdg::parse("4.8"), Err(Some(4)));
        assert_eq!(Sdg::parse("4.d"), Err(Some(4)));
        assert_eq!(Sdg::parse("4.01"), Err(Some(4)));
        assert_eq!(Sdg::parse("17.a"), Err(Some(17)));
        assert_eq!(Sdg::parse("18"), Err(None));
        assert_eq!(Sdg::parse("0.1"), Err(None));
        assert_eq!(Sdg::parse("SDG 4"), Err(None));
        assert_eq!(GOALS[3].range(4), "4.1–4.7, 4.a–4.c");
        assert_eq!(GOALS[16].range(17), "17.1–17.19");
        assert_eq!(GOALS[0].range(1), "1.1–1.5, 1.a–1.b");
    }

    #[test]
    fn targets_sort_numbered_before_lettered() {
        let mut v: Vec<Sdg> = ["4.a", "4.10", "4", "4.2", "3.1"]
            .iter()
            .filter_map(|c| Sdg::parse(c).ok())
            .collect();
        v.sort();
        let codes: Vec<String> = v.iter().map(|s| s.code()).collect();
        assert_eq!(codes, ["3.1", "4", "4.2", "4.a"]);
    }

    /// Both themes' badges use the official colour and a text colour that
    /// reads on it at 4.5:1 (WCAG AA for small text).
    #[test]
    fn the_themes_badges_are_the_official_colours_and_readable() {
        for css in [
            include_str!("../../themes/default/static/style.css"),
            include_str!("../../themes/plain/static/plain.css"),
        ] {
            for (i, goal) in GOALS.iter().enumerate() {
                let rule = format!(".sdg-{} {{ background: {}; color: ", i + 1, goal.colour);
                let at = css.find(&rule).unwrap_or_else(|| panic!("no `{rule}`"));
                let text = &css[at + rule.len()..at + rule.len() + 7];
                let (bg, fg) = (Rgb::parse(goal.colour).unwrap(), Rgb::parse(text).unwrap());
                assert!(
                    ratio(bg, fg) >= 4.5,
                    "SDG {}: {text} on {}",
                    i + 1,
                    goal.colour
                );
            }
        }
    }
}

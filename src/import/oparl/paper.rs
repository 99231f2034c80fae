//! An OParl Paper (Drucksache, Vorlage) read into what a report keeps of
//! it: title, date, kind, reference, its addresses in the council system,
//! and the Beratungsfolge from its consultations, each with the committee
//! (the organisation's name), the meeting's date, the role and the agenda
//! item's result.

use serde_json::Value;

use crate::base::date::Date;
use crate::base::messages::Text;
use crate::base::text::forbidden;
use crate::base::urls::is_web_address;
use crate::base::vocab::Session;
use crate::import::oparl::client::{Client, Failure};
use crate::msg;

#[derive(Debug, Clone)]
pub struct CouncilPaper {
    /// The paper's OParl address (its `id`, when that is a web address).
    pub id: Option<String>,
    /// Its `name`; OParl recommends but does not require it.
    pub title: Option<String>,
    pub reference: Option<String>,
    pub date: Option<Date>,
    /// The paper type (`paperType`): Mitteilungsvorlage, Beschlussvorlage …
    pub kind: Option<String>,
    /// Its page in the council information system (`web`).
    pub web: Option<String>,
    /// Its main document (`mainFile.accessUrl`, else `downloadUrl`).
    pub file: Option<String>,
    pub sessions: Vec<Session>,
    /// Consultations left out, and why.
    pub skipped: Vec<Text>,
}

/// A non-empty string field on one line, without the characters a
/// portal may not hold (control and bidirectional characters), so that the
/// report written from it builds.
pub fn text(v: &Value, key: &str) -> Option<String> {
    let s = v.get(key)?.as_str()?;
    let s: String = s.chars().filter(|&c| !forbidden(c)).collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The addresses a field refers to: one address, a list of addresses, or
/// embedded objects (OParl 1.0 and 1.1 differ here).
fn links(v: &Value, key: &str) -> Vec<String> {
    let one = |x: &Value| match x {
        Value::String(s) => Some(s.clone()),
        Value::Object(_) => text(x, "id"),
        _ => None,
    };
    match v.get(key) {
        Some(Value::Array(items)) => items.iter().filter_map(one).collect(),
        Some(x) => one(x).into_iter().collect(),
        None => Vec::new(),
    }
}

/// The date of an OParl date or date-time (`2023-11-02T17:00:00+01:00`):
/// the day as written, in the council's own time zone.
fn date_of(v: &Value, key: &str) -> Option<Date> {
    Date::parse_iso(text(v, key)?.get(..10)?)
}

/// An address for readers; a blank in it (some council systems have them
/// in file names) written as `%20`, as a report's keys require.
fn web(v: &Value, key: &str) -> Option<String> {
    text(v, key)
        .map(|u| u.replace(' ', "%20"))
        .filter(|u| is_web_address(u))
}

/// Reads the paper and everything its consultations refer to.
pub fn read(client: &mut Client, paper: &Value) -> Result<CouncilPaper, Failure> {
    let id = web(paper, "id");
    let file = match links(paper, "mainFile").first() {
        Some(url) => {
            let f = client.object(url, &["File"])?;
            web(&f, "accessUrl").or_else(|| web(&f, "downloadUrl"))
        }
        None => None,
    };
    let mut sessions = Vec::new();
    let mut skipped = Vec::new();
    for url in links(paper, "consultation") {
        let c = client.object(&url, &["Consultation"])?;
        match session(client, &c)? {
            Ok(s) => sessions.push(s),
            Err(why) => skipped.push(msg!("oparl-skipped", url = url, why = why)),
        }
    }
    // Soonest first, undated (not yet scheduled) at the end, as written otherwise.
    sessions.sort_by_key(|s: &Session| (s.date.is_none(), s.date));
    Ok(CouncilPaper {
        title: text(paper, "name"),
        id,
        reference: text(paper, "reference"),
        date: date_of(paper, "date"),
        kind: text(paper, "paperType"),
        web: web(paper, "web"),
        file,
        sessions,
        skipped,
    })
}

/// One consultation as a session, or why it is left out.
fn session(client: &mut Client, c: &Value) -> Result<Result<Session, Text>, Failure> {
    let meeting = match links(c, "meeting").first() {
        Some(url) => Some(client.object(url, &["Meeting"])?),
        None => None,
    };
    if let Some(m) = &meeting
        && m.get("cancelled").and_then(Value::as_bool) == Some(true)
    {
        return Ok(Err(msg!("oparl-skip-cancelled")));
    }
    let mut orgs = links(c, "organization");
    if orgs.is_empty()
        && let Some(m) = &meeting
    {
        orgs = links(m, "organization");
    }
    let mut names = Vec::new();
    for url in &orgs {
        let o = client.object(url, &["Organization"])?;
        names.extend(text(&o, "name").or_else(|| text(&o, "shortName")));
    }
    let committee = if names.is_empty() {
        meeting.as_ref().and_then(|m| text(m, "name"))
    } else {
        Some(names.join(" / "))
    };
    let Some(committee) = committee else {
        return Ok(Err(msg!("oparl-skip-no-committee")));
    };
    let result = match links(c, "agendaItem").first() {
        Some(url) => text(&client.object(url, &["AgendaItem"])?, "result"),
        None => None,
    };
    Ok(Ok(Session {
        committee,
        date: meeting.as_ref().and_then(|m| date_of(m, "start")),
        role: text(c, "role"),
        result,
    }))
}

/// Whether two paper numbers are the same, whatever the spacing and case
/// (`WP 20-25  SV III/048` = `wp 20-25 sv iii/048`).
pub fn same_reference(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_match_across_spacing_and_case() {
        assert!(same_reference(
            "WP 20-25 SV III/048",
            " wp 20-25  sv iii/048 "
        ));
        assert!(!same_reference(
            "WP 20-25 SV III/048",
            "WP 20-25 SV III/049"
        ));
    }

    #[test]
    fn links_come_as_one_address_a_list_or_embedded_objects() {
        let v = serde_json::json!({
            "a": "https://x/1",
            "b": ["https://x/2", "https://x/3"],
            "c": [{ "id": "https://x/4", "type": "https://schema.oparl.org/1.1/Consultation" }],
        });
        assert_eq!(links(&v, "a"), ["https://x/1"]);
        assert_eq!(links(&v, "b"), ["https://x/2", "https://x/3"]);
        assert_eq!(links(&v, "c"), ["https://x/4"]);
        assert!(links(&v, "d").is_empty());
    }

    #[test]
    fn a_meeting_start_gives_the_day_in_the_council_time_zone() {
        let v = serde_json::json!({ "start": "2023-11-02T23:30:00+01:00", "bad": "2023-13-02" });
        assert_eq!(date_of(&v, "start"), Date::new(2023, 11, 2));
        assert_eq!(date_of(&v, "bad"), None);
    }
}

//! Reading OParl objects over HTTP: one GET per address (answers kept for
//! the run), objects embedded in an answer (a meeting's agenda items, a
//! paper's consultations) indexed by their `id` so they need no request of
//! their own, lists followed page by page along `links.next`. Every failure
//! is one [`Failure`] naming the address and what went wrong.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use serde_json::Value;

use crate::base::messages::Text;
use crate::msg;

/// Answers larger than this are refused: an OParl page of 100 papers is a
/// few hundred kilobytes.
const LIMIT: u64 = 64 * 1024 * 1024;

/// What went wrong at an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// No connection: refused, unknown host, TLS.
    Unreachable(String),
    /// No complete answer within the timeout.
    Timeout(u64),
    /// An HTTP status other than 200.
    Status(u16),
    /// The answer is not JSON (a web page, a file).
    NotJson(String),
    /// JSON that does not parse.
    InvalidJson(String),
    /// JSON, but not an OParl object of a known type.
    NotOparl,
    /// An OParl object of another type than expected.
    WrongType { found: String, expected: String },
    /// The object is marked as deleted in the council system.
    Deleted,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub url: String,
    pub problem: Problem,
}

impl Failure {
    /// What went wrong, as a message.
    pub fn text(&self) -> Text {
        let url = &self.url;
        match &self.problem {
            Problem::Unreachable(why) => msg!("oparl-unreachable", url = url, why = why),
            Problem::Timeout(s) => msg!("oparl-timeout", url = url, seconds = s),
            Problem::Status(404) => msg!("oparl-not-found", url = url),
            Problem::Status(code) => msg!("oparl-status", url = url, status = code),
            Problem::NotJson(ct) => msg!("oparl-not-json", url = url, what = ct),
            Problem::InvalidJson(why) => msg!("oparl-invalid-json", url = url, why = why),
            Problem::NotOparl => msg!("oparl-not-oparl", url = url),
            Problem::WrongType { found, expected } => {
                msg!(
                    "oparl-wrong-type",
                    url = url,
                    found = found,
                    expected = expected
                )
            }
            Problem::Deleted => msg!("oparl-deleted", url = url),
        }
    }
}

impl From<Failure> for Text {
    fn from(f: Failure) -> Text {
        f.text()
    }
}

impl Failure {
    fn at(url: &str, problem: Problem) -> Failure {
        Failure {
            url: url.to_string(),
            problem,
        }
    }
}

/// The OParl type of an object: the last part of its `type`
/// (`https://schema.oparl.org/1.1/Paper` → `Paper`, also for OParl 1.0).
pub fn oparl_type(v: &Value) -> Option<&str> {
    let t = v.get("type")?.as_str()?;
    if !t.contains("oparl.org") {
        return None;
    }
    t.trim_end_matches('/').rsplit('/').next()
}

pub struct Client {
    agent: ureq::Agent,
    timeout: u64,
    /// Answers and embedded objects by address.
    objects: HashMap<String, Value>,
    pub requests: usize,
    /// No network: only objects given to [`Client::remember`] (tests).
    offline: bool,
}

impl Client {
    pub fn new(timeout_secs: u64) -> Client {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(timeout_secs)))
            .timeout_connect(Some(Duration::from_secs(timeout_secs.min(10))))
            .http_status_as_error(false)
            .user_agent(concat!("klarsicht/", env!("CARGO_PKG_VERSION")))
            .build()
            .new_agent();
        Client {
            agent,
            timeout: timeout_secs,
            objects: HashMap::new(),
            requests: 0,
            offline: false,
        }
    }

    /// A client that answers only from the objects it is given.
    pub fn offline() -> Client {
        Client {
            offline: true,
            ..Client::new(1)
        }
    }

    /// The JSON at `url`, whatever it is.
    fn get(&mut self, url: &str) -> Result<Value, Failure> {
        self.requests += 1;
        let fail = |p| Failure::at(url, p);
        if self.offline {
            return Err(fail(Problem::Unreachable("offline".into())));
        }
        let mut resp = self
            .agent
            .get(url)
            .header("Accept", "application/json")
            .call()
            .map_err(|e| fail(self.problem(e)))?;
        let status = resp.status().as_u16();
        if status != 200 {
            return Err(fail(Problem::Status(status)));
        }
        let content_type = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        let bytes = resp
            .body_mut()
            .with_config()
            .limit(LIMIT)
            .read_to_vec()
            .map_err(|e| fail(self.problem(e)))?;
        let looks_json = bytes
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| *b == b'{' || *b == b'[');
        if !content_type.contains("json") && !looks_json {
            let what = content_type.split(';').next().unwrap_or("").trim();
            let what = if what.is_empty() {
                "of no stated type"
            } else {
                what
            };
            return Err(fail(Problem::NotJson(what.to_string())));
        }
        serde_json::from_slice(&bytes).map_err(|e| fail(Problem::InvalidJson(e.to_string())))
    }

    fn problem(&self, e: ureq::Error) -> Problem {
        match e {
            ureq::Error::Timeout(_) => Problem::Timeout(self.timeout),
            ureq::Error::StatusCode(code) => Problem::Status(code),
            ureq::Error::HostNotFound => Problem::Unreachable("host not found".into()),
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
                Problem::Timeout(self.timeout)
            }
            other => Problem::Unreachable(other.to_string()),
        }
    }

    /// The OParl object at `url`, which must be one of `types`; from the
    /// objects already read when it was embedded in one of them.
    pub fn object(&mut self, url: &str, types: &[&str]) -> Result<Value, Failure> {
        let v = match self.objects.get(url) {
            Some(v) => v.clone(),
            None => {
                let v = self.get(url)?;
                self.remember(&v);
                self.objects.insert(url.to_string(), v.clone());
                v
            }
        };
        let Some(found) = oparl_type(&v) else {
            return Err(Failure::at(url, Problem::NotOparl));
        };
        if !types.contains(&found) {
            return Err(Failure::at(
                url,
                Problem::WrongType {
                    found: found.to_string(),
                    expected: types.join(", "),
                },
            ));
        }
        if v.get("deleted").and_then(Value::as_bool) == Some(true) {
            return Err(Failure::at(url, Problem::Deleted));
        }
        Ok(v)
    }

    /// Every OParl object inside `v` with an `id`, kept under that id.
    pub fn remember(&mut self, v: &Value) {
        let children: Vec<&Value> = match v {
            Value::Object(map) => map.values().collect(),
            Value::Array(items) => items.iter().collect(),
            _ => return,
        };
        for child in children {
            if let Some(id) = child.get("id").and_then(Value::as_str)
                && oparl_type(child).is_some()
            {
                self.objects
                    .entry(id.to_string())
                    .or_insert_with(|| child.clone());
            }
            self.remember(child);
        }
    }

    /// Walks the list at `url` page by page (`links.next`), calling `visit`
    /// with each object of `data` until it returns true; returns how many
    /// it saw. A page seen before ends the walk (a server that links in a
    /// circle).
    pub fn find_in_list(
        &mut self,
        url: &str,
        mut visit: impl FnMut(&Value) -> bool,
        mut progress: impl FnMut(usize),
    ) -> Result<usize, Failure> {
        let mut next = Some(url.to_string());
        let mut seen = HashSet::new();
        let mut count = 0;
        while let Some(page_url) = next.take() {
            if !seen.insert(page_url.clone()) {
                break;
            }
            let page = self.get(&page_url)?;
            let Some(data) = page.get("data").and_then(Value::as_array) else {
                return Err(Failure::at(&page_url, Problem::NotOparl));
            };
            for item in data {
                count += 1;
                if visit(item) {
                    return Ok(count);
                }
            }
            progress(count);
            next = page
                .get("links")
                .and_then(|l| l.get("next"))
                .and_then(Value::as_str)
                .map(str::to_string);
        }
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_type_is_the_last_part_in_both_versions() {
        let v = |t: &str| serde_json::json!({ "type": t });
        assert_eq!(
            oparl_type(&v("https://schema.oparl.org/1.1/Paper")),
            Some("Paper")
        );
        assert_eq!(
            oparl_type(&v("http://oparl.org/schema/1.0/Consultation")),
            Some("Consultation")
        );
        assert_eq!(oparl_type(&v("https://schema.org/Thing")), None);
        assert_eq!(oparl_type(&serde_json::json!({ "name": "x" })), None);
    }
}

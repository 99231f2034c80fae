//! Live reload and the error overlay: an event stream the injected script
//! listens to. Only `serve` injects the script; `build` output never has it.

use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use axum::response::sse::{Event, KeepAlive, Sse};
use tokio::sync::broadcast;
use tokio_stream::{Stream, StreamExt, wrappers::BroadcastStream};

pub const SCRIPT_PATH: &str = "/__klarsicht/live.js";
pub const EVENTS_PATH: &str = "/__klarsicht/events";

/// What the open pages hear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Live {
    /// New output is being served.
    Reload(Changed),
    /// The last build failed: the overlay's heading, in the messages'
    /// language, and what the command line printed.
    Error { title: String, text: String },
}

/// What changed in the served folder. A page reloads when its own file is
/// among the paths: a page whose file is the same keeps its scroll position
/// and whatever the reader typed. A change to anything pages embed (styles,
/// scripts, images) reloads every page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changed {
    All,
    /// Output paths (`massnahmen/x/index.html`) written or removed.
    Files(Vec<String>),
}

/// Files a reader opens by themselves rather than through a page.
const DOCUMENTS: [&str; 10] = [
    ".html", ".csv", ".xlsx", ".json", ".jsonld", ".xml", ".txt", ".ics", ".zip", ".pdf",
];

impl Changed {
    pub fn of(paths: Vec<String>) -> Changed {
        if paths
            .iter()
            .all(|p| DOCUMENTS.iter().any(|ext| p.ends_with(ext)))
        {
            Changed::Files(paths)
        } else {
            Changed::All
        }
    }
}

/// Shared between the builder and the HTTP handlers.
pub struct State {
    pub tx: broadcast::Sender<Live>,
    /// The error of the last build, for pages that connect after it.
    pub error: Mutex<Option<Live>>,
}

impl State {
    pub fn new() -> Arc<State> {
        Arc::new(State {
            tx: broadcast::channel(16).0,
            error: Mutex::new(None),
        })
    }

    pub fn publish(&self, live: Live) {
        *self.error.lock().expect("no panics while held") = match &live {
            Live::Error { .. } => Some(live.clone()),
            Live::Reload(_) => None,
        };
        let _ = self.tx.send(live);
    }
}

fn event(live: &Live) -> Event {
    match live {
        Live::Reload(Changed::All) => Event::default().event("reload").data("{\"all\":true}"),
        Live::Reload(Changed::Files(paths)) => Event::default()
            .event("reload")
            .data(serde_json::json!({ "files": paths }).to_string()),
        Live::Error { title, text } => Event::default()
            .event("failed")
            .data(serde_json::json!({ "title": title, "text": text }).to_string()),
    }
}

/// The stream one page listens to: the current error first, if any.
pub fn stream(state: &State) -> Sse<impl Stream<Item = Result<Event, Infallible>> + use<>> {
    let rx = state.tx.subscribe();
    let first = state.error.lock().expect("no panics while held").clone();
    let hello = Event::default().event("hello").data("klarsicht");
    let head = tokio_stream::iter(
        std::iter::once(hello)
            .chain(first.as_ref().map(event))
            .map(Ok)
            .collect::<Vec<_>>(),
    );
    let rest = BroadcastStream::new(rx).filter_map(|m| m.ok().map(|l| Ok(event(&l))));
    Sse::new(head.chain(rest)).keep_alive(KeepAlive::default())
}

/// Adds the live script before `</body>` (or at the end).
pub fn inject(html: &str) -> String {
    let tag = format!("<script src=\"{SCRIPT_PATH}\"></script>");
    match html.rfind("</body>") {
        Some(i) => format!("{}{tag}{}", &html[..i], &html[i..]),
        None => format!("{html}{tag}"),
    }
}

/// Reloads when the page's file (or something every page uses) changed;
/// shows the build's messages over the page on an error (the last good build
/// stays underneath) until a good build reloads it.
pub const SCRIPT: &str = include_str!("live.js");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_goes_before_the_body_end() {
        assert_eq!(
            inject("<html><body><p>x</p></body></html>"),
            "<html><body><p>x</p><script src=\"/__klarsicht/live.js\"></script></body></html>"
        );
        assert_eq!(
            inject("<p>no body</p>"),
            "<p>no body</p><script src=\"/__klarsicht/live.js\"></script>"
        );
    }

    #[test]
    fn the_current_error_is_kept_until_a_good_build() {
        let s = State::new();
        let failed = Live::Error {
            title: "t".into(),
            text: "a.md:1:1: error: x".into(),
        };
        s.publish(failed.clone());
        assert_eq!(*s.error.lock().unwrap(), Some(failed));
        s.publish(Live::Reload(Changed::All));
        assert_eq!(*s.error.lock().unwrap(), None);
    }

    #[test]
    fn pages_and_downloads_are_named_anything_else_reloads_all() {
        let files = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            Changed::of(files(&[
                "massnahmen/a/index.html",
                "daten/portal.json",
                "daten/portal.pdf",
                "haushalt/by-year.csv"
            ])),
            Changed::Files(files(&[
                "massnahmen/a/index.html",
                "daten/portal.json",
                "daten/portal.pdf",
                "haushalt/by-year.csv"
            ]))
        );
        assert_eq!(
            Changed::of(files(&["massnahmen/a/index.html", "assets/style.css"])),
            Changed::All
        );
        assert_eq!(Changed::of(files(&["logo.svg"])), Changed::All);
        let ev = |c: Changed| format!("{:?}", event(&Live::Reload(c)));
        assert!(
            ev(Changed::All).contains(r#"{\"all\":true}"#),
            "{}",
            ev(Changed::All)
        );
        assert!(
            ev(Changed::of(files(&["a/index.html"]))).contains(r#"{\"files\":[\"a/index.html\"]}"#)
        );
    }
}

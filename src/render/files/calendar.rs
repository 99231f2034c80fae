//! The committee calendar: every session on or after the build date from the
//! reports' `[[sessions]]` (the Beratungsfolge), as an iCalendar file readers
//! can subscribe to. Written with the `ics` crate, which folds and escapes.

use ics::properties::{Categories, Description, DtStart, Summary, URL};
use ics::{Event, ICalendar, escape_text};

use crate::base::date::Date;
use crate::base::vocab::Kind;
use crate::model::schedule::Upcoming;
use crate::render::OutputFile;
use crate::render::files::feeds::absolute;
use crate::render::pages::context::RenderContext;

/// TEXT values may hold no control characters but tab and line break.
fn text(s: &str) -> String {
    let clean: String = s
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    escape_text(clean).into_owned()
}

fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// Who the UIDs belong to: the host of `base_url`, else the site's title as a slug.
fn uid_domain(ctx: &RenderContext) -> String {
    match &ctx.site.config.base_url {
        Some(url) => url
            .split("://")
            .nth(1)
            .unwrap_or(url)
            .trim_end_matches('/')
            .replace('/', "."),
        None => format!(
            "{}.klarsicht",
            crate::base::slug::slugify(&ctx.site.config.title)
        ),
    }
}

pub fn calendar(ctx: &RenderContext) -> String {
    let site = ctx.site;
    let mut cal = ICalendar::new("2.0", "-//klarsicht//klarsicht//DE");
    let name = format!("{} – {}", ctx.text("sessions_calendar"), site.config.title);
    cal.push(ics::properties::Name::new(text(&name)));
    cal.push(ics::components::Property::new("X-WR-CALNAME", text(&name)));
    let domain = uid_domain(ctx);
    for &Upcoming {
        date,
        report: ri,
        session: si,
    } in &site.upcoming_sessions
    {
        let r = &site.reports[ri];
        let s = &r.item.data.sessions[si];
        // Stable across builds: the report and the session's place in it.
        let uid = format!("{}-{}-{}@{domain}", r.item.slug, si + 1, compact(date));
        // "Last revised" is the report's date, so an unchanged portal
        // writes the same file every day.
        let stamp = format!("{}T000000Z", compact(r.item.data.date));
        let mut event = Event::new(uid, stamp);
        let mut start = DtStart::new(compact(date));
        start.add(ics::parameters::Value::DATE);
        event.push(start);
        event.push(Summary::new(text(&format!(
            "{}: {}",
            s.committee, r.item.title
        ))));
        let mut about = Vec::new();
        if let Some(role) = &s.role {
            about.push(role.clone());
        }
        if let Some(reference) = &r.item.data.reference {
            about.push(reference.clone());
        }
        let url = absolute(ctx, &ctx.href(Kind::Report, &r.item.slug));
        about.push(url.clone());
        event.push(Description::new(text(&about.join("\n"))));
        if let Some(role) = &s.role {
            event.push(Categories::new(text(role)));
        }
        if site.config.base_url.is_some() {
            event.push(URL::new(url));
        }
        cal.add_event(event);
    }
    cal.to_string()
}

pub fn files(ctx: &RenderContext) -> Vec<OutputFile> {
    vec![OutputFile::bytes(
        ctx.words.calendar(),
        calendar(ctx).into_bytes(),
    )]
}

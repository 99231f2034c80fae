//! The content contract as data: every key of every kind's front matter and
//! of site.toml, its type and whether it is required. The loaders check
//! keys against these lists, and the JSON Schemas for editors
//! (`schema/{de,en}/`, `klarsicht init`) are made from them with the
//! descriptions of the message catalogue, so the three cannot drift.

use crate::base::vocab::{Kind, Periodicity, Status};

/// What a key holds.
#[derive(Debug, Clone, Copy)]
pub enum Ty {
    Text,
    /// Lowercase a-z, 0-9 and -.
    Slug,
    /// A TOML date, or in quotes `2025-06-30` / `30.06.2025`.
    Date,
    /// 1900 to 2200.
    Year,
    Integer(i64, i64),
    /// 0 to 100, or `"95 %"`.
    Percent,
    Number,
    /// `50000`, `48250.5` or `"48250.50"`.
    Amount,
    /// An amount of 0 or more (a plan).
    PlanAmount,
    Bool,
    /// true, false or a date.
    FlagOrDate,
    /// One of these keys, or of the words read as them (German ones).
    Words(&'static [&'static str], &'static [&'static str]),
    /// The slug of an item of this kind.
    Ref(Kind),
    /// Slugs of items of this kind.
    Refs(Kind),
    /// An http(s) address.
    Address,
    /// A list of strings.
    List,
    Table(&'static str, &'static [Field]),
    Tables(&'static str, &'static [Field]),
    StringsOrTables(&'static str, &'static [Field]),
    /// A word, or a table with these keys (`license`).
    TextOrTable(&'static str, &'static [Field]),
}

#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub key: &'static str,
    pub ty: Ty,
    pub required: bool,
}

const fn f(key: &'static str, ty: Ty) -> Field {
    Field {
        key,
        ty,
        required: false,
    }
}

const fn req(key: &'static str, ty: Ty) -> Field {
    Field {
        key,
        ty,
        required: true,
    }
}

use Ty::*;

/// The status keys and the German words read as them.
const STATUS: Ty = Words(&Status::KEYS, &Status::GERMAN);

pub const COMMON: &[Field] = &[
    req("title", Text),
    f("slug", Slug),
    f("draft", Bool),
    f("publish", Date),
    f("aliases", List),
    f("attachments", Tables("attachment", ATTACHMENT)),
    f("tags", List),
];

/// A file of the item's bundle with the title its list shows.
pub const ATTACHMENT: &[Field] = &[req("file", Text), req("title", Text)];

pub const CONTACT: &[Field] = &[
    f("name", Text),
    f("unit", Text),
    f("email", Text),
    f("phone", Text),
];

pub const STRATEGY: &[Field] = &[req("title", Text), f("text", Text)];

pub const GOAL: &[Field] = &[
    f("number", Integer(0, i64::MAX)),
    f("summary", Text),
    f("owner", Text),
    f("contact", Table("contact", CONTACT)),
    f("strategies", StringsOrTables("strategy", STRATEGY)),
    f("sdg", List),
];

pub const MILESTONE: &[Field] = &[
    req("title", Text),
    f("due", Date),
    f("done", FlagOrDate),
    f("replanned_from", Date),
];

pub const BUDGET_LINE: &[Field] = &[
    req("year", Year),
    req("planned", PlanAmount),
    f("revised", PlanAmount),
    f("actual", Amount),
    f(
        "kind",
        Words(
            &["expense", "income"],
            &["Aufwand", "Auszahlung", "Ertrag", "Einzahlung"],
        ),
    ),
    f("product", Text),
    f("label", Text),
    f("reference", Text),
];

pub const MEASURE: &[Field] = &[
    req("goals", Refs(Kind::Goal)),
    req("status", STATUS),
    f("progress", Percent),
    f("owner", Text),
    f("partners", List),
    f("start", Date),
    f("end", Date),
    f("updated", Date),
    f("milestones", Tables("milestone", MILESTONE)),
    f("budget", Tables("budget", BUDGET_LINE)),
    f("summary", Text),
    f("status_note", Text),
    f("strategies", List),
    f("indicators", Refs(Kind::Indicator)),
    f("sdg", List),
    f("districts", List),
    f("contact", Table("contact", CONTACT)),
];

pub const SESSION: &[Field] = &[
    req("committee", Text),
    f("date", Date),
    f("role", Text),
    f("result", Text),
];

pub const UPDATE: &[Field] = &[
    req("measure", Ref(Kind::Measure)),
    f("status", STATUS),
    f("progress", Percent),
    f("note", Text),
];

pub const REPORT: &[Field] = &[
    req("date", Date),
    f("kind", Text),
    f("reference", Text),
    f("summary", Text),
    f("goals", Refs(Kind::Goal)),
    f("measures", Refs(Kind::Measure)),
    f("districts", List),
    f("sessions", Tables("session", SESSION)),
    f("updates", Tables("update", UPDATE)),
    f("council_url", Address),
    f("council_file", Address),
    f("oparl", Address),
];

pub const POINT: &[Field] = &[req("year", Year), req("value", Number)];

/// A series to compare an indicator with (the Land, similar cities).
pub const COMPARE: &[Field] = &[
    req("label", Text),
    f("values", Tables("point", POINT)),
    f("data", Text),
    f("sheet", Text),
    f("source", Text),
];

pub const COMPARE_TEXT: &[Field] = &[req("label", Text), f("source", Text)];

pub const INDICATOR: &[Field] = &[
    f("unit", Text),
    f("summary", Text),
    f("goals", Refs(Kind::Goal)),
    f(
        "direction",
        Words(&["increase", "decrease"], &["steigend", "fallend"]),
    ),
    f("baseline", Table("point", POINT)),
    f("target", Table("point", POINT)),
    f("values", Tables("point", POINT)),
    f("data", Text),
    f("sheet", Text),
    f("source", Text),
    f("source_url", Address),
    f("definition", Text),
    f("numerator", Text),
    f("denominator", Text),
    f("method", Text),
    f(
        "periodicity",
        Words(&Periodicity::KEYS, &Periodicity::GERMAN),
    ),
    f("next_update", Date),
    f("compare", Tables("compare", COMPARE)),
    f("sdg", List),
    f("contact", Table("contact", CONTACT)),
];

pub const PAGE: &[Field] = &[f("description", Text)];

pub const ORGANISATION: &[Field] = &[f("name", Text), f("logo", Text), f("imprint", Text)];

pub const MENU: &[Field] = &[req("title", Text), f("page", Text), f("url", Text)];

pub const ACCESSIBILITY: &[Field] = &[
    req("status", Words(&["full", "partial", "none"], &[])),
    req("evaluated", Date),
    f("method", Text),
    f("barriers", List),
    req("contact", Text),
    f("enforcement", Text),
    f("enforcement_url", Address),
    f("sign_language_video", Text),
];

pub const COLORS: &[Field] = &[f("brand", Text), f("brand_dark", Text)];

pub const LICENSE: &[Field] = &[req("name", Text), req("url", Address)];

/// `[cms]`: the form editor (`klarsicht cms`) and the Git service it saves to.
pub const CMS: &[Field] = &[
    f("publish", Bool),
    f("backend", Words(&["github", "gitlab", "gitea"], &[])),
    f("repo", Text),
    f("branch", Text),
    f("api_root", Address),
    f("base_url", Address),
    f("auth_endpoint", Text),
    f("app_id", Text),
    f("local_backend", Address),
];

/// `[lang]`: a table of texts per language code.
pub const LANG_BY_CODE: &[Field] = &[
    f("de", Table("lang-texts", LANG_TEXTS)),
    f("en", Table("lang-texts", LANG_TEXTS)),
];

/// `[lang.<code>]`: site.toml's texts in a language besides the first
/// (`[lang.en]`); `menu` gives the `[[menu]]` titles in order.
pub const LANG_TEXTS: &[Field] = &[
    req("title", Text),
    f("description", Text),
    f("organisation", Text),
    f("menu", List),
    f("accessibility", Table("accessibility", ACCESSIBILITY_TEXT)),
];

/// `[lang.<code>.accessibility]`: the statement's texts.
pub const ACCESSIBILITY_TEXT: &[Field] = &[
    f("method", Text),
    f("barriers", List),
    f("enforcement", Text),
];

pub const SITE: &[Field] = &[
    f("population", Integer(1, 1_000_000_000)),
    f("page_size", Integer(10, 1000)),
    req("title", Text),
    f("description", Text),
    f("base_url", Address),
    f("language", Words(&["de", "en"], &[])),
    f("languages", List),
    f("lang", Table("lang", LANG_BY_CODE)),
    f("theme", Text),
    f("currency", Text),
    f("progress_weighting", Words(&["equal", "budget"], &[])),
    f("district_shading", Words(&["measures", "budget"], &[])),
    f("organisation", Table("organisation", ORGANISATION)),
    f("menu", Tables("menu", MENU)),
    f("accessibility", Table("accessibility", ACCESSIBILITY)),
    f("colors", Table("colors", COLORS)),
    f("license", TextOrTable("license", LICENSE)),
    f("safe_html", Bool),
    f("history", Bool),
    f("pdf", Bool),
    f("cms", Table("cms", CMS)),
];

/// A translation's keys (`<name>.en.md`): the texts, and nothing the
/// languages share. Its lists hold one entry per entry of the original's,
/// in the same order.
pub const TRANSLATION: &[Field] = &[
    req("title", Text),
    f("attachments", Tables("attachment", ATTACHMENT_TEXT)),
    f("tags", List),
];

pub const ATTACHMENT_TEXT: &[Field] = &[req("title", Text)];

pub const STRATEGY_TEXT: &[Field] = &[req("title", Text), f("text", Text)];
pub const MILESTONE_TEXT: &[Field] = &[req("title", Text)];
pub const BUDGET_TEXT: &[Field] = &[f("label", Text)];
pub const SESSION_TEXT: &[Field] = &[req("committee", Text), f("role", Text), f("result", Text)];
pub const UPDATE_TEXT: &[Field] = &[f("note", Text)];

/// A kind's keys in a translation (besides `TRANSLATION`).
pub fn translated(kind: Kind) -> &'static [Field] {
    const GOAL_T: &[Field] = &[
        f("summary", Text),
        f("strategies", StringsOrTables("strategy", STRATEGY_TEXT)),
    ];
    const MEASURE_T: &[Field] = &[
        f("summary", Text),
        f("status_note", Text),
        f("milestones", Tables("milestone", MILESTONE_TEXT)),
        f("budget", Tables("budget", BUDGET_TEXT)),
    ];
    const REPORT_T: &[Field] = &[
        f("summary", Text),
        f("kind", Text),
        f("sessions", Tables("session", SESSION_TEXT)),
        f("updates", Tables("update", UPDATE_TEXT)),
    ];
    const INDICATOR_T: &[Field] = &[
        f("summary", Text),
        f("unit", Text),
        f("source", Text),
        f("definition", Text),
        f("numerator", Text),
        f("denominator", Text),
        f("method", Text),
        f("compare", Tables("compare", COMPARE_TEXT)),
    ];
    const PAGE_T: &[Field] = &[f("description", Text)];
    match kind {
        Kind::Goal => GOAL_T,
        Kind::Measure => MEASURE_T,
        Kind::Report => REPORT_T,
        Kind::Indicator => INDICATOR_T,
        Kind::Page => PAGE_T,
    }
}

/// The keys a translation may hold.
pub fn translation_keys(kind: Kind) -> Vec<&'static str> {
    keys(TRANSLATION)
        .into_iter()
        .chain(keys(translated(kind)))
        .collect()
}

/// The keys of an original that its translations may not hold: the
/// figures, dates, statuses and references every language shows alike.
pub fn shared_keys(kind: Kind) -> Vec<&'static str> {
    let own = translation_keys(kind);
    item_keys(kind)
        .into_iter()
        .filter(|k| !own.contains(k))
        .collect()
}

/// Within a translation's list entries: the original's keys the entry
/// may not hold (a milestone's `due`, a budget line's amounts).
pub fn shared_in(all: &[Field], texts: &[Field]) -> Vec<&'static str> {
    let own = keys(texts);
    keys(all).into_iter().filter(|k| !own.contains(k)).collect()
}

/// A kind's own keys (besides `COMMON`).
pub fn of(kind: Kind) -> &'static [Field] {
    match kind {
        Kind::Goal => GOAL,
        Kind::Measure => MEASURE,
        Kind::Report => REPORT,
        Kind::Indicator => INDICATOR,
        Kind::Page => PAGE,
    }
}

/// The names of `fields`, for `Table::check_known`.
pub fn keys(fields: &[Field]) -> Vec<&'static str> {
    fields.iter().map(|f| f.key).collect()
}

/// The keys a kind's front matter may hold: the common ones and its own.
pub fn item_keys(kind: Kind) -> Vec<&'static str> {
    keys(COMMON).into_iter().chain(keys(of(kind))).collect()
}

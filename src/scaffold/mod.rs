//! `klarsicht init` and `klarsicht new`: files with the right front matter,
//! which build at once: a measure's goal must exist, an indicator says
//! which way is better.

pub mod budget;
pub mod lookup;

use std::path::{Path, PathBuf};

use crate::base::date::Date;
use crate::base::fsutil;
use crate::base::locale::Lang;
use crate::base::messages::Text;
use crate::base::slug::slugify;
use crate::base::vocab::{Direction, Kind};
use crate::msg;

/// TOML basic string with escapes, so any title is safe in front matter.
fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

const INIT_FILES: &[(&str, &str)] = &[
    (
        "site.toml",
        "#:schema .schema/site.schema.json\ntitle = \"Transparenzportal Musterstadt\"\ndescription = \"Ziele, Maßnahmen und Haushalt der Stadt Musterstadt\"\nlanguage = \"de\"\ncurrency = \"EUR\"\n\n[organisation]\nname = \"Stadt Musterstadt\"\nimprint = \"impressum\"\n\n# The accessibility statement (Erklärung zur Barrierefreiheit): fill in and\n# remove the # signs; see docs/content-format.md.\n# [accessibility]\n# status = \"partial\"        # full, partial or none\n# evaluated = 2025-01-31\n# barriers = [\"…\"]\n# contact = \"barrierefreiheit@musterstadt.de\"\n",
    ),
    (
        "content/_index.md",
        "Willkommen im Transparenzportal. Hier sehen Sie unsere Ziele, was wir dafür tun und was es kostet.\n",
    ),
    (
        "content/goals/beispielziel.md",
        "+++\n#:schema ../../.schema/goal.schema.json\ntitle = \"Beispielziel\"\nnumber = 1\nsummary = \"Eine Zeile, die das Ziel zusammenfasst\"\nstrategies = [\"Was das Ziel praktisch bedeutet\"]\n+++\n\nBeschreiben Sie hier das Ziel.\n",
    ),
    (
        "content/measures/beispielmassnahme.md",
        "+++\n#:schema ../../.schema/measure.schema.json\ntitle = \"Beispielmaßnahme\"\ngoals = [\"beispielziel\"]\nstatus = \"in_progress\"\nprogress = 25\nowner = \"Hauptamt\"\n\n[[budget]]\nyear = 2025\nplanned = 10000\nactual = 2500\n+++\n\nBeschreiben Sie hier die Maßnahme.\n",
    ),
    (
        "content/pages/impressum.md",
        "+++\n#:schema ../../.schema/page.schema.json\ntitle = \"Impressum\"\n+++\n\nAngaben gemäß § 5 DDG.\n",
    ),
];

pub fn init(dir: &Path) -> Result<Vec<PathBuf>, Text> {
    if dir.join("site.toml").exists() {
        return Err(msg!("init-exists", dir = dir.display()));
    }
    let mut written = Vec::new();
    for (rel, text) in INIT_FILES {
        let path = dir.join(rel);
        fsutil::write(&path, text.as_bytes())?;
        written.push(path);
    }
    fsutil::create_dir_all(&dir.join("static"))?;
    fsutil::create_dir_all(&dir.join("data"))?;
    written.extend(write_schemas(dir, Lang::De)?);
    // The form editor, for the press office from the first day.
    let mut d = crate::base::diagnostics::Diagnostics::new();
    let site = crate::load::site::read(dir, &mut d);
    debug_assert!(!d.has_errors(), "init's site.toml loads");
    written.extend(crate::cms::write(dir, &site)?);
    Ok(written)
}

/// The folder of the editors' schemas in a portal.
pub const SCHEMA_DIR: &str = ".schema";

/// Writes the JSON Schemas the `#:schema` lines name into the portal's
/// `.schema/`, in its language, anew (they belong to this klarsicht).
pub fn write_schemas(root: &Path, lang: Lang) -> Result<Vec<PathBuf>, Text> {
    let mut out = Vec::new();
    for (name, text) in crate::schema::files(lang) {
        let path = root.join(SCHEMA_DIR).join(name);
        fsutil::write(&path, text.as_bytes())?;
        out.push(path);
    }
    Ok(out)
}

/// The `#:schema` line of a content file of `kind` in `content/<folder>/`.
fn schema_line(kind: Kind) -> String {
    format!("#:schema ../../{SCHEMA_DIR}/{}.schema.json\n", kind.name())
}

/// What `new` is asked for.
pub struct NewItem<'a> {
    pub kind: Kind,
    pub title: &'a str,
    /// A goal's slug or title.
    pub goal: Option<&'a str>,
    /// An indicator's direction: increase/decrease, steigend/fallend.
    pub direction: Option<&'a str>,
}

/// The front matter and body of a new item, starting with its `#:schema`
/// line; `goal` is a goal's slug and `direction` the indicator's key.
pub fn template(
    kind: Kind,
    title: &str,
    goal: Option<&str>,
    direction: &str,
    today: Date,
) -> String {
    // The line editors' tools find the schema by, then the title.
    let head = format!("+++\n{}title = {}\n", schema_line(kind), toml_str(title));
    let goals = goal
        .map(|g| format!("[{}]", toml_str(g)))
        .unwrap_or_else(|| "[]".into());
    match kind {
        Kind::Goal => {
            format!("{head}summary = \"\"\nowner = \"\"\nstrategies = []\n+++\n\n")
        }
        Kind::Measure => format!(
            "{head}goals = {goals}\nstatus = \"planned\"\nowner = \"\"\nupdated = {today}\n\n# [[milestones]]\n# title = \"\"\n# due = {today}\n# done = false\n\n# [[budget]]\n# year = {}\n# planned = 0\n+++\n\n",
            today.year
        ),
        Kind::Report => format!(
            "{head}date = {today}\nkind = \"Sachstandsbericht\"\ngoals = {goals}\nmeasures = []\n\n# [[sessions]]\n# committee = \"\"\n# date = {today}\n# role = \"Kenntnisnahme\"\n\n# [[updates]]\n# measure = \"\"\n# status = \"in_progress\"\n# progress = 0\n# note = \"\"\n+++\n\n"
        ),
        Kind::Indicator => format!(
            "{head}unit = \"\"\ngoals = {goals}\ndirection = \"{direction}\"\nsource = \"\"\n# baseline = {{ year = {y}, value = 0 }}\n# target = {{ year = {y}, value = 0 }}\nvalues = []\n+++\n\n",
            y = today.year
        ),
        Kind::Page => format!("{head}+++\n\n"),
    }
}

/// Refuses a folder that holds no portal.
pub fn check_portal(root: &Path) -> Result<(), Text> {
    if root.join("site.toml").is_file() {
        Ok(())
    } else {
        Err(msg!("new-not-a-portal", dir = root.display()))
    }
}

pub fn new_item(root: &Path, item: &NewItem, today: Date) -> Result<PathBuf, Text> {
    check_portal(root)?;
    let (kind, title) = (item.kind, item.title);
    let goal = lookup::goal(root, item.goal, kind == Kind::Measure)?;
    let direction = match (kind, item.direction) {
        (Kind::Indicator, None) => return Err(msg!("new-needs-direction")),
        (_, None) => Direction::Increase,
        (_, Some(d)) => {
            Direction::from_word(d).ok_or_else(|| msg!("new-bad-direction", value = d))?
        }
    };
    let direction = match direction {
        Direction::Increase => "increase",
        Direction::Decrease => "decrease",
    };
    let slug = slugify(title);
    if slug.is_empty() {
        return Err(msg!("new-no-slug", title = title));
    }
    let path = root
        .join("content")
        .join(kind.folder())
        .join(format!("{slug}.md"));
    if path.exists()
        || root
            .join("content")
            .join(kind.folder())
            .join(&slug)
            .exists()
    {
        return Err(msg!("new-exists", path = path.display()));
    }
    let text = template(kind, title, goal.as_deref(), direction, today);
    fsutil::write(&path, text.as_bytes())?;
    let lang = crate::load::site::portal_language(root).unwrap_or(Lang::De);
    write_schemas(root, lang)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_escaped_in_front_matter() {
        let title = "Ein \"Ziel\"\nmit Zeilen";
        let t = template(
            Kind::Goal,
            title,
            None,
            "increase",
            Date::new(2025, 1, 2).unwrap(),
        );
        let front = crate::load::frontmatter::split(&t).unwrap().front;
        let table: toml::Table = toml::from_str(front).unwrap();
        assert_eq!(table["title"].as_str(), Some(title));
        let m = template(
            Kind::Measure,
            "M",
            Some("teilhabe"),
            "increase",
            Date::new(2025, 1, 2).unwrap(),
        );
        assert!(m.contains("goals = [\"teilhabe\"]\n") && m.contains("updated = 2025-01-02\n"));
    }
}

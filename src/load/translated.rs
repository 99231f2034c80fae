//! A language's sources: the default's, with each item's texts taken from
//! its translation into that language where there is one. Everything else
//! (figures, dates, statuses, references, slugs) stays the original's, so
//! every language computes the same numbers.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use super::records::*;
use super::translation::{Listed, TextsSrc};
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::locale::Lang;
use crate::msg;

type Translation = Shared<TextsSrc>;

/// Checks every translation against the portal: its language is one of
/// the portal's others, and its original exists.
pub fn check(root: &Path, sources: &Sources, languages: &[Lang], d: &mut Diagnostics) {
    for t in &sources.translations {
        let code = t.data.lang.code();
        let original = t.data.original.display();
        if t.data.lang == languages[0] {
            d.push(
                Diagnostic::error(
                    &t.file,
                    Loc::START,
                    msg!("translation-into-default", code = code),
                )
                .with_hint(msg!("hint-translation-into-default", original = original)),
            );
        } else if !languages.contains(&t.data.lang) {
            d.push(
                Diagnostic::error(
                    &t.file,
                    Loc::START,
                    msg!("translation-language-not-in-portal", code = code),
                )
                .with_hint(msg!("hint-translation-language-not-in-portal", code = code)),
            );
        } else if !root.join(&t.data.original).is_file() {
            d.push(
                Diagnostic::error(
                    &t.file,
                    Loc::START,
                    msg!("translation-without-original", original = original),
                )
                .with_hint(msg!(
                    "hint-translation-without-original",
                    original = original
                )),
            );
        }
    }
}

/// Checks every version in Leichte Sprache: of a goal or a measure that
/// exists, in a portal with German pages (where the page in Leichte
/// Sprache is).
pub fn check_easy_reading(root: &Path, sources: &Sources, languages: &[Lang], d: &mut Diagnostics) {
    use crate::base::vocab::Kind;
    for e in &sources.easy_reading {
        let original = e.data.original.display();
        let problem = if !matches!(e.data.kind, Kind::Goal | Kind::Measure) {
            Some((
                msg!("easy-reading-kind", kind = e.data.kind.name()),
                msg!("hint-easy-reading-kind"),
            ))
        } else if !root.join(&e.data.original).is_file() {
            Some((
                msg!("easy-reading-without-original", original = original),
                msg!("hint-translation-without-original", original = original),
            ))
        } else if !languages.contains(&Lang::De) {
            Some((
                msg!("easy-reading-no-german"),
                msg!("hint-easy-reading-no-german"),
            ))
        } else {
            None
        };
        if let Some((message, hint)) = problem {
            d.push(Diagnostic::error(&e.file, Loc::START, message).with_hint(hint));
        }
    }
}

/// The sources as the pages in `lang` show them. Problems of the
/// translations into `lang` (lists of another length, texts left out)
/// go to `d`: each language is made once per build.
pub fn for_language(sources: &Sources, lang: Lang, d: &mut Diagnostics) -> Sources {
    let by_original: HashMap<&Path, &Translation> = sources
        .translations
        .iter()
        .filter(|t| t.data.lang == lang)
        .map(|t| (t.data.original.as_path(), t))
        .collect();
    let mut out = sources.clone();
    fn each<T: Clone>(
        items: &mut [Shared<T>],
        by_original: &HashMap<&Path, &Translation>,
        d: &mut Diagnostics,
        apply: fn(&mut Item<T>, &TextsSrc, &Check, &mut Diagnostics),
    ) {
        for item in items {
            if let Some(t) = by_original.get(item.file.as_path()) {
                let mut x = Item::clone(item);
                common(&mut x, t);
                let check = Check {
                    file: &t.file,
                    original: &item.file,
                };
                apply(&mut x, &t.data, &check, d);
                let n = x.attachments.len();
                if let Some(list) = check.list("attachments", &t.data.attachments, n, d) {
                    for (a, title) in x.attachments.iter_mut().zip(list) {
                        a.title = title.clone();
                    }
                }
                // The names change; the slugs (the topics' addresses) stay.
                let n = x.tags.len();
                if let Some(list) = check.list("tags", &t.data.tags, n, d) {
                    for (tag, name) in x.tags.iter_mut().zip(list) {
                        tag.name = name.clone();
                    }
                }
                *item = Arc::new(x);
            }
        }
    }
    each(&mut out.goals, &by_original, d, goal);
    each(&mut out.measures, &by_original, d, measure);
    each(&mut out.reports, &by_original, d, report);
    each(&mut out.indicators, &by_original, d, indicator);
    each(&mut out.pages, &by_original, d, page);
    if let Some((_, intro)) = sources.home_translations.iter().find(|(l, _)| *l == lang) {
        let mut x = Item::clone(intro);
        x.translation = Some(intro.file.clone());
        out.home_intro = Some(Arc::new(x));
    }
    out
}

/// The translation's title and body, and where they come from.
fn common<T>(x: &mut Item<T>, t: &Translation) {
    x.title = t.title.clone();
    x.body = t.body.clone();
    x.body_line = t.body_line;
    x.translation = Some(t.file.clone());
}

/// Where a translation's problems are reported, and the original it names.
struct Check<'a> {
    file: &'a Path,
    original: &'a Path,
}

impl Check<'_> {
    /// The translated text, or the original's with a warning when the
    /// original has one and the translation does not.
    fn text(
        &self,
        key: &str,
        ours: &Option<String>,
        theirs: &mut Option<String>,
        d: &mut Diagnostics,
    ) {
        match ours {
            Some(t) => *theirs = Some(t.clone()),
            None if theirs.is_some() => self.untranslated(key, Loc::START, d),
            None => {}
        }
    }

    fn untranslated(&self, key: &str, loc: Loc, d: &mut Diagnostics) {
        d.push(Diagnostic::warning(
            self.file,
            loc,
            msg!(
                "translation-not-translated",
                key = key,
                original = self.original.display()
            ),
        ));
    }

    /// A translated list, when it has as many entries as the original's
    /// (`expected`); otherwise an error (or a warning when it is missing).
    fn list<'l, T>(
        &self,
        key: &str,
        ours: &'l Option<Listed<T>>,
        expected: usize,
        d: &mut Diagnostics,
    ) -> Option<&'l [T]> {
        match ours {
            Some(l) if l.entries.len() == expected => Some(&l.entries),
            Some(l) => {
                d.push(
                    Diagnostic::error(
                        self.file,
                        l.loc,
                        msg!(
                            "translation-count",
                            key = key,
                            found = l.entries.len(),
                            original = self.original.display(),
                            expected = expected
                        ),
                    )
                    .with_hint(msg!("hint-translation-count")),
                );
                None
            }
            None if expected > 0 => {
                self.untranslated(key, Loc::START, d);
                None
            }
            None => None,
        }
    }
}

fn goal(x: &mut Item<GoalSrc>, t: &TextsSrc, c: &Check, d: &mut Diagnostics) {
    c.text("summary", &t.summary, &mut x.data.summary, d);
    let n = x.data.strategies.len();
    if let Some(list) = c.list("strategies", &t.strategies, n, d) {
        // The slug stays the original's: measures name strategies by it.
        for (s, (title, text)) in x.data.strategies.iter_mut().zip(list) {
            s.title = title.clone();
            s.text = text.clone().or(s.text.take());
        }
    }
}

fn measure(x: &mut Item<MeasureSrc>, t: &TextsSrc, c: &Check, d: &mut Diagnostics) {
    c.text("summary", &t.summary, &mut x.data.summary, d);
    c.text("status_note", &t.status_note, &mut x.data.status_note, d);
    let n = x.data.milestones.len();
    if let Some(list) = c.list("milestones", &t.milestones, n, d) {
        for (m, title) in x.data.milestones.iter_mut().zip(list) {
            m.title = title.clone();
        }
    }
    let labelled = x.data.budget.iter().filter(|l| l.label.is_some()).count();
    let n = x.data.budget.len();
    let listed = match &t.budget {
        None if labelled == 0 => None,
        other => c.list("budget", other, n, d),
    };
    if let Some(list) = listed {
        for (line, label) in x.data.budget.iter_mut().zip(list) {
            if label.is_some() {
                let mut l = BudgetLineSrc::clone(line);
                l.label = label.clone();
                *line = Arc::new(l);
            }
        }
    }
}

fn report(x: &mut Item<ReportSrc>, t: &TextsSrc, c: &Check, d: &mut Diagnostics) {
    c.text("summary", &t.summary, &mut x.data.summary, d);
    c.text("kind", &t.report_kind, &mut x.data.kind, d);
    let n = x.data.sessions.len();
    if let Some(list) = c.list("sessions", &t.sessions, n, d) {
        for (s, (committee, role, result)) in x.data.sessions.iter_mut().zip(list) {
            s.committee = committee.clone();
            s.role = role.clone().or(s.role.take());
            s.result = result.clone().or(s.result.take());
        }
    }
    let noted = x.data.updates.iter().filter(|u| u.note.is_some()).count();
    let n = x.data.updates.len();
    let listed = match &t.updates {
        None if noted == 0 => None,
        other => c.list("updates", other, n, d),
    };
    if let Some(list) = listed {
        for (u, note) in x.data.updates.iter_mut().zip(list) {
            u.note = note.clone().or(u.note.take());
        }
    }
}

fn indicator(x: &mut Item<IndicatorSrc>, t: &TextsSrc, c: &Check, d: &mut Diagnostics) {
    c.text("summary", &t.summary, &mut x.data.summary, d);
    c.text("unit", &t.unit, &mut x.data.unit, d);
    c.text("source", &t.source, &mut x.data.source, d);
    let n = x.data.compare.len();
    if let Some(list) = c.list("compare", &t.compare, n, d) {
        for (own, (label, source)) in x.data.compare.iter_mut().zip(list) {
            own.label = label.clone();
            own.source = source.clone().or(own.source.take());
        }
    }
    let a = &mut x.data.about;
    if t.about[3].is_some() {
        a.method_line = t.method_line;
    }
    let mine = [
        &mut a.definition,
        &mut a.numerator,
        &mut a.denominator,
        &mut a.method,
    ];
    let keys = crate::load::translation::ABOUT_TEXTS;
    for ((key, text), own) in keys.iter().zip(&t.about).zip(mine) {
        c.text(key, text, own, d);
    }
}

fn page(x: &mut Item<PageSrc>, t: &TextsSrc, c: &Check, d: &mut Diagnostics) {
    c.text("description", &t.description, &mut x.data.description, d);
}

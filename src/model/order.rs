//! The order items are shown in, fixed before anything is linked: goals by
//! number then title, measures and indicators by title, reports newest
//! first, free pages by slug; ties by slug. Titles in the language's order
//! (`base::collate`: German by DIN 5007-1).

use crate::base::collate;
use crate::base::locale::Lang;
use crate::load::records::Sources;

pub(super) fn sort(src: &mut Sources, lang: Lang) {
    let by_title = |a: &str, b: &str| collate::compare(lang, a, b);
    src.goals.sort_by(|a, b| {
        (a.data.number.is_none(), a.data.number)
            .cmp(&(b.data.number.is_none(), b.data.number))
            .then_with(|| by_title(&a.title, &b.title))
            .then_with(|| a.slug.cmp(&b.slug))
    });
    collate::sort_by_text(
        &mut src.measures,
        lang,
        |i| i.title.as_str(),
        |a, b| a.slug.cmp(&b.slug),
    );
    src.reports.sort_by(|a, b| {
        b.data
            .date
            .cmp(&a.data.date)
            .then_with(|| a.slug.cmp(&b.slug))
    });
    collate::sort_by_text(
        &mut src.indicators,
        lang,
        |i| i.title.as_str(),
        |a, b| a.slug.cmp(&b.slug),
    );
    src.pages.sort_by(|a, b| a.slug.cmp(&b.slug));
}

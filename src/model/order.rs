//! The order items are shown in, fixed before anything is linked: goals by
//! number then title, measures and indicators by title, reports newest
//! first, free pages by slug; ties by slug.

use crate::load::records::Sources;

pub(super) fn sort(src: &mut Sources) {
    src.goals.sort_by(|a, b| {
        (a.data.number.is_none(), a.data.number, &a.title).cmp(&(
            b.data.number.is_none(),
            b.data.number,
            &b.title,
        ))
    });
    src.measures
        .sort_by(|a, b| a.title.cmp(&b.title).then_with(|| a.slug.cmp(&b.slug)));
    src.reports.sort_by(|a, b| {
        b.data
            .date
            .cmp(&a.data.date)
            .then_with(|| a.slug.cmp(&b.slug))
    });
    src.indicators
        .sort_by(|a, b| a.title.cmp(&b.title).then_with(|| a.slug.cmp(&b.slug)));
    src.pages.sort_by(|a, b| a.slug.cmp(&b.slug));
}

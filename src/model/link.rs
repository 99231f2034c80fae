//! Resolving slugs written in content to items, with suggestions for typos.

use std::path::Path;

use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc, closest};
use crate::base::locale::Lang;
use crate::base::urls::UrlWords;
use crate::base::vocab::Kind;
use crate::load::records::{PageSrc, Shared, Sources};
use crate::load::site::{MenuTarget, SiteConfig};
use crate::model::Index;
use crate::msg;

pub(super) struct Resolver<'a> {
    pub index: &'a Index,
    pub drafts: &'a [(Kind, String)],
    pub future: &'a [(Kind, String, crate::base::date::Date)],
    pub failed: &'a [(Kind, String)],
}

impl Resolver<'_> {
    pub(super) fn one(
        &self,
        kind: Kind,
        slug: &At<String>,
        file: &Path,
        d: &mut Diagnostics,
    ) -> Option<usize> {
        let map = self.index.of(kind);
        if let Some(&i) = map.get(&slug.value) {
            return Some(i);
        }
        if self
            .failed
            .iter()
            .any(|(k, s)| *k == kind && *s == slug.value)
        {
            return None;
        }
        let is_draft = self
            .drafts
            .iter()
            .any(|(k, s)| *k == kind && *s == slug.value);
        let appears = self
            .future
            .iter()
            .find(|(k, s, _)| *k == kind && *s == slug.value)
            .map(|(_, _, date)| date);
        let hint = if is_draft {
            msg!("hint-draft-hidden", slug = slug.value)
        } else if let Some(date) = appears {
            msg!("hint-appears-later", slug = slug.value, date = date)
        } else {
            closest(&slug.value, map.keys().map(String::as_str)).map_or_else(
                || {
                    msg!(
                        "hint-no-item-file",
                        folder = kind.folder(),
                        slug = slug.value
                    )
                },
                |c| msg!("hint-did-you-mean", name = c),
            )
        };
        d.push(
            Diagnostic::error(
                file,
                slug.loc,
                msg!("unknown-item", kind = kind.name(), slug = slug.value),
            )
            .with_hint(hint),
        );
        None
    }

    /// Resolves each slug once; unknown ones are reported and left out.
    pub(super) fn many(
        &self,
        kind: Kind,
        slugs: &[At<String>],
        file: &Path,
        d: &mut Diagnostics,
    ) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::with_capacity(slugs.len());
        for s in slugs {
            if let Some(i) = self.one(kind, s, file, d)
                && !out.contains(&i)
            {
                out.push(i);
            }
        }
        out
    }

    /// Menu entries and the imprint that name a page must name one that exists.
    pub(super) fn check_menu(&self, config: &SiteConfig, d: &mut Diagnostics) {
        let targets = config
            .menu
            .iter()
            .map(|m| &m.target)
            .chain(config.organisation.imprint.as_ref());
        for target in targets {
            if let MenuTarget::Page(p) = target {
                self.one(Kind::Page, p, Path::new("site.toml"), d);
            }
        }
    }

    /// Free pages live at /<slug>/ and must not take a section's URL word.
    pub(super) fn check_page_slugs(
        &self,
        pages: &[Shared<PageSrc>],
        lang: Lang,
        languages: &[Lang],
        d: &mut Diagnostics,
    ) {
        let words = UrlWords::for_lang(lang);
        let reserved = words.all();
        // The other languages' folders (`en/`) are taken too.
        let folder = |slug: &str| languages.len() > 1 && languages.iter().any(|l| l.code() == slug);
        for p in pages {
            if folder(&p.slug) {
                d.push(
                    Diagnostic::error(
                        &p.file,
                        Loc::START,
                        msg!("page-slug-language", slug = p.slug),
                    )
                    .with_hint(msg!("hint-page-slug-taken")),
                );
            } else if reserved.contains(&p.slug.as_str())
                || [words.embed, "assets"].contains(&p.slug.as_str())
            {
                d.push(
                    Diagnostic::error(&p.file, Loc::START, msg!("page-slug-taken", slug = p.slug))
                        .with_hint(msg!("hint-page-slug-taken")),
                );
            }
        }
    }

    /// Items of a list may not take the folders of its further pages and
    /// its filters (`massnahmen/seite/`, `massnahmen/ziel/`) in any of the
    /// portal's languages.
    pub(super) fn check_list_slugs(src: &Sources, languages: &[Lang], d: &mut Diagnostics) {
        let taken: Vec<&str> = languages
            .iter()
            .flat_map(|&l| UrlWords::for_lang(l).list.all())
            .collect();
        let items = (src.measures.iter().map(|m| (&m.file, &m.slug)))
            .chain(src.reports.iter().map(|r| (&r.file, &r.slug)))
            .chain(src.indicators.iter().map(|i| (&i.file, &i.slug)));
        for (file, slug) in items {
            if taken.contains(&slug.as_str()) {
                d.push(
                    Diagnostic::error(file, Loc::START, msg!("item-slug-list", slug = slug))
                        .with_hint(msg!("hint-item-slug-list")),
                );
            }
        }
    }
}

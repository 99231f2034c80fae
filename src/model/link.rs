//! Resolving slugs written in content to items, with suggestions for typos.

use std::path::Path;

use crate::base::diagnostics::At;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc, closest};
use crate::base::locale::Lang;
use crate::base::urls::UrlWords;
use crate::base::vocab::Kind;
use crate::load::records::{PageSrc, Shared};
use crate::load::site::{MenuTarget, SiteConfig};
use crate::model::Index;

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
            Some(format!(
                "`{}` is a draft and hidden; build with --drafts or remove `draft = true`",
                slug.value
            ))
        } else if let Some(date) = appears {
            Some(format!(
                "`{}` appears on {} (after the build date) and is left out until then; build with --future to include it",
                slug.value, date
            ))
        } else {
            closest(&slug.value, map.keys().map(String::as_str))
                .map(|c| format!("did you mean `{c}`?"))
        };
        d.push(
            Diagnostic::error(
                file,
                slug.loc,
                format!("unknown {} `{}`", kind.name(), slug.value),
            )
            .maybe_hint(hint.or_else(|| {
                Some(format!(
                    "no file content/{}/{}.md exists",
                    kind.folder(),
                    slug.value
                ))
            })),
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
        d: &mut Diagnostics,
    ) {
        let words = UrlWords::for_lang(lang);
        let reserved = words.all();
        for p in pages {
            if reserved.contains(&p.slug.as_str()) || p.slug == "assets" {
                d.push(
                    Diagnostic::error(
                        &p.file,
                        Loc::START,
                        format!("page slug `{}` is taken by a section of the site", p.slug),
                    )
                    .with_hint("rename the file or give the page another `slug`"),
                );
            }
        }
    }
}

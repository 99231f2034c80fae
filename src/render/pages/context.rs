//! The render context: the model, the URL words, the formatter and the open
//! data files, from which the view of every page is built.

use std::collections::BTreeMap;
use std::path::Path;

use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::base::locale::Lang;
use crate::base::urls::{EASY_READING, UrlWords, counterpart, lang_folder, lang_hop, root_prefix};
use crate::base::vocab::Kind;
use crate::load::records::Item;
use crate::model::Site;
use crate::render::markdown::{self, Place};
use crate::render::pages::views::*;

/// One page to render: where it goes, with which template and view.
pub struct Job {
    pub path: String,
    pub template: &'static str,
    pub meta: PageMeta,
    pub view: View,
    /// What the search index gets from this page, if anything.
    pub search: Option<crate::search::Record>,
}

/// What every page's view is built from: the model, the site's URL words,
/// UI strings and formatter, the build date, and the list of open-data
/// downloads (made by `render` before the pages when the data page is
/// among them; empty otherwise).
pub struct RenderContext<'a> {
    pub site: &'a Site,
    pub words: UrlWords,
    pub t: &'a BTreeMap<String, String>,
    pub fmt: &'a crate::base::locale::Formatter,
    pub downloads: Vec<Download>,
    /// Every language's texts, for portal.json (empty in the preview's
    /// first pages).
    pub texts: &'a [(
        &'static str,
        crate::render::open_data::translations_json::LangTexts,
    )],
}

fn s(t: &BTreeMap<String, String>, key: &str) -> String {
    t.get(key).cloned().unwrap_or_else(|| key.to_string())
}

impl<'a> RenderContext<'a> {
    pub fn text(&self, key: &str) -> String {
        s(self.t, key)
    }

    pub fn href(&self, kind: Kind, slug: &str) -> String {
        self.words.item(kind, slug)
    }

    pub(in crate::render) fn meta(
        &self,
        path: &str,
        title: String,
        description: Option<String>,
        section: String,
    ) -> PageMeta {
        let folder = path.strip_suffix("index.html").unwrap_or(path).to_string();
        let root = root_prefix(path);
        let languages = if path.ends_with("index.html") {
            self.alternates(&folder, &root)
        } else {
            Vec::new()
        };
        PageMeta {
            title,
            description: description.or_else(|| self.site.config.description.clone()),
            languages,
            text_lang: None,
            topics: Vec::new(),
            sdg: Vec::new(),
            districts: Vec::new(),
            root,
            canonical: self
                .site
                .config
                .base_url
                .as_ref()
                .map(|b| format!("{b}{folder}")),
            path: folder,
            section,
            og_type: "website",
            image: self.share_image(path, None),
            feed: None,
            base: None,
            appears: None,
            uncommitted: false,
            embed: None,
        }
    }

    /// The page at `folder` (below this language's root) in every
    /// language of the portal; none in a portal of one language, and none
    /// for the page in Leichte Sprache, which is German only.
    pub(in crate::render) fn alternates(&self, folder: &str, root: &str) -> Vec<Alternate> {
        let c = &self.site.config;
        if c.languages.len() < 2
            || (folder.starts_with(EASY_READING) && self.site.generates_easy_reading())
        {
            return Vec::new();
        }
        let default = c.default_language();
        let here = lang_folder(c.language, default);
        let portal = c
            .base_url
            .as_deref()
            .map(|b| b.strip_suffix(here.as_str()).unwrap_or(b));
        c.languages
            .iter()
            .map(|&l| {
                let there = counterpart(folder, &self.words, &UrlWords::for_lang(l));
                Alternate {
                    lang: l.code(),
                    name: l.own_name(),
                    href: format!("{root}{}{there}", lang_hop(c.language, l, default)),
                    url: portal.map(|b| format!("{b}{}{there}", lang_folder(l, default))),
                    current: l == c.language,
                }
            })
            .collect()
    }

    /// The language of an item's texts when they are not in the page's:
    /// the first language's, for an item without a translation.
    pub fn text_lang(&self, translation: Option<&Path>) -> Option<&'static str> {
        let c = &self.site.config;
        let default = c.default_language();
        (c.language != default && translation.is_none()).then(|| default.code())
    }

    /// The picture a share preview shows: the page's first image, else the
    /// logo. Only with `base_url`, since previews need absolute addresses.
    pub fn share_image(
        &self,
        page_path: &str,
        own: Option<&(String, String)>,
    ) -> Option<ShareImage> {
        let base = self.site.config.base_url.as_ref()?;
        if let Some((src, alt)) = own {
            let url = if src.starts_with("https://") || src.starts_with("http://") {
                Some(src.clone())
            } else if src.contains(':') || src.starts_with('/') {
                None
            } else {
                crate::base::urls::resolve(page_path, src).map(|p| format!("{base}{p}"))
            };
            if let Some(url) = url.filter(|u| previewable(u)) {
                return Some(ShareImage {
                    url,
                    alt: alt.clone(),
                    own: true,
                });
            }
        }
        let logo = self
            .site
            .config
            .organisation
            .logo
            .as_ref()
            .filter(|l| previewable(&l.value))?;
        Some(ShareImage {
            url: format!("{base}{}", logo.value.trim_start_matches('/')),
            alt: self
                .site
                .config
                .organisation
                .name
                .clone()
                .unwrap_or_else(|| self.site.config.title.clone()),
            own: false,
        })
    }

    /// Renders an item's Markdown for the page at `path`; link problems become errors.
    pub fn markdown<T>(
        &self,
        item: &Item<T>,
        path: &str,
        d: &mut Diagnostics,
    ) -> markdown::Rendered {
        self.markdown_text(item, &item.body, item.body_line, path, d)
    }

    /// Renders Markdown of `item` that starts at `line` of its file (the
    /// body, or a front matter key's text such as an indicator's `method`).
    pub fn markdown_text<T>(
        &self,
        item: &Item<T>,
        md: &str,
        line: u32,
        path: &str,
        d: &mut Diagnostics,
    ) -> markdown::Rendered {
        let root = root_prefix(path);
        let c = &self.site.config;
        let default = c.default_language();
        let shared = |dest: &str| -> Option<String> {
            let folder = path.strip_suffix("index.html").unwrap_or(path);
            let defaults = UrlWords::for_lang(default);
            let original = counterpart(folder, &self.words, &defaults);
            let at = dest.find(['#', '?']).map_or("", |i| &dest[i..]);
            let up = lang_hop(c.language, default, default);
            if item.translation.is_none() {
                // A text in the first language links where it does there.
                let there = crate::base::urls::resolve(&format!("{original}index.html"), dest)?;
                return Some(format!("{root}{up}{there}{at}"));
            }
            let here = crate::base::urls::resolve(path, dest)?;
            let there = counterpart(&here, &self.words, &defaults);
            let own = there.strip_prefix(&original);
            let published = self
                .site
                .static_files
                .iter()
                .any(|f| *f == Path::new(&here))
                || own.is_some_and(|a| item.assets.iter().any(|f| *f == Path::new(a)));
            published.then(|| format!("{root}{up}{there}{at}"))
        };
        let place = Place {
            root: &root,
            depth: path.matches('/').count(),
            body_line: line,
            safe_html: c.safe_html,
            shared: (c.language != default).then_some(&shared as &markdown::Relink<'_>),
        };
        let resolve = |kind: Kind, slug: &str| {
            self.site
                .index
                .of(kind)
                .contains_key(slug)
                .then(|| self.href(kind, slug))
        };
        let (r, problems) = markdown::render(md, &place, &resolve);
        // A translation's links are checked in the translation.
        let file = item.translation.as_ref().unwrap_or(&item.file);
        for p in problems {
            d.push(Diagnostic::error(file, p.loc, p.message).maybe_hint(p.hint));
        }
        r
    }

    pub fn goal_summary(&self, i: usize) -> GoalSummary {
        let g = &self.site.goals[i];
        GoalSummary {
            slug: g.item.slug.clone(),
            title: g.item.title.clone(),
            href: self.href(Kind::Goal, &g.item.slug),
            lang: self.text_lang(g.item.translation.as_deref()),
            number: g.item.data.number,
            summary: g.item.data.summary.clone(),
            owner: g.item.data.owner.clone(),
            progress: g.progress.percent,
            counted: g.progress.counted,
            by_status: g.progress.by_status,
            measure_count: g.measures.len(),
            planned: g.budget.planned.0,
        }
    }

    pub fn measure_summary(&self, i: usize) -> MeasureSummary {
        let m = &self.site.measures[i];
        let data = &m.item.data;
        MeasureSummary {
            slug: m.item.slug.clone(),
            title: m.item.title.clone(),
            href: self.href(Kind::Measure, &m.item.slug),
            lang: self.text_lang(m.item.translation.as_deref()),
            status: data.status,
            progress: m.progress,
            progress_source: m.progress_source,
            elapsed: m.elapsed,
            status_note: data.status_note.clone(),
            owner: data.owner.clone(),
            start: data.start,
            end: data.end,
            updated: data.updated,
            planned: (m.budget.lines > 0).then_some(m.budget.planned.0),
            summary: data.summary.clone(),
        }
    }

    pub fn report_summary(&self, i: usize) -> ReportSummary {
        let r = &self.site.reports[i];
        ReportSummary {
            slug: r.item.slug.clone(),
            title: r.item.title.clone(),
            href: self.href(Kind::Report, &r.item.slug),
            lang: self.text_lang(r.item.translation.as_deref()),
            date: r.item.data.date,
            kind: r.item.data.kind.clone(),
            reference: r.item.data.reference.clone(),
            summary: r.item.data.summary.clone(),
        }
    }

    pub fn indicator_summary(&self, i: usize) -> IndicatorSummary {
        let x = &self.site.indicators[i];
        IndicatorSummary {
            slug: x.item.slug.clone(),
            title: x.item.title.clone(),
            href: self.href(Kind::Indicator, &x.item.slug),
            lang: self.text_lang(x.item.translation.as_deref()),
            unit: x.item.data.unit.clone(),
            status: x.status,
            latest: x.values.last().copied(),
            target: x.item.data.target,
            sparkline: self.indicator_sparkline(i),
        }
    }

    pub(in crate::render) fn link(&self, kind: Kind, i: usize) -> Link {
        Link {
            title: self.site.title(kind, i).to_string(),
            href: self.href(kind, self.site.slug(kind, i)),
            lang: self.text_lang(self.site.header(kind, i).translation),
        }
    }

    /// The files of an item's bundle: those `[[attachments]]` names first,
    /// with their titles, then the others by name; each with its type (the
    /// extension) and size.
    pub(in crate::render) fn attachments<T>(
        &self,
        item: &Item<T>,
        kind: Kind,
    ) -> Vec<AttachmentView> {
        // Published once, beside the first language's page.
        let c = &self.site.config;
        let first = c.default_language();
        let folder = UrlWords::for_lang(first).item(kind, &item.slug);
        let hop = lang_hop(c.language, first, first);
        let names: Vec<String> = item
            .assets
            .iter()
            .map(|a| a.to_string_lossy().replace('\\', "/"))
            .collect();
        let titled = item
            .attachments
            .iter()
            .map(|a| (a.file.clone(), a.title.clone()));
        let others = names
            .iter()
            .filter(|n| !item.attachments.iter().any(|a| &a.file == *n))
            .map(|n| (n.clone(), n.clone()));
        titled
            .chain(others)
            .map(|(name, title)| {
                let bytes = item
                    .bundle_dir
                    .as_ref()
                    .and_then(|d| std::fs::metadata(d.join(&name)).ok())
                    .map_or(0, |m| m.len());
                AttachmentView {
                    title,
                    href: format!("{hop}{folder}{name}"),
                    format: Path::new(&name)
                        .extension()
                        .map(|e| e.to_string_lossy().to_uppercase())
                        .unwrap_or_default(),
                    size: self.fmt.file_size(bytes),
                    bytes,
                }
            })
            .collect()
    }

    /// The page of one item: description from its summary or its text.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::render) fn item_job(
        &self,
        kind: Kind,
        title: &str,
        path: String,
        summary: Option<&String>,
        body: &markdown::Rendered,
        template: &'static str,
        view: View,
    ) -> Job {
        let description = summary
            .cloned()
            .or_else(|| Some(crate::render::markdown::excerpt(&body.text)));
        let mut meta = self.meta(
            &path,
            title.to_string(),
            description,
            self.words.section(kind),
        );
        meta.image = self.share_image(&path, body.image.as_ref());
        Job {
            search: None,
            meta,
            path,
            template,
            view,
        }
    }

    pub fn site_view(&self) -> SiteView {
        let c = &self.site.config;
        let w = &self.words;
        let nav = [
            (format!("{}/", w.goals), "goals"),
            (format!("{}/", w.measures), "measures"),
            (format!("{}/", w.progress), "progress"),
            (format!("{}/", w.budget), "budget"),
            (format!("{}/", w.reports), "reports"),
            (format!("{}/", w.indicators), "indicators"),
            (format!("{}/", w.data), "open_data"),
        ]
        .into_iter()
        .map(|(href, key)| Link {
            title: self.text(key),
            href,
            lang: None,
        })
        .collect();
        let menu_link = |title: &str, target: &crate::load::site::MenuTarget| match target {
            crate::load::site::MenuTarget::Page(p) => MenuLink {
                title: title.to_string(),
                href: self.href(Kind::Page, &p.value),
                external: false,
            },
            // A path without a scheme is below the site's root: the theme
            // puts the page's way to the root before it.
            crate::load::site::MenuTarget::Url(u) => MenuLink {
                title: title.to_string(),
                href: u.clone(),
                external: crate::base::urls::has_scheme(u) || u.starts_with('#'),
            },
        };
        let menu = c
            .menu
            .iter()
            .map(|m| menu_link(&m.title, &m.target))
            .collect();
        let imprint = c
            .organisation
            .imprint
            .as_ref()
            .map(|target| menu_link(&self.text("imprint"), target));
        SiteView {
            title: c.title.clone(),
            description: c.description.clone(),
            lang: c.language.code(),
            organisation: c.organisation.name.clone(),
            // static/ is published once, at the site root.
            logo: c.organisation.logo.as_ref().map(|l| {
                let up = lang_hop(c.language, c.default_language(), c.default_language());
                format!("{up}{}", l.value.trim_start_matches('/'))
            }),
            base_url: c.base_url.clone(),
            nav,
            menu,
            imprint,
            accessibility: c
                .accessibility
                .as_ref()
                .map(|_| format!("{}/", w.accessibility)),
            changes: self.site.changes.known.then(|| format!("{}/", w.changes)),
            easy_reading: self.site.has_easy_reading().then(|| {
                let hop = lang_hop(c.language, Lang::De, c.default_language());
                format!("{hop}{EASY_READING}/")
            }),
            topics: (!self.site.topics.is_empty()).then(|| format!("{}/", w.topics)),
            sdg: (!self.site.sdg.is_empty()).then(|| format!("{}/", w.sdg)),
            districts: (!self.site.districts.is_empty()).then(|| format!("{}/", w.districts)),
            words: self.words,
            data_as_of: self.site.data_as_of,
            weighted_by_budget: c.progress_weighting == crate::load::site::Weighting::Budget,
            feed: self.words.site_feed(),
            calendar: self.words.calendar(),
            license: c.license.clone(),
            stylesheet: "assets/style.css".into(),
            print_stylesheet: crate::render::files::print_css::PATH.into(),
            brand_stylesheet: crate::render::files::brand_css::stylesheet(&c.colors)
                .map(|_| crate::render::files::brand_css::PATH.to_string()),
        }
    }
}

/// Share previews (Facebook, Mastodon, LinkedIn, X) show raster images only, not SVG.
fn previewable(url: &str) -> bool {
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    [".png", ".jpg", ".jpeg", ".gif", ".webp"]
        .iter()
        .any(|ext| path.ends_with(ext))
}

/// Checks that the files site.toml names in static/ (the logo, the sign
/// language video) are there, each with its own message at its key.
pub fn check_static_files(site: &Site, root: &Path, d: &mut Diagnostics) {
    let c = &site.config;
    let logo = c.organisation.logo.as_ref().map(|l| {
        let message = crate::msg!("logo-missing", logo = l.value);
        (l, message, crate::msg!("hint-logo-missing"))
    });
    let video = c
        .accessibility
        .as_ref()
        .and_then(|a| a.sign_language_video.as_ref())
        .map(|v| {
            let message = crate::msg!("video-missing", video = v.value);
            (v, message, crate::msg!("hint-video-missing"))
        });
    for (file, message, hint) in [logo, video].into_iter().flatten() {
        let rel = Path::new(file.value.trim_start_matches('/'));
        let inside = rel
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !inside || !root.join("static").join(rel).is_file() {
            d.push(Diagnostic::error("site.toml", file.loc, message).with_hint(hint));
        }
    }
}

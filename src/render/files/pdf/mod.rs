//! The accessible PDFs: each goal's council paper
//! (`ziele/<slug>/sitzungsunterlage/sitzungsunterlage-<slug>.pdf`) and the
//! whole portal (`daten/portal.pdf`), typeset in-process by Typst as tagged
//! PDF/UA-1 with an embedded font. site.toml's `pdf = false` turns them off.

pub mod document;
pub mod typeset;

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use crate::base::diagnostics::{Diagnostic, Diagnostics, Loc};
use crate::base::vocab::Kind;
use crate::render::pages::cache::hash_of;
use crate::render::pages::context::RenderContext;
use crate::render::{Content, OutputFile};
use document::WithCharts;

/// The portal's PDF, in the data folder.
pub const PORTAL_FILE: &str = "portal.pdf";

/// A goal's council paper as PDF, in the folder of its page:
/// `ziele/<slug>/sitzungsunterlage/sitzungsunterlage-<slug>.pdf`. The file
/// name carries the goal, so that downloads of several goals stay apart.
pub fn paper_path(ctx: &RenderContext, slug: &str) -> String {
    format!(
        "{}{}-{slug}.pdf",
        ctx.council_paper_folder(slug),
        ctx.words.council_paper
    )
}

/// The typeset PDFs: the goals' papers as output files, the portal's for
/// the data folder.
pub struct Pdfs {
    pub papers: Vec<OutputFile>,
    pub portal: Option<Vec<u8>>,
}

/// PDFs of earlier renders by output path, with the hash of what they were
/// typeset from: the preview typesets only the documents that changed.
pub type PdfCache = HashMap<String, (u64, Arc<[u8]>)>;

/// Typesets every goal's paper and the portal's PDF in parallel. A PDF
/// that cannot be made is an error naming its goal (or site.toml for the
/// portal's) and what Typst said.
pub fn typeset_all(ctx: &RenderContext, cache: Option<&mut PdfCache>, d: &mut Diagnostics) -> Pdfs {
    let goals = ctx.site.goals.len();
    let date = ctx.site.data_as_of.unwrap_or(ctx.site.today);
    let date = (date.year, date.month, date.day);
    let known = cache.as_deref();
    // The portal's PDF is the longest: start it first.
    let jobs: Vec<Option<usize>> = std::iter::once(None).chain((0..goals).map(Some)).collect();
    let results = on_own_threads(&jobs, |&goal| {
        let doc = match goal {
            Some(i) => ctx.paper_document(i),
            None => ctx.portal_document(),
        };
        let earlier = known.and_then(|c| c.get(&pdf_path(ctx, goal)));
        (goal, render(doc, date, earlier))
    });
    let mut pdfs = Pdfs {
        papers: Vec::with_capacity(goals),
        portal: None,
    };
    let mut fresh = PdfCache::new();
    for (goal, done) in results {
        let path = pdf_path(ctx, goal);
        // Two goals of one slug are an error of their own already.
        if fresh.contains_key(&path) {
            continue;
        }
        let file = match goal {
            Some(i) => ctx.site.file(Kind::Goal, i).to_path_buf(),
            None => std::path::PathBuf::from("site.toml"),
        };
        if !done.missing.is_empty() {
            d.push(missing_warning(&file, &path, &done.missing));
        }
        if done.shortened > 0 {
            d.push(Diagnostic::warning(
                &file,
                Loc::START,
                crate::msg!(
                    "pdf-shortened",
                    path = path.clone(),
                    count = done.shortened,
                    longest = LONGEST
                ),
            ));
        }
        let bytes = match done.bytes {
            Ok(bytes) => bytes,
            Err(why) => {
                d.push(
                    Diagnostic::error(
                        file,
                        Loc::START,
                        crate::msg!("pdf-failed", path = path, why = why),
                    )
                    .with_hint(crate::msg!("hint-pdf-failed")),
                );
                continue;
            }
        };
        fresh.insert(path.clone(), (done.key, bytes.clone()));
        match goal {
            Some(_) => pdfs.papers.push(OutputFile {
                path,
                content: Content::Shared(bytes),
            }),
            None => pdfs.portal = Some(bytes.to_vec()),
        }
    }
    // Documents that are gone are forgotten.
    if let Some(c) = cache {
        *c = fresh;
    }
    pdfs
}

/// `work` done for each of `jobs`, in their order, by as many threads of
/// their own as rayon has. Not on rayon's: Typst lays out in parallel with
/// rayon, and a rayon thread waiting for that work steals the next
/// document and starts it on top of the first. At 1,000 measures all 21
/// documents were then in layout at once (1.56 GB); on threads of their
/// own each has one at a time (about 200 MB).
fn on_own_threads<J: Sync, R: Send>(jobs: &[J], work: impl Fn(&J) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let threads = rayon::current_num_threads().clamp(1, jobs.len().max(1));
    let mut done: Vec<(usize, R)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(job) = jobs.get(i) else { break };
                        mine.push((i, work(job)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Where a goal's paper, or the portal's PDF (`None`), is written.
fn pdf_path(ctx: &RenderContext, goal: Option<usize>) -> String {
    match goal {
        Some(i) => paper_path(ctx, &ctx.site.goals[i].item.slug),
        None => format!("{}/{PORTAL_FILE}", ctx.words.data),
    }
}

/// Characters the PDF shows as � because no embedded font has them.
fn missing_warning(file: &std::path::Path, path: &str, missing: &BTreeSet<char>) -> Diagnostic {
    let chars = missing
        .iter()
        .map(|c| format!("{c} (U+{:04X})", *c as u32))
        .collect::<Vec<_>>()
        .join(", ");
    Diagnostic::warning(
        file,
        Loc::START,
        crate::msg!("pdf-missing-glyphs", path = path, chars = chars),
    )
    .with_hint(crate::msg!("hint-pdf-missing-glyphs"))
}

/// A typeset PDF, the hash of what it was typeset from, and the
/// characters it had to leave out.
struct Typeset {
    bytes: Result<Arc<[u8]>, String>,
    key: u64,
    missing: BTreeSet<char>,
    shortened: usize,
}

/// Typesets `doc`, unless `earlier` was typeset from the same data.
fn render(doc: WithCharts, date: (i32, u8, u8), earlier: Option<&(u64, Arc<[u8]>)>) -> Typeset {
    let mut missing = BTreeSet::new();
    let mut shortened = 0;
    let mut value = match serde_json::to_value(&doc.document) {
        Ok(v) => v,
        Err(e) => {
            return Typeset {
                bytes: Err(e.to_string()),
                key: 0,
                missing,
                shortened,
            };
        }
    };
    printable(&mut value, &mut missing, &mut shortened);
    let json = value.to_string().into_bytes();
    let key = hash_of(0, &[&json, &doc.charts, &date]);
    let bytes = match earlier {
        Some((k, bytes)) if *k == key => Ok(bytes.clone()),
        _ => {
            let charts = doc.charts.into_iter().map(String::into_bytes).collect();
            typeset::typeset(json, charts, date).map(Arc::from)
        }
    };
    Typeset {
        bytes,
        key,
        missing,
        shortened,
    }
}

/// `value` with every character that no embedded font can show replaced
/// by `REPLACEMENT`; those characters, for the warning. Line breaks and
/// tabs stay (Typst sets them as spaces); other control characters and
/// invisible format characters (zero-width space, emoji variation
/// selectors) go, as they show nothing anyway.
/// A text longer than `LONGEST` characters is cut there with "…" and
/// counted in `shortened`: Typst would take minutes over a megabyte-long
/// title, which no printed page could show anyway.
pub fn printable(
    value: &mut serde_json::Value,
    missing: &mut BTreeSet<char>,
    shortened: &mut usize,
) {
    match value {
        serde_json::Value::String(s) => {
            if s.len() > LONGEST
                && let Some((cut, _)) = s.char_indices().nth(LONGEST)
            {
                s.truncate(cut);
                s.push('…');
                *shortened += 1;
            }
            if s.chars().all(|c| c.is_ascii() && !c.is_ascii_control()) {
                return;
            }
            let mut out = String::with_capacity(s.len());
            for c in s.chars() {
                if matches!(c, '\n' | '\t') {
                    out.push(' ');
                } else if c.is_control() || invisible(c) {
                } else if typeset::covered(c) {
                    out.push(c);
                } else {
                    missing.insert(c);
                    out.push(REPLACEMENT);
                }
            }
            *s = out;
        }
        serde_json::Value::Array(items) => items
            .iter_mut()
            .for_each(|v| printable(v, missing, shortened)),
        serde_json::Value::Object(map) => map
            .values_mut()
            .for_each(|v| printable(v, missing, shortened)),
        _ => {}
    }
}

/// The longest text the PDFs print, in characters.
pub const LONGEST: usize = 5_000;

/// What stands for a character the fonts lack (DejaVu Sans has it).
pub const REPLACEMENT: char = '\u{fffd}';

/// Format characters that show nothing: zero-width space and joiners,
/// word joiner, byte-order mark, variation selectors.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{fe00}'..='\u{fe0f}')
}

#[cfg(test)]
mod tests {
    #[test]
    fn own_threads_keep_the_order_of_the_jobs_and_are_not_rayons() {
        let jobs: Vec<usize> = (0..50).collect();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        let done = pool
            .install(|| super::on_own_threads(&jobs, |&j| (j * 2, rayon::current_thread_index())));
        let doubled: Vec<usize> = done.iter().map(|d| d.0).collect();
        assert_eq!(doubled, (0..50).map(|j| j * 2).collect::<Vec<_>>());
        assert!(
            done.iter().all(|d| d.1.is_none()),
            "no job on a rayon thread"
        );
        assert!(super::on_own_threads(&[] as &[usize], |&j| j).is_empty());
    }
}

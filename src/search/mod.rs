//! Full-text search: every goal, measure, report, indicator and page becomes
//! a Pagefind custom record in the same run that renders the HTML; the index
//! and only the search assets the theme uses ship in `pagefind/`.

pub mod extra_words;

use std::collections::BTreeMap;

use pagefind::api::{CustomRecord, PagefindIndex};
use pagefind::options::PagefindServiceConfig;
use rayon::prelude::*;

/// Separates a record's text from its extra index words. The theme's
/// search script cuts excerpts here, so extra words never show.
pub const ALIAS_MARK: &str = "⁂";

/// The output folder of the index, relative to the site root.
pub const DIR: &str = "pagefind/";

/// One searchable item. `url` is relative to the site root.
#[derive(Debug, Clone, Default)]
pub struct Record {
    pub url: String,
    pub title: String,
    /// Kind label in the site's language ("Maßnahme").
    pub kind: String,
    pub status: Option<String>,
    /// Shown when a result matched only through extra words.
    pub description: String,
    /// Searchable text besides the title: summary, body, owner, milestones …
    pub text: String,
    /// Filter name → values: kind, goal, status, owner, year.
    pub filters: BTreeMap<String, Vec<String>>,
}

/// Weighted title, the text, then extra words at low weight after the mark.
/// Pagefind reads `___PAGEFIND_WEIGHT___` markers in custom records as it
/// does for `data-pagefind-weight` in HTML.
fn content(r: &Record, extra: &[String]) -> String {
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    format!(
        "___PAGEFIND_WEIGHT___7 {} ___END_PAGEFIND_WEIGHT___ {} {ALIAS_MARK} ___PAGEFIND_WEIGHT___0.5 {} ___END_PAGEFIND_WEIGHT___",
        clean(&r.title),
        clean(&r.text),
        extra.join(" ")
    )
}

/// Files Pagefind produces that the theme's search page uses: the API
/// script, its worker, the language's wasm and the index itself.
fn shipped(name: &str, lang: &str) -> bool {
    name == "pagefind.js"
        || name == "pagefind-worker.js"
        || name == "pagefind-entry.json"
        || name == format!("wasm.{lang}.pagefind")
        || (name.starts_with("pagefind.") && name.ends_with(".pf_meta"))
        || ["index/", "fragment/", "filter/"]
            .iter()
            .any(|d| name.starts_with(d))
}

/// An index being built on a thread of its own: a build starts it as soon
/// as the records exist (all pages rendered) and meanwhile writes the
/// calendar, sitemap and copied files and checks the links.
pub struct Building(std::thread::JoinHandle<(Result<Files, String>, std::time::Duration)>);

/// The index's files: path below the site root, bytes.
pub type Files = Vec<(String, Vec<u8>)>;

pub fn spawn(records: Vec<Record>, lang: &'static str) -> Building {
    Building(std::thread::spawn(move || {
        let start = std::time::Instant::now();
        (index(records, lang), start.elapsed())
    }))
}

impl Building {
    /// The index's files once it is done, and how long its thread worked.
    pub fn wait(self) -> (Result<Files, String>, std::time::Duration) {
        self.0.join().unwrap_or_else(|_| {
            (
                Err("search index: the indexing thread failed".into()),
                std::time::Duration::ZERO,
            )
        })
    }
}

/// One language's search index: `pagefind/` in that language's folder
/// (`en/pagefind/`), with its stemmer.
pub struct LangIndex {
    /// `` for the first language, `en/` for another.
    pub folder: String,
    pub lang: &'static str,
    pub records: Vec<Record>,
    /// The index, when it was started (`start`).
    pub building: Option<Building>,
}

impl LangIndex {
    pub fn new(site: &crate::model::Site, records: Vec<Record>) -> LangIndex {
        let c = &site.config;
        LangIndex {
            folder: crate::base::urls::lang_folder(c.language, c.default_language()),
            lang: c.language.code(),
            records,
            building: None,
        }
    }

    /// Starts indexing on a thread of its own.
    pub fn start(&mut self) {
        let records = std::mem::take(&mut self.records);
        self.building = Some(spawn(records, self.lang));
    }

    /// The index's files below the language's folder (`pagefind/…`), and
    /// how long its own thread worked when it was started before.
    pub fn build(self) -> (Result<Files, String>, Option<std::time::Duration>) {
        match self.building {
            Some(b) => {
                let (built, took) = b.wait();
                (built, Some(took))
            }
            None => (index(self.records, self.lang), None),
        }
    }

    /// The index's files below the site root (`en/pagefind/…`), as `build`.
    pub fn files(self) -> (Result<Files, String>, Option<std::time::Duration>) {
        let folder = self.folder.clone();
        let (built, took) = self.build();
        let built = built.map(|files| {
            files
                .into_iter()
                .map(|(p, b)| (format!("{folder}{p}"), b))
                .collect()
        });
        (built, took)
    }
}

/// What Pagefind gets of one record: its text with the extra words, and the
/// title, kind, description and status as metadata.
fn custom_record(
    r: Record,
    lang: &str,
    vocabulary: &std::collections::HashSet<String>,
) -> CustomRecord {
    let extra = extra_words::for_text(&format!("{} {}", r.title, r.text), vocabulary);
    let content = content(&r, &extra);
    let mut meta = BTreeMap::from([
        ("title".to_string(), r.title),
        ("kind".to_string(), r.kind),
        ("description".to_string(), r.description),
    ]);
    if let Some(s) = r.status {
        meta.insert("status".into(), s);
    }
    CustomRecord {
        url: r.url,
        content,
        language: lang.to_string(),
        meta: Some(meta),
        filters: Some(r.filters),
        sort: None,
    }
}

/// What Pagefind gets of all records, made on all cores: the extra words
/// come from the vocabulary of every record's title and text.
/// The records are let go of as they are turned into Pagefind's.
fn custom_records(records: Vec<Record>, lang: &str) -> Vec<CustomRecord> {
    let vocabulary = extra_words::vocabulary(
        records
            .iter()
            .flat_map(|r| [r.title.as_str(), r.text.as_str()]),
    );
    records
        .into_par_iter()
        .map(|r| custom_record(r, lang, &vocabulary))
        .collect()
}

/// A Pagefind index in `lang`, with the runtime its API runs on.
fn new_index(lang: &str) -> Result<(tokio::runtime::Runtime, PagefindIndex), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("search index: {e}"))?;
    let config = PagefindServiceConfig::builder()
        .force_language(lang.to_string())
        .build();
    let idx = PagefindIndex::new(Some(config)).map_err(|e| format!("search index: {e}"))?;
    Ok((runtime, idx))
}

/// The files of Pagefind's output that the theme uses, below the site root.
fn shipped_files(files: Vec<pagefind::api::SyntheticFile>, lang: &str) -> Files {
    files
        .into_iter()
        .filter_map(|f| {
            let name = f.filename.to_string_lossy().replace('\\', "/");
            shipped(&name, lang).then(|| (format!("{DIR}{name}"), f.contents))
        })
        .collect()
}

/// Builds the index; returns (path below the site root, bytes).
pub fn index(records: Vec<Record>, lang: &str) -> Result<Files, String> {
    let batch = custom_records(records, lang);
    let (runtime, mut idx) = new_index(lang)?;
    runtime.block_on(async {
        // One batch: the patched Pagefind (vendor/pagefind) fossicks it on
        // all cores, where one record at a time runs on one.
        idx.add_custom_records(batch)
            .await
            .map_err(|e| format!("search index: {e}"))?;
        // Moves the records into the index rather than copying them.
        let files = idx
            .take_files()
            .await
            .map_err(|e| format!("search index: {e}"))?;
        Ok(shipped_files(files, lang))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ships_only_what_the_theme_uses() {
        let r = Record {
            url: "massnahmen/kita/".into(),
            title: "Kitaplätze".into(),
            kind: "Maßnahme".into(),
            text: "Mehr Plätze".into(),
            filters: BTreeMap::from([("kind".into(), vec!["Maßnahme".into()])]),
            ..Record::default()
        };
        let files = index(vec![r], "de").unwrap();
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"pagefind/pagefind.js"));
        assert!(names.contains(&"pagefind/wasm.de.pagefind"));
        assert!(names.iter().any(|n| n.starts_with("pagefind/fragment/")));
        assert!(
            !names
                .iter()
                .any(|n| n.contains("-ui") || n.contains("unknown"))
        );
    }

    /// The index as unpatched Pagefind builds it: one record at a time,
    /// each added under the index's lock, then `get_files`.
    fn index_one_by_one(records: Vec<Record>, lang: &str) -> BTreeMap<String, Vec<u8>> {
        let (runtime, mut idx) = new_index(lang).unwrap();
        runtime.block_on(async {
            for c in custom_records(records, lang) {
                idx.add_custom_record(c.url, c.content, c.language, c.meta, c.filters, c.sort)
                    .await
                    .unwrap();
            }
            shipped_files(idx.get_files().await.unwrap(), lang)
                .into_iter()
                .collect()
        })
    }

    /// The batch of the patched Pagefind (vendor/pagefind) writes the same
    /// files, byte for byte, as adding the records one by one; a URL given
    /// twice keeps the later record in the first one's place, as before.
    #[test]
    fn batch_index_is_the_one_by_one_index() {
        let words = [
            "Kindertagesstätte",
            "Radverkehr",
            "Haushalt",
            "Sanierung",
            "Grundschule",
            "Klimaschutz",
            "Ausbau",
            "Stadtteil",
        ];
        let mut records: Vec<Record> = (0..300)
            .map(|i| Record {
                url: format!("massnahmen/m{i}/"),
                title: format!("{} {}", words[i % 8], words[(i / 8) % 8]),
                kind: "Maßnahme".into(),
                status: (i % 3 == 0).then(|| "laufend".to_string()),
                description: format!("Maßnahme {i}"),
                text: format!(
                    "{} im {} Nummer {i}",
                    words[(i * 7) % 8],
                    words[(i * 5) % 8]
                ),
                filters: BTreeMap::from([("Jahr".into(), vec![format!("{}", 2020 + i % 5)])]),
            })
            .collect();
        records.push(Record {
            title: "Ersetzt".into(),
            text: "Neufassung der Maßnahme".into(),
            ..records[5].clone()
        });
        let batch: BTreeMap<String, Vec<u8>> =
            index(records.clone(), "de").unwrap().into_iter().collect();
        let one_by_one = index_one_by_one(records, "de");
        assert_eq!(
            batch.keys().collect::<Vec<_>>(),
            one_by_one.keys().collect::<Vec<_>>()
        );
        for (name, bytes) in &batch {
            assert!(&one_by_one[name] == bytes, "{name} differs");
        }
        // 300 pages, the replaced one counted once.
        assert_eq!(
            batch.keys().filter(|n| n.ends_with(".pf_fragment")).count(),
            300
        );
    }

    #[test]
    fn extra_words_follow_the_mark() {
        let r = Record {
            title: "Prävention  stärken".into(),
            text: "Die\nKette".into(),
            ..Record::default()
        };
        assert_eq!(
            content(&r, &["praevention".into()]),
            "___PAGEFIND_WEIGHT___7 Prävention stärken ___END_PAGEFIND_WEIGHT___ Die Kette ⁂ \
             ___PAGEFIND_WEIGHT___0.5 praevention ___END_PAGEFIND_WEIGHT___"
        );
    }
}

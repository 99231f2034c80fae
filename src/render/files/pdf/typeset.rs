//! Typst as a library: a world of three files (the layout `paper.typ`, the
//! document's data as `/data.json`, its charts as `/chart-<n>.svg`) and
//! one embedded font, compiled and exported as tagged PDF/UA-1. Content
//! never becomes Typst markup: the layout reads it as JSON strings, so a
//! title like `#panic()` or `$x$` is printed as written.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// The layout every PDF shares; see its comments for the data it reads.
const LAYOUT: &str = include_str!("paper.typ");

/// Noto Sans (SIL Open Font License 1.1, vendor/fonts/noto-sans/OFL.txt)
/// in the four styles the layout uses, and DejaVu Sans (Bitstream Vera
/// licence, vendor/fonts/dejavu-sans/LICENSE.txt) for the characters Noto
/// Sans lacks (the minus sign −, arrows, many symbols). Typst embeds only
/// the glyphs a document uses.
const FONTS: [&[u8]; 6] = [
    include_bytes!("../../../../vendor/fonts/noto-sans/NotoSans-Regular.ttf"),
    include_bytes!("../../../../vendor/fonts/noto-sans/NotoSans-Bold.ttf"),
    include_bytes!("../../../../vendor/fonts/noto-sans/NotoSans-Italic.ttf"),
    include_bytes!("../../../../vendor/fonts/noto-sans/NotoSans-BoldItalic.ttf"),
    include_bytes!("../../../../vendor/fonts/dejavu-sans/DejaVuSans.ttf"),
    include_bytes!("../../../../vendor/fonts/dejavu-sans/DejaVuSans-Bold.ttf"),
];

struct Shared {
    /// With `a11y-extras`: `pdf.header-cell(scope: "row")` marks the first
    /// cell of a row as its header, as `<th scope="row">` does on the page.
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONTS
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    let features = [Feature::A11yExtras].into_iter().collect();
    Shared {
        library: LazyHash::new(Library::builder().with_features(features).build()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("a fixed, valid virtual path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

struct PaperWorld {
    main: Source,
    data: Bytes,
    charts: Vec<(FileId, Bytes)>,
    data_id: FileId,
}

impl World for PaperWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            return Ok(self.data.clone());
        }
        self.charts
            .iter()
            .find(|(c, _)| *c == id)
            .map(|(_, b)| b.clone())
            .ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    /// No clock: the same content gives the same PDF.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// Whether an embedded font has a glyph for `c`. PDF/UA forbids text
/// without one, so the document leaves such characters out before Typst
/// sets it (`document::printable`).
pub fn covered(c: char) -> bool {
    SHARED
        .fonts
        .iter()
        .any(|f| f.info().coverage.contains(c as u32))
}

/// The chart file name the layout reads for the `n`th chart.
pub fn chart_path(n: usize) -> String {
    format!("/chart-{n}.svg")
}

/// Lays out `data` (the document as JSON) with its charts and writes it
/// as PDF/UA-1. `date` (year, month, day) becomes the document's date, so
/// that the bytes depend on the content only. The error is Typst's first
/// message, for a diagnostic.
pub fn typeset(
    data: Vec<u8>,
    charts: Vec<Vec<u8>>,
    date: (i32, u8, u8),
) -> Result<Vec<u8>, String> {
    let world = PaperWorld {
        main: Source::new(file_id("/paper.typ"), LAYOUT.to_string()),
        data: Bytes::new(data),
        charts: charts
            .into_iter()
            .enumerate()
            .map(|(n, svg)| (file_id(&chart_path(n)), Bytes::new(svg)))
            .collect(),
        data_id: file_id("/data.json"),
    };
    let document: PagedDocument = typst::compile(&world).output.map_err(first)?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| e.message().to_string())?;
    let timestamp = Datetime::from_ymd(date.0, date.1, date.2).map(Timestamp::new_utc);
    let options = PdfOptions {
        standards,
        timestamp,
        creator: typst::foundations::Smart::Custom(Some("klarsicht".into())),
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options).map_err(first);
    // Typst memoizes layout in a cache of its own that lives as long as
    // the process: 50-70 MB per document, so a portal's twenty papers held
    // 1.5 GB. Entries not used since the last document ended go; those of
    // a document still being laid out on the other thread stay (they were
    // used since): measured at 1,000 measures, 1.5 GB became 300 MB, and
    // keeping one round is 10 % faster than emptying the cache.
    typst::comemo::evict(1);
    pdf
}

fn first(errors: impl IntoIterator<Item = SourceDiagnostic>) -> String {
    errors
        .into_iter()
        .next()
        .map_or_else(|| "unknown error".into(), |e| e.message.to_string())
}

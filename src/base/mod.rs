//! What every stage may use: the domain's vocabulary (`vocab`) and the
//! foundations (money, dates, slugs, URL words, languages, diagnostics with
//! their positions, file-system wrappers, colour contrast, character rules).
//! Nothing here reads a portal or knows a stage.

pub mod collate;
pub mod contrast;
pub mod date;
pub mod diagnostics;
pub mod fsutil;
pub mod locale;
pub mod messages;
pub mod money;
pub mod sdg;
pub mod slug;
pub mod text;
pub mod urls;
pub mod vocab;

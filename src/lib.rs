//! klarsicht: a static-site generator for public transparency portals.
//!
//! Data flows one way: `load` (files → source records) → `model` (linked,
//! derived, immutable) → `render` (Markdown, templates, feeds, data) →
//! `emit` (atomic write). `build` runs the stages; the CLI sits on top.

pub mod budget;
pub mod build;
pub mod chart;
pub mod contrast;
pub mod date;
pub mod diagnostics;
pub mod emit;
pub mod fields;
pub mod frontmatter;
pub mod fsutil;
pub mod indicator;
pub mod links;
pub mod load;
pub mod locale;
pub mod markdown;
pub mod model;
pub mod money;
pub mod progress;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod slug;
pub mod text;
pub mod theme;
pub mod urls;

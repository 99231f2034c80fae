//! klarsicht: a static-site generator for public transparency portals.
//!
//! Data flows one way: `load` (files → source records) → `model` (linked,
//! every derived figure computed) → `render` (pages, generated files, open
//! data, in memory) → `link_check` → `emit` (atomic write). `base` holds
//! what every stage may use; `build` runs the stages, `serve` runs them
//! again on every save; the CLI sits on top. See docs/architecture.md.

#![warn(unreachable_pub)]

pub mod base;
pub mod build;
pub mod cms;
pub mod commands;
pub mod emit;
pub mod help;
pub mod import;
pub mod link_check;
pub mod load;
pub mod model;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod serve;

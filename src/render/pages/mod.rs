//! The pages of the site: the render context (`context.rs`) builds each
//! page's view (`views.rs`: typed structs the templates read) from the
//! model, with its tables, charts and search record.

pub mod breakdowns;
pub mod budget_csv;
pub mod budget_overview;
pub mod budget_pages;
pub mod budget_views;
pub mod cache;
pub mod changes;
pub mod changes_page;
pub mod chart;
pub mod charts;
pub mod context;
pub mod council_paper;
pub mod district_map;
pub mod districts;
pub mod easy_reading;
pub mod embed;
pub mod items;
pub mod listing;
pub mod lists;
pub mod progress_page;
pub mod sdg;
pub mod search_records;
pub mod site_pages;
pub mod tables;
pub mod topics;
pub mod views;

//! The generated files beside the pages: feeds, the committee calendar,
//! the sitemap, the forwarding pages of old addresses, the brand
//! stylesheet, the printed pages' margins and the accessible PDFs.

pub mod brand_css;
pub mod calendar;
pub mod change_feeds;
pub mod feeds;
pub mod pdf;
pub mod print_css;
pub mod redirects;
pub mod sitemap;

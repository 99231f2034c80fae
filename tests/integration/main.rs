//! One integration-test binary: runs the real `klarsicht` binary on fixture
//! portals in temporary folders and checks its output and messages.

mod budget_sides;
mod cms;
mod csv_dialects;
mod deploy;
mod easy_reading;
mod embargo;
mod errors;
mod example;
mod faults;
mod figures;
mod forgiving;
mod history;
mod hostile;
mod import;
mod invariants;
mod languages;
mod links_in_portal;
mod lists;
mod oparl;
mod open_data;
mod output;
mod paper;
mod presentation;
mod progress_rules;
mod publishing;
mod recompute;
mod reconcile;
mod scaffold;
mod scaling;
mod schemas;
mod serve;
mod theme;
mod topics;
mod translations;
mod util;

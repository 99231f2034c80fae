//! `[[attachments]]`: titles for the files of an item's bundle, shown in
//! this order before the files without one (listed by name).

use std::path::PathBuf;

use super::fields::Table;
use super::records::Attachment;
use crate::base::diagnostics::{Diagnostic, Diagnostics};
use crate::load::spec;
use crate::msg;

/// The entries of `[[attachments]]`; each names a file of `assets` (the
/// bundle's files), else it is an error at its `file`.
pub fn parse(t: &Table, assets: &[PathBuf], d: &mut Diagnostics) -> Vec<Attachment> {
    let mut out: Vec<Attachment> = Vec::new();
    for e in t.tables("attachments", "what-attachment", d) {
        e.check_known(&spec::keys(spec::ATTACHMENT), d);
        let (Some(file), Some(title)) =
            (e.required_string("file", d), e.required_string("title", d))
        else {
            continue;
        };
        let name = file.value.trim().trim_start_matches("./").to_string();
        let problem = if !assets
            .iter()
            .any(|a| a.to_string_lossy().replace('\\', "/") == name)
        {
            Some(msg!("attachment-missing", file = file.value))
        } else if out.iter().any(|a| a.file == name) {
            Some(msg!("attachment-twice", file = file.value))
        } else {
            None
        };
        match problem {
            Some(message) => d.push(
                Diagnostic::error(t.doc.file, file.loc, message)
                    .with_hint(msg!("hint-attachment-missing")),
            ),
            None => out.push(Attachment {
                file: name,
                title: title.value,
            }),
        }
    }
    out
}

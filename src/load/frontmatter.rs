//! Splits a content file into its `+++` TOML front matter and Markdown body.

use crate::base::diagnostics::Loc;
use crate::base::messages::Text;
use crate::msg;

#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The TOML between the fences.
    pub front: &'a str,
    /// Byte offset of `front` in the file, to turn TOML spans into file lines.
    pub front_offset: usize,
    pub body: &'a str,
    /// Byte offset of `body` in the file.
    pub body_offset: usize,
}

#[derive(Debug, PartialEq, Eq)]
pub struct SplitError {
    pub loc: Loc,
    pub message: Text,
    pub hint: Option<Text>,
}

fn fail(loc: Loc, message: Text, hint: Text) -> SplitError {
    SplitError {
        loc,
        message,
        hint: Some(hint),
    }
}

/// Lines with their byte offsets, line ending stripped.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').map(move |raw| {
        let start = offset;
        offset += raw.len();
        (start, raw.trim_end_matches(['\n', '\r']))
    })
}

pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let text_nobom = &text[bom..];
    if text_nobom.trim().is_empty() {
        return Err(fail(
            Loc::START,
            msg!("file-empty"),
            msg!("hint-file-empty"),
        ));
    }
    let mut lines = lines_with_offsets(text).skip_while(|(_, l)| l.trim().is_empty());
    let (first_offset, first) = lines.next().unwrap_or((0, ""));
    let first = first.trim_start_matches('\u{feff}').trim_end();
    let first_loc = Loc::of_offset(text, first_offset);
    if first == "---" {
        return Err(fail(first_loc, msg!("front-yaml"), msg!("hint-front-yaml")));
    }
    if first != "+++" {
        return Err(fail(
            first_loc,
            msg!("front-missing"),
            msg!("hint-front-missing"),
        ));
    }
    let front_offset = first_offset
        + text[first_offset..]
            .find('\n')
            .map_or(text.len() - first_offset, |i| i + 1);
    for (offset, line) in lines {
        if line.trim_end() == "+++" {
            let body_offset = offset
                + text[offset..]
                    .find('\n')
                    .map_or(text.len() - offset, |i| i + 1);
            return Ok(Split {
                front: &text[front_offset..offset],
                front_offset,
                body: &text[body_offset..],
                body_offset,
            });
        }
    }
    Err(fail(
        first_loc,
        msg!("front-not-closed"),
        msg!("hint-front-not-closed"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let text = "+++\ntitle = \"A\"\n+++\n# Body\n";
        let s = split(text).unwrap();
        assert_eq!(s.front, "title = \"A\"\n");
        assert_eq!(s.front_offset, 4);
        assert_eq!(s.body, "# Body\n");
        assert_eq!(Loc::of_offset(text, s.body_offset).line, 4);
    }

    #[test]
    fn crlf_and_bom() {
        let s = split("\u{feff}+++\r\ntitle = \"A\"\r\n+++\r\nText").unwrap();
        assert_eq!(s.front, "title = \"A\"\r\n");
        assert_eq!(s.body, "Text");
    }

    #[test]
    fn yaml_empty_and_unclosed() {
        let e = split("---\ntitle: A\n---\n").unwrap_err();
        assert!(e.message.to_string().contains("YAML"));
        assert_eq!(e.loc, Loc::START);
        assert_eq!(
            split("  \n").unwrap_err().message.to_string(),
            "file is empty"
        );
        assert_eq!(
            split("+++\ntitle = 1\n").unwrap_err().message.to_string(),
            "front matter is not closed"
        );
        assert!(
            split("# Hi\n")
                .unwrap_err()
                .message
                .to_string()
                .starts_with("missing front matter")
        );
    }
}

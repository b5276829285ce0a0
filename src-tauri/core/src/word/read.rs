//! [`read_word`]: a DOCX's bytes to a response, read once with every tracked change accepted
//! and once with every change rejected, with its comments filed under their sections.

use super::blocks::Changes;
use super::flow;
use super::recognise::recognise;
use super::{package, WordComment, WordDocument};
use crate::Result;

/// Reads a DOCX (its bytes; `name` is the file's name, for messages) as a response.
///
/// The response comes back with status Draft (callers decide otherwise). Text the reader
/// could not place is kept in the nearest section and named in
/// [`WordDocument::notes`]; pending tracked changes are counted and read both ways.
///
/// Errors: [`Error::Word`](crate::Error::Word) for a file that is not a DOCX (a damaged
/// zip, a Word 97-2003 `.doc`, a password-protected document), one too large to unpack
/// safely, one with no text, one that is not a response, and one whose sections are out
/// of the template's order. Nothing is written anywhere.
pub fn read_word(bytes: &[u8], name: &str) -> Result<WordDocument> {
    let package = package::open(bytes, name)?;
    let accepted_flow = flow::read(&package, Changes::Accept, name)?;
    let accepted = recognise(&accepted_flow, name)?;
    let original = if accepted_flow.changes == 0 {
        accepted.response.clone()
    } else {
        let flow = flow::read(&package, Changes::Reject, name)?;
        recognise(&flow, name)?.response
    };
    let comments = accepted_flow
        .comments
        .into_iter()
        .map(|c| WordComment {
            section: accepted
                .comment_sections
                .get(&c.id)
                .copied()
                .unwrap_or(accepted.first_section),
            author: c.author,
            date: c.date,
            text: c.text,
            anchored_to: c.anchored_to,
        })
        .collect();
    Ok(WordDocument {
        accepted: accepted.response,
        original,
        notes: accepted.notes,
        tracked_changes: accepted_flow.changes,
        comments,
    })
}

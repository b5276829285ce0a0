//! Word documents coming back into the app: a DOCX read as a response, whether the app
//! exported it, someone edited it in Word or LibreOffice, or the office wrote it years ago
//! from its own template. This module owns the vocabulary shared by the reader and by
//! taking back edits: the sections of a response, what the reader could not place, and the
//! comments and tracked changes it found.

mod diff;
mod files;
mod takeback;

pub use takeback::{
    apply, compare, section_text, Change, DocumentMatch, SectionChanges, SectionChoice, Take,
    TakeBack, Word,
};

mod blocks;
mod checklist;
mod flow;
mod letter;
mod markdown;
mod package;
mod parts;
mod problem;
mod read;
mod recognise;
mod words;

#[cfg(test)]
mod tests;

pub use files::{archive_files, read_chosen_file, read_word_file, Chosen, MAX_WORD_BYTES};
pub use problem::WordProblem;
pub use read::read_word;

use serde::Serialize;

use crate::Response;

/// The sections of a response, in the order the form prints them. Edits from Word are shown
/// and taken back a section at a time; notes and comments are filed under one.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
// Named for the window apart from the checks' sections, which group a response by step.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "WordSection"))]
pub enum Section {
    /// Title, date published, type, forces and link.
    Inspection,
    /// The prose summary of the findings.
    KeyFindings,
    /// The graded judgements.
    Grades,
    /// The recommendations and their responses.
    Recommendations,
    /// The areas for improvement and their responses.
    AreasForImprovement,
    /// The Chief Constable's response.
    ChiefConstableResponse,
    /// The PCC's response (a letter's body).
    PccResponse,
    /// "For Office Use Only".
    Checklist,
    /// A letter's addressees, date, salutation and subject.
    Letter,
}

impl Section {
    /// Every section, in the printed order.
    pub const ALL: [Section; 9] = [
        Section::Inspection,
        Section::KeyFindings,
        Section::Grades,
        Section::Recommendations,
        Section::AreasForImprovement,
        Section::ChiefConstableResponse,
        Section::PccResponse,
        Section::Checklist,
        Section::Letter,
    ];

    /// The section's name as the officer sees it.
    pub fn label(self) -> &'static str {
        match self {
            Section::Inspection => "Inspection details",
            Section::KeyFindings => "Key findings",
            Section::Grades => "Graded judgements",
            Section::Recommendations => "Recommendations",
            Section::AreasForImprovement => "Areas for improvement",
            Section::ChiefConstableResponse => "Chief Constable response",
            Section::PccResponse => "PCC response",
            Section::Checklist => "For Office Use Only",
            Section::Letter => "Letter",
        }
    }
}

/// Something the reader could not place where it belongs: it was kept in `section`, the
/// nearest one, and `message` tells the officer what and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportNote {
    /// Where the text was put.
    pub section: Section,
    /// What happened, in words: "A paragraph starting “…” was not recognised; it has been
    /// added to the end of Key findings."
    pub message: String,
}

/// A comment (`w:comment`) from the document, filed under the section it is anchored in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WordComment {
    /// The section holding the comment's anchor.
    pub section: Section,
    /// Who wrote it, as Word recorded it ("" when not recorded).
    pub author: String,
    /// When, as Word recorded it (ISO date-time text), if at all.
    pub date: Option<String>,
    /// The comment's text, paragraphs separated by blank lines.
    pub text: String,
    /// The document text the comment is attached to (may be empty).
    pub anchored_to: String,
}

/// A Word document read as a response.
///
/// A document can hold pending tracked changes (`w:ins`, `w:del`). The reader reads it twice:
/// `accepted` is the text as Word shows it with every change accepted, `original` as it was
/// before any of them (every change rejected). With no pending changes the two are equal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordDocument {
    /// The response with every tracked change accepted.
    pub accepted: Response,
    /// The response with every tracked change rejected.
    pub original: Response,
    /// What could not be placed, and where it was put instead.
    pub notes: Vec<ImportNote>,
    /// How many pending tracked changes (insertions, deletions, moves) the document holds.
    pub tracked_changes: usize,
    /// The document's comments.
    pub comments: Vec<WordComment>,
}

//! Why a Word document could not be read as a response, in the officer's words: each
//! message follows the document's name and says what to do.

use std::fmt;

/// What is wrong with a Word document offered as a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordProblem {
    /// Not a zip archive at all, or a damaged one.
    Damaged,
    /// An OLE compound file holding an encrypted package: a password-protected document.
    Protected,
    /// An OLE compound file that is not encrypted: a Word 97-2003 `.doc`.
    OldWord,
    /// A part that unpacks to more than the reader allows (`part` is its name in the
    /// package, `limit` the most read, in bytes), or more parts than any document has.
    TooLarge {
        /// The part, or "the package" for too many parts or too much in all.
        part: String,
        /// The limit, in bytes (or parts, for too many parts).
        limit: u64,
    },
    /// A zip without `word/document.xml`: not a Word document.
    NoDocument,
    /// A document with no text in it.
    NoText,
    /// A document with text, but neither the sections nor the inspection details of a
    /// response, nor a letter's greeting.
    NotAResponse,
    /// Two sections in the wrong order: `first` was found before `then`, which the
    /// template puts first.
    OutOfOrder {
        /// The section found first.
        first: &'static str,
        /// The section found after it, which belongs before it.
        then: &'static str,
    },
}

impl WordProblem {
    /// True for the problems of size, which the window names as a file too large.
    pub fn is_too_large(&self) -> bool {
        matches!(self, WordProblem::TooLarge { .. })
    }
}

impl fmt::Display for WordProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WordProblem::Damaged => f.write_str(
                "is damaged, or is not a Word document, so it cannot be opened. Open it in \
                 Word, save it as a Word Document (.docx), and import it again.",
            ),
            WordProblem::Protected => f.write_str(
                "is protected by a password, so PCC Response cannot read it. Open it in \
                 Word, remove the password (File, Info, Protect Document, Encrypt with \
                 Password, and clear it), save it, and import it again.",
            ),
            WordProblem::OldWord => f.write_str(
                "is a Word 97-2003 document (.doc), which PCC Response cannot read. Open it \
                 in Word and save it as a Word Document (.docx), then import that file.",
            ),
            WordProblem::TooLarge { part, limit } if part == "the package" => write!(
                f,
                "holds more than {limit} parts, far more than a response has, so it has not \
                 been read. Check that this is the document you meant."
            ),
            WordProblem::TooLarge { part, limit } => write!(
                f,
                "unpacks to more than {} MB ({part}), far more than a response needs, so it \
                 has not been read. Check that this is the document you meant, or save it \
                 again in Word without embedded files.",
                limit / (1024 * 1024)
            ),
            WordProblem::NoDocument => f.write_str(
                "is a zip file but not a Word document: it has no main text \
                 (word/document.xml). Choose the .docx file, or save the document from \
                 Word as a Word Document (.docx).",
            ),
            WordProblem::NoText => f.write_str(
                "has no text in it, so there is no response to import. Check that this is \
                 the document you meant.",
            ),
            WordProblem::NotAResponse => f.write_str(
                "does not look like a PCC response: none of the sections (Key findings, \
                 Recommendations, Areas for improvement, Chief Constable response, PCC \
                 response, For Office Use Only), the inspection details or a letter's \
                 greeting were found in it. Check that this is the document you meant.",
            ),
            WordProblem::OutOfOrder { first, then } => write!(
                f,
                "has its sections in a different order from the response template: \
                 {first} comes before {then}. Move {then} above {first} in Word, save the \
                 document, and import it again."
            ),
        }
    }
}

//! Publishing the response: the signed form or letter as one self-contained, accessible
//! HTML page for the office's website, and as a tagged PDF (PDF/UA-1), both made offline.
//!
//! Both are drawn from one [`Publication`]: the document's structure (headings, rich text,
//! the details table, lists, figures with their alt text) worked out once from the response
//! and the office by [`build`], in the same words as the DOCX and the preview. The HTML
//! writer ([`html`]) and the PDF writer ([`pdf`]) only lay that structure out, so the two
//! published forms cannot say different things.

pub mod build;
pub mod html;
pub mod pdf;

use std::path::Path;

use chrono::NaiveDate;

use crate::checks::check;
use crate::docx::{export_docx, Export, ExportOptions};
use crate::model::Response;
use crate::office::Logo;
use crate::office::Office;
use crate::richtext::{Block, Span};
use crate::{Error, Result};

/// A document ready to be laid out: its title and its parts in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    /// The document's title: the form's title or the letter's subject. It is the HTML
    /// `<title>` and the PDF's title shown in the reader's title bar.
    pub title: String,
    /// Who published it: the office's name, else the PCC's.
    pub author: String,
    /// The day it was made, for the PDF's dates.
    pub made: NaiveDate,
    /// The parts, in the order they are read. Exactly one is a heading of level 1.
    pub parts: Vec<Part>,
}

/// One part of a [`Publication`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A heading. Level 1 is the document's title and comes once; levels never skip.
    Heading {
        /// 1 to 4.
        level: u8,
        /// Its words.
        text: String,
    },
    /// A paragraph of runs, laid out as `look` says.
    Paragraph {
        /// The runs; a `'\n'` in a run's text is a line break.
        spans: Vec<Span>,
        /// How it looks.
        look: Look,
    },
    /// Rich text as the officer wrote it: paragraphs, lists, quotes and links.
    Rich(Vec<Block>),
    /// The inspection's details: a table whose first cell in each row is the row's header.
    Details {
        /// The table's caption, e.g. "Inspection details".
        caption: String,
        /// Each row: its label (the header cell) and its value.
        rows: Vec<(String, Vec<Span>)>,
    },
    /// A list of items, each made of parts: the graded judgements, the recommendations and
    /// areas for improvement, the checklist.
    List {
        /// Numbered rather than bulleted.
        ordered: bool,
        /// The items.
        items: Vec<Vec<Part>>,
    },
    /// An image with its alt text: the office's logo, or the PCC's signature above the name.
    Figure {
        /// The image (PNG or JPEG) with its pixel size.
        image: Logo,
        /// What the image says to someone who cannot see it, e.g. "Signed: Jane Example".
        alt: String,
        /// How wide it prints, in millimetres; its height follows the image's shape.
        width_mm: u32,
        /// Where it sits.
        align: Align,
    },
}

/// How a paragraph looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// Body text.
    Body,
    /// Smaller text: the office's address and contact lines, notes.
    Small,
    /// Set to the right: the letter's date and the office's address block.
    Right,
    /// A note in italics, e.g. "This area for improvement was first raised in 2025."
    Note,
    /// Bold body text, e.g. the letter's subject line.
    Strong,
}

/// Where a figure sits on its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// At the left margin.
    Left,
    /// At the right margin.
    Right,
}

/// Choices for a published document that are not part of the response.
#[derive(Debug, Clone, Copy)]
pub struct PublishOptions {
    /// The day of export and how dates are printed, as for the DOCX.
    pub export: ExportOptions,
    /// "As signed": the letter, or the form's closing, carries the PCC's signature image
    /// above the name. Only for a response marked Signed or Published, and only when the
    /// office has a signature; the DOCX for signature never carries it.
    pub signed: bool,
}

/// The kinds of file a response can be exported as, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A Word document, for signature (`.docx`).
    Docx,
    /// One self-contained HTML page for the office's website (`.html` or `.htm`).
    Html,
    /// A tagged PDF (`.pdf`).
    Pdf,
}

impl Format {
    /// The format a file's name asks for, by its extension in any case: `.docx`, `.html` or
    /// `.htm`, `.pdf`.
    ///
    /// Errors: [`Error::Invalid`] for `out` when the name ends otherwise, or has no extension.
    pub fn from_path(path: &Path) -> Result<Format> {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match extension.as_str() {
            "docx" => Ok(Format::Docx),
            "html" | "htm" => Ok(Format::Html),
            "pdf" => Ok(Format::Pdf),
            "" => Err(Error::invalid(
                "out",
                "expected a file name that ends .docx, .html or .pdf, which says what to \
                 write, and this one has no ending",
            )),
            other => Err(Error::invalid(
                "out",
                format!(
                    "expected a file name that ends .docx, .html or .pdf, which says what to \
                     write, and this one ends .{other}"
                ),
            )),
        }
    }
}

/// `r` as a file of `format`: its bytes and, as for the DOCX, the checks' problems (and any
/// characters left out), for the officer to see before the file goes anywhere.
///
/// Errors: those of [`build::publication`] (`signed` on a response not yet signed, or with
/// no signature in the office settings); [`Error::Invalid`] for `signed` with
/// [`Format::Docx`], since the Word document is the one sent for signature and never carries
/// it; [`Error::Docx`] when the document cannot be assembled, which is a bug.
pub fn render(
    format: Format,
    r: &Response,
    office: &Office,
    options: &PublishOptions,
) -> Result<Export> {
    let (publication, dropped) = match format {
        Format::Docx if options.signed => {
            return Err(Error::invalid(
                "signed",
                "a Word document is the one sent for signature and never carries the \
                 signature. Export the signed response as HTML or PDF instead.",
            ))
        }
        Format::Docx => return export_docx(r, office, &options.export),
        Format::Html | Format::Pdf => build::built(r, office, options)?,
    };
    let bytes = match format {
        Format::Pdf => pdf::pdf(&publication)?,
        _ => html::page(&publication).into_bytes(),
    };
    let mut problems = check(r, Some(office), options.export.today);
    problems.extend(dropped);
    Ok(Export { bytes, problems })
}

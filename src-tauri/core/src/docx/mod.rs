//! The Word document: the response form or the letter, as the response's `document` says.
//! [`export_docx`] builds it with docx-rs through [`builder::Builder`] (which cleans every
//! piece of text), then [`finish`] adds what docx-rs cannot express.

pub(crate) mod builder;
pub mod clean;
pub(crate) mod finish;
pub(crate) mod form;
pub(crate) mod letter;
mod order;
pub(crate) mod styles;
mod xml;

use chrono::NaiveDate;
use docx_rs::*;

use crate::checks::{check, Problem};
use crate::dates::DateStyle;
use crate::model::{DocumentKind, Response};
use crate::office::Office;
use crate::{Error, Result};

pub use finish::LANGUAGE;
pub use form::title as form_title;
pub use letter::subject as letter_subject;

/// Choices that are not part of the response.
#[derive(Debug, Clone, Copy)]
pub struct ExportOptions {
    /// The day of export: the document's created date.
    pub today: NaiveDate,
    /// How full dates are printed.
    pub date_style: DateStyle,
}

/// An exported document and what the officer should know about it.
#[derive(Debug, Clone)]
pub struct Export {
    /// The DOCX file's bytes.
    pub bytes: Vec<u8>,
    /// The checks' problems and any text that could not be kept.
    pub problems: Vec<Problem>,
}

/// Builds the DOCX for `response`.
///
/// Errors: [`Error::Docx`] only if the document cannot be assembled, which is a bug rather
/// than anything in the response; problems with the response are returned in
/// [`Export::problems`].
pub fn export_docx(
    response: &Response,
    office: &Office,
    options: &ExportOptions,
) -> Result<Export> {
    let mut b = builder::Builder::new();
    let title = match response.document {
        DocumentKind::Form => {
            form::write(&mut b, response, office, options);
            form::title(office)
        }
        DocumentKind::Letter => {
            letter::write(&mut b, response, office);
            letter::subject(response, office)
        }
    };
    b.with(|d| d.footer(page_footer()));
    let (docx, dropped) = b.finish();

    let mut packed = Cursor::new(Vec::new());
    docx.build()
        .pack(&mut packed)
        .map_err(|e| Error::Docx(e.to_string()))?;
    let alt_texts = match (&office.logo, response.document) {
        (Some(_), DocumentKind::Letter) => vec![format!("{} logo", office.office_name)],
        _ => Vec::new(),
    };
    let author = office.office_name.as_str();
    let finished = finish::Finish {
        title: &title,
        author,
        today: options.today,
        alt_texts: &alt_texts,
        body: "",
        links: &[],
    };
    let bytes = finish::finish(packed.get_ref(), &finished)?;

    let mut problems = check(response, Some(office), options.today);
    problems.extend(dropped);
    Ok(Export { bytes, problems })
}

use std::io::Cursor;

/// "Page 2 of 5", centred.
pub(crate) fn page_footer() -> Footer {
    Footer::new().add_paragraph(
        Paragraph::new()
            .style(styles::FOOTER)
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text("Page "))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(" of "))
            .add_num_pages(NumPages::new()),
    )
}

//! The tagged PDF (PDF/UA-1) of a [`Publication`]. Being built: until then it says so.

use super::Publication;
use crate::{Error, Result};

/// The PDF of `publication`.
///
/// Errors: always, for now: the PDF writer is being built.
pub fn pdf(publication: &Publication) -> Result<Vec<u8>> {
    let _ = publication;
    Err(Error::Docx("the PDF writer is not built yet".into()))
}

//! The reader against documents: the app's own export read back field for field, tracked
//! changes and comments written into its XML, documents made without the app, and bad input.

mod bad;
mod roundtrip;
mod styles;
mod takeback;

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::docx::{export_docx, ExportOptions};
use crate::file::{read_office_file, read_response_file};
use crate::{Office, Response};

/// The repository's `tests/fixtures` folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// A fixture response and the fixture office.
pub fn fixture(name: &str) -> (Response, Office) {
    let r = read_response_file(&fixtures().join(name)).unwrap();
    let o = read_office_file(&fixtures().join("exampleshire-office.json")).unwrap();
    (r, o)
}

/// `r` as a Word document holds it: each item's words and response, none of its tracking
/// after the response, and no section 55 record.
pub fn untracked(mut r: Response) -> Response {
    let items = r.recommendations.iter_mut();
    for item in items.chain(r.areas_for_improvement.iter_mut()) {
        item.tracking = Default::default();
    }
    r.section_55 = Default::default();
    r
}

/// The DOCX the app exports for `r`.
pub fn export(r: &Response, office: &Office, style: crate::dates::DateStyle) -> Vec<u8> {
    let options = ExportOptions {
        today: NaiveDate::from_ymd_opt(2025, 8, 1).unwrap(),
        date_style: style,
    };
    export_docx(r, office, &options).unwrap().bytes
}

/// `docx` with its part `name` changed by `edit` (and `extra` parts added).
pub fn edit_part(
    docx: &[u8],
    name: &str,
    edit: impl Fn(&str) -> String,
    extra: &[(&str, &str)],
) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let part = f.name().to_string();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        if part == name {
            bytes = edit(std::str::from_utf8(&bytes).unwrap()).into_bytes();
        }
        out.start_file(part, options).unwrap();
        out.write_all(&bytes).unwrap();
    }
    for (part, text) in extra {
        out.start_file(*part, options).unwrap();
        out.write_all(text.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

//! The two files that carry the app's data outside it, described in `docs/response-file.md`:
//! the response file (`pcc-response`), one draft as JSON, and the office file (`pcc-office`),
//! the office settings. Reading checks every field by hand rather than through serde, so
//! that a file that does not fit is refused with the field's path, what was expected and
//! what was found; no input makes it panic. Writing puts the keys in the order that document
//! gives them.
//!
//! The JSON Schemas in `schema/` describe the same formats and accept and refuse the same
//! files as these readers.

mod fields;
mod office;
mod response;

#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod hostile;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod versions;

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use crate::limits::MAX_FILE_BYTES;
use crate::{Error, Result};
use fields::expected;

pub use office::{read_office, read_office_file, save_office, write_office, ImageFiles};
pub use response::{read_response, read_response_file, write_response};

/// A file offered as a response, as it turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Offered {
    /// A response file.
    Response(Box<crate::Response>),
    /// An office settings file, offered where a response was asked for: the window offers
    /// to import it as the settings instead.
    Office(Box<crate::Office>),
}

/// Reads a file the officer chose as a response, which may turn out to be office settings.
/// Errors: as [`read_response_file`] and [`read_office_file`].
pub fn read_offered_file(path: &Path) -> Result<Offered> {
    match read_response_file(path) {
        Err(Error::OtherKindOfFile {
            found: "pcc-office",
        }) => Ok(Offered::Office(Box::new(read_office_file(path)?))),
        read => Ok(Offered::Response(Box::new(read?))),
    }
}

/// The formats of the app's two kinds of file, so that one offered as the other is named.
const OTHER: [&str; 2] = ["pcc-office", "pcc-response"];

/// What a file says it is: its `format` and the newest `version` this build reads.
struct Header {
    format: &'static str,
    version: u64,
    /// The file in words, for "this is not a PCC response file".
    what: &'static str,
}

impl Header {
    /// Checks `format` and `version` before anything else: the right kind of file, from a
    /// version this build understands. Returns the version the file declares.
    fn check(&self, value: &Value) -> Result<u64> {
        let not_ours = |problem: String| {
            Error::invalid("format", format!("this is not {}: {problem}", self.what))
        };
        let Value::Object(map) = value else {
            let what = format!("an object with \"format\": \"{}\"", self.format);
            return Err(not_ours(expected(&what, Some(value))));
        };
        match map.get("format") {
            Some(Value::String(f)) if f == self.format => {}
            Some(Value::String(f)) if f == OTHER[0] || f == OTHER[1] => {
                let found = if f == OTHER[0] { OTHER[0] } else { OTHER[1] };
                return Err(Error::OtherKindOfFile { found });
            }
            found => {
                let what = format!("\"format\": \"{}\"", self.format);
                return Err(not_ours(expected(&what, found)));
            }
        }
        let version = map.get("version");
        match version.and_then(whole_number) {
            Some(found) if found > self.version => Err(Error::NewerVersion {
                format: self.format,
                found,
                supported: self.version,
            }),
            Some(found @ 1..) => Ok(found),
            _ => {
                let what = format!("a version number such as {}", self.version);
                Err(Error::invalid("version", expected(&what, version)))
            }
        }
    }
}

/// A JSON number that is a whole number of at least 0 (1 and 1.0 alike, as JSON Schema
/// counts them).
fn whole_number(value: &Value) -> Option<u64> {
    let n = value.as_number()?;
    n.as_u64().or_else(|| {
        let f = n.as_f64()?;
        // `as` saturates: a huge version is still a newer one.
        (f >= 0.0 && f.fract() == 0.0).then_some(f as u64)
    })
}

/// Parses JSON text, allowing the byte-order mark some Windows editors write. A syntax
/// error, or nesting deeper than the JSON reader's limit of 128, is [`Error::Json`]; the
/// reader stops at that depth, so no nesting overflows the stack.
///
/// Text from a broken program can hold `\uD800`-style escapes of half a UTF-16 pair, which
/// no Rust string can hold; rather than refuse the whole draft for one character, each is
/// read as U+FFFD, the replacement character, which the officer can see and correct.
fn parse(json: &str) -> Result<Value> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    serde_json::from_str(json)
        .or_else(|e| match replace_lone_surrogates(json) {
            Some(repaired) => serde_json::from_str(&repaired),
            None => Err(e),
        })
        .map_err(|e| {
            let full = e.to_string();
            let position = format!(" at line {} column {}", e.line(), e.column());
            let message = match full.strip_suffix(&position).unwrap_or(&full) {
                "recursion limit exceeded" => TOO_DEEP.to_string(),
                other => other.to_string(),
            };
            Error::Json {
                line: e.line(),
                column: e.column(),
                message,
            }
        })
}

/// `json` with every `\u` escape of an unpaired UTF-16 surrogate replaced by `\uFFFD`, or
/// `None` when there is none.
fn replace_lone_surrogates(json: &str) -> Option<String> {
    let surrogate = |s: &str| -> Option<u16> {
        let code = u16::from_str_radix(s.get(2..6)?, 16).ok()?;
        (s.starts_with("\\u") && (0xD800..=0xDFFF).contains(&code)).then_some(code)
    };
    let mut out = String::with_capacity(json.len());
    let mut rest = json;
    let mut changed = false;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match surrogate(rest) {
            Some(high) if high < 0xDC00 && surrogate(&rest[6..]).is_some_and(|l| l >= 0xDC00) => {
                out.push_str(&rest[..12]);
                rest = &rest[12..];
            }
            Some(_) => {
                out.push_str("\\uFFFD");
                rest = &rest[6..];
                changed = true;
            }
            None => {
                // Any other escape, `\\` included, is two characters kept as they are.
                let len = rest[1..].chars().next().map_or(1, |c| 1 + c.len_utf8());
                out.push_str(&rest[..len]);
                rest = &rest[len..];
            }
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// What the officer reads when lists or objects are nested deeper than the JSON reader's
/// limit of 128, as no file the app writes ever is.
const TOO_DEEP: &str = "lists or objects are nested too deeply (more than 128 inside each \
    other), which no PCC Response file is. Choose the file exported from the app.";

/// The bytes of the file at `path`, at most `limit` of them.
///
/// Errors: [`Error::TooLarge`] for a file over `limit`, refused before it is read (a file
/// that grows while it is read, or a device with no size, stops one byte over);
/// [`Error::Io`] when it cannot be read.
pub(crate) fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let io = |e| Error::io(path, e);
    let file = std::fs::File::open(path).map_err(io)?;
    let too_large = |size| Error::TooLarge {
        path: path.to_path_buf(),
        size,
        limit,
    };
    let size = file.metadata().map_err(io)?.len();
    if size > limit {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The text of the file at `path`.
///
/// Errors: [`Error::TooLarge`] for a file over [`MAX_FILE_BYTES`], refused before it is
/// read; [`Error::Unreadable`] for a file that is empty or not UTF-8 text; [`Error::Io`]
/// when it cannot be read.
fn read_text(path: &Path) -> Result<String> {
    let bytes = read_capped(path, MAX_FILE_BYTES)?;
    let unreadable = |problem: &str| Error::Unreadable {
        path: path.to_path_buf(),
        problem: problem.to_string(),
    };
    // UTF-16, as Notepad's "Unicode" saves, starts with a byte-order mark of FF FE or FE FF.
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(unreadable(
            "is saved as UTF-16 text, which PCC Response does not read. Export it again \
             from the app, or save it as UTF-8 in a text editor.",
        ));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        unreadable(
            "is not a PCC Response file or a Word document: it is not UTF-8 text (it may be \
             a picture, a PDF, or text saved in another encoding). Choose the file exported \
             from the app, or the Word document (.docx) itself.",
        )
    })?;
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(unreadable(
            "is empty. Choose the file exported from the app, or export it again.",
        ));
    }
    Ok(text)
}

/// JSON as the files are written: two-space indents, a newline at the end.
fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("a JSON value always serializes");
    text.push('\n');
    text
}

#[cfg(test)]
mod offered {
    use super::*;

    #[test]
    fn a_file_offered_as_a_response_is_told_apart_from_office_settings() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
        let response = read_offered_file(&fixtures.join("exampleshire-2025-response.pccr"));
        assert!(
            matches!(response, Ok(Offered::Response(r)) if r.inspection.title.contains("Exampleshire"))
        );
        let office = read_offered_file(&fixtures.join("exampleshire-office.json"));
        assert!(matches!(office, Ok(Offered::Office(o)) if o.logo.is_some()));
        let dir = tempfile::tempdir().unwrap();
        let neither = dir.path().join("notes.pccr");
        std::fs::write(&neither, "{\"format\": \"pcc-notes\"}").unwrap();
        let err = read_offered_file(&neither).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::InvalidFile);
    }
}

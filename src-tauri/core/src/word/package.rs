//! Opening a DOCX safely. A DOCX is a zip of XML parts; a hostile one can claim small sizes
//! and inflate to gigabytes, hold thousands of entries, or be no zip at all. Only the parts
//! the reader needs are inflated, each through a cap on the bytes actually produced (never
//! the size the zip's header claims), and an OLE compound file (a `.doc`, or a
//! password-protected document) is named as such before anything else is tried.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use super::WordProblem;
use crate::{Error, Result};

/// The most entries a package may list.
pub const MAX_ENTRIES: usize = 2_000;
/// The most bytes one part may inflate to.
pub const MAX_PART: u64 = 20 * 1024 * 1024;
/// The most bytes all the parts read may inflate to together.
pub const MAX_TOTAL: u64 = 100 * 1024 * 1024;

/// The signature of an OLE compound file (Word 97-2003, or an encrypted OOXML package).
const OLE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The parts of a DOCX the reader uses, as text.
#[derive(Debug, Default)]
pub struct Package {
    /// `word/document.xml` (or wherever the package says the main part is).
    pub document: String,
    /// The main part's relationships (hyperlink targets and other parts).
    pub rels: Option<String>,
    /// The list definitions.
    pub numbering: Option<String>,
    /// The style definitions.
    pub styles: Option<String>,
    /// The comments.
    pub comments: Option<String>,
}

/// Opens `bytes` as a DOCX. `name` names the file in errors.
pub fn open(bytes: &[u8], name: &str) -> Result<Package> {
    let fail = |problem| Error::Word {
        name: name.to_string(),
        problem,
    };
    if bytes.starts_with(&OLE) {
        return Err(fail(if is_encrypted(bytes) {
            WordProblem::Protected
        } else {
            WordProblem::OldWord
        }));
    }
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| fail(WordProblem::Damaged))?;
    if zip.len() > MAX_ENTRIES {
        return Err(fail(WordProblem::TooLarge {
            part: "the package".into(),
            limit: MAX_ENTRIES as u64,
        }));
    }
    let names: HashMap<String, String> = zip
        .file_names()
        .map(|n| (n.trim_start_matches('/').to_lowercase(), n.to_string()))
        .collect();
    let mut reader = Reader {
        zip: &mut zip,
        names: &names,
        total: 0,
        fail: &fail,
    };
    let main = reader
        .text("_rels/.rels")?
        .and_then(|rels| target(&rels, "/officeDocument", ""))
        .unwrap_or_else(|| "word/document.xml".into());
    let document = reader
        .text(&main)?
        .ok_or_else(|| fail(WordProblem::NoDocument))?;
    let (dir, file) = main.rsplit_once('/').unwrap_or(("", main.as_str()));
    let rels_path = if dir.is_empty() {
        format!("_rels/{file}.rels")
    } else {
        format!("{dir}/_rels/{file}.rels")
    };
    let rels = reader.text(&rels_path)?;
    let mut part = |kind: &str, fallback: &str| -> Result<Option<String>> {
        let path = rels
            .as_deref()
            .and_then(|r| target(r, kind, dir))
            .unwrap_or_else(|| fallback.to_string());
        reader.text(&path)
    };
    let numbering = part("/numbering", "word/numbering.xml")?;
    let styles = part("/styles", "word/styles.xml")?;
    let comments = part("/comments", "word/comments.xml")?;
    Ok(Package {
        document,
        rels,
        numbering,
        styles,
        comments,
    })
}

struct Reader<'a, F> {
    zip: &'a mut zip::ZipArchive<Cursor<&'a [u8]>>,
    names: &'a HashMap<String, String>,
    total: u64,
    fail: &'a F,
}

impl<F: Fn(WordProblem) -> Error> Reader<'_, F> {
    /// The part at `path` as text, `None` when the package has no such part.
    fn text(&mut self, path: &str) -> Result<Option<String>> {
        let Some(real) = self.names.get(&path.trim_start_matches('/').to_lowercase()) else {
            return Ok(None);
        };
        let too_large = |limit| {
            (self.fail)(WordProblem::TooLarge {
                part: path.to_string(),
                limit,
            })
        };
        let entry = self
            .zip
            .by_name(real)
            .map_err(|_| (self.fail)(WordProblem::Damaged))?;
        let cap = MAX_PART.min(MAX_TOTAL - self.total);
        let mut bytes = Vec::new();
        entry
            .take(cap + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| (self.fail)(WordProblem::Damaged))?;
        if bytes.len() as u64 > cap {
            return Err(too_large(if cap < MAX_PART { MAX_TOTAL } else { MAX_PART }));
        }
        self.total += bytes.len() as u64;
        decode(bytes)
            .map(Some)
            .ok_or_else(|| (self.fail)(WordProblem::Damaged))
    }
}

/// XML text as UTF-8 (with or without a byte-order mark) or UTF-16 with one.
fn decode(bytes: Vec<u8>) -> Option<String> {
    let utf16 = |le: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16(&units).ok()
    };
    match bytes.get(..2) {
        Some([0xFF, 0xFE]) => utf16(true),
        Some([0xFE, 0xFF]) => utf16(false),
        _ => {
            let text = String::from_utf8(bytes).ok()?;
            Some(text.trim_start_matches('\u{FEFF}').to_string())
        }
    }
}

/// The target of the first relationship whose type ends with `kind`, as a package path
/// resolved against the folder `dir` of the part the relationships belong to.
fn target(rels: &str, kind: &str, dir: &str) -> Option<String> {
    let doc = super::flow::parse_xml(rels)?;
    let rel = doc.descendants().find(|n| {
        n.tag_name().name() == "Relationship"
            && n.attribute("Type").is_some_and(|t| t.ends_with(kind))
            && n.attribute("TargetMode") != Some("External")
    })?;
    let t = rel.attribute("Target")?;
    Some(match t.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None if dir.is_empty() => t.to_string(),
        None => format!("{dir}/{t}"),
    })
}

/// True when an OLE file's directory names an "EncryptionInfo" stream (UTF-16LE), as an
/// encrypted OOXML package does.
fn is_encrypted(bytes: &[u8]) -> bool {
    let needle: Vec<u8> = "EncryptionInfo"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(needle.len()).any(|w| w == needle.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in parts {
            out.start_file(*name, options).unwrap();
            out.write_all(bytes).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    fn problem(bytes: &[u8]) -> WordProblem {
        match open(bytes, "x.docx") {
            Err(Error::Word { problem, .. }) => problem,
            other => panic!("expected a Word problem, got {other:?}"),
        }
    }

    #[test]
    fn ole_files_are_named_protected_or_old() {
        let mut doc = OLE.to_vec();
        doc.extend([0; 600]);
        assert_eq!(problem(&doc), WordProblem::OldWord);
        let mut protected = doc.clone();
        protected.extend("EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(problem(&protected), WordProblem::Protected);
    }

    #[test]
    fn not_a_zip_and_no_document_are_refused() {
        assert_eq!(problem(b"hello"), WordProblem::Damaged);
        assert_eq!(problem(&[]), WordProblem::Damaged);
        let zip = zip_of(&[("a.txt", b"hi")]);
        assert_eq!(problem(&zip), WordProblem::NoDocument);
        let mut cut = zip_of(&[("word/document.xml", &[b'a'; 5000])]);
        cut.truncate(cut.len() / 2);
        assert_eq!(problem(&cut), WordProblem::Damaged);
    }

    #[test]
    fn a_bomb_is_refused_by_what_it_inflates_to() {
        let big = vec![b' '; (MAX_PART + 10) as usize];
        let zip = zip_of(&[("word/document.xml", &big)]);
        assert!(zip.len() < 1_000_000, "the bomb is small: {}", zip.len());
        assert!(problem(&zip).is_too_large());
        let many: Vec<(String, &[u8])> = (0..=MAX_ENTRIES)
            .map(|i| (format!("f{i}"), &b""[..]))
            .collect();
        let refs: Vec<(&str, &[u8])> = many.iter().map(|(n, b)| (n.as_str(), *b)).collect();
        assert!(problem(&zip_of(&refs)).is_too_large());
    }

    #[test]
    fn parts_are_found_through_the_relationships() {
        let rels = br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>"#;
        let zip = zip_of(&[
            ("_rels/.rels", rels),
            ("word/document2.xml", b"\xEF\xBB\xBF<w:document/>"),
        ]);
        let p = open(&zip, "x.docx").unwrap();
        assert_eq!(p.document, "<w:document/>");
        assert!(p.numbering.is_none());
    }
}

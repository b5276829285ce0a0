//! Files that are not the app's: too large, empty, not UTF-8, nested without end, or over
//! the limits. Each is refused with a message that says what is wrong and what to do.

use std::path::{Path, PathBuf};

use serde_json::json;

use super::tests::rich_form;
use super::{read_office_file, read_response, read_response_file, write_response};
use crate::limits::{MAX_FILE_BYTES, MAX_LIST_ENTRIES, MAX_TEXT_CHARS};
use crate::{Error, Item};

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The message of the refusal of the file at `path`; fails the test if it is read.
fn refused(path: &Path) -> String {
    match read_response_file(path) {
        Ok(_) => panic!("{} was read", path.display()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_file_over_20_mb_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    // Trailing spaces are allowed in JSON: exactly at the limit the file still reads.
    let mut text = write_response(&rich_form()).into_bytes();
    text.resize(MAX_FILE_BYTES as usize, b' ');
    let path = write(dir.path(), "at-limit.json", &text);
    assert_eq!(read_response_file(&path).unwrap(), rich_form());
    // A sparse file: 25 MB long, yet nothing is written, and nothing should be read.
    let big = dir.path().join("big.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(25 * 1024 * 1024)
        .unwrap();
    let err = read_response_file(&big).unwrap_err();
    assert!(
        matches!(err, Error::TooLarge { size, limit, .. }
            if size == 25 * 1024 * 1024 && limit == MAX_FILE_BYTES),
        "{err:?}"
    );
    assert!(
        err.to_string().ends_with(
            "big.json is 25 MB; the most PCC Response opens is 20 MB. Response and \
                 office files are far smaller: check that this is the file you meant."
        ),
        "{err}"
    );
    text.push(b' ');
    let one_over = write(dir.path(), "one-over.json", &text);
    let err = read_response_file(&one_over).unwrap_err();
    assert!(matches!(err, Error::TooLarge { size, .. } if size == MAX_FILE_BYTES + 1));
}

#[cfg(target_os = "linux")]
#[test]
fn a_device_without_end_is_read_no_further_than_the_limit() {
    let err = read_response_file(Path::new("/dev/zero")).unwrap_err();
    assert!(matches!(err, Error::TooLarge { size, .. } if size == MAX_FILE_BYTES + 1));
}

#[test]
fn text_that_is_not_utf8_says_to_export_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut file = rich_form();
    file.inspection.title = "Café £5 ½ – à l'écoute".into();
    let text = write_response(&file);
    // Latin-1, as an old editor saves it: one byte a character.
    let latin1: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    let message = refused(&write(dir.path(), "latin1.json", latin1));
    assert!(
        message.ends_with(
            "latin1.json is not a PCC Response file or a Word document: it is not UTF-8 text \
             (it may be a picture, a PDF, or text saved in another encoding). Choose the file \
             exported from the app, or the Word document (.docx) itself."
        ),
        "{message}"
    );
    let word = refused(&write(
        dir.path(),
        "report.docx",
        b"PK\x03\x04\x14\0\x06\0\xff",
    ));
    assert!(word.contains("it is not UTF-8 text"), "{word}");
    for (name, bom, encode) in [
        (
            "le.json",
            [0xFF, 0xFE],
            u16::to_le_bytes as fn(u16) -> [u8; 2],
        ),
        ("be.json", [0xFE, 0xFF], u16::to_be_bytes),
    ] {
        let utf16: Vec<u8> = bom
            .into_iter()
            .chain(text.encode_utf16().flat_map(encode))
            .collect();
        let message = refused(&write(dir.path(), name, utf16));
        assert!(
            message.ends_with(&format!(
                "{name} is saved as UTF-16 text, which PCC Response does not read. Export it \
                 again from the app, or save it as UTF-8 in a text editor."
            )),
            "{message}"
        );
    }
}

#[test]
fn an_empty_file_says_so() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("empty.json", &b""[..]),
        ("blank.json", b" \r\n\t\n"),
        ("bom.json", b"\xEF\xBB\xBF\n"),
    ] {
        let message = refused(&write(dir.path(), name, bytes));
        assert!(
            message.ends_with(&format!(
                "{name} is empty. Choose the file exported from the app, or export it again."
            )),
            "{message}"
        );
    }
}

#[test]
fn nesting_of_any_depth_is_refused_in_words_without_overflowing_the_stack() {
    for depth in [129, 100_000, 1_000_000] {
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let deep = open.repeat(depth) + &close.repeat(depth);
            let Err(Error::Json { message, .. }) = read_response(&deep) else {
                panic!("{depth} levels were not refused as JSON");
            };
            assert!(
                message.starts_with("lists or objects are nested too deeply (more than 128")
                    && message.ends_with("Choose the file exported from the app."),
                "{message}"
            );
        }
        // Unclosed, as a hostile file need not close what it opens.
        assert!(read_response(&"[".repeat(depth)).is_err());
    }
}

#[test]
fn a_file_over_the_limits_names_the_field() {
    let mut r = rich_form();
    r.areas_for_improvement = vec![Item::default(); 4];
    r.areas_for_improvement[3].text = "\u{1F46E}".repeat(MAX_TEXT_CHARS);
    let at_limit = write_response(&r);
    assert_eq!(read_response(&at_limit).unwrap(), r);
    r.areas_for_improvement[3].text.push('x');
    let err = read_response(&write_response(&r)).unwrap_err().to_string();
    assert!(
        err.starts_with("areas_for_improvement[3].text: is 100,001 characters long;"),
        "{err}"
    );

    let mut r = rich_form();
    r.areas_for_improvement = vec![Item::default(); MAX_LIST_ENTRIES];
    assert_eq!(read_response(&write_response(&r)).unwrap(), r);
    r.areas_for_improvement = vec![Item::default(); 1_000];
    let err = read_response(&write_response(&r)).unwrap_err().to_string();
    assert_eq!(
        err,
        "areas_for_improvement: has 1,000 entries; the most the app accepts is 200. Remove \
         some, or combine them."
    );
}

#[test]
fn an_office_file_whose_logo_is_not_an_image_or_too_large_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let office = json!({
        "format": "pcc-office", "version": 1, "pcc_name": "Alex Morgan",
        "area": "Exampleshire", "force": "Exampleshire Police", "logo": "crest.png",
    });
    let path = write(dir.path(), "office.json", office.to_string());
    write(dir.path(), "crest.png", "This is a text file, renamed.");
    let err = read_office_file(&path).unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::NotAnImage);
    assert_eq!(
        err.to_string(),
        "The logo crest.png is not a PNG or JPEG image. Choose a PNG or JPEG file, or save \
         the image as one in a picture editor."
    );
    let mut png = crate::office::tests::tiny_png();
    png.resize(6 * 1024 * 1024, 0);
    write(dir.path(), "crest.png", png);
    let err = read_office_file(&path).unwrap_err();
    assert_eq!(
        err.to_string(),
        "logo: crest.png is over 5 MB, the most a logo may be. Save a smaller copy of the \
         image (a letterhead needs well under 1 MB) and choose that."
    );
}

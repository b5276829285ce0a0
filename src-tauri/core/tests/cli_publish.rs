//! `pcc-response export` writing the published forms: the kind of file follows the ending
//! of `--out`, and `--signed` is refused, in words and with nothing written, whenever the
//! signature cannot be printed.

mod common;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::listing;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// Exit status, standard output and standard error of `export RESPONSE --office OFFICE
/// --out OUT --today 2025-07-31` and `more`.
fn export(response: &str, out: &Path, more: &[&str]) -> (i32, String, String) {
    let response = fixtures().join(response);
    let office = fixtures().join("exampleshire-office.json");
    let mut args: Vec<&OsStr> = vec![
        "export".as_ref(),
        response.as_os_str(),
        "--office".as_ref(),
        office.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--today".as_ref(),
        "2025-07-31".as_ref(),
    ];
    args.extend(more.iter().map(OsStr::new));
    let run = Command::new(env!("CARGO_BIN_EXE_pcc-response"))
        .args(args)
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (
        run.status.code().unwrap(),
        text(run.stdout),
        text(run.stderr),
    )
}

const FORM: &str = "exampleshire-2025-response.pccr";
const LETTER: &str = "exampleshire-2025-letter.pccr";

/// The one line of a refusal: exit status 2, nothing on standard output, nothing written.
fn refused(dir: &Path, (code, out, err): (i32, String, String)) -> String {
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(lines[0].starts_with("pcc-response: "), "{err}");
    assert!(
        listing(dir).is_empty(),
        "nothing written: {:?}",
        listing(dir)
    );
    lines[0].to_string()
}

#[test]
fn export_to_an_html_file_writes_the_web_page() {
    let dir = tempfile::tempdir().unwrap();
    for (response, name, words) in [
        (FORM, "form.HTML", "inspections of Exampleshire Police"),
        (LETTER, "letter.htm", "Yours sincerely,"),
    ] {
        let out = dir.path().join(name);
        let (code, stdout, err) = export(response, &out, &[]);
        assert_eq!(code, 0, "{err}");
        assert!(
            stdout.contains(&format!("to {}", out.display())),
            "{stdout}"
        );
        let html = std::fs::read_to_string(&out).unwrap();
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"),
            "{name}"
        );
        assert!(html.contains(words), "{name}");
    }
    assert_eq!(listing(dir.path()), ["form.HTML", "letter.htm"]);
}

#[test]
fn export_to_a_pdf_file_writes_a_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("form.pdf");
    let (code, stdout, err) = export(FORM, &out, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("Exported response form to"), "{stdout}");
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    assert_eq!(listing(dir.path()), ["form.pdf"], "no temporary file left");
}

#[test]
fn an_unknown_ending_is_refused_naming_the_endings_known() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["form.txt", "form"] {
        let line = refused(dir.path(), export(FORM, &dir.path().join(name), &[]));
        assert!(line.contains(".docx, .html or .pdf"), "{line}");
    }
}

#[test]
fn signed_is_refused_for_a_draft_without_writing_anything() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.pccr");
    let text = std::fs::read_to_string(fixtures().join(LETTER)).unwrap();
    std::fs::write(
        &draft,
        text.replace("\"status\": \"signed\"", "\"status\": \"draft\""),
    )
    .unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("letter.html");
    let line = refused(
        out_dir.path(),
        export(draft.to_str().unwrap(), &out, &["--signed"]),
    );
    assert!(line.contains("marked Signed or Published"), "{line}");
    assert!(line.contains("marked Draft"), "{line}");
}

#[test]
fn signed_is_refused_when_the_office_has_no_signature() {
    let dir = tempfile::tempdir().unwrap();
    let line = refused(
        dir.path(),
        export(LETTER, &dir.path().join("letter.html"), &["--signed"]),
    );
    assert!(line.contains("office.signature"), "{line}");
    assert!(line.contains("no signature image"), "{line}");
}

#[test]
fn signed_is_refused_for_the_word_document() {
    let dir = tempfile::tempdir().unwrap();
    let line = refused(
        dir.path(),
        export(LETTER, &dir.path().join("letter.docx"), &["--signed"]),
    );
    assert!(line.contains("never carries the signature"), "{line}");
}

//! `pcc-response convert` and `import` of Word documents, as a user runs them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pcc-response"))
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn convert_writes_the_response_file_of_a_word_document() {
    let dir = tempfile::tempdir().unwrap();
    let docx = fixtures().join("word/exampleshire-label-paragraphs.docx");
    let out = dir.path().join("from-word.json");
    let args = [docx.as_os_str(), "--out".as_ref(), out.as_os_str()];
    let done = run(&[&["convert".as_ref()][..], &args].concat());
    assert_eq!(done.status.code(), Some(0), "{}", text(&done.stderr));
    assert!(text(&done.stdout).starts_with("Converted "));
    let written = pcc_core::file::read_response_file(&out).unwrap();
    let want =
        pcc_core::file::read_response_file(&fixtures().join("exampleshire-2025-response.pccr"))
            .unwrap();
    // A Word document holds each item's words, not its tracking after the response.
    let words = |items: &[pcc_core::Item]| -> Vec<(String, Option<String>)> {
        let words = |i: &pcc_core::Item| (i.text.clone(), i.response.clone());
        items.iter().map(words).collect()
    };
    assert_eq!(
        words(&written.areas_for_improvement),
        words(&want.areas_for_improvement)
    );
    assert_eq!(written.status, pcc_core::Status::Draft);

    // Not again without --force.
    let again = run(&[&["convert".as_ref()][..], &args].concat());
    assert_eq!(again.status.code(), Some(2));
    let forced = run(&[&["convert".as_ref()][..], &args, &["--force".as_ref()]].concat());
    assert_eq!(forced.status.code(), Some(0), "{}", text(&forced.stderr));
}

#[test]
fn import_takes_a_docx_and_refuses_an_old_doc_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("responses.db");
    let docx = fixtures().join("word/exampleshire-headings.docx");
    let done = run(&[
        "import".as_ref(),
        docx.as_os_str(),
        "--db".as_ref(),
        db.as_os_str(),
    ]);
    assert_eq!(done.status.code(), Some(0), "{}", text(&done.stderr));
    assert!(text(&done.stdout).starts_with("Imported response 1: PEEL 2025"));

    let old = dir.path().join("old.doc");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.extend([0; 512]);
    std::fs::write(&old, bytes).unwrap();
    let other_db = dir.path().join("none.db");
    let refused = run(&[
        "import".as_ref(),
        old.as_os_str(),
        "--db".as_ref(),
        other_db.as_os_str(),
    ]);
    assert_eq!(refused.status.code(), Some(2));
    let err = text(&refused.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("save it as a Word Document (.docx)"), "{err}");
    assert!(!other_db.exists());
}

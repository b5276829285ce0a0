//! The exported documents as the officer's programs see them: the Open XML schema check
//! of `openxml-audit` (which predicts what Microsoft Word will make of the file), the strict
//! parser of python-docx, and LibreOffice converting them to PDF. The test command,
//! `scripts/test.sh`, installs these tools; when one is missing the test fails and says so.

mod common;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use common::{
    assert_word_opens_cleanly, exampleshire_2025, exampleshire_2025_letter, libreoffice_convert,
    response_full_of, run_tool, HOSTILE,
};
use pcc_core::export::export_to_file;

/// The documents every outside check is run on: the 2025 form, the 2025 letter with the
/// office's logo, and a form full of hostile text.
fn documents(dir: &Path) -> Vec<PathBuf> {
    let (response, office) = exampleshire_2025();
    assert!(office.logo.is_some(), "the fixture office has a logo");
    let options = common::options();
    let form = dir.join("exampleshire-2025 form.docx");
    export_to_file(&response, &office, &options, &form, false).unwrap();

    let letter_path = dir.join("exampleshire-2025 letter.docx");
    export_to_file(
        &exampleshire_2025_letter(),
        &office,
        &options,
        &letter_path,
        false,
    )
    .unwrap();

    let hostile = dir.join("hostile ✓ text.docx");
    let problems = export_to_file(
        &response_full_of(HOSTILE),
        &office,
        &options,
        &hostile,
        false,
    )
    .unwrap();
    assert!(
        problems.iter().any(|p| p.message.contains("cannot hold")),
        "{problems:?}"
    );
    vec![form, letter_path, hostile]
}

#[test]
fn word_would_open_them_cleanly_by_the_open_xml_schema() {
    let dir = tempfile::tempdir().unwrap();
    for path in documents(dir.path()) {
        assert_word_opens_cleanly(&path);
    }
}

#[test]
fn python_docx_reads_them_and_finds_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let docs = documents(dir.path());
    let script = "import sys, docx\n\
        for p in sys.argv[1:]:\n\
        \x20   d = docx.Document(p)\n\
        \x20   print(len(d.paragraphs), d.core_properties.language, d.paragraphs[0].text[:60])\n";
    let mut args: Vec<&OsStr> = vec!["-c".as_ref(), script.as_ref()];
    args.extend(docs.iter().map(|p| p.as_os_str()));
    let out = run_tool("python3", &args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "python-docx failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(
        lines[0].contains("en-GB Exampleshire Police and Crime Commissioner"),
        "{stdout}"
    );
    assert!(lines[1].contains("en-GB"), "{stdout}");
}

#[test]
fn libreoffice_converts_them_to_pdf_with_every_page() {
    let dir = tempfile::tempdir().unwrap();
    let docs = documents(dir.path());
    let paths: Vec<&Path> = docs.iter().map(|p| p.as_path()).collect();
    libreoffice_convert(&paths, "pdf", dir.path());
    for doc in &docs {
        let pdf = doc.with_extension("pdf");
        let bytes = std::fs::read(&pdf)
            .unwrap_or_else(|_| panic!("LibreOffice made no PDF of {}", doc.display()));
        assert!(bytes.starts_with(b"%PDF"), "{}", pdf.display());
    }
    let text = |pdf: PathBuf| {
        let out = run_tool(
            "pdftotext",
            &["-layout".as_ref(), pdf.as_os_str(), "-".as_ref()],
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // What each PDF must say: the form, the letter, and the hostile text kept.
    let expected: [&[&str]; 3] = [
        &[
            "Inspection details",
            "11 August 2025",
            "Area for Improvement 17:",
            "Page 1 of",
            "For Office Use Only",
        ],
        &[
            "Yours sincerely,",
            "May 2025",
            "Dear Home Secretary, Chief Inspector",
        ],
        &[
            "police officer",
            "</w:t></w:r><w:r> & &amp;",
            "\u{05E9}\u{05DC}\u{05D5}\u{05DD}",
        ],
    ];
    for (doc, says) in docs.iter().zip(expected) {
        let pdf = text(doc.with_extension("pdf"));
        for words in says {
            assert!(
                pdf.contains(words),
                "the PDF of {} lacks {words:?}:\n{pdf}",
                doc.display()
            );
        }
    }
}

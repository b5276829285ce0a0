//! Bad input: each refused with its own message, and never a panic, however mutated.

use proptest::prelude::*;

use super::*;
use crate::dates::DateStyle;
use crate::word::{read_word, Section, WordProblem};
use crate::{Error, ErrorKind};

fn body(paragraphs: &[&str]) -> String {
    let ps: String = paragraphs
        .iter()
        .map(|t| format!("<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>"))
        .collect();
    format!(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{ps}</w:body></w:document>"
    )
}

fn docx(document: &str) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    out.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    out.write_all(document.as_bytes()).unwrap();
    out.finish().unwrap().into_inner()
}

fn problem(bytes: &[u8]) -> (WordProblem, Error) {
    match read_word(bytes, "PEEL 2024.docx") {
        Err(e @ Error::Word { .. }) => match &e {
            Error::Word { problem, .. } => (problem.clone(), e),
            _ => unreachable!(),
        },
        other => panic!("expected a Word problem, got {other:?}"),
    }
}

#[test]
fn each_bad_document_gets_its_own_message() {
    let (p, e) = problem(b"PK\x03\x04 not really a zip");
    assert_eq!(p, WordProblem::Damaged);
    assert_eq!(e.kind(), ErrorKind::InvalidFile);
    assert!(
        e.to_string().starts_with("PEEL 2024.docx is damaged"),
        "{e}"
    );

    let (p, e) = problem(&docx(&body(&["", "  "])));
    assert_eq!(p, WordProblem::NoText);
    assert!(e.to_string().contains("has no text"), "{e}");

    let (p, e) = problem(&docx(&body(&["A shopping list.", "Eggs, milk."])));
    assert_eq!(p, WordProblem::NotAResponse);
    assert!(
        e.to_string().contains("does not look like a PCC response"),
        "{e}"
    );

    let (p, e) = problem(&docx(&body(&[
        "Key findings",
        "Areas for improvement",
        "Recommendations",
    ])));
    assert_eq!(
        p,
        WordProblem::OutOfOrder {
            first: "Areas for improvement",
            then: "Recommendations"
        }
    );
    assert!(
        e.to_string()
            .contains("Areas for improvement comes before Recommendations"),
        "{e}"
    );

    let (p, e) = problem(&docx("<w:document><w:body><w:p>"));
    assert_eq!(p, WordProblem::Damaged, "{e}");
    let (p, _) = problem(&docx(
        "<!DOCTYPE d [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><w:document/>",
    ));
    assert_eq!(p, WordProblem::Damaged);
}

#[test]
fn what_cannot_be_placed_is_kept_and_named() {
    let doc = read_word(
        &docx(&body(&[
            "Exampleshire PCC response to inspections",
            "Section 55 of the Police Act 1996 requires a response.",
            "Inspection title: Custody",
            "A stray remark before any heading.",
            "Key findings",
            "Found well.",
            "Recommendations",
            "Said before the first recommendation.",
            "Recommendation 1: Do it.",
            "Done.",
        ])),
        "x.docx",
    )
    .unwrap();
    let r = &doc.accepted;
    assert_eq!(r.inspection.title, "Custody");
    assert_eq!(
        r.key_findings,
        "A stray remark before any heading.\n\nFound well.\n\nSaid before the first \
         recommendation."
    );
    assert_eq!(r.recommendations.len(), 1);
    assert_eq!(r.recommendations[0].response.as_deref(), Some("Done."));
    let notes: Vec<_> = doc
        .notes
        .iter()
        .map(|n| (n.section, n.message.as_str()))
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes.iter().all(|(s, _)| *s == Section::KeyFindings));
    assert!(notes[0]
        .1
        .contains("\u{201C}A stray remark before any heading.\u{201D}"));
    assert!(notes[1]
        .1
        .contains("under Recommendations before the first item"));
}

fn export_bytes() -> Vec<u8> {
    let (r, office) = fixture("exampleshire-2025-response.pccr");
    export(&r, &office, DateStyle::Ordinal)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn mutated_zips_never_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..8)
    ) {
        let mut bytes = export_bytes();
        for (at, byte, how) in edits {
            let i = at.index(bytes.len());
            match how {
                0 => bytes[i] ^= byte | 1,
                1 => bytes.insert(i, byte),
                _ => { bytes.remove(i); }
            }
        }
        let _ = read_word(&bytes, "mutated.docx");
    }

    #[test]
    fn mutated_document_text_never_panics(
        edits in prop::collection::vec((any::<prop::sample::Index>(), "[<>/&;:a-z \"=\\t]{0,6}", any::<bool>()), 1..8)
    ) {
        let bytes = export_bytes();
        let mutated = edit_part(&bytes, "word/document.xml", |xml| {
            let mut xml = xml.to_string();
            for (at, text, cut) in &edits {
                let mut i = at.index(xml.len() + 1);
                while !xml.is_char_boundary(i) { i -= 1; }
                if *cut {
                    let mut end = (i + text.len()).min(xml.len());
                    while !xml.is_char_boundary(end) { end -= 1; }
                    xml.replace_range(i..end, "");
                } else {
                    xml.insert_str(i, text);
                }
            }
            xml
        }, &[]);
        let _ = read_word(&mutated, "mutated.docx");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Any wording under the headings, in any script: never a panic.
    #[test]
    fn any_wording_never_panics(lines in prop::collection::vec("[^<&]{0,40}", 0..12)) {
        let mut paragraphs = vec!["Key findings"];
        paragraphs.extend(lines.iter().map(String::as_str));
        paragraphs.extend(["Recommendations", "Recommendation 1: İK", "For Office Use Only"]);
        paragraphs.extend(lines.iter().map(String::as_str));
        let _ = read_word(&docx(&body(&paragraphs)), "any.docx");
    }
}

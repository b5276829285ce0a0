//! The app's own export, read back.

use super::*;
use crate::dates::DateStyle;
use crate::richtext;
use crate::word::{read_word, Section};
use crate::Status;

fn as_draft(r: Response) -> Response {
    let mut r = untracked(r);
    r.status = Status::Draft;
    r
}

#[test]
fn the_form_reads_back_field_for_field() {
    let (r, office) = fixture("exampleshire-2025-response.pccr");
    for style in [DateStyle::Plain, DateStyle::Ordinal] {
        let doc = read_word(&export(&r, &office, style), "form.docx").unwrap();
        assert_eq!(doc.accepted, as_draft(r.clone()), "{style:?}");
        assert_eq!(doc.original, doc.accepted);
        assert_eq!(doc.tracked_changes, 0);
        assert!(doc.notes.is_empty(), "{:?}", doc.notes);
        assert!(doc.comments.is_empty());
    }
}

#[test]
fn what_the_reader_writes_parses_back_as_the_export_wrote_it() {
    let (r, office) = fixture("exampleshire-2025-response.pccr");
    let doc = read_word(&export(&r, &office, DateStyle::Plain), "form.docx").unwrap();
    for (got, want) in [
        (&doc.accepted.key_findings, &r.key_findings),
        (&doc.accepted.pcc_response, &r.pcc_response),
        (
            &doc.accepted.chief_constable_response,
            &r.chief_constable_response,
        ),
    ] {
        assert_eq!(richtext::parse(got), richtext::parse(want));
    }
}

#[test]
fn the_letter_reads_back_what_it_prints() {
    let (r, office) = fixture("exampleshire-2025-letter.pccr");
    let doc = read_word(&export(&r, &office, DateStyle::Plain), "letter.docx").unwrap();
    let got = doc.accepted;
    assert_eq!(got.document, r.document);
    assert_eq!(got.letter, r.letter);
    assert_eq!(got.pcc_response, r.pcc_response);
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
    // A letter does not print the inspection, the items or the checklist.
    assert_eq!(got.status, Status::Draft);
    assert!(got.recommendations.is_empty() && got.checklist.is_empty());
}

#[test]
fn tracked_changes_are_read_both_ways_and_counted() {
    let (r, office) = fixture("exampleshire-2025-response.pccr");
    let docx = export(&r, &office, DateStyle::Plain);
    let tracked = edit_part(
        &docx,
        "word/document.xml",
        |xml| {
            let ins = r#"<w:ins w:id="901" w:author="Chief Executive" w:date="2025-08-02T10:00:00Z"><w:r><w:t xml:space="preserve"> It is welcome.</w:t></w:r></w:ins>"#;
            let old = "keeps people safe, reduces crime and treats the public fairly.</w:t></w:r>";
            let xml = xml.replacen(old, &format!("{old}{ins}"), 1);
            let gone = "I am grateful to HMICFRS for a thorough inspection, ";
            let del = format!(
                r#"</w:t></w:r><w:del w:id="902" w:author="PCC" w:date="2025-08-02T10:00:00Z"><w:r><w:delText xml:space="preserve">{gone}</w:delText></w:r></w:del><w:r><w:t xml:space="preserve">"#
            );
            xml.replacen(gone, &del, 1)
        },
        &[],
    );
    let doc = read_word(&tracked, "edited.docx").unwrap();
    assert_eq!(doc.tracked_changes, 2);
    assert_eq!(doc.original, as_draft(r.clone()));
    let mut want = as_draft(r.clone());
    want.key_findings = want.key_findings.replacen(
        "treats the public fairly.",
        "treats the public fairly. It is welcome.",
        1,
    );
    want.chief_constable_response = want.chief_constable_response.replacen(
        "I am grateful to HMICFRS for a thorough inspection, and",
        "and",
        1,
    );
    assert_eq!(doc.accepted, want);
}

#[test]
fn comments_are_filed_under_the_section_they_are_anchored_in() {
    let (r, office) = fixture("exampleshire-2025-response.pccr");
    let docx = export(&r, &office, DateStyle::Plain);
    let comments = r#"<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="7" w:author="Chief Executive" w:date="2025-08-02T09:00:00Z"><w:p><w:r><w:t>Is this figure right?</w:t></w:r></w:p></w:comment><w:comment w:id="8" w:author="PCC"><w:p><w:r><w:t>Agreed.</w:t></w:r></w:p></w:comment></w:comments>"#;
    let edited = edit_part(
        &docx,
        "word/document.xml",
        |xml| {
            let anchor = "<w:t xml:space=\"preserve\">A second shift of call handlers";
            let xml = xml.replacen(
                anchor,
                &format!("<w:t xml:space=\"preserve\"></w:t></w:r><w:commentRangeStart w:id=\"7\"/><w:r>{anchor}"),
                1,
            );
            let xml = xml.replacen(
                "when demand is highest.</w:t></w:r>",
                "when demand is highest.</w:t></w:r><w:commentRangeEnd w:id=\"7\"/><w:r><w:commentReference w:id=\"7\"/></w:r>",
                1,
            );
            xml.replacen(
                "My Police and Crime Plan is on my ",
                "My Police and Crime Plan is on my </w:t></w:r><w:r><w:commentReference w:id=\"8\"/></w:r><w:r><w:t xml:space=\"preserve\">",
                1,
            )
        },
        &[],
    );
    let edited = edit_part(&edited, "word/comments.xml", |_| comments.to_string(), &[]);
    let doc = read_word(&edited, "commented.docx").unwrap();
    assert_eq!(doc.accepted, as_draft(r));
    let filed: Vec<_> = doc
        .comments
        .iter()
        .map(|c| (c.section, c.author.as_str(), c.text.as_str()))
        .collect();
    assert_eq!(
        filed,
        [
            (
                Section::AreasForImprovement,
                "Chief Executive",
                "Is this figure right?"
            ),
            (Section::PccResponse, "PCC", "Agreed."),
        ]
    );
    assert!(doc.comments[0]
        .anchored_to
        .starts_with("A second shift of call handlers"));
    assert_eq!(
        doc.comments[0].date.as_deref(),
        Some("2025-08-02T09:00:00Z")
    );
}

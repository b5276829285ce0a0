//! Documents made without the app (scripts/make-word-fixtures.py, from our fixture's text),
//! each in the styles an office might use, read to the response they hold.

use super::*;
use crate::word::read_word;
use crate::{ChecklistEntry, Status};

fn read(name: &str) -> crate::word::WordDocument {
    let path = fixtures().join("word").join(name);
    read_word(&std::fs::read(&path).unwrap(), name).unwrap()
}

fn expected() -> Response {
    let (r, _) = fixture("exampleshire-2025-response.pccr");
    let mut r = untracked(r);
    r.status = Status::Draft;
    r
}

/// Compares field by field, so that a failure names the field.
fn assert_same(got: &Response, want: &Response) {
    assert_eq!(got.inspection, want.inspection);
    assert_eq!(got.key_findings, want.key_findings);
    assert_eq!(got.grades, want.grades);
    assert_eq!(got.recommendations, want.recommendations);
    assert_eq!(got.areas_for_improvement, want.areas_for_improvement);
    assert_eq!(got.chief_constable_response, want.chief_constable_response);
    assert_eq!(got.pcc_response, want.pcc_response);
    assert_eq!(got.checklist, want.checklist);
    assert_eq!(got, want);
}

#[test]
fn heading_styles_a_details_table_and_word_numbering() {
    let doc = read("exampleshire-headings.docx");
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
    assert_same(&doc.accepted, &expected());
}

#[test]
fn bold_capital_labels_tab_lines_and_ticks_without_dates() {
    let doc = read("exampleshire-bold-labels.docx");
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
    let mut want = expected();
    for e in &mut want.checklist {
        *e = match e.done_on {
            Some(_) => ChecklistEntry::completed(e.item.clone(), None),
            None => ChecklistEntry::new(e.item.clone()),
        };
    }
    assert_same(&doc.accepted, &want);
}

#[test]
fn labels_and_values_in_paragraphs_of_their_own() {
    let doc = read("exampleshire-label-paragraphs.docx");
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
    assert_same(&doc.accepted, &expected());
}

/// The app's export saved again by LibreOffice (`libreoffice --headless --convert-to
/// docx:"MS Word 2007 XML"`), which rewrites every part in its own way.
#[test]
fn the_export_saved_again_by_libreoffice() {
    let doc = read("exampleshire-libreoffice-form.docx");
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
    assert_same(&doc.accepted, &expected());
    let letter = read("exampleshire-libreoffice-letter.docx").accepted;
    let (want, _) = fixture("exampleshire-2025-letter.pccr");
    assert_eq!(letter.letter, want.letter);
    assert_eq!(letter.pcc_response, want.pcc_response);
}

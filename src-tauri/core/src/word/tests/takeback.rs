//! Taking back edits from a real edited export: the app's DOCX of the fixture with a
//! paragraph changed in place, an area for improvement added, a tracked insertion and
//! deletion left pending and a comment, read and compared with the fixture. The comparison
//! shows exactly those changes, each where it belongs.

use super::{edit_part, export, fixture};
use crate::dates::DateStyle;
use crate::word::{compare, read_word, Change, DocumentMatch, Section};

const ADDED_AREA: &str = "The force should review how it shares learning from complaints.";

fn edited() -> Vec<u8> {
    let (r, office) = fixture("exampleshire-2025-response.pccr");
    let docx = export(&r, &office, DateStyle::Plain);
    let edited = edit_part(
        &docx,
        "word/document.xml",
        |xml| {
            // Typed straight into the PCC response, without Track Changes.
            let xml = xml.replacen("I welcome the report", "I warmly welcome the report", 1);
            // An area for improvement added after the last, as the export prints one.
            let last = "are supported by clear plans and are monitored.</w:t></w:r></w:p>";
            let added = format!(
                "{last}<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr><w:r><w:t>Area for \
                 Improvement 18:</w:t></w:r></w:p><w:p><w:r><w:t>{ADDED_AREA}</w:t></w:r></w:p>"
            );
            let xml = xml.replacen(last, &added, 1);
            // A tracked insertion in the key findings and a tracked deletion in the Chief
            // Constable's response, both pending; a comment on the PCC's response.
            let ins = r#"<w:ins w:id="901" w:author="Chief Executive"><w:r><w:t xml:space="preserve"> It is welcome.</w:t></w:r></w:ins>"#;
            let old = "keeps people safe, reduces crime and treats the public fairly.</w:t></w:r>";
            let xml = xml.replacen(old, &format!("{old}{ins}"), 1);
            let gone = "I am grateful to HMICFRS for a thorough inspection, ";
            let del = format!(
                r#"</w:t></w:r><w:del w:id="902" w:author="PCC"><w:r><w:delText xml:space="preserve">{gone}</w:delText></w:r></w:del><w:r><w:t xml:space="preserve">"#
            );
            let xml = xml.replacen(gone, &del, 1);
            xml.replacen(
                "My Police and Crime Plan is on my ",
                "My Police and Crime Plan is on my </w:t></w:r><w:r><w:commentReference w:id=\"8\"/></w:r><w:r><w:t xml:space=\"preserve\">",
                1,
            )
        },
        &[],
    );
    let comments = r#"<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="8" w:author="PCC"><w:p><w:r><w:t>Agreed.</w:t></w:r></w:p></w:comment></w:comments>"#;
    edit_part(&edited, "word/comments.xml", |_| comments.to_string(), &[])
}

/// The section's words with `change`, joined.
fn marked(changes: &crate::word::TakeBack, section: Section, change: Change) -> String {
    let s = changes.sections.iter().find(|s| s.section == section);
    s.map(|s| {
        s.words
            .iter()
            .filter(|w| w.change == change)
            .map(|w| w.text.as_str())
            .collect()
    })
    .unwrap_or_default()
}

#[test]
fn an_edited_export_shows_exactly_the_edits_made_in_word() {
    let (r, _) = fixture("exampleshire-2025-response.pccr");
    let doc = read_word(&edited(), "edited.docx").unwrap();
    let changes = compare(&r, &doc);

    assert_eq!(changes.matches, DocumentMatch::Same);
    assert_eq!(changes.tracked_changes, 2);
    assert_eq!(changes.comments, 1);
    let shown: Vec<_> = changes.sections.iter().map(|s| s.section).collect();
    assert_eq!(
        shown,
        [
            Section::KeyFindings,
            Section::AreasForImprovement,
            Section::ChiefConstableResponse,
            Section::PccResponse
        ]
    );

    // The edit typed in Word, word for word.
    assert_eq!(
        marked(&changes, Section::PccResponse, Change::Added),
        "warmly "
    );
    assert_eq!(marked(&changes, Section::PccResponse, Change::Removed), "");
    // The added area for improvement, and nothing else in that section.
    let added = marked(&changes, Section::AreasForImprovement, Change::Added);
    assert!(added.contains("Area for Improvement 18: "), "{added:?}");
    assert!(added.trim_end().ends_with(ADDED_AREA), "{added:?}");
    assert_eq!(
        marked(&changes, Section::AreasForImprovement, Change::Removed),
        ""
    );
    // The tracked changes as proposals, never as edits made.
    assert_eq!(
        marked(&changes, Section::KeyFindings, Change::ProposedAdded),
        " It is welcome."
    );
    assert_eq!(marked(&changes, Section::KeyFindings, Change::Added), "");
    assert_eq!(
        marked(
            &changes,
            Section::ChiefConstableResponse,
            Change::ProposedRemoved
        ),
        "I am grateful to HMICFRS for a thorough inspection, "
    );
    let pcc = changes
        .sections
        .iter()
        .find(|s| s.section == Section::PccResponse);
    let flags = pcc.map(|s| (s.edited, s.proposed, s.comments.len()));
    assert_eq!(flags, Some((true, false, 1)));
}

#[test]
fn taking_back_items_keeps_their_tracking_and_reads_no_first_raised_line_as_text() {
    use crate::word::{apply, SectionChoice, Take};
    let (mut r, office) = fixture("exampleshire-2025-response.pccr");
    r.areas_for_improvement[1].tracking.first_raised = chrono::NaiveDate::from_ymd_opt(2022, 5, 10);
    r.areas_for_improvement[1].tracking.lead = Some("Head of Contact".into());
    let docx = export(&r, &office, DateStyle::Plain);
    let doc = read_word(&docx, "carried.docx").unwrap();
    let read = &doc.accepted.areas_for_improvement[1];
    assert_eq!(
        read.text, r.areas_for_improvement[1].text,
        "no 'first raised' line in the text"
    );
    let changes = compare(&r, &doc);
    assert!(
        changes
            .sections
            .iter()
            .all(|s| s.section != Section::AreasForImprovement),
        "the export read back differs in no area for improvement"
    );
    let choices = [SectionChoice {
        section: Section::AreasForImprovement,
        take: Take::Accepted,
    }];
    let taken = apply(&r, &doc, &choices);
    for (after, before) in taken
        .areas_for_improvement
        .iter()
        .zip(&r.areas_for_improvement)
    {
        assert_eq!(after.tracking, before.tracking, "{}", before.text);
    }
    assert_eq!(taken.recommendations, r.recommendations);
}

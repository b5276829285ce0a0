use super::*;
use crate::dates::tests::day;
use crate::{DocumentKind, Item, Letter, LetterDate};

/// Our fixture response, as the app holds it.
pub(crate) fn exampleshire() -> Response {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/exampleshire-2025-response.pccr");
    crate::file::read_response_file(&path).unwrap()
}

/// A document read as `original` with its tracked changes rejected and `accepted` with them
/// accepted, with no notes or comments.
fn document(original: Response, accepted: Response) -> WordDocument {
    WordDocument {
        accepted,
        original,
        notes: Vec::new(),
        tracked_changes: 0,
        comments: Vec::new(),
    }
}

/// The stretches of `changes` as (change, text).
fn marked(changes: &SectionChanges) -> Vec<(Change, &str)> {
    changes
        .words
        .iter()
        .map(|w| (w.change, w.text.as_str()))
        .collect()
}

fn comment(section: Section, text: &str) -> WordComment {
    WordComment {
        section,
        author: "Chief Executive".into(),
        date: Some("2025-07-01T09:30:00Z".into()),
        text: text.into(),
        anchored_to: "the force".into(),
    }
}

#[test]
fn sections_read_as_the_officer_reads_them() {
    let r = exampleshire();
    let inspection = section_text(&r, Section::Inspection);
    assert_eq!(
        inspection,
        "Inspection title: PEEL 2025: An inspection of Exampleshire Police\n\
         Date published: 17 June 2025\n\
         Type of inspection: PEEL\n\
         Forces: Exampleshire\n\
         Link to report: https://www.example.org/hmicfrs/peel-2025/exampleshire"
    );
    let grades = section_text(&r, Section::Grades);
    assert!(
        grades.starts_with(
            "Outstanding at managing offenders and suspects\nGood at recording data about crime\n"
        ),
        "{grades}"
    );
    let recommendations = section_text(&r, Section::Recommendations);
    assert!(
        recommendations.starts_with("Recommendation 1: By 31 December 2025, Exampleshire"),
        "{recommendations}"
    );
    assert!(recommendations.contains("\nResponse: Accepted. The force"));
    assert!(recommendations.contains("\n\nRecommendation 2: "));
    let areas = section_text(&r, Section::AreasForImprovement);
    assert!(areas.ends_with(
        "Area for Improvement 17: The force should make sure that the savings in its \
         medium-term financial plan are supported by clear plans and are monitored."
    ));
    let checklist = section_text(&r, Section::Checklist);
    assert!(checklist.starts_with(
        "✓ Response forwarded to the Chief Constable. — 22 July 2025\n\
         ✓ Response forwarded to the Exampleshire Police and Crime Panel. — 23 July 2025\n"
    ));
    assert!(checklist.ends_with("\n☐ Response submitted to the HMICFRS monitoring portal."));
    assert_eq!(section_text(&r, Section::KeyFindings), r.key_findings);
    assert_eq!(section_text(&r, Section::PccResponse), r.pcc_response);
    assert_eq!(section_text(&r, Section::Letter), "");

    let mut letter = Response::new(DocumentKind::Letter, &[]);
    for section in Section::ALL {
        assert_eq!(section_text(&letter, section), "", "{section:?}");
    }
    letter.letter = Some(Letter {
        date: Some(LetterDate::Month {
            year: 2024,
            month: 7,
        }),
        addressees: Some(vec!["Sir Andy Cooke".into(), "HMICFRS".into()]),
        salutation: None,
        subject: Some("PEEL 2025".into()),
    });
    letter.checklist = vec![crate::ChecklistEntry::completed("Filed.", None)];
    assert_eq!(
        section_text(&letter, Section::Letter),
        "Date: July 2024\nAddressees: Sir Andy Cooke; HMICFRS\nSubject: PEEL 2025"
    );
    assert_eq!(
        section_text(&letter, Section::Checklist),
        "✓ Filed. — date not known"
    );
}

#[test]
fn a_document_like_the_response_shows_nothing() {
    let r = exampleshire();
    let found = compare(&r, &document(r.clone(), r.clone()));
    assert_eq!(found.matches, DocumentMatch::Same);
    assert_eq!(found.sections, []);
}

#[test]
fn a_changed_paragraph_is_marked_at_the_changed_words() {
    let app = exampleshire();
    let mut word = app.clone();
    word.key_findings = word.key_findings.replace(
        "too many non-emergency calls are abandoned",
        "too many non-emergency calls go unanswered",
    );
    let found = compare(&app, &document(word.clone(), word));
    let [key_findings] = &found.sections[..] else {
        panic!("{:?}", found.sections);
    };
    assert_eq!(key_findings.section, Section::KeyFindings);
    assert_eq!(key_findings.label, "Key findings");
    assert!(key_findings.edited && !key_findings.proposed);
    let words = marked(key_findings);
    assert_eq!(words.len(), 4, "{words:?}");
    assert!(words[0].1.ends_with("non-emergency calls "));
    assert_eq!(words[1], (Change::Removed, "are abandoned"));
    assert_eq!(words[2], (Change::Added, "go unanswered"));
    assert_eq!(words[3].0, Change::Same);
    let app_text: String = words
        .iter()
        .filter(|w| w.0 != Change::Added)
        .map(|w| w.1)
        .collect();
    assert_eq!(app_text, app.key_findings);
}

#[test]
fn an_added_area_for_improvement_is_added_in_its_section() {
    let app = exampleshire();
    let mut word = app.clone();
    word.areas_for_improvement.push(Item {
        text: "The force should answer its non-emergency number within three minutes.".into(),
        response: Some("Agreed.".into()),
        tracking: Default::default(),
    });
    let found = compare(&app, &document(word.clone(), word));
    let [areas] = &found.sections[..] else {
        panic!("{:?}", found.sections);
    };
    assert_eq!(areas.section, Section::AreasForImprovement);
    let words = marked(areas);
    assert_eq!(
        words[1..],
        [(
            Change::Added,
            "\n\nArea for Improvement 18: The force should answer its non-emergency number \
             within three minutes.\nResponse: Agreed."
        )]
    );
}

#[test]
fn tracked_changes_are_proposals_beside_edits_made_in_word() {
    let app = exampleshire();
    let mut typed = app.clone();
    typed.chief_constable_response =
        typed
            .chief_constable_response
            .replacen("a thorough inspection", "a careful inspection", 1);
    let mut accepted = typed.clone();
    accepted.chief_constable_response = accepted
        .chief_constable_response
        .replacen(
            "grateful to HMICFRS",
            "grateful to His Majesty's Inspectorate",
            1,
        )
        .replacen(" and staff", "", 1);
    let mut doc = document(typed, accepted);
    doc.tracked_changes = 2;
    let found = compare(&app, &doc);
    assert_eq!(found.tracked_changes, 2);
    let [cc] = &found.sections[..] else {
        panic!("{:?}", found.sections);
    };
    assert_eq!(cc.section, Section::ChiefConstableResponse);
    assert!(cc.edited && cc.proposed);
    let changed: Vec<_> = marked(cc)
        .into_iter()
        .filter(|w| w.0 != Change::Same)
        .collect();
    assert_eq!(
        changed,
        [
            (Change::ProposedRemoved, "HMICFRS"),
            (Change::ProposedAdded, "His Majesty's Inspectorate"),
            (Change::Removed, "thorough"),
            (Change::Added, "careful"),
            (Change::ProposedRemoved, " and staff"),
        ]
    );
}

#[test]
fn comments_are_filed_with_their_section() {
    let app = exampleshire();
    let mut doc = document(app.clone(), app.clone());
    doc.comments = vec![
        comment(Section::Grades, "Check this grade."),
        comment(Section::KeyFindings, "Shorter?"),
        comment(Section::Grades, "And this one."),
    ];
    let found = compare(&app, &doc);
    assert_eq!(found.comments, 3);
    let sections: Vec<_> = found.sections.iter().map(|s| s.section).collect();
    assert_eq!(sections, [Section::KeyFindings, Section::Grades]);
    let grades = &found.sections[1];
    assert!(!grades.edited && !grades.proposed);
    assert_eq!(
        grades.comments,
        [doc.comments[0].clone(), doc.comments[2].clone()]
    );
    assert_eq!(
        marked(grades),
        [(Change::Same, section_text(&app, Section::Grades).as_str())]
    );
}

#[test]
fn another_inspections_document_is_named() {
    let app = exampleshire();
    let mut other = app.clone();
    other.inspection.title = "Exampleshire Police: An inspection of custody".into();
    other.inspection.published = Some(day(2024, 6, 3));
    let found = compare(&app, &document(other.clone(), other.clone()));
    let DocumentMatch::Different {
        title,
        published,
        message,
    } = &found.matches
    else {
        panic!("{:?}", found.matches);
    };
    assert_eq!(title, "Exampleshire Police: An inspection of custody");
    assert_eq!(*published, Some(day(2024, 6, 3)));
    assert!(message.starts_with(
        "This document is for “Exampleshire Police: An inspection of custody”, published \
         3 June 2024, not for “PEEL 2025: An inspection of Exampleshire Police”, published \
         17 June 2025."
    ));

    let mut later = app.clone();
    later.inspection.published = Some(day(2025, 6, 18));
    let found = compare(&app, &document(later.clone(), later));
    assert!(matches!(found.matches, DocumentMatch::Different { .. }));

    // The same title, typed differently, is the same inspection.
    let mut retyped = app.clone();
    retyped.inspection.title = "  peel 2025:  an INSPECTION of Exampleshire Police ".into();
    let found = compare(&app, &document(retyped.clone(), retyped));
    assert_eq!(found.matches, DocumentMatch::Same);
    assert!(same_title("The ‘X’ – Y", "the 'x' - y"));
    assert!(same_title("“Quoted” — here", "\"quoted\" - here"));

    // A new response with no title or date yet takes any document.
    let blank = Response::new(DocumentKind::Form, &[]);
    let found = compare(&blank, &document(app.clone(), app));
    assert_eq!(found.matches, DocumentMatch::Same);
}

#[test]
fn apply_takes_each_section_as_chosen() {
    let app = exampleshire();
    let mut original = app.clone();
    original.key_findings = "Typed in Word.".into();
    original.pcc_response = "Before the tracked change.".into();
    original.grades.truncate(1);
    original.status = crate::Status::Draft;
    original.document = DocumentKind::Letter;
    let mut accepted = original.clone();
    accepted.pcc_response = "After the tracked change.".into();
    accepted.chief_constable_response = "Proposed.".into();
    let doc = document(original, accepted);
    let choice = |section, take| SectionChoice { section, take };

    let taken = apply(
        &app,
        &doc,
        &[
            choice(Section::KeyFindings, Take::Accepted),
            choice(Section::PccResponse, Take::Rejected),
            choice(Section::ChiefConstableResponse, Take::Keep),
        ],
    );
    assert_eq!(taken.key_findings, "Typed in Word.");
    assert_eq!(taken.pcc_response, "Before the tracked change.");
    assert_eq!(taken.chief_constable_response, app.chief_constable_response);
    assert_eq!(taken.grades, app.grades, "a section not chosen stays");
    assert_eq!(taken.status, app.status);
    assert_eq!(taken.document, app.document);
    assert_eq!(taken.letter, None);

    let taken = apply(
        &app,
        &doc,
        &[
            choice(Section::PccResponse, Take::Accepted),
            choice(Section::Grades, Take::Rejected),
            choice(Section::ChiefConstableResponse, Take::Accepted),
        ],
    );
    assert_eq!(taken.pcc_response, "After the tracked change.");
    assert_eq!(taken.grades.len(), 1);
    assert_eq!(taken.chief_constable_response, "Proposed.");
    assert_eq!(taken.key_findings, app.key_findings);
    assert_eq!(apply(&app, &doc, &[]), app);
}

#[test]
fn large_fields_compare_whole() {
    let app = exampleshire();
    let paragraph = "The force has reviewed how calls are answered and attended. ";
    let mut word = app.clone();
    let mut ours = app.clone();
    ours.key_findings = paragraph.repeat(1_700);
    assert!(ours.key_findings.len() > 100_000);
    word.key_findings = ours.key_findings.replacen("reviewed", "changed", 900);
    word.pcc_response = (0..20_000).map(|i| format!("w{i} ")).collect();
    let found = compare(&ours, &document(word.clone(), word.clone()));
    let texts: Vec<_> = found.sections.iter().map(|s| s.section).collect();
    assert_eq!(texts, [Section::KeyFindings, Section::PccResponse]);
    let back: String = found.sections[0]
        .words
        .iter()
        .filter(|w| w.change != Change::Removed)
        .map(|w| w.text.as_str())
        .collect();
    assert_eq!(back, word.key_findings);
    let removed = found.sections[0]
        .words
        .iter()
        .filter(|w| w.change == Change::Removed);
    assert!(removed.clone().all(|w| w.text == "reviewed"));
    assert_eq!(removed.count(), 900);
}

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::*;
use crate::dates::DateStyle;
use crate::docx::ExportOptions;
use crate::publish::{render, Format};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// The invented office, with its logo, as the app reads it.
pub(crate) fn office() -> Office {
    crate::file::read_office_file(&fixtures().join("exampleshire-office.json")).unwrap()
}

/// The published 2025 PEEL response form.
pub(crate) fn form() -> Response {
    crate::file::read_response_file(&fixtures().join("exampleshire-2025-response.pccr")).unwrap()
}

/// The signed letter answering the spotlight report.
pub(crate) fn letter() -> Response {
    crate::file::read_response_file(&fixtures().join("exampleshire-2025-letter.pccr")).unwrap()
}

/// The office with a signature: its logo stands in for the image.
pub(crate) fn signing_office() -> Office {
    let office = office();
    Office {
        signature: office.logo.clone(),
        ..office
    }
}

pub(crate) fn options(signed: bool) -> PublishOptions {
    PublishOptions {
        export: ExportOptions {
            today: NaiveDate::from_ymd_opt(2025, 7, 31).unwrap(),
            date_style: DateStyle::Plain,
        },
        signed,
    }
}

/// Every heading, in reading order, those inside list items too.
fn headings(parts: &[Part]) -> Vec<(u8, String)> {
    let mut found = Vec::new();
    for part in parts {
        match part {
            Part::Heading { level, text } => found.push((*level, text.clone())),
            Part::List { items, .. } => items.iter().for_each(|i| found.extend(headings(i))),
            _ => {}
        }
    }
    found
}

/// The words of a paragraph.
fn words(part: &Part) -> Option<String> {
    match part {
        Part::Paragraph { spans, .. } => Some(spans.iter().map(|s| s.text.as_str()).collect()),
        _ => None,
    }
}

fn assert_one_title_and_headings_in_order(p: &Publication) {
    let found = headings(&p.parts);
    let titles: Vec<_> = found.iter().filter(|(l, _)| *l == 1).collect();
    assert_eq!(titles, [&(1, p.title.clone())], "{found:?}");
    assert_eq!(found[0].0, 1, "the title comes first of the headings");
    for pair in found.windows(2) {
        assert!(pair[1].0 <= pair[0].0 + 1, "a level skipped: {pair:?}");
    }
}

#[test]
fn the_form_has_one_title_its_details_as_rows_and_its_items_as_lists() {
    let p = publication(&form(), &office(), &options(false)).unwrap();
    assert_one_title_and_headings_in_order(&p);
    assert!(p
        .title
        .starts_with("Exampleshire Police and Crime Commissioner (PCC) response"));
    assert_eq!(
        p.author,
        "Office of the Police and Crime Commissioner for Exampleshire"
    );
    let rows = p
        .parts
        .iter()
        .find_map(|part| match part {
            Part::Details { caption, rows } => Some((caption, rows)),
            _ => None,
        })
        .expect("the inspection details");
    assert_eq!(rows.0, "Inspection details");
    let labels: Vec<&str> = rows.1.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Inspection title",
            "Date published",
            "Type of inspection",
            "Police force(s)",
            "Link to report",
            "Section 55 response deadline"
        ]
    );
    let (_, deadline) = &rows.1[5];
    assert_eq!(
        deadline[0].text, "11 August 2025 (56 days counting the day of publication as day 1)",
        "the office's rule"
    );
    let link = &rows.1[4].1[0];
    assert_eq!(
        link.link.as_deref(),
        Some(link.text.as_str()),
        "a real link, its words the address"
    );

    let lists: Vec<(bool, &Vec<Vec<Part>>)> = p
        .parts
        .iter()
        .filter_map(|part| match part {
            Part::List { ordered, items } => Some((*ordered, items)),
            _ => None,
        })
        .collect();
    let sizes: Vec<(bool, usize)> = lists.iter().map(|(o, i)| (*o, i.len())).collect();
    assert_eq!(
        sizes,
        [(false, 9), (true, 3), (true, 17), (false, 4)],
        "grades, items, checklist"
    );
    let grade = &lists[0].1[0][0];
    match grade {
        Part::Paragraph { spans, .. } => {
            assert!(spans[0].bold && crate::model::Grade::parse(&spans[0].text).is_some());
        }
        other => panic!("a grade is a paragraph: {other:?}"),
    }
    let first = &lists[1].1[0];
    assert_eq!(
        first[0],
        Part::Heading {
            level: 3,
            text: "Recommendation 1:".into()
        }
    );
    assert!(
        first
            .iter()
            .any(|p| words(p).as_deref() == Some("Response:")),
        "{first:?}"
    );
    assert_eq!(
        headings(&p.parts).iter().filter(|(l, _)| *l == 3).count(),
        20,
        "an item, a heading"
    );
    assert!(
        !p.parts.iter().any(|p| matches!(p, Part::Figure { .. })),
        "no logo on the form"
    );
}

#[test]
fn the_forms_checklist_says_done_in_words_with_the_day_and_the_tick() {
    let p = publication(&form(), &office(), &options(false)).unwrap();
    let Some(Part::List { items, .. }) = p.parts.last() else {
        panic!("the checklist ends the form");
    };
    let lines: Vec<String> = items.iter().map(|i| words(&i[0]).unwrap()).collect();
    assert!(
        lines[0].starts_with("\u{2713} Done on 22 July 2025: Response forwarded"),
        "{lines:?}"
    );
    assert!(lines[3].starts_with("Not done yet: "), "{lines:?}");
}

#[test]
fn a_carried_forward_item_says_when_it_was_first_raised_after_its_text() {
    let mut r = form();
    r.areas_for_improvement[1].tracking.first_raised = NaiveDate::from_ymd_opt(2022, 5, 10);
    let p = publication(&r, &office(), &options(false)).unwrap();
    let afis = p
        .parts
        .iter()
        .filter_map(|part| match part {
            Part::List {
                ordered: true,
                items,
            } => Some(items),
            _ => None,
        })
        .nth(1)
        .unwrap();
    assert_eq!(
        words(&afis[1][2]).as_deref(),
        Some("This area for improvement was first raised in 2022.")
    );
    assert!(
        matches!(afis[1][1], Part::Rich(_)),
        "after the item's own text"
    );
    assert!(matches!(
        afis[1][2],
        Part::Paragraph {
            look: Look::Note,
            ..
        }
    ));
}

#[test]
fn the_letter_has_its_logo_its_subject_as_title_and_the_pccs_close() {
    let p = publication(&letter(), &office(), &options(false)).unwrap();
    assert_one_title_and_headings_in_order(&p);
    assert_eq!(
        p.title,
        "Response to the HMICFRS spotlight report on answering deaf and hard-of-hearing callers"
    );
    match &p.parts[0] {
        Part::Figure {
            alt,
            align,
            width_mm,
            ..
        } => {
            assert_eq!(
                alt,
                "Office of the Police and Crime Commissioner for Exampleshire logo"
            );
            assert_eq!(
                (*align, *width_mm),
                (Align::Right, 50),
                "240 x 96 fits 50 mm by 25"
            );
        }
        other => panic!("the logo comes first: {other:?}"),
    }
    let said: Vec<String> = p.parts.iter().filter_map(words).collect();
    assert!(said.contains(&"May 2025".to_string()), "{said:?}");
    assert!(said[0].contains("1 Station Road\nExampleton"), "{said:?}");
    let n = said.len();
    assert_eq!(
        said[n - 3..],
        [
            "Yours sincerely,",
            "Alex Morgan",
            "Police and Crime Commissioner for Exampleshire"
        ]
    );
    assert!(
        !p.parts
            .iter()
            .skip(1)
            .any(|p| matches!(p, Part::Figure { .. })),
        "unsigned"
    );
}

/// The figure signed, and the part after it.
fn signature_and_next(p: &Publication) -> (&Part, &Part) {
    let at = p
        .parts
        .iter()
        .position(|p| {
            matches!(
                p,
                Part::Figure {
                    align: Align::Left,
                    ..
                }
            )
        })
        .expect("the signature");
    (&p.parts[at], &p.parts[at + 1])
}

#[test]
fn signed_the_signature_is_directly_above_the_name_with_its_alt_text() {
    for r in [letter(), form()] {
        let p = publication(&r, &signing_office(), &options(true)).unwrap();
        let (figure, next) = signature_and_next(&p);
        let Part::Figure { alt, image, .. } = figure else {
            unreachable!()
        };
        assert_eq!(alt, "Signed: Alex Morgan");
        assert_eq!(Some(image), signing_office().signature.as_ref());
        assert_eq!(words(next).as_deref(), Some("Alex Morgan"));
        assert_one_title_and_headings_in_order(&p);
    }
}

#[test]
fn signed_is_refused_before_signing_and_without_a_signature() {
    let mut r = letter();
    r.status = Status::Draft;
    match publication(&r, &signing_office(), &options(true)) {
        Err(Error::Invalid { field, problem }) => {
            assert_eq!(field, "signed");
            assert!(problem.contains("marked Draft"), "{problem}");
        }
        other => panic!("refused: {other:?}"),
    }
    r.status = Status::Ready;
    assert!(publication(&r, &signing_office(), &options(true)).is_err());
    match publication(&letter(), &office(), &options(true)) {
        Err(Error::Invalid { field, problem }) => {
            assert_eq!(field, "office.signature");
            assert!(problem.contains("no signature"), "{problem}");
        }
        other => panic!("refused: {other:?}"),
    }
}

#[test]
fn a_damaged_image_kept_from_before_is_refused_in_words_before_anything_is_written() {
    // As a database from before images were decoded whole may hold: sound first bytes, a
    // wrong checksum.
    let mut damaged = office().logo.unwrap();
    damaged.bytes[29] ^= 0xFF;
    let mut r = letter();
    r.status = Status::Signed;
    for (used, office) in [
        (
            "logo",
            Office {
                logo: Some(damaged.clone()),
                ..signing_office()
            },
        ),
        (
            "signature",
            Office {
                signature: Some(damaged.clone()),
                ..signing_office()
            },
        ),
    ] {
        match publication(&r, &office, &options(true)) {
            Err(Error::Invalid { field, problem }) => {
                assert_eq!(field, format!("office.{used}"));
                assert_eq!(
                    problem,
                    format!(
                        "the {used} kept in the office settings cannot be read: the image is \
                         damaged. Choose the {used} again in the office settings, then export \
                         again."
                    )
                );
            }
            other => panic!("refused: {other:?}"),
        }
    }
    // The form prints no logo, so a damaged one does not stop it.
    let office = Office {
        logo: Some(damaged),
        ..office()
    };
    assert!(publication(&form(), &office, &options(false)).is_ok());
}

#[test]
fn hostile_text_loses_its_control_characters_and_keeps_everything_else() {
    let mut r = letter();
    let kept = "</script><b>& \"quoted\" 'it' \u{5E9}\u{5DC}\u{5D5}\u{5DD} \u{645}\u{631}\u{62D}\u{628}\u{627} \u{1F46E}\u{200D}\u{2640}\u{FE0F}";
    r.pcc_response = format!("{kept}\u{0}\u{7}\u{1B}");
    let (p, warnings) = built(&r, &office(), &options(false)).unwrap();
    let rich = p
        .parts
        .iter()
        .find_map(|part| match part {
            Part::Rich(blocks) => Some(blocks),
            _ => None,
        })
        .unwrap();
    let Block::Paragraph(spans) = &rich[0] else {
        panic!("{rich:?}")
    };
    let text: String = spans.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(text, kept, "Markdown reads no HTML");
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].section, Section::PccResponse);
    assert!(
        warnings[0].message.starts_with("3 characters"),
        "{}",
        warnings[0].message
    );
}

#[test]
fn a_letter_with_no_date_is_still_rendered_and_the_checks_say_so() {
    let mut r = letter();
    r.letter.as_mut().unwrap().date = None;
    let export = render(Format::Html, &r, &office(), &options(false)).unwrap();
    assert!(export
        .problems
        .iter()
        .any(|p| p.message == "The letter has no date."));
    assert!(!String::from_utf8(export.bytes)
        .unwrap()
        .contains("May 2025"));
    let docx = render(Format::Docx, &r, &office(), &options(false)).unwrap();
    assert!(docx
        .problems
        .iter()
        .any(|p| p.message == "The letter has no date."));
}

#[test]
fn the_word_document_is_never_signed() {
    match render(Format::Docx, &letter(), &signing_office(), &options(true)) {
        Err(Error::Invalid { field, problem }) => {
            assert_eq!(field, "signed");
            assert!(problem.contains("HTML or PDF"), "{problem}");
        }
        other => panic!("refused: {other:?}"),
    }
    let docx = render(Format::Docx, &letter(), &signing_office(), &options(false)).unwrap();
    assert!(docx.bytes.starts_with(b"PK"));
}

#[test]
fn the_format_follows_the_extension_in_any_case() {
    for (name, format) in [
        ("a.docx", Format::Docx),
        ("a.HTML", Format::Html),
        ("dir.pdf/a.htm", Format::Html),
        ("A.Pdf", Format::Pdf),
    ] {
        assert_eq!(
            Format::from_path(Path::new(name)).unwrap(),
            format,
            "{name}"
        );
    }
    for (name, ending) in [("a.txt", "ends .txt"), ("a", "has no ending")] {
        match Format::from_path(Path::new(name)) {
            Err(Error::Invalid { field, problem }) => {
                assert_eq!(field, "out");
                assert!(problem.contains(".docx, .html or .pdf"), "{problem}");
                assert!(problem.contains(ending), "{problem}");
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

//! The letter, with an office of the project's own making: letterhead, logo with alt text,
//! addressees, date, salutation, bold subject, body and close, in that order.

mod common;

use common::{
    exampleshire, exampleshire_2025_letter, exampleshire_office, export, read, solid_png,
};
use pcc_core::office::DEFAULT_ADDRESSEES;
use pcc_core::{DocumentKind, Letter, LetterDate, Logo, Response};

fn letter() -> Response {
    let mut r = Response::new(DocumentKind::Letter, &[]);
    r.inspection.title = "An inspection of custody in Exampleshire".into();
    r.inspection.published = chrono::NaiveDate::from_ymd_opt(2024, 6, 20);
    r.letter = Some(Letter {
        date: Some(LetterDate::Month {
            year: 2024,
            month: 7,
        }),
        addressees: None,
        salutation: None,
        subject: None,
    });
    r.pcc_response = "I welcome this report.\n\nThe report makes three recommendations.".into();
    r
}

/// A JPEG of 4 by 2 pixels, made here.
fn tiny_jpeg() -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::RgbImage::from_pixel(4, 2, image::Rgb([0, 51, 102]))
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .expect("a small picture encodes");
    out.into_inner()
}

#[test]
fn the_letter_has_its_parts_in_order() {
    let (docx, problems) = export(&letter(), &exampleshire());
    docx.assert_well_formed();
    assert_eq!(problems, vec![]);
    let texts = docx.texts();
    let expected = [
        "Office of the Police and Crime Commissioner for Exampleshire",
        "1 Station Road",
        "Exampleton",
        "EX1 1AA",
        "Telephone: 01234 567890",
        "Email: opcc@example.org",
        "Web: example.org/opcc",
        DEFAULT_ADDRESSEES[0],
        DEFAULT_ADDRESSEES[1],
        "July 2024",
        "Dear Home Secretary and HMICFRS",
        "Response from Alex Morgan, Police and Crime Commissioner for Exampleshire to the \
         HMICFRS report \u{201C}An inspection of custody in Exampleshire\u{201D}",
        "I welcome this report.",
        "The report makes three recommendations.",
        "Yours sincerely,",
        "Alex Morgan",
        "Police and Crime Commissioner for Exampleshire",
    ];
    assert_eq!(texts, expected);
    let paras = docx.paragraphs();
    assert!(
        paras[11].runs.iter().all(|(_, bold)| *bold),
        "the subject line is bold"
    );
    assert!(docx.headings().is_empty(), "a letter has no headings");
    let core = docx.part("docProps/core.xml");
    assert!(
        core.contains("<dc:title>Response from Alex Morgan"),
        "{core}"
    );
}

#[test]
fn given_addressees_salutation_subject_and_a_full_date_replace_the_defaults() {
    let mut r = letter();
    r.letter = Some(Letter {
        date: LetterDate::parse("2024-07-15"),
        addressees: Some(vec!["The Chief Constable".into()]),
        salutation: Some("Dear Chief Constable".into()),
        subject: Some("Custody inspection".into()),
    });
    let (docx, _) = export(&r, &exampleshire());
    assert_eq!(
        docx.texts_from("The Chief Constable")[..4],
        [
            "The Chief Constable",
            "15 July 2024",
            "Dear Chief Constable",
            "Custody inspection"
        ]
    );
}

#[test]
fn a_letter_without_a_date_is_still_produced_with_a_warning() {
    let mut r = letter();
    r.letter = None;
    let (docx, problems) = export(&r, &exampleshire());
    assert!(docx
        .paragraphs()
        .iter()
        .any(|p| p.text == "Yours sincerely,"));
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].to_string().contains("The letter has no date"),
        "{}",
        problems[0]
    );
}

#[test]
fn the_logo_is_in_the_letterhead_with_alt_text_and_its_own_format() {
    for (bytes, extension) in [
        (tiny_jpeg(), "jpeg"),
        (solid_png(4, 2, [0, 51, 102]), "png"),
    ] {
        let mut office = exampleshire();
        office.logo = Some(Logo::from_bytes(bytes.clone(), "crest").unwrap());
        let (docx, _) = export(&letter(), &office);
        docx.assert_well_formed();
        let media: Vec<&String> = docx
            .parts
            .keys()
            .filter(|k| k.starts_with("word/media/"))
            .collect();
        assert_eq!(media.len(), 1, "{media:?}");
        assert!(media[0].ends_with(extension), "{media:?}");
        assert_eq!(docx.parts[media[0]], bytes, "the image is stored as given");
        let rels = docx.part("word/_rels/document.xml.rels");
        assert!(rels.contains(&media[0]["word/".len()..]), "{rels}");
        let doc = docx.part("word/document.xml");
        assert!(
            doc.contains(
                r#"descr="Office of the Police and Crime Commissioner for Exampleshire logo""#
            ),
            "alt text"
        );
        // The logo comes first, before the office name.
        assert!(doc.find("<w:drawing>").unwrap() < doc.find("Office of the Police").unwrap());
        // A logo is 5 cm wide at most: 4:2 scales to 5 cm by 2.5 cm.
        assert!(
            doc.contains(r#"<wp:extent cx="1800000" cy="900000""#),
            "size kept in proportion"
        );
    }
}

#[test]
fn a_form_carries_no_logo() {
    let mut office = exampleshire();
    office.logo = Some(Logo::from_bytes(solid_png(4, 2, [0, 51, 102]), "crest").unwrap());
    let mut r = letter();
    r.document = DocumentKind::Form;
    r.letter = None;
    let export = pcc_core::docx::export_docx(&r, &office, &common::options()).unwrap();
    let docx = read(export.bytes);
    assert!(!docx.parts.keys().any(|k| k.starts_with("word/media/")));
}

#[test]
fn the_letter_fixture_prints_its_own_addressees_salutation_subject_and_logo() {
    let (docx, problems) = export(&exampleshire_2025_letter(), &exampleshire_office());
    docx.assert_well_formed();
    assert_eq!(problems, vec![], "the signed letter has nothing to fault");
    let texts = docx.texts_from("The Home Secretary");
    assert_eq!(
        texts[..6],
        [
            "The Home Secretary",
            "His Majesty's Chief Inspector of Constabulary",
            "The Chief Constable, Exampleshire Police",
            "May 2025",
            "Dear Home Secretary, Chief Inspector and Chief Constable",
            "Response to the HMICFRS spotlight report on answering deaf and hard-of-hearing \
             callers",
        ]
    );
    assert!(texts[6].starts_with("Thank you for the Inspectorate's spotlight report"));
    assert_eq!(
        &texts[texts.len() - 3..],
        [
            "Yours sincerely,",
            "Alex Morgan",
            "Police and Crime Commissioner for Exampleshire"
        ]
    );
    let logo = std::fs::read(common::fixtures().join("exampleshire-office-logo.png")).unwrap();
    let media: Vec<&Vec<u8>> = docx
        .parts
        .iter()
        .filter(|(name, _)| name.starts_with("word/media/"))
        .map(|(_, bytes)| bytes)
        .collect();
    assert_eq!(media, [&logo], "the office's own logo");
}

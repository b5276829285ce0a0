use chrono::NaiveDate;

use super::*;
use crate::office::Logo;

const LOGO: &[u8] = include_bytes!("../../../../../tests/fixtures/exampleshire-office-logo.png");

fn span(text: &str) -> Span {
    Span {
        text: text.into(),
        bold: false,
        italic: false,
        link: None,
    }
}

fn paragraph(text: &str, look: Look) -> Part {
    Part::Paragraph {
        spans: vec![span(text)],
        look,
    }
}

fn logo(bytes: &[u8]) -> Logo {
    Logo {
        bytes: bytes.to_vec(),
        format: ImageFormat::Png,
        width: 240,
        height: 96,
    }
}

/// A small form with every kind of part.
fn publication(text: &str) -> Publication {
    let link = Span {
        link: Some("https://example.org/report".into()),
        ..span("https://example.org/report")
    };
    Publication {
        title: format!("Exampleshire response {text}"),
        author: "Office of the Police and Crime Commissioner for Exampleshire".into(),
        made: NaiveDate::from_ymd_opt(2025, 7, 31).unwrap(),
        parts: vec![
            Part::Heading {
                level: 1,
                text: "Exampleshire PCC response".into(),
            },
            paragraph("Section 55 requires this response.", Look::Note),
            Part::Heading {
                level: 2,
                text: "Inspection details".into(),
            },
            Part::Details {
                caption: "Inspection details".into(),
                rows: vec![
                    ("Inspection title".into(), vec![span(text)]),
                    ("Link to report".into(), vec![link]),
                ],
            },
            Part::List {
                ordered: true,
                items: vec![vec![
                    Part::Heading {
                        level: 3,
                        text: "Recommendation 1:".into(),
                    },
                    Part::Rich(vec![
                        Block::Paragraph(vec![span(text)]),
                        Block::List {
                            ordered: false,
                            start: 1,
                            items: vec![vec![Block::Paragraph(vec![span("a point")])]],
                        },
                        Block::Quote(vec![Block::Paragraph(vec![span("quoted words")])]),
                    ]),
                ]],
            },
            Part::Figure {
                image: logo(LOGO),
                alt: "Signed: Alex Morgan".into(),
                width_mm: 40,
                align: Align::Left,
            },
            paragraph("Alex Morgan\nPolice and Crime Commissioner", Look::Strong),
            paragraph("1 Station Road", Look::Right),
            paragraph("A small note", Look::Small),
        ],
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn every_kind_of_part_makes_a_tagged_pdf_with_no_warnings() {
    let (pdf, warnings) = compile(&publication("PEEL 2025"));
    let pdf = pdf.unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "{:?}", &pdf[..8]);
    assert_eq!(warnings, Vec::<String>::new());
    for needle in [
        "/StructTreeRoot",
        "en-GB",
        "/DisplayDocTitle true",
        "pdfuaid:part",
    ] {
        assert!(contains(&pdf, needle), "the PDF has no {needle}");
    }
}

#[test]
fn the_officers_text_is_printed_never_read_as_markup() {
    let hostile = "#panic(\"no\") $x^2$ *bold* [link] </script> <b> & \u{202E}abc \u{5E9}\u{5DC}\u{5D5}\u{5DD} \u{1F600} a\u{0}b\u{7}c\u{1B}[0m";
    let (pdf, warnings) = compile(&publication(hostile));
    assert!(pdf.unwrap().starts_with(b"%PDF-"));
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn control_characters_are_dropped_and_tabs_become_spaces() {
    assert_eq!(clean("a\u{0}b\u{7}\tc\r\nd\u{1B}"), "ab c\nd");
    assert_eq!(
        clean("é\u{5E9}\u{2022}\u{2013}\u{FFFD}"),
        "é\u{5E9}\u{2022}\u{2013}\u{25A1}"
    );
    assert_eq!(clean("a\u{FFFE}\u{FFFF}\u{FDD0}\u{10FFFF}b"), "ab");
}

#[test]
fn what_the_fonts_lack_is_replaced_when_seen_and_dropped_when_not() {
    assert!(
        world::covers(REPLACEMENT),
        "the replacement character must be printable"
    );
    let emoji = "police officer \u{1F46E}\u{200D}\u{2640}\u{FE0F} \u{202E}override\u{202C}";
    let printed = clean(emoji);
    assert!(printed.chars().all(world::covers), "{printed:?}");
    assert!(
        printed.starts_with("police officer \u{25A1}\u{200D}\u{2640} "),
        "{printed:?}"
    );
    assert!(printed.contains("override"), "{printed:?}");
    // Arabic, which Liberation Sans lacks, is printed in Noto Sans Arabic, bold too.
    let arabic = "\u{645}\u{631}\u{62D}\u{628}\u{627} \u{0661}\u{0662}\u{0663}";
    assert_eq!(clean(arabic), arabic);
    let (pdf, warnings) = compile(&publication(arabic));
    let pdf = pdf.unwrap();
    assert_eq!(warnings, Vec::<String>::new());
    let embedded = |name: &[u8]| pdf.windows(name.len()).any(|w| w == name);
    assert!(embedded(b"NotoSansArabic-Regular"));
    assert!(embedded(b"LiberationSans"));
}

#[test]
fn a_heading_with_no_words_is_left_out_rather_than_refused() {
    let mut p = publication("PEEL 2025");
    p.parts.push(Part::Heading {
        level: 2,
        text: " \u{7}".into(),
    });
    assert!(pdf(&p).is_ok());
}

#[test]
fn a_figure_that_is_not_an_image_is_refused_in_words() {
    let mut p = publication("PEEL 2025");
    p.parts.push(Part::Figure {
        image: logo(b"not an image"),
        alt: "Signed: Alex Morgan".into(),
        width_mm: 40,
        align: Align::Left,
    });
    let e = pdf(&p).unwrap_err();
    assert!(matches!(e, Error::Docx(_)), "{e:?}");
    assert!(e.to_string().contains("PDF could not be laid out"), "{e}");
}

#[test]
fn the_same_publication_makes_the_same_bytes() {
    let p = publication("PEEL 2025");
    assert_eq!(pdf(&p).unwrap(), pdf(&p).unwrap());
}

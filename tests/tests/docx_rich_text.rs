//! Rich text arrives in the DOCX as typed: paragraphs, bold and italic runs, bulleted and
//! numbered lists that each start again at 1, block quotes, and links that are hyperlinks.

mod common;

use common::export;
use pcc_core::{DocumentKind, Response};

fn with_findings(markdown: &str) -> Response {
    let mut r = Response::new(DocumentKind::Form, &[]);
    r.inspection.title = "Rich text".into();
    r.key_findings = markdown.into();
    r.pcc_response = "x".into();
    r
}

fn office() -> pcc_core::Office {
    common::exampleshire_office()
}

/// The paragraphs between "Key findings" and the next heading.
fn findings(docx: &common::Docx) -> Vec<common::Para> {
    let paras = docx.paragraphs();
    let start = paras.iter().position(|p| p.text == "Key findings").unwrap() + 1;
    paras[start..]
        .iter()
        .take_while(|p| !p.style.starts_with("Heading"))
        .cloned()
        .collect()
}

#[test]
fn bold_italic_and_plain_runs() {
    let (docx, _) = export(
        &with_findings("Plain **bold** and *italic* end."),
        &office(),
    );
    let p = &findings(&docx)[0];
    assert_eq!(p.text, "Plain bold and italic end.");
    assert_eq!(p.runs[1], ("bold".to_string(), true));
    let doc = docx.part("word/document.xml");
    let italic_run = doc.find(">italic<").unwrap();
    let run_start = doc[..italic_run].rfind("<w:r>").unwrap();
    assert!(
        doc[run_start..italic_run].contains("<w:i"),
        "italic run is italic"
    );
}

#[test]
fn each_numbered_list_starts_again_at_one() {
    let md = "1. first\n2. second\n\nBetween.\n\n1. again\n2. more\n\n- bullet\n- points";
    let (docx, _) = export(&with_findings(md), &office());
    let paras = findings(&docx);
    let ids: Vec<Option<String>> = paras.iter().map(|p| p.num_id.clone()).collect();
    assert_eq!(ids[0], ids[1]);
    assert_eq!(ids[2], None, "the paragraph between is not in a list");
    assert_eq!(ids[3], ids[4]);
    assert_ne!(ids[0], ids[3], "the second list is a list of its own");
    assert_ne!(ids[3], ids[5]);
    let numbering = docx.part("word/numbering.xml");
    let doc = roxmltree::Document::parse(&numbering).unwrap();
    for id in [&ids[0], &ids[3]] {
        let id = id.as_deref().unwrap();
        assert_ne!(id, "1", "numbering id 1 belongs to docx-rs");
        let num = doc
            .descendants()
            .find(|n| n.tag_name().name() == "num" && n.attributes().any(|a| a.value() == id))
            .unwrap_or_else(|| panic!("no w:num {id}"));
        let start = num
            .descendants()
            .find(|n| n.tag_name().name() == "startOverride")
            .and_then(|n| n.attributes().next())
            .map(|a| a.value().to_string());
        assert_eq!(start.as_deref(), Some("1"), "list {id} restarts at 1");
    }
    // The bullets use the bullet definition, the numbers the decimal one.
    assert!(numbering.contains(r#"w:numFmt w:val="bullet""#));
    assert!(numbering.contains(r#"w:numFmt w:val="decimal""#));
}

#[test]
fn quotes_links_and_what_is_outside_the_subset() {
    let md =
        "> *\"Quoted from the report\"*\n\nSee [the report](<https://example.org/a b>).\n\n# Kept";
    let (docx, _) = export(&with_findings(md), &office());
    let paras = findings(&docx);
    assert_eq!(paras[0].style, "Quote");
    assert_eq!(paras[0].text, "\"Quoted from the report\"");
    assert_eq!(paras[1].text, "See the report.");
    assert_eq!(
        paras[2].text, "# Kept",
        "an unsupported heading is kept as plain text"
    );
    let rels = docx.part("word/_rels/document.xml.rels");
    assert!(
        rels.contains(r#"Target="https://example.org/a%20b""#),
        "{rels}"
    );
    assert!(docx.part("word/document.xml").contains("<w:hyperlink"));
}

#[test]
fn line_breaks_and_tabs_become_words_own() {
    let (docx, _) = export(&with_findings("one  \ntwo\tthree"), &office());
    assert_eq!(findings(&docx)[0].text, "one\ntwo\tthree");
}

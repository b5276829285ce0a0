//! The report's document read back: its text in order, real headings, header rows that
//! repeat, and the house style.

use std::io::Read;

use super::*;
use crate::progress::build::tests::sample;

/// Every part of the DOCX, by name.
fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut text = String::new();
            let _ = f.read_to_string(&mut text);
            (f.name().to_string(), text)
        })
        .collect()
}

fn part(bytes: &[u8], name: &str) -> String {
    parts(bytes)
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name}"))
        .1
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn office() -> Office {
    let mut office = Office::unset();
    office.office_name = "Office of the Police and Crime Commissioner for Exampleshire".into();
    office
}

#[test]
fn headings_come_in_order_and_the_text_reads_as_the_report() {
    let bytes = progress_docx(&sample(), &office()).unwrap();
    let xml = part(&bytes, "word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let mut headings = Vec::new();
    for p in doc.descendants().filter(|n| n.has_tag_name((W, "p"))) {
        let style = p
            .descendants()
            .find(|n| n.has_tag_name((W, "pStyle")))
            .and_then(|n| n.attribute((W, "val")));
        let text: String = p
            .descendants()
            .filter(|n| n.has_tag_name((W, "t")))
            .filter_map(|n| n.text())
            .collect();
        if let Some(level) = style.and_then(|s| s.strip_prefix("Heading")) {
            headings.push(format!("{level} {text}"));
        }
    }
    assert_eq!(
        headings,
        [
            "1 Progress report to the Police and Crime Panel",
            "2 Summary",
            "3 Closed since the last report (on 1 September 2026)",
            "3 Overdue",
            "2 PEEL 2025: An inspection of Exampleshire Police",
            "2 Vetting 2025",
            "2 Appendix: history of each item",
            "3 PEEL 2025: An inspection of Exampleshire Police",
            "3 Vetting 2025",
        ]
    );
    let all: String = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "t")))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("|");
    let order = [
        "Position at 30 November 2026",
        "Covering: All inspections",
        "Awaiting review",
        "Closed since the last report (on 1 September 2026)",
        "Training delivered",
        "Red (suggested)",
        "Appendix: history of each item",
        "Recommendation 1: ",
        "Plan agreed",
        "Minutes of the board",
    ];
    let mut from = 0;
    for words in order {
        let at = all[from..]
            .find(words)
            .unwrap_or_else(|| panic!("{words:?} not after {from} in {all}"));
        from += at;
    }
}

#[test]
fn every_tables_first_row_is_a_header_row_that_repeats() {
    let bytes = progress_docx(&sample(), &office()).unwrap();
    let xml = part(&bytes, "word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let tables: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .collect();
    // Status, RAG, closed, overdue, and two for each inspection: its items, their history.
    assert_eq!(tables.len(), 2 + 2 + 2 * 2);
    for table in tables {
        let rows: Vec<_> = table
            .children()
            .filter(|n| n.has_tag_name((W, "tr")))
            .collect();
        let marked =
            |row: &roxmltree::Node| row.descendants().any(|n| n.has_tag_name((W, "tblHeader")));
        assert!(marked(&rows[0]), "the first row is the header");
        assert!(!rows[1..].iter().any(marked), "only the first row is");
    }
}

#[test]
fn arial_a4_page_numbers_and_the_title_property() {
    let bytes = progress_docx(&sample(), &office()).unwrap();
    assert!(part(&bytes, "word/styles.xml").contains(r#"w:ascii="Arial""#));
    assert!(part(&bytes, "word/document.xml").contains(r#"<w:pgSz w:w="11906" w:h="16838""#));
    let footer = part(&bytes, "word/footer1.xml");
    for field in ["PAGE", "NUMPAGES", "Page ", " of "] {
        assert!(footer.contains(field), "footer lacks {field}: {footer}");
    }
    let core = part(&bytes, "docProps/core.xml");
    assert!(core.contains(
        "<dc:title>Progress report to the Police and Crime Panel: Position at 30 November \
         2026</dc:title>"
    ));
    assert!(
        core.contains("2026-12-03T00:00:00Z"),
        "made on the day given: {core}"
    );
    assert_eq!(
        sample().file_name(),
        "Progress report to the Police and Crime Panel, 30 November 2026.docx"
    );
}

#[test]
fn a_locked_or_existing_target_is_refused_as_the_forms_export_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("panel.docx");
    write_progress_docx(&sample(), &office(), &path, false).unwrap();
    let err = write_progress_docx(&sample(), &office(), &path, false).unwrap_err();
    assert!(matches!(err, Error::FileExists(_)), "{err}");
    write_progress_docx(&sample(), &office(), &path, true).unwrap();
    assert!(std::fs::read(&path).unwrap().starts_with(b"PK"));
}

//! The Police and Crime Panel's progress report, made from a database of the project's own
//! invented Exampleshire responses with progress recorded on them: the state on the chosen
//! day, what closed since the last report, what is overdue, each scope; the Word document
//! read back part by part; and the document as the officer's programs see it
//! (`openxml-audit`, python-docx, LibreOffice), which fail the test when absent, as in
//! `docx_external.rs`.

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::{
    assert_word_opens_cleanly, day, exampleshire_2025, exampleshire_2025_letter,
    exampleshire_office, libreoffice_convert, run_tool,
};
use pcc_core::progress::{progress_docx, write_progress_docx, ProgressReport, ReportScope};
use pcc_core::store::{self, ResponseId};
use pcc_core::{InspectionType, ItemStatus};
use rusqlite::Connection;

const APPENDIX: &str = "Appendix: history of each item";

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The day of the report, and the day it is made.
fn as_of() -> NaiveDate {
    day(2026, 11, 30)
}

/// Progress on the 2025 PEEL report (response `?1`) and the spotlight letter (`?2`), over
/// whatever tracking the fixtures carry: of the PEEL report, recommendation 1 complete on
/// 20 October 2026 and reopened on 5 December (after the report's day); recommendation 2
/// overdue and rated red; area 1 complete on 1 July 2026 (before the last report); area 2 no
/// further action on 1 October; area 3 superseded on 15 September; the letter's first
/// recommendation being progressed, due in March 2027.
const PROGRESS: &str = "
DELETE FROM item_updates;
UPDATE item_tracking SET lead = NULL, target = NULL, status = 'awaiting_review', rag = NULL,
    superseded_by = NULL, carried_from = NULL, first_raised = NULL;
UPDATE item_tracking SET lead = 'Chief Superintendent, Response Policing',
    target = '2025-12-31', status = 'being_progressed'
    WHERE response_id = ?1 AND kind = 'recommendation' AND position = 0;
UPDATE item_tracking SET lead = 'Head of Contact Management', target = '2026-03-31',
    status = 'being_progressed', rag = 'red'
    WHERE response_id = ?1 AND kind = 'recommendation' AND position = 1;
UPDATE item_tracking SET status = 'complete'
    WHERE response_id = ?1 AND kind = 'area_for_improvement' AND position = 0;
UPDATE item_tracking SET status = 'no_further_action'
    WHERE response_id = ?1 AND kind = 'area_for_improvement' AND position = 1;
UPDATE item_tracking SET status = 'superseded'
    WHERE response_id = ?1 AND kind = 'area_for_improvement' AND position = 2;
UPDATE item_tracking SET lead = 'Head of Contact Management', target = '2027-03-31',
    status = 'being_progressed'
    WHERE response_id = ?2 AND kind = 'recommendation' AND position = 0;
INSERT INTO item_updates VALUES
    (?1, 'recommendation', 0, 0, '2025-09-10', 'Chief Superintendent, Response Policing',
     'Twelve officers moved to the evening and night shifts.', 'Rota of 1 September 2025.',
     NULL, 'being_progressed'),
    (?1, 'recommendation', 0, 1, '2026-10-20', 'Performance and Accountability Board',
     'Attendance within the force''s own times for six months running.',
     'Attendance figures, April to September 2026.',
     'https://www.example.org/opcc/board/2026-10/attendance', 'complete'),
    (?1, 'recommendation', 0, 2, '2026-12-05', 'Performance and Accountability Board',
     'Reopened: November''s figures fell short.', 'Attendance figures, November 2026.',
     NULL, 'being_progressed'),
    (?1, 'recommendation', 1, 0, '2025-10-02', 'Head of Contact Management',
     'Review of 101 call handling begun.', 'Terms of reference.', NULL, 'being_progressed'),
    (?1, 'area_for_improvement', 0, 0, '2026-07-01', 'Head of Crime',
     'Stop and search records now checked by supervisors.', 'Audit of 200 records.', NULL,
     'complete'),
    (?1, 'area_for_improvement', 1, 0, '2026-10-01', 'Head of Professional Standards',
     'Closed: the national guidance now covers it.', 'Board minutes of 1 October 2026.',
     NULL, 'no_further_action'),
    (?1, 'area_for_improvement', 2, 0, '2026-09-15', 'Head of Contact Management',
     'Superseded by the 2026 inspection''s area for improvement.', 'HMICFRS letter.', NULL,
     'superseded'),
    (?2, 'recommendation', 0, 0, '2026-06-01', 'Head of Contact Management',
     'Text relay offered on every line.', 'Contact centre procedure 12.', NULL,
     'being_progressed');
";

/// A database in `dir` with the office, the 2025 PEEL response and the spotlight letter,
/// the progress above, and a report of everything made on 1 September 2026.
fn database(dir: &Path) -> (Connection, ResponseId, ResponseId) {
    let conn = store::open(&dir.join("responses.db")).unwrap();
    store::write_office(&conn, &exampleshire_office()).unwrap();
    let peel = store::create_response(&conn, &exampleshire_2025().0).unwrap();
    let letter = store::create_response(&conn, &exampleshire_2025_letter()).unwrap();
    for statement in PROGRESS.split(';').filter(|s| !s.trim().is_empty()) {
        let mut stmt = conn.prepare(statement).unwrap();
        let wanted = stmt.parameter_count();
        let ids = [peel.0, letter.0];
        stmt.execute(rusqlite::params_from_iter(&ids[..wanted]))
            .unwrap();
    }
    let made = day(2026, 9, 2).and_hms_opt(10, 0, 0).unwrap();
    store::record_progress_report(&conn, day(2026, 9, 1), &ReportScope::All, made).unwrap();
    (conn, peel, letter)
}

fn report(conn: &Connection, scope: &ReportScope) -> ProgressReport {
    store::progress_report(conn, as_of(), scope, as_of()).unwrap()
}

#[test]
fn the_state_on_the_day_leaves_later_updates_out() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, _, _) = database(dir.path());
    let report = report(&conn, &ReportScope::All);
    let titles: Vec<_> = report.inspections.iter().map(|i| &*i.title).collect();
    assert_eq!(
        titles,
        [
            "Hearing the caller: a spotlight report on how police forces answer deaf and \
             hard-of-hearing callers",
            "PEEL 2025: An inspection of Exampleshire Police",
        ],
        "in order of publication"
    );
    let first = &report.inspections[1].rows[0];
    assert_eq!(
        first.status,
        ItemStatus::Complete,
        "reopened only after the day"
    );
    let latest = first.latest.as_ref().unwrap();
    assert_eq!(latest.date_words, "20 October 2026");
    assert_eq!(report.appendix[1].items[0].updates.len(), 2);

    let later = store::progress_report(
        &conn,
        day(2026, 12, 31),
        &ReportScope::All,
        day(2026, 12, 31),
    )
    .unwrap();
    assert_eq!(
        later.inspections[1].rows[0].status,
        ItemStatus::BeingProgressed
    );
    assert_eq!(later.since, Some(day(2026, 9, 1)));
}

#[test]
fn closed_since_the_last_report_and_overdue() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, _, _) = database(dir.path());
    let report = report(&conn, &ReportScope::All);
    let closed: Vec<_> = report
        .closed_since
        .iter()
        .map(|m| (&*m.label, &*m.status_words, &*m.on_words))
        .collect();
    assert_eq!(
        closed,
        [
            ("Recommendation 1", "Complete", "20 October 2026"),
            (
                "Area for improvement 2",
                "No further action needed",
                "1 October 2026"
            ),
            ("Area for improvement 3", "Superseded", "15 September 2026"),
        ],
        "area 1 closed in July, before the last report"
    );
    let overdue: Vec<_> = report
        .overdue
        .iter()
        .map(|m| (&*m.label, &*m.on_words))
        .collect();
    assert_eq!(overdue, [("Recommendation 2", "31 March 2026")]);
    let s = &report.summary;
    assert_eq!((s.items, s.inspections), (22, 2));
    assert_eq!(s.open, 22 - 4);
    let rows = &report.inspections[1].rows;
    assert_eq!(rows[1].rag_words, "Red", "the officer's rating");
    assert!(rows[1].overdue);
}

#[test]
fn one_inspection_or_one_type() {
    let dir = tempfile::tempdir().unwrap();
    let (conn, peel, _) = database(dir.path());
    let one = report(&conn, &ReportScope::Inspection { id: peel });
    assert_eq!(
        one.scope_words,
        "PEEL 2025: An inspection of Exampleshire Police"
    );
    assert_eq!(one.inspections.len(), 1);
    assert_eq!(one.since, None, "the last report was of everything");
    assert_eq!(one.closed_since.len(), 4, "every item closed so far");
    let scope = ReportScope::Type {
        inspection_type: InspectionType::Other,
    };
    let other = report(&conn, &scope);
    assert_eq!(other.scope_words, "Other inspections");
    assert_eq!(other.inspections.len(), 1);
    assert_eq!(other.summary.items, 2);
}

/// The document of everything, written from the database.
fn document(dir: &Path) -> PathBuf {
    let (conn, _, _) = database(dir);
    let office = store::read_office(&conn)
        .unwrap()
        .expect("the office is set");
    let path = dir.join("Panel progress report ✓.docx");
    write_progress_docx(&report(&conn, &ReportScope::All), &office, &path, false).unwrap();
    path
}

/// Each table of `document.xml`: its rows of cell texts, and whether each row is marked as
/// the header row.
fn tables(xml: &str) -> Vec<Vec<(bool, Vec<String>)>> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .map(|table| {
            let rows = table.children().filter(|r| r.has_tag_name((W, "tr")));
            rows.map(|row| {
                let header = row.descendants().any(|n| n.has_tag_name((W, "tblHeader")));
                let cells = row.children().filter(|c| c.has_tag_name((W, "tc")));
                let texts = cells
                    .map(|cell| {
                        let paragraphs = cell.children().filter(|p| p.has_tag_name((W, "p")));
                        paragraphs
                            .map(|p| {
                                p.descendants()
                                    .filter(|t| t.has_tag_name((W, "t")))
                                    .filter_map(|t| t.text())
                                    .collect::<String>()
                            })
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .collect();
                (header, texts)
            })
            .collect()
        })
        .collect()
}

#[test]
fn the_document_reads_back_in_order_with_real_headings() {
    let dir = tempfile::tempdir().unwrap();
    let docx = common::read(std::fs::read(document(dir.path())).unwrap());
    docx.assert_well_formed();
    let headings: Vec<_> = docx.headings();
    let spotlight = "Hearing the caller: a spotlight report on how police forces answer deaf and \
                     hard-of-hearing callers";
    let peel = "PEEL 2025: An inspection of Exampleshire Police";
    let expected: Vec<(usize, &str)> = vec![
        (1, "Progress report to the Police and Crime Panel"),
        (2, "Summary"),
        (3, "Closed since the last report (on 1 September 2026)"),
        (3, "Overdue"),
        (2, spotlight),
        (2, peel),
        (2, "Appendix: history of each item"),
        (3, spotlight),
        (3, peel),
    ];
    let got: Vec<(usize, &str)> = headings.iter().map(|(l, t)| (*l, t.as_str())).collect();
    assert_eq!(got, expected);
    let texts = docx.texts();
    let at = |words: &str| {
        texts
            .iter()
            .position(|t| t == words)
            .unwrap_or_else(|| panic!("no paragraph {words:?} in {texts:#?}"))
    };
    assert!(
        at("Office of the Police and Crime Commissioner for Exampleshire")
            < at("Position at 30 November 2026")
    );
    assert!(at("Position at 30 November 2026") < at("Covering: All inspections"));
    assert!(at("Covering: All inspections") < at("Summary"));
    assert!(texts
        .iter()
        .any(|t| t.starts_with("22 items are tracked from 2 inspections: 18 open")));
    assert!(
        !texts.iter().any(|t| t.contains("Reopened")),
        "an update after the day"
    );

    let tables = tables(&docx.part("word/document.xml"));
    let status = &tables[0];
    assert_eq!(status[0].1, ["Status", "Items"]);
    assert_eq!(status[3].1, ["Complete", "2"]);
    let closed = &tables[2];
    assert_eq!(closed[0].1, ["Inspection", "Item", "Status", "Closed on"]);
    assert_eq!(
        closed[1].1,
        [peel, "Recommendation 1", "Complete", "20 October 2026"]
    );
    let peel_table = &tables[5];
    assert_eq!(
        peel_table[0].1,
        [
            "Item",
            "Lead",
            "Target date",
            "Status",
            "RAG",
            "Latest update"
        ]
    );
    let first = &peel_table[1].1;
    assert!(
        first[0].starts_with("Recommendation 1\nBy 31 December 2025"),
        "{first:?}"
    );
    assert_eq!(first[1], "Chief Superintendent, Response Policing");
    assert_eq!(first[2], "31 December 2025");
    assert_eq!(first[3], "Complete");
    assert_eq!(first[4], "Green (suggested)");
    assert_eq!(
        first[5],
        "20 October 2026\nAttendance within the force's own times for six months running."
    );
    assert_eq!(peel_table[2].1[2], "31 March 2026 (overdue)");
    assert_eq!(peel_table[2].1[4], "Red");
}

#[test]
fn every_table_has_a_header_row_that_repeats_and_the_house_style() {
    let dir = tempfile::tempdir().unwrap();
    let docx = common::read(std::fs::read(document(dir.path())).unwrap());
    let tables = tables(&docx.part("word/document.xml"));
    // Status, RAG, closed, overdue, and two for each inspection: its items, their history.
    assert_eq!(tables.len(), 4 + 2 * 2);
    for table in &tables {
        assert!(table[0].0, "the first row repeats as the header: {table:?}");
        assert!(table[1..].iter().all(|(header, _)| !header), "{table:?}");
    }
    let styles = docx.part("word/styles.xml");
    assert!(styles.contains(r#"w:ascii="Arial""#));
    let doc = docx.part("word/document.xml");
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838""#), "A4");
    let footer = docx.part("word/footer1.xml");
    for field in ["PAGE", "NUMPAGES", "Page ", " of "] {
        assert!(footer.contains(field), "footer lacks {field}: {footer}");
    }
    let core = docx.part("docProps/core.xml");
    assert!(core.contains("<dc:language>en-GB</dc:language>"));
    assert!(core.contains(
        "<dc:creator>Office of the Police and Crime Commissioner for Exampleshire</dc:creator>"
    ));
    // The logo, with its alt text.
    assert!(doc
        .contains(r#"descr="Office of the Police and Crime Commissioner for Exampleshire logo""#));
}

#[test]
fn word_would_open_it_cleanly_by_the_open_xml_schema() {
    let dir = tempfile::tempdir().unwrap();
    assert_word_opens_cleanly(&document(dir.path()));
    // And the smallest report: nothing to report.
    let conn = store::open(&dir.path().join("empty.db")).unwrap();
    let empty = store::progress_report(&conn, as_of(), &ReportScope::All, as_of()).unwrap();
    let path = dir.path().join("empty.docx");
    std::fs::write(
        &path,
        progress_docx(&empty, &pcc_core::Office::unset()).unwrap(),
    )
    .unwrap();
    assert_word_opens_cleanly(&path);
}

#[test]
fn python_docx_reads_its_headings_and_tables() {
    let dir = tempfile::tempdir().unwrap();
    let path = document(dir.path());
    let script = "import sys, docx\n\
        d = docx.Document(sys.argv[1])\n\
        for p in d.paragraphs:\n\
        \x20   if p.style.name.startswith('Heading'):\n\
        \x20       print(p.style.name, '|', p.text)\n\
        for t in d.tables:\n\
        \x20   print('table', len(t.rows), '|', ' / '.join(c.text for c in t.rows[0].cells))\n";
    let out = run_tool(
        "python3",
        &["-c".as_ref(), script.as_ref(), path.as_os_str()],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "python-docx failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        "Heading 1 | Progress report to the Police and Crime Panel"
    );
    assert!(
        lines.contains(&"Heading 2 | Appendix: history of each item"),
        "{stdout}"
    );
    assert!(
        lines.contains(&"table 3 | Item / Lead / Target date / Status / RAG / Latest update"),
        "the letter's table: header and two items: {stdout}"
    );
    assert!(
        lines.contains(&"table 21 | Item / Lead / Target date / Status / RAG / Latest update"),
        "the PEEL table: header and 20 items: {stdout}"
    );
}

#[test]
fn libreoffice_converts_it_to_pdf_and_the_header_row_repeats_on_each_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = document(dir.path());
    libreoffice_convert(&[&path], "pdf", dir.path());
    let pdf = path.with_extension("pdf");
    assert!(
        std::fs::read(&pdf).unwrap_or_default().starts_with(b"%PDF"),
        "no PDF made"
    );
    let text = run_tool(
        "pdftotext",
        &["-layout".as_ref(), pdf.as_os_str(), "-".as_ref()],
    );
    let text = String::from_utf8_lossy(&text.stdout);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() >= 3, "{} pages", pages.len());
    for (n, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Page {} of {}", n + 1, pages.len())),
            "page {} lacks its number:\n{page}",
            n + 1
        );
    }
    assert!(pages[0].contains("Progress report to the Police and Crime Panel"));
    assert!(pages[0].contains("Position at 30 November 2026"));
    // The PEEL table runs over pages: each page it runs onto starts with its header row.
    let at = |words: &str| pages.iter().position(|p| p.contains(words)).unwrap();
    let (peel, appendix) = (at("Published 17 June 2025"), at(APPENDIX));
    assert!(appendix > peel + 1, "the PEEL table spans pages");
    for page in &pages[peel + 1..appendix] {
        let first = page
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default();
        let words: Vec<&str> = first.split_whitespace().collect();
        assert_eq!(
            words,
            ["Item", "Lead", "Target", "date", "Status", "RAG", "Latest", "update"],
            "a page of the table without its header row:\n{page}"
        );
    }
}

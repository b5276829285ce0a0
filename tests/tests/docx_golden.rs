//! A golden `word/document.xml` for a small response of the project's own making. Any change
//! to the document's layout shows up as a diff of `tests/golden/small-form.document.xml` in
//! review. After an intended change, regenerate it with
//! `UPDATE_GOLDEN=1 cargo test -p pcc-tests --test docx_golden` and read the diff.

mod common;

use std::path::PathBuf;

use chrono::NaiveDate;
use pcc_core::{
    ChecklistEntry, DocumentKind, Grade, GradedJudgement, InspectionType, Item, Office, Response,
    Status,
};

fn small_response() -> Response {
    let mut r = Response::new(DocumentKind::Form, &[]);
    r.status = Status::Draft;
    r.inspection.title = "An inspection of how Exampleshire Police answers 101 calls".into();
    r.inspection.published = NaiveDate::from_ymd_opt(2025, 1, 31);
    r.inspection.kind = InspectionType::ForceSpecific;
    r.inspection.forces = vec!["Exampleshire".into()];
    r.inspection.report_url = Some("https://example.org/reports/101-calls".into());
    r.key_findings =
        "The force answers **most** calls *quickly*.\n\n- Good triage\n- Long waits at night"
            .into();
    r.grades = vec![
        GradedJudgement {
            grade: Grade::Good,
            area: "at answering 999 calls".into(),
        },
        GradedJudgement {
            grade: Grade::Inadequate,
            area: "at answering 101 calls".into(),
        },
    ];
    r.recommendations = vec![Item {
        text: "Cut the 101 abandonment rate.".into(),
        response: Some("A call-back service starts in April.".into()),
        tracking: Default::default(),
    }];
    r.areas_for_improvement = vec![
        Item {
            text: "Record why callers hang up.".into(),
            response: None,
            tracking: Default::default(),
        },
        Item {
            text: "Publish waiting times.".into(),
            response: None,
            tracking: Default::default(),
        },
    ];
    r.chief_constable_response = "> *\"Calls are answered well.\"*\n\nWe agree.".into();
    r.pcc_response = "I welcome the report. See [the plan](https://example.org/plan).".into();
    r.checklist = vec![
        ChecklistEntry::completed(
            "Forwarded to the Chief Constable.",
            NaiveDate::from_ymd_opt(2025, 2, 3),
        ),
        ChecklistEntry::new("Published."),
    ];
    r
}

fn office() -> Office {
    Office {
        office_name: "Office of the PCC for Exampleshire".into(),
        address: vec!["1 Station Road".into()],
        ..common::exampleshire()
    }
}

/// One block element a line; the ids docx-rs takes from process-wide counters made stable.
fn normalise(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len() * 11 / 10);
    for (i, piece) in xml.split('<').enumerate() {
        if i > 0 {
            let block = [
                "w:p>", "w:p ", "w:tbl>", "w:tr>", "w:tr ", "w:sectPr", "/w:body",
            ];
            if block.iter().any(|b| piece.starts_with(b)) {
                out.push('\n');
            }
            out.push('<');
        }
        out.push_str(piece);
    }
    let mut stable = String::new();
    for line in out.lines() {
        stable.push_str(&renumber(line, "w14:paraId=\"", "P"));
        stable.push('\n');
    }
    renumber(&stable, "r:id=\"rIdHyperlink", "H")
}

/// Replaces what follows each `marker` up to the next quote with `tag`.
fn renumber(text: &str, marker: &str, tag: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(marker) {
        out.push_str(&rest[..at + marker.len()]);
        rest = &rest[at + marker.len()..];
        let end = rest.find('"').unwrap_or(0);
        out.push_str(tag);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_small_form_matches_its_golden_document_xml() {
    let (docx, _) = common::export(&small_response(), &office());
    let got = normalise(&docx.part("word/document.xml"));
    let golden = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("golden/small-form.document.xml");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &got).unwrap();
    }
    let want = std::fs::read_to_string(&golden).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with UPDATE_GOLDEN=1 to create it",
            golden.display()
        )
    });
    if got != want {
        let first = got.lines().zip(want.lines()).position(|(a, b)| a != b);
        panic!(
            "document.xml differs from {} (first differing line {:?}):\n got: {}\nwant: {}\n\
             If the change is intended, run with UPDATE_GOLDEN=1 and review the diff.",
            golden.display(),
            first.map(|n| n + 1),
            first.and_then(|n| got.lines().nth(n)).unwrap_or("<end>"),
            first.and_then(|n| want.lines().nth(n)).unwrap_or("<end>"),
        );
    }
}

#[test]
fn normalising_changes_only_the_counters() {
    let xml =
        r#"<w:body><w:p w14:paraId="0000002A"><w:hyperlink r:id="rIdHyperlink7"/></w:p></w:body>"#;
    assert_eq!(
        normalise(xml),
        "<w:body>\n<w:p w14:paraId=\"P\"><w:hyperlink r:id=\"rIdHyperlinkH\"/></w:p>\n</w:body>\n"
    );
}

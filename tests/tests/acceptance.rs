//! Acceptance: the real, published 2024 response of a Police and Crime Commissioner (a PEEL
//! inspection: nine graded judgements, 17 areas for improvement, no recommendations) loads,
//! writes back unchanged, fits the schemas, and exports as a form with the structure it was
//! published with. The real documents are never copied into the repository: these tests
//! read them from `../shared/fixtures`, beside it.
//!
//! So this target is left out of `cargo test --workspace` (`test = false` in
//! `tests/Cargo.toml`) and run by name, `cargo test -p pcc-tests --test acceptance`.
//! `scripts/test.sh` runs it when `../shared/fixtures/peel-2024-response.json` exists, and
//! otherwise says in one line that it left these tests out, counting them as skipped.
//! Everything else is tested on the project's own invented fixtures in `tests/fixtures`.

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::{assert_word_opens_cleanly, export, fits, schema, value, FORM_SECTIONS};
use pcc_core::file::{read_office, read_response, write_office, write_response, ImageFiles};
use pcc_core::{file, DocumentKind, Grade, InspectionType, Office, Response, Status};

/// `../shared/fixtures`, beside the repository. Fails the test, saying why, when absent.
fn shared() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures");
    assert!(
        dir.join("peel-2024-response.json").is_file(),
        "The real 2024 response is missing: expected {}. The acceptance tests read it from \
         the `shared` folder beside the repository; scripts/test.sh leaves them out when it \
         is absent.",
        dir.display()
    );
    dir
}

fn text(name: &str) -> String {
    std::fs::read_to_string(shared().join(name)).unwrap()
}

/// The real 2024 PEEL response and its office, read through the core's own readers.
fn peel_2024() -> (Response, Office) {
    let dir = shared();
    let response = file::read_response_file(&dir.join("peel-2024-response.json")).unwrap();
    let office = file::read_office_file(&dir.join("norfolk-office.json")).unwrap();
    (response, office)
}

#[test]
fn the_real_2024_response_loads_as_published() {
    let (r, office) = peel_2024();
    assert_eq!(
        (r.document, r.status),
        (DocumentKind::Form, Status::Published)
    );
    assert_eq!(r.inspection.kind, InspectionType::Peel);
    assert_eq!(r.inspection.published, NaiveDate::from_ymd_opt(2024, 9, 24));
    assert_eq!(r.grades.len(), 9);
    assert_eq!(r.grades[6].grade, Grade::RequiresImprovement);
    assert_eq!(r.recommendations.len(), 0);
    assert_eq!(r.areas_for_improvement.len(), 17);
    assert_eq!(r.checklist.len(), 4);
    assert_eq!(r.letter, None);
    assert_eq!(office.area, "Norfolk");
    assert_eq!(office.logo, None);
}

/// A version 1 response file as version 2 writes it: done where there is a date, each item
/// awaiting review with nothing else tracked, and no section 55 record.
fn as_version_2(mut file: serde_json::Value) -> serde_json::Value {
    file["version"] = 2.into();
    for entry in file["checklist"].as_array_mut().into_iter().flatten() {
        let done = !entry["done_on"].is_null();
        let entry = entry.as_object_mut().unwrap();
        let done_on = entry.shift_remove("done_on").unwrap();
        entry.insert("done".into(), done.into());
        entry.insert("done_on".into(), done_on);
    }
    let untracked = serde_json::json!({
        "lead": null, "target": null, "status": "awaiting_review", "rag": null,
        "superseded_by": null, "carried_from": null, "first_raised": null, "updates": [],
    });
    for key in ["recommendations", "areas_for_improvement"] {
        for item in file[key].as_array_mut().into_iter().flatten() {
            item["tracking"] = untracked.clone();
        }
    }
    let section_55 = serde_json::json!({
        "web_address": null, "published_on": null, "sent_to_hmicfrs": null,
        "sent_to_home_secretary": null,
    });
    // Compared as JSON values, whose objects are equal in any order.
    file["section_55"] = section_55;
    file
}

#[test]
fn the_real_files_write_back_unchanged_and_fit_the_schemas() {
    // The real file is version 1 of the format; it writes back as version 2, the same
    // response with each checklist entry's `done` said outright.
    let response = text("peel-2024-response.json");
    let rewritten = write_response(&read_response(&response).unwrap());
    assert_eq!(value(&rewritten), as_version_2(value(&response)));
    assert_eq!(
        write_response(&read_response(&rewritten).unwrap()),
        rewritten
    );
    let office = text("norfolk-office.json");
    let read = read_office(&office, Path::new(".")).unwrap();
    let written = write_office(&read, ImageFiles::default());
    assert_eq!(value(&written), value(&office));

    fits(&schema("pcc-response.v1.schema.json"), &value(&response));
    fits(&schema("pcc-response.v2.schema.json"), &value(&rewritten));
    fits(&schema("pcc-office.v1.schema.json"), &value(&office));
}

#[test]
fn the_real_response_exports_with_its_published_structure() {
    let (response, office) = peel_2024();
    let (docx, _) = export(&response, &office);
    docx.assert_well_formed();
    assert!(docx.headings()[0]
        .1
        .starts_with("Norfolk Police and Crime Commissioner (PCC) response"));
    assert_eq!(docx.headings_at(2), FORM_SECTIONS);

    let rows = docx.first_table();
    assert_eq!(rows[1][1], "24 September 2024");
    assert_eq!(rows[3][1], "Norfolk");
    assert_eq!(rows[5][1], "19 November 2024 (date published + 56 days)");

    let paras = docx.paragraphs();
    let all: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
    assert!(all.contains(&"There are no recommendations made."));
    let count = all
        .iter()
        .position(|t| {
            *t == "17 areas for improvement are made within the report, and are detailed as \
                   follows:"
        })
        .expect("the count sentence");
    for (n, item) in response.areas_for_improvement.iter().enumerate() {
        let label = format!("Area for Improvement {}:", n + 1);
        let at = all.iter().position(|t| *t == label).unwrap();
        assert!(at > count, "{label} comes after the count");
        assert_eq!(all[at + 1], item.text);
    }
    let checklist = all
        .iter()
        .position(|t| *t == "For Office Use Only")
        .unwrap();
    assert!(all[checklist..].contains(&"Response forwarded to the Norfolk Police and Crime Panel."));
}

#[test]
fn the_real_nine_graded_judgements_print_as_published() {
    let (response, office) = peel_2024();
    let (docx, _) = export(&response, &office);
    docx.assert_judgements(
        "HMICFRS judged that Norfolk Constabulary is:",
        &[
            ("Outstanding", " at recording data about crime."),
            ("Good", " at preventing crime."),
            (
                "Adequate",
                " with their treatment of the public and use of police powers.",
            ),
            ("Adequate", " at investigating crime."),
            ("Adequate", " at developing a positive workplace."),
            ("Adequate", " with leadership and force management."),
            ("Requires improvement", " at responding to the public."),
            ("Requires improvement", " at protecting vulnerable people."),
            ("Requires improvement", " at managing offenders."),
        ],
    );
}

#[test]
fn word_would_open_the_real_form_cleanly_by_the_open_xml_schema() {
    let (response, office) = peel_2024();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("peel-2024 form.docx");
    pcc_core::export::export_to_file(&response, &office, &common::options(), &path, false).unwrap();
    assert_word_opens_cleanly(&path);
}

#[test]
fn the_real_response_as_a_tagged_pdf_reads_as_its_docx_on_as_many_pages() {
    let (r, office) = peel_2024();
    let dir = tempfile::tempdir().unwrap();
    common::pdf::reads_as_its_docx(dir.path(), "form", &r, &office);
}

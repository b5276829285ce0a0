//! The response and office files across the crate boundary: the project's own fixtures
//! (`tests/fixtures`) load and write back unchanged, the repository's JSON Schemas accept
//! and refuse the same files as the reader, and the version 1 tool refuses a version 2 file
//! in words (`tests/fixtures/v1-reader`).

mod common;

use std::path::{Path, PathBuf};

use common::{
    day, exampleshire_2025, exampleshire_2025_letter, fits, fixture, fixtures, schema, solid_png,
    value,
};
use jsonschema::Validator;
use pcc_core::file::write_response;
use pcc_core::file::{
    read_office, read_office_file, read_response, save_office, write_office, ImageFiles,
};
use pcc_core::{
    ChecklistEntry, DocumentKind, Grade, GradedJudgement, ImageUse, InspectionType, Item, ItemKind,
    ItemLink, ItemStatus, Letter, LetterDate, Logo, ProgressUpdate, Rag, Response, Status,
    Tracking,
};
use serde_json::{json, Value};

const FORM: &str = "exampleshire-2025-response.pccr";
/// The same form as version 1 of the format wrote it, before the checklist's `done`.
const FORM_V1: &str = "exampleshire-2025-response.v1.pccr";
const LETTER: &str = "exampleshire-2025-letter.pccr";
const OFFICE: &str = "exampleshire-office.json";
const LOGO: &str = "exampleshire-office-logo.png";

fn response_schema() -> Validator {
    schema("pcc-response.v2.schema.json")
}

fn response_schema_v1() -> Validator {
    schema("pcc-response.v1.schema.json")
}

fn office_schema() -> Validator {
    schema("pcc-office.v1.schema.json")
}

/// A letter with something in every field, made here rather than taken from a fixture.
fn rich_letter() -> Response {
    let mut r = Response::new(DocumentKind::Letter, &["Forwarded.".into()]);
    r.status = Status::Ready;
    r.inspection.title = "An inspection of \"vetting\" – and misconduct".into();
    r.inspection.published = Some(day(2024, 7, 4));
    r.inspection.kind = InspectionType::Other;
    r.inspection.type_detail = Some("Super-complaint".into());
    r.inspection.forces = vec!["Exampleshire".into(), "Northvale".into()];
    r.inspection.report_url = Some("https://example.org/report".into());
    r.key_findings = "**Bold** and *italic*.\n\n- a list\n\n> a quote".into();
    r.grades = vec![GradedJudgement {
        grade: Grade::Inadequate,
        area: "at managing offenders".into(),
    }];
    r.recommendations = vec![Item {
        text: "Recommendation 1".into(),
        response: Some("Done.".into()),
        tracking: Tracking {
            lead: Some("Head of Professional Standards".into()),
            target: Some(day(2025, 1, 31)),
            status: ItemStatus::Superseded,
            rag: Some(Rag::Red),
            superseded_by: Some(ItemLink {
                inspection: "A later inspection of vetting".into(),
                published: Some(day(2025, 3, 6)),
                kind: ItemKind::AreaForImprovement,
                number: 3,
            }),
            carried_from: Some(ItemLink {
                inspection: "An earlier inspection of vetting".into(),
                published: None,
                kind: ItemKind::Recommendation,
                number: 1,
            }),
            first_raised: Some(day(2022, 11, 2)),
            updates: vec![ProgressUpdate {
                date: day(2024, 7, 4),
                reported_by: "Head of Professional Standards".into(),
                action: "Vetting backlog reviewed.".into(),
                evidence: "Backlog report.".into(),
                evidence_link: Some("https://example.org/backlog".into()),
                status: ItemStatus::BeingProgressed,
            }],
        },
    }];
    r.areas_for_improvement = vec![Item::default()];
    r.section_55.web_address = Some("https://example.org/opcc/vetting".into());
    r.section_55.sent_to_home_secretary = Some(day(2024, 8, 30));
    r.checklist[0].set_done_on(Some(day(2024, 8, 1)));
    r.checklist
        .push(ChecklistEntry::completed("Published.", None));
    r.letter = Some(Letter {
        date: Some(LetterDate::Day(day(2024, 8, 29))),
        addressees: Some(vec!["The Home Secretary".into()]),
        salutation: None,
        subject: Some("Response to the report".into()),
    });
    r
}

#[test]
fn the_form_fixture_loads_with_every_part_of_the_form() {
    let (r, _) = exampleshire_2025();
    assert_eq!(
        (r.document, r.status),
        (DocumentKind::Form, Status::Published)
    );
    assert_eq!(r.inspection.kind, InspectionType::Peel);
    assert_eq!(r.inspection.published, Some(day(2025, 6, 17)));
    assert_eq!(r.inspection.forces, ["Exampleshire"]);
    assert!(r.inspection.report_url.is_some());
    assert_eq!(r.grades.len(), 9);
    let grades: Vec<Grade> = r.grades.iter().map(|g| g.grade).collect();
    for grade in [
        Grade::Outstanding,
        Grade::Good,
        Grade::Adequate,
        Grade::RequiresImprovement,
        Grade::Inadequate,
    ] {
        assert!(grades.contains(&grade), "no {grade:?}");
    }
    assert_eq!(r.recommendations.len(), 3);
    assert!(r.recommendations.iter().all(|i| i.response.is_some()));
    assert_eq!(r.areas_for_improvement.len(), 17);
    let answered = r
        .areas_for_improvement
        .iter()
        .filter(|i| i.response.is_some());
    assert!(
        (1..17).contains(&answered.count()),
        "some answered, some not"
    );
    assert!(!r.chief_constable_response.is_empty() && !r.pcc_response.is_empty());
    // Every kind of rich text the format has.
    let text = [
        &r.key_findings,
        &r.chief_constable_response,
        &r.pcc_response,
    ];
    let all = text.map(String::as_str).join("\n\n");
    assert!(
        all.replace("**", "").contains('*'),
        "the fixture has no italic"
    );
    for (what, mark) in [
        ("bold", "**"),
        ("a bulleted list", "\n- "),
        ("a numbered list", "\n1. "),
        ("a quote", "\n> "),
        ("a link", "](https://"),
        ("a mail link", "](mailto:"),
    ] {
        assert!(all.contains(mark), "the fixture has no {what}");
    }
    let done: Vec<bool> = r.checklist.iter().map(ChecklistEntry::is_done).collect();
    assert_eq!(done, [true, true, true, false]);
    assert_eq!(r.letter, None);
    // A few items are tracked; the rest await review. None is carried forward, which the form
    // would print ("first raised in 2022"): the cases below add one.
    let items: Vec<&Item> = r
        .recommendations
        .iter()
        .chain(&r.areas_for_improvement)
        .collect();
    let tracked = items.iter().filter(|i| i.tracking != Tracking::default());
    assert_eq!(tracked.count(), 3);
    let rec = &r.recommendations[0].tracking;
    assert_eq!(rec.status, ItemStatus::BeingProgressed);
    assert_eq!(rec.rag, Some(Rag::Amber));
    assert!(rec.lead.is_some() && rec.target.is_some());
    assert_eq!(rec.updates.len(), 2);
    assert!(rec.updates[0].evidence_link.is_some());
    assert_eq!(r.recommendations[2].tracking.status, ItemStatus::Complete);
    let digital = &r.areas_for_improvement[11].tracking;
    assert_eq!(digital.status, ItemStatus::BeingProgressed);
    assert_eq!(digital.updates.len(), 1);
    assert!(r.section_55.web_address.is_some());
}

#[test]
fn the_letter_fixture_loads_with_every_letter_field() {
    let r = exampleshire_2025_letter();
    assert_eq!(
        (r.document, r.status),
        (DocumentKind::Letter, Status::Signed)
    );
    assert_eq!(r.inspection.kind, InspectionType::Other);
    assert_eq!(
        r.inspection.type_detail.as_deref(),
        Some("Spotlight report")
    );
    assert_eq!(r.inspection.forces.len(), 3);
    let letter = r.letter.unwrap();
    assert_eq!(
        letter.date,
        Some(LetterDate::Month {
            year: 2025,
            month: 5
        })
    );
    assert_eq!(letter.addressees.map(|a| a.len()), Some(3));
    assert!(letter.salutation.is_some() && letter.subject.is_some());
}

#[test]
fn the_fixtures_write_back_unchanged() {
    for name in [FORM, LETTER] {
        let text = fixture(name);
        let written = write_response(&read_response(&text).unwrap());
        assert_eq!(value(&written), value(&text), "{name}");
        assert_eq!(written, text, "{name}: written as the app writes it");
    }

    // Version 1 reads as the same response but for what version 1 could not hold: the
    // tracking of the three items tracked, and the section 55 record, which the version 2
    // fixture has.
    let written = write_response(&read_response(&fixture(FORM_V1)).unwrap());
    let mut form = read_response(&fixture(FORM)).unwrap();
    for item in form
        .recommendations
        .iter_mut()
        .chain(&mut form.areas_for_improvement)
    {
        item.tracking = Tracking::default();
    }
    form.section_55 = Default::default();
    assert_eq!(
        written,
        write_response(&form),
        "version 1 reads as the same response, nothing tracked"
    );
    assert_ne!(written, fixture(FORM));

    let text = fixture(OFFICE);
    let office = read_office(&text, &fixtures()).unwrap();
    let written = write_office(
        &office,
        ImageFiles {
            logo: Some(LOGO),
            signature: None,
        },
    );
    assert_eq!(value(&written), value(&text));
}

#[test]
fn the_fixtures_fit_the_schemas() {
    fits(&response_schema(), &value(&fixture(FORM)));
    fits(&response_schema(), &value(&fixture(LETTER)));
    fits(&response_schema_v1(), &value(&fixture(FORM_V1)));
    fits(&office_schema(), &value(&fixture(OFFICE)));
}

#[test]
fn what_the_writer_writes_fits_the_schema() {
    let schema = response_schema();
    let mut form = rich_letter();
    form.document = DocumentKind::Form;
    form.inspection.published = None;
    for r in [
        rich_letter(),
        form,
        Response::new(DocumentKind::Letter, &[]),
    ] {
        let file = value(&write_response(&r));
        fits(&schema, &file);
        assert_eq!(
            read_response(&file.to_string()).unwrap().inspection,
            r.inspection
        );
    }
}

/// Applies changes to `file`, separated by " ; ": `/pointer = json` or `/pointer removed`;
/// the empty pointer is the whole file.
fn changed(mut file: Value, changes: &str) -> Value {
    for change in changes.split(" ; ") {
        if let Some(pointer) = change.strip_suffix(" removed") {
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            let parent = file.pointer_mut(parent).unwrap().as_object_mut().unwrap();
            parent.shift_remove(key).unwrap();
            continue;
        }
        let (pointer, new) = change.split_once(" = ").unwrap();
        let new = value(new);
        match file.pointer_mut(pointer) {
            Some(target) => *target = new,
            None => {
                let (parent, key) = pointer.rsplit_once('/').unwrap();
                let parent = file.pointer_mut(parent).unwrap().as_object_mut().unwrap();
                parent.insert(key.to_string(), new);
            }
        }
    }
    file
}

/// Response files the reader refuses, one a line, as changes to the form fixture.
const BAD_RESPONSES: &str = r#"
/format removed
/format = "pcc-office"
/version = 3
/version = 0
/version = "1"
/version = 1.5
/version removed
/document = "memo"
/status = "Draft"
/status removed
/inspection removed
/inspection = []
/inspection/type removed
/inspection/type = "Peel"
/inspection/type = null
/inspection/published = "24/09/2024"
/inspection/published = "2024-02-30"
/inspection/published = "2024-9-24"
/inspection/published = 20240924
/inspection/forces = "Exampleshire"
/inspection/forces/0 = null
/inspection/title = 42
/inspection/publshed = "2024-09-24"
/inspection/report_url = {}
/grades/2/grade = "Very good"
/grades/2/grade removed
/grades/0/note = "x"
/grades = {}
/areas_for_improvement/3/text = 42
/areas_for_improvement/3 = "text"
/areas_for_improvement/0/response = ["a"]
/recommendations = [{ "text": "x", "respones": "y" }]
/checklist/0/done_on = "2024-11-31"
/checklist/0/done_on = "15/11/2024"
/checklist/1/item = false
/key_finding = "mistyped"
/key_findings = 5
/pcc_response = ["a", "b"]
/letter = { "date": null }
/document = "letter" ; /letter = { "date": "July 2024" }
/document = "letter" ; /letter = { "date": "2024-13" }
/document = "letter" ; /letter = { "date": "2024-02-30" }
/document = "letter" ; /letter = { "date": "2024-7" }
/document = "letter" ; /letter = { "addressees": [1] }
/document = "letter" ; /letter = { "addressees": "The Home Secretary" }
/document = "letter" ; /letter = { "signature": "x" }
/document = "letter" ; /letter = "July 2024"
 = [1, 2]
 = "pcc-response"
 = null
"#;

/// Response files both accept: drafts with blanks, nulls and missing lists.
const GOOD_RESPONSES: &str = r#"
/key_findings = null ; /pcc_response = "" ; /chief_constable_response removed
/grades = null ; /recommendations removed ; /checklist = []
/inspection/title = null ; /inspection/published = null ; /inspection/forces removed
/inspection/type = "Other" ; /inspection/type_detail = "Thematic"
/areas_for_improvement = [{}, { "text": null, "response": "Done." }]
/document = "letter" ; /letter = null
/document = "letter" ; /letter removed
/document = "letter" ; /letter = { "date": "2024-07", "subject": null }
/document = "letter" ; /letter = { "date": "2024-02-29", "addressees": [] }
/letter removed
"#;

/// Area for improvement 12 of the form fixture carried forward from a 2022 report: the base of
/// the version 2 cases, so that they reach a link's fields. (The fixture itself carries none,
/// as the form would print it.)
const CARRIED: &str = r#"/areas_for_improvement/11/tracking/carried_from = { "inspection": "PEEL 2021/22: An inspection of Exampleshire Police", "published": "2022-05-10", "kind": "area_for_improvement", "number": 9 } ; /areas_for_improvement/11/tracking/first_raised = "2022-05-10""#;

/// The form fixture with area for improvement 12 carried forward ([`CARRIED`]).
fn carried_form() -> Value {
    changed(value(&fixture(FORM)), CARRIED)
}

/// Version 2 only: what `done`, `tracking` and `section_55` may and may not be, against the
/// form fixture with [`CARRIED`] (recommendation 1 is being progressed, with two updates;
/// area for improvement 12 is carried from 2022).
const BAD_V2: &str = r#"
/version = 1
/checklist/0/done = false
/checklist/0/done = "yes"
/checklist/0/done = 1
/recommendations/0/tracking = "being_progressed"
/recommendations/0/tracking/owner = "x"
/recommendations/0/tracking/lead = 1
/recommendations/0/tracking/target = "31/12/2025"
/recommendations/0/tracking/status = "in_progress"
/recommendations/0/tracking/status = "Being progressed"
/recommendations/0/tracking/rag = "RED"
/recommendations/0/tracking/rag = 1
/recommendations/0/tracking/updates = {}
/recommendations/0/tracking/updates/0 = "2025-07-03"
/recommendations/0/tracking/updates/0/date removed
/recommendations/0/tracking/updates/0/date = null
/recommendations/0/tracking/updates/0/date = "2025-07-32"
/recommendations/0/tracking/updates/0/date = "3 July 2025"
/recommendations/0/tracking/updates/0/status removed
/recommendations/0/tracking/updates/0/status = null
/recommendations/0/tracking/updates/0/status = "done"
/recommendations/0/tracking/updates/0/reported_by = []
/recommendations/0/tracking/updates/0/evidence_link = 5
/recommendations/0/tracking/updates/0/note = ""
/recommendations/0/tracking/superseded_by = { "inspection": "PEEL 2027", "published": "2027-06-01", "kind": "recommendation", "number": 1 }
/recommendations/0/tracking/status removed ; /recommendations/0/tracking/superseded_by = { "kind": "recommendation", "number": 1 }
/areas_for_improvement/11/tracking/carried_from = "PEEL 2021/22"
/areas_for_improvement/11/tracking/carried_from/number = 0
/areas_for_improvement/11/tracking/carried_from/number = -9
/areas_for_improvement/11/tracking/carried_from/number = 1.5
/areas_for_improvement/11/tracking/carried_from/number = "9"
/areas_for_improvement/11/tracking/carried_from/number = 4294967296
/areas_for_improvement/11/tracking/carried_from/number = null
/areas_for_improvement/11/tracking/carried_from/number removed
/areas_for_improvement/11/tracking/carried_from/kind = "aFI"
/areas_for_improvement/11/tracking/carried_from/kind removed
/areas_for_improvement/11/tracking/carried_from/published = "May 2022"
/areas_for_improvement/11/tracking/carried_from/report = "x"
/areas_for_improvement/11/tracking/first_raised = "2022"
/section_55 = []
/section_55/web_address = 1
/section_55/published_on = "2025-07-24T10:00"
/section_55/sent_to_hmicfrs = "2025-02-29"
/section_55/sent_to_panel = null
"#;

const GOOD_V2: &str = r#"
/version = 2.0
/checklist/3/done = true
/checklist/0/done removed ; /checklist/1/done = null
/checklist/3/done removed
/recommendations/0/tracking = null
/recommendations/0/tracking removed
/recommendations/0/tracking = {}
/recommendations/0/tracking/status removed ; /recommendations/0/tracking/rag = null
/recommendations/0/tracking/status = null ; /recommendations/0/tracking/updates = null
/recommendations/0/tracking/updates/0/reported_by = null ; /recommendations/0/tracking/updates/0/evidence removed
/recommendations/0/tracking/updates/0/date = "2025-06-17" ; /recommendations/0/tracking/updates/1/date = "2999-12-31"
/recommendations/0/tracking/status = "superseded" ; /recommendations/0/tracking/superseded_by = { "kind": "recommendation", "number": 2.0 }
/recommendations/0/tracking/status = "superseded" ; /recommendations/0/tracking/superseded_by = null
/areas_for_improvement/11/tracking/carried_from/inspection = null ; /areas_for_improvement/11/tracking/carried_from/published removed
/areas_for_improvement/11/tracking/carried_from/number = 4294967295
/section_55 = null
/section_55 removed
/section_55 = {}
/section_55/published_on = "2025-07-24" ; /section_55/web_address = null
"#;

/// What the reader refuses and no JSON Schema can: a rule between two values of the file.
/// The schema's descriptions say so; the reader is the judge.
const READER_ONLY_V2: &str = r#"
/recommendations/0/tracking/updates/0/date = "2025-06-16"
/recommendations/0/tracking/status = "superseded" ; /recommendations/0/tracking/superseded_by = { "inspection": "PEEL 2025: An inspection of Exampleshire Police", "published": "2025-06-17", "kind": "recommendation", "number": 1 }
"#;

/// Version 1 only, against the version 1 form fixture: it has no `done`, no `tracking` and
/// no `section_55`, not even as null.
const BAD_V1: &str = r#"
/checklist/3/done = true
/checklist/0/done = false
/recommendations/0/tracking = null
/recommendations/0/tracking = { "status": "complete" }
/areas_for_improvement/3/tracking = {}
/section_55 = null
/section_55 = { "web_address": "https://www.example.org/opcc" }
"#;

const GOOD_V1: &str = r#"
/version = 1.0
"#;

fn cases(lines: &str) -> impl Iterator<Item = &str> {
    lines.lines().filter(|l| !l.is_empty())
}

#[test]
fn each_schema_refuses_what_the_reader_refuses() {
    let versions = [
        (response_schema(), carried_form(), BAD_V2, GOOD_V2),
        (
            response_schema_v1(),
            value(&fixture(FORM_V1)),
            BAD_V1,
            GOOD_V1,
        ),
    ];
    for (schema, fixture, bad, good) in versions {
        fits(&schema, &fixture);
        agree(&schema, &fixture, bad, good);
    }
    let form = carried_form();
    for case in cases(READER_ONLY_V2) {
        let file = changed(form.clone(), case);
        assert!(
            read_response(&file.to_string()).is_err(),
            "the reader accepts {case}"
        );
        fits(&response_schema(), &file);
    }
}

/// The schema and the reader refuse the same changes to `fixture`: those common to every
/// version and `bad`, and accept `good`.
fn agree(schema: &Validator, fixture: &Value, bad: &str, good: &str) {
    for case in cases(BAD_RESPONSES).chain(cases(bad)) {
        let file = changed(fixture.clone(), case);
        let read = read_response(&file.to_string());
        assert!(read.is_err(), "the reader accepts {case}");
        assert!(
            !schema.is_valid(&file),
            "the schema accepts {case} ({:?})",
            read.unwrap_err()
        );
    }
    for case in cases(GOOD_RESPONSES).chain(cases(good)) {
        let file = changed(fixture.clone(), case);
        if let Err(e) = read_response(&file.to_string()) {
            panic!("the reader refuses {case}: {e}");
        }
        fits(schema, &file);
    }
}

#[test]
fn the_office_fixture_loads_with_its_logo_and_every_setting() {
    let office = read_office_file(&fixtures().join(OFFICE)).unwrap();
    assert_eq!(office.pcc_name, "Alex Morgan");
    assert_eq!(office.area, "Exampleshire");
    assert_eq!(office.address.last().map(String::as_str), Some("EX1 1AA"));
    let logo = office.logo.as_ref().expect("the fixture office has a logo");
    assert_eq!(logo.bytes, std::fs::read(fixtures().join(LOGO)).unwrap());
    assert!(office.statutory_statement.is_some());
    assert_eq!(office.checklist_items.as_ref().map(Vec::len), Some(4));
    assert_eq!(office.addressees.as_ref().map(Vec::len), Some(2));
    assert!(office.salutation.is_some());
    assert_eq!(office.deadline_rule, pcc_core::DeadlineRule::Statutory);
}

#[test]
fn an_office_with_a_logo_saves_and_reloads_with_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let mut office = read_office_file(&fixtures().join(OFFICE)).unwrap();
    let png = solid_png(3, 2, [0, 51, 102]);
    office.logo = Some(Logo::from_bytes(png.clone(), "crest.png").unwrap());
    let signature = solid_png(6, 2, [0, 0, 0]);
    let signed = Logo::from_bytes_as(signature.clone(), "signed.png", ImageUse::Signature);
    office.signature = Some(signed.unwrap());
    let path: PathBuf = dir.path().join("settings.json");
    save_office(&office, &path).unwrap();
    let reloaded = read_office_file(&path).unwrap();
    assert_eq!(reloaded.logo.as_ref().unwrap().bytes, png);
    assert_eq!(reloaded.signature.as_ref().unwrap().bytes, signature);
    assert_eq!(reloaded, office);
    let file = value(&std::fs::read_to_string(&path).unwrap());
    assert_eq!(file["logo"], "settings-logo.png");
    assert_eq!(file["signature"], "settings-signature.png");
    fits(&office_schema(), &file);
}

#[test]
fn the_office_schema_refuses_what_the_reader_refuses() {
    let schema = office_schema();
    // The logo as null, so that the cases are read without a folder to find it in.
    let fixture = changed(value(&fixture(OFFICE)), "/logo = null");
    let bad = r#"
/format = "pcc-response"
/version = 2
/pcc_nmae = "Alex Morgan"
/address = "1 Station Road"
/address/1 = null
/telephone = 1234567890
/logo = ""
/logo = 42
/signature = ""
/signature = 42
/deadline_rule = "56 days"
/checklist_items = ["Sent.", 2]
"#;
    for case in cases(bad) {
        let file = changed(fixture.clone(), case);
        assert!(
            read_office(&file.to_string(), Path::new(".")).is_err(),
            "{case}"
        );
        assert!(!schema.is_valid(&file), "the schema accepts {case}");
    }
    let good = changed(
        fixture,
        r#"/deadline_rule = "published+56" ; /pcc_name removed ; /signature = null"#,
    );
    read_office(&good.to_string(), Path::new(".")).unwrap();
    fits(&schema, &good);
}

#[test]
fn a_letter_round_trips_through_the_file() {
    let r = rich_letter();
    assert_eq!(read_response(&write_response(&r)).unwrap(), r);
    let file = value(&write_response(&r));
    assert_eq!(file["letter"]["date"], json!("2024-08-29"));
}

#[test]
fn the_schema_and_the_reader_agree_on_the_limits() {
    let schema = response_schema();
    let fixture = carried_form();
    let item = serde_json::json!({ "text": "An area.", "response": null });
    let update = fixture["recommendations"][0]["tracking"]["updates"][0].clone();
    let cases = [
        ("/key_findings", Value::from("é".repeat(100_000)), true),
        ("/key_findings", Value::from("é".repeat(100_001)), false),
        (
            "/areas_for_improvement",
            Value::from(vec![item.clone(); 200]),
            true,
        ),
        (
            "/areas_for_improvement",
            Value::from(vec![item; 201]),
            false,
        ),
        (
            "/inspection/forces",
            Value::from(vec!["Exampleshire"; 201]),
            false,
        ),
        (
            "/recommendations/0/tracking/lead",
            Value::from("é".repeat(200)),
            true,
        ),
        (
            "/recommendations/0/tracking/lead",
            Value::from("é".repeat(201)),
            false,
        ),
        (
            "/recommendations/0/tracking/updates/1/reported_by",
            Value::from("é".repeat(201)),
            false,
        ),
        (
            "/recommendations/0/tracking/updates/1/action",
            Value::from("é".repeat(100_001)),
            false,
        ),
        (
            "/areas_for_improvement/11/tracking/carried_from/inspection",
            Value::from("é".repeat(500)),
            true,
        ),
        (
            "/areas_for_improvement/11/tracking/carried_from/inspection",
            Value::from("é".repeat(501)),
            false,
        ),
        (
            "/recommendations/0/tracking/updates",
            Value::from(vec![update.clone(); 500]),
            true,
        ),
        (
            "/recommendations/0/tracking/updates",
            Value::from(vec![update; 501]),
            false,
        ),
        (
            "/section_55/web_address",
            Value::from("é".repeat(100_001)),
            false,
        ),
    ];
    for (pointer, new, allowed) in cases {
        let mut file = fixture.clone();
        *file.pointer_mut(pointer).unwrap() = new;
        let read = read_response(&file.to_string());
        assert_eq!(read.is_ok(), allowed, "the reader on {pointer}: {read:?}");
        assert_eq!(schema.is_valid(&file), allowed, "the schema on {pointer}");
    }
}

/// What the `pcc-response` tool of the last version 1 commit said of the version 2 form
/// fixture, kept as it printed it (see `tests/fixtures/v1-reader/README.md`).
const V1_READER: &str = "v1-reader/refuses-v2.txt";

#[test]
fn the_version_1_tool_refuses_a_version_2_file_in_words() {
    let said = fixture(V1_READER);
    let runs: Vec<&str> = said.split("$ pcc-response ").skip(1).collect();
    let commands: Vec<&str> = runs
        .iter()
        .map(|run| run.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(commands, ["import", "check", "export"]);
    for run in runs {
        assert!(run.contains(&format!("fixtures/{FORM}")), "{run}");
        assert!(
            run.contains("\nexit status: 2\n"),
            "refused as a file problem: {run}"
        );
        assert!(
            run.contains("\nstdout:\nstderr:\n"),
            "nothing on stdout: {run}"
        );
        let stderr = run.split("\nstderr:\n").nth(1).unwrap();
        let message = stderr.lines().next().unwrap();
        for words in [
            "This file is pcc-response version 2",
            "made by a newer version of PCC Response",
            "this version reads up to version 1",
            "Update the app to open it.",
        ] {
            assert!(message.contains(words), "{words:?} not in {message:?}");
        }
        assert!(!run.contains("made: yes"), "nothing made: {run}");
    }

    // The output still applies: the fixture is version 2, and the app writes it as version 2,
    // which the version 1 tool refuses by its header before reading anything else.
    let text = fixture(FORM);
    assert_eq!(value(&text)["version"], 2);
    let written = write_response(&read_response(&text).unwrap());
    assert!(
        written.starts_with("{\n  \"format\": \"pcc-response\",\n  \"version\": 2,\n"),
        "{}",
        &written[..60]
    );
}

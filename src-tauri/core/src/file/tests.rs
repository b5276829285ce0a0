//! The response file's reader and writer: field-named errors, versions, limits, round trips.

use serde_json::{json, Value};

use super::{read_response, read_response_file, write_response};
use crate::dates::tests::day;
use crate::{
    ChecklistEntry, DocumentKind, Error, Grade, GradedJudgement, InspectionType, Item, ItemKind,
    ItemLink, ItemStatus, Letter, LetterDate, ProgressUpdate, Rag, Response, Section55, Status,
    Tracking,
};

/// A letter with something in every field.
pub(super) fn rich_letter() -> Response {
    let mut r = Response::new(
        DocumentKind::Letter,
        &["Forwarded.".into(), "Published.".into()],
    );
    r.status = Status::Signed;
    r.inspection.title = "An inspection of how well the police tackle \"serious\" crime".into();
    r.inspection.published = Some(day(2024, 2, 29));
    r.inspection.kind = InspectionType::Other;
    r.inspection.type_detail = Some("Thematic – super-complaint".into());
    r.inspection.forces = vec!["Norfolk".into(), "Suffolk".into()];
    r.inspection.report_url = Some("https://example.org/report?a=1&b=2".into());
    r.key_findings = "First *paragraph*.\n\n- one\n- two\n\n> quoted\n\nÜnïcødé 🚓".into();
    r.grades = vec![
        GradedJudgement {
            grade: Grade::Outstanding,
            area: "at recording data".into(),
        },
        GradedJudgement {
            grade: Grade::RequiresImprovement,
            area: String::new(),
        },
    ];
    r.recommendations = vec![Item {
        text: "By 2025, do **this**.".into(),
        response: None,
        tracking: Default::default(),
    }];
    r.areas_for_improvement = (1..=5)
        .map(|n| Item {
            text: format!("Area {n}"),
            response: Some(format!("Action {n}")),
            tracking: Default::default(),
        })
        .collect();
    r.recommendations[0].tracking = rich_tracking();
    r.areas_for_improvement[1].tracking = Tracking {
        lead: Some("Chief Inspector, Contact Management".into()),
        target: Some(day(2025, 3, 31)),
        status: ItemStatus::BeingProgressed,
        rag: Some(Rag::Amber),
        ..Tracking::default()
    };
    r.section_55 = Section55 {
        web_address: Some("https://example.org/opcc/responses/2024".into()),
        published_on: Some(day(2024, 4, 22)),
        sent_to_hmicfrs: Some(day(2024, 4, 23)),
        sent_to_home_secretary: None,
    };
    r.chief_constable_response = "The Chief Constable's words.".into();
    r.pcc_response = "1. first\n2. second\n\n[a link](https://example.org)".into();
    r.checklist[0].set_done_on(Some(day(2024, 11, 15)));
    r.checklist
        .push(ChecklistEntry::completed("Sent to HMICFRS.", None));
    r.letter = Some(Letter {
        date: Some(LetterDate::Month {
            year: 2024,
            month: 7,
        }),
        addressees: Some(vec!["The Home Secretary".into(), "HMICFRS".into()]),
        salutation: Some("Dear Home Secretary".into()),
        subject: None,
    });
    r
}

/// Tracking with something in every field: superseded by a later report's item, carried
/// from an earlier one's, with two updates (the first on the day the report was published).
pub(super) fn rich_tracking() -> Tracking {
    Tracking {
        lead: Some("Head of Public Protection".into()),
        target: Some(day(2025, 3, 31)),
        status: ItemStatus::Superseded,
        rag: Some(Rag::Green),
        superseded_by: Some(ItemLink {
            inspection: "A later inspection of \"serious\" crime".into(),
            published: Some(day(2025, 6, 17)),
            kind: ItemKind::Recommendation,
            number: 2,
        }),
        carried_from: Some(ItemLink {
            inspection: "PEEL 2021/22".into(),
            published: None,
            kind: ItemKind::AreaForImprovement,
            number: 7,
        }),
        first_raised: Some(day(2022, 5, 10)),
        updates: vec![
            ProgressUpdate {
                date: day(2024, 2, 29),
                reported_by: "Det Supt A. Example".into(),
                action: "Plan **agreed** at the board.".into(),
                evidence: "Board minutes, item 4.".into(),
                evidence_link: Some("https://example.org/minutes?m=2&y=2024".into()),
                status: ItemStatus::BeingProgressed,
            },
            ProgressUpdate {
                date: day(2025, 6, 17),
                reported_by: String::new(),
                action: "Replaced by the 2025 recommendation.".into(),
                evidence: String::new(),
                evidence_link: None,
                status: ItemStatus::Superseded,
            },
        ],
    }
}

/// A form with something in every field.
pub(super) fn rich_form() -> Response {
    let mut r = rich_letter();
    r.document = DocumentKind::Form;
    r.letter = None;
    r.inspection.kind = InspectionType::Peel;
    r.inspection.type_detail = None;
    r
}

pub(super) fn file_of(r: &Response) -> Value {
    serde_json::from_str(&write_response(r)).unwrap()
}

/// Reads `file` and expects it refused at `field`; gives the problem.
pub(super) fn refused_at(file: &Value, field: &str) -> String {
    match read_response(&file.to_string()) {
        Err(Error::Invalid { field: f, problem }) if f == field => problem,
        other => panic!("expected an error at {field}, got {other:?}"),
    }
}

/// A rich form changed by `change`, refused at `field`.
fn changed_refused_at(change: impl FnOnce(&mut Value), field: &str) -> String {
    let mut file = file_of(&rich_form());
    change(&mut file);
    refused_at(&file, field)
}

#[test]
fn a_bad_date_is_named_with_what_was_expected_and_seen() {
    let mut f = file_of(&rich_form());
    f["inspection"]["published"] = json!("24/09/2024");
    let problem = refused_at(&f, "inspection.published");
    assert_eq!(
        problem,
        r#"expected a date like 2024-09-24, found "24/09/2024""#
    );
    let err = read_response(&f.to_string()).unwrap_err();
    assert_eq!(err.to_string(), format!("inspection.published: {problem}"));
    f["inspection"]["published"] = json!("2024-09-24");
    for bad in [
        "2024-02-30",
        "2024-9-24",
        "+024-09-24",
        "2024-09-24T00:00",
        "",
    ] {
        f["checklist"][0]["done_on"] = json!(bad);
        refused_at(&f, "checklist[0].done_on");
    }
}

/// One case a line: a JSON pointer into a rich form, then ` = ` a new value or ` removed`;
/// after ` => ` the field the error must name, and after ` | ` words its problem must hold.
const BAD_FIELDS: &str = r#"
/areas_for_improvement/3/text = 42 => areas_for_improvement[3].text | expected text, found 42
/areas_for_improvement/1/response = ["a"] => areas_for_improvement[1].response | found a list
/recommendations/0 = "text" => recommendations[0] | expected an object, found "text"
/grades/1/grade = "Very good" => grades[1].grade | expected one of "Outstanding", "Good"
/grades/0/grade removed => grades[0].grade | but the field is missing
/grades = {} => grades | expected a list, found an object
/inspection/type = "Peel" => inspection.type | found "Peel"
/inspection/type removed => inspection.type | the field is missing
/inspection/forces = "Norfolk" => inspection.forces | expected a list, found "Norfolk"
/inspection/forces/1 = null => inspection.forces[1] | expected text, found null
/inspection/title = true => inspection.title | expected text, found true
/inspection/report_url = {} => inspection.report_url | expected text, found an object
/recommendations/0/tracking = [] => recommendations[0].tracking | expected an object, found an empty
/recommendations/0/tracking/owner = "x" => recommendations[0].tracking.owner | unknown field; the fields here are lead, target, status, rag, superseded_by, carried_from, first_raised, updates
/recommendations/0/tracking/lead = 5 => recommendations[0].tracking.lead | expected text, found 5
/recommendations/0/tracking/target = "31/03/2025" => recommendations[0].tracking.target | expected a date like 2024-09-24, found "31/03/2025"
/recommendations/0/tracking/status = "in progress" => recommendations[0].tracking.status | expected one of "awaiting_review", "being_progressed", "complete", "no_further_action", "superseded", found "in progress"
/recommendations/0/tracking/rag = "Red" => recommendations[0].tracking.rag | expected one of "red", "amber", "green", found "Red"
/recommendations/0/tracking/first_raised = 2022 => recommendations[0].tracking.first_raised | expected a date like 2024-09-24, found 2022
/recommendations/0/tracking/superseded_by = "2" => recommendations[0].tracking.superseded_by | expected an object, found "2"
/recommendations/0/tracking/superseded_by/number = 0 => recommendations[0].tracking.superseded_by.number | expected the item's number in its report, a whole number from 1, found 0
/recommendations/0/tracking/superseded_by/number = 2.5 => recommendations[0].tracking.superseded_by.number | a whole number from 1, found 2.5
/recommendations/0/tracking/superseded_by/number = "2" => recommendations[0].tracking.superseded_by.number | a whole number from 1, found "2"
/recommendations/0/tracking/superseded_by/number = 4294967296 => recommendations[0].tracking.superseded_by.number | found 4294967296
/recommendations/0/tracking/superseded_by/number removed => recommendations[0].tracking.superseded_by.number | a whole number from 1, but the field is missing
/recommendations/0/tracking/superseded_by/inspection = [] => recommendations[0].tracking.superseded_by.inspection | expected text
/recommendations/0/tracking/carried_from/kind = "AFI" => recommendations[0].tracking.carried_from.kind | expected one of "recommendation", "area_for_improvement", found "AFI"
/recommendations/0/tracking/carried_from/kind removed => recommendations[0].tracking.carried_from.kind | but the field is missing
/recommendations/0/tracking/carried_from/published = "May 2022" => recommendations[0].tracking.carried_from.published | expected a date like 2024-09-24
/recommendations/0/tracking/carried_from/report = "x" => recommendations[0].tracking.carried_from.report | unknown field; the fields here are inspection, published, kind, number
/recommendations/0/tracking/updates = {} => recommendations[0].tracking.updates | expected a list, found an object
/recommendations/0/tracking/updates/1 = "done" => recommendations[0].tracking.updates[1] | expected an object, found "done"
/recommendations/0/tracking/updates/1/date removed => recommendations[0].tracking.updates[1].date | expected the day of the update, a date like 2025-09-30, but the field is missing
/recommendations/0/tracking/updates/1/date = null => recommendations[0].tracking.updates[1].date | a date like 2025-09-30, found null
/recommendations/0/tracking/updates/1/date = "2025-02-29" => recommendations[0].tracking.updates[1].date | expected a date like 2024-09-24, found "2025-02-29"
/recommendations/0/tracking/updates/0/status removed => recommendations[0].tracking.updates[0].status | expected one of "awaiting_review", "being_progressed", "complete", "no_further_action", "superseded", but the field is missing
/recommendations/0/tracking/updates/0/status = null => recommendations[0].tracking.updates[0].status | found null
/recommendations/0/tracking/updates/0/reported_by = false => recommendations[0].tracking.updates[0].reported_by | expected text, found false
/recommendations/0/tracking/updates/0/evidence_link = ["a"] => recommendations[0].tracking.updates[0].evidence_link | expected text, found a list
/recommendations/0/tracking/updates/0/by = "x" => recommendations[0].tracking.updates[0].by | unknown field; the fields here are date, reported_by, action, evidence, evidence_link, status
/section_55 = "yes" => section_55 | expected an object, found "yes"
/section_55/web_address = 1 => section_55.web_address | expected text, found 1
/section_55/published_on = "2024-04-31" => section_55.published_on | expected a date like 2024-09-24, found "2024-04-31"
/section_55/sent_to_home_secretary = true => section_55.sent_to_home_secretary | expected a date like
/section_55/sent_to_panel = "2024-04-20" => section_55.sent_to_panel | unknown field; the fields here are web_address, published_on, sent_to_hmicfrs, sent_to_home_secretary
/inspection = null => inspection | expected an object, found null
/inspection removed => inspection | expected an object, but the field is missing
/document = "memo" => document | expected one of "form", "letter", found "memo"
/status removed => status | expected one of "draft", "ready", "signed", "published", but
/key_finding = "" => key_finding | unknown field; the fields here are format, version,
/inspection/publshed = "2024-09-24" => inspection.publshed | unknown field
/checklist/1/note = "" => checklist[1].note | unknown field; the fields here are item, done,
/checklist/2/done = "yes" => checklist[2].done | expected true or false, found "yes"
/checklist/0/done = false => checklist[0].done_on | expected null, as "done" is false, found "20
/letter = {} => letter | expected null, as the document is a form, found an object
/pcc_response = 1.5 => pcc_response | expected text, found 1.5
/checklist = [[]] => checklist[0] | expected an object, found an empty list
"#;

/// Sets (or with `None` removes) the value at `pointer`, whose parent must exist.
fn set(file: &mut Value, pointer: &str, new: Option<Value>) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    match (file.pointer_mut(parent), new) {
        (Some(Value::Object(map)), Some(v)) => _ = map.insert(key.to_string(), v),
        (Some(Value::Object(map)), None) => _ = map.shift_remove(key).unwrap(),
        (Some(Value::Array(items)), Some(v)) => items[key.parse::<usize>().unwrap()] = v,
        (_, _) => panic!("cannot change {pointer}"),
    }
}

#[test]
fn every_kind_of_bad_field_is_named_by_its_path() {
    for line in BAD_FIELDS.lines().filter(|l| !l.is_empty()) {
        let (change, outcome) = line.split_once(" => ").unwrap();
        let (field, words) = outcome.split_once(" | ").unwrap();
        let (pointer, new) = match change.strip_suffix(" removed") {
            Some(pointer) => (pointer, None),
            None => {
                let (pointer, new) = change.split_once(" = ").unwrap();
                (pointer, Some(serde_json::from_str(new).unwrap()))
            }
        };
        let problem = changed_refused_at(|f| set(f, pointer, new), field);
        assert!(problem.contains(words), "{line}\n{problem}");
    }
}

#[test]
fn grade_errors_list_every_grade() {
    let problem = changed_refused_at(
        |f| f["grades"][0]["grade"] = json!("good"),
        "grades[0].grade",
    );
    assert_eq!(
        problem,
        format!(r#"expected one of {}, found "good""#, Grade::expected())
    );
}

#[test]
fn letter_fields_are_checked_by_path() {
    let letter = || file_of(&rich_letter());
    let mut f = letter();
    f["letter"]["date"] = json!("July 2024");
    let problem = refused_at(&f, "letter.date");
    assert!(problem.contains("a month like 2024-07"), "{problem}");
    for bad in ["2024-13", "2024-7", "+202-07", "2024-07-32"] {
        f["letter"]["date"] = json!(bad);
        refused_at(&f, "letter.date");
    }
    let mut f = letter();
    f["letter"]["addressees"][1] = json!(5);
    refused_at(&f, "letter.addressees[1]");
    let mut f = letter();
    f["letter"]["signature"] = json!("x");
    assert!(refused_at(&f, "letter.signature").contains("unknown field"));
}

#[test]
fn a_file_that_is_not_a_response_file_says_so() {
    let not_ours = |file: Value| {
        let problem = refused_at(&file, "format");
        assert!(
            problem.starts_with("this is not a PCC response file"),
            "{problem}"
        );
    };
    not_ours(json!({ "version": 1, "document": "form" }));
    not_ours(json!({ "format": "PCC-RESPONSE", "version": 1 }));
    not_ours(json!([1, 2]));
    not_ours(json!("pcc-response"));
    not_ours(json!(null));
}

/// What the officer is told of it, and its kind, are tested with the error itself.
#[test]
fn an_office_settings_file_is_recognised_as_one() {
    let err =
        read_response(&json!({ "format": "pcc-office", "version": 1 }).to_string()).unwrap_err();
    assert!(
        matches!(
            err,
            Error::OtherKindOfFile {
                found: "pcc-office"
            }
        ),
        "{err:?}"
    );
}

#[test]
fn text_that_is_not_json_is_a_json_error_with_its_position() {
    match read_response("{\n  \"format\": \"pcc-response\",\n  \"version\": }") {
        Err(Error::Json {
            line: 3,
            column,
            message,
        }) => {
            assert_eq!(column, 14);
            assert_eq!(message, "expected value");
        }
        other => panic!("{other:?}"),
    }
    for bad in [
        "",
        "   ",
        "pcc",
        "{",
        "{\"format\": \"pcc-response\",}",
        "{} {}",
        "\u{0}",
    ] {
        assert!(
            matches!(read_response(bad), Err(Error::Json { .. })),
            "{bad:?}"
        );
    }
}

#[test]
fn deep_nesting_is_a_json_error_not_a_stack_overflow() {
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    let Err(Error::Json { message, .. }) = read_response(&deep) else {
        panic!("deep nesting was accepted");
    };
    assert!(message.contains("nested too deeply"), "{message}");
    let inside = write_response(&rich_form()).replacen(
        "\"key_findings\": ",
        &format!(
            "\"key_findings\": {}0{}, \"x\": ",
            "{\"a\":".repeat(10_000),
            "}".repeat(10_000)
        ),
        1,
    );
    assert!(matches!(read_response(&inside), Err(Error::Json { .. })));
}

#[test]
fn the_longest_text_allowed_reads_and_round_trips() {
    let mut r = rich_form();
    r.key_findings = "Long findings. ".repeat(6_666);
    r.areas_for_improvement[0].text = "é".repeat(crate::limits::MAX_TEXT_CHARS);
    assert_eq!(read_response(&write_response(&r)).unwrap(), r);
}

#[test]
fn a_bare_draft_reads_with_blanks_and_empty_lists() {
    let file = json!({
        "format": "pcc-response", "version": 1, "document": "letter", "status": "draft",
        "inspection": { "type": "Joint" },
        "key_findings": null, "pcc_response": "", "grades": null,
        "areas_for_improvement": [{}, { "text": null, "response": null }],
    });
    let r = read_response(&file.to_string()).unwrap();
    let mut expected = Response::new(DocumentKind::Letter, &[]);
    expected.inspection.kind = InspectionType::Joint;
    expected.areas_for_improvement = vec![Item::default(), Item::default()];
    assert_eq!(r, expected);
    assert_eq!(read_response(&write_response(&r)).unwrap(), r);
}

#[test]
fn rich_responses_round_trip_and_are_written_in_the_format_order() {
    for r in [
        rich_form(),
        rich_letter(),
        Response::new(DocumentKind::Form, &[]),
        Response::new(DocumentKind::Letter, &["Done.".into()]),
    ] {
        let text = write_response(&r);
        assert_eq!(read_response(&text).unwrap(), r);
        assert!(text.starts_with("{\n  \"format\": \"pcc-response\",\n  \"version\": 2,\n"));
        assert!(text.ends_with("}\n") && !text.ends_with("\n\n"));
    }
    let file = file_of(&rich_letter());
    let keys: Vec<&str> = file
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, super::response::FIELDS);
    assert_eq!(file["letter"]["date"], "2024-07");
    assert_eq!(file["inspection"]["published"], "2024-02-29");
    let untracked = json!({
        "lead": null, "target": null, "status": "awaiting_review", "rag": null,
        "superseded_by": null, "carried_from": null, "first_raised": null, "updates": [],
    });
    assert_eq!(
        file["areas_for_improvement"][0],
        json!({ "text": "Area 1", "response": "Action 1", "tracking": untracked })
    );
    let blank = file_of(&Response::new(DocumentKind::Form, &[]));
    assert_eq!(
        blank["section_55"],
        json!({
            "web_address": null, "published_on": null, "sent_to_hmicfrs": null,
            "sent_to_home_secretary": null,
        })
    );
    let checklist: Vec<String> = file["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(Value::to_string)
        .collect();
    assert_eq!(
        checklist,
        [
            r#"{"item":"Forwarded.","done":true,"done_on":"2024-11-15"}"#,
            r#"{"item":"Published.","done":false,"done_on":null}"#,
            r#"{"item":"Sent to HMICFRS.","done":true,"done_on":null}"#,
        ]
    );
}

#[test]
fn the_writer_writes_only_what_the_reader_accepts() {
    let mut form_with_letter = rich_form();
    form_with_letter.letter = rich_letter().letter;
    assert_eq!(
        read_response(&write_response(&form_with_letter)).unwrap(),
        rich_form()
    );
    let mut bare_letter = rich_letter();
    bare_letter.letter = None;
    let read = read_response(&write_response(&bare_letter)).unwrap();
    assert_eq!(
        read,
        Response {
            letter: Response::new(DocumentKind::Letter, &[]).letter,
            ..bare_letter
        }
    );
}

#[test]
fn files_are_read_with_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("response.json");
    std::fs::write(
        &path,
        b"{\"format\": \"pcc-response\", \"title\": \"\xff\xfe\"}",
    )
    .unwrap();
    let err = read_response_file(&path).unwrap_err();
    assert!(matches!(&err, Error::Unreadable { .. }), "{err:?}");
    assert!(err.to_string().contains("it is not UTF-8 text"), "{err}");
    let missing = dir.path().join("missing.json");
    let err = read_response_file(&missing).unwrap_err();
    assert!(err.to_string().contains("does not exist."), "{err}");
    let with_bom = format!("\u{feff}{}", write_response(&rich_letter()));
    std::fs::write(&path, with_bom).unwrap();
    assert_eq!(read_response_file(&path).unwrap(), rich_letter());
}

#[test]
fn a_long_string_is_cut_short_in_an_error() {
    let long = "x".repeat(1_000_000);
    let problem = changed_refused_at(|f| f["status"] = json!(long), "status");
    assert!(
        problem.len() < 200 && problem.ends_with("xxx…\""),
        "{problem}"
    );
}

#[test]
fn half_a_surrogate_pair_is_read_as_the_replacement_character() {
    let file = |title: &str| {
        format!(
            r#"{{"format":"pcc-response","version":1,"document":"form","status":"draft",
            "inspection":{{"title":"{title}","published":null,"type":"PEEL","forces":[]}}}}"#
        )
    };
    let read = |title: &str| read_response(&file(title)).unwrap().inspection.title;
    assert_eq!(read(r"a\ud800b"), "a\u{FFFD}b");
    assert_eq!(read(r"a\udc00"), "a\u{FFFD}");
    assert_eq!(read(r"\ud83d\udc6e ok \ud83d"), "\u{1F46E} ok \u{FFFD}");
    // An escaped backslash before "ud800" is text, not an escape.
    assert_eq!(read(r"\\ud800"), r"\ud800");
    // Other errors are still reported as they were.
    assert!(matches!(
        read_response(&file(r"\ud800\x")),
        Err(Error::Json { .. })
    ));
}

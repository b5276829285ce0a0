//! The response file's versions: version 2 is written, version 1 is still read as it was
//! written (nothing tracked), a version 2 file from before the tracking fields still reads,
//! and a version from a newer app is refused.

use serde_json::{json, Value};

use super::read_response;
use super::tests::{file_of, refused_at, rich_form};
use crate::dates::tests::day;
use crate::{ChecklistEntry, Error, ItemStatus, Response};

/// `file` without the tracking fields: no `tracking` in any item, no `section_55`.
fn without_tracking(mut file: Value) -> Value {
    file.as_object_mut().unwrap().shift_remove("section_55");
    for key in ["recommendations", "areas_for_improvement"] {
        for item in file[key].as_array_mut().unwrap() {
            item.as_object_mut().unwrap().shift_remove("tracking");
        }
    }
    file
}

/// `file` as version 1 wrote it: no `done` in the checklist, and nothing tracked.
fn as_version_1(file: Value) -> Value {
    let mut file = without_tracking(file);
    file["version"] = json!(1);
    for entry in file["checklist"].as_array_mut().unwrap() {
        entry.as_object_mut().unwrap().shift_remove("done");
    }
    file
}

/// `r` with nothing tracked: every item awaiting review, no section 55 record.
fn untracked(mut r: Response) -> Response {
    r.recommendations
        .iter_mut()
        .chain(&mut r.areas_for_improvement)
        .for_each(|item| item.tracking = Default::default());
    r.section_55 = Default::default();
    r
}

#[test]
fn a_newer_version_is_refused_and_a_bad_version_is_invalid() {
    let mut f = file_of(&rich_form());
    f["version"] = json!(3);
    f["new_field_of_version_3"] = json!("kept out of the error");
    let err = read_response(&f.to_string()).unwrap_err();
    assert!(
        matches!(
            err,
            Error::NewerVersion {
                format: "pcc-response",
                found: 3,
                supported: 2
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("newer version"), "{err}");
    assert!(err.to_string().contains("reads up to version 2"), "{err}");
    for bad in [json!(0), json!(-1), json!(1.5), json!("1"), Value::Null] {
        let mut f = file_of(&rich_form());
        f["version"] = bad;
        refused_at(&f, "version");
    }
    let mut f = file_of(&rich_form());
    f.as_object_mut().unwrap().remove("version");
    assert!(refused_at(&f, "version").contains("missing"));
    f["version"] = json!(2.0);
    assert_eq!(read_response(&f.to_string()).unwrap(), rich_form());
}

#[test]
fn a_version_1_checklist_is_done_where_it_has_a_date() {
    let file = as_version_1(file_of(&rich_form()));
    let read = read_response(&file.to_string()).unwrap();
    let mut expected = untracked(rich_form());
    // Version 1 could not say "done, day not known": it read as not done.
    expected.checklist[2] = ChecklistEntry::new("Sent to HMICFRS.");
    assert_eq!(read, expected);
    assert_eq!(
        read.checklist[0],
        ChecklistEntry::completed("Forwarded.", Some(day(2024, 11, 15)))
    );
}

#[test]
fn done_is_not_a_field_of_version_1() {
    let mut file = as_version_1(file_of(&rich_form()));
    file["checklist"][1]["done"] = json!(true);
    let problem = refused_at(&file, "checklist[1].done");
    assert!(
        problem.contains("the fields here are item, done_on"),
        "{problem}"
    );
}

#[test]
fn a_version_1_file_reads_with_every_item_awaiting_review_and_no_section_55_record() {
    let form = rich_form();
    assert_ne!(
        form.recommendations[0].tracking.status,
        ItemStatus::AwaitingReview
    );
    let read = read_response(&as_version_1(file_of(&form)).to_string()).unwrap();
    let items = read
        .recommendations
        .iter()
        .chain(&read.areas_for_improvement);
    assert_eq!(items.clone().count(), 6);
    for item in items {
        assert_eq!(item.tracking, Default::default());
        assert_eq!(item.tracking.status, ItemStatus::AwaitingReview);
    }
    assert!(read.section_55.is_empty());
    assert_eq!(read.areas_for_improvement[4].text, "Area 5");
}

#[test]
fn tracking_and_section_55_are_not_fields_of_version_1() {
    let mut file = as_version_1(file_of(&rich_form()));
    file["areas_for_improvement"][2]["tracking"] = json!({ "status": "complete" });
    let problem = refused_at(&file, "areas_for_improvement[2].tracking");
    assert_eq!(problem, "unknown field; the fields here are text, response");
    let mut file = as_version_1(file_of(&rich_form()));
    file["recommendations"][0]["tracking"] = Value::Null;
    refused_at(&file, "recommendations[0].tracking");
    let mut file = as_version_1(file_of(&rich_form()));
    file["section_55"] = json!({ "web_address": "https://example.org" });
    let problem = refused_at(&file, "section_55");
    assert!(problem.starts_with("unknown field"), "{problem}");
    assert!(
        problem.ends_with("pcc_response, checklist, letter"),
        "{problem}"
    );
}

#[test]
fn a_version_2_file_from_before_the_tracking_fields_still_reads() {
    let file = without_tracking(file_of(&rich_form()));
    assert_eq!(file["version"], 2);
    let read = read_response(&file.to_string()).unwrap();
    assert_eq!(read, untracked(rich_form()));
    // Null reads as missing: nothing tracked.
    let mut file = file_of(&rich_form());
    file["recommendations"][0]["tracking"] = Value::Null;
    file["section_55"] = Value::Null;
    let read = read_response(&file.to_string()).unwrap();
    assert_eq!(read.recommendations[0].tracking, Default::default());
    assert!(read.section_55.is_empty());
    assert_eq!(
        read.areas_for_improvement,
        rich_form().areas_for_improvement
    );
}

#[test]
fn a_version_2_entry_is_done_with_or_without_a_day() {
    let entries = |checklist: Value| {
        let mut file = file_of(&rich_form());
        file["checklist"] = checklist;
        read_response(&file.to_string()).unwrap().checklist
    };
    let on = day(2017, 11, 9);
    assert_eq!(
        entries(json!([
            { "item": "a", "done": true, "done_on": null },
            { "item": "b", "done": true, "done_on": "2017-11-09" },
            { "item": "c", "done": false, "done_on": null },
            { "item": "d", "done": null, "done_on": "2017-11-09" },
            { "item": "e" },
        ])),
        [
            ChecklistEntry::completed("a", None),
            ChecklistEntry::completed("b", Some(on)),
            ChecklistEntry::new("c"),
            ChecklistEntry::completed("d", Some(on)),
            ChecklistEntry::new("e"),
        ]
    );
}

#[test]
fn a_date_on_an_item_not_done_is_refused_naming_the_date() {
    let mut file = file_of(&rich_form());
    file["checklist"][2] = json!({ "item": "Published.", "done": false, "done_on": "2024-11-20" });
    let err = read_response(&file.to_string()).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"checklist[2].done_on: expected null, as "done" is false, found "2024-11-20""#
    );
}

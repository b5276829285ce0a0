//! The tracking fields in the file: written whole and in order, read back the same, and each
//! rule the file can be checked against by itself refused naming the field.

use serde_json::{json, Value};

use crate::dates::tests::day;
use crate::file::tests::{file_of, refused_at, rich_form, rich_tracking};
use crate::file::{read_response, write_response};
use crate::{ItemStatus, Response, Tracking};

/// The rich form as a file, published on 24 September 2024.
fn published_24_september() -> Value {
    let mut r = rich_form();
    r.inspection.published = Some(day(2024, 9, 24));
    for u in &mut r.recommendations[0].tracking.updates {
        u.date = day(2024, 9, 24);
    }
    file_of(&r)
}

fn read(file: &Value) -> Response {
    read_response(&file.to_string()).unwrap()
}

#[test]
fn every_tracking_field_and_section_55_are_written_in_order_and_read_back() {
    let r = rich_form();
    assert_eq!(r.recommendations[0].tracking, rich_tracking());
    let text = write_response(&r);
    assert_eq!(read_response(&text).unwrap(), r);
    let file: Value = serde_json::from_str(&text).unwrap();
    let tracking = &file["recommendations"][0]["tracking"];
    assert_eq!(
        tracking.to_string(),
        json!({
            "lead": "Head of Public Protection",
            "target": "2025-03-31",
            "status": "superseded",
            "rag": "green",
            "superseded_by": {
                "inspection": "A later inspection of \"serious\" crime",
                "published": "2025-06-17",
                "kind": "recommendation",
                "number": 2,
            },
            "carried_from": {
                "inspection": "PEEL 2021/22",
                "published": null,
                "kind": "area_for_improvement",
                "number": 7,
            },
            "first_raised": "2022-05-10",
            "updates": [
                {
                    "date": "2024-02-29",
                    "reported_by": "Det Supt A. Example",
                    "action": "Plan **agreed** at the board.",
                    "evidence": "Board minutes, item 4.",
                    "evidence_link": "https://example.org/minutes?m=2&y=2024",
                    "status": "being_progressed",
                },
                {
                    "date": "2025-06-17",
                    "reported_by": "",
                    "action": "Replaced by the 2025 recommendation.",
                    "evidence": "",
                    "evidence_link": null,
                    "status": "superseded",
                },
            ],
        })
        .to_string(),
        "every field, in the order of docs/response-file.md"
    );
    assert_eq!(
        file["section_55"].to_string(),
        json!({
            "web_address": "https://example.org/opcc/responses/2024",
            "published_on": "2024-04-22",
            "sent_to_hmicfrs": "2024-04-23",
            "sent_to_home_secretary": null,
        })
        .to_string()
    );
    let keys: Vec<&String> = file.as_object().unwrap().keys().collect();
    assert_eq!(
        keys[keys.len() - 3..],
        ["checklist", "section_55", "letter"]
    );
}

#[test]
fn missing_or_null_tracking_fields_read_as_nothing_recorded_and_awaiting_review() {
    let mut file = file_of(&rich_form());
    file["areas_for_improvement"][0]["tracking"] = json!({ "lead": "Head of Crime" });
    file["areas_for_improvement"][2]["tracking"] = json!({
        "lead": null, "target": null, "status": null, "rag": null, "superseded_by": null,
        "carried_from": null, "first_raised": null, "updates": null,
    });
    file["areas_for_improvement"][3]["tracking"] = json!({});
    file["section_55"] = json!({ "web_address": "https://example.org/r" });
    let r = read(&file);
    let lead = &r.areas_for_improvement[0].tracking;
    assert_eq!(lead.lead.as_deref(), Some("Head of Crime"));
    assert_eq!(lead.status, ItemStatus::AwaitingReview);
    assert_eq!(r.areas_for_improvement[2].tracking, Tracking::default());
    assert_eq!(r.areas_for_improvement[3].tracking, Tracking::default());
    assert_eq!(r.section_55.published_on, None);
    assert_eq!(
        r.section_55.web_address.as_deref(),
        Some("https://example.org/r")
    );
}

#[test]
fn a_status_that_does_not_exist_is_named_with_every_status() {
    let mut file = published_24_september();
    let update = file["recommendations"][0]["tracking"]["updates"][0].clone();
    file["areas_for_improvement"][2]["tracking"] = json!({ "updates": [update] });
    file["areas_for_improvement"][2]["tracking"]["updates"][0]["status"] = json!("closed");
    let problem = refused_at(&file, "areas_for_improvement[2].tracking.updates[0].status");
    assert_eq!(
        problem,
        format!(
            r#"expected one of {}, found "closed""#,
            ItemStatus::expected()
        )
    );
}

#[test]
fn an_update_dated_before_the_report_was_published_is_refused_naming_its_date() {
    let mut file = published_24_september();
    let updates = &mut file["recommendations"][0]["tracking"]["updates"];
    updates[1]["date"] = json!("2024-03-03");
    let problem = refused_at(&file, "recommendations[0].tracking.updates[1].date");
    assert_eq!(
        problem,
        "is 3 March 2024, before the report was published on 24 September 2024; an update \
         cannot come before the report. Check the day."
    );
    file["recommendations"][0]["tracking"]["updates"][1]["date"] = json!("2024-09-23");
    refused_at(&file, "recommendations[0].tracking.updates[1].date");
    // The day itself is allowed, and so is any day while the day of publication is not known.
    file["recommendations"][0]["tracking"]["updates"][1]["date"] = json!("2024-09-24");
    read(&file);
    file["recommendations"][0]["tracking"]["updates"][1]["date"] = json!("1999-01-01");
    file["inspection"]["published"] = Value::Null;
    read(&file);
}

#[test]
fn an_update_in_the_future_is_left_to_the_store_which_knows_today() {
    let mut file = file_of(&rich_form());
    file["recommendations"][0]["tracking"]["updates"][1]["date"] = json!("2999-12-31");
    let r = read(&file);
    assert_eq!(
        r.recommendations[0].tracking.updates[1].date,
        day(2999, 12, 31)
    );
}

#[test]
fn an_item_superseded_by_itself_is_refused() {
    let mut file = published_24_september();
    let title = file["inspection"]["title"].clone();
    let itself = json!({
        "inspection": title, "published": "2024-09-24", "kind": "area_for_improvement",
        "number": 4,
    });
    file["areas_for_improvement"][3]["tracking"] =
        json!({ "status": "superseded", "superseded_by": itself });
    let problem = refused_at(&file, "areas_for_improvement[3].tracking.superseded_by");
    assert!(
        problem.starts_with("an item cannot be superseded by itself"),
        "{problem}"
    );
    // Another item of the same report, or the same item of another report, may supersede it.
    for (key, other) in [
        ("number", json!(3)),
        ("kind", json!("recommendation")),
        ("published", json!("2024-09-25")),
        ("inspection", json!("Another report")),
    ] {
        let mut file = file.clone();
        file["areas_for_improvement"][3]["tracking"]["superseded_by"][key] = other;
        let r = read(&file);
        assert!(r.areas_for_improvement[3].tracking.superseded_by.is_some());
    }
}

#[test]
fn a_later_item_is_named_only_for_an_item_superseded() {
    let mut file = file_of(&rich_form());
    for status in [json!("being_progressed"), json!("complete"), Value::Null] {
        file["recommendations"][0]["tracking"]["status"] = status.clone();
        let problem = refused_at(&file, "recommendations[0].tracking.superseded_by");
        let shown = status.as_str().unwrap_or("awaiting_review");
        assert_eq!(
            problem,
            format!(
                "names a later item, but the status is \"{shown}\", not \"superseded\". Set the \
                 status to \"superseded\", or remove the link."
            )
        );
    }
    // Superseded with the later item not yet known is allowed.
    file["recommendations"][0]["tracking"]["status"] = json!("superseded");
    file["recommendations"][0]["tracking"]["superseded_by"] = Value::Null;
    assert_eq!(
        read(&file).recommendations[0].tracking.status,
        ItemStatus::Superseded
    );
}

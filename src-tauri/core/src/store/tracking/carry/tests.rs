//! Carrying items forward: the candidates offered for a new response, and linking or
//! superseding, each change kept in the history of the response it changes.

use super::*;
use crate::dates::tests::day;
use crate::store::tracking::tests::{area, at, edit, history, refused, report, today};
use crate::store::tracking::{edit_tracking, TrackingEdit};
use crate::store::{create_response, open_in_memory, trash_response};
use crate::Response;

fn labels(candidates: &[CarryCandidate]) -> Vec<String> {
    candidates
        .iter()
        .map(|c| format!("{} / {}", c.inspection, c.label))
        .collect()
}

#[test]
fn candidates_are_the_open_items_of_earlier_reports_on_the_same_force_newest_first() {
    let conn = open_in_memory().unwrap();
    let add = |r: &Response| create_response(&conn, r).unwrap();
    let older = add(&report(
        "PEEL 2021",
        Some(day(2021, 5, 1)),
        &[" exampleshire "],
        0,
        1,
    ));
    let earlier = add(&report(
        "PEEL 2023",
        Some(day(2023, 5, 1)),
        &["Exampleshire"],
        1,
        2,
    ));
    add(&report(
        "Norfolk 2023",
        Some(day(2023, 6, 1)),
        &["Norfolk"],
        0,
        1,
    ));
    add(&report(
        "PEEL 2027",
        Some(day(2027, 1, 1)),
        &["Exampleshire"],
        0,
        1,
    ));
    add(&report("Undated", None, &["Exampleshire"], 0, 1));
    let binned = add(&report(
        "Binned 2024",
        Some(day(2024, 1, 1)),
        &["Exampleshire"],
        0,
        1,
    ));
    trash_response(&conn, binned, today()).unwrap();
    let new = add(&report(
        "PEEL 2025",
        Some(day(2025, 6, 17)),
        &["EXAMPLESHIRE", "Norfolk "],
        0,
        2,
    ));
    // A closed item is not offered.
    edit_tracking(
        &conn,
        area(earlier, 1),
        edit(ItemStatus::Complete),
        today(),
        at(9),
    )
    .unwrap();

    let offered = carry_forward_candidates(&conn, new).unwrap();
    assert_eq!(
        labels(&offered),
        [
            "Norfolk 2023 / Area for improvement 1",
            "PEEL 2023 / Recommendation 1",
            "PEEL 2023 / Area for improvement 1",
            "PEEL 2021 / Area for improvement 1",
        ]
    );
    let c = &offered[3];
    assert_eq!(c.at, area(older, 0));
    assert_eq!(c.published_words.as_deref(), Some("1 May 2021"));
    assert_eq!(c.status_label, "Awaiting review");
    assert_eq!(c.link.number, 1);
    assert_eq!(c.text, "Area 1: the force should act.");

    // A response without a publication date is offered every report's open items.
    let undated = add(&report("Draft", None, &["Norfolk"], 0, 1));
    assert_eq!(
        labels(&carry_forward_candidates(&conn, undated).unwrap()),
        [
            "PEEL 2025 / Area for improvement 1",
            "PEEL 2025 / Area for improvement 2",
            "Norfolk 2023 / Area for improvement 1"
        ]
    );
    // No force, no candidates; no response, an error.
    let none = add(&report("No force", Some(day(2026, 1, 1)), &[], 0, 1));
    assert!(carry_forward_candidates(&conn, none).unwrap().is_empty());
    let missing = ResponseId(none.0 + 100);
    assert!(matches!(
        carry_forward_candidates(&conn, missing),
        Err(Error::NotFound(_))
    ));
}

/// An earlier and a later response on one force: their ids.
fn two_reports(conn: &Connection) -> (ResponseId, ResponseId) {
    let earlier = report("PEEL 2023", Some(day(2023, 5, 1)), &["Exampleshire"], 0, 5);
    let later = report("PEEL 2025", Some(day(2025, 6, 17)), &["Exampleshire"], 0, 3);
    (
        create_response(conn, &earlier).unwrap(),
        create_response(conn, &later).unwrap(),
    )
}

#[test]
fn linking_names_the_earlier_item_and_its_first_raised_day_and_leaves_it_open() {
    let conn = open_in_memory().unwrap();
    let (earlier, later) = two_reports(&conn);
    let before = read_response(&conn, earlier).unwrap();
    carry_forward(
        &conn,
        area(earlier, 4),
        area(later, 1),
        CarryChoice::Link,
        today(),
        at(9),
    )
    .unwrap();

    let item = &read_response(&conn, later).unwrap().areas_for_improvement[1];
    let link = item.tracking.carried_from.as_ref().unwrap();
    assert_eq!((link.inspection.as_str(), link.number), ("PEEL 2023", 5));
    assert_eq!(item.tracking.first_raised, Some(day(2023, 5, 1)));
    assert_eq!(
        crate::tracking::first_raised_words(ItemKind::AreaForImprovement, &item.tracking).unwrap(),
        "This area for improvement was first raised in 2023."
    );
    assert_eq!(
        read_response(&conn, earlier).unwrap(),
        before,
        "left as it was"
    );
    assert!(history(&conn, earlier).is_empty());
    assert_eq!(
        history(&conn, later),
        [Some(
            "Area for improvement 2: carried forward from Area for improvement 5 of PEEL 2023"
                .to_string()
        )]
    );

    // Carried again into a third report, it keeps the day it was first raised.
    let third = report("PEEL 2027", Some(day(2027, 1, 5)), &["Exampleshire"], 0, 1);
    let third = create_response(&conn, &third).unwrap();
    carry_forward(
        &conn,
        area(later, 1),
        area(third, 0),
        CarryChoice::Link,
        today(),
        at(10),
    )
    .unwrap();
    let item = &read_response(&conn, third).unwrap().areas_for_improvement[0];
    assert_eq!(item.tracking.first_raised, Some(day(2023, 5, 1)));
}

#[test]
fn superseding_closes_the_earlier_item_with_an_update_saying_by_what() {
    let conn = open_in_memory().unwrap();
    let (earlier, later) = two_reports(&conn);
    carry_forward(
        &conn,
        area(earlier, 4),
        area(later, 1),
        CarryChoice::Supersede,
        today(),
        at(9),
    )
    .unwrap();

    let tracking = &read_response(&conn, earlier).unwrap().areas_for_improvement[4].tracking;
    assert_eq!(tracking.status, ItemStatus::Superseded);
    let by = tracking.superseded_by.as_ref().unwrap();
    assert_eq!(
        (by.inspection.as_str(), by.published, by.number),
        ("PEEL 2025", Some(day(2025, 6, 17)), 2)
    );
    let update = tracking.updates.last().unwrap();
    assert_eq!(update.date, today());
    assert_eq!(
        update.action,
        "Superseded by Area for improvement 2 of PEEL 2025"
    );
    assert_eq!(update.status, ItemStatus::Superseded);
    assert_eq!(
        history(&conn, earlier),
        [Some(
            "Area for improvement 5: superseded by Area for improvement 2 of PEEL 2025".to_string()
        )]
    );
    assert_eq!(history(&conn, later).len(), 1);
}

#[test]
fn superseding_with_today_before_the_earlier_report_sets_only_the_status() {
    let conn = open_in_memory().unwrap();
    let (earlier, later) = two_reports(&conn);
    // A day the update check refuses (before the earlier report): no update, the status set.
    carry_forward(
        &conn,
        area(earlier, 0),
        area(later, 0),
        CarryChoice::Supersede,
        day(2023, 4, 1),
        at(9),
    )
    .unwrap();
    let tracking = &read_response(&conn, earlier).unwrap().areas_for_improvement[0].tracking;
    assert_eq!(tracking.status, ItemStatus::Superseded);
    assert!(tracking.updates.is_empty());
}

#[test]
fn superseding_that_would_make_a_circle_or_within_one_response_is_refused_and_nothing_changes() {
    let conn = open_in_memory().unwrap();
    let (earlier, later) = two_reports(&conn);
    // The later item is already superseded by the earlier one.
    let e = TrackingEdit {
        superseded_by: Some(crate::store::link_of(
            &read_response(&conn, earlier).unwrap(),
            ItemKind::AreaForImprovement,
            0,
        )),
        ..edit(ItemStatus::Superseded)
    };
    edit_tracking(&conn, area(later, 0), e, today(), at(8)).unwrap();
    let (before_earlier, before_later) = (
        read_response(&conn, earlier).unwrap(),
        read_response(&conn, later).unwrap(),
    );
    let (field, problem) = refused(carry_forward(
        &conn,
        area(earlier, 0),
        area(later, 0),
        CarryChoice::Supersede,
        today(),
        at(9),
    ));
    assert_eq!(field, "areas_for_improvement[0].tracking.superseded_by");
    assert!(
        problem.starts_with("this would make a circle: "),
        "{problem}"
    );

    let (field, _) = refused(carry_forward(
        &conn,
        area(later, 2),
        area(later, 0),
        CarryChoice::Link,
        today(),
        at(9),
    ));
    assert_eq!(field, "areas_for_improvement[0].tracking.carried_from");
    assert_eq!(read_response(&conn, earlier).unwrap(), before_earlier);
    assert_eq!(read_response(&conn, later).unwrap(), before_later);
    assert!(history(&conn, earlier).is_empty());
    assert_eq!(history(&conn, later).len(), 1, "only the edit made before");
}

#[test]
fn choices_cross_as_snake_case() {
    assert_eq!(
        serde_json::to_string(&CarryChoice::Supersede).unwrap(),
        "\"supersede\""
    );
    assert_eq!(
        serde_json::from_str::<CarryChoice>("\"link\"").unwrap(),
        CarryChoice::Link
    );
}

//! The compliance summary and the list's publication words: each response's day of
//! publication read from its checklist line where it has one, from its record otherwise.

use super::*;
use crate::dates::tests::day;
use crate::store::tracking::tests::{refused, report, today};
use crate::store::{create_response, list_responses, open_in_memory, trash_response};
use crate::Response;

/// A response to `title`, published on `published`, its own publication ticked on `on` in
/// the default checklist.
fn ticked(title: &str, published: NaiveDate, on: Option<NaiveDate>) -> Response {
    let mut r = report(title, Some(published), &["Exampleshire"], 0, 1);
    if let Some(on) = on {
        r.checklist[2].set_done_on(Some(on));
    }
    r
}

/// The office of the tests (deadlines published + 56 days), on 12 March 2026.
fn office() -> (Connection, Vec<ResponseId>) {
    let conn = open_in_memory().unwrap();
    let mut recorded = report("Recorded", Some(day(2025, 8, 1)), &["Norfolk"], 0, 0);
    recorded.checklist = vec![crate::ChecklistEntry::new("Sent to the Chief Constable.")];
    recorded.section_55.published_on = Some(day(2025, 9, 10));
    // The checklist keeps the day, not yet ticked: a stray day in the record is not read.
    let mut unticked = ticked("Unticked", day(2025, 12, 1), None);
    unticked.section_55.published_on = Some(day(2025, 12, 5));
    let responses = [
        ticked("On time", day(2025, 6, 17), Some(day(2025, 8, 1))),
        ticked("Late", day(2025, 7, 1), Some(day(2025, 8, 29))),
        recorded,
        ticked("Due", day(2026, 2, 1), None),
        ticked("Overdue", day(2026, 1, 1), None),
        unticked,
        ticked("Before the period", day(2024, 1, 1), Some(day(2024, 1, 5))),
        ticked("Binned", day(2025, 10, 1), None),
    ];
    let ids: Vec<_> = responses
        .iter()
        .map(|r| create_response(&conn, r).unwrap())
        .collect();
    trash_response(&conn, ids[7], today()).unwrap();
    (conn, ids)
}

#[test]
fn every_report_of_the_period_with_its_deadline_and_whether_on_time() {
    let (conn, ids) = office();
    let c = compliance(&conn, day(2025, 4, 1), day(2026, 3, 31), today()).unwrap();
    let rows: Vec<_> = c
        .rows
        .iter()
        .map(|r| (r.title.as_str(), r.words.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("On time", "On time"),
            ("Late", "3 days late"),
            ("Recorded", "On time"),
            ("Unticked", "Not yet published: 45 days overdue"),
            ("Overdue", "Not yet published: 14 days overdue"),
            ("Due", "Not yet published: due in 17 days"),
        ]
    );
    let late = &c.rows[1];
    assert_eq!(late.id, ids[1]);
    assert_eq!(late.published_words, "1 July 2025");
    assert_eq!(late.deadline_words, "26 August 2025");
    assert_eq!(
        late.response_published_words.as_deref(),
        Some("29 August 2025")
    );
    assert_eq!(late.forces, ["Exampleshire"]);
    assert_eq!(
        late.publication.as_ref().map(|p| p.words.as_str()),
        Some("Published 3 days late")
    );
    assert_eq!(c.rows[2].response_published, Some(day(2025, 9, 10)));
    assert_eq!(c.rows[3].response_published, None);
    assert_eq!(c.rows[5].publication, None, "not yet due");
    assert_eq!((c.on_time, c.late, c.not_yet, c.overdue), (2, 1, 3, 2));
    assert_eq!(
        c.summary,
        "2 of 6 published on time; 1 late; 3 not yet published (2 overdue)."
    );
    assert_eq!(
        (c.from_words.as_str(), c.to_words.as_str()),
        ("1 April 2025", "31 March 2026")
    );
}

#[test]
fn the_period_includes_both_ends_and_may_hold_nothing() {
    let (conn, _) = office();
    let c = compliance(&conn, day(2025, 6, 17), day(2025, 7, 1), today()).unwrap();
    assert_eq!(c.summary, "1 of 2 published on time; 1 late.");
    let c = compliance(&conn, day(2025, 6, 17), day(2025, 6, 17), today()).unwrap();
    assert_eq!(c.summary, "1 of 1 published on time.");
    let c = compliance(&conn, day(2020, 1, 1), day(2020, 12, 31), today()).unwrap();
    assert_eq!(c.summary, "No reports were published in this period.");
    assert!(c.rows.is_empty());
}

#[test]
fn a_period_ending_before_it_starts_is_refused_naming_its_end() {
    let (conn, _) = office();
    let (field, problem) = refused(compliance(
        &conn,
        day(2025, 4, 1),
        day(2025, 3, 31),
        today(),
    ));
    assert_eq!(field, "to");
    assert_eq!(
        problem,
        "is 31 March 2025, before the start of the period (1 April 2025); choose a later day."
    );
}

#[test]
fn the_list_says_whether_each_response_was_published_on_time() {
    let (conn, ids) = office();
    let list = list_responses(&conn, today()).unwrap();
    let words = |id: ResponseId| {
        let summary = list.iter().find(|s| s.id == id).unwrap();
        summary.publication.as_ref().map(|p| p.words.clone())
    };
    assert_eq!(words(ids[0]).as_deref(), Some("Published on time"));
    assert_eq!(words(ids[1]).as_deref(), Some("Published 3 days late"));
    assert_eq!(words(ids[2]).as_deref(), Some("Published on time"));
    assert_eq!(words(ids[3]), None, "not yet due");
    assert_eq!(
        words(ids[4]).as_deref(),
        Some("Not published: 14 days overdue")
    );
    assert_eq!(
        words(ids[5]).as_deref(),
        Some("Not published: 45 days overdue")
    );
}

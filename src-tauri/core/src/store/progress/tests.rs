//! The progress report read from a database: scope, the trash, the day, and the last report.

use chrono::NaiveDate;

use super::*;
use crate::dates::tests::day;
use crate::store::{create_response, open_in_memory, trash_response};
use crate::tracking::{ItemStatus, Tracking};
use crate::{DocumentKind, InspectionType, Item, Response};

fn update(date: NaiveDate, action: &str, status: ItemStatus) -> ProgressUpdate {
    ProgressUpdate {
        date,
        reported_by: "Head of Crime".into(),
        action: action.into(),
        evidence: "Board minutes".into(),
        evidence_link: Some("https://example.org/minutes".into()),
        status,
    }
}

/// A response to `title` of `kind`, published 1 March 2026, with one recommendation and two
/// areas for improvement; the first area is closed on 1 October 2026 and reopened on
/// 1 December 2026.
fn response(title: &str, kind: InspectionType) -> Response {
    let mut r = Response::new(DocumentKind::Form, &[]);
    r.inspection.title = title.into();
    r.inspection.kind = kind;
    r.inspection.published = Some(day(2026, 3, 1));
    r.recommendations = vec![Item::new("Do **better**.", None)];
    let mut closed = Item::new("Close this.", None);
    closed.tracking = Tracking {
        lead: Some("Head of Crime".into()),
        target: Some(day(2026, 9, 1)),
        status: ItemStatus::BeingProgressed,
        updates: vec![
            update(day(2026, 4, 1), "Plan agreed", ItemStatus::BeingProgressed),
            update(day(2026, 10, 1), "Done", ItemStatus::Complete),
            update(day(2026, 12, 1), "Reopened", ItemStatus::BeingProgressed),
        ],
        ..Tracking::default()
    };
    let mut overdue = Item::new("Late.", None);
    overdue.tracking.target = Some(day(2026, 6, 1));
    r.areas_for_improvement = vec![closed, overdue];
    r
}

fn all(conn: &Connection, as_of: NaiveDate) -> ProgressReport {
    progress_report(conn, as_of, &ReportScope::All, day(2026, 12, 31)).unwrap()
}

#[test]
fn every_response_in_order_of_publication_trash_and_empty_ones_left_out() {
    let conn = open_in_memory().unwrap();
    let mut late = response("Vetting 2026", InspectionType::National);
    late.inspection.published = Some(day(2026, 5, 1));
    create_response(&conn, &late).unwrap();
    let mut draft = response("PEEL 2026", InspectionType::Peel);
    draft.status = crate::Status::Draft;
    create_response(&conn, &draft).unwrap();
    let mut unpublished = response("Custody", InspectionType::Joint);
    unpublished.inspection.published = None;
    create_response(&conn, &unpublished).unwrap();
    let binned = create_response(&conn, &response("Binned", InspectionType::Peel)).unwrap();
    trash_response(&conn, binned, day(2026, 11, 1)).unwrap();
    create_response(&conn, &Response::new(DocumentKind::Letter, &[])).unwrap();

    let report = all(&conn, day(2026, 11, 30));
    let titles: Vec<_> = report.inspections.iter().map(|i| &*i.title).collect();
    assert_eq!(titles, ["PEEL 2026", "Vetting 2026", "Custody"]);
    assert_eq!(report.summary.items, 9);
    let labels: Vec<_> = report.inspections[0]
        .rows
        .iter()
        .map(|r| &*r.label)
        .collect();
    assert_eq!(
        labels,
        [
            "Recommendation 1",
            "Area for improvement 1",
            "Area for improvement 2"
        ]
    );
    assert_eq!(report.inspections[0].rows[0].text, "Do better.");
    assert_eq!(report.scope_words, "All inspections");
}

#[test]
fn the_state_is_as_of_the_day() {
    let conn = open_in_memory().unwrap();
    create_response(&conn, &response("PEEL 2026", InspectionType::Peel)).unwrap();
    let report = all(&conn, day(2026, 11, 30));
    let row = &report.inspections[0].rows[1];
    assert_eq!(
        row.status,
        ItemStatus::Complete,
        "the December reopening is after the day"
    );
    assert_eq!(row.latest.as_ref().unwrap().action, "Done");
    let history = &report.appendix[0].items[1].updates;
    assert_eq!(history.len(), 2);
    assert_eq!(
        history[1].evidence_link.as_deref(),
        Some("https://example.org/minutes")
    );

    let later = all(&conn, day(2026, 12, 31));
    assert_eq!(
        later.inspections[0].rows[1].status,
        ItemStatus::BeingProgressed
    );
    let earlier = all(&conn, day(2026, 3, 31));
    let row = &earlier.inspections[0].rows[1];
    assert_eq!(
        row.status,
        ItemStatus::AwaitingReview,
        "no update yet on the day"
    );
    assert!(row.latest.is_none());
}

#[test]
fn closed_since_the_last_report_of_the_same_scope() {
    let conn = open_in_memory().unwrap();
    let id = create_response(&conn, &response("PEEL 2026", InspectionType::Peel)).unwrap();
    let scope = ReportScope::Inspection { id };
    let report = |as_of| progress_report(&conn, as_of, &scope, day(2026, 12, 31)).unwrap();
    let first = report(day(2026, 11, 30));
    assert_eq!(first.since, None);
    assert_eq!(first.closed_since.len(), 1);
    assert_eq!(first.scope_words, "PEEL 2026");

    let made = day(2026, 11, 30).and_hms_opt(9, 30, 0).unwrap();
    record_progress_report(&conn, day(2026, 9, 15), &scope, made).unwrap();
    record_progress_report(&conn, day(2026, 10, 15), &ReportScope::All, made).unwrap();
    record_progress_report(&conn, day(2026, 12, 1), &scope, made).unwrap();
    let next = report(day(2026, 11, 30));
    assert_eq!(
        next.since,
        Some(day(2026, 9, 15)),
        "not another scope's, nor a later one"
    );
    assert_eq!(next.closed_since[0].on_words, "1 October 2026");
    record_progress_report(&conn, day(2026, 10, 2), &scope, made).unwrap();
    assert!(report(day(2026, 11, 30)).closed_since.is_empty());
    let stored: (String, String) = conn
        .query_row(
            "SELECT scope, made_at FROM progress_reports ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        stored,
        (format!("inspection:{id}"), "2026-11-30 09:30:00".into())
    );
}

#[test]
fn overdue_items_are_open_and_past_their_target() {
    let conn = open_in_memory().unwrap();
    create_response(&conn, &response("PEEL 2026", InspectionType::Peel)).unwrap();
    let report = all(&conn, day(2026, 11, 30));
    let overdue: Vec<_> = report
        .overdue
        .iter()
        .map(|m| (&*m.label, &*m.on_words))
        .collect();
    assert_eq!(overdue, [("Area for improvement 2", "1 June 2026")]);
}

#[test]
fn a_scope_of_one_inspection_or_one_type() {
    let conn = open_in_memory().unwrap();
    let peel = create_response(&conn, &response("PEEL 2026", InspectionType::Peel)).unwrap();
    create_response(&conn, &response("Vetting", InspectionType::National)).unwrap();
    create_response(&conn, &response("PEEL 2024", InspectionType::Peel)).unwrap();
    let today = day(2026, 12, 31);
    let one = progress_report(&conn, today, &ReportScope::Inspection { id: peel }, today).unwrap();
    let titles = |r: &ProgressReport| {
        r.inspections
            .iter()
            .map(|i| i.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&one), ["PEEL 2026"]);
    let scope = ReportScope::Type {
        inspection_type: InspectionType::Peel,
    };
    let peels = progress_report(&conn, today, &scope, today).unwrap();
    assert_eq!(titles(&peels), ["PEEL 2024", "PEEL 2026"]);
    assert_eq!(peels.scope_words, "PEEL inspections");
}

#[test]
fn an_unknown_inspection_or_a_day_to_come_is_refused() {
    let conn = open_in_memory().unwrap();
    let today = day(2026, 11, 30);
    let scope = ReportScope::Inspection { id: ResponseId(42) };
    let err = progress_report(&conn, today, &scope, today).unwrap_err();
    assert_eq!(err.to_string(), "There is no response with id 42.");
    let err = progress_report(&conn, day(2026, 12, 1), &ReportScope::All, today).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("as_of: is 1 December 2026, which is after today (30 November 2026)"),
        "{err}"
    );
}

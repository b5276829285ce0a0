//! The rules of the report's state as of a day, on items made here.

use chrono::NaiveDate;

use super::*;
use crate::dates::tests::day;

/// An update on `date` leaving the item at `status`.
pub(crate) fn update(date: NaiveDate, action: &str, status: ItemStatus) -> ProgressUpdate {
    ProgressUpdate {
        date,
        reported_by: "Head of Crime".into(),
        action: action.into(),
        evidence: "Minutes of the board".into(),
        evidence_link: None,
        status,
    }
}

/// An item of `kind` at `position`, recorded at `status`, with `updates`.
pub(crate) fn item(
    kind: ItemKind,
    position: u32,
    status: ItemStatus,
    updates: Vec<ProgressUpdate>,
) -> StoredItem {
    StoredItem {
        kind,
        position,
        text: format!("The force should improve *thing* {position}."),
        has_updates: !updates.is_empty(),
        tracking: Tracking {
            lead: Some("Head of Crime".into()),
            target: Some(day(2026, 12, 31)),
            status,
            updates,
            ..Tracking::default()
        },
    }
}

/// Two inspections and one without items, as of 30 November 2026, the last report on
/// 1 September 2026.
pub(crate) fn gathered() -> Vec<Gathered> {
    use ItemKind::*;
    use ItemStatus::*;
    let mut overdue = item(AreaForImprovement, 0, BeingProgressed, vec![]);
    overdue.tracking.target = Some(day(2026, 3, 1));
    overdue.tracking.rag = Some(Rag::Red);
    let mut later_overdue = item(AreaForImprovement, 1, AwaitingReview, vec![]);
    later_overdue.tracking.target = Some(day(2026, 6, 1));
    vec![
        Gathered {
            id: ResponseId(1),
            title: "PEEL 2025: An inspection of Exampleshire Police".into(),
            published: Some(day(2025, 6, 17)),
            items: vec![
                // Closed in October, after the last report.
                item(
                    Recommendation,
                    0,
                    Complete,
                    vec![
                        update(day(2026, 2, 1), "Plan agreed", BeingProgressed),
                        update(day(2026, 10, 5), "Training delivered", Complete),
                    ],
                ),
                // Closed in July, before the last report; a later note keeps it closed.
                item(
                    AreaForImprovement,
                    0,
                    Complete,
                    vec![
                        update(day(2026, 7, 1), "Done", Complete),
                        update(day(2026, 10, 1), "Audit confirms", Complete),
                    ],
                ),
                // Closed in December: after the report's day, so still open on it.
                item(
                    AreaForImprovement,
                    1,
                    NoFurtherAction,
                    vec![
                        update(day(2026, 8, 1), "Started", BeingProgressed),
                        update(day(2026, 12, 2), "Closed", NoFurtherAction),
                    ],
                ),
            ],
        },
        Gathered {
            id: ResponseId(2),
            title: "Custody 2026".into(),
            published: None,
            items: vec![],
        },
        Gathered {
            id: ResponseId(3),
            title: "Vetting 2025".into(),
            published: Some(day(2025, 3, 4)),
            items: vec![later_overdue, overdue],
        },
    ]
}

/// The report of [`gathered`].
pub(crate) fn sample() -> ProgressReport {
    build(
        day(2026, 11, 30),
        ReportScope::All,
        "All inspections".into(),
        Some(day(2026, 9, 1)),
        day(2026, 12, 3),
        gathered(),
    )
}

#[test]
fn the_state_is_as_of_the_day_and_later_updates_are_left_out() {
    let report = sample();
    let peel = &report.inspections[0];
    let late = &peel.rows[2];
    assert_eq!(late.label, "Area for improvement 2");
    assert_eq!(
        late.status,
        ItemStatus::BeingProgressed,
        "closed only after the day"
    );
    assert_eq!(late.latest.as_ref().unwrap().action, "Started");
    assert_eq!(late.latest.as_ref().unwrap().date_words, "1 August 2026");
    let history = &report.appendix[0].items[2];
    assert_eq!(history.updates.len(), 1, "the December update is left out");
}

#[test]
fn without_updates_the_recorded_status_counts_and_with_only_later_ones_awaiting_review() {
    let mut g = gathered();
    let peel = &mut g[0];
    peel.items[0].tracking.updates = vec![update(day(2027, 1, 1), "Later", ItemStatus::Complete)];
    peel.items[1].tracking.updates.clear();
    peel.items[1].has_updates = false;
    let report = build(
        day(2026, 11, 30),
        ReportScope::All,
        String::new(),
        None,
        day(2026, 12, 1),
        g,
    );
    let rows = &report.inspections[0].rows;
    assert_eq!(rows[0].status, ItemStatus::AwaitingReview);
    assert!(rows[0].latest.is_none());
    assert_eq!(rows[1].status, ItemStatus::Complete, "as recorded");
}

#[test]
fn updates_are_taken_in_order_of_date_whatever_the_order_recorded() {
    let mut g = gathered();
    g[0].items[0].tracking.updates.reverse();
    let report = build(
        day(2026, 11, 30),
        ReportScope::All,
        String::new(),
        None,
        day(2026, 12, 1),
        g,
    );
    let row = &report.inspections[0].rows[0];
    assert_eq!(row.status, ItemStatus::Complete);
    assert_eq!(row.latest.as_ref().unwrap().action, "Training delivered");
    let dates: Vec<_> = report.appendix[0].items[0]
        .updates
        .iter()
        .map(|u| u.date)
        .collect();
    assert_eq!(dates, [day(2026, 2, 1), day(2026, 10, 5)]);
}

#[test]
fn closed_since_the_last_report_counts_from_the_day_the_item_was_closed() {
    let report = sample();
    assert_eq!(report.since_words.as_deref(), Some("1 September 2026"));
    let closed: Vec<_> = report
        .closed_since
        .iter()
        .map(|m| (&*m.label, &*m.on_words))
        .collect();
    // Area 1 closed on 1 July (its October note only confirms it): before the last report.
    assert_eq!(closed, [("Recommendation 1", "5 October 2026")]);
    assert_eq!(
        report.closed_heading(),
        "Closed since the last report (on 1 September 2026)"
    );

    let first = build(
        day(2026, 11, 30),
        ReportScope::All,
        String::new(),
        None,
        day(2026, 12, 1),
        gathered(),
    );
    let closed: Vec<_> = first.closed_since.iter().map(|m| &*m.label).collect();
    assert_eq!(closed, ["Recommendation 1", "Area for improvement 1"]);
    assert_eq!(first.closed_heading(), "Closed up to 30 November 2026");
}

#[test]
fn an_item_closed_without_a_dated_update_is_listed_only_in_a_first_report() {
    let mut g = gathered();
    g[0].items[0].tracking.updates.clear();
    g[0].items[0].has_updates = false;
    let first = build(
        day(2026, 11, 30),
        ReportScope::All,
        String::new(),
        None,
        day(2026, 12, 1),
        g.clone(),
    );
    assert_eq!(first.closed_since[0].on_words, "Not recorded");
    let next = build(
        day(2026, 11, 30),
        ReportScope::All,
        String::new(),
        Some(day(2026, 9, 1)),
        day(2026, 12, 1),
        g,
    );
    assert!(next.closed_since.is_empty(), "{:?}", next.closed_since);
}

#[test]
fn overdue_lists_open_items_past_their_target_longest_overdue_first() {
    let report = sample();
    let overdue: Vec<_> = report
        .overdue
        .iter()
        .map(|m| (&*m.inspection, &*m.label, &*m.on_words))
        .collect();
    assert_eq!(
        overdue,
        [
            ("Vetting 2025", "Area for improvement 1", "1 March 2026"),
            ("Vetting 2025", "Area for improvement 2", "1 June 2026"),
        ]
    );
    let rows = &report.inspections[1].rows;
    assert!(rows.iter().all(|r| r.overdue));
    // A target on the report's day itself is not yet overdue, nor a closed item's.
    let mut g = gathered();
    g[2].items[0].tracking.target = Some(day(2026, 11, 30));
    g[0].items[0].tracking.target = Some(day(2026, 1, 1));
    let report = build(
        day(2026, 11, 30),
        ReportScope::All,
        String::new(),
        None,
        day(2026, 12, 1),
        g,
    );
    let labels: Vec<_> = report.overdue.iter().map(|m| &*m.label).collect();
    assert_eq!(labels, ["Area for improvement 1"]);
}

#[test]
fn counts_by_status_and_by_rag_of_the_open_items() {
    let report = sample();
    let s = &report.summary;
    assert_eq!(
        (s.items, s.inspections, s.open),
        (5, 2, 3),
        "the empty inspection is left out"
    );
    let by_status: Vec<_> = s.by_status.iter().map(|c| (&*c.words, c.count)).collect();
    assert_eq!(
        by_status,
        [
            ("Awaiting review", 1),
            ("Being progressed", 2),
            ("Complete", 2),
            ("No further action needed", 0),
            ("Superseded", 0),
        ]
    );
    let by_rag: Vec<_> = s.by_rag.iter().map(|c| (&*c.words, c.count)).collect();
    // Both Vetting items are past their target (one rated Red by the officer, one suggested
    // Red); nothing has been heard of the open PEEL item for over 90 days.
    assert_eq!(by_rag, [("Red", 2), ("Amber", 1), ("Green", 0)]);
    let vetting = &report.inspections[1].rows;
    assert_eq!(vetting[0].rag_words, "Red (suggested)");
    assert_eq!(vetting[1].rag_words, "Red", "the officer's own rating");
    assert_eq!(
        report.summary_sentences(),
        [
            "5 items are tracked from 2 inspections: 3 open (1 awaiting review, 2 being \
             progressed) and 2 closed.",
            "Of the open items, 2 are rated red, 1 amber and 0 green.",
        ]
    );
}

#[test]
fn items_are_labelled_and_their_text_is_plain() {
    let report = sample();
    let row = &report.inspections[0].rows[0];
    assert_eq!(row.label, "Recommendation 1");
    assert_eq!(row.text, "The force should improve thing 0.");
    assert_eq!(row.target_words, "31 December 2026");
    assert_eq!(plain("A plain sentence."), "A plain sentence.");
    assert_eq!(plain("- one\n- *two*"), "one\ntwo");
}

#[test]
fn a_report_of_nothing_says_so() {
    let report = build(
        day(2026, 11, 30),
        ReportScope::All,
        String::new(),
        None,
        day(2026, 12, 1),
        vec![],
    );
    assert_eq!(
        report.summary_sentences(),
        ["There are no recommendations or areas for improvement to report at 30 November 2026."]
    );
    assert!(report.inspections.is_empty() && report.appendix.is_empty());
}

#[test]
fn scopes_are_stored_as_the_schema_says() {
    assert_eq!(ReportScope::All.stored(), "all");
    assert_eq!(
        ReportScope::Inspection { id: ResponseId(7) }.stored(),
        "inspection:7"
    );
    let peel = ReportScope::Type {
        inspection_type: crate::InspectionType::ForceSpecific,
    };
    assert_eq!(peel.stored(), "type:Force-specific");
    let json = serde_json::to_string(&peel).unwrap();
    assert_eq!(
        json,
        r#"{"kind":"type","inspection_type":"Force-specific"}"#
    );
    let back: ReportScope = serde_json::from_str(r#"{"kind":"inspection","id":7}"#).unwrap();
    assert_eq!(back, ReportScope::Inspection { id: ResponseId(7) });
}

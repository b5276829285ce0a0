//! The tracker over a small office: what each filter holds, the counts, the order, the pages
//! and the rows, with items of a response in the trash left out.

use super::*;
use crate::dates::tests::day;
use crate::store::tracking::tests::{report, today, update};
use crate::store::{create_response, open_in_memory, trash_response};
use crate::tracking::Tracking;
use crate::Response;

/// Where each item of the office is, by a short name.
struct Office {
    conn: Connection,
    peel: ResponseId,
    custody: ResponseId,
}

fn tracked(
    status: ItemStatus,
    target: Option<NaiveDate>,
    lead: Option<&str>,
    updated: Option<NaiveDate>,
) -> Tracking {
    Tracking {
        status,
        target,
        lead: lead.map(str::to_string),
        updates: updated
            .map(|d| {
                vec![update(
                    d,
                    "Work **done** on it.",
                    ItemStatus::BeingProgressed,
                )]
            })
            .unwrap_or_default(),
        ..Default::default()
    }
}

/// PEEL 2025: recommendation 1 overdue (Red), area 1 untouched since publication (Red), area
/// 2 due in 20 days (Amber), area 3 complete. Custody 2025 (national): area 1 rated Green by
/// the officer, area 2 due in 81 days (Green). A binned response with an overdue item.
fn office() -> Office {
    let conn = open_in_memory().unwrap();
    let mut peel = report("PEEL 2025", Some(day(2025, 6, 17)), &["Exampleshire"], 1, 3);
    use ItemStatus::*;
    let by = BeingProgressed;
    peel.recommendations[0].tracking = tracked(
        by,
        Some(day(2026, 3, 1)),
        Some("Head of Crime"),
        Some(day(2026, 2, 1)),
    );
    peel.areas_for_improvement[0].tracking =
        tracked(AwaitingReview, None, Some("head of crime "), None);
    peel.areas_for_improvement[1].tracking =
        tracked(by, Some(day(2026, 4, 1)), None, Some(day(2026, 3, 1)));
    peel.areas_for_improvement[1].tracking.first_raised = Some(day(2022, 3, 1));
    peel.areas_for_improvement[2].tracking = tracked(Complete, None, None, None);
    let mut custody: Response = report(
        "Custody 2025",
        Some(day(2025, 9, 1)),
        &["Exampleshire"],
        0,
        2,
    );
    custody.inspection.kind = InspectionType::National;
    custody.areas_for_improvement[0].tracking =
        tracked(by, Some(day(2026, 12, 1)), None, Some(day(2026, 3, 10)));
    custody.areas_for_improvement[0].tracking.rag = Some(Rag::Green);
    custody.areas_for_improvement[1].tracking = tracked(
        by,
        Some(day(2026, 6, 1)),
        Some("Chief Inspector Custody"),
        Some(day(2026, 3, 10)),
    );
    let mut binned = report("Binned", Some(day(2025, 1, 1)), &["Exampleshire"], 0, 1);
    binned.areas_for_improvement[0].tracking =
        tracked(by, Some(day(2025, 2, 1)), Some("Zed"), None);
    let peel = create_response(&conn, &peel).unwrap();
    let custody = create_response(&conn, &custody).unwrap();
    let binned = create_response(&conn, &binned).unwrap();
    trash_response(&conn, binned, today()).unwrap();
    Office {
        conn,
        peel,
        custody,
    }
}

/// Each row as "title / label".
fn rows(page: &TrackerPage) -> Vec<String> {
    page.rows
        .iter()
        .map(|r| format!("{} / {}", r.inspection, r.label))
        .collect()
}

fn list(office: &Office, filter: TrackerFilter) -> TrackerPage {
    tracker(&office.conn, &filter, today()).unwrap()
}

#[test]
fn open_items_come_overdue_first_then_by_target_with_none_last() {
    let o = office();
    let page = list(&o, TrackerFilter::default());
    assert_eq!(
        rows(&page),
        [
            "PEEL 2025 / Recommendation 1",
            "PEEL 2025 / Area for improvement 2",
            "Custody 2025 / Area for improvement 2",
            "Custody 2025 / Area for improvement 1",
            "PEEL 2025 / Area for improvement 1",
        ]
    );
    assert_eq!((page.matching, page.page, page.pages), (5, 1, 1));
}

#[test]
fn the_counts_list_every_status_and_rag_with_words() {
    let o = office();
    let counts = list(&o, TrackerFilter::default()).counts;
    assert_eq!((counts.total, counts.overdue), (5, 1));
    let status: Vec<_> = counts.by_status.iter().map(|c| c.words.as_str()).collect();
    assert_eq!(
        status,
        [
            "1 awaiting review",
            "4 being progressed",
            "0 complete",
            "0 no further action needed",
            "0 superseded"
        ]
    );
    let rag: Vec<_> = counts.by_rag.iter().map(|c| (c.value, c.count)).collect();
    assert_eq!(rag, [(Rag::Red, 2), (Rag::Amber, 1), (Rag::Green, 2)]);
    assert_eq!(counts.by_rag[0].label, "Red");
    // Closed items counted too when asked for.
    let all = list(
        &o,
        TrackerFilter {
            include_closed: true,
            ..Default::default()
        },
    )
    .counts;
    assert_eq!(
        (all.total, all.by_status[2].count, all.by_rag[2].count),
        (6, 1, 3)
    );
}

#[test]
fn each_filter_holds_what_it_says_and_the_counts_follow_it() {
    let o = office();
    let f = TrackerFilter::default;
    let cases: Vec<(TrackerFilter, Vec<&str>)> = vec![
        (
            TrackerFilter {
                inspection: Some(o.custody),
                ..f()
            },
            vec![
                "Custody 2025 / Area for improvement 2",
                "Custody 2025 / Area for improvement 1",
            ],
        ),
        (
            TrackerFilter {
                inspection_type: Some(InspectionType::Peel),
                ..f()
            },
            vec![
                "PEEL 2025 / Recommendation 1",
                "PEEL 2025 / Area for improvement 2",
                "PEEL 2025 / Area for improvement 1",
            ],
        ),
        (
            TrackerFilter {
                status: Some(ItemStatus::Complete),
                ..f()
            },
            vec!["PEEL 2025 / Area for improvement 3"],
        ),
        (
            TrackerFilter {
                rag: Some(Rag::Red),
                ..f()
            },
            vec![
                "PEEL 2025 / Recommendation 1",
                "PEEL 2025 / Area for improvement 1",
            ],
        ),
        (
            TrackerFilter {
                lead: Some(" HEAD OF CRIME".into()),
                ..f()
            },
            vec![
                "PEEL 2025 / Recommendation 1",
                "PEEL 2025 / Area for improvement 1",
            ],
        ),
        (
            TrackerFilter {
                due: Some(DueFilter::Overdue),
                ..f()
            },
            vec!["PEEL 2025 / Recommendation 1"],
        ),
        (
            TrackerFilter {
                due: Some(DueFilter::Within { days: 30 }),
                ..f()
            },
            vec!["PEEL 2025 / Area for improvement 2"],
        ),
        (
            TrackerFilter {
                due: Some(DueFilter::Within { days: 81 }),
                ..f()
            },
            vec![
                "PEEL 2025 / Area for improvement 2",
                "Custody 2025 / Area for improvement 2",
            ],
        ),
        (
            TrackerFilter {
                inspection: Some(o.peel),
                rag: Some(Rag::Green),
                ..f()
            },
            vec![],
        ),
    ];
    for (filter, expected) in cases {
        let page = list(&o, filter.clone());
        assert_eq!(rows(&page), expected, "{filter:?}");
        assert_eq!(page.counts.total as usize, expected.len(), "{filter:?}");
        assert_eq!(page.matching as usize, expected.len());
        assert_eq!(page.pages, 1);
    }
}

#[test]
fn pages_hold_page_size_rows_and_a_page_past_the_last_reads_as_the_last() {
    let o = office();
    let page = |n| {
        list(
            &o,
            TrackerFilter {
                page: n,
                page_size: 2,
                ..Default::default()
            },
        )
    };
    let second = page(2);
    assert_eq!(
        rows(&second),
        [
            "Custody 2025 / Area for improvement 2",
            "Custody 2025 / Area for improvement 1"
        ]
    );
    assert_eq!((second.page, second.pages, second.matching), (2, 3, 5));
    assert_eq!(second.counts.total, 5, "the counts are of every page");
    let last = page(9);
    assert_eq!(
        (last.page, rows(&last)),
        (3, vec!["PEEL 2025 / Area for improvement 1".into()])
    );
    assert_eq!(page(0).page, 1);
}

#[test]
fn a_row_says_everything_in_words() {
    let o = office();
    let page = list(&o, TrackerFilter::default());
    let first = &page.rows[0];
    assert_eq!(
        first.at,
        ItemAt {
            response: o.peel,
            kind: ItemKind::Recommendation,
            index: 0
        }
    );
    assert_eq!(first.text, "Recommendation 1: the force should act.");
    assert_eq!(first.inspection_type, InspectionType::Peel);
    assert_eq!(first.published, Some(day(2025, 6, 17)));
    assert_eq!(first.target_words.as_deref(), Some("1 March 2026"));
    assert_eq!(first.status_label, "Being progressed");
    assert_eq!(first.rag.label, "Red (suggested)");
    assert!(first.overdue);
    let latest = first.latest.as_ref().unwrap();
    assert_eq!(latest.date_words, "1 February 2026");
    assert_eq!(latest.action, "Work done on it.");
    assert_eq!(first.first_raised, None);
    let second = &page.rows[1];
    assert_eq!(
        second.first_raised.as_deref(),
        Some("This area for improvement was first raised in 2022.")
    );
    assert_eq!(second.rag.label, "Amber (suggested)");
    let officers = &page.rows[3];
    assert_eq!(
        (officers.rag.label.as_str(), officers.rag.suggested),
        ("Green", false)
    );
    assert!(page.rows[4].latest.is_none());
}

#[test]
fn leads_and_inspections_for_the_filter_leave_out_the_trash() {
    let o = office();
    let page = list(&o, TrackerFilter::default());
    assert_eq!(page.leads, ["Chief Inspector Custody", "Head of Crime"]);
    let inspections: Vec<_> = page
        .inspections
        .iter()
        .map(|i| (i.id, i.title.as_str()))
        .collect();
    assert_eq!(
        inspections,
        [(o.custody, "Custody 2025"), (o.peel, "PEEL 2025")]
    );
}

#[test]
fn the_filter_reads_from_the_windows_json_with_everything_left_out() {
    let filter: TrackerFilter =
        serde_json::from_str(r#"{"due": {"kind": "within", "days": 30}, "rag": "red"}"#).unwrap();
    assert_eq!(filter.due, Some(DueFilter::Within { days: 30 }));
    assert_eq!(
        (filter.rag, filter.page_size, filter.include_closed),
        (Some(Rag::Red), 0, false)
    );
    let overdue: DueFilter = serde_json::from_str(r#"{"kind": "overdue"}"#).unwrap();
    assert_eq!(overdue, DueFilter::Overdue);
}

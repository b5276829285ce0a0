use super::*;
use crate::dates::tests::day;
use crate::store::responses::tests::rich_letter;
use crate::store::{
    create_response, delete_response, duplicate_response, open_in_memory, read_response,
    update_response, ResponseId,
};
use crate::tracking::{ItemKind, ItemStatus, Rag, Section55};
use crate::Item;

/// [`rich_letter`] with every tracking field of every item set (each item a different mix,
/// unusual text throughout) and its section 55 record filled.
fn tracked_letter() -> Response {
    let mut r = rich_letter();
    let link = |i: u32, kind| ItemLink {
        inspection: format!("PEEL 2021–22 «{i}» \"quoted\" 🚓"),
        published: (i % 2 == 0).then(|| day(2022, 3, 1 + i % 28)),
        kind,
        number: i,
    };
    let track = |i: u32, item: &mut Item| {
        let status = ItemStatus::ALL[i as usize % ItemStatus::ALL.len()];
        item.tracking = Tracking {
            lead: (i % 4 != 1).then(|| format!("Detective Superintendent {i} — עברית")),
            target: (i % 3 != 0).then(|| day(2025, 1 + i % 12, 1 + i % 28)),
            status,
            rag: (i % 5 != 0).then(|| Rag::ALL[i as usize % 3]),
            superseded_by: (status == ItemStatus::Superseded)
                .then(|| link(i, ItemKind::Recommendation)),
            carried_from: (i % 2 == 1).then(|| link(i + 1, ItemKind::AreaForImprovement)),
            first_raised: (i % 2 == 1).then(|| day(2019, 5, 1 + i % 28)),
            updates: (0..i % 4)
                .map(|u| ProgressUpdate {
                    date: day(2024, 3 + u, 1 + i % 28),
                    reported_by: format!("Chief Inspector {u} 'x'); DROP TABLE items; --"),
                    action: format!("Action {u}:\n\n- **trained** staff\n- العربية"),
                    evidence: String::new(),
                    evidence_link: (u % 2 == 0).then(|| format!("https://example.org/{i}?u={u}")),
                    status: ItemStatus::ALL[(i + u) as usize % ItemStatus::ALL.len()],
                })
                .collect(),
        };
    };
    for (i, item) in (1..).zip(&mut r.recommendations) {
        track(i, item);
    }
    for (i, item) in (100..).zip(&mut r.areas_for_improvement) {
        track(i, item);
    }
    r.section_55 = Section55 {
        web_address: Some("https://example.org/responses/peel?a=1&b=ü".into()),
        published_on: Some(day(2024, 4, 20)),
        sent_to_hmicfrs: Some(day(2024, 4, 22)),
        sent_to_home_secretary: Some(day(2024, 4, 23)),
    };
    r
}

/// Rows of `table` for response `id`.
fn rows(conn: &Connection, table: &str, id: ResponseId) -> i64 {
    let sql = format!("SELECT count(*) FROM {table} WHERE response_id = ?1");
    conn.query_row(&sql, [id.0], |r| r.get(0)).unwrap()
}

/// Progress updates in `r`.
fn updates(r: &Response) -> i64 {
    let items = r.recommendations.iter().chain(&r.areas_for_improvement);
    items.map(|i| i.tracking.updates.len() as i64).sum()
}

#[test]
fn every_tracking_field_and_the_section_55_record_round_trip() {
    let conn = open_in_memory().unwrap();
    let letter = tracked_letter();
    assert!(updates(&letter) > 100);
    let id = create_response(&conn, &letter).unwrap();
    assert_eq!(read_response(&conn, id).unwrap(), letter);
    assert_eq!(rows(&conn, "item_tracking", id), 80);
    assert_eq!(rows(&conn, "item_updates", id), updates(&letter));

    // Links are stored as the JSON the schema describes.
    let link: String = conn
        .query_row(
            "SELECT superseded_by FROM item_tracking
             WHERE kind = 'recommendation' AND position = 3",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let expected = serde_json::json!({
        "inspection": "PEEL 2021–22 «4» \"quoted\" 🚓",
        "published": "2022-03-05",
        "kind": "recommendation",
        "number": 4,
    });
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&link).unwrap(),
        expected
    );
}

#[test]
fn an_update_replaces_the_tracking_without_stale_rows() {
    let conn = open_in_memory().unwrap();
    let id = create_response(&conn, &tracked_letter()).unwrap();
    let other = create_response(&conn, &tracked_letter()).unwrap();

    let mut fewer = tracked_letter();
    fewer.recommendations.truncate(2);
    fewer.areas_for_improvement.remove(0);
    fewer.areas_for_improvement[0].tracking.updates.clear();
    fewer.areas_for_improvement[1].tracking = Tracking::default();
    fewer.section_55 = Section55 {
        web_address: None,
        ..fewer.section_55
    };
    update_response(&conn, id, &fewer).unwrap();

    assert_eq!(read_response(&conn, id).unwrap(), fewer);
    assert_eq!(rows(&conn, "item_tracking", id), 51);
    assert_eq!(rows(&conn, "item_updates", id), updates(&fewer));
    assert_eq!(read_response(&conn, other).unwrap(), tracked_letter());
}

#[test]
fn deleting_a_response_removes_its_tracking_and_updates() {
    let conn = open_in_memory().unwrap();
    let id = create_response(&conn, &tracked_letter()).unwrap();
    let kept = create_response(&conn, &tracked_letter()).unwrap();
    delete_response(&conn, id).unwrap();

    for table in ["item_tracking", "item_updates"] {
        assert_eq!(rows(&conn, table, id), 0, "{table}");
        let all: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(all, rows(&conn, table, kept), "{table}");
        assert!(all > 0, "{table}");
    }
    assert_eq!(read_response(&conn, kept).unwrap(), tracked_letter());
}

#[test]
fn a_copy_starts_untracked_with_no_section_55_record() {
    let conn = open_in_memory().unwrap();
    let original = tracked_letter();
    let id = create_response(&conn, &original).unwrap();

    let copy = read_response(&conn, duplicate_response(&conn, id).unwrap()).unwrap();
    assert_eq!(copy.section_55, Section55::default());
    let items = |r: &Response| {
        let all = r.recommendations.iter().chain(&r.areas_for_improvement);
        all.map(|i| (i.text.clone(), i.response.clone(), i.tracking.clone()))
            .collect::<Vec<_>>()
    };
    let expected: Vec<_> = items(&original)
        .into_iter()
        .map(|(text, response, _)| (text, response, Tracking::default()))
        .collect();
    assert_eq!(items(&copy), expected);
    assert_eq!(read_response(&conn, id).unwrap(), original);
}

#[test]
fn an_item_without_a_tracking_row_reads_as_untracked() {
    let conn = open_in_memory().unwrap();
    let letter = tracked_letter();
    let id = create_response(&conn, &letter).unwrap();
    conn.execute(
        "DELETE FROM item_tracking WHERE kind = 'area_for_improvement' AND position = 4",
        [],
    )
    .unwrap();

    let mut expected = letter;
    let item = &mut expected.areas_for_improvement[4].tracking;
    *item = Tracking {
        updates: std::mem::take(&mut item.updates),
        ..Tracking::default()
    };
    assert_eq!(read_response(&conn, id).unwrap(), expected);
}

#[test]
fn a_corrupted_tracking_value_is_an_error_naming_the_column() {
    let conn = open_in_memory().unwrap();
    let id = create_response(&conn, &tracked_letter()).unwrap();
    conn.execute_batch("PRAGMA ignore_check_constraints = ON")
        .unwrap();
    let cases = [
        (
            "UPDATE item_tracking SET status = 'Complete'",
            "item_tracking[1].status",
        ),
        (
            "UPDATE item_tracking SET rag = 'amber-red'",
            "item_tracking[1].rag",
        ),
        (
            "UPDATE item_tracking SET target = '1/4/2025'",
            "item_tracking[1].target",
        ),
        (
            "UPDATE item_tracking SET first_raised = '2019'",
            "item_tracking[1].first_raised",
        ),
        (
            "UPDATE item_tracking SET superseded_by = '[1]'",
            "item_tracking[1].superseded_by",
        ),
        (
            "UPDATE item_tracking SET carried_from = '{\"inspection\": \"PEEL\"}'",
            "item_tracking[1].carried_from",
        ),
        (
            "UPDATE item_updates SET date = 'soon'",
            "item_updates[1].date",
        ),
        (
            "UPDATE item_updates SET status = 'done'",
            "item_updates[1].status",
        ),
        (
            "UPDATE responses SET published_on = 'April'",
            "responses[1].published_on",
        ),
        (
            "UPDATE responses SET sent_to_hmicfrs = '2024-4-22'",
            "responses[1].sent_to_hmicfrs",
        ),
        (
            "UPDATE responses SET sent_to_home_secretary = 20240423",
            "responses[1].sent_to_home_secretary",
        ),
    ];
    for (corrupt, field) in cases {
        let tx = conn.unchecked_transaction().unwrap();
        tx.execute_batch(corrupt).unwrap();
        let err = read_response(&tx, id).unwrap_err();
        assert!(
            matches!(&err, Error::Invalid { field: f, .. } if f == field),
            "{corrupt}: {err}"
        );
        tx.rollback().unwrap();
    }
    assert_eq!(read_response(&conn, id).unwrap(), tracked_letter());
}

#[test]
fn the_schema_refuses_what_the_app_never_writes() {
    let conn = open_in_memory().unwrap();
    let id = create_response(&conn, &tracked_letter()).unwrap();
    for bad in [
        "UPDATE item_tracking SET status = 'open'",
        "UPDATE item_tracking SET rag = 'Red'",
        "UPDATE item_tracking SET target = '2025-02-30'",
        "UPDATE item_tracking SET superseded_by = 'PEEL 2021'",
        "UPDATE item_updates SET seq = -1",
        "UPDATE responses SET published_on = '20 April 2024'",
        "INSERT INTO item_tracking (response_id, kind, position, status)
         VALUES (1, 'recommendation', 99, 'complete')",
    ] {
        assert!(conn.execute_batch(bad).is_err(), "{bad}");
    }
    assert_eq!(read_response(&conn, id).unwrap(), tracked_letter());
}

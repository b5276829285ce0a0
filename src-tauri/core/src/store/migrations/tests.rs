use super::*;
use crate::store::{open, open_in_memory};

fn tables(conn: &Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') ORDER BY name")
        .unwrap();
    let names = stmt.query_map([], |row| row.get(0)).unwrap();
    names.collect::<rusqlite::Result<_>>().unwrap()
}

#[test]
fn an_empty_database_is_migrated_to_the_current_schema() {
    let conn = open_in_memory().unwrap();
    assert_eq!(SCHEMA_VERSION, 8);
    assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
    let names = tables(&conn);
    for table in [
        "checklist",
        "grades",
        "item_tracking",
        "item_updates",
        "items",
        "office",
        "progress_reports",
        "responses",
        "responses_by_published",
        "search_index",
        "search_text",
        "search_text_by_response",
        "settings",
        "status_changes",
        "versions",
        "versions_by_response",
    ] {
        assert!(
            names.iter().any(|n| n == table),
            "{table} missing: {names:?}"
        );
    }
}

#[test]
fn opening_twice_keeps_the_schema_and_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pcc.sqlite");
    let conn = open(&path).unwrap();
    let schema = tables(&conn);
    let id =
        crate::store::create_response(&conn, &crate::Response::new(crate::DocumentKind::Form, &[]))
            .unwrap();
    drop(conn);

    let conn = open(&path).unwrap();
    assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
    assert_eq!(tables(&conn), schema);
    assert!(crate::store::read_response(&conn, id).is_ok());
}

/// A database as version 1 of the app left it: its schema, a letter with children and
/// the office.
fn version_1_database(path: &std::path::Path) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    apply(&conn, &MIGRATIONS[..1]).unwrap();
    assert_eq!(user_version(&conn).unwrap(), 1);
    conn.execute_batch(
        "INSERT INTO responses (id, document, status, title, published, inspection_type,
             type_detail, forces, report_url, key_findings, chief_constable_response,
             pcc_response, has_letter, letter_date, letter_addressees, letter_salutation,
             letter_subject)
         VALUES (7, 'letter', 'signed', 'PEEL 2023–25', '2024-09-24', 'PEEL', NULL,
             '[\"Norfolk\"]', NULL, 'Found.', 'The Chief Constable welcomes it.',
             'I am pleased.', 1, '2024-10', '[\"The Home Secretary\"]', NULL, NULL);
         INSERT INTO grades VALUES (7, 0, 'Good', 'at preventing crime');
         INSERT INTO items VALUES (7, 'recommendation', 0, 'Do better.', 'Done.');
         INSERT INTO checklist VALUES (7, 0, 'Sent to the Home Office.', '2024-11-01');
         INSERT INTO office (id, pcc_name, area, force, office_name, address, telephone,
             email, web, deadline_rule)
         VALUES (1, 'Sarah Taylor', 'Norfolk', 'Norfolk Constabulary', 'OPCC', '[]', '',
             '', '', 'statutory');",
    )
    .unwrap();
}

#[test]
fn a_version_1_database_is_upgraded_with_its_data_intact() {
    use crate::store::{
        list_responses, list_trash, read_office, read_response, save_response, status_dates,
        trash_response, ResponseId,
    };
    use crate::{DeadlineRule, Status};

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite");
    version_1_database(&path);
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2024, m, d).unwrap();

    let conn = open(&path).unwrap();
    assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
    assert!(tables(&conn).iter().any(|t| t == "status_changes"));
    let id = ResponseId(7);
    let response = read_response(&conn, id).unwrap();
    assert_eq!(response.status, Status::Signed);
    assert_eq!(response.inspection.title, "PEEL 2023–25");
    assert_eq!(response.inspection.published, Some(day(9, 24)));
    assert_eq!(response.inspection.forces, ["Norfolk"]);
    assert_eq!(response.grades.len(), 1);
    assert_eq!(
        response.recommendations[0].response.as_deref(),
        Some("Done.")
    );
    assert_eq!(
        response.checklist[0],
        crate::ChecklistEntry::completed("Sent to the Home Office.", Some(day(11, 1)))
    );
    let letter = response.letter.clone().unwrap();
    assert_eq!(letter.date.unwrap().to_string(), "2024-10");
    let office = read_office(&conn).unwrap().unwrap();
    assert_eq!(office.deadline_rule, DeadlineRule::Statutory);

    let list = list_responses(&conn, day(11, 1)).unwrap();
    assert_eq!(list.iter().map(|s| s.id).collect::<Vec<_>>(), [id]);
    assert_eq!(list_trash(&conn).unwrap(), []);
    assert_eq!(status_dates(&conn, id).unwrap(), []);

    let published = crate::Response {
        status: Status::Published,
        ..response
    };
    save_response(
        &conn,
        id,
        &published,
        day(11, 20).and_hms_opt(9, 0, 0).unwrap(),
    )
    .unwrap();
    assert_eq!(status_dates(&conn, id).unwrap()[0].on, day(11, 20));
    trash_response(&conn, id, day(11, 21)).unwrap();
    assert_eq!(list_trash(&conn).unwrap()[0].deleted_on, day(11, 21));
    drop(conn);

    let conn = open(&path).unwrap();
    assert_eq!(read_response(&conn, id).unwrap(), published);
    assert_eq!(list_trash(&conn).unwrap().len(), 1);
}

#[test]
fn a_version_4_checklist_is_upgraded_done_where_it_has_a_date() {
    use crate::store::{read_response, save_response, ResponseId};
    use crate::ChecklistEntry;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
        apply(&conn, &MIGRATIONS[..4]).unwrap();
        assert_eq!(user_version(&conn).unwrap(), 4);
        conn.execute_batch(
            "INSERT INTO responses (id, document, status, title, published,
                 inspection_type, forces, key_findings, chief_constable_response,
                 pcc_response, has_letter, changed_at)
             VALUES (3, 'form', 'published', 'PEEL 2017', '2017-11-09', 'PEEL', '[]',
                 'Found.', '', 'I welcome it.', 0, '2017-12-01 10:00:00');
             INSERT INTO checklist VALUES (3, 0, 'Forwarded.', '2017-11-20');
             INSERT INTO checklist VALUES (3, 1, 'Published.', NULL);",
        )
        .unwrap();
    }
    let day = chrono::NaiveDate::from_ymd_opt(2017, 11, 20).unwrap();

    let conn = open(&path).unwrap();
    assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
    let id = ResponseId(3);
    let mut response = read_response(&conn, id).unwrap();
    assert_eq!(response.inspection.title, "PEEL 2017");
    assert_eq!(response.pcc_response, "I welcome it.");
    assert_eq!(
        response.checklist,
        [
            ChecklistEntry::completed("Forwarded.", Some(day)),
            ChecklistEntry::new("Published."),
        ]
    );

    response.checklist[1].set_done(true);
    let noon = day.and_hms_opt(12, 0, 0).unwrap();
    save_response(&conn, id, &response, noon).unwrap();
    drop(conn);
    let conn = open(&path).unwrap();
    assert_eq!(read_response(&conn, id).unwrap(), response);
}

#[test]
fn a_newer_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite");
    let newer = SCHEMA_VERSION + 1;
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x TEXT)").unwrap();
        conn.pragma_update(None, "user_version", newer).unwrap();
    }
    let before = std::fs::read(&path).unwrap();

    match open(&path) {
        Err(Error::NewerDatabase { found, supported }) => {
            assert_eq!((found, supported), (newer, SCHEMA_VERSION));
        }
        other => panic!("expected NewerDatabase, got {other:?}"),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("future.sqlite-wal").exists());
}

#[test]
fn a_file_database_uses_wal_foreign_keys_and_a_busy_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(&dir.path().join("pcc.sqlite")).unwrap();
    let pragma = |name: &str| -> String {
        conn.pragma_query_value(None, name, |row| {
            row.get::<_, rusqlite::types::Value>(0)
                .map(|v| format!("{v:?}"))
        })
        .unwrap()
    };
    assert_eq!(pragma("journal_mode"), "Text(\"wal\")");
    assert_eq!(pragma("foreign_keys"), "Integer(1)");
    assert_eq!(pragma("synchronous"), "Integer(1)"); // NORMAL
    assert_eq!(pragma("busy_timeout"), "Integer(5000)");
}

#[test]
fn a_failing_step_leaves_the_database_at_its_last_version() {
    let conn = Connection::open_in_memory().unwrap();
    let steps = [
        sql("CREATE TABLE a (x TEXT);"),
        sql("CREATE TABLE b (x TEXT); INSERT INTO nowhere VALUES (1);"),
    ];
    assert!(apply(&conn, &steps).is_err());
    assert_eq!(user_version(&conn).unwrap(), 1);
    assert_eq!(tables(&conn), ["a"]);

    apply(&conn, &steps[..1]).expect("a step already applied is not run again");
    assert_eq!(user_version(&conn).unwrap(), 1);
}

#[test]
fn a_failing_function_undoes_its_step() {
    let conn = Connection::open_in_memory().unwrap();
    let steps = [Step {
        sql: "CREATE TABLE a (x TEXT);",
        then: Some(|conn| Ok(conn.execute_batch("INSERT INTO nowhere VALUES (1)")?)),
    }];
    assert!(apply(&conn, &steps).is_err());
    assert_eq!(user_version(&conn).unwrap(), 0);
    assert_eq!(tables(&conn), Vec::<String>::new());
}

#[test]
fn a_version_5_database_is_indexed_for_search() {
    use crate::store::{read_response, search, ResponseId};

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v5.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
        apply(&conn, &MIGRATIONS[..5]).unwrap();
        conn.execute_batch(
            "INSERT INTO responses (id, document, status, title, published,
                 inspection_type, forces, key_findings, chief_constable_response,
                 pcc_response, has_letter, letter_addressees, letter_subject)
             VALUES (4, 'letter', 'published', 'Custody 2019', '2019-05-02', 'National',
                 '[\"Norfolk\", \"Suffolk\"]', 'The **custody** suites.', '',
                 'I welcome it.', 1, '[\"The Home Secretary\"]', 'Re: custody'),
                 (5, 'form', 'draft', 'Vetting 2020', NULL, 'PEEL', '[]', '', '', '', 0,
                 NULL, NULL);
             INSERT INTO grades VALUES (4, 0, 'Good', 'at detainee care');
             INSERT INTO items VALUES (4, 'area_for_improvement', 0, 'Improve *cells*.',
                 'New cells.'), (5, 'recommendation', 0, 'Vet again.', NULL);
             INSERT INTO checklist VALUES (4, 0, 'Sent to the Home Office.', NULL, 0);",
        )
        .unwrap();
    }

    let conn = open(&path).unwrap();
    assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
    let found = |words| {
        let hits = search(&conn, words, 10).unwrap();
        hits.into_iter()
            .map(|h| (h.id.0, h.field))
            .collect::<Vec<_>>()
    };
    assert_eq!(found("suffolk"), [(4, "Forces inspected".to_string())]);
    assert_eq!(found("detainee"), [(4, "Graded judgement 1".to_string())]);
    assert_eq!(found("home office"), [(4, "Checklist item 1".to_string())]);
    assert_eq!(found("again"), [(5, "Recommendation 1".to_string())]);
    let hit = &search(&conn, "custody suites", 10).unwrap()[0];
    assert_eq!(hit.field, "Key findings");
    assert!(hit.passage.iter().all(|p| !p.text.contains('*')));

    // Filled as each save would index it.
    let rows = |conn: &Connection| {
        let mut stmt = conn
            .prepare("SELECT response_id, field, text FROM search_text ORDER BY 1, 2")
            .unwrap();
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)));
        rows.unwrap()
            .collect::<rusqlite::Result<Vec<(i64, String, String)>>>()
            .unwrap()
    };
    let migrated = rows(&conn);
    for id in [4, 5] {
        let response = read_response(&conn, ResponseId(id)).unwrap();
        crate::store::search::reindex(&conn, ResponseId(id), &response).unwrap();
    }
    assert_eq!(rows(&conn), migrated);
}

#[test]
fn a_version_6_database_gets_its_items_awaiting_review() {
    use crate::store::{read_response, update_response, ResponseId};
    use crate::tracking::{ItemStatus, Tracking};

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v6.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
        apply(&conn, &MIGRATIONS[..6]).unwrap();
        assert_eq!(user_version(&conn).unwrap(), 6);
        conn.execute_batch(
            "INSERT INTO responses (id, document, status, title, published,
                 inspection_type, forces, key_findings, chief_constable_response,
                 pcc_response, has_letter, deleted_on)
             VALUES (8, 'form', 'published', 'PEEL 2025', '2025-06-17', 'PEEL', '[]',
                 'Found.', '', 'I welcome it.', 0, NULL),
                 (9, 'form', 'draft', 'Custody 2025', NULL, 'National', '[]', '', '', '', 0,
                 '2025-08-20');
             INSERT INTO items VALUES (8, 'recommendation', 0, 'Do better.', 'Done.'),
                 (8, 'area_for_improvement', 0, 'Improve.', NULL),
                 (8, 'area_for_improvement', 1, 'Improve more.', 'Begun.'),
                 (9, 'recommendation', 0, 'Check cells.', NULL);",
        )
        .unwrap();
    }

    let conn = open(&path).unwrap();
    assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
    let tracked: Vec<(i64, String, i64, String)> = conn
        .prepare("SELECT response_id, kind, position, status FROM item_tracking ORDER BY 1, 2, 3")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let awaiting =
        |id, kind: &str, position| (id, kind.to_string(), position, "awaiting_review".into());
    assert_eq!(
        tracked,
        [
            awaiting(8, "area_for_improvement", 0),
            awaiting(8, "area_for_improvement", 1),
            awaiting(8, "recommendation", 0),
            awaiting(9, "recommendation", 0),
        ]
    );

    let id = ResponseId(8);
    let mut response = read_response(&conn, id).unwrap();
    assert_eq!(response.inspection.title, "PEEL 2025");
    assert_eq!(
        response.areas_for_improvement[1].response.as_deref(),
        Some("Begun.")
    );
    let items = response
        .recommendations
        .iter()
        .chain(&response.areas_for_improvement);
    assert!(items.clone().all(|i| i.tracking == Tracking::default()));
    assert_eq!(items.count(), 3);
    assert!(response.section_55.is_empty());

    response.areas_for_improvement[0].tracking.status = ItemStatus::Complete;
    response.section_55.web_address = Some("https://example.org/peel".into());
    update_response(&conn, id, &response).unwrap();
    drop(conn);
    let conn = open(&path).unwrap();
    assert_eq!(read_response(&conn, id).unwrap(), response);
}

#[test]
fn a_version_7_office_is_upgraded_with_no_signature_and_can_take_one() {
    use crate::store::{read_office, write_office};
    use crate::{ImageUse, Logo};

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v7.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
        apply(&conn, &MIGRATIONS[..7]).unwrap();
        assert_eq!(user_version(&conn).unwrap(), 7);
        conn.execute(
            "INSERT INTO office (id, pcc_name, area, force, office_name, address, telephone,
                 email, web, logo, logo_format, logo_width, logo_height, deadline_rule)
             VALUES (1, 'Sarah Taylor', 'Norfolk', 'Norfolk Constabulary', 'OPCC', '[]', '',
                 '', '', ?1, 'png', 2, 1, 'statutory')",
            [crate::office::tests::tiny_png()],
        )
        .unwrap();
    }

    let conn = open(&path).unwrap();
    assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
    let mut office = read_office(&conn).unwrap().unwrap();
    assert_eq!(office.pcc_name, "Sarah Taylor");
    assert_eq!(
        office.logo.as_ref().map(|l| (l.width, l.height)),
        Some((2, 1))
    );
    assert_eq!(office.signature, None);

    let png = crate::office::tests::tiny_png();
    office.signature = Some(Logo::from_bytes_as(png, "signed.png", ImageUse::Signature).unwrap());
    write_office(&conn, &office).unwrap();
    drop(conn);
    let conn = open(&path).unwrap();
    assert_eq!(read_office(&conn).unwrap(), Some(office));
}

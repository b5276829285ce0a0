//! Every database an earlier version of the app made opens in this one with nothing lost: its
//! items awaiting review when it was made before tracking, its tracking kept when after, and
//! its office with no signature. A database from a newer version is refused and left exactly
//! as it was. The databases
//! in `tests/fixtures/databases` were made by the earlier versions themselves (see the
//! README there).

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use pcc_core::store::{self, ResponseId, SCHEMA_VERSION};
use pcc_core::{Error, ItemStatus, ProgressUpdate, Response, Status, Tracking};

fn fixture(version: i64) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/databases")
        .join(format!("schema-v{version}.sqlite3"))
}

/// A copy of the fixture to open, so the fixture itself never changes.
fn copy(version: i64, dir: &Path) -> PathBuf {
    let path = dir.join(format!("v{version}.sqlite3"));
    std::fs::copy(fixture(version), &path).unwrap();
    path
}

fn user_version(path: &Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
        .unwrap()
}

/// `response` as a database made before tracking holds it: every item awaiting review, with
/// nothing else tracked, and no section 55 record.
fn untracked(mut response: Response) -> Response {
    let items = response.recommendations.iter_mut();
    for item in items.chain(response.areas_for_improvement.iter_mut()) {
        item.tracking = Tracking::default();
    }
    response.section_55 = Default::default();
    response
}

/// Rows of `item_tracking` awaiting review, all rows of `item_tracking`, and rows of `items`.
fn awaiting_review(conn: &rusqlite::Connection) -> (i64, i64, i64) {
    let count = |sql| conn.query_row(sql, [], |row| row.get(0)).unwrap();
    (
        count("SELECT count(*) FROM item_tracking WHERE status = 'awaiting_review'"),
        count("SELECT count(*) FROM item_tracking"),
        count("SELECT count(*) FROM items"),
    )
}

/// The first schema with each item's tracking and the section 55 record.
const TRACKING: i64 = 7;

#[test]
fn there_is_a_database_from_every_earlier_schema_version() {
    for version in 1..SCHEMA_VERSION {
        let path = fixture(version);
        assert!(path.is_file(), "missing {}", path.display());
        assert_eq!(user_version(&path), version, "{}", path.display());
    }
}

#[test]
fn every_earlier_database_opens_with_nothing_lost() {
    let (form, office) = common::exampleshire_2025();
    let old = untracked(form.clone());
    assert!(form.areas_for_improvement.len() >= 2);
    let today = NaiveDate::from_ymd_opt(2025, 8, 21).unwrap();
    for version in 1..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = copy(version, dir.path());
        let conn = store::open(&path).unwrap();
        assert_eq!(user_version(&path), SCHEMA_VERSION);
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .unwrap();
        assert_eq!(check, "ok", "schema {version}");

        let expected = if version >= TRACKING { &form } else { &old };
        for id in [ResponseId(1), ResponseId(2)] {
            let response = store::read_response(&conn, id).unwrap();
            assert_eq!(&response, expected, "schema {version}, response {id}");
        }
        let (awaiting, tracked, items) = awaiting_review(&conn);
        assert_eq!(tracked, items, "schema {version}");
        if version < TRACKING {
            assert_eq!(awaiting, items, "schema {version}");
        } else {
            assert!(awaiting < items, "schema {version}: its tracking is kept");
        }
        assert_eq!(
            items,
            2 * (old.recommendations.len() + old.areas_for_improvement.len()) as i64,
            "schema {version}"
        );
        let upgraded = store::read_office(&conn).unwrap().unwrap();
        assert_eq!(upgraded, office);
        assert_eq!(upgraded.signature, None, "schema {version}");
        assert_eq!(store::read_settings(&conn).unwrap().backups_kept, 14);
        assert_eq!(store::list_versions(&conn, ResponseId(1)).unwrap(), []);

        let listed = store::list_responses(&conn, today).unwrap();
        let found = store::search(&conn, "call handlers", 10).unwrap();
        assert_eq!(
            found.len(),
            listed.len(),
            "searchable, trash left out: {version}"
        );
        let trashed = store::list_trash(&conn).unwrap();
        let dates = store::status_dates(&conn, ResponseId(1)).unwrap();
        if version >= 2 {
            assert_eq!(listed.len(), 1, "schema {version}");
            assert_eq!(trashed[0].id, ResponseId(2));
            assert_eq!(
                trashed[0].deleted_on,
                NaiveDate::from_ymd_opt(2025, 8, 20).unwrap()
            );
            assert_eq!(dates[0].status, Status::Published);
            assert_eq!(dates[0].on, NaiveDate::from_ymd_opt(2025, 7, 24).unwrap());
        } else {
            assert_eq!(listed.len(), 2, "schema {version}");
            assert_eq!(trashed, []);
            assert_eq!(dates, []);
        }

        // The upgraded database takes new work of every kind.
        let now = today.and_hms_opt(10, 0, 0).unwrap();
        let mut edited = Response {
            pcc_response: "Upgraded.".into(),
            ..form.clone()
        };
        edited.areas_for_improvement[1].tracking = Tracking {
            lead: Some("Head of Contact Management".into()),
            target: Some(today + chrono::Days::new(90)),
            status: ItemStatus::BeingProgressed,
            updates: vec![ProgressUpdate {
                date: today,
                reported_by: "Head of Contact Management".into(),
                action: "New call handlers trained.".into(),
                evidence: "Training records.".into(),
                evidence_link: None,
                status: ItemStatus::BeingProgressed,
            }],
            ..Tracking::default()
        };
        edited.section_55.web_address = Some("https://example.org/peel-2025".into());
        store::save_response(&conn, ResponseId(1), &edited, now).unwrap();
        assert_eq!(store::list_versions(&conn, ResponseId(1)).unwrap().len(), 1);
        drop(conn);
        let conn = store::open(&path).unwrap();
        assert_eq!(store::read_response(&conn, ResponseId(1)).unwrap(), edited);
    }
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy(SCHEMA_VERSION - 1, dir.path());
    let newer = SCHEMA_VERSION + 1;
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", newer)
        .unwrap();
    let before = std::fs::read(&path).unwrap();

    let err = store::open(&path).unwrap_err();
    assert!(
        matches!(err, Error::NewerDatabase { found, .. } if found == newer),
        "{err}"
    );
    assert!(
        err.to_string().contains("newer version of PCC Response"),
        "{err}"
    );
    assert!(err.to_string().contains("left untouched"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no journal left beside it: {names:?}");
}

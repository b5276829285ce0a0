//! Every database an earlier version of the app made opens in this one with nothing lost,
//! and a database from a newer version is refused and left exactly as it was. The databases
//! in `tests/fixtures/databases` were made by the earlier versions themselves (see the
//! README there).

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use pcc_core::store::{self, ResponseId, SCHEMA_VERSION};
use pcc_core::{Error, Status};

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

        for id in [ResponseId(1), ResponseId(2)] {
            let response = store::read_response(&conn, id).unwrap();
            assert_eq!(response, form, "schema {version}, response {id}");
        }
        assert_eq!(store::read_office(&conn).unwrap().unwrap(), office);
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
        let edited = pcc_core::Response {
            pcc_response: "Upgraded.".into(),
            ..form.clone()
        };
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

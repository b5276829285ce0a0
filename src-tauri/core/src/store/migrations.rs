//! The database schema and how it moves forward. `PRAGMA user_version` holds the number of
//! migration steps applied; each step runs in its own transaction, so a database is always at
//! exactly one version. A step, once released, is never edited: a change is a new step.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::{Error, Result};

/// The schema version this build writes: the number of migration steps.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The steps, in order; step `n` (from 1) takes a database from version `n - 1` to `n`.
const MIGRATIONS: &[Step] = &[
    sql(V1),
    sql(V2),
    sql(V3),
    sql(V4),
    sql(V5),
    Step {
        sql: V6,
        then: Some(super::search::index_existing),
    },
];

/// One step: its SQL and, where the step needs the app's own code (reading Markdown), a
/// function run after the SQL in the same transaction. Such a function reads the tables as
/// they are at its step, not through the store's readers of the newest schema.
#[derive(Clone, Copy)]
struct Step {
    sql: &'static str,
    then: Option<fn(&Connection) -> Result<()>>,
}

/// A step of SQL alone.
const fn sql(sql: &'static str) -> Step {
    Step { sql, then: None }
}

/// Responses, their grades, items and checklist, and the office settings.
///
/// Response ids are never reused (AUTOINCREMENT), so an id held by a window that missed a
/// delete finds nothing rather than another response. `has_letter` says whether a response
/// has letter fields at all, so that no letter and a letter left to the defaults stay distinct.
const V1: &str = "
CREATE TABLE responses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document TEXT NOT NULL CHECK (document IN ('form', 'letter')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'signed', 'published')),
    title TEXT NOT NULL,
    published TEXT CHECK (published IS date(published)),
    inspection_type TEXT NOT NULL CHECK (inspection_type IN
        ('PEEL', 'National', 'Joint', 'Force-specific', 'PCC-commissioned', 'Other')),
    type_detail TEXT,
    forces TEXT NOT NULL CHECK (json_type(forces) = 'array'),
    report_url TEXT,
    key_findings TEXT NOT NULL,
    chief_constable_response TEXT NOT NULL,
    pcc_response TEXT NOT NULL,
    has_letter INTEGER NOT NULL CHECK (has_letter IN (0, 1)),
    letter_date TEXT CHECK (letter_date IS date(letter_date)
        OR (letter_date || '-01') IS date(letter_date || '-01')),
    letter_addressees TEXT
        CHECK (letter_addressees IS NULL OR json_type(letter_addressees) = 'array'),
    letter_salutation TEXT,
    letter_subject TEXT,
    CHECK (has_letter = 1 OR (letter_date IS NULL AND letter_addressees IS NULL
        AND letter_salutation IS NULL AND letter_subject IS NULL))
) STRICT;

CREATE INDEX responses_by_published ON responses (published);

CREATE TABLE grades (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    grade TEXT NOT NULL CHECK (grade IN
        ('Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate')),
    area TEXT NOT NULL,
    PRIMARY KEY (response_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE items (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('recommendation', 'area_for_improvement')),
    position INTEGER NOT NULL CHECK (position >= 0),
    text TEXT NOT NULL,
    response TEXT,
    PRIMARY KEY (response_id, kind, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE checklist (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    item TEXT NOT NULL,
    done_on TEXT CHECK (done_on IS date(done_on)),
    PRIMARY KEY (response_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE office (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pcc_name TEXT NOT NULL,
    area TEXT NOT NULL,
    force TEXT NOT NULL,
    office_name TEXT NOT NULL,
    address TEXT NOT NULL CHECK (json_type(address) = 'array'),
    telephone TEXT NOT NULL,
    email TEXT NOT NULL,
    web TEXT NOT NULL,
    logo BLOB,
    logo_format TEXT CHECK (logo_format IN ('png', 'jpeg')),
    logo_width INTEGER,
    logo_height INTEGER,
    statutory_statement TEXT,
    checklist_items TEXT
        CHECK (checklist_items IS NULL OR json_type(checklist_items) = 'array'),
    addressees TEXT CHECK (addressees IS NULL OR json_type(addressees) = 'array'),
    salutation TEXT,
    deadline_rule TEXT NOT NULL CHECK (deadline_rule IN ('published+56', 'statutory')),
    CHECK ((logo IS NULL) = (logo_format IS NULL)
        AND (logo IS NULL) = (logo_width IS NULL)
        AND (logo IS NULL) = (logo_height IS NULL))
) STRICT;
";

/// The trash and the status dates.
///
/// `deleted_on` is the day a response was moved to the trash, NULL while it is not there.
/// `status_changes` keeps, for each status a response has been moved into, the latest day it
/// was; a status it was created with has no row, so its date is unknown.
const V2: &str = "
ALTER TABLE responses ADD COLUMN deleted_on TEXT CHECK (deleted_on IS date(deleted_on));

CREATE TABLE status_changes (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'signed', 'published')),
    changed_on TEXT NOT NULL CHECK (changed_on IS date(changed_on)),
    PRIMARY KEY (response_id, status)
) STRICT, WITHOUT ROWID;
";

/// The history of each response, and the app's own settings.
///
/// A version is a whole response as a response file (JSON), so that restoring it goes through
/// the same strict reader as an imported file. `saved_at` is the computer's local time.
/// `settings` has one row, created here with the defaults.
const V3: &str = "
CREATE TABLE versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    saved_at TEXT NOT NULL CHECK (saved_at IS datetime(saved_at)),
    kind TEXT NOT NULL CHECK (kind IN ('edit', 'status', 'export', 'restore')),
    detail TEXT,
    content TEXT NOT NULL CHECK (json_valid(content))
) STRICT;

CREATE INDEX versions_by_response ON versions (response_id, id);

CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    backups_kept INTEGER NOT NULL CHECK (backups_kept BETWEEN 1 AND 365)
) STRICT;

INSERT INTO settings (id, backups_kept) VALUES (1, 14);
";

/// When each response last changed, for the list. A response saved before this step takes
/// the time of its newest kept version, if any.
const V4: &str = "
ALTER TABLE responses ADD COLUMN changed_at TEXT CHECK (changed_at IS datetime(changed_at));

UPDATE responses SET changed_at =
    (SELECT max(saved_at) FROM versions WHERE versions.response_id = responses.id);
";

/// Whether each checklist item is done, apart from the day it was done, so that an item ticked
/// without a date (the 2017 form ticks its items that way) is kept as done, day not known.
/// An item with a date is done; the reader refuses a row that says otherwise.
const V5: &str = "
ALTER TABLE checklist ADD COLUMN done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1));

UPDATE checklist SET done = 1 WHERE done_on IS NOT NULL;
";

/// The full-text index: a row of `search_text` for each searchable field of each response
/// (`field` is its path in the response file, `text` its words without Markdown), and the FTS5
/// table `search_index` over it, kept in step by triggers. A row's `id` says its response and
/// whether the field is prose (see `search::index`), so that a query need not read the row. A
/// response's rows go with it when it is deleted for good; the step's function fills them for
/// the responses already there.
const V6: &str = "
CREATE TABLE search_text (
    id INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    text TEXT NOT NULL
) STRICT;

CREATE INDEX search_text_by_response ON search_text (response_id);

CREATE VIRTUAL TABLE search_index USING fts5 (
    response_id UNINDEXED,
    field UNINDEXED,
    text,
    content = 'search_text',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_text_added AFTER INSERT ON search_text BEGIN
    INSERT INTO search_index (rowid, response_id, field, text)
    VALUES (new.id, new.response_id, new.field, new.text);
END;

CREATE TRIGGER search_text_removed AFTER DELETE ON search_text BEGIN
    INSERT INTO search_index (search_index, rowid, response_id, field, text)
    VALUES ('delete', old.id, old.response_id, old.field, old.text);
END;
";

fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Refuses a database made by a newer version of the app, without writing to it.
pub(crate) fn refuse_newer(conn: &Connection, supported: i64) -> Result<()> {
    match user_version(conn)? {
        found if found > supported => Err(Error::NewerDatabase { found, supported }),
        _ => Ok(()),
    }
}

/// Brings the schema up to [`SCHEMA_VERSION`].
pub(super) fn migrate(conn: &Connection) -> Result<()> {
    apply(conn, MIGRATIONS)
}

/// Applies the steps the database has not had, each in its own transaction. The version is
/// read again inside each transaction, so two processes opening one file at once cannot
/// both apply a step.
fn apply(conn: &Connection, steps: &[Step]) -> Result<()> {
    for (done, step) in (0..).zip(steps) {
        if user_version(conn)? > done {
            continue;
        }
        let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
        let version = user_version(&tx)?;
        refuse_newer(&tx, steps.len() as i64)?;
        if version == done {
            tx.execute_batch(step.sql)?;
            if let Some(then) = step.then {
                then(&tx)?;
            }
            tx.pragma_update(None, "user_version", done + 1)?;
        }
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{open, open_in_memory};

    fn tables(conn: &Connection) -> Vec<String> {
        let mut stmt = conn
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') ORDER BY name",
            )
            .unwrap();
        let names = stmt.query_map([], |row| row.get(0)).unwrap();
        names.collect::<rusqlite::Result<_>>().unwrap()
    }

    #[test]
    fn an_empty_database_is_migrated_to_the_current_schema() {
        let conn = open_in_memory().unwrap();
        assert_eq!(SCHEMA_VERSION, 6);
        assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
        let names = tables(&conn);
        for table in [
            "checklist",
            "grades",
            "items",
            "office",
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
        let id = crate::store::create_response(
            &conn,
            &crate::Response::new(crate::DocumentKind::Form, &[]),
        )
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
}

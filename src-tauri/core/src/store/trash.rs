//! The trash: a response moved there leaves the list of responses but keeps everything in it
//! until it is restored or deleted for good. In the database it is a row of `responses` whose
//! `deleted_on` holds the day it was moved.

use chrono::{Days, NaiveDate};
use rusqlite::{params, Connection, Row};
use serde::Serialize;

use super::{iso, read_date, read_word, writing, ResponseId};
use crate::{DocumentKind, Error, Result, Status};

/// One line of the trash: enough to recognise a response and decide what to do with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrashedResponse {
    /// Which response.
    pub id: ResponseId,
    /// The report's title.
    pub title: String,
    /// Form or letter.
    pub document: DocumentKind,
    /// Where the response was in its life when it was moved to the trash.
    pub status: Status,
    /// The day it was moved to the trash.
    pub deleted_on: NaiveDate,
    /// The day [`purge_trash`] deletes it for good: [`TRASH_DAYS`] after `deleted_on`.
    pub purge_on: NaiveDate,
}

/// How many days a response stays in the trash before it is deleted for good.
pub const TRASH_DAYS: u64 = 30;

/// Moves a response to the trash on `today`: it leaves [`list_responses`](super::list_responses)
/// and can still be read, restored or deleted for good. Errors: [`Error::NotFound`] when there
/// is no response with `id` outside the trash.
pub fn trash_response(conn: &Connection, id: ResponseId, today: NaiveDate) -> Result<()> {
    let moved = conn
        .prepare_cached(
            "UPDATE responses SET deleted_on = ?2 WHERE id = ?1 AND deleted_on IS NULL",
        )?
        .execute(params![id.0, iso(today)])?;
    found(moved, id)
}

/// Takes a response out of the trash, back into the list as it was.
/// Errors: [`Error::NotFound`] when there is no response with `id` in the trash.
pub fn restore_response(conn: &Connection, id: ResponseId) -> Result<()> {
    let restored = conn
        .prepare_cached(
            "UPDATE responses SET deleted_on = NULL WHERE id = ?1 AND deleted_on IS NOT NULL",
        )?
        .execute([id.0])?;
    found(restored, id)
}

/// Every response in the trash, the most recently moved first (ties: newest response first).
pub fn list_trash(conn: &Connection) -> Result<Vec<TrashedResponse>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, title, document, status, deleted_on FROM responses
         WHERE deleted_on IS NOT NULL ORDER BY deleted_on DESC, id DESC",
    )?;
    let rows = stmt.query_and_then([], trashed_row)?;
    rows.collect()
}

/// Deletes every response in the trash for good, all or none; returns how many there were.
pub fn empty_trash(conn: &Connection) -> Result<usize> {
    writing(conn, || {
        Ok(conn
            .prepare_cached("DELETE FROM responses WHERE deleted_on IS NOT NULL")?
            .execute([])?)
    })
}

/// Deletes for good every response that has been in the trash for [`TRASH_DAYS`] days or more
/// on `today`, all or none; returns how many there were.
pub fn purge_trash(conn: &Connection, today: NaiveDate) -> Result<usize> {
    let Some(cutoff) = today.checked_sub_days(Days::new(TRASH_DAYS)) else {
        return Ok(0);
    };
    // Stored dates are four-digit years, compared as text.
    let cutoff = cutoff.min(NaiveDate::from_ymd_opt(9999, 12, 31).expect("a valid date"));
    writing(conn, || {
        Ok(conn
            .prepare_cached("DELETE FROM responses WHERE deleted_on <= ?1")?
            .execute([iso(cutoff)])?)
    })
}

fn found(rows: usize, id: ResponseId) -> Result<()> {
    match rows {
        0 => Err(Error::NotFound(id.0)),
        _ => Ok(()),
    }
}

fn trashed_row(row: &Row<'_>) -> Result<TrashedResponse> {
    let id: i64 = row.get(0)?;
    let field = |column: &'static str| move || format!("responses[{id}].{column}");
    let deleted_on = read_date(&row.get::<_, String>(4)?, field("deleted_on"))?;
    Ok(TrashedResponse {
        id: ResponseId(id),
        title: row.get(1)?,
        document: read_word(&row.get::<_, String>(2)?, field("document"))?,
        status: read_word(&row.get::<_, String>(3)?, field("status"))?,
        deleted_on,
        purge_on: deleted_on
            .checked_add_days(Days::new(TRASH_DAYS))
            .unwrap_or(NaiveDate::MAX),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{
        create_response, delete_response, duplicate_response, list_responses, open_in_memory,
        read_response,
    };
    use crate::Response;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 11, day).unwrap()
    }

    fn titled(conn: &Connection, title: &str) -> ResponseId {
        let mut r = Response::new(DocumentKind::Letter, &["Sent.".into()]);
        r.inspection.title = title.into();
        r.status = Status::Signed;
        create_response(conn, &r).unwrap()
    }

    /// Signed letters titled "a", "b", … one for each of `moved_on`: the day in November it
    /// was moved to the trash, or `None` to keep it in the list.
    fn some_trashed<const N: usize>(
        conn: &Connection,
        moved_on: [Option<u32>; N],
    ) -> [ResponseId; N] {
        let titles = ('a'..).map(String::from);
        let ids = titles.zip(moved_on).map(|(title, day)| {
            let id = titled(conn, &title);
            if let Some(day) = day {
                trash_response(conn, id, d(day)).unwrap();
            }
            id
        });
        let ids: Vec<ResponseId> = ids.collect();
        ids.try_into().unwrap()
    }

    fn listed(conn: &Connection) -> Vec<ResponseId> {
        let list = list_responses(conn, d(1)).unwrap();
        list.iter().map(|s| s.id).collect()
    }

    fn trashed(conn: &Connection) -> Vec<ResponseId> {
        list_trash(conn).unwrap().iter().map(|t| t.id).collect()
    }

    fn rows(conn: &Connection, table: &str) -> i64 {
        let sql = format!("SELECT count(*) FROM {table}");
        conn.query_row(&sql, [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn a_trashed_response_leaves_the_list_keeps_its_content_and_comes_back() {
        let conn = open_in_memory().unwrap();
        let (a, b) = (titled(&conn, "a"), titled(&conn, "b"));
        let before = read_response(&conn, a).unwrap();

        trash_response(&conn, a, d(12)).unwrap();
        assert_eq!(listed(&conn), [b]);
        assert_eq!(read_response(&conn, a).unwrap(), before);
        assert_eq!(
            list_trash(&conn).unwrap(),
            [TrashedResponse {
                id: a,
                title: "a".into(),
                document: DocumentKind::Letter,
                status: Status::Signed,
                deleted_on: d(12),
                purge_on: NaiveDate::from_ymd_opt(2024, 12, 12).unwrap(),
            }]
        );

        restore_response(&conn, a).unwrap();
        assert_eq!(listed(&conn), [a, b]);
        assert_eq!(trashed(&conn), []);
        assert_eq!(read_response(&conn, a).unwrap(), before);
    }

    #[test]
    fn the_trash_lists_the_most_recently_moved_first() {
        let conn = open_in_memory().unwrap();
        let [a, b, c, kept] = some_trashed(&conn, [Some(12), Some(3), Some(12), None]);
        assert_eq!(trashed(&conn), [c, a, b]);
        assert_eq!(listed(&conn), [kept]);
    }

    #[test]
    fn emptying_the_trash_deletes_only_what_is_in_it_for_good() {
        let conn = open_in_memory().unwrap();
        let [a, b, kept] = some_trashed(&conn, [Some(1), Some(2), None]);
        assert_eq!(rows(&conn, "checklist"), 3);

        assert_eq!(empty_trash(&conn).unwrap(), 2);
        assert_eq!(trashed(&conn), []);
        assert_eq!(listed(&conn), [kept]);
        assert!(matches!(read_response(&conn, a), Err(Error::NotFound(_))));
        assert!(matches!(
            restore_response(&conn, b),
            Err(Error::NotFound(_))
        ));
        assert_eq!(
            rows(&conn, "checklist"),
            1,
            "children go with their response"
        );
        assert_eq!(empty_trash(&conn).unwrap(), 0);
    }

    #[test]
    fn after_thirty_days_in_the_trash_a_response_is_deleted_for_good() {
        let conn = open_in_memory().unwrap();
        let [old, recent, kept] = some_trashed(&conn, [Some(1), Some(2), None]);
        let first = list_trash(&conn).unwrap();
        assert_eq!(
            first[1].purge_on,
            NaiveDate::from_ymd_opt(2024, 12, 1).unwrap()
        );

        assert_eq!(
            purge_trash(&conn, d(30)).unwrap(),
            0,
            "29 days: still there"
        );
        assert_eq!(trashed(&conn), [recent, old]);
        assert_eq!(purge_trash(&conn, first[1].purge_on).unwrap(), 1);
        assert_eq!(trashed(&conn), [recent]);
        assert!(matches!(read_response(&conn, old), Err(Error::NotFound(_))));
        assert_eq!(listed(&conn), [kept], "nothing outside the trash goes");
        assert_eq!(purge_trash(&conn, NaiveDate::MIN).unwrap(), 0);
        assert_eq!(purge_trash(&conn, NaiveDate::MAX).unwrap(), 1);
        assert_eq!(listed(&conn), [kept]);
    }

    #[test]
    fn a_failure_while_emptying_keeps_the_whole_trash() {
        let conn = open_in_memory().unwrap();
        let [a, b] = some_trashed(&conn, [Some(1), Some(1)]);
        conn.execute_batch(
            "CREATE TEMP TRIGGER boom BEFORE DELETE ON responses WHEN OLD.title = 'b'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
        )
        .unwrap();
        assert!(empty_trash(&conn).is_err());
        assert_eq!(trashed(&conn), [b, a]);
        assert_eq!(rows(&conn, "checklist"), 2);
    }

    #[test]
    fn a_trashed_response_can_be_deleted_for_good_or_duplicated() {
        let conn = open_in_memory().unwrap();
        let [a, b] = some_trashed(&conn, [Some(1), Some(1)]);
        delete_response(&conn, a).unwrap();
        assert_eq!(trashed(&conn), [b]);

        let copy = duplicate_response(&conn, b).unwrap();
        assert_eq!(listed(&conn), [copy], "a copy starts outside the trash");
    }

    #[test]
    fn missing_or_misplaced_ids_are_not_found() {
        let conn = open_in_memory().unwrap();
        let a = titled(&conn, "a");
        let missing = ResponseId(42);
        let not_found = |r: Result<()>, n: i64| matches!(r, Err(Error::NotFound(m)) if m == n);
        assert!(not_found(trash_response(&conn, missing, d(1)), 42));
        assert!(not_found(restore_response(&conn, missing), 42));
        assert!(
            not_found(restore_response(&conn, a), a.0),
            "not in the trash"
        );

        trash_response(&conn, a, d(1)).unwrap();
        assert!(
            not_found(trash_response(&conn, a, d(2)), a.0),
            "already in the trash"
        );
        assert_eq!(list_trash(&conn).unwrap()[0].deleted_on, d(1));
    }

    #[test]
    fn a_corrupted_trash_date_is_an_error_naming_the_column() {
        let conn = open_in_memory().unwrap();
        let a = titled(&conn, "a");
        conn.execute_batch(
            "PRAGMA ignore_check_constraints = ON;
             UPDATE responses SET deleted_on = 'yesterday';",
        )
        .unwrap();
        let err = list_trash(&conn).unwrap_err();
        let field = format!("responses[{a}].deleted_on");
        assert!(
            matches!(&err, Error::Invalid { field: f, .. } if *f == field),
            "{err}"
        );
    }
}

//! When a response entered each status: Draft → Ready for signature → Signed → Published, each
//! with its date. [`save_response`](super::save_response) records the day whenever a save
//! changes the status; only the latest day each status was entered is kept, and the status a
//! response was created or imported with has no date.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::Serialize;

use super::{iso, read_date, read_word, reading, ResponseId};
use crate::{Error, Result, Status};

/// The latest day a response entered a status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StatusDate {
    /// The status entered.
    pub status: Status,
    /// The day it was entered, the latest time it was.
    pub on: NaiveDate,
}

/// The dates a response entered its statuses, in the order Draft → Published; a status never
/// entered by a save is left out. Errors: [`Error::NotFound`] when there is no response with
/// `id` (one in the trash has its dates).
pub fn status_dates(conn: &Connection, id: ResponseId) -> Result<Vec<StatusDate>> {
    reading(conn, || {
        conn.prepare_cached("SELECT 1 FROM responses WHERE id = ?1")?
            .query([id.0])?
            .next()?
            .ok_or(Error::NotFound(id.0))?;
        let mut stmt = conn.prepare_cached(
            "SELECT status, changed_on FROM status_changes WHERE response_id = ?1",
        )?;
        let field = |column: &'static str| move || format!("status_changes[{id}].{column}");
        let mut dates = stmt
            .query_and_then([id.0], |row| {
                Ok(StatusDate {
                    status: read_word(&row.get::<_, String>(0)?, field("status"))?,
                    on: read_date(&row.get::<_, String>(1)?, field("changed_on"))?,
                })
            })?
            .collect::<Result<Vec<_>>>()?;
        dates.sort_by_key(|d| Status::ALL.iter().position(|s| *s == d.status));
        Ok(dates)
    })
}

/// Records that response `id` entered `status` on `today`, replacing an earlier day.
pub(super) fn record(
    conn: &Connection,
    id: ResponseId,
    status: Status,
    today: NaiveDate,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO status_changes (response_id, status, changed_on) VALUES (?1, ?2, ?3)
         ON CONFLICT (response_id, status) DO UPDATE SET changed_on = excluded.changed_on",
    )?
    .execute(params![id.0, status.as_str(), iso(today)])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{
        create_response, delete_response, duplicate_response, open_in_memory, read_response,
        save_response, trash_response,
    };
    use crate::{DocumentKind, Response};

    fn noon(day: NaiveDate) -> chrono::NaiveDateTime {
        day.and_hms_opt(12, 0, 0).unwrap()
    }

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 11, day).unwrap()
    }

    fn with_status(r: &Response, status: Status) -> Response {
        Response {
            status,
            ..r.clone()
        }
    }

    fn dated(list: &[(Status, u32)]) -> Vec<StatusDate> {
        let date = |&(status, day): &(Status, u32)| StatusDate { status, on: d(day) };
        list.iter().map(date).collect()
    }

    #[test]
    fn a_save_that_changes_the_status_records_the_day() {
        let conn = open_in_memory().unwrap();
        let draft = Response::new(DocumentKind::Form, &[]);
        let id = create_response(&conn, &draft).unwrap();
        assert_eq!(
            status_dates(&conn, id).unwrap(),
            [],
            "created: no date known"
        );

        let mut edited = draft.clone();
        edited.key_findings = "Found.".into();
        save_response(&conn, id, &edited, noon(d(4))).unwrap();
        assert_eq!(read_response(&conn, id).unwrap(), edited);
        assert_eq!(
            status_dates(&conn, id).unwrap(),
            [],
            "same status: nothing recorded"
        );

        for (status, day) in [(Status::Ready, 5), (Status::Ready, 6), (Status::Signed, 12)] {
            save_response(&conn, id, &with_status(&edited, status), noon(d(day))).unwrap();
        }
        save_response(
            &conn,
            id,
            &with_status(&edited, Status::Published),
            noon(d(19)),
        )
        .unwrap();
        let expected = [
            (Status::Ready, 5),
            (Status::Signed, 12),
            (Status::Published, 19),
        ];
        assert_eq!(status_dates(&conn, id).unwrap(), dated(&expected));
        assert_eq!(read_response(&conn, id).unwrap().status, Status::Published);
    }

    #[test]
    fn entering_a_status_again_keeps_its_latest_day_in_status_order() {
        let conn = open_in_memory().unwrap();
        let draft = Response::new(DocumentKind::Letter, &[]);
        let id = create_response(&conn, &draft).unwrap();
        let steps = [
            (Status::Signed, 2),
            (Status::Ready, 3),
            (Status::Draft, 4),
            (Status::Ready, 9),
        ];
        for (status, day) in steps {
            save_response(&conn, id, &with_status(&draft, status), noon(d(day))).unwrap();
        }
        let expected = [(Status::Draft, 4), (Status::Ready, 9), (Status::Signed, 2)];
        assert_eq!(status_dates(&conn, id).unwrap(), dated(&expected));
    }

    #[test]
    fn dates_belong_to_their_response_and_go_with_it() {
        let conn = open_in_memory().unwrap();
        let draft = Response::new(DocumentKind::Form, &[]);
        let (a, b) = (
            create_response(&conn, &draft).unwrap(),
            create_response(&conn, &draft).unwrap(),
        );
        save_response(&conn, a, &with_status(&draft, Status::Signed), noon(d(7))).unwrap();
        assert_eq!(status_dates(&conn, b).unwrap(), []);

        let copy = duplicate_response(&conn, a).unwrap();
        assert_eq!(
            status_dates(&conn, copy).unwrap(),
            [],
            "a copy has no dates"
        );

        trash_response(&conn, a, d(8)).unwrap();
        assert_eq!(
            status_dates(&conn, a).unwrap(),
            dated(&[(Status::Signed, 7)])
        );
        delete_response(&conn, a).unwrap();
        let left: i64 = conn
            .query_row("SELECT count(*) FROM status_changes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 0);
        assert!(matches!(status_dates(&conn, a), Err(Error::NotFound(_))));
    }

    #[test]
    fn a_failed_save_records_no_date() {
        let conn = open_in_memory().unwrap();
        let draft = Response::new(DocumentKind::Form, &[]);
        let id = create_response(&conn, &draft).unwrap();
        conn.execute_batch(
            "CREATE TEMP TRIGGER boom BEFORE INSERT ON checklist WHEN NEW.item = 'boom'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
        )
        .unwrap();
        let mut broken = with_status(&draft, Status::Ready);
        broken.checklist.push(crate::ChecklistEntry::new("boom"));
        assert!(save_response(&conn, id, &broken, noon(d(1))).is_err());
        assert_eq!(read_response(&conn, id).unwrap(), draft);
        assert_eq!(status_dates(&conn, id).unwrap(), []);
    }

    #[test]
    fn missing_ids_are_not_found() {
        let conn = open_in_memory().unwrap();
        let draft = Response::new(DocumentKind::Form, &[]);
        let saved = save_response(&conn, ResponseId(42), &draft, noon(d(1)));
        assert!(matches!(saved, Err(Error::NotFound(42))));
        assert!(matches!(
            status_dates(&conn, ResponseId(42)),
            Err(Error::NotFound(42))
        ));
        let none: i64 = conn
            .query_row("SELECT count(*) FROM responses", [], |r| r.get(0))
            .unwrap();
        assert_eq!(none, 0);
    }
}

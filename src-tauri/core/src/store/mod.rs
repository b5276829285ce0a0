//! The local database: every response and the office settings, kept in one SQLite file in
//! the user's data folder. This module owns the schema and all of the app's SQL; everything
//! above it deals in [`Response`](crate::Response) and [`Office`](crate::Office) values.
//!
//! Plain lists of text (forces, addressees, the office's address) are kept as JSON array text
//! in their row; lists of records (grades, items, checklist) have tables of their own. Enum
//! values are stored in the response file's spellings and dates as ISO text `YYYY-MM-DD`, so
//! the database can be read with any SQLite tool.
//!
//! A deleted response first goes to the trash ([`trash_response`]), from which it can be
//! restored; only [`delete_response`] and [`empty_trash`] remove it for good.

mod archive;
mod backup;
mod migrations;
mod office;
mod progress;
mod responses;
mod search;
mod settings;
mod startup;
mod status_dates;
mod takeback;
mod tracking;
mod trash;
mod versions;

use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::{Error, Result};

pub use archive::{
    import_archive, ArchiveImported, ArchiveProgress, ArchiveRefused, ArchiveSummary,
};
pub use backup::{
    backup_automatically, backup_due, backup_to, check_health, inspect_backup,
    inspect_chosen_backup, list_backups, move_aside, newest_good_backup, restore_backup,
    suggested_backup_name, BackupChoice, BackupContents, BackupFile, Health, BACKUP_EVERY,
};
pub use migrations::SCHEMA_VERSION;
pub use office::{read_office, read_office_or_unset, write_office};
pub use progress::{progress_report, record_progress_report};
use responses::save_response_only;
pub use responses::{
    create_response, delete_response, duplicate_response, list_responses, read_response,
    save_response, start_response, update_response, ResponseId, ResponseSummary,
};
pub use search::{earlier_like, search, EarlierText, Passage, SearchHit};
pub use settings::{read_settings, write_settings, Settings, MOST_BACKUPS_KEPT};
pub use startup::{open_at_startup, Damaged};
pub use status_dates::{status_dates, StatusDate};
pub use takeback::{take_back, BEFORE_TAKING_BACK};
pub use tracking::{
    carry_forward, carry_forward_candidates, compliance, edit_tracking, link_of, record_update,
    section_55_of, tracked_item, tracker, CarryCandidate, CarryChoice, Compliance, ComplianceRow,
    Count, DueFilter, ItemAt, LatestUpdate, TrackedItem, TrackerCounts, TrackerFilter,
    TrackerInspection, TrackerPage, TrackerRow, TrackingEdit,
};
pub use trash::{
    empty_trash, list_trash, purge_trash, restore_response, trash_response, TrashedResponse,
    TRASH_DAYS,
};
pub use versions::{
    list_versions, read_version, record_export, restore_version, Version, VersionId, VersionKind,
    SNAPSHOT_EVERY,
};

/// How long a statement waits for another connection's write to finish before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens (creating if need be) the database at `path` and brings its schema up to date.
///
/// Errors: [`Error::NewerDatabase`] when a newer version of the app made the database, which
/// is then left exactly as it was; [`Error::Database`] when the file cannot be opened or is
/// not a database.
pub fn open(path: &Path) -> Result<Connection> {
    configure(Connection::open(path)?)
}

/// A new, empty database in memory with the current schema: for tests and previews.
pub fn open_in_memory() -> Result<Connection> {
    configure(Connection::open_in_memory()?)
}

fn configure(conn: Connection) -> Result<Connection> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Before anything that writes: switching to WAL rewrites the file header.
    migrations::refuse_newer(&conn, SCHEMA_VERSION)?;
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA synchronous = NORMAL;
         PRAGMA journal_mode = WAL;",
    )?;
    migrations::migrate(&conn)?;
    Ok(conn)
}

/// Runs `work` as one unit: all of its statements take effect or none do. Outside a
/// transaction it begins one with `behavior`; inside a caller's transaction it is a
/// savepoint, so a failure undoes only `work` and the caller decides about the rest.
fn atomically<T>(
    conn: &Connection,
    behavior: TransactionBehavior,
    work: impl FnOnce() -> Result<T>,
) -> Result<T> {
    if conn.is_autocommit() {
        let tx = Transaction::new_unchecked(conn, behavior)?;
        let out = work()?;
        tx.commit()?;
        return Ok(out);
    }
    conn.execute_batch("SAVEPOINT pcc_store")?;
    let out = work();
    let end = match out {
        Ok(_) => "RELEASE pcc_store",
        Err(_) => "ROLLBACK TO pcc_store; RELEASE pcc_store",
    };
    match (out, conn.execute_batch(end)) {
        (Err(e), _) => Err(e),
        (Ok(_), Err(e)) => Err(e.into()),
        (Ok(value), Ok(())) => Ok(value),
    }
}

/// A write: takes the database's write lock at once, so it never fails half way for lack of it.
fn writing<T>(conn: &Connection, work: impl FnOnce() -> Result<T>) -> Result<T> {
    atomically(conn, TransactionBehavior::Immediate, work)
}

/// A read of several statements that must see one state of the database.
fn reading<T>(conn: &Connection, work: impl FnOnce() -> Result<T>) -> Result<T> {
    atomically(conn, TransactionBehavior::Deferred, work)
}

/// A date as stored.
fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// How times are stored: local time, to the second, as SQLite's `datetime()` writes them.
const STORED_TIME: &str = "%Y-%m-%d %H:%M:%S";

/// A time as stored.
fn iso_time(time: chrono::NaiveDateTime) -> String {
    time.format(STORED_TIME).to_string()
}

/// Reads a stored time; `field` names the column for the error.
fn read_time(text: &str, field: impl FnOnce() -> String) -> Result<chrono::NaiveDateTime> {
    chrono::NaiveDateTime::parse_from_str(text, STORED_TIME).map_err(|_| {
        Error::invalid(
            field(),
            format!("expected a time like 2024-09-24 14:05:00, found {text:?}"),
        )
    })
}

/// A list of text as stored: a JSON array.
fn json_list(list: &[String]) -> String {
    serde_json::Value::from(list).to_string()
}

/// Reads a stored date; `field` names the column for the error.
fn read_date(text: &str, field: impl FnOnce() -> String) -> Result<NaiveDate> {
    match text.parse() {
        Ok(date) if text.len() == 10 => Ok(date),
        _ => Err(Error::invalid(
            field(),
            format!("expected a date like 2024-09-24, found {text:?}"),
        )),
    }
}

/// Reads a stored list of text.
fn read_list(text: &str, field: impl FnOnce() -> String) -> Result<Vec<String>> {
    serde_json::from_str(text).map_err(|_| {
        Error::invalid(
            field(),
            format!("expected a JSON list of text, found {text:?}"),
        )
    })
}

/// A value stored as a word: an enum, in the response or office file's spelling.
trait Word: Sized {
    /// Reads the stored spelling.
    fn parse(text: &str) -> Option<Self>;
    /// Every spelling, quoted, for an error message.
    fn expected() -> String;
}

/// Implements [`Word`] by the type's own `parse` and `expected`.
macro_rules! word {
    ($($ty:ty),*) => {$(
        impl Word for $ty {
            fn parse(text: &str) -> Option<Self> {
                <$ty>::parse(text)
            }
            fn expected() -> String {
                <$ty>::expected()
            }
        }
    )*};
}

word!(
    crate::DocumentKind,
    crate::Status,
    crate::InspectionType,
    crate::Grade,
    crate::ItemStatus,
    crate::Rag,
    crate::ItemKind
);

/// Reads a stored enum value by its file spelling; `field` names the column for the error.
fn read_word<T: Word>(text: &str, field: impl FnOnce() -> String) -> Result<T> {
    T::parse(text).ok_or_else(|| {
        Error::invalid(
            field(),
            format!("expected one of {}, found {text:?}", T::expected()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_are_read_strictly_and_errors_name_the_field() {
        let day = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
        assert_eq!(read_date(&iso(day), || "d".into()).unwrap(), day);
        for bad in ["2024-2-29", "2023-02-29", "29/02/2024", "", "+2024-02-29"] {
            let err = read_date(bad, || "responses[3].published".into()).unwrap_err();
            assert!(
                err.to_string().starts_with("responses[3].published: "),
                "{err}"
            );
        }
        let list = vec!["Norfolk".to_string(), "\"Suffolk\" 🚓".to_string()];
        assert_eq!(read_list(&json_list(&list), || "l".into()).unwrap(), list);
        assert!(read_list("[1, 2]", || "l".into()).is_err());
        let err = read_word::<crate::Status>("Draft", || "s".into()).unwrap_err();
        assert!(err.to_string().contains("\"draft\""), "{err}");
    }
}

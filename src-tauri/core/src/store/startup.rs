//! Opening the database when the app starts: a damaged file is found before anything is
//! written to it, moved aside (never deleted) and the newest good backup offered in its
//! place; responses that have been in the trash for 30 days go for good.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::Connection;
use serde::Serialize;

use super::backup::{check_health, move_aside, newest_good_backup, BackupContents, Health};
use crate::Result;

/// A damaged database found at start-up, and what can be done about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Damaged {
    /// Where the damaged file was moved, to be kept.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub moved_to: PathBuf,
    /// What SQLite found wrong with it.
    pub problem: String,
    /// The newest backup that can be read, offered in its place.
    pub newest_backup: Option<BackupContents>,
}

/// Opens the database at `path` for the app, `now` being the computer's time, with backups
/// in `backups`. A damaged database is moved aside and an empty one opened in its place;
/// the returned [`Damaged`] says so. Errors: those of [`open`](super::open), among them a
/// database from a newer version, which is left as it is.
pub fn open_at_startup(
    path: &Path,
    backups: &Path,
    now: NaiveDateTime,
) -> Result<(Connection, Option<Damaged>)> {
    let damaged = match check_health(path)? {
        Health::Damaged(problem) => Some(Damaged {
            moved_to: move_aside(path, now)?,
            problem,
            newest_backup: newest_good_backup(backups, now.date())?,
        }),
        Health::Missing | Health::Good => None,
    };
    let conn = super::open(path)?;
    super::purge_trash(&conn, now.date())?;
    Ok((conn, damaged))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{backup_automatically, create_response, list_trash, trash_response};
    use crate::{DocumentKind, Response};

    #[test]
    fn a_damaged_database_is_replaced_by_an_empty_one_and_a_backup_offered() {
        let dir = tempfile::tempdir().unwrap();
        let (path, backups) = (dir.path().join("db.sqlite3"), dir.path().join("backups"));
        let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let (conn, damaged) = open_at_startup(&path, &backups, now).unwrap();
        assert_eq!(damaged, None, "a first start");
        let id = create_response(&conn, &Response::new(DocumentKind::Form, &[])).unwrap();
        create_response(&conn, &Response::new(DocumentKind::Letter, &[])).unwrap();
        trash_response(&conn, id, now.date() - chrono::Days::new(30)).unwrap();
        backup_automatically(&conn, &backups, now, 14).unwrap();
        drop(conn);

        let (conn, damaged) = open_at_startup(&path, &backups, now).unwrap();
        assert_eq!(damaged, None);
        assert_eq!(list_trash(&conn).unwrap(), [], "30 days in the trash: gone");
        drop(conn);

        std::fs::write(&path, b"scribbled over by something").unwrap();
        let (conn, damaged) = open_at_startup(&path, &backups, now).unwrap();
        let damaged = damaged.expect("damage reported");
        assert_eq!(
            std::fs::read(&damaged.moved_to).unwrap(),
            b"scribbled over by something"
        );
        let offered = damaged.newest_backup.expect("a backup offered");
        assert_eq!(offered.responses.len(), 1);
        assert_eq!(crate::store::list_responses(&conn, now.date()).unwrap(), []);
    }
}

//! The app's own settings, kept in the database beside the responses: one row.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// How the app looks after the officer's work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Settings {
    /// How many automatic backups to keep, from 1 to [`MOST_BACKUPS_KEPT`]; 14 at first.
    pub backups_kept: u32,
}

/// The most automatic backups the app keeps: a year of daily backups.
pub const MOST_BACKUPS_KEPT: u32 = 365;

/// The settings.
pub fn read_settings(conn: &Connection) -> Result<Settings> {
    let backups_kept = conn
        .prepare_cached("SELECT backups_kept FROM settings WHERE id = 1")?
        .query_row([], |row| row.get(0))?;
    Ok(Settings { backups_kept })
}

/// Saves the settings. Errors: [`Error::Invalid`] naming `backups_kept` when it is not from
/// 1 to [`MOST_BACKUPS_KEPT`].
pub fn write_settings(conn: &Connection, settings: &Settings) -> Result<()> {
    let kept = settings.backups_kept;
    if !(1..=MOST_BACKUPS_KEPT).contains(&kept) {
        return Err(Error::invalid(
            "backups_kept",
            format!("keep from 1 to {MOST_BACKUPS_KEPT} backups, not {kept}"),
        ));
    }
    conn.prepare_cached("UPDATE settings SET backups_kept = ?1 WHERE id = 1")?
        .execute([kept])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::open_in_memory;

    #[test]
    fn fourteen_backups_are_kept_until_the_officer_says_otherwise() {
        let conn = open_in_memory().unwrap();
        assert_eq!(read_settings(&conn).unwrap().backups_kept, 14);
        write_settings(&conn, &Settings { backups_kept: 30 }).unwrap();
        assert_eq!(read_settings(&conn).unwrap().backups_kept, 30);
        for bad in [0, 366, u32::MAX] {
            let err = write_settings(&conn, &Settings { backups_kept: bad }).unwrap_err();
            assert!(err.to_string().starts_with("backups_kept: "), "{err}");
        }
        assert_eq!(read_settings(&conn).unwrap().backups_kept, 30);
    }
}

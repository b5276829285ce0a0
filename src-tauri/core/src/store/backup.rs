//! Backups of the database, and what to do when the database is damaged.
//!
//! A backup is made with SQLite's online backup, so it is a consistent copy even while the
//! app writes, and is written beside its target and renamed into place, so a backup file is
//! always whole. Automatic backups live in a folder of their own, named by the time they were
//! made; the newest [`Settings::backups_kept`](super::Settings) are kept. A backup is a plain
//! database file (not WAL), so it can be copied, mailed or opened with any SQLite tool.
//!
//! Restoring reads the backup into memory, brings its schema up to date and checks it before
//! it replaces anything; the database as it was is first saved as a backup of its own.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags, MAIN_DB};
use serde::{Deserialize, Serialize};

use super::{list_responses, list_trash, ResponseSummary};
use crate::handed::{FileToken, HandedOut, Purpose};
use crate::{Error, Result};

/// How often the app backs up on its own while it runs (and at each start).
pub const BACKUP_EVERY: TimeDelta = TimeDelta::hours(24);

/// Automatic backups: `pcc-response-backup-2026-11-23-081500.sqlite3`.
const AUTOMATIC: &str = "pcc-response-backup-";
/// The database as it was before a restore replaced it.
const BEFORE_RESTORE: &str = "pcc-response-before-restore-";
const STAMP: &str = "%Y-%m-%d-%H%M%S";
const EXTENSION: &str = ".sqlite3";

/// A backup in the app's backup folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupFile {
    /// Its name in the backups folder: how the window chooses it.
    pub name: String,
    /// Where it is; never sent to the window.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub path: PathBuf,
    /// When it was made, in the computer's local time.
    pub made_at: NaiveDateTime,
    /// Whether it was made just before a restore, rather than on the app's schedule.
    pub before_restore: bool,
    /// Its size in bytes.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub size: u64,
}

/// What a backup holds, read before anything is replaced by it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BackupContents {
    /// The backup file, to be shown to the officer; never sent back.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub path: PathBuf,
    /// How the window asks for this backup to be restored.
    pub choice: BackupChoice,
    /// When it was made, when its name says so.
    pub made_at: Option<NaiveDateTime>,
    /// The schema version it was made with.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub schema_version: i64,
    /// The office's area, if the office was set up.
    pub office: Option<String>,
    /// Its responses outside the trash, soonest deadline first.
    pub responses: Vec<ResponseSummary>,
    /// How many responses are in its trash.
    pub in_trash: usize,
}

/// A backup as the window names it: by its name in the backups folder, or by the token it
/// was handed when the officer chose the file in a dialog. Never by a path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum BackupChoice {
    /// A backup in the backups folder, by its file name.
    Kept(String),
    /// A file chosen in the dialog.
    Chosen(FileToken),
}

impl BackupChoice {
    /// The backup file chosen: a name must be one of the backups listed in `folder`, and a
    /// token one handed out for a chosen backup, or nothing is read.
    /// Errors: [`Error::NotOffered`].
    pub fn path(&self, folder: &Path, handed: &HandedOut) -> Result<PathBuf> {
        match self {
            BackupChoice::Chosen(token) => handed.path(*token, Purpose::ChosenBackup),
            BackupChoice::Kept(name) => list_backups(folder)?
                .into_iter()
                .find(|b| &b.name == name)
                .map(|b| b.path)
                .ok_or_else(|| Error::NotOffered(format!("The backup \"{name}\""))),
        }
    }
}

/// The name to suggest for a backup the officer makes with "Back up now" at `now`.
pub fn suggested_backup_name(now: NaiveDateTime) -> String {
    format!(
        "PCC Response backup {}{EXTENSION}",
        now.format("%Y-%m-%d %H%M")
    )
}

/// How the database file was found at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// There is no database yet.
    Missing,
    /// It opens and SQLite's check finds nothing wrong.
    Good,
    /// It cannot be used; the text says what SQLite found.
    Damaged(String),
}

/// Writes a consistent copy of the database to `target`, replacing it; nothing is left at
/// `target` when it fails.
pub fn backup_to(conn: &Connection, target: &Path) -> Result<()> {
    let temp = target.with_file_name(format!(
        ".{}.{}.partial",
        target.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id()
    ));
    let written = copy_to(conn, &temp)
        .and_then(|()| std::fs::rename(&temp, target).map_err(|e| Error::io(target, e)));
    if written.is_err() {
        remove_database_files(&temp);
    }
    written
}

/// An automatic backup into `folder`, made at `now`, then all but the newest `keep`
/// automatic backups removed. Returns the new backup, or `None` when the database holds
/// nothing yet (so that an empty database never pushes a good backup out).
pub fn backup_automatically(
    conn: &Connection,
    folder: &Path,
    now: NaiveDateTime,
    keep: u32,
) -> Result<Option<PathBuf>> {
    if is_empty(conn)? {
        return Ok(None);
    }
    let target = make_folder(folder)?.join(file_name(AUTOMATIC, now));
    backup_to(conn, &target)?;
    let automatic = list_backups(folder)?
        .into_iter()
        .filter(|b| !b.before_restore);
    for old in automatic.skip(keep.max(1) as usize) {
        std::fs::remove_file(&old.path).map_err(|e| Error::io(&old.path, e))?;
    }
    Ok(Some(target))
}

/// Whether an automatic backup is due at `now`: none made yet, or the newest is
/// [`BACKUP_EVERY`] old.
pub fn backup_due(folder: &Path, now: NaiveDateTime) -> Result<bool> {
    let newest = list_backups(folder)?
        .into_iter()
        .find(|b| !b.before_restore);
    Ok(newest.is_none_or(|b| now - b.made_at >= BACKUP_EVERY))
}

/// The backups in `folder` that the app made, newest first; none when there is no folder.
pub fn list_backups(folder: &Path) -> Result<Vec<BackupFile>> {
    let entries = match std::fs::read_dir(folder) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        entries => entries.map_err(|e| Error::io(folder, e))?,
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(folder, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((made_at, before_restore)) = made_at(&name) else {
            continue;
        };
        let size = entry
            .metadata()
            .map_err(|e| Error::io(&entry.path(), e))?
            .len();
        found.push(BackupFile {
            path: entry.path(),
            name,
            made_at,
            before_restore,
            size,
        });
    }
    found.sort_by(|a, b| (b.made_at, &b.path).cmp(&(a.made_at, &a.path)));
    Ok(found)
}

/// Reads what the backup at `path` holds, with deadlines as on `today`, changing nothing.
/// Errors: [`Error::NotADatabase`] when it is not a PCC Response database or is damaged;
/// [`Error::NewerDatabase`] when a newer version of the app made it.
pub fn inspect_backup(path: &Path, today: NaiveDate) -> Result<BackupContents> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    inspect(path, BackupChoice::Kept(name.into_owned()), today)
}

/// Reads what the backup the officer chose in a dialog holds, handing out the token by which
/// the window may then ask to restore it.
pub fn inspect_chosen_backup(
    path: &Path,
    handed: &HandedOut,
    today: NaiveDate,
) -> Result<BackupContents> {
    let mut contents = inspect(path, BackupChoice::Kept(String::new()), today)?;
    contents.choice = BackupChoice::Chosen(handed.hand_out(path, Purpose::ChosenBackup));
    Ok(contents)
}

fn inspect(path: &Path, choice: BackupChoice, today: NaiveDate) -> Result<BackupContents> {
    let (conn, schema_version) = load(path)?;
    let office = super::read_office(&conn)?.map(|o| o.area);
    Ok(BackupContents {
        path: path.to_path_buf(),
        choice,
        made_at: path
            .file_name()
            .and_then(|n| made_at(&n.to_string_lossy()))
            .map(|(at, _)| at),
        schema_version,
        office,
        responses: list_responses(&conn, today)?,
        in_trash: list_trash(&conn)?.len(),
    })
}

/// Replaces everything in the database with what the backup at `path` holds, after saving
/// the database as it was into `folder` (returned). The backup is read and checked first:
/// when it cannot be used, the error says why and nothing has changed.
pub fn restore_backup(
    conn: &mut Connection,
    path: &Path,
    folder: &Path,
    now: NaiveDateTime,
) -> Result<PathBuf> {
    let (backup, _) = load(path)?;
    let before = make_folder(folder)?.join(file_name(BEFORE_RESTORE, now));
    backup_to(conn, &before)?;
    Backup::new(&backup, conn)?.run_to_completion(256, std::time::Duration::ZERO, None)?;
    conn.execute_batch("PRAGMA journal_mode = WAL;")?;
    super::migrations::migrate(conn)?;
    Ok(before)
}

/// Checks the database file at `path` without changing it.
/// Errors: [`Error::Io`] when it cannot be read at all (which is not damage).
pub fn check_health(path: &Path) -> Result<Health> {
    if !path.exists() {
        return Ok(Health::Missing);
    }
    let checked = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .and_then(|conn| integrity(&conn));
    match checked {
        Ok(None) => Ok(Health::Good),
        Ok(Some(problem)) => Ok(Health::Damaged(problem)),
        Err(e) if is_damage(&e) => Ok(Health::Damaged(e.to_string())),
        Err(e) => Err(e.into()),
    }
}

/// Moves a damaged database, with its journal files, aside to a name that says so and when,
/// in the same folder; it is never deleted. Returns where the database went.
pub fn move_aside(path: &Path, now: NaiveDateTime) -> Result<PathBuf> {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let aside = path.with_file_name(format!("{stem}.damaged-{}{EXTENSION}", now.format(STAMP)));
    for suffix in ["", "-wal", "-shm"] {
        let from = with_suffix(path, suffix);
        if from.exists() {
            let to = with_suffix(&aside, suffix);
            std::fs::rename(&from, &to).map_err(|e| Error::io(&from, e))?;
        }
    }
    Ok(aside)
}

/// The newest backup in `folder` that can be read, with what it holds.
pub fn newest_good_backup(folder: &Path, today: NaiveDate) -> Result<Option<BackupContents>> {
    Ok(list_backups(folder)?
        .iter()
        .find_map(|b| inspect_backup(&b.path, today).ok()))
}

/// The backup at `path` in memory, its schema brought up to date and checked, with the
/// schema version it had.
fn load(path: &Path) -> Result<(Connection, i64)> {
    let not_usable = |e: rusqlite::Error| match is_damage(&e) {
        true => Error::NotADatabase(path.to_path_buf()),
        false => Error::from(e),
    };
    if !path.is_file() {
        let e = std::io::Error::from(std::io::ErrorKind::NotFound);
        return Err(Error::io(path, e));
    }
    let file = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(not_usable)?;
    let version: i64 = file
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(not_usable)?;
    super::migrations::refuse_newer(&file, super::SCHEMA_VERSION)?;
    let mut memory = Connection::open_in_memory()?;
    Backup::new(&file, &mut memory)?
        .run_to_completion(256, std::time::Duration::ZERO, None)
        .map_err(not_usable)?;
    drop(file);
    if integrity(&memory).map_err(not_usable)?.is_some() {
        return Err(Error::NotADatabase(path.to_path_buf()));
    }
    let is_ours = memory
        .prepare("SELECT 1 FROM sqlite_schema WHERE name = 'responses'")?
        .exists([])?;
    if !is_ours {
        return Err(Error::NotADatabase(path.to_path_buf()));
    }
    memory.execute_batch("PRAGMA foreign_keys = ON;")?;
    super::migrations::migrate(&memory)?;
    Ok((memory, version))
}

/// `None` when SQLite's integrity check finds nothing wrong, otherwise its first complaint.
fn integrity(conn: &Connection) -> rusqlite::Result<Option<String>> {
    let first: String = conn.query_row("PRAGMA integrity_check(1)", [], |row| row.get(0))?;
    Ok((first != "ok").then_some(first))
}

fn is_damage(e: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    matches!(e.sqlite_error_code(), Some(DatabaseCorrupt | NotADatabase))
}

fn is_empty(conn: &Connection) -> Result<bool> {
    Ok(!conn
        .prepare_cached("SELECT 1 FROM responses UNION ALL SELECT 1 FROM office LIMIT 1")?
        .exists([])?)
}

/// Copies the database to a new file at `temp`, as a plain (rollback journal) database,
/// flushed to the disk.
fn copy_to(conn: &Connection, temp: &Path) -> Result<()> {
    remove_database_files(temp);
    conn.backup(MAIN_DB, temp, None::<fn(rusqlite::backup::Progress)>)?;
    let copy = Connection::open(temp)?;
    copy.execute_batch("PRAGMA journal_mode = DELETE;")?;
    drop(copy);
    std::fs::File::open(temp)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(temp, e))
}

fn make_folder(folder: &Path) -> Result<&Path> {
    std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
    Ok(folder)
}

fn file_name(prefix: &str, now: NaiveDateTime) -> String {
    format!("{prefix}{}{EXTENSION}", now.format(STAMP))
}

/// When a backup was made, from its name, and whether it was made before a restore.
fn made_at(name: &str) -> Option<(NaiveDateTime, bool)> {
    let stamp = name.strip_suffix(EXTENSION)?;
    let (stamp, before_restore) = match stamp.strip_prefix(AUTOMATIC) {
        Some(stamp) => (stamp, false),
        None => (stamp.strip_prefix(BEFORE_RESTORE)?, true),
    };
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?;
    Some((at, before_restore))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn remove_database_files(path: &Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let _ = std::fs::remove_file(with_suffix(path, suffix));
    }
}

#[cfg(test)]
mod tests;

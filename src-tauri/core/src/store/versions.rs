//! The history of a response: earlier versions, each a whole response, kept so that any of
//! them can be looked at and brought back.
//!
//! A version is kept at each export, at each change of status and, while the officer types,
//! at most once every [`SNAPSHOT_EVERY`]. Restoring a version first keeps the text as it
//! stands, so a restore can itself be undone by restoring that. Versions go with their
//! response when it is deleted for good.

use chrono::{NaiveDateTime, TimeDelta};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::{read_time, reading, writing, ResponseId};
use crate::{file, Error, Response, Result};

/// While editing, the least time between two kept versions.
pub const SNAPSHOT_EVERY: TimeDelta = TimeDelta::minutes(5);

/// A version's key in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "number"))]
pub struct VersionId(pub i64);

/// Why a version was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum VersionKind {
    /// The text as it was while being edited.
    Edit,
    /// The response as it was saved with a new status; `detail` is the status.
    Status,
    /// The response as it was exported; `detail` is the file's name.
    Export,
    /// An earlier version brought back; `detail` is that version's time.
    Restore,
}

impl VersionKind {
    fn as_str(self) -> &'static str {
        match self {
            VersionKind::Edit => "edit",
            VersionKind::Status => "status",
            VersionKind::Export => "export",
            VersionKind::Restore => "restore",
        }
    }
}

impl super::Word for VersionKind {
    fn parse(text: &str) -> Option<Self> {
        [Self::Edit, Self::Status, Self::Export, Self::Restore]
            .into_iter()
            .find(|k| k.as_str() == text)
    }

    fn expected() -> String {
        "\"edit\", \"status\", \"export\", \"restore\"".into()
    }
}

/// One line of a response's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Version {
    /// Which version.
    pub id: VersionId,
    /// The response it is a version of.
    pub response_id: ResponseId,
    /// When it was kept, in the computer's local time.
    pub saved_at: NaiveDateTime,
    /// Why it was kept.
    pub kind: VersionKind,
    /// The new status, the exported file's name, or the restored version's time.
    pub detail: Option<String>,
}

/// A response's history, newest first. Errors: [`Error::NotFound`] when there is no response
/// with `id` (one in the trash has its history).
pub fn list_versions(conn: &Connection, id: ResponseId) -> Result<Vec<Version>> {
    reading(conn, || {
        exists(conn, id)?;
        let mut stmt = conn.prepare_cached(
            "SELECT id, response_id, saved_at, kind, detail FROM versions
             WHERE response_id = ?1 ORDER BY id DESC",
        )?;
        let rows = stmt.query_and_then([id.0], version_row)?;
        rows.collect()
    })
}

/// The response as it was in `version`. Errors: [`Error::NoVersion`] when there is no such
/// version.
pub fn read_version(conn: &Connection, version: VersionId) -> Result<Response> {
    let content: String = conn
        .prepare_cached("SELECT content FROM versions WHERE id = ?1")?
        .query_row([version.0], |row| row.get(0))
        .optional()?
        .ok_or(Error::NoVersion(version.0))?;
    file::read_response(&content)
}

/// Brings back `version` of response `id` as it was, and returns it. The text as it stood is
/// kept first (when no version holds it yet), and the restore is a version of its own, so it
/// can be undone. A restored status is recorded as a status change on `now`'s day.
///
/// Errors: [`Error::NoVersion`] when `version` is not one of `id`'s; [`Error::NotFound`].
pub fn restore_version(
    conn: &Connection,
    id: ResponseId,
    version: VersionId,
    now: NaiveDateTime,
) -> Result<Response> {
    writing(conn, || {
        let saved_at: String = conn
            .prepare_cached("SELECT saved_at FROM versions WHERE id = ?1 AND response_id = ?2")?
            .query_row(params![version.0, id.0], |row| row.get(0))
            .optional()?
            .ok_or(Error::NoVersion(version.0))?;
        let restored = read_version(conn, version)?;
        let current = super::read_response(conn, id)?;
        keep_unless_kept(conn, id, &current, now)?;
        super::save_response_only(conn, id, &restored, now)?;
        insert(
            conn,
            id,
            now,
            VersionKind::Restore,
            Some(&saved_at),
            &restored,
        )?;
        Ok(restored)
    })
}

/// Keeps the response as exported now, to the file called `file_name`.
/// Errors: [`Error::NotFound`].
pub fn record_export(
    conn: &Connection,
    id: ResponseId,
    now: NaiveDateTime,
    file_name: &str,
) -> Result<()> {
    writing(conn, || {
        let response = super::read_response(conn, id)?;
        insert(
            conn,
            id,
            now,
            VersionKind::Export,
            Some(file_name),
            &response,
        )
    })
}

/// After a save: a version when the status changed, otherwise one when the last is older
/// than [`SNAPSHOT_EVERY`] and differs from `response`.
pub(super) fn after_save(
    conn: &Connection,
    id: ResponseId,
    response: &Response,
    status_changed: bool,
    now: NaiveDateTime,
) -> Result<()> {
    if status_changed {
        let status = response.status.as_str();
        return insert(conn, id, now, VersionKind::Status, Some(status), response);
    }
    match latest(conn, id)? {
        Some((at, _)) if now - at < SNAPSHOT_EVERY => Ok(()),
        Some((_, content)) if content == file::write_response(response) => Ok(()),
        _ => insert(conn, id, now, VersionKind::Edit, None, response),
    }
}

/// Keeps `response` as an edit unless the newest version already holds exactly it.
fn keep_unless_kept(
    conn: &Connection,
    id: ResponseId,
    response: &Response,
    now: NaiveDateTime,
) -> Result<()> {
    match latest(conn, id)? {
        Some((_, content)) if content == file::write_response(response) => Ok(()),
        _ => insert(conn, id, now, VersionKind::Edit, None, response),
    }
}

fn latest(conn: &Connection, id: ResponseId) -> Result<Option<(NaiveDateTime, String)>> {
    let row = conn
        .prepare_cached(
            "SELECT saved_at, content FROM versions WHERE response_id = ?1
             ORDER BY id DESC LIMIT 1",
        )?
        .query_row([id.0], |row| Ok((row.get::<_, String>(0)?, row.get(1)?)))
        .optional()?;
    row.map(|(at, content)| {
        Ok((
            read_time(&at, || format!("versions[{id}].saved_at"))?,
            content,
        ))
    })
    .transpose()
}

/// Keeps `response` as a version of `id`, kept at `now` for the reason `kind` and `detail` say.
pub(super) fn insert(
    conn: &Connection,
    id: ResponseId,
    now: NaiveDateTime,
    kind: VersionKind,
    detail: Option<&str>,
    response: &Response,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO versions (response_id, saved_at, kind, detail, content)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id.0,
        super::iso_time(now),
        kind.as_str(),
        detail,
        file::write_response(response),
    ])?;
    Ok(())
}

fn exists(conn: &Connection, id: ResponseId) -> Result<()> {
    conn.prepare_cached("SELECT 1 FROM responses WHERE id = ?1")?
        .query([id.0])?
        .next()?
        .map(|_| ())
        .ok_or(Error::NotFound(id.0))
}

fn version_row(row: &Row<'_>) -> Result<Version> {
    let id: i64 = row.get(0)?;
    let field = |column: &'static str| move || format!("versions[{id}].{column}");
    Ok(Version {
        id: VersionId(id),
        response_id: ResponseId(row.get(1)?),
        saved_at: read_time(&row.get::<_, String>(2)?, field("saved_at"))?,
        kind: super::read_word(&row.get::<_, String>(3)?, field("kind"))?,
        detail: row.get(4)?,
    })
}

#[cfg(test)]
mod tests;

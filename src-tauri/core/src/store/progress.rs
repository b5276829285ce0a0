//! What the Panel's progress report reads, and the record of each report made. The items of
//! every response in scope are read in two statements (items with their tracking, then
//! their updates up to the report's day), never response by response, so that a report of
//! everything stays quick with thousands of items.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension};

use super::responses::tracking::{tracking_row, COLUMNS};
use super::{iso, iso_time, read_date, read_word, reading, writing, ResponseId};
use crate::dates;
use crate::progress::{build, Gathered, ProgressReport, ReportScope, StoredItem};
use crate::tracking::{ItemKind, ProgressUpdate};
use crate::{Error, Result};

/// The progress report of `scope` as of `as_of`: each item's state on that day, in the
/// order the reports were published. Responses in the trash are left out; drafts are in,
/// since an office tracks a report's items from its publication. `since` is the day of the
/// latest report of the same scope recorded ([`record_progress_report`]) before `as_of`.
///
/// Errors: [`Error::Invalid`] naming `as_of` when it is after `today`; [`Error::NotFound`]
/// when the scope is an inspection with no response (or one in the trash).
pub fn progress_report(
    conn: &Connection,
    as_of: NaiveDate,
    scope: &ReportScope,
    today: NaiveDate,
) -> Result<ProgressReport> {
    if as_of > today {
        return Err(Error::invalid(
            "as_of",
            format!(
                "is {}, which is after today ({}); a progress report gives the position on a \
                 day that has come. Choose today or an earlier day.",
                dates::long(as_of),
                dates::long(today)
            ),
        ));
    }
    reading(conn, || {
        let scope_words = match scope {
            ReportScope::All => "All inspections".to_string(),
            ReportScope::Inspection { id } => conn
                .prepare_cached("SELECT title FROM responses WHERE id = ?1 AND deleted_on IS NULL")?
                .query_row([id.0], |row| row.get(0))
                .optional()?
                .ok_or(Error::NotFound(id.0))?,
            ReportScope::Type { inspection_type } => {
                format!("{} inspections", inspection_type.label())
            }
        };
        let since = conn
            .prepare_cached(
                "SELECT max(as_of) FROM progress_reports WHERE scope = ?1 AND as_of < ?2",
            )?
            .query_row(params![scope.stored(), iso(as_of)], |row| {
                row.get::<_, Option<String>>(0)
            })?
            .map(|d| read_date(&d, || "progress_reports.as_of".into()))
            .transpose()?;
        let gathered = gather(conn, as_of, scope)?;
        Ok(build(as_of, *scope, scope_words, since, today, gathered))
    })
}

/// Records that the report of `scope` as of `as_of` was made at `now`, so that the next
/// report of that scope can say what has closed since. Called when a report is exported.
pub fn record_progress_report(
    conn: &Connection,
    as_of: NaiveDate,
    scope: &ReportScope,
    now: NaiveDateTime,
) -> Result<()> {
    writing(conn, || {
        conn.prepare_cached(
            "INSERT INTO progress_reports (as_of, scope, made_at) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![iso(as_of), scope.stored(), iso_time(now)])?;
        Ok(())
    })
}

/// Which responses a statement reads: `?1` one response's id, `?2` one inspection type,
/// each NULL when not limited by it.
const IN_SCOPE: &str = "r.deleted_on IS NULL AND (?1 IS NULL OR r.id = ?1)
    AND (?2 IS NULL OR r.inspection_type = ?2)";

/// An item's key: its response, whether it is an area for improvement, its position.
type Key = (i64, bool, i64);

/// The items of every response in scope, with their updates up to `as_of`.
fn gather(conn: &Connection, as_of: NaiveDate, scope: &ReportScope) -> Result<Vec<Gathered>> {
    let (id, kind) = match scope {
        ReportScope::All => (None, None),
        ReportScope::Inspection { id } => (Some(id.0), None),
        ReportScope::Type { inspection_type } => (None, Some(inspection_type.as_str())),
    };
    let mut updates = read_updates(conn, as_of, id, kind)?;
    let sql = format!(
        "SELECT r.id, r.title, r.published, i.kind, i.position, i.text,
             EXISTS (SELECT 1 FROM item_updates u WHERE u.response_id = i.response_id
                 AND u.kind = i.kind AND u.position = i.position),
             {COLUMNS}
         FROM responses r
         JOIN items i ON i.response_id = r.id
         LEFT JOIN item_tracking t ON t.response_id = i.response_id AND t.kind = i.kind
             AND t.position = i.position
         WHERE {IN_SCOPE}
         ORDER BY r.published IS NULL, r.published, r.title, r.id,
             i.kind = 'area_for_improvement', i.position"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(params![id, kind])?;
    let mut gathered: Vec<Gathered> = Vec::new();
    // How many items of each kind of the current response are already read.
    let mut counted = [0u32; 2];
    while let Some(row) = rows.next()? {
        let response: i64 = row.get(0)?;
        if gathered.last().is_none_or(|g| g.id.0 != response) {
            let published = row
                .get::<_, Option<String>>(2)?
                .map(|d| read_date(&d, || format!("responses[{response}].published")))
                .transpose()?;
            gathered.push(Gathered {
                id: ResponseId(response),
                title: row.get(1)?,
                published,
                items: Vec::new(),
            });
            counted = [0, 0];
        }
        let kind_text: String = row.get(3)?;
        let kind = ItemKind::parse(&kind_text).ok_or_else(|| {
            Error::invalid(
                format!("items[{response}].kind"),
                format!(
                    "expected one of {}, found {kind_text:?}",
                    ItemKind::expected()
                ),
            )
        })?;
        let position: i64 = row.get(4)?;
        let is_area = kind == ItemKind::AreaForImprovement;
        let mut tracking = tracking_row(row, 7, response)?;
        tracking.updates = updates
            .remove(&(response, is_area, position))
            .unwrap_or_default();
        let index = &mut counted[usize::from(is_area)];
        let item = StoredItem {
            kind,
            position: *index,
            text: row.get(5)?,
            tracking,
            has_updates: row.get(6)?,
        };
        *index += 1;
        if let Some(g) = gathered.last_mut() {
            g.items.push(item);
        }
    }
    Ok(gathered)
}

/// Every update on or before `as_of` of the items in scope, by item, oldest first.
fn read_updates(
    conn: &Connection,
    as_of: NaiveDate,
    id: Option<i64>,
    kind: Option<&str>,
) -> Result<HashMap<Key, Vec<ProgressUpdate>>> {
    let sql = format!(
        "SELECT u.response_id, u.kind, u.position, u.date, u.reported_by, u.action, u.evidence,
             u.evidence_link, u.status
         FROM item_updates u JOIN responses r ON r.id = u.response_id
         WHERE {IN_SCOPE} AND u.date <= ?3
         ORDER BY u.response_id, u.kind, u.position, u.seq"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(params![id, kind, iso(as_of)])?;
    let mut by_item: HashMap<Key, Vec<ProgressUpdate>> = HashMap::new();
    while let Some(row) = rows.next()? {
        let response: i64 = row.get(0)?;
        let field = |column: &str| format!("item_updates[{response}].{column}");
        let is_area = row.get::<_, String>(1)? == ItemKind::AreaForImprovement.as_str();
        let update = ProgressUpdate {
            date: read_date(&row.get::<_, String>(3)?, || field("date"))?,
            reported_by: row.get(4)?,
            action: row.get(5)?,
            evidence: row.get(6)?,
            evidence_link: row.get(7)?,
            status: read_word(&row.get::<_, String>(8)?, || field("status"))?,
        };
        by_item
            .entry((response, is_area, row.get(2)?))
            .or_default()
            .push(update);
    }
    Ok(by_item)
}

#[cfg(test)]
mod tests;

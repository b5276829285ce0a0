//! Each item's life after the response, kept beside the item: a row of `item_tracking` for
//! every row of `items` and a row of `item_updates` for each progress update, written and read
//! with the response's items (see migration V7). Both go with their item, so that replacing a
//! response's items replaces its tracking too.

use rusqlite::{params, Connection, Row};

use super::super::{iso, read_date, read_word};
use crate::tracking::{ItemLink, ProgressUpdate, Tracking};
use crate::{Error, Response, Result};

/// The item columns the reader of items selects after its own, in this order, from
/// `item_tracking` joined as `t`; all NULL for an item without a tracking row.
pub(in crate::store) const COLUMNS: &str =
    "t.status, t.lead, t.target, t.rag, t.superseded_by, t.carried_from, t.first_raised";

/// Writes the tracking of the item at `position` of `kind` in response `id`: its row of
/// `item_tracking` and a row of `item_updates` for each update. The item's row must be there.
pub(super) fn insert(
    conn: &Connection,
    id: i64,
    kind: &str,
    position: i64,
    tracking: &Tracking,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO item_tracking (response_id, kind, position, lead, target, status, rag,
             superseded_by, carried_from, first_raised)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        id,
        kind,
        position,
        tracking.lead,
        tracking.target.map(iso),
        tracking.status.as_str(),
        tracking.rag.map(|r| r.as_str()),
        tracking.superseded_by.as_ref().map(link_json),
        tracking.carried_from.as_ref().map(link_json),
        tracking.first_raised.map(iso),
    ])?;
    if tracking.updates.is_empty() {
        return Ok(());
    }
    let mut update = conn.prepare_cached(
        "INSERT INTO item_updates (response_id, kind, position, seq, date, reported_by, action,
             evidence, evidence_link, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (seq, u) in (0_i64..).zip(&tracking.updates) {
        update.execute(params![
            id,
            kind,
            position,
            seq,
            iso(u.date),
            u.reported_by,
            u.action,
            u.evidence,
            u.evidence_link,
            u.status.as_str(),
        ])?;
    }
    Ok(())
}

/// An item link as stored: the JSON of [`ItemLink`].
fn link_json(link: &ItemLink) -> String {
    serde_json::to_string(link).expect("an item link is plain JSON")
}

/// The tracking of response `id`'s item from [`COLUMNS`], which start at column `from` of
/// `row`; updates are left for [`read_updates`]. No tracking row reads as
/// [`Tracking::default`].
pub(in crate::store) fn tracking_row(row: &Row<'_>, from: usize, id: i64) -> Result<Tracking> {
    let field = |column: &'static str| move || format!("item_tracking[{id}].{column}");
    let text = |i: usize| row.get::<_, Option<String>>(from + i);
    let Some(status) = text(0)? else {
        return Ok(Tracking::default());
    };
    let date = |i, column| text(i)?.map(|d| read_date(&d, field(column))).transpose();
    let link = |i, column| text(i)?.map(|l| read_link(&l, field(column))).transpose();
    Ok(Tracking {
        lead: text(1)?,
        target: date(2, "target")?,
        status: read_word(&status, field("status"))?,
        rag: text(3)?.map(|r| read_word(&r, field("rag"))).transpose()?,
        superseded_by: link(4, "superseded_by")?,
        carried_from: link(5, "carried_from")?,
        first_raised: date(6, "first_raised")?,
        updates: Vec::new(),
    })
}

/// Reads a stored item link; `field` names the column for the error.
fn read_link(text: &str, field: impl FnOnce() -> String) -> Result<ItemLink> {
    serde_json::from_str(text).map_err(|_| {
        Error::invalid(
            field(),
            format!(
                "expected a link to an item like {{\"inspection\": \"PEEL 2025\", \
                 \"published\": \"2025-06-17\", \"kind\": \"area_for_improvement\", \
                 \"number\": 3}}, found {text:?}"
            ),
        )
    })
}

/// Reads the progress updates of response `id` into its items, which are already read:
/// `positions[k][i]` is the stored position of item `i` of the list `k` (0 for
/// recommendations, 1 for areas for improvement).
pub(super) fn read_updates(
    conn: &Connection,
    id: i64,
    positions: &[Vec<i64>; 2],
    response: &mut Response,
) -> Result<()> {
    let field = |column: &str| format!("item_updates[{id}].{column}");
    let mut stmt = conn.prepare_cached(
        "SELECT kind, position, date, reported_by, action, evidence, evidence_link, status
         FROM item_updates WHERE response_id = ?1 ORDER BY kind, position, seq",
    )?;
    let mut rows = stmt.query([id])?;
    while let Some(row) = rows.next()? {
        let kind: String = row.get(0)?;
        let position: i64 = row.get(1)?;
        let (list, items) = match kind.as_str() {
            super::RECOMMENDATION => (0, &mut response.recommendations),
            super::AREA_FOR_IMPROVEMENT => (1, &mut response.areas_for_improvement),
            _ => return Err(Error::invalid(field("kind"), no_item(&kind, position))),
        };
        let Ok(index) = positions[list].binary_search(&position) else {
            return Err(Error::invalid(field("position"), no_item(&kind, position)));
        };
        let update = ProgressUpdate {
            date: read_date(&row.get::<_, String>(2)?, || field("date"))?,
            reported_by: row.get(3)?,
            action: row.get(4)?,
            evidence: row.get(5)?,
            evidence_link: row.get(6)?,
            status: read_word(&row.get::<_, String>(7)?, || field("status"))?,
        };
        items[index].tracking.updates.push(update);
    }
    Ok(())
}

/// The problem with an update whose item is not there.
fn no_item(kind: &str, position: i64) -> String {
    format!("expected the update of an item of the response, found one for {kind:?} {position}")
}

#[cfg(test)]
mod tests;

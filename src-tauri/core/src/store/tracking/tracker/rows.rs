//! The tracker's page: the text and latest update of each row shown, and the leads and
//! inspections the filter offers, read only for what is on screen.

use rusqlite::{params, Connection};

use super::{fold, LatestUpdate, Line, TrackerInspection, TrackerRow};
use crate::store::{read_date, read_word, ResponseId};
use crate::tracking::{first_raised_words, item_label, plain_short, Tracking};
use crate::{dates, Result};

/// Characters of an item's text a row shows.
const TEXT_CHARS: usize = 200;

/// Characters of the latest update's action a row shows.
const ACTION_CHARS: usize = 120;

/// The row of a line of the page: its text and latest update read now.
pub(super) fn row(conn: &Connection, line: &Line) -> Result<TrackerRow> {
    let at = line.at;
    let keys = params![at.response.0, at.kind.as_str(), at.index];
    let text: String = conn
        .prepare_cached(
            "SELECT text FROM items WHERE response_id = ?1 AND kind = ?2 AND position = ?3",
        )?
        .query_row(keys, |row| row.get(0))?;
    let mut latest = conn.prepare_cached(
        "SELECT date, action, status FROM item_updates
         WHERE response_id = ?1 AND kind = ?2 AND position = ?3
         ORDER BY date DESC, seq DESC LIMIT 1",
    )?;
    let field = |column: &'static str| move || format!("item_updates[{}].{column}", at.response);
    let latest = latest
        .query_and_then(keys, |row| -> Result<LatestUpdate> {
            let date = read_date(&row.get::<_, String>(0)?, field("date"))?;
            Ok(LatestUpdate {
                date,
                date_words: dates::long(date),
                action: plain_short(&row.get::<_, String>(1)?, ACTION_CHARS),
                status: read_word(&row.get::<_, String>(2)?, field("status"))?,
            })
        })?
        .next()
        .transpose()?;
    let raised = Tracking {
        first_raised: line.first_raised,
        ..Default::default()
    };
    Ok(TrackerRow {
        at,
        label: item_label(at.kind, at.index),
        text: plain_short(&text, TEXT_CHARS),
        inspection: line.title.clone(),
        inspection_type: line.inspection_type,
        published: line.published,
        lead: line.lead.clone(),
        target: line.target,
        target_words: line.target.map(dates::long),
        status: line.status,
        status_label: line.status.label().to_string(),
        rag: line.rag.clone(),
        overdue: line.overdue,
        latest,
        first_raised: first_raised_words(at.kind, &raised),
    })
}

/// Every lead named on an item of a response not in the trash, sorted, each once whatever
/// its case (the first spelling met).
pub(super) fn leads(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT trim(t.lead) FROM item_tracking t
         JOIN responses r ON r.id = t.response_id
         WHERE r.deleted_on IS NULL AND trim(coalesce(t.lead, '')) <> ''",
    )?;
    let mut leads = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    leads.sort_by_cached_key(|l| (fold(l), l.clone()));
    leads.dedup_by(|a, b| fold(a) == fold(b));
    Ok(leads)
}

/// Every response not in the trash that has items, newest report first.
pub(super) fn inspections(conn: &Connection) -> Result<Vec<TrackerInspection>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, r.title, r.published FROM responses r
         WHERE r.deleted_on IS NULL
           AND EXISTS (SELECT 1 FROM items i WHERE i.response_id = r.id)
         ORDER BY r.published IS NULL, r.published DESC, r.id DESC",
    )?;
    let rows = stmt.query_and_then([], |row| -> Result<TrackerInspection> {
        let id: i64 = row.get(0)?;
        Ok(TrackerInspection {
            id: ResponseId(id),
            title: row.get(1)?,
            published: row
                .get::<_, Option<String>>(2)?
                .map(|d| read_date(&d, || format!("responses[{id}].published")))
                .transpose()?,
        })
    })?;
    rows.collect()
}

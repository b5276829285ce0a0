//! The tracker: every open item of every response in one list, filtered, counted by status
//! and RAG, overdue first, a page at a time.
//!
//! One query reads what the filter, the counts and the order need of every item (its keys,
//! status, lead, target, RAG and the day of its latest update) from `item_tracking`, which
//! has a row for every item; the RAG suggestion is made in Rust for each. Only the page shown
//! has its text and latest update read.

use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};

mod rows;

use super::ItemAt;
use crate::store::{read_date, read_word, reading, ResponseId};
use crate::tracking::{shown, suggest_from, ItemKind, ItemStatus, Rag, RagShown};
use crate::{InspectionType, Result};
use rows::{inspections, leads, row};

/// The page size when the filter asks for none.
const PAGE_SIZE: u32 = 50;

/// The most rows a page holds, whatever the filter asks.
const MOST_ON_A_PAGE: u32 = 500;

/// Which items the tracker lists. Every field may be left out of the window's JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrackerFilter {
    /// Only the items of this response.
    pub inspection: Option<ResponseId>,
    /// Only the items of reports of this type.
    pub inspection_type: Option<InspectionType>,
    /// Only items with this status; a closed status lists closed items whatever
    /// `include_closed` says.
    pub status: Option<ItemStatus>,
    /// Only items showing this RAG (the officer's, or the suggestion).
    pub rag: Option<Rag>,
    /// Only items with this lead, ignoring case and spaces around it.
    pub lead: Option<String>,
    /// Only items overdue, or due within some days.
    pub due: Option<DueFilter>,
    /// Closed items too (complete, no further action, superseded); open items only when
    /// false.
    pub include_closed: bool,
    /// Which page, from 1 (0 reads as 1; past the last reads as the last).
    pub page: u32,
    /// Rows a page; 0 reads as 50, and at most 500.
    pub page_size: u32,
}

/// Items by when they are due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DueFilter {
    /// Open, with its target date before today.
    Overdue,
    /// Open, with its target date from today to this many days after it, both included.
    Within {
        /// How many days after today.
        days: u32,
    },
}

/// One page of the tracker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrackerPage {
    /// The items the filter holds, counted.
    pub counts: TrackerCounts,
    /// The items of this page, overdue first, then by target date (none last), then by the
    /// report's publication, kind and number.
    pub rows: Vec<TrackerRow>,
    /// How many items the filter holds.
    pub matching: u32,
    /// This page, from 1.
    pub page: u32,
    /// How many pages there are; at least 1.
    pub pages: u32,
    /// Every lead named on an item of a response not in the trash, for the filter: sorted,
    /// each once whatever its case.
    pub leads: Vec<String>,
    /// Every response not in the trash that has items, newest report first, for the filter.
    pub inspections: Vec<TrackerInspection>,
}

/// A response the tracker can be filtered to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrackerInspection {
    /// Which response.
    pub id: ResponseId,
    /// The report's title.
    pub title: String,
    /// The day the report was published.
    pub published: Option<NaiveDate>,
}

/// The items a filter holds, by status and by RAG, every status and rating listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrackerCounts {
    /// How many items.
    pub total: u32,
    /// How many of them are overdue.
    pub overdue: u32,
    /// By status, in the order of [`ItemStatus::ALL`], zeros included.
    pub by_status: Vec<Count<ItemStatus>>,
    /// By the RAG shown, red first, zeros included.
    pub by_rag: Vec<Count<Rag>>,
}

/// How many items have one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Count<T> {
    /// The value counted.
    pub value: T,
    /// How many.
    pub count: u32,
    /// The value in words: "Being progressed".
    pub label: String,
    /// The count in words: "3 being progressed".
    pub words: String,
}

/// One item of the tracker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrackerRow {
    /// Where it is.
    pub at: ItemAt,
    /// "Area for improvement 3".
    pub label: String,
    /// The item's text, plain, on one line, cut after about 200 characters.
    pub text: String,
    /// The report's title.
    pub inspection: String,
    /// The report's type.
    pub inspection_type: InspectionType,
    /// The day the report was published.
    pub published: Option<NaiveDate>,
    /// The force's lead.
    pub lead: Option<String>,
    /// The target date.
    pub target: Option<NaiveDate>,
    /// The target date in words: "1 May 2026".
    pub target_words: Option<String>,
    /// The status.
    pub status: ItemStatus,
    /// The status in words.
    pub status_label: String,
    /// The RAG shown: the officer's, or the suggestion.
    pub rag: RagShown,
    /// Open with its target date passed.
    pub overdue: bool,
    /// Its latest update, if any.
    pub latest: Option<LatestUpdate>,
    /// "This area for improvement was first raised in 2022.", when carried forward.
    pub first_raised: Option<String>,
}

/// An item's latest update, short.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LatestUpdate {
    /// Its day.
    pub date: NaiveDate,
    /// Its day in words.
    pub date_words: String,
    /// What was done, plain, cut after about 120 characters.
    pub action: String,
    /// The status after it.
    pub status: ItemStatus,
}

/// What the filter, the counts and the order need of one item.
struct Line {
    at: ItemAt,
    title: String,
    published: Option<NaiveDate>,
    inspection_type: InspectionType,
    lead: Option<String>,
    target: Option<NaiveDate>,
    status: ItemStatus,
    rag: RagShown,
    overdue: bool,
    first_raised: Option<NaiveDate>,
}

/// The page of the tracker `filter` asks for, as it stands on `today`. Items of responses in
/// the trash are left out.
///
/// Errors: [`Error::Invalid`](crate::Error::Invalid) naming the column when a stored value is
/// not one the app writes.
pub fn tracker(conn: &Connection, filter: &TrackerFilter, today: NaiveDate) -> Result<TrackerPage> {
    reading(conn, || {
        let mut lines = read_lines(conn, filter, today)?;
        lines.sort_by(|a, b| {
            let key = |l: &Line| {
                let position = (l.published.is_none(), l.published, l.at.response);
                (!l.overdue, l.target.is_none(), l.target, position)
            };
            let item = |l: &Line| (l.at.kind, l.at.index);
            key(a).cmp(&key(b)).then(item(a).cmp(&item(b)))
        });
        let counts = count(&lines);
        let page_size = match filter.page_size {
            0 => PAGE_SIZE,
            n => n.min(MOST_ON_A_PAGE),
        };
        let matching = counts.total;
        let pages = matching.div_ceil(page_size).max(1);
        let page = filter.page.clamp(1, pages);
        let start = ((page - 1) * page_size) as usize;
        let rows = lines
            .iter()
            .skip(start)
            .take(page_size as usize)
            .map(|line| row(conn, line))
            .collect::<Result<_>>()?;
        Ok(TrackerPage {
            counts,
            rows,
            matching,
            page,
            pages,
            leads: leads(conn)?,
            inspections: inspections(conn)?,
        })
    })
}

/// Every item the filter holds, unordered.
fn read_lines(conn: &Connection, filter: &TrackerFilter, today: NaiveDate) -> Result<Vec<Line>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.response_id, t.kind, t.position, r.title, r.published, r.inspection_type,
                t.lead, t.target, t.status, t.rag, t.first_raised,
                (SELECT max(u.date) FROM item_updates u WHERE u.response_id = t.response_id
                    AND u.kind = t.kind AND u.position = t.position)
         FROM item_tracking t
         JOIN responses r ON r.id = t.response_id
         WHERE r.deleted_on IS NULL
           AND (?1 IS NULL OR t.response_id = ?1)
           AND (?2 IS NULL OR r.inspection_type = ?2)
           AND (?3 IS NULL OR t.status = ?3)
           AND (?4 OR ?3 IS NOT NULL OR t.status IN ('awaiting_review', 'being_progressed'))",
    )?;
    let rows = stmt.query_and_then(
        params![
            filter.inspection.map(|id| id.0),
            filter.inspection_type.map(|t| t.as_str()),
            filter.status.map(|s| s.as_str()),
            filter.include_closed,
        ],
        |row| line(row, today),
    )?;
    let lead = filter.lead.as_deref().map(fold).filter(|l| !l.is_empty());
    let mut lines = Vec::new();
    for line in rows {
        let line = line?;
        let due = match filter.due {
            None => true,
            Some(DueFilter::Overdue) => line.overdue,
            Some(DueFilter::Within { days }) => {
                line.status.is_open()
                    && line.target.is_some_and(|t| {
                        let ahead = (t - today).num_days();
                        (0..=i64::from(days)).contains(&ahead)
                    })
            }
        };
        let keep = due
            && filter.rag.is_none_or(|rag| line.rag.rag == rag)
            && lead
                .as_ref()
                .is_none_or(|l| line.lead.as_deref().map(fold).as_ref() == Some(l));
        if keep {
            lines.push(line);
        }
    }
    Ok(lines)
}

fn line(row: &Row<'_>, today: NaiveDate) -> Result<Line> {
    let id: i64 = row.get(0)?;
    let field = |column: &'static str| move || format!("item_tracking[{id}].{column}");
    let date = |i: usize, column| {
        row.get::<_, Option<String>>(i)?
            .map(|d| read_date(&d, field(column)))
            .transpose()
    };
    let kind: ItemKind = read_word(&row.get::<_, String>(1)?, field("kind"))?;
    let published = date(4, "published")?;
    let target = date(7, "target")?;
    let status: ItemStatus = read_word(&row.get::<_, String>(8)?, field("status"))?;
    let rag: Option<Rag> = row
        .get::<_, Option<String>>(9)?
        .map(|r| read_word(&r, field("rag")))
        .transpose()?;
    let heard = date(11, "item_updates.date")?.or(published);
    Ok(Line {
        at: ItemAt {
            response: ResponseId(id),
            kind,
            index: row.get(2)?,
        },
        title: row.get(3)?,
        published,
        inspection_type: read_word(&row.get::<_, String>(5)?, field("inspection_type"))?,
        lead: row.get(6)?,
        target,
        status,
        rag: shown(rag, || suggest_from(status, target, heard, today)),
        overdue: status.is_open() && target.is_some_and(|t| t < today),
        first_raised: date(10, "first_raised")?,
    })
}

/// A lead as compared: spaces around it dropped, case ignored.
fn fold(lead: &str) -> String {
    lead.trim().to_lowercase()
}

fn count(lines: &[Line]) -> TrackerCounts {
    fn counted<T: Copy + PartialEq>(
        all: &[T],
        lines: &[Line],
        of: impl Fn(&Line) -> T,
        label: impl Fn(T) -> &'static str,
    ) -> Vec<Count<T>> {
        all.iter()
            .map(|&value| {
                let count = lines.iter().filter(|l| of(l) == value).count() as u32;
                let label = label(value).to_string();
                let words = format!("{count} {}", label.to_lowercase());
                Count {
                    value,
                    count,
                    label,
                    words,
                }
            })
            .collect()
    }
    TrackerCounts {
        total: lines.len() as u32,
        overdue: lines.iter().filter(|l| l.overdue).count() as u32,
        by_status: counted(ItemStatus::ALL, lines, |l| l.status, ItemStatus::label),
        by_rag: counted(Rag::ALL, lines, |l| l.rag.rag, Rag::label),
    }
}

#[cfg(test)]
mod tests;

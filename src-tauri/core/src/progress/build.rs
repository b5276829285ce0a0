//! Each item's state on the report's day, and the report made of them. Pure: the store
//! gathers the rows ([`Gathered`]) and [`build`] decides everything else, so the rules are
//! tested here without a database.

use chrono::NaiveDate;

use super::{
    InspectionHistory, InspectionProgress, ItemHistory, ItemMention, ItemRow, ProgressReport,
    ProgressSummary, RagCount, ReportScope, ReportedUpdate, StatusCount, UpdateRecord,
};
use crate::dates;
use crate::richtext;
use crate::store::ResponseId;
use crate::tracking::{self, ItemKind, ItemStatus, ProgressUpdate, Rag, Tracking};

/// One inspection's items as read from the database.
#[derive(Debug, Clone)]
pub struct Gathered {
    /// The response to it.
    pub id: ResponseId,
    /// The report's title.
    pub title: String,
    /// The day the report was published, if entered.
    pub published: Option<NaiveDate>,
    /// Recommendations first, then areas for improvement, each in order.
    pub items: Vec<StoredItem>,
}

/// One item as stored.
#[derive(Debug, Clone)]
pub struct StoredItem {
    /// Recommendation or area for improvement.
    pub kind: ItemKind,
    /// Its place in the report's list of its kind, from 0 (as stored).
    pub position: u32,
    /// The item as the report words it (Markdown subset).
    pub text: String,
    /// Its tracking as recorded now. `updates` may hold updates after the report's day,
    /// which [`build`] leaves out, and need not be in order of date.
    pub tracking: Tracking,
    /// Whether the item has any update recorded at all, on whatever day: an item with
    /// updates, none of them yet on the report's day, was then awaiting review.
    pub has_updates: bool,
}

/// The report of `gathered`, in the order given, as of `as_of`.
///
/// An item's status is that of its latest update on or before `as_of`; with no update at
/// all, the status recorded; with updates only after `as_of`, awaiting review. Its RAG is
/// the officer's rating, else the rating suggested as of `as_of`.
pub fn build(
    as_of: NaiveDate,
    scope: ReportScope,
    scope_words: String,
    since: Option<NaiveDate>,
    made_on: NaiveDate,
    gathered: Vec<Gathered>,
) -> ProgressReport {
    let mut by_status = vec![0usize; ItemStatus::ALL.len()];
    let mut by_rag = vec![0usize; Rag::ALL.len()];
    let mut closed_since = Vec::new();
    let mut overdue: Vec<(NaiveDate, ItemMention)> = Vec::new();
    let mut inspections = Vec::with_capacity(gathered.len());
    let mut appendix = Vec::with_capacity(gathered.len());
    let mut items = 0;
    for g in gathered.into_iter().filter(|g| !g.items.is_empty()) {
        let mut rows = Vec::with_capacity(g.items.len());
        let mut histories = Vec::with_capacity(g.items.len());
        for item in g.items {
            items += 1;
            let state = State::of(item, g.published, as_of);
            let status_at = ItemStatus::ALL.iter().position(|s| *s == state.status);
            by_status[status_at.unwrap_or(0)] += 1;
            let mention = |on: Option<NaiveDate>| ItemMention {
                inspection: g.title.clone(),
                label: state.label.clone(),
                status_words: state.status.label().to_string(),
                on,
                on_words: on.map_or_else(|| "Not recorded".into(), dates::long),
            };
            if state.status.is_open() {
                let rag_at = Rag::ALL.iter().position(|r| *r == state.rag);
                by_rag[rag_at.unwrap_or(0)] += 1;
                if let Some(target) = state.overdue_since(as_of) {
                    overdue.push((target, mention(Some(target))));
                }
            } else if since.is_none_or(|s| state.closed_on().is_some_and(|d| d > s)) {
                closed_since.push(mention(state.closed_on()));
            }
            let (row, history) = state.into_row_and_history(as_of);
            rows.push(row);
            histories.push(history);
        }
        inspections.push(InspectionProgress {
            id: g.id,
            published_words: match g.published {
                Some(d) => format!("Published {}", dates::long(d)),
                None => "Date published not yet entered".into(),
            },
            title: g.title.clone(),
            published: g.published,
            rows,
        });
        appendix.push(InspectionHistory {
            title: g.title,
            items: histories,
        });
    }
    // Longest overdue first; the sort is stable, so ties keep the inspections' order.
    overdue.sort_by_key(|(target, _)| *target);
    let open = ItemStatus::ALL
        .iter()
        .zip(&by_status)
        .filter(|(s, _)| s.is_open())
        .map(|(_, n)| n)
        .sum();
    ProgressReport {
        as_of,
        as_of_words: dates::long(as_of),
        scope,
        scope_words,
        since,
        since_words: since.map(dates::long),
        made_on,
        summary: ProgressSummary {
            items,
            inspections: inspections.len(),
            open,
            by_status: ItemStatus::ALL
                .iter()
                .zip(by_status)
                .map(|(&status, count)| StatusCount {
                    status,
                    words: status.label().into(),
                    count,
                })
                .collect(),
            by_rag: Rag::ALL
                .iter()
                .zip(by_rag)
                .map(|(&rag, count)| RagCount {
                    rag,
                    words: rag.label().into(),
                    count,
                })
                .collect(),
        },
        closed_since,
        overdue: overdue.into_iter().map(|(_, m)| m).collect(),
        inspections,
        appendix,
    }
}

/// One item as it stood on the report's day.
struct State {
    kind: ItemKind,
    number: u32,
    label: String,
    text: String,
    tracking: Tracking,
    status: ItemStatus,
    rag: Rag,
    rag_words: String,
}

impl State {
    fn of(item: StoredItem, published: Option<NaiveDate>, as_of: NaiveDate) -> State {
        let mut tracking = item.tracking;
        tracking.updates.retain(|u| u.date <= as_of);
        // By date, those of one day in the order recorded: the last is the latest.
        tracking.updates.sort_by_key(|u| u.date);
        tracking.status = match (tracking.updates.last(), item.has_updates) {
            (Some(latest), _) => latest.status,
            (None, false) => tracking.status,
            (None, true) => ItemStatus::AwaitingReview,
        };
        let shown = tracking::rag_shown(&tracking, published, as_of);
        State {
            kind: item.kind,
            number: item.position + 1,
            label: tracking::item_label(item.kind, item.position),
            text: plain(&item.text),
            status: tracking.status,
            rag: shown.rag,
            rag_words: shown.label,
            tracking,
        }
    }

    /// The day the item was closed: the first of the updates that have kept it closed
    /// since. `None` when open, or closed with no update to date it.
    fn closed_on(&self) -> Option<NaiveDate> {
        if self.status.is_open() {
            return None;
        }
        let updates = &self.tracking.updates;
        let still_closed = updates
            .iter()
            .rev()
            .take_while(|u| !u.status.is_open())
            .count();
        updates.get(updates.len() - still_closed).map(|u| u.date)
    }

    /// The target date, when the item is open and that day is before `as_of`.
    fn overdue_since(&self, as_of: NaiveDate) -> Option<NaiveDate> {
        let target = self.tracking.target?;
        (self.status.is_open() && target < as_of).then_some(target)
    }

    fn into_row_and_history(self, as_of: NaiveDate) -> (ItemRow, ItemHistory) {
        let overdue = self.overdue_since(as_of).is_some();
        let t = self.tracking;
        let latest = t.updates.last().map(|u| ReportedUpdate {
            date: u.date,
            date_words: dates::long(u.date),
            action: u.action.clone(),
        });
        let row = ItemRow {
            kind: self.kind,
            number: self.number,
            label: self.label.clone(),
            text: self.text.clone(),
            first_raised_words: tracking::first_raised_words(self.kind, &t),
            lead: t.lead.filter(|l| !l.trim().is_empty()),
            target: t.target,
            target_words: t.target.map_or_else(|| "Not set".into(), dates::long),
            status: self.status,
            status_words: self.status.label().into(),
            rag: self.rag,
            rag_words: self.rag_words,
            overdue,
            latest,
        };
        let history = ItemHistory {
            label: self.label,
            text: self.text,
            updates: t.updates.into_iter().map(record).collect(),
        };
        (row, history)
    }
}

fn record(u: ProgressUpdate) -> UpdateRecord {
    UpdateRecord {
        date: u.date,
        date_words: dates::long(u.date),
        reported_by: u.reported_by,
        action: u.action,
        evidence: u.evidence,
        evidence_link: u.evidence_link.filter(|l| !l.trim().is_empty()),
        status_words: u.status.label().into(),
    }
}

/// The item's words without Markdown. Most items are plain sentences, which are kept as
/// they are without parsing.
fn plain(markdown: &str) -> String {
    let marked = markdown.contains(['*', '_', '[', '`', '\\', '<', '>', '#', '&', '\n'])
        || markdown
            .trim_start()
            .starts_with(['-', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    match marked {
        true => richtext::plain_text(&richtext::parse(markdown)),
        false => markdown.trim().to_string(),
    }
}

#[cfg(test)]
pub(super) mod tests;

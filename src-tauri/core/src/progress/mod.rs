//! The Police and Crime Panel's progress report: where every recommendation and area for
//! improvement stood on a chosen day, for all inspections, one inspection or one type.
//!
//! [`ProgressReport`] is the report's content, every value already in words, so that the
//! Word document ([`progress_docx`]) and the preview ([`progress_html`]) print the same
//! thing and neither decides anything. The store reads it from the database
//! ([`crate::store::progress_report`]) and hands the items to [`build`], which works out
//! each item's state as of the report's day: updates dated after it are left out, and the
//! status is that of the latest update on or before it.

mod build;
mod docx;
mod html;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::InspectionType;
use crate::store::ResponseId;
use crate::tracking::{ItemKind, ItemStatus, Rag};

pub use build::{build, Gathered, StoredItem};
pub use docx::{progress_docx, write_progress_docx, REPORT_TITLE};
pub use html::progress_html;

/// Which items a report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ReportScope {
    /// Every inspection not in the trash.
    All,
    /// One inspection's items.
    Inspection {
        /// The response to that inspection.
        id: ResponseId,
    },
    /// Every inspection of one type.
    Type {
        /// The type.
        inspection_type: InspectionType,
    },
}

impl ReportScope {
    /// As the database keeps it in `progress_reports.scope`: `all`, `inspection:7` or
    /// `type:PEEL`, so that the next report of the same scope can find the last.
    pub fn stored(&self) -> String {
        match self {
            ReportScope::All => "all".into(),
            ReportScope::Inspection { id } => format!("inspection:{id}"),
            ReportScope::Type { inspection_type } => format!("type:{}", inspection_type.as_str()),
        }
    }
}

/// The report: the summary, a table an inspection, and each item's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProgressReport {
    /// The day the report gives the position at.
    pub as_of: NaiveDate,
    /// `as_of` in words: "30 November 2026".
    pub as_of_words: String,
    /// What it covers.
    pub scope: ReportScope,
    /// The scope in words: "All inspections", the inspection's title, or "PEEL inspections".
    pub scope_words: String,
    /// The day of the last report made of the same scope before `as_of`, if any.
    pub since: Option<NaiveDate>,
    /// `since` in words.
    pub since_words: Option<String>,
    /// The day the report was made: the document's created date.
    pub made_on: NaiveDate,
    /// The counts by status and by RAG.
    pub summary: ProgressSummary,
    /// Items closed after `since` (every item closed by `as_of` when there is no earlier
    /// report), in the order of the inspections.
    pub closed_since: Vec<ItemMention>,
    /// Open items whose target date is before `as_of`, the longest overdue first.
    pub overdue: Vec<ItemMention>,
    /// One an inspection with items, in order of publication (not yet published last).
    pub inspections: Vec<InspectionProgress>,
    /// Each item's full history up to `as_of`, an inspection at a time, in the same order.
    pub appendix: Vec<InspectionHistory>,
}

/// How many items stand where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProgressSummary {
    /// Every item covered.
    pub items: usize,
    /// The inspections they come from.
    pub inspections: usize,
    /// Items still open (awaiting review or being progressed).
    pub open: usize,
    /// Every status in HMICFRS's order, with its count (zero included).
    pub by_status: Vec<StatusCount>,
    /// Red, amber and green among the open items, as shown (the officer's rating, else the
    /// suggestion), with their counts (zero included).
    pub by_rag: Vec<RagCount>,
}

/// The items at one status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StatusCount {
    /// The status.
    pub status: ItemStatus,
    /// The status in words.
    pub words: String,
    /// How many items.
    pub count: usize,
}

/// The open items at one RAG rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RagCount {
    /// The rating.
    pub rag: Rag,
    /// The rating in words.
    pub words: String,
    /// How many open items.
    pub count: usize,
}

/// An item named in the summary's lists: closed since the last report, or overdue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ItemMention {
    /// The inspection's title.
    pub inspection: String,
    /// "Recommendation 1", "Area for improvement 3".
    pub label: String,
    /// The status in words.
    pub status_words: String,
    /// The day that puts it in the list: the day it was closed, or its target date.
    /// `None` for an item recorded as closed with no dated update.
    pub on: Option<NaiveDate>,
    /// `on` in words, or "Not recorded".
    pub on_words: String,
}

/// One inspection's items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InspectionProgress {
    /// The response to it.
    pub id: ResponseId,
    /// The report's title.
    pub title: String,
    /// The day the report was published, if entered.
    pub published: Option<NaiveDate>,
    /// "Published 17 June 2025", or that the date is not entered.
    pub published_words: String,
    /// Each item: recommendations first, then areas for improvement, in order.
    pub rows: Vec<ItemRow>,
}

/// One item's line in its inspection's table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ItemRow {
    /// Recommendation or area for improvement.
    pub kind: ItemKind,
    /// Its number in the report, from 1.
    pub number: u32,
    /// "Recommendation 1", "Area for improvement 3".
    pub label: String,
    /// The item as the report words it, as plain text.
    pub text: String,
    /// "This area for improvement was first raised in 2022.", when an earlier report raised
    /// the matter first.
    pub first_raised_words: Option<String>,
    /// The force's lead.
    pub lead: Option<String>,
    /// The target date.
    pub target: Option<NaiveDate>,
    /// The target date in words, or "Not set".
    pub target_words: String,
    /// The status as of the report's day.
    pub status: ItemStatus,
    /// The status in words.
    pub status_words: String,
    /// The RAG rating shown.
    pub rag: Rag,
    /// The rating in words: "Red", or "Amber (suggested)" when the officer has set none.
    pub rag_words: String,
    /// Open, with its target date before the report's day.
    pub overdue: bool,
    /// The latest update on or before the report's day.
    pub latest: Option<ReportedUpdate>,
}

/// The latest update, as the table shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReportedUpdate {
    /// Its day.
    pub date: NaiveDate,
    /// Its day in words.
    pub date_words: String,
    /// What was done.
    pub action: String,
}

/// One inspection's part of the appendix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InspectionHistory {
    /// The report's title.
    pub title: String,
    /// Each item's history, in the order of the inspection's table.
    pub items: Vec<ItemHistory>,
}

/// Every update of one item up to the report's day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ItemHistory {
    /// "Recommendation 1", "Area for improvement 3".
    pub label: String,
    /// The item as the report words it, as plain text.
    pub text: String,
    /// Oldest first; empty when none is recorded by the report's day.
    pub updates: Vec<UpdateRecord>,
}

/// One progress update, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UpdateRecord {
    /// Its day.
    pub date: NaiveDate,
    /// Its day in words.
    pub date_words: String,
    /// Who reported it.
    pub reported_by: String,
    /// What was done.
    pub action: String,
    /// The evidence in words.
    pub evidence: String,
    /// Where the evidence can be seen, as entered.
    pub evidence_link: Option<String>,
    /// The status after it, in words.
    pub status_words: String,
}

impl ProgressReport {
    /// The name offered for its Word document: "Progress report to the Police and Crime
    /// Panel, 30 November 2026.docx".
    pub fn file_name(&self) -> String {
        format!("{REPORT_TITLE}, {}.docx", self.as_of_words)
    }

    /// "Position at 30 November 2026".
    pub fn position_words(&self) -> String {
        format!("Position at {}", self.as_of_words)
    }

    /// The summary in sentences: how many items across how many inspections, how many open
    /// and closed, and the open ones by RAG.
    pub fn summary_sentences(&self) -> Vec<String> {
        let s = &self.summary;
        if s.items == 0 {
            return vec![format!(
                "There are no recommendations or areas for improvement to report at {}.",
                self.as_of_words
            )];
        }
        let count = |status: ItemStatus| {
            s.by_status
                .iter()
                .find(|c| c.status == status)
                .map_or(0, |c| c.count)
        };
        let mut out = vec![format!(
            "{} {} tracked from {}: {} open ({} awaiting review, {} being progressed) and {} \
             closed.",
            s.items,
            plural(s.items, "item is", "items are"),
            plural_n(s.inspections, "inspection", "inspections"),
            s.open,
            count(ItemStatus::AwaitingReview),
            count(ItemStatus::BeingProgressed),
            s.items - s.open,
        )];
        if s.open > 0 {
            let rag = |rag: Rag| {
                s.by_rag
                    .iter()
                    .find(|c| c.rag == rag)
                    .map_or(0, |c| c.count)
            };
            out.push(format!(
                "Of the open items, {} {} rated red, {} amber and {} green.",
                rag(Rag::Red),
                if rag(Rag::Red) == 1 { "is" } else { "are" },
                rag(Rag::Amber),
                rag(Rag::Green),
            ));
        }
        out
    }

    /// The heading of the list of items closed: since the last report, or up to the day.
    pub fn closed_heading(&self) -> String {
        match &self.since_words {
            Some(since) => format!("Closed since the last report (on {since})"),
            None => format!("Closed up to {}", self.as_of_words),
        }
    }

    /// What the closed list says when it is empty.
    pub fn nothing_closed(&self) -> String {
        match &self.since_words {
            Some(_) => "No items have been closed since the last report.".into(),
            None => "No items have been closed yet.".into(),
        }
    }

    /// What the overdue list says when it is empty.
    pub fn nothing_overdue(&self) -> String {
        format!(
            "No open item was past its target date at {}.",
            self.as_of_words
        )
    }
}

/// The heading of the appendix.
pub const APPENDIX_HEADING: &str = "Appendix: history of each item";

/// What an item with no update says in the appendix.
pub const NO_UPDATES: &str = "No progress updates recorded.";

/// "1 item is" or "3 items are".
fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// "1 inspection", "3 inspections".
fn plural_n(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

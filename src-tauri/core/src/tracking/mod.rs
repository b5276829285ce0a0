//! After publication: each recommendation and area for improvement tracked to closure, and
//! the response's section 55 record.
//!
//! An [`Item`](crate::Item) carries its [`Tracking`]: the force's lead, a target date, a
//! status in HMICFRS's own terms, a RAG rating the officer sets (the app suggests one, see
//! [`suggest_rag`]) and dated [`ProgressUpdate`]s. A [`Section55`] record keeps the days the
//! response was published, sent to HMICFRS and sent to the Home Secretary, where the office
//! checklist does not already keep them.
//!
//! Items are named across responses by an [`ItemLink`]: the report's title and publication
//! day, the kind and the number, so that a link reads the same in the database and in a
//! response file.

mod check;
mod rag;
mod section55;
mod words;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::words;

pub use check::{check_after_publication, check_lead, check_update, read_rag, read_status};
pub use rag::{
    last_heard, latest_update, rag_shown, shown, suggest_from, suggest_rag, RagShown,
    SILENT_AMBER_DAYS, SILENT_RED_DAYS, TARGET_NEAR_DAYS,
};
pub(crate) use section55::days;
pub use section55::{
    checklist_line, names_step, publication, published_on, section_55_date, section_55_record,
    set_section_55_date, Publication, Section55Line, Section55Record, Section55Step,
};
pub use words::{first_raised_words, item_label, link_words, plain_short};

/// What happens to one recommendation or area for improvement after the response.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Tracking {
    /// The force's lead: a name or a role.
    pub lead: Option<String>,
    /// The day the force means to have it done.
    pub target: Option<NaiveDate>,
    /// Where it stands, in HMICFRS's terms.
    pub status: ItemStatus,
    /// The officer's RAG rating; `None` until set, when the suggestion is shown instead.
    pub rag: Option<Rag>,
    /// The later item that superseded this one, when `status` is superseded.
    pub superseded_by: Option<ItemLink>,
    /// The earlier item this one carries forward, when the same matter was raised before.
    pub carried_from: Option<ItemLink>,
    /// The day the report that first raised the matter was published: this item's own
    /// report's for an item raised for the first time (then `None`), or the earliest one's
    /// along `carried_from`.
    pub first_raised: Option<NaiveDate>,
    /// Progress updates, oldest first.
    pub updates: Vec<ProgressUpdate>,
}

/// HMICFRS's statuses for a recommendation or area for improvement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ItemStatus {
    /// Not yet looked at; every item starts here.
    #[default]
    AwaitingReview,
    /// Being worked on.
    BeingProgressed,
    /// Done.
    Complete,
    /// Closed without further action.
    NoFurtherAction,
    /// Replaced by a later item (see [`Tracking::superseded_by`]).
    Superseded,
}

words!(ItemStatus {
    AwaitingReview => "awaiting_review", "Awaiting review";
    BeingProgressed => "being_progressed", "Being progressed";
    Complete => "complete", "Complete";
    NoFurtherAction => "no_further_action", "No further action needed";
    Superseded => "superseded", "Superseded";
});

impl ItemStatus {
    /// Whether the item is still to be closed: awaiting review or being progressed.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            ItemStatus::AwaitingReview | ItemStatus::BeingProgressed
        )
    }
}

/// A red, amber or green rating, always written in words beside its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Rag {
    /// Off track: past its target date, or no word for too long.
    Red,
    /// At risk.
    Amber,
    /// On track, or closed.
    Green,
}

words!(Rag {
    Red => "red", "Red";
    Amber => "amber", "Amber";
    Green => "green", "Green";
});

/// One dated report of progress on an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProgressUpdate {
    /// The day of the update: not before the report was published, not in the future.
    pub date: NaiveDate,
    /// Who reported it (a name or role).
    pub reported_by: String,
    /// What was done.
    pub action: String,
    /// The evidence, in words.
    pub evidence: String,
    /// Where the evidence can be seen, if anywhere.
    pub evidence_link: Option<String>,
    /// The item's status after this update.
    pub status: ItemStatus,
}

/// The two kinds of item a report lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ItemKind {
    /// A recommendation.
    Recommendation,
    /// An area for improvement.
    AreaForImprovement,
}

words!(ItemKind {
    Recommendation => "recommendation", "Recommendation";
    AreaForImprovement => "area_for_improvement", "Area for improvement";
});

/// One item of one report, named as the officer would: "Area for improvement 3 of PEEL 2025,
/// published 17 June 2025".
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ItemLink {
    /// The report's title.
    pub inspection: String,
    /// The day the report was published.
    pub published: Option<NaiveDate>,
    /// Recommendation or area for improvement.
    pub kind: ItemKind,
    /// Its number in the report, from 1.
    pub number: u32,
}

/// The section 55 record of a response: the days it went where the Act says it must, kept
/// here only where the office checklist has no line for them (see [`Section55Step`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Section55 {
    /// Where the response is published on the office's website.
    pub web_address: Option<String>,
    /// The day it was published there, when the checklist has no line for it.
    pub published_on: Option<NaiveDate>,
    /// The day it was sent to HMICFRS or its monitoring portal, when the checklist has no
    /// line for it.
    pub sent_to_hmicfrs: Option<NaiveDate>,
    /// The day it was sent to the Home Secretary, when the checklist has no line for it.
    pub sent_to_home_secretary: Option<NaiveDate>,
}

impl Section55 {
    /// Whether nothing is recorded.
    pub fn is_empty(&self) -> bool {
        self == &Section55::default()
    }
}

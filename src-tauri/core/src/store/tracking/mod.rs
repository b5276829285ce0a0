//! Following items after publication in the database: recording progress updates, editing an
//! item's lead, target, status and RAG, the tracker across every response, items carried
//! forward from earlier inspections, and the section 55 compliance summary.
//!
//! Every change is one transaction that saves the whole response as any save does and keeps
//! a version of it with a note in words ("Area for improvement 3: update of 12 March 2026
//! recorded"), so that it shows in the response's history like any other edit and can be
//! undone from there. A change refused leaves the database as it was. The lists (tracker,
//! candidates, compliance) are read in SQL over the item and response tables, never by
//! reading whole responses, so that they stay quick with thousands of items.

mod carry;
mod compliance;
mod links;
mod tracker;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::versions::{insert, VersionKind};
use super::{read_response, reading, save_response_only, writing, ResponseId};
use crate::tracking::{
    check_lead, check_update, first_raised_words, item_label, latest_update, link_words, rag_shown,
    suggest_rag, ItemKind, ItemLink, ItemStatus, ProgressUpdate, Rag, RagShown, Tracking,
};
use crate::{dates, Error, Item, Response, Result};

pub use carry::{carry_forward, carry_forward_candidates, CarryCandidate, CarryChoice};
pub use compliance::{compliance, Compliance, ComplianceRow};
pub(super) use compliance::{published_lines, response_published};
pub use tracker::{
    tracker, Count, DueFilter, LatestUpdate, TrackerCounts, TrackerFilter, TrackerInspection,
    TrackerPage, TrackerRow,
};

/// One item of one stored response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ItemAt {
    /// The response.
    pub response: ResponseId,
    /// Recommendation or area for improvement.
    pub kind: ItemKind,
    /// Its place in the response's list of that kind, from 0.
    pub index: u32,
}

/// What the officer sets of an item's tracking; its updates, and where it was carried from,
/// are kept as they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrackingEdit {
    /// The force's lead: a name or a role; blank clears it.
    pub lead: Option<String>,
    /// The target date: not before the report was published.
    pub target: Option<NaiveDate>,
    /// The status.
    pub status: ItemStatus,
    /// The officer's RAG rating; `None` shows the app's suggestion.
    pub rag: Option<Rag>,
    /// The later item that superseded this one: only with the status superseded.
    pub superseded_by: Option<ItemLink>,
}

/// One item with its tracking, as the window shows it to add an update or edit it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrackedItem {
    /// Where it is.
    pub at: ItemAt,
    /// How another item links to it.
    pub link: ItemLink,
    /// "Area for improvement 3".
    pub label: String,
    /// The item as the report words it.
    pub text: String,
    /// The report's title.
    pub inspection: String,
    /// The day the report was published.
    pub published: Option<NaiveDate>,
    /// Its lead, target, status, RAG and updates.
    pub tracking: Tracking,
    /// The RAG to show: the officer's, or the suggestion.
    pub rag: RagShown,
    /// The RAG the app suggests today, shown beside the officer's own rating too.
    pub suggested: Rag,
    /// The later item that superseded it, in words: "Area for improvement 3 of PEEL 2025".
    pub superseded_by_words: Option<String>,
    /// "This area for improvement was first raised in 2022.", when carried forward.
    pub first_raised: Option<String>,
}

/// The section 55 record of `response` as the window holds it (saved or not), against its
/// deadline by the office's rule, on `today`.
pub fn section_55_of(
    conn: &Connection,
    response: &Response,
    today: NaiveDate,
) -> Result<crate::tracking::Section55Record> {
    let rule = super::office::deadline_rule(conn)?;
    let deadline = response
        .inspection
        .published
        .map(|p| crate::deadline(p, rule));
    Ok(crate::tracking::section_55_record(
        response, deadline, today,
    ))
}

/// How an item of `r` is linked to from another: the report's title and publication day,
/// the kind and the number (from 1).
pub fn link_of(r: &Response, kind: ItemKind, index: u32) -> ItemLink {
    ItemLink {
        inspection: r.inspection.title.trim().to_string(),
        published: r.inspection.published,
        kind,
        number: index.saturating_add(1),
    }
}

/// Records `update` on the item `at`, on `today`, and keeps a version at `now`.
///
/// The updates stay in order of their days (an update of a day already recorded goes after
/// those of that day), and the item's status becomes that of its latest update: the new one,
/// unless it is dated before one already recorded. A status other than superseded clears
/// the link to a later item.
///
/// Errors: [`Error::Invalid`] naming the field, as [`check_update`] refuses, or as the limits
/// refuse (at most [`MAX_UPDATES`](crate::limits::MAX_UPDATES) updates); [`Error::NotFound`]
/// when there is no such response; then nothing has changed.
pub fn record_update(
    conn: &Connection,
    at: ItemAt,
    update: ProgressUpdate,
    today: NaiveDate,
    now: NaiveDateTime,
) -> Result<()> {
    writing(conn, || {
        let mut r = read_response(conn, at.response)?;
        let published = r.inspection.published;
        let path = item_path(&r, at)?;
        let tracking = &mut item_mut(&mut r, at)?.tracking;
        let place = tracking.updates.partition_point(|u| u.date <= update.date);
        check_update(
            &update,
            published,
            today,
            &format!("{path}.tracking.updates[{place}]"),
        )?;
        let detail = format!(
            "{}: update of {} recorded",
            item_label(at.kind, at.index),
            dates::long(update.date)
        );
        tracking.updates.insert(place, update);
        if let Some(latest) = latest_update(tracking).map(|u| u.status) {
            set_status(tracking, latest);
        }
        keep(conn, at.response, &r, now, &detail)
    })
}

/// Sets the lead, target, status, RAG and later item of the item `at`, and keeps a version at
/// `now`; nothing is kept when nothing changes. (`_today` is taken for the window's one way
/// of calling every change; no rule of an edit depends on the day yet.)
///
/// Errors: [`Error::Invalid`] naming the field (`areas_for_improvement[2].tracking.target`)
/// for a later item set while the status is not superseded, an item superseded by itself, a
/// later item that would make a circle of supersessions ("this would make a circle: A is
/// superseded by B, which is superseded by A"), a target before the report was published,
/// or a lead over its limit; [`Error::NotFound`] when there is no such response. Then nothing
/// has changed.
pub fn edit_tracking(
    conn: &Connection,
    at: ItemAt,
    edit: TrackingEdit,
    _today: NaiveDate,
    now: NaiveDateTime,
) -> Result<()> {
    writing(conn, || {
        let mut r = read_response(conn, at.response)?;
        let path = format!("{}.tracking", item_path(&r, at)?);
        let lead = edit
            .lead
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty());
        if let Some(lead) = &lead {
            check_lead(lead, &format!("{path}.lead"))?;
        }
        if let Some(later) = &edit.superseded_by {
            let field = format!("{path}.superseded_by");
            if edit.status != ItemStatus::Superseded {
                return Err(Error::invalid(
                    field,
                    format!(
                        "is {}, but the status is {}: only a superseded item names the item \
                         that replaced it. Choose Superseded, or remove the later item.",
                        link_words(later),
                        edit.status.label()
                    ),
                ));
            }
            links::refuse_circle(conn, at, &r, later, &field)?;
        }
        if let Some((target, published)) = edit.target.zip(r.inspection.published) {
            if target < published {
                return Err(Error::invalid(
                    format!("{path}.target"),
                    format!(
                        "is {}, before the report was published on {}; choose a day after \
                         the report.",
                        dates::long(target),
                        dates::long(published)
                    ),
                ));
            }
        }
        let tracking = &mut item_mut(&mut r, at)?.tracking;
        let before = tracking.clone();
        tracking.lead = lead;
        tracking.target = edit.target;
        tracking.status = edit.status;
        tracking.rag = edit.rag;
        tracking.superseded_by = edit.superseded_by;
        let changes = changes(&before, tracking);
        if changes.is_empty() {
            return Ok(());
        }
        let detail = format!("{}: {}", item_label(at.kind, at.index), changes.join("; "));
        keep(conn, at.response, &r, now, &detail)
    })
}

/// The item `at` with its tracking and the RAG to show on `today`.
///
/// Errors: [`Error::NotFound`] when there is no such response; [`Error::Invalid`] naming the
/// item when the response has no such item.
pub fn tracked_item(conn: &Connection, at: ItemAt, today: NaiveDate) -> Result<TrackedItem> {
    reading(conn, || {
        let r = read_response(conn, at.response)?;
        let item = item_of(&r, at)?;
        let published = r.inspection.published;
        Ok(TrackedItem {
            at,
            link: link_of(&r, at.kind, at.index),
            label: item_label(at.kind, at.index),
            text: item.text.clone(),
            inspection: r.inspection.title.clone(),
            published,
            rag: rag_shown(&item.tracking, published, today),
            suggested: suggest_rag(&item.tracking, published, today),
            superseded_by_words: item.tracking.superseded_by.as_ref().map(link_words),
            first_raised: first_raised_words(at.kind, &item.tracking),
            tracking: item.tracking.clone(),
        })
    })
}

/// Sets an item's status; a status other than superseded drops the link to a later item,
/// which only a superseded item keeps.
fn set_status(tracking: &mut Tracking, status: ItemStatus) {
    tracking.status = status;
    if status != ItemStatus::Superseded {
        tracking.superseded_by = None;
    }
}

/// What changed between two trackings, in words: "status now Complete".
fn changes(before: &Tracking, after: &Tracking) -> Vec<String> {
    let mut out = Vec::new();
    if before.lead != after.lead {
        out.push(match &after.lead {
            Some(lead) => format!("lead now {lead}"),
            None => "lead cleared".into(),
        });
    }
    if before.target != after.target {
        out.push(match after.target {
            Some(t) => format!("target date now {}", dates::long(t)),
            None => "target date cleared".into(),
        });
    }
    if before.status != after.status {
        out.push(format!("status now {}", after.status.label()));
    }
    if before.rag != after.rag {
        out.push(match after.rag {
            Some(rag) => format!("RAG now {}", rag.label()),
            None => "RAG left to the app's suggestion".into(),
        });
    }
    if before.superseded_by != after.superseded_by {
        out.push(match &after.superseded_by {
            Some(link) => format!("superseded by {}", link_words(link)),
            None => "no longer linked to a later item".into(),
        });
    }
    out
}

/// Saves `r` as response `id` and keeps it as a version with `detail`, so that the change
/// shows in the response's history.
fn keep(
    conn: &Connection,
    id: ResponseId,
    r: &Response,
    now: NaiveDateTime,
    detail: &str,
) -> Result<()> {
    save_response_only(conn, id, r, now)?;
    insert(conn, id, now, VersionKind::Edit, Some(detail), r)
}

/// The response file's name of the list of `kind`.
fn list_key(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Recommendation => "recommendations",
        ItemKind::AreaForImprovement => "areas_for_improvement",
    }
}

fn items(r: &Response, kind: ItemKind) -> &Vec<Item> {
    match kind {
        ItemKind::Recommendation => &r.recommendations,
        ItemKind::AreaForImprovement => &r.areas_for_improvement,
    }
}

/// The path of the item `at` in the response file, `areas_for_improvement[2]`, once it is
/// known to be there.
fn item_path(r: &Response, at: ItemAt) -> Result<String> {
    item_of(r, at)?;
    Ok(format!("{}[{}]", list_key(at.kind), at.index))
}

/// The item `at` of `r`. Errors: [`Error::Invalid`] naming it when `r` has no such item.
fn item_of(r: &Response, at: ItemAt) -> Result<&Item> {
    let list = items(r, at.kind);
    list.get(at.index as usize)
        .ok_or_else(|| no_item(list.len(), at))
}

fn item_mut(r: &mut Response, at: ItemAt) -> Result<&mut Item> {
    let list = match at.kind {
        ItemKind::Recommendation => &mut r.recommendations,
        ItemKind::AreaForImprovement => &mut r.areas_for_improvement,
    };
    let len = list.len();
    list.get_mut(at.index as usize)
        .ok_or_else(|| no_item(len, at))
}

fn no_item(len: usize, at: ItemAt) -> Error {
    let kind = at.kind.label().to_lowercase();
    Error::invalid(
        format!("{}[{}]", list_key(at.kind), at.index),
        format!(
            "there is no {kind} {} in this response; it has {len}. Reopen the response and \
             choose the item again.",
            u64::from(at.index) + 1
        ),
    )
}

#[cfg(test)]
mod tests;

//! The response file's tracking fields, new in version 2: each item's `tracking` (lead,
//! target, status, RAG, links to other items, progress updates) and the response's
//! `section_55` record. They are read field by field like the rest of the file, written in
//! the order `docs/response-file.md` gives, and held to the rules a file can be checked
//! against by itself: an update is not dated before the report was published, and an item
//! is superseded only with that status and never by itself. (An update dated in the future
//! needs today's date, which a file does not have, so the store checks that.)

use chrono::NaiveDate;
use serde_json::{json, Value};

use super::super::fields::{expected, Fields};
use super::super::whole_number;
use crate::{
    Error, Item, ItemKind, ItemLink, ItemStatus, ProgressUpdate, Rag, Response, Result, Section55,
    Tracking,
};

/// The fields of an item's `tracking`, in the order they are written.
pub(in crate::file) const TRACKING: &[&str] = &[
    "lead",
    "target",
    "status",
    "rag",
    "superseded_by",
    "carried_from",
    "first_raised",
    "updates",
];
/// The fields of a link to an item: `superseded_by` and `carried_from`.
const LINK: &[&str] = &["inspection", "published", "kind", "number"];
/// The fields of a progress update.
const UPDATE: &[&str] = &[
    "date",
    "reported_by",
    "action",
    "evidence",
    "evidence_link",
    "status",
];
/// The fields of `section_55`.
const SECTION_55: &[&str] = &[
    "web_address",
    "published_on",
    "sent_to_hmicfrs",
    "sent_to_home_secretary",
];

/// The item's `tracking`: missing or null reads as not yet tracked (awaiting review).
/// Errors: [`Error::Invalid`] naming the field, as for the rest of the file.
pub(super) fn tracking(item: &Fields) -> Result<Tracking> {
    let Some(value) = item.get("tracking") else {
        return Ok(Tracking::default());
    };
    let f = Fields::new(item.path("tracking"), value, TRACKING)?;
    Ok(Tracking {
        lead: f.opt_text("lead")?,
        target: f.date("target")?,
        status: f
            .opt_word("status", ItemStatus::parse, ItemStatus::expected)?
            .unwrap_or_default(),
        rag: f.opt_word("rag", Rag::parse, Rag::expected)?,
        superseded_by: opt_link(&f, "superseded_by")?,
        carried_from: opt_link(&f, "carried_from")?,
        first_raised: f.date("first_raised")?,
        updates: f.list("updates", update)?,
    })
}

fn opt_link(f: &Fields, key: &str) -> Result<Option<ItemLink>> {
    let Some(value) = f.get(key) else {
        return Ok(None);
    };
    let link = Fields::new(f.path(key), value, LINK)?;
    Ok(Some(ItemLink {
        inspection: link.text("inspection")?,
        published: link.date("published")?,
        kind: link.word("kind", ItemKind::parse, ItemKind::expected)?,
        number: number(&link, value.get("number"))?,
    }))
}

/// An item's number in its report: a whole number from 1 (3 and 3.0 alike, as JSON Schema
/// counts them).
fn number(link: &Fields, found: Option<&Value>) -> Result<u32> {
    found
        .and_then(whole_number)
        .and_then(|n| u32::try_from(n).ok())
        .filter(|&n| n >= 1)
        .ok_or_else(|| {
            let what = "the item's number in its report, a whole number from 1";
            Error::invalid(link.path("number"), expected(what, found))
        })
}

fn update(path: String, value: &Value) -> Result<ProgressUpdate> {
    let f = Fields::new(path, value, UPDATE)?;
    let date = f.date("date")?.ok_or_else(|| {
        let what = "the day of the update, a date like 2025-09-30";
        Error::invalid(f.path("date"), expected(what, value.get("date")))
    })?;
    Ok(ProgressUpdate {
        date,
        reported_by: f.text("reported_by")?,
        action: f.text("action")?,
        evidence: f.text("evidence")?,
        evidence_link: f.opt_text("evidence_link")?,
        status: f.word("status", ItemStatus::parse, ItemStatus::expected)?,
    })
}

/// The response's `section_55`: missing or null reads as nothing recorded.
pub(super) fn section_55(file: &Fields) -> Result<Section55> {
    let Some(value) = file.get("section_55") else {
        return Ok(Section55::default());
    };
    let f = Fields::new(file.path("section_55"), value, SECTION_55)?;
    Ok(Section55 {
        web_address: f.opt_text("web_address")?,
        published_on: f.date("published_on")?,
        sent_to_hmicfrs: f.date("sent_to_hmicfrs")?,
        sent_to_home_secretary: f.date("sent_to_home_secretary")?,
    })
}

/// The rules of every item's tracking that the file itself shows broken, in file order.
///
/// Errors: [`Error::Invalid`] naming the field: an update dated before the report was
/// published (`…updates[0].date`), or a `superseded_by` that names the item itself or is
/// set while the status is not superseded (`…tracking.superseded_by`).
pub(super) fn check_rules(r: &Response) -> Result<()> {
    for (kind, key, items) in [
        (
            ItemKind::Recommendation,
            "recommendations",
            &r.recommendations,
        ),
        (
            ItemKind::AreaForImprovement,
            "areas_for_improvement",
            &r.areas_for_improvement,
        ),
    ] {
        for (n, item) in items.iter().enumerate() {
            let path = format!("{key}[{n}].tracking");
            let own = ItemLink {
                inspection: r.inspection.title.clone(),
                published: r.inspection.published,
                kind,
                number: u32::try_from(n + 1).unwrap_or(u32::MAX),
            };
            check_item(&path, item, &own)?;
        }
    }
    Ok(())
}

fn check_item(path: &str, item: &Item, own: &ItemLink) -> Result<()> {
    let t = &item.tracking;
    if let Some(by) = &t.superseded_by {
        let field = format!("{path}.superseded_by");
        if by == own {
            return Err(Error::invalid(
                field,
                "an item cannot be superseded by itself. Name the later item that replaced it.",
            ));
        }
        if t.status != ItemStatus::Superseded {
            return Err(Error::invalid(
                field,
                format!(
                    "names a later item, but the status is \"{}\", not \"superseded\". Set the \
                     status to \"superseded\", or remove the link.",
                    t.status.as_str()
                ),
            ));
        }
    }
    for (u, update) in t.updates.iter().enumerate() {
        let field = format!("{path}.updates[{u}].date");
        crate::tracking::check_after_publication(update.date, own.published, &field)?;
    }
    Ok(())
}

/// The item's `tracking` as written: every field present, null where nothing is recorded.
pub(super) fn tracking_value(t: &Tracking) -> Value {
    json!({
        "lead": t.lead,
        "target": day(t.target),
        "status": t.status.as_str(),
        "rag": t.rag.map(Rag::as_str),
        "superseded_by": t.superseded_by.as_ref().map(link_value),
        "carried_from": t.carried_from.as_ref().map(link_value),
        "first_raised": day(t.first_raised),
        "updates": t.updates.iter().map(update_value).collect::<Vec<_>>(),
    })
}

fn link_value(l: &ItemLink) -> Value {
    json!({
        "inspection": l.inspection,
        "published": day(l.published),
        "kind": l.kind.as_str(),
        "number": l.number,
    })
}

fn update_value(u: &ProgressUpdate) -> Value {
    json!({
        "date": u.date.to_string(),
        "reported_by": u.reported_by,
        "action": u.action,
        "evidence": u.evidence,
        "evidence_link": u.evidence_link,
        "status": u.status.as_str(),
    })
}

/// The response's `section_55` as written: every field present, null where nothing is
/// recorded.
pub(super) fn section_55_value(s: &Section55) -> Value {
    json!({
        "web_address": s.web_address,
        "published_on": day(s.published_on),
        "sent_to_hmicfrs": day(s.sent_to_hmicfrs),
        "sent_to_home_secretary": day(s.sent_to_home_secretary),
    })
}

fn day(date: Option<NaiveDate>) -> Option<String> {
    date.map(|d| d.to_string())
}

#[cfg(test)]
mod tests;

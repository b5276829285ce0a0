//! Following links between items across responses: an [`ItemLink`] names an item by its
//! report's title and publication day, kind and number, and is found among the responses not
//! in the trash. Supersessions are followed link by link so that none makes a circle.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension};

use super::{link_of, ItemAt};
use crate::store::{iso, ResponseId};
use crate::tracking::{link_words, ItemLink};
use crate::{Error, Response, Result};

/// The item `link` names, among the responses not in the trash; the oldest such response
/// when two share a title and publication day. `None` when there is no such item.
pub(super) fn resolve(conn: &Connection, link: &ItemLink) -> Result<Option<ItemAt>> {
    let Some(index) = link.number.checked_sub(1) else {
        return Ok(None);
    };
    let id = conn
        .prepare_cached(
            "SELECT r.id FROM responses r
             JOIN items i ON i.response_id = r.id AND i.kind = ?3 AND i.position = ?4
             WHERE r.deleted_on IS NULL AND trim(r.title) = ?1 AND r.published IS ?2
             ORDER BY r.id LIMIT 1",
        )?
        .query_row(
            params![
                link.inspection.trim(),
                link.published.map(iso),
                link.kind.as_str(),
                index
            ],
            |row| row.get::<_, i64>(0),
        )
        .optional()?;
    Ok(id.map(|id| ItemAt {
        response: ResponseId(id),
        kind: link.kind,
        index,
    }))
}

/// The later item that supersedes the stored item `at`, if it names one.
pub(super) fn superseded_by(conn: &Connection, at: ItemAt) -> Result<Option<ItemLink>> {
    let text: Option<String> = conn
        .prepare_cached(
            "SELECT superseded_by FROM item_tracking
             WHERE response_id = ?1 AND kind = ?2 AND position = ?3",
        )?
        .query_row(params![at.response.0, at.kind.as_str(), at.index], |row| {
            row.get(0)
        })
        .optional()?
        .flatten();
    text.map(|t| {
        serde_json::from_str(&t).map_err(|_| {
            Error::invalid(
                format!("item_tracking[{}].superseded_by", at.response),
                format!("expected a link to an item, found {t:?}"),
            )
        })
    })
    .transpose()
}

/// Refuses to make the item `at` of `r` superseded by `later` when `later` is the item
/// itself, or when following the supersessions from `later` comes back to it. `field` names
/// the field for the error.
///
/// Errors: [`Error::Invalid`] naming `field`: "this would make a circle: A is superseded by
/// B, which is superseded by A".
pub(super) fn refuse_circle(
    conn: &Connection,
    at: ItemAt,
    r: &Response,
    later: &ItemLink,
    field: &str,
) -> Result<()> {
    let this = link_of(r, at.kind, at.index);
    let itself = || {
        Error::invalid(
            field,
            format!(
                "is {} itself; an item cannot be superseded by itself. Choose the later item \
                 that replaced it.",
                link_words(&this)
            ),
        )
    };
    if same_item(&this, later) {
        return Err(itself());
    }
    let mut chain = vec![later.clone()];
    let mut seen = HashSet::new();
    let mut next = resolve(conn, later)?;
    while let Some(item) = next {
        if item == at {
            if chain.len() == 1 {
                return Err(itself());
            }
            return Err(Error::invalid(field, circle(&this, &chain)));
        }
        // A circle among other items is theirs to mend; it does not pass through this one.
        if !seen.insert(item) {
            break;
        }
        match superseded_by(conn, item)? {
            Some(link) => {
                next = resolve(conn, &link)?;
                chain.push(link);
            }
            None => break,
        }
    }
    Ok(())
}

/// Whether two links name the same item, ignoring spaces around the title.
fn same_item(a: &ItemLink, b: &ItemLink) -> bool {
    a.inspection.trim() == b.inspection.trim()
        && a.published == b.published
        && a.kind == b.kind
        && a.number == b.number
}

/// "this would make a circle: A is superseded by B, which is superseded by A", where the
/// last of `chain` leads back to `this`.
fn circle(this: &ItemLink, chain: &[ItemLink]) -> String {
    let mut words = format!("this would make a circle: {}", link_words(this));
    for (n, link) in chain[..chain.len() - 1].iter().enumerate() {
        let which = if n == 0 { "" } else { ", which" };
        words.push_str(&format!("{which} is superseded by {}", link_words(link)));
    }
    words.push_str(&format!(
        ", which is superseded by {}. Choose another item, or change the status of one of \
         these first.",
        link_words(this)
    ));
    words
}

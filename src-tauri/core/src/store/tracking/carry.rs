//! Carried forward: when a new report names a matter an earlier report raised, the new
//! response's item is linked to the earlier item (and may supersede it), so that the form can
//! say "This area for improvement was first raised in 2022."

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{item_mut, item_of, item_path, keep, link_of, links, set_status, ItemAt};
use crate::limits::MAX_UPDATES;
use crate::store::ResponseId;
use crate::store::{read_date, read_list, read_response, read_word, reading, writing};
use crate::tracking::{
    check_update, item_label, link_words, ItemKind, ItemLink, ItemStatus, ProgressUpdate,
};
use crate::{dates, Error, Result};

/// An open item of an earlier report on the same force, offered to be carried forward.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CarryCandidate {
    /// Where it is.
    pub at: ItemAt,
    /// How the new item will link to it.
    pub link: ItemLink,
    /// "Area for improvement 3".
    pub label: String,
    /// The item as the report words it.
    pub text: String,
    /// The report's title.
    pub inspection: String,
    /// The day the report was published.
    pub published: Option<NaiveDate>,
    /// `published` in words.
    pub published_words: Option<String>,
    /// Its status in words: "Being progressed".
    pub status_label: String,
    /// The force's lead.
    pub lead: Option<String>,
}

/// What carrying an item forward does to the earlier item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum CarryChoice {
    /// Nothing: the new item only names it as where the matter was first raised.
    Link,
    /// It is marked superseded by the new item.
    Supersede,
}

/// The open items of the other responses not in the trash that share a force with response
/// `id` (ignoring case and spaces around the name), from reports published before its report
/// (any report, while its report has no publication day), newest report first, then
/// recommendations before areas for improvement, each in order.
///
/// Errors: [`Error::NotFound`] when there is no response `id`.
pub fn carry_forward_candidates(conn: &Connection, id: ResponseId) -> Result<Vec<CarryCandidate>> {
    reading(conn, || {
        let (forces, published): (String, Option<String>) = conn
            .prepare_cached("SELECT forces, published FROM responses WHERE id = ?1")?
            .query_row([id.0], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?
            .ok_or(Error::NotFound(id.0))?;
        let field = |column: &'static str| move || format!("responses[{id}].{column}");
        let forces: Vec<String> = read_list(&forces, field("forces"))?
            .iter()
            .map(|f| fold(f))
            .filter(|f| !f.is_empty())
            .collect();
        if forces.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = conn.prepare_cached(
            "SELECT i.response_id, i.kind, i.position, i.text, r.title, r.published, r.forces,
                    coalesce(t.status, 'awaiting_review'), t.lead
             FROM items i
             JOIN responses r ON r.id = i.response_id
             LEFT JOIN item_tracking t ON t.response_id = i.response_id AND t.kind = i.kind
                 AND t.position = i.position
             WHERE r.deleted_on IS NULL AND r.id <> ?1
               AND coalesce(t.status, 'awaiting_review') IN ('awaiting_review', 'being_progressed')
               AND (?2 IS NULL OR r.published < ?2)
             ORDER BY r.published IS NULL, r.published DESC, r.id DESC,
                 i.kind = 'area_for_improvement', i.position",
        )?;
        let rows = stmt.query_and_then(params![id.0, published], |row| {
            let other: i64 = row.get(0)?;
            let field = |column: &'static str| move || format!("responses[{other}].{column}");
            let theirs = read_list(&row.get::<_, String>(6)?, field("forces"))?;
            if !theirs.iter().any(|f| forces.contains(&fold(f))) {
                return Ok(None);
            }
            let kind: ItemKind = read_word(&row.get::<_, String>(1)?, field("kind"))?;
            let index: u32 = row.get(2)?;
            let inspection: String = row.get(4)?;
            let published = row
                .get::<_, Option<String>>(5)?
                .map(|d| read_date(&d, field("published")))
                .transpose()?;
            let status: ItemStatus = read_word(&row.get::<_, String>(7)?, field("status"))?;
            Ok(Some(CarryCandidate {
                at: ItemAt {
                    response: ResponseId(other),
                    kind,
                    index,
                },
                link: ItemLink {
                    inspection: inspection.trim().to_string(),
                    published,
                    kind,
                    number: index + 1,
                },
                label: item_label(kind, index),
                text: row.get(3)?,
                inspection,
                published,
                published_words: published.map(dates::long),
                status_label: status.label().to_string(),
                lead: row.get(8)?,
            }))
        })?;
        rows.filter_map(Result::transpose).collect()
    })
}

/// Carries the earlier item `from` forward into the item `to` of a later response, on
/// `today`, keeping a version at `now` of each response changed.
///
/// Either way the new item names the earlier as where it was carried from, and takes its
/// first-raised day (the earlier item's own, or else its report's publication). With
/// [`CarryChoice::Supersede`] the earlier item also becomes superseded by the new one, and an
/// update saying so is recorded on it, dated `today`, where [`check_update`] allows one.
///
/// Errors: [`Error::Invalid`] naming the field when `from` and `to` are of one response,
/// when superseding would make a circle of supersessions, or when either item is not there;
/// [`Error::NotFound`] when a response is not there. Then nothing has changed.
pub fn carry_forward(
    conn: &Connection,
    from: ItemAt,
    to: ItemAt,
    choice: CarryChoice,
    today: NaiveDate,
    now: NaiveDateTime,
) -> Result<()> {
    writing(conn, || {
        let mut earlier = read_response(conn, from.response)?;
        let mut later = read_response(conn, to.response)?;
        let to_path = format!("{}.tracking.carried_from", item_path(&later, to)?);
        if from.response == to.response {
            return Err(Error::invalid(
                to_path,
                "is an item of the same response; an item is carried forward from an earlier \
                 report's response.",
            ));
        }
        let from_link = link_of(&earlier, from.kind, from.index);
        let to_link = link_of(&later, to.kind, to.index);
        let first_raised = item_of(&earlier, from)?
            .tracking
            .first_raised
            .or(earlier.inspection.published);
        let from_path = item_path(&earlier, from)?;
        if choice == CarryChoice::Supersede {
            let field = format!("{from_path}.tracking.superseded_by");
            links::refuse_circle(conn, from, &earlier, &to_link, &field)?;
        }

        let tracking = &mut item_mut(&mut later, to)?.tracking;
        tracking.carried_from = Some(from_link.clone());
        tracking.first_raised = first_raised;
        let detail = format!(
            "{}: carried forward from {}",
            item_label(to.kind, to.index),
            link_words(&from_link)
        );
        keep(conn, to.response, &later, now, &detail)?;

        if choice == CarryChoice::Supersede {
            let published = earlier.inspection.published;
            let tracking = &mut item_mut(&mut earlier, from)?.tracking;
            let update = ProgressUpdate {
                date: today,
                reported_by: String::new(),
                action: format!("Superseded by {}", link_words(&to_link)),
                evidence: String::new(),
                evidence_link: None,
                status: ItemStatus::Superseded,
            };
            let place = tracking.updates.partition_point(|u| u.date <= today);
            let update_field = format!("{from_path}.tracking.updates[{place}]");
            let room = tracking.updates.len() < MAX_UPDATES;
            if room && check_update(&update, published, today, &update_field).is_ok() {
                tracking.updates.insert(place, update);
            }
            set_status(tracking, ItemStatus::Superseded);
            tracking.superseded_by = Some(to_link.clone());
            let detail = format!(
                "{}: superseded by {}",
                item_label(from.kind, from.index),
                link_words(&to_link)
            );
            keep(conn, from.response, &earlier, now, &detail)?;
        }
        Ok(())
    })
}

/// A force's name as compared: spaces around it dropped, case ignored.
fn fold(force: &str) -> String {
    force.trim().to_lowercase()
}

#[cfg(test)]
mod tests;

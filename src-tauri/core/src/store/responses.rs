//! Responses in the database: a row of `responses` each (its section 55 record included), with
//! its grades, items (each with its tracking, see [`tracking`]) and checklist in child tables. Every write is one transaction, so a response is never half
//! saved, and every read sees one state of the database.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::{iso, json_list, read_date, read_list, read_word, reading, writing};
use crate::checks::Problem;
use crate::deadline::{deadline, due_words, DeadlineRule, Due, DueWords};
use crate::limits;
use crate::{
    ChecklistEntry, DocumentKind, Error, GradedJudgement, Inspection, InspectionType, Item, Letter,
    LetterDate, Response, Result, Section55, Status,
};

pub(super) mod tracking;

/// A response's key in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "number"))]
pub struct ResponseId(pub i64);

impl std::fmt::Display for ResponseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// One line of the list of responses: enough to find a response and see when it is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ResponseSummary {
    /// Which response.
    pub id: ResponseId,
    /// Form or letter.
    pub document: DocumentKind,
    /// Where the response is in its life.
    pub status: Status,
    /// The report's title.
    pub title: String,
    /// The type of inspection.
    pub kind: InspectionType,
    /// The day the report was published, if known yet.
    pub published: Option<NaiveDate>,
    /// The section 55 deadline by `rule`; `None` without a publication date.
    pub deadline: Option<NaiveDate>,
    /// Where the list's `today` stands against the deadline; `None` once the response is
    /// signed or published, when the deadline no longer counts down.
    pub due: Option<Due>,
    /// `due` in words, as the list shows it: "12 days left".
    pub due_words: Option<DueWords>,
    /// The office's rule that made the deadline, to show beside it.
    pub rule: DeadlineRule,
    /// The day the response entered its status, when known: shown instead of the days left
    /// once it is signed or published.
    pub status_since: Option<NaiveDate>,
    /// When the response was last saved with a change; `None` if never since it was made.
    pub changed: Option<NaiveDateTime>,
    /// Whether the response was published on the office's website by its deadline: "Published
    /// on time", "Published 3 days late", "Not published: 4 days overdue"; `None` without a
    /// deadline, or while not published before it.
    pub publication: Option<crate::tracking::Publication>,
}

const RECOMMENDATION: &str = "recommendation";
const AREA_FOR_IMPROVEMENT: &str = "area_for_improvement";

/// Both take the same parameters: `?1` is the id (NULL for a new one) and the rest the row.
const INSERT: &str = "INSERT INTO responses (id, document, status, title, published,
    inspection_type, type_detail, forces, report_url, key_findings, chief_constable_response,
    pcc_response, has_letter, letter_date, letter_addressees, letter_salutation, letter_subject,
    web_address, published_on, sent_to_hmicfrs, sent_to_home_secretary)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
    ?19, ?20, ?21)";
const UPDATE: &str = "UPDATE responses SET document = ?2, status = ?3, title = ?4,
    published = ?5, inspection_type = ?6, type_detail = ?7, forces = ?8, report_url = ?9,
    key_findings = ?10, chief_constable_response = ?11, pcc_response = ?12, has_letter = ?13,
    letter_date = ?14, letter_addressees = ?15, letter_salutation = ?16, letter_subject = ?17,
    web_address = ?18, published_on = ?19, sent_to_hmicfrs = ?20, sent_to_home_secretary = ?21
    WHERE id = ?1";

/// Saves a new response, returning its id.
pub fn create_response(conn: &Connection, response: &Response) -> Result<ResponseId> {
    crate::limits::check_response(response)?;
    writing(conn, || {
        write_row(conn, INSERT, None, response)?;
        let id = conn.last_insert_rowid();
        insert_children(conn, id, response)?;
        super::search::reindex(conn, ResponseId(id), response)?;
        Ok(ResponseId(id))
    })
}

/// Starts a new, empty response of the `document` kind, its checklist drawn from the office
/// settings (the template's checklist when the office has none); returns its id.
pub fn start_response(conn: &Connection, document: DocumentKind) -> Result<ResponseId> {
    let office = super::read_office_or_unset(conn)?;
    create_response(conn, &Response::new(document, &office.checklist_items()))
}

/// Reads a response. Errors: [`Error::NotFound`] when there is none with `id`;
/// [`Error::Invalid`] naming the column when a stored value is not one the app writes.
pub fn read_response(conn: &Connection, id: ResponseId) -> Result<Response> {
    reading(conn, || {
        let mut response = conn
            .prepare_cached(
                "SELECT document, status, title, published, inspection_type, type_detail, forces,
                 report_url, key_findings, chief_constable_response, pcc_response, has_letter,
                 letter_date, letter_addressees, letter_salutation, letter_subject,
                 web_address, published_on, sent_to_hmicfrs, sent_to_home_secretary
                 FROM responses WHERE id = ?1",
            )?
            .query_and_then([id.0], |row| response_row(row, id.0))?
            .next()
            .ok_or(Error::NotFound(id.0))??;
        read_children(conn, id.0, &mut response)?;
        Ok(response)
    })
}

/// Replaces a response, its lists included.
///
/// Nothing over a limit is written, except a field exactly as it is already stored (a title
/// saved before titles had their limit), so that such a response can still be saved.
/// Errors: [`Error::Invalid`] for a field over its limit; [`Error::NotFound`] when there is
/// none with `id`.
pub fn update_response(conn: &Connection, id: ResponseId, response: &Response) -> Result<()> {
    writing(conn, || {
        let overflows = limits::overflows(response);
        if !overflows.is_empty() {
            let stored = read_response(conn, id)?;
            if let Some(o) = overflows
                .into_iter()
                .find(|o| !limits::same_at(response, &stored, &o.field))
            {
                return Err(Error::invalid(o.field, o.problem));
            }
        }
        if write_row(conn, UPDATE, Some(id.0), response)? == 0 {
            return Err(Error::NotFound(id.0));
        }
        // The items' tracking and updates go with them (ON DELETE CASCADE).
        for sql in [
            "DELETE FROM grades WHERE response_id = ?1",
            "DELETE FROM items WHERE response_id = ?1",
            "DELETE FROM checklist WHERE response_id = ?1",
        ] {
            conn.prepare_cached(sql)?.execute([id.0])?;
        }
        insert_children(conn, id.0, response)?;
        super::search::reindex(conn, id, response)
    })
}

/// Replaces a response as [`update_response`] does and, in the same transaction: when its
/// status is not the one stored, records `now`'s day as the day it entered the new one (see
/// [`status_dates`](super::status_dates())) and keeps a version; otherwise keeps a version
/// when the last is older than [`SNAPSHOT_EVERY`](super::SNAPSHOT_EVERY) (see
/// [`list_versions`](super::list_versions)).
///
/// A field over its limit never stops the rest being saved: it is kept as last saved (see
/// [`limits::keep_stored`]), and each such field is returned as a problem naming it in the
/// officer's words, so that the window can say which field to shorten.
/// Errors: [`Error::NotFound`] when there is none with `id`.
pub fn save_response(
    conn: &Connection,
    id: ResponseId,
    response: &Response,
    now: NaiveDateTime,
) -> Result<Vec<Problem>> {
    writing(conn, || {
        let overflows = limits::overflows(response);
        let fitted;
        let saved = if overflows.is_empty() {
            response
        } else {
            fitted = limits::keep_stored(response, &read_response(conn, id)?, &overflows);
            &fitted
        };
        let status_changed = save_response_only(conn, id, saved, now)?;
        super::versions::after_save(conn, id, saved, status_changed, now)
    })?;
    Ok(crate::checks::too_long(response))
}

/// [`save_response`] without keeping a version; says whether the status changed. `now` is
/// kept as the response's last change.
pub(super) fn save_response_only(
    conn: &Connection,
    id: ResponseId,
    response: &Response,
    now: NaiveDateTime,
) -> Result<bool> {
    writing(conn, || {
        let stored: String = conn
            .prepare_cached("SELECT status FROM responses WHERE id = ?1")?
            .query_row([id.0], |row| row.get(0))
            .optional()?
            .ok_or(Error::NotFound(id.0))?;
        update_response(conn, id, response)?;
        conn.prepare_cached("UPDATE responses SET changed_at = ?2 WHERE id = ?1")?
            .execute(params![id.0, super::iso_time(now)])?;
        let changed = stored != response.status.as_str();
        if changed {
            super::status_dates::record(conn, id, response.status, now.date())?;
        }
        Ok(changed)
    })
}

/// Copies a response as the start of next year's: a draft titled as the original with
/// " (copy)" after it, so that the two can be told apart, with the checklist not done, no
/// status dates, its items untracked and its section 55 record empty (next year's report is
/// not published yet), everything else as it was. Returns the copy's id.
/// Errors: [`Error::NotFound`].
pub fn duplicate_response(conn: &Connection, id: ResponseId) -> Result<ResponseId> {
    writing(conn, || {
        let mut copy = read_response(conn, id)?;
        copy.status = Status::Draft;
        copy.inspection.title = copy_title(&copy.inspection.title);
        for entry in &mut copy.checklist {
            entry.set_done(false);
        }
        for item in copy.recommendations.iter_mut() {
            item.tracking = Default::default();
        }
        for item in copy.areas_for_improvement.iter_mut() {
            item.tracking = Default::default();
        }
        copy.section_55 = Default::default();
        create_response(conn, &copy)
    })
}

/// `title` with " (copy)" after it, within the title's limit.
fn copy_title(title: &str) -> String {
    const COPY: &str = " (copy)";
    let keep = crate::limits::MAX_TITLE_CHARS - COPY.chars().count();
    let title: String = title.trim().chars().take(keep).collect();
    if title.is_empty() {
        "Untitled response (copy)".into()
    } else {
        format!("{}{COPY}", title.trim_end())
    }
}

/// Deletes a response and everything in it for good, in the trash or not; its id is never
/// given out again.
/// Errors: [`Error::NotFound`].
pub fn delete_response(conn: &Connection, id: ResponseId) -> Result<()> {
    let deleted = conn
        .prepare_cached("DELETE FROM responses WHERE id = ?1")?
        .execute([id.0])?;
    match deleted {
        0 => Err(Error::NotFound(id.0)),
        _ => Ok(()),
    }
}

/// Every response not in the trash, soonest deadline first, then those without a publication date, ties by
/// id. Deadlines follow the office's rule (the default rule before the office is set up) and
/// `due` says where `today` stands.
pub fn list_responses(conn: &Connection, today: NaiveDate) -> Result<Vec<ResponseSummary>> {
    reading(conn, || {
        let rule = super::office::deadline_rule(conn)?;
        let lines = super::tracking::published_lines(conn)?;
        let mut stmt = conn.prepare_cached(
            "SELECT r.id, r.document, r.status, r.title, r.inspection_type, r.published,
                    s.changed_on, r.changed_at, r.published_on
             FROM responses r
             LEFT JOIN status_changes s ON s.response_id = r.id AND s.status = r.status
             WHERE r.deleted_on IS NULL",
        )?;
        let rows = stmt.query_and_then([], |row| {
            let mut summary = summary_row(row, rule, today)?;
            let recorded = row
                .get::<_, Option<String>>(8)?
                .map(|d| read_date(&d, || format!("responses[{}].published_on", summary.id)))
                .transpose()?;
            let on = super::tracking::response_published(&lines, summary.id.0, recorded);
            summary.publication = crate::tracking::publication(summary.deadline, on, today);
            Ok(summary)
        })?;
        let mut list = rows.collect::<Result<Vec<_>>>()?;
        list.sort_by_key(|s| {
            let done = s.status >= Status::Signed;
            (done, s.deadline.is_none(), s.deadline, s.id)
        });
        Ok(list)
    })
}

/// Inserts or updates the `responses` row, returning the number of rows written.
fn write_row(conn: &Connection, sql: &str, id: Option<i64>, r: &Response) -> Result<usize> {
    let inspection = &r.inspection;
    let letter = r.letter.as_ref();
    let section_55 = &r.section_55;
    let mut stmt = conn.prepare_cached(sql)?;
    Ok(stmt.execute(params![
        id,
        r.document.as_str(),
        r.status.as_str(),
        inspection.title,
        inspection.published.map(iso),
        inspection.kind.as_str(),
        inspection.type_detail,
        json_list(&inspection.forces),
        inspection.report_url,
        r.key_findings,
        r.chief_constable_response,
        r.pcc_response,
        letter.is_some(),
        letter.and_then(|l| l.date).map(|d| d.to_string()),
        letter.and_then(|l| l.addressees.as_deref()).map(json_list),
        letter.and_then(|l| l.salutation.as_deref()),
        letter.and_then(|l| l.subject.as_deref()),
        section_55.web_address,
        section_55.published_on.map(iso),
        section_55.sent_to_hmicfrs.map(iso),
        section_55.sent_to_home_secretary.map(iso),
    ])?)
}

fn insert_children(conn: &Connection, id: i64, r: &Response) -> Result<()> {
    let mut grade = conn.prepare_cached(
        "INSERT INTO grades (response_id, position, grade, area) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, g) in (0_i64..).zip(&r.grades) {
        grade.execute(params![id, position, g.grade.as_str(), g.area])?;
    }
    let mut item = conn.prepare_cached(
        "INSERT INTO items (response_id, kind, position, text, response)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let lists = [
        (RECOMMENDATION, &r.recommendations),
        (AREA_FOR_IMPROVEMENT, &r.areas_for_improvement),
    ];
    for (kind, items) in lists {
        for (position, it) in (0_i64..).zip(items) {
            item.execute(params![id, kind, position, it.text, it.response])?;
            tracking::insert(conn, id, kind, position, &it.tracking)?;
        }
    }
    let mut entry = conn.prepare_cached(
        "INSERT INTO checklist (response_id, position, item, done, done_on)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (position, e) in (0_i64..).zip(&r.checklist) {
        entry.execute(params![
            id,
            position,
            e.item,
            e.is_done(),
            e.done_on.map(iso)
        ])?;
    }
    Ok(())
}

/// The `responses` row as a response with empty lists.
fn response_row(row: &Row<'_>, id: i64) -> Result<Response> {
    let field = |column: &'static str| move || format!("responses[{id}].{column}");
    let text = |i: usize| row.get::<_, String>(i);
    let optional = |i: usize| row.get::<_, Option<String>>(i);
    let date = |i: usize, column| {
        optional(i)?
            .map(|d| read_date(&d, field(column)))
            .transpose()
    };
    let letter = match row.get::<_, bool>(11)? {
        false => None,
        true => Some(Letter {
            date: match optional(12)? {
                Some(d) => Some(LetterDate::parse(&d).ok_or_else(|| {
                    Error::invalid(
                        field("letter_date")(),
                        format!("expected a date like 2024-07 or 2024-07-15, found {d:?}"),
                    )
                })?),
                None => None,
            },
            addressees: optional(13)?
                .map(|a| read_list(&a, field("letter_addressees")))
                .transpose()?,
            salutation: optional(14)?,
            subject: optional(15)?,
        }),
    };
    Ok(Response {
        document: read_word(&text(0)?, field("document"))?,
        status: read_word(&text(1)?, field("status"))?,
        inspection: Inspection {
            title: text(2)?,
            published: optional(3)?
                .map(|d| read_date(&d, field("published")))
                .transpose()?,
            kind: read_word(&text(4)?, field("inspection_type"))?,
            type_detail: optional(5)?,
            forces: read_list(&text(6)?, field("forces"))?,
            report_url: optional(7)?,
        },
        key_findings: text(8)?,
        grades: Vec::new(),
        recommendations: Vec::new(),
        areas_for_improvement: Vec::new(),
        chief_constable_response: text(9)?,
        pcc_response: text(10)?,
        checklist: Vec::new(),
        letter,
        section_55: Section55 {
            web_address: optional(16)?,
            published_on: date(17, "published_on")?,
            sent_to_hmicfrs: date(18, "sent_to_hmicfrs")?,
            sent_to_home_secretary: date(19, "sent_to_home_secretary")?,
        },
    })
}

fn read_children(conn: &Connection, id: i64, response: &mut Response) -> Result<()> {
    let mut grades = conn.prepare_cached(
        "SELECT grade, area FROM grades WHERE response_id = ?1 ORDER BY position",
    )?;
    response.grades = grades
        .query_and_then([id], |row| {
            Ok(GradedJudgement {
                grade: read_word(&row.get::<_, String>(0)?, || format!("grades[{id}].grade"))?,
                area: row.get(1)?,
            })
        })?
        .collect::<Result<_>>()?;

    let mut items = conn.prepare_cached(&format!(
        "SELECT i.kind, i.position, i.text, i.response, {}
         FROM items i LEFT JOIN item_tracking t USING (response_id, kind, position)
         WHERE i.response_id = ?1 ORDER BY i.kind, i.position",
        tracking::COLUMNS
    ))?;
    let mut rows = items.query([id])?;
    // Each list's stored positions, for its items' updates.
    let mut positions = [Vec::new(), Vec::new()];
    while let Some(row) = rows.next()? {
        let item = Item {
            text: row.get(2)?,
            response: row.get(3)?,
            tracking: tracking::tracking_row(row, 4, id)?,
        };
        let position = row.get(1)?;
        match row.get::<_, String>(0)?.as_str() {
            RECOMMENDATION => {
                response.recommendations.push(item);
                positions[0].push(position);
            }
            AREA_FOR_IMPROVEMENT => {
                response.areas_for_improvement.push(item);
                positions[1].push(position);
            }
            other => {
                let expected = format!("\"{RECOMMENDATION}\", \"{AREA_FOR_IMPROVEMENT}\"");
                return Err(Error::invalid(
                    format!("items[{id}].kind"),
                    format!("expected one of {expected}, found {other:?}"),
                ));
            }
        }
    }
    tracking::read_updates(conn, id, &positions, response)?;

    let mut checklist = conn.prepare_cached(
        "SELECT item, done, done_on FROM checklist WHERE response_id = ?1 ORDER BY position",
    )?;
    response.checklist = checklist
        .query_and_then([id], |row| {
            let done_on = row
                .get::<_, Option<String>>(2)?
                .map(|d| read_date(&d, || format!("checklist[{id}].done_on")))
                .transpose()?;
            let done = match (row.get::<_, i64>(1)?, done_on) {
                (1, _) => true,
                (0, None) => false,
                (found, dated) => {
                    let what = if dated.is_some() {
                        "1, as the item has a date"
                    } else {
                        "0 or 1"
                    };
                    let problem = format!("expected {what}, found {found}");
                    return Err(Error::invalid(format!("checklist[{id}].done"), problem));
                }
            };
            Ok(ChecklistEntry {
                item: row.get(0)?,
                done,
                done_on,
            })
        })?
        .collect::<Result<_>>()?;
    Ok(())
}

fn summary_row(row: &Row<'_>, rule: DeadlineRule, today: NaiveDate) -> Result<ResponseSummary> {
    let id: i64 = row.get(0)?;
    let field = |column: &'static str| move || format!("responses[{id}].{column}");
    let published = row
        .get::<_, Option<String>>(5)?
        .map(|d| read_date(&d, field("published")))
        .transpose()?;
    let deadline = published.map(|p| deadline(p, rule));
    let status = read_word(&row.get::<_, String>(2)?, field("status"))?;
    let due = deadline
        .filter(|_| status < Status::Signed)
        .map(|d| Due::on(d, today));
    Ok(ResponseSummary {
        id: ResponseId(id),
        document: read_word(&row.get::<_, String>(1)?, field("document"))?,
        status,
        title: row.get(3)?,
        kind: read_word(&row.get::<_, String>(4)?, field("inspection_type"))?,
        published,
        deadline,
        due,
        due_words: published
            .zip(deadline)
            .filter(|_| status < Status::Signed)
            .map(|(p, d)| due_words(p, d, today)),
        rule,
        status_since: row
            .get::<_, Option<String>>(6)?
            .map(|d| read_date(&d, field("status_changes.changed_on")))
            .transpose()?,
        changed: row
            .get::<_, Option<String>>(7)?
            .map(|t| super::read_time(&t, field("changed_at")))
            .transpose()?,
        publication: None,
    })
}

#[cfg(test)]
mod tests;

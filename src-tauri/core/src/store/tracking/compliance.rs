//! The section 55 compliance summary: for a period, every report published in it, its
//! deadline, when the response was published and whether that was on time, as the Panel and
//! HMICFRS ask for it.
//!
//! The day a response was published is read as [`section_55_date`] reads it: from the
//! checklist line that keeps it, where there is one, or else from the record's own column.
//! The lines are prefiltered in SQL on a word every such line holds, and the wording rule
//! ([`names_step`]) decides in Rust, so that the rule is written once.
//!
//! [`section_55_date`]: crate::tracking::section_55_date
//! [`names_step`]: crate::tracking::names_step

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::Serialize;

use crate::deadline::{deadline, DeadlineRule, Due};
use crate::store::{iso, read_date, read_list, reading, ResponseId};
use crate::tracking::{days, names_step, publication, Publication, Section55Step};
use crate::{dates, Error, Result};

/// The compliance summary of a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Compliance {
    /// Every report published in the period, in order of publication.
    pub rows: Vec<ComplianceRow>,
    /// How many responses were published by their deadline.
    pub on_time: u32,
    /// How many were published after it.
    pub late: u32,
    /// How many are not published yet.
    pub not_yet: u32,
    /// How many of those not published yet are past their deadline.
    pub overdue: u32,
    /// "4 of 5 published on time; 1 late."
    pub summary: String,
    /// The first day of the period in words.
    pub from_words: String,
    /// The last day of the period in words.
    pub to_words: String,
    /// The office's rule that made the deadlines.
    pub rule: DeadlineRule,
}

/// One report of the compliance summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ComplianceRow {
    /// Which response.
    pub id: ResponseId,
    /// The report's title.
    pub title: String,
    /// The force or forces inspected.
    pub forces: Vec<String>,
    /// The day the report was published.
    pub published: NaiveDate,
    /// `published` in words.
    pub published_words: String,
    /// The last day for publishing the response, by the office's rule.
    pub deadline: NaiveDate,
    /// `deadline` in words.
    pub deadline_words: String,
    /// The day the response was published on the office's website, when known.
    pub response_published: Option<NaiveDate>,
    /// `response_published` in words.
    pub response_published_words: Option<String>,
    /// Whether it was on time; `None` while not published and not yet due.
    pub publication: Option<Publication>,
    /// "On time", "3 days late", "Not yet published: due in 5 days", "Not yet published: 4
    /// days overdue".
    pub words: String,
}

/// Every response not in the trash whose report was published from `from` to `to` (both
/// included), with its deadline by the office's rule and whether it was published on time,
/// as it stands on `today`.
///
/// Errors: [`Error::Invalid`] naming `to` when it is before `from`.
pub fn compliance(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Result<Compliance> {
    if to < from {
        return Err(Error::invalid(
            "to",
            format!(
                "is {}, before the start of the period ({}); choose a later day.",
                dates::long(to),
                dates::long(from)
            ),
        ));
    }
    reading(conn, || {
        let rule = crate::store::office::deadline_rule(conn)?;
        let lines = published_lines(conn)?;
        let mut stmt = conn.prepare_cached(
            "SELECT id, title, forces, published, published_on FROM responses
             WHERE deleted_on IS NULL AND published BETWEEN ?1 AND ?2
             ORDER BY published, id",
        )?;
        let rows = stmt.query_and_then(params![iso(from), iso(to)], |row| {
            let id: i64 = row.get(0)?;
            let field = |column: &'static str| move || format!("responses[{id}].{column}");
            let published = read_date(&row.get::<_, String>(3)?, field("published"))?;
            let recorded = row
                .get::<_, Option<String>>(4)?
                .map(|d| read_date(&d, field("published_on")))
                .transpose()?;
            let on = response_published(&lines, id, recorded);
            let due = deadline(published, rule);
            let publication = publication(Some(due), on, today);
            Ok(ComplianceRow {
                id: ResponseId(id),
                title: row.get(1)?,
                forces: read_list(&row.get::<_, String>(2)?, field("forces"))?,
                published,
                published_words: dates::long(published),
                deadline: due,
                deadline_words: dates::long(due),
                response_published: on,
                response_published_words: on.map(dates::long),
                words: row_words(on, publication.as_ref(), due, today),
                publication,
            })
        })?;
        let rows = rows.collect::<Result<Vec<_>>>()?;
        let on_time = rows.iter().filter(|r| on(r) && is_on_time(r)).count() as u32;
        let late = rows.iter().filter(|r| on(r) && !is_on_time(r)).count() as u32;
        let not_yet = rows.len() as u32 - on_time - late;
        let overdue = rows
            .iter()
            .filter(|r| !on(r) && r.publication.is_some())
            .count() as u32;
        Ok(Compliance {
            summary: summary(rows.len() as u32, on_time, late, not_yet, overdue),
            rows,
            on_time,
            late,
            not_yet,
            overdue,
            from_words: dates::long(from),
            to_words: dates::long(to),
            rule,
        })
    })
}

fn on(row: &ComplianceRow) -> bool {
    row.response_published.is_some()
}

fn is_on_time(row: &ComplianceRow) -> bool {
    row.publication.as_ref().is_some_and(|p| p.on_time)
}

/// A row's standing in words.
fn row_words(
    on: Option<NaiveDate>,
    publication: Option<&Publication>,
    deadline: NaiveDate,
    today: NaiveDate,
) -> String {
    match (on, publication) {
        (Some(_), Some(p)) if p.on_time => "On time".into(),
        (Some(_), Some(p)) => format!("{} late", days(p.days_late)),
        _ => match Due::on(deadline, today) {
            Due::Left(n) => format!("Not yet published: due in {}", days(n)),
            Due::Today => "Not yet published: due today".into(),
            Due::Overdue(n) => format!("Not yet published: {} overdue", days(n)),
        },
    }
}

/// "4 of 5 published on time; 1 late; 1 not yet published (1 overdue)."
fn summary(total: u32, on_time: u32, late: u32, not_yet: u32, overdue: u32) -> String {
    if total == 0 {
        return "No reports were published in this period.".into();
    }
    let mut parts = vec![format!("{on_time} of {total} published on time")];
    if late > 0 {
        parts.push(format!("{late} late"));
    }
    if not_yet > 0 {
        let overdue = match overdue {
            0 => String::new(),
            n => format!(" ({n} overdue)"),
        };
        parts.push(format!("{not_yet} not yet published{overdue}"));
    }
    format!("{}.", parts.join("; "))
}

/// For each response whose checklist has a line keeping the day it was published (see
/// [`names_step`]), that first line's day (`None` while not done, or done on a day not
/// known).
pub(in crate::store) fn published_lines(
    conn: &Connection,
) -> Result<HashMap<i64, Option<NaiveDate>>> {
    // Every line the rule can accept holds "publish"; LIKE ignores ASCII case as the rule does.
    let mut stmt = conn.prepare_cached(
        "SELECT response_id, item, done_on FROM checklist WHERE item LIKE '%publish%'
         ORDER BY response_id, position",
    )?;
    let mut rows = stmt.query([])?;
    let mut lines = HashMap::new();
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        if lines.contains_key(&id)
            || !names_step(&row.get::<_, String>(1)?, Section55Step::Published)
        {
            continue;
        }
        let on = row
            .get::<_, Option<String>>(2)?
            .map(|d| read_date(&d, || format!("checklist[{id}].done_on")))
            .transpose()?;
        lines.insert(id, on);
    }
    Ok(lines)
}

/// The day response `id` was published: its checklist line's, from `lines` (see
/// [`published_lines`]), where it has one; `recorded` (the record's own column) otherwise.
pub(in crate::store) fn response_published(
    lines: &HashMap<i64, Option<NaiveDate>>,
    id: i64,
    recorded: Option<NaiveDate>,
) -> Option<NaiveDate> {
    lines.get(&id).copied().unwrap_or(recorded)
}

#[cfg(test)]
mod tests;

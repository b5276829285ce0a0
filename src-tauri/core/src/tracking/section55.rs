//! The section 55 record: the days a response was published on the office's website, sent to
//! HMICFRS and sent to the Home Secretary, and whether it was published by its deadline.
//!
//! Offices often tick these in their checklist already ("Response published on the OPCC
//! website."). Where the checklist has a line for a step, found by its wording, that line
//! keeps the day; the [`Section55`](super::Section55) record keeps it only where there is no
//! such line, so that a day is never kept twice and never disagrees with itself.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::words;
use crate::{dates, Response};

/// One step of the section 55 record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Section55Step {
    /// Published on the office's website.
    Published,
    /// Sent to HMICFRS, or to its monitoring portal.
    SentToHmicfrs,
    /// Sent to the Home Secretary.
    SentToHomeSecretary,
}

words!(Section55Step {
    Published => "published", "Published on the office's website";
    SentToHmicfrs => "sent_to_hmicfrs", "Sent to HMICFRS";
    SentToHomeSecretary => "sent_to_home_secretary", "Sent to the Home Secretary";
});

/// Whether a checklist line's wording is about `step`, ignoring case: "published" with
/// "website" (or "web site"); "HMICFRS", "HMIC", "inspectorate" or "monitoring portal";
/// "Home Secretary" or "Home Office".
pub fn names_step(item: &str, step: Section55Step) -> bool {
    let item = item.to_lowercase();
    let any = |words: &[&str]| words.iter().any(|w| item.contains(w));
    match step {
        Section55Step::Published => any(&["publish"]) && any(&["website", "web site"]),
        Section55Step::SentToHmicfrs => any(&["hmic", "inspectorate", "monitoring portal"]),
        Section55Step::SentToHomeSecretary => any(&["home secretary", "home office"]),
    }
}

/// The position of the first checklist line that keeps `step` (see [`names_step`]).
pub fn checklist_line(r: &Response, step: Section55Step) -> Option<usize> {
    r.checklist.iter().position(|e| names_step(&e.item, step))
}

/// The day of `step`: the checklist line's where the checklist has one (`None` while it is
/// not done or done on a day not known), the record's own otherwise.
pub fn section_55_date(r: &Response, step: Section55Step) -> Option<NaiveDate> {
    match checklist_line(r, step) {
        Some(i) => r.checklist[i].done_on,
        None => *field(r, step),
    }
}

/// Records the day of `step` where [`section_55_date`] reads it: on the checklist line where
/// there is one (a day ticks it; `None` unticks it), in the record otherwise. Never both.
pub fn set_section_55_date(r: &mut Response, step: Section55Step, on: Option<NaiveDate>) {
    match checklist_line(r, step) {
        Some(i) => match on {
            Some(_) => r.checklist[i].set_done_on(on),
            None => r.checklist[i].set_done(false),
        },
        None => *field_mut(r, step) = on,
    }
}

/// The day the response was published, from checklist lines given as (wording, day done)
/// in order, and the record's own day: as [`section_55_date`] reads it, for a caller that
/// has only those and not the whole response.
pub fn published_on<'a>(
    checklist: impl IntoIterator<Item = (&'a str, Option<NaiveDate>)>,
    recorded: Option<NaiveDate>,
) -> Option<NaiveDate> {
    checklist
        .into_iter()
        .find(|(item, _)| names_step(item, Section55Step::Published))
        .map_or(recorded, |(_, on)| on)
}

fn field(r: &Response, step: Section55Step) -> &Option<NaiveDate> {
    let s = &r.section_55;
    match step {
        Section55Step::Published => &s.published_on,
        Section55Step::SentToHmicfrs => &s.sent_to_hmicfrs,
        Section55Step::SentToHomeSecretary => &s.sent_to_home_secretary,
    }
}

fn field_mut(r: &mut Response, step: Section55Step) -> &mut Option<NaiveDate> {
    let s = &mut r.section_55;
    match step {
        Section55Step::Published => &mut s.published_on,
        Section55Step::SentToHmicfrs => &mut s.sent_to_hmicfrs,
        Section55Step::SentToHomeSecretary => &mut s.sent_to_home_secretary,
    }
}

/// The section 55 record as the window shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Section55Record {
    /// Where the response is published on the office's website.
    pub web_address: Option<String>,
    /// Each step, in the order of [`Section55Step::ALL`].
    pub lines: Vec<Section55Line>,
    /// Whether it was published by its deadline; `None` before the deadline while not
    /// published, or without a deadline.
    pub publication: Option<Publication>,
}

/// One step of the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Section55Line {
    /// Which step.
    pub step: Section55Step,
    /// The step in words: "Sent to HMICFRS".
    pub label: String,
    /// The day it was done, when known.
    pub date: Option<NaiveDate>,
    /// `date` in words: "24 July 2025".
    pub date_words: Option<String>,
    /// Whether it was done: a day implies done, and a checklist line may be ticked with no
    /// day known.
    pub done: bool,
    /// The checklist line that keeps it, in its own words; `None` when the record keeps it.
    pub checklist_item: Option<String>,
}

/// The section 55 record of `r`, against its `deadline`, on `today`.
pub fn section_55_record(
    r: &Response,
    deadline: Option<NaiveDate>,
    today: NaiveDate,
) -> Section55Record {
    let lines = Section55Step::ALL
        .iter()
        .map(|&step| {
            let line = checklist_line(r, step).map(|i| &r.checklist[i]);
            let date = section_55_date(r, step);
            Section55Line {
                step,
                label: step.label().to_string(),
                date,
                date_words: date.map(dates::long),
                done: line.map_or(date.is_some(), |l| l.is_done()),
                checklist_item: line.map(|l| l.item.clone()),
            }
        })
        .collect();
    let published = section_55_date(r, Section55Step::Published);
    Section55Record {
        web_address: r.section_55.web_address.clone(),
        lines,
        publication: publication(deadline, published, today),
    }
}

/// Whether a response was published by its deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Publication {
    /// Published on or before the deadline.
    pub on_time: bool,
    /// Days after the deadline it was published, or, not yet published, days the deadline
    /// has passed; 0 when on time.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub days_late: i64,
    /// "Published on time", "Published 3 days late", "Not published: 4 days overdue".
    pub words: String,
}

/// Whether a response due on `deadline` and published on `published_on` was on time, as it
/// stands on `today`. `None` without a deadline, and while it is not published and the
/// deadline has not passed.
pub fn publication(
    deadline: Option<NaiveDate>,
    published_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<Publication> {
    let deadline = deadline?;
    match published_on {
        Some(on) => {
            let late = (on - deadline).num_days().max(0);
            Some(Publication {
                on_time: late == 0,
                days_late: late,
                words: match late {
                    0 => "Published on time".into(),
                    n => format!("Published {} late", days(n)),
                },
            })
        }
        None => {
            let overdue = (today - deadline).num_days();
            (overdue > 0).then(|| Publication {
                on_time: false,
                days_late: overdue,
                words: format!("Not published: {} overdue", days(overdue)),
            })
        }
    }
}

/// "1 day", "3 days".
pub(crate) fn days(n: i64) -> String {
    format!("{n} day{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests;

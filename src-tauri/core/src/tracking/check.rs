//! The checks a progress update must pass before it is recorded: its day between the report's
//! publication and today, something said about what was done, and every field within its
//! limit. Each refusal names the field, so that the window can put the message beside it.

use chrono::NaiveDate;

use super::{ItemStatus, ProgressUpdate, Rag, Tracking};
use crate::{dates, DocumentKind, Error, Item, Response, Result};

/// Checks `update` before it is recorded against an item of a report published on
/// `published`; `field` is the update's path, such as
/// `areas_for_improvement[2].tracking.updates[0]`.
///
/// Errors: [`Error::Invalid`] naming `{field}.date` when the update is dated before the
/// report was published or after `today`; `{field}.action` when it says nothing of what was
/// done; `{field}.reported_by`, `{field}.action`, `{field}.evidence` or
/// `{field}.evidence_link` when over its limit in [`crate::limits`].
pub fn check_update(
    update: &ProgressUpdate,
    published: Option<NaiveDate>,
    today: NaiveDate,
    field: &str,
) -> Result<()> {
    let date = update.date;
    check_after_publication(date, published, &format!("{field}.date"))?;
    if date > today {
        return Err(Error::invalid(
            format!("{field}.date"),
            format!(
                "is {}, which is after today ({}); record an update once it has happened.",
                dates::long(date),
                dates::long(today)
            ),
        ));
    }
    if update.action.trim().is_empty() {
        return Err(Error::invalid(
            format!("{field}.action"),
            "is empty; say what was done.",
        ));
    }
    within_limits(field, |t| t.updates.push(update.clone()))
}

/// Checks that an update dated `date` is not before the report was `published`: the one rule
/// of an update's day that a response file can be held to by itself, with no today.
///
/// Errors: [`Error::Invalid`] naming `field` when `date` is before `published`.
pub fn check_after_publication(
    date: NaiveDate,
    published: Option<NaiveDate>,
    field: &str,
) -> Result<()> {
    match published.filter(|p| date < *p) {
        Some(published) => Err(Error::invalid(
            field,
            format!(
                "is {}, before the report was published on {}; an update cannot come \
                 before the report. Check the day.",
                dates::long(date),
                dates::long(published)
            ),
        )),
        None => Ok(()),
    }
}

/// Checks an item's lead (a name or a role) against its limit; `field` is its path, such as
/// `areas_for_improvement[2].tracking.lead`.
///
/// Errors: [`Error::Invalid`] naming `field` when it holds more than
/// [`MAX_NAME_CHARS`](crate::limits::MAX_NAME_CHARS) characters.
pub fn check_lead(lead: &str, field: &str) -> Result<()> {
    let at = field.strip_suffix(".lead").unwrap_or(field);
    within_limits(at, |t| t.lead = Some(lead.to_string()))
}

/// Refuses what `fill` puts into an item's tracking when it breaks a limit, naming the field
/// by `path` in place of the item's: the limits are asked of a response holding only that
/// item, so that each field's limit is written once, in [`crate::limits`].
fn within_limits(path: &str, fill: impl FnOnce(&mut Tracking)) -> Result<()> {
    let mut item = Item::default();
    fill(&mut item.tracking);
    let mut probe = Response::new(DocumentKind::Form, &[]);
    probe.areas_for_improvement.push(item);
    let Some(over) = crate::limits::overflows(&probe).into_iter().next() else {
        return Ok(());
    };
    let probe_path = "areas_for_improvement[0].tracking";
    let rest = over.field.strip_prefix(probe_path).unwrap_or(&over.field);
    let rest = rest.strip_prefix(".updates[0]").unwrap_or(rest);
    Err(Error::invalid(format!("{path}{rest}"), over.problem))
}

/// Reads a status as the response file spells it ("being_progressed"), for text that comes
/// from outside Rust's types: a command-line argument, a stored value.
///
/// Errors: [`Error::Invalid`] naming `field`, with every spelling there is.
pub fn read_status(text: &str, field: &str) -> Result<ItemStatus> {
    ItemStatus::parse(text.trim()).ok_or_else(|| {
        Error::invalid(
            field,
            format!(
                "expected one of {}, found {text:?}: there is no such status.",
                ItemStatus::expected()
            ),
        )
    })
}

/// Reads a RAG rating as the response file spells it ("amber").
///
/// Errors: [`Error::Invalid`] naming `field`, with every spelling there is.
pub fn read_rag(text: &str, field: &str) -> Result<Rag> {
    Rag::parse(text.trim()).ok_or_else(|| {
        Error::invalid(
            field,
            format!("expected one of {}, found {text:?}.", Rag::expected()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::tests::day;
    use crate::limits::{MAX_NAME_CHARS, MAX_TEXT_CHARS};

    const FIELD: &str = "areas_for_improvement[2].tracking.updates[0]";

    fn update(date: NaiveDate) -> ProgressUpdate {
        ProgressUpdate {
            date,
            reported_by: "Head of Crime".into(),
            action: "Training delivered to all sergeants.".into(),
            evidence: "Attendance records.".into(),
            evidence_link: None,
            status: ItemStatus::BeingProgressed,
        }
    }

    /// The field and problem of a refusal; fails the test if `result` is not one.
    fn refused(result: Result<()>) -> (String, String) {
        match result {
            Err(Error::Invalid { field, problem }) => (field, problem),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn an_update_between_publication_and_today_passes_the_edges_included() {
        let (published, today) = (day(2025, 6, 17), day(2026, 3, 12));
        for date in [published, today, day(2025, 12, 1)] {
            check_update(&update(date), Some(published), today, FIELD).unwrap();
        }
        check_update(&update(day(2001, 1, 1)), None, today, FIELD).unwrap();
    }

    #[test]
    fn an_update_before_the_report_is_refused_naming_its_date() {
        let err = check_update(
            &update(day(2025, 6, 16)),
            Some(day(2025, 6, 17)),
            day(2026, 3, 12),
            FIELD,
        );
        assert_eq!(
            refused(err),
            (
                format!("{FIELD}.date"),
                "is 16 June 2025, before the report was published on 17 June 2025; an update \
                 cannot come before the report. Check the day."
                    .to_string()
            )
        );
    }

    #[test]
    fn an_update_in_the_future_is_refused_naming_its_date() {
        let (field, problem) = refused(check_update(
            &update(day(2026, 3, 13)),
            None,
            day(2026, 3, 12),
            FIELD,
        ));
        assert_eq!(field, format!("{FIELD}.date"));
        assert_eq!(
            problem,
            "is 13 March 2026, which is after today (12 March 2026); record an update once it \
             has happened."
        );
    }

    #[test]
    fn an_update_saying_nothing_of_what_was_done_is_refused() {
        let mut u = update(day(2026, 1, 1));
        u.action = " \n\t".into();
        let (field, problem) = refused(check_update(&u, None, day(2026, 3, 12), FIELD));
        assert_eq!(field, format!("{FIELD}.action"));
        assert_eq!(problem, "is empty; say what was done.");
    }

    #[test]
    fn each_field_holds_its_limit_and_not_one_character_more() {
        type Set = fn(&mut ProgressUpdate, String);
        let fields: [(&str, usize, Set); 4] = [
            ("reported_by", MAX_NAME_CHARS, |u, s| u.reported_by = s),
            ("action", MAX_TEXT_CHARS, |u, s| u.action = s),
            ("evidence", MAX_TEXT_CHARS, |u, s| u.evidence = s),
            ("evidence_link", MAX_TEXT_CHARS, |u, s| {
                u.evidence_link = Some(s)
            }),
        ];
        let today = day(2026, 3, 12);
        for (name, max, set) in fields {
            let mut u = update(today);
            set(&mut u, "é".repeat(max));
            check_update(&u, None, today, FIELD).unwrap_or_else(|e| panic!("{name}: {e}"));
            set(&mut u, "é".repeat(max + 1));
            let (field, problem) = refused(check_update(&u, None, today, FIELD));
            assert_eq!(field, format!("{FIELD}.{name}"));
            assert!(
                problem.starts_with(&format!("is {}", crate::limits::thousands(max + 1))),
                "{problem}"
            );
        }
        let lead = "areas_for_improvement[2].tracking.lead";
        check_lead(&"x".repeat(MAX_NAME_CHARS), lead).unwrap();
        let (field, problem) = refused(check_lead(&"x".repeat(MAX_NAME_CHARS + 1), lead));
        assert_eq!(field, lead);
        assert_eq!(
            problem,
            "is 201 characters long; the most it can hold is 200. Shorten it."
        );
    }

    #[test]
    fn a_status_or_rag_that_does_not_exist_is_refused_in_words() {
        assert_eq!(
            read_status(" being_progressed ", "s").unwrap(),
            ItemStatus::BeingProgressed
        );
        let err = read_status("done", "areas_for_improvement[0].tracking.status").unwrap_err();
        assert_eq!(
            err.to_string(),
            "areas_for_improvement[0].tracking.status: expected one of \"awaiting_review\", \
             \"being_progressed\", \"complete\", \"no_further_action\", \"superseded\", found \
             \"done\": there is no such status."
        );
        assert_eq!(read_rag("amber", "r").unwrap(), Rag::Amber);
        assert!(read_rag("Amber", "r")
            .unwrap_err()
            .to_string()
            .contains("\"red\""));
    }

    #[test]
    fn across_ipc_serde_refuses_a_status_that_does_not_exist_naming_the_spellings() {
        // The window sends JSON; a status the enum lacks never reaches check_update, and the
        // message serde gives lists every spelling there is.
        let json = r#"{"date":"2026-03-01","reported_by":"A","action":"B","evidence":"",
            "evidence_link":null,"status":"done"}"#;
        let err = serde_json::from_str::<ProgressUpdate>(json).unwrap_err();
        let message = err.to_string();
        assert!(
            message.starts_with("unknown variant `done`, expected one of"),
            "{message}"
        );
        assert!(message.contains("`being_progressed`"), "{message}");
    }
}

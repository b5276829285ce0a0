//! The section 55 record: each step found in the checklist by its wording, kept once, and
//! publication against the deadline in words.

use super::*;
use crate::dates::tests::day;
use crate::office::DEFAULT_CHECKLIST_ITEMS;
use crate::{ChecklistEntry, DocumentKind};

/// A form with the default checklist.
fn with_default_checklist() -> Response {
    let items: Vec<String> = DEFAULT_CHECKLIST_ITEMS
        .iter()
        .map(|s| s.to_string())
        .collect();
    Response::new(DocumentKind::Form, &items)
}

#[test]
fn the_steps_have_their_words() {
    let labels: Vec<_> = Section55Step::ALL.iter().map(|s| s.label()).collect();
    assert_eq!(
        labels,
        [
            "Published on the office's website",
            "Sent to HMICFRS",
            "Sent to the Home Secretary"
        ]
    );
    assert_eq!(
        Section55Step::parse("sent_to_hmicfrs"),
        Some(Section55Step::SentToHmicfrs)
    );
}

#[test]
fn the_default_checklist_keeps_publication_and_hmicfrs_but_not_the_home_secretary() {
    let r = with_default_checklist();
    assert_eq!(checklist_line(&r, Section55Step::Published), Some(2));
    assert_eq!(checklist_line(&r, Section55Step::SentToHmicfrs), Some(3));
    assert_eq!(checklist_line(&r, Section55Step::SentToHomeSecretary), None);
}

#[test]
fn lines_are_found_by_any_of_their_usual_wordings() {
    let cases = [
        ("Published on the web site.", Section55Step::Published, true),
        ("PUBLISHED ON OUR WEBSITE", Section55Step::Published, true),
        (
            "Published in the Panel papers.",
            Section55Step::Published,
            false,
        ),
        ("Website updated.", Section55Step::Published, false),
        ("Copy sent to HMIC.", Section55Step::SentToHmicfrs, true),
        (
            "Sent to the Inspectorate.",
            Section55Step::SentToHmicfrs,
            true,
        ),
        (
            "Uploaded to the monitoring portal.",
            Section55Step::SentToHmicfrs,
            true,
        ),
        (
            "Sent to the Chief Constable.",
            Section55Step::SentToHmicfrs,
            false,
        ),
        (
            "Sent to the Home Secretary.",
            Section55Step::SentToHomeSecretary,
            true,
        ),
        (
            "Emailed to the Home Office.",
            Section55Step::SentToHomeSecretary,
            true,
        ),
        ("Sent home.", Section55Step::SentToHomeSecretary, false),
    ];
    for (item, step, found) in cases {
        assert_eq!(names_step(item, step), found, "{item}");
    }
}

#[test]
fn a_day_is_read_from_the_checklist_line_where_there_is_one_and_the_record_otherwise() {
    let mut r = with_default_checklist();
    r.checklist[2].set_done_on(Some(day(2025, 7, 24)));
    // A stray copy in the record is not read while the checklist keeps the step.
    r.section_55.published_on = Some(day(2025, 1, 1));
    r.section_55.sent_to_home_secretary = Some(day(2025, 7, 30));
    assert_eq!(
        section_55_date(&r, Section55Step::Published),
        Some(day(2025, 7, 24))
    );
    assert_eq!(section_55_date(&r, Section55Step::SentToHmicfrs), None);
    assert_eq!(
        section_55_date(&r, Section55Step::SentToHomeSecretary),
        Some(day(2025, 7, 30))
    );
}

#[test]
fn setting_a_day_writes_it_once_where_it_is_read() {
    let mut r = with_default_checklist();
    let before = r.section_55.clone();
    set_section_55_date(&mut r, Section55Step::SentToHmicfrs, Some(day(2025, 8, 1)));
    assert_eq!(
        r.checklist[3],
        ChecklistEntry::completed(DEFAULT_CHECKLIST_ITEMS[3], Some(day(2025, 8, 1)))
    );
    assert_eq!(r.section_55, before, "no second copy in the record");
    set_section_55_date(&mut r, Section55Step::SentToHmicfrs, None);
    assert_eq!(
        r.checklist[3],
        ChecklistEntry::new(DEFAULT_CHECKLIST_ITEMS[3])
    );

    set_section_55_date(
        &mut r,
        Section55Step::SentToHomeSecretary,
        Some(day(2025, 8, 2)),
    );
    assert_eq!(r.section_55.sent_to_home_secretary, Some(day(2025, 8, 2)));
    assert!(
        r.checklist.iter().all(|e| !e.is_done()),
        "no checklist line ticked"
    );
    assert_eq!(
        section_55_date(&r, Section55Step::SentToHomeSecretary),
        Some(day(2025, 8, 2))
    );
}

#[test]
fn the_record_says_where_each_day_is_kept_and_whether_publication_was_on_time() {
    let mut r = with_default_checklist();
    r.section_55.web_address = Some("https://www.example.org/responses/peel-2025".into());
    r.checklist[2].set_done_on(Some(day(2025, 8, 15)));
    r.checklist[3].set_done(true);
    let record = section_55_record(&r, Some(day(2025, 8, 12)), day(2025, 9, 1));
    assert_eq!(
        record.web_address.as_deref(),
        Some("https://www.example.org/responses/peel-2025")
    );
    let published = &record.lines[0];
    assert_eq!(published.date_words.as_deref(), Some("15 August 2025"));
    assert_eq!(
        published.checklist_item.as_deref(),
        Some("Response published on the OPCC website.")
    );
    let hmicfrs = &record.lines[1];
    assert_eq!(
        (hmicfrs.date, hmicfrs.done),
        (None, true),
        "ticked, day not known"
    );
    let home = &record.lines[2];
    assert_eq!(
        (home.date, home.done, home.checklist_item.as_deref()),
        (None, false, None)
    );
    assert_eq!(home.label, "Sent to the Home Secretary");
    assert_eq!(
        record.publication,
        Some(Publication {
            on_time: false,
            days_late: 3,
            words: "Published 3 days late".into()
        })
    );
}

#[test]
fn publication_is_on_time_late_or_overdue_in_words() {
    let deadline = Some(day(2025, 8, 12));
    let today = day(2025, 9, 1);
    let words = |published: Option<NaiveDate>, today: NaiveDate| {
        publication(deadline, published, today).map(|p| (p.on_time, p.days_late, p.words))
    };
    assert_eq!(
        words(Some(day(2025, 8, 1)), today),
        Some((true, 0, "Published on time".into()))
    );
    assert_eq!(
        words(Some(day(2025, 8, 12)), today),
        Some((true, 0, "Published on time".into()))
    );
    assert_eq!(
        words(Some(day(2025, 8, 13)), today),
        Some((false, 1, "Published 1 day late".into()))
    );
    assert_eq!(
        words(None, day(2025, 8, 16)),
        Some((false, 4, "Not published: 4 days overdue".into()))
    );
    assert_eq!(
        words(None, day(2025, 8, 12)),
        None,
        "the last day has not passed"
    );
    assert_eq!(publication(None, Some(day(2025, 8, 1)), today), None);
}

#[test]
fn the_published_day_from_checklist_rows_reads_as_from_the_response() {
    let rows = [
        ("Forwarded.", Some(day(2025, 7, 1))),
        ("Published on the website.", None),
    ];
    assert_eq!(published_on(rows, Some(day(2025, 7, 2))), None);
    let rows = [("Forwarded.", Some(day(2025, 7, 1)))];
    assert_eq!(
        published_on(rows, Some(day(2025, 7, 2))),
        Some(day(2025, 7, 2))
    );
}

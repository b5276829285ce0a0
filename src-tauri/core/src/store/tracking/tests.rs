//! Recording updates and editing an item's tracking: each change saved with a version in the
//! response's history, each refusal naming its field and leaving everything as it was.

use super::*;
use crate::dates::tests::day;
use crate::office::DEFAULT_CHECKLIST_ITEMS;
use crate::store::{create_response, list_versions, open_in_memory, read_version, trash_response};
use crate::{DocumentKind, InspectionType};

/// A form for `forces` answering `title`, published on `published`, with `recommendations`
/// and `areas` items, and the default checklist.
pub(super) fn report(
    title: &str,
    published: Option<NaiveDate>,
    forces: &[&str],
    recommendations: usize,
    areas: usize,
) -> Response {
    let checklist: Vec<String> = DEFAULT_CHECKLIST_ITEMS
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut r = Response::new(DocumentKind::Form, &checklist);
    r.inspection.title = title.into();
    r.inspection.published = published;
    r.inspection.kind = InspectionType::Peel;
    r.inspection.forces = forces.iter().map(|f| f.to_string()).collect();
    let item =
        |label: &str, n: usize| Item::new(format!("{label} {n}: the force should act."), None);
    r.recommendations = (1..=recommendations)
        .map(|n| item("Recommendation", n))
        .collect();
    r.areas_for_improvement = (1..=areas).map(|n| item("Area", n)).collect();
    r
}

/// 12 March 2026 at `h`:00.
pub(super) fn at(h: u32) -> NaiveDateTime {
    day(2026, 3, 12).and_hms_opt(h, 0, 0).unwrap()
}

pub(super) fn today() -> NaiveDate {
    day(2026, 3, 12)
}

pub(super) fn area(response: ResponseId, index: u32) -> ItemAt {
    ItemAt {
        response,
        kind: ItemKind::AreaForImprovement,
        index,
    }
}

pub(super) fn update(date: NaiveDate, action: &str, status: ItemStatus) -> ProgressUpdate {
    ProgressUpdate {
        date,
        reported_by: "Head of Crime".into(),
        action: action.into(),
        evidence: "Minutes of the board.".into(),
        evidence_link: None,
        status,
    }
}

pub(super) fn edit(status: ItemStatus) -> TrackingEdit {
    TrackingEdit {
        lead: None,
        target: None,
        status,
        rag: None,
        superseded_by: None,
    }
}

/// The field and problem of a refusal; fails the test if `result` is not one.
pub(super) fn refused<T: std::fmt::Debug>(result: Result<T>) -> (String, String) {
    match result {
        Err(Error::Invalid { field, problem }) => (field, problem),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The details of a response's history, newest first.
pub(super) fn history(conn: &Connection, id: ResponseId) -> Vec<Option<String>> {
    let versions = list_versions(conn, id).unwrap();
    versions.into_iter().map(|v| v.detail).collect()
}

fn peel(conn: &Connection) -> ResponseId {
    let r = report("PEEL 2025", Some(day(2025, 6, 17)), &["Exampleshire"], 1, 5);
    create_response(conn, &r).unwrap()
}

#[test]
fn an_update_is_recorded_sets_the_status_and_shows_in_the_history() {
    let conn = open_in_memory().unwrap();
    let id = peel(&conn);
    let u = update(
        day(2026, 3, 12),
        "Training given.",
        ItemStatus::BeingProgressed,
    );
    record_update(&conn, area(id, 2), u.clone(), today(), at(10)).unwrap();

    let r = read_response(&conn, id).unwrap();
    let tracking = &r.areas_for_improvement[2].tracking;
    assert_eq!(tracking.updates, [u]);
    assert_eq!(tracking.status, ItemStatus::BeingProgressed);
    assert_eq!(
        history(&conn, id),
        [Some(
            "Area for improvement 3: update of 12 March 2026 recorded".to_string()
        )]
    );
    let kept = &list_versions(&conn, id).unwrap()[0];
    assert_eq!(kept.kind, VersionKind::Edit);
    assert_eq!(read_version(&conn, kept.id).unwrap(), r);
}

#[test]
fn updates_stay_in_order_of_their_days_and_the_latest_sets_the_status() {
    let conn = open_in_memory().unwrap();
    let id = peel(&conn);
    let first = update(day(2026, 1, 5), "Plan agreed.", ItemStatus::BeingProgressed);
    let done = update(day(2026, 3, 1), "Audit passed.", ItemStatus::Complete);
    let forgotten = update(
        day(2026, 2, 1),
        "Half trained.",
        ItemStatus::BeingProgressed,
    );
    let same_day = update(day(2026, 3, 1), "Signed off.", ItemStatus::Complete);
    for u in [&first, &done, &forgotten, &same_day] {
        record_update(&conn, area(id, 0), u.clone(), today(), at(10)).unwrap();
    }
    let tracking = &read_response(&conn, id).unwrap().areas_for_improvement[0].tracking;
    assert_eq!(tracking.updates, [first, forgotten, done, same_day]);
    assert_eq!(
        tracking.status,
        ItemStatus::Complete,
        "a back-dated update does not reopen it"
    );
}

#[test]
fn a_bad_update_is_refused_naming_its_field_and_nothing_changes() {
    let conn = open_in_memory().unwrap();
    let id = peel(&conn);
    let before = read_response(&conn, id).unwrap();
    let cases = [
        (
            update(day(2025, 6, 16), "Early.", ItemStatus::BeingProgressed),
            "areas_for_improvement[1].tracking.updates[0].date",
        ),
        (
            update(day(2026, 3, 13), "Tomorrow.", ItemStatus::Complete),
            "areas_for_improvement[1].tracking.updates[0].date",
        ),
        (
            update(day(2026, 3, 1), "  ", ItemStatus::Complete),
            "areas_for_improvement[1].tracking.updates[0].action",
        ),
    ];
    for (u, field) in cases {
        let (f, _) = refused(record_update(&conn, area(id, 1), u, today(), at(10)));
        assert_eq!(f, field);
    }
    let missing = refused(record_update(
        &conn,
        area(id, 5),
        update(today(), "x", ItemStatus::Complete),
        today(),
        at(10),
    ));
    assert_eq!(
        missing,
        (
            "areas_for_improvement[5]".to_string(),
            "there is no area for improvement 6 in this response; it has 5. Reopen the response \
             and choose the item again."
                .to_string()
        )
    );
    assert_eq!(read_response(&conn, id).unwrap(), before);
    assert_eq!(history(&conn, id), Vec::<Option<String>>::new());
}

#[test]
fn an_edit_sets_lead_target_status_and_rag_and_says_what_changed() {
    let conn = open_in_memory().unwrap();
    let id = peel(&conn);
    let e = TrackingEdit {
        lead: Some("  Head of Custody ".into()),
        target: Some(day(2026, 5, 1)),
        rag: Some(Rag::Amber),
        ..edit(ItemStatus::BeingProgressed)
    };
    edit_tracking(&conn, area(id, 2), e.clone(), today(), at(11)).unwrap();
    let tracking = read_response(&conn, id).unwrap().areas_for_improvement[2]
        .tracking
        .clone();
    assert_eq!(tracking.lead.as_deref(), Some("Head of Custody"));
    assert_eq!(tracking.target, Some(day(2026, 5, 1)));
    assert_eq!(tracking.status, ItemStatus::BeingProgressed);
    assert_eq!(tracking.rag, Some(Rag::Amber));
    assert_eq!(
        history(&conn, id),
        [Some(
            "Area for improvement 3: lead now Head of Custody; target date now 1 May 2026; \
             status now Being progressed; RAG now Amber"
                .to_string()
        )]
    );
    // The same again changes nothing and keeps no version.
    edit_tracking(&conn, area(id, 2), e, today(), at(12)).unwrap();
    assert_eq!(history(&conn, id).len(), 1);
}

#[test]
fn a_bad_edit_is_refused_naming_its_field_and_nothing_changes() {
    let conn = open_in_memory().unwrap();
    let id = peel(&conn);
    let r = read_response(&conn, id).unwrap();
    let later = ItemLink {
        inspection: "PEEL 2027".into(),
        published: Some(day(2027, 6, 1)),
        kind: ItemKind::AreaForImprovement,
        number: 1,
    };
    let cases = [
        (
            TrackingEdit {
                superseded_by: Some(later.clone()),
                ..edit(ItemStatus::BeingProgressed)
            },
            "areas_for_improvement[0].tracking.superseded_by",
            "is Area for improvement 1 of PEEL 2027, but the status is Being progressed",
        ),
        (
            TrackingEdit {
                superseded_by: Some(link_of(&r, ItemKind::AreaForImprovement, 0)),
                ..edit(ItemStatus::Superseded)
            },
            "areas_for_improvement[0].tracking.superseded_by",
            "is Area for improvement 1 of PEEL 2025 itself; an item cannot be superseded by \
             itself.",
        ),
        (
            TrackingEdit {
                target: Some(day(2025, 6, 16)),
                ..edit(ItemStatus::BeingProgressed)
            },
            "areas_for_improvement[0].tracking.target",
            "is 16 June 2025, before the report was published on 17 June 2025",
        ),
        (
            TrackingEdit {
                lead: Some("x".repeat(201)),
                ..edit(ItemStatus::BeingProgressed)
            },
            "areas_for_improvement[0].tracking.lead",
            "is 201 characters long",
        ),
    ];
    for (e, field, problem) in cases {
        let (f, p) = refused(edit_tracking(&conn, area(id, 0), e, today(), at(10)));
        assert_eq!(f, field);
        assert!(p.starts_with(problem), "{p}");
    }
    assert_eq!(read_response(&conn, id).unwrap(), r);
    assert!(history(&conn, id).is_empty());
}

#[test]
fn a_circle_of_supersessions_across_responses_is_refused_in_words() {
    let conn = open_in_memory().unwrap();
    let a = peel(&conn);
    let b_report = report("PEEL 2026", Some(day(2026, 2, 1)), &["Exampleshire"], 0, 2);
    let b = create_response(&conn, &b_report).unwrap();
    let c_report = report(
        "Custody 2026",
        Some(day(2026, 2, 20)),
        &["Exampleshire"],
        0,
        1,
    );
    let c = create_response(&conn, &c_report).unwrap();
    let link = |id| {
        let r = read_response(&conn, id).unwrap();
        link_of(&r, ItemKind::AreaForImprovement, 0)
    };
    let supersede = |item: ItemAt, by: ItemLink| {
        let e = TrackingEdit {
            superseded_by: Some(by),
            ..edit(ItemStatus::Superseded)
        };
        edit_tracking(&conn, item, e, today(), at(10))
    };
    // A by B is fine; then B by A would close the circle.
    supersede(area(a, 0), link(b)).unwrap();
    let before = read_response(&conn, b).unwrap();
    let (field, problem) = refused(supersede(area(b, 0), link(a)));
    assert_eq!(field, "areas_for_improvement[0].tracking.superseded_by");
    assert_eq!(
        problem,
        "this would make a circle: Area for improvement 1 of PEEL 2026 is superseded by Area \
         for improvement 1 of PEEL 2025, which is superseded by Area for improvement 1 of PEEL \
         2026. Choose another item, or change the status of one of these first."
    );
    assert_eq!(read_response(&conn, b).unwrap(), before);

    // B by C is fine; C by A would go A, B, C and back.
    supersede(area(b, 0), link(c)).unwrap();
    let (_, problem) = refused(supersede(area(c, 0), link(a)));
    assert!(
        problem.starts_with(
            "this would make a circle: Area for improvement 1 of Custody 2026 is superseded by \
             Area for improvement 1 of PEEL 2025, which is superseded by Area for improvement 1 \
             of PEEL 2026, which is superseded by Area for improvement 1 of Custody 2026."
        ),
        "{problem}"
    );
    // Another item of B is not on the circle.
    supersede(area(b, 1), link(a)).unwrap();
    // A response in the trash is not followed: with B there, C by A makes no circle.
    trash_response(&conn, b, today()).unwrap();
    supersede(area(c, 0), link(a)).unwrap();
}

#[test]
fn a_status_other_than_superseded_from_an_update_drops_the_later_item() {
    let conn = open_in_memory().unwrap();
    let id = peel(&conn);
    let later = ItemLink {
        inspection: "PEEL 2027".into(),
        published: None,
        kind: ItemKind::Recommendation,
        number: 4,
    };
    let e = TrackingEdit {
        superseded_by: Some(later),
        ..edit(ItemStatus::Superseded)
    };
    edit_tracking(&conn, area(id, 0), e, today(), at(9)).unwrap();
    let reopened = update(
        today(),
        "Reopened by the board.",
        ItemStatus::BeingProgressed,
    );
    record_update(&conn, area(id, 0), reopened, today(), at(10)).unwrap();
    let tracking = &read_response(&conn, id).unwrap().areas_for_improvement[0].tracking;
    assert_eq!(tracking.status, ItemStatus::BeingProgressed);
    assert_eq!(tracking.superseded_by, None);
}

#[test]
fn a_tracked_item_has_its_label_link_suggested_rag_and_first_raised() {
    let conn = open_in_memory().unwrap();
    let mut r = report("PEEL 2025", Some(day(2025, 6, 17)), &["Exampleshire"], 2, 3);
    r.recommendations[1].tracking.first_raised = Some(day(2022, 4, 1));
    r.recommendations[1].tracking.target = Some(day(2026, 3, 1));
    let id = create_response(&conn, &r).unwrap();
    let at = ItemAt {
        response: id,
        kind: ItemKind::Recommendation,
        index: 1,
    };
    let item = tracked_item(&conn, at, today()).unwrap();
    assert_eq!(item.label, "Recommendation 2");
    assert_eq!(item.text, "Recommendation 2: the force should act.");
    assert_eq!(item.inspection, "PEEL 2025");
    assert_eq!(
        item.link,
        ItemLink {
            inspection: "PEEL 2025".into(),
            published: Some(day(2025, 6, 17)),
            kind: ItemKind::Recommendation,
            number: 2
        }
    );
    assert_eq!(item.rag.label, "Red (suggested)", "past its target");
    assert_eq!(
        item.first_raised.as_deref(),
        Some("This recommendation was first raised in 2022.")
    );
    assert_eq!(item.tracking, r.recommendations[1].tracking);
}

#[test]
fn the_section_55_record_of_a_response_counts_by_the_offices_rule() {
    let conn = open_in_memory().unwrap();
    let mut r = report("PEEL 2025", Some(day(2025, 6, 17)), &["Exampleshire"], 0, 0);
    // Published on the website on 12 August 2025: the last day by the default rule.
    crate::tracking::set_section_55_date(
        &mut r,
        crate::tracking::Section55Step::Published,
        Some(day(2025, 8, 12)),
    );
    let record = section_55_of(&conn, &r, today()).unwrap();
    assert_eq!(record.publication.unwrap().words, "Published on time");
    // The Act's own count ends a day sooner: the same day is then a day late.
    let mut office = crate::Office::unset();
    office.deadline_rule = crate::DeadlineRule::Statutory;
    crate::store::write_office(&conn, &office).unwrap();
    let record = section_55_of(&conn, &r, today()).unwrap();
    assert_eq!(record.publication.unwrap().words, "Published 1 day late");
}

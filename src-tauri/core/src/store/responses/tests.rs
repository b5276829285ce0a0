use super::*;
use crate::dates::tests::day;
use crate::store::{open_in_memory, write_office};
use crate::{ChecklistEntry, DueTone, Grade, Office};

/// A letter with every field set, unusual text throughout and long lists.
pub(super) fn rich_letter() -> Response {
    let item = |i: u32, label: &str| Item {
        text: format!("{label} {i}: the force should improve – «{i}» 🚓\n\n- a list\n- of two"),
        response: (i % 3 != 0).then(|| format!("Action {i}: **done** — עברית and العربية")),
        tracking: Default::default(),
    };
    Response {
        document: DocumentKind::Letter,
        status: Status::Signed,
        inspection: Inspection {
            title: "PEEL 2023–25 👮‍♀️ \u{200f}مراجعة\u{200e} 'x'); DROP TABLE responses; --".into(),
            published: Some(day(2024, 2, 29)),
            kind: InspectionType::Other,
            type_detail: Some("Unannounced spot check".into()),
            forces: vec!["Norfolk".into(), "Suffolk \"East\"".into(), "שלום".into()],
            report_url: Some("https://example.org/report?a=1&b=ü".into()),
        },
        key_findings: "First paragraph.\r\n\r\n> quoted\n\n1. one\n2. two\t tabbed".into(),
        grades: (0..)
            .zip(Grade::ALL)
            .map(|(i, grade)| GradedJudgement {
                grade: *grade,
                area: format!("at area {i} ✓"),
            })
            .collect(),
        recommendations: (1..=30).map(|i| item(i, "Recommendation")).collect(),
        areas_for_improvement: (1..=50).map(|i| item(i, "Area for improvement")).collect(),
        chief_constable_response: "The Chief Constable *welcomes* the report.".into(),
        pcc_response: "I am **pleased**. 😀".into(),
        checklist: (0..6)
            .map(|i| match i % 3 {
                0 => ChecklistEntry::completed(format!("Step {i}"), Some(day(2024, 11, 1 + i))),
                1 => ChecklistEntry::new(format!("Step {i}")),
                _ => ChecklistEntry::completed(format!("Step {i}"), None),
            })
            .collect(),
        letter: Some(Letter {
            date: Some(LetterDate::Month {
                year: 2024,
                month: 7,
            }),
            addressees: Some(vec![
                "The Home Secretary".into(),
                "HMICFRS \u{200f}ع".into(),
            ]),
            salutation: Some("Dear Home Secretary and HMICFRS".into()),
            subject: Some("Re: the report".into()),
        }),
        section_55: Default::default(),
    }
}

fn published(title: &str, on: Option<NaiveDate>) -> Response {
    let mut r = Response::new(DocumentKind::Form, &[]);
    r.inspection.title = title.into();
    r.inspection.published = on;
    r
}

/// A new database holding two copies of [`rich_letter`].
fn two_rich_letters() -> (Connection, ResponseId, ResponseId) {
    let conn = open_in_memory().unwrap();
    let first = create_response(&conn, &rich_letter()).unwrap();
    let second = create_response(&conn, &rich_letter()).unwrap();
    (conn, first, second)
}

/// Child rows of response `id` in `table`.
fn rows(conn: &Connection, table: &str, id: ResponseId) -> i64 {
    let sql = format!("SELECT count(*) FROM {table} WHERE response_id = ?1");
    conn.query_row(&sql, [id.0], |r| r.get(0)).unwrap()
}

fn count(conn: &Connection, table: &str) -> i64 {
    let sql = format!("SELECT count(*) FROM {table}");
    conn.query_row(&sql, [], |r| r.get(0)).unwrap()
}

/// Makes any write of a checklist item "boom" fail, as a full disk or a bug might mid-write.
fn fail_on_boom(conn: &Connection) {
    conn.execute_batch(
        "CREATE TEMP TRIGGER boom BEFORE INSERT ON checklist WHEN NEW.item = 'boom'
         BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
    )
    .unwrap();
}

fn with_boom(mut r: Response) -> Response {
    r.checklist.push(ChecklistEntry::new("boom"));
    r
}

#[test]
fn a_rich_letter_round_trips_exactly() {
    let conn = open_in_memory().unwrap();
    let letter = rich_letter();
    let id = create_response(&conn, &letter).unwrap();
    assert_eq!(read_response(&conn, id).unwrap(), letter);
    assert_eq!(rows(&conn, "grades", id), 5);
    assert_eq!(rows(&conn, "items", id), 80);
    assert_eq!(rows(&conn, "checklist", id), 6);
}

#[test]
fn no_letter_and_a_letter_of_defaults_stay_distinct() {
    let conn = open_in_memory().unwrap();
    let form = Response::new(DocumentKind::Form, &[]);
    let defaults = Response::new(DocumentKind::Letter, &["Sent.".into()]);
    let mut dated = defaults.clone();
    dated.letter = Some(Letter {
        date: Some(LetterDate::Day(day(2024, 7, 15))),
        addressees: Some(Vec::new()),
        salutation: Some(String::new()),
        subject: None,
    });
    assert_eq!(form.letter, None);
    assert!(defaults.letter.is_some());
    for r in [form, defaults, dated] {
        let id = create_response(&conn, &r).unwrap();
        assert_eq!(read_response(&conn, id).unwrap(), r);
    }
}

#[test]
fn every_enum_spelling_is_accepted_by_the_schema() {
    let conn = open_in_memory().unwrap();
    let mut r = rich_letter();
    for (i, kind) in InspectionType::ALL.iter().enumerate() {
        r.inspection.kind = *kind;
        r.status = Status::ALL[i % Status::ALL.len()];
        r.document = DocumentKind::ALL[i % 2];
        r.grades = vec![GradedJudgement {
            grade: Grade::ALL[i % Grade::ALL.len()],
            area: String::new(),
        }];
        let id = create_response(&conn, &r).unwrap();
        assert_eq!(read_response(&conn, id).unwrap(), r);
    }
}

#[test]
fn update_replaces_fields_and_lists_without_stale_rows() {
    let (conn, id, other) = two_rich_letters();

    let mut shorter = rich_letter();
    shorter.document = DocumentKind::Form;
    shorter.status = Status::Ready;
    shorter.inspection.title = "Renamed".into();
    shorter.inspection.published = None;
    shorter.grades.truncate(1);
    shorter.recommendations.clear();
    shorter.areas_for_improvement = vec![Item::default(), shorter.areas_for_improvement[7].clone()];
    shorter.checklist.truncate(1);
    shorter.letter = None;
    update_response(&conn, id, &shorter).unwrap();

    assert_eq!(read_response(&conn, id).unwrap(), shorter);
    assert_eq!(rows(&conn, "grades", id), 1);
    assert_eq!(rows(&conn, "items", id), 2);
    assert_eq!(rows(&conn, "checklist", id), 1);
    assert_eq!(read_response(&conn, other).unwrap(), rich_letter());
}

#[test]
fn duplicate_starts_next_years_draft() {
    let conn = open_in_memory().unwrap();
    let original = rich_letter();
    assert!(original.checklist.iter().any(ChecklistEntry::is_done));
    let id = create_response(&conn, &original).unwrap();

    let copy_id = duplicate_response(&conn, id).unwrap();
    assert_ne!(copy_id, id);
    let mut expected = original.clone();
    expected.status = Status::Draft;
    expected.inspection.title.push_str(" (copy)");
    for entry in &mut expected.checklist {
        entry.set_done(false);
    }
    assert_eq!(read_response(&conn, copy_id).unwrap(), expected);
    assert_eq!(read_response(&conn, id).unwrap(), original);
}

#[test]
fn delete_cascades_to_every_child_table() {
    let (conn, id, kept) = two_rich_letters();
    delete_response(&conn, id).unwrap();

    assert!(matches!(read_response(&conn, id), Err(Error::NotFound(n)) if n == id.0));
    for table in ["grades", "items", "checklist"] {
        assert_eq!(rows(&conn, table, id), 0, "{table}");
        assert_eq!(count(&conn, table), rows(&conn, table, kept), "{table}");
    }
    assert_eq!(read_response(&conn, kept).unwrap(), rich_letter());

    delete_response(&conn, kept).unwrap();
    let next = create_response(&conn, &rich_letter()).unwrap();
    assert!(next > kept, "ids are not reused: {next} after {kept}");
}

#[test]
fn a_response_id_is_a_plain_number() {
    assert_eq!(ResponseId(7).to_string(), "7");
    assert_eq!(serde_json::to_string(&ResponseId(7)).unwrap(), "7");
    assert_eq!(
        serde_json::from_str::<ResponseId>("7").unwrap(),
        ResponseId(7)
    );
}

#[test]
fn missing_ids_are_not_found() {
    let conn = open_in_memory().unwrap();
    let missing = ResponseId(42);
    let not_found = |r: Result<()>| matches!(r, Err(Error::NotFound(42)));
    assert!(not_found(read_response(&conn, missing).map(drop)));
    assert!(not_found(update_response(&conn, missing, &rich_letter())));
    assert!(not_found(duplicate_response(&conn, missing).map(drop)));
    assert!(not_found(delete_response(&conn, missing)));
    for table in ["responses", "grades", "items", "checklist"] {
        assert_eq!(count(&conn, table), 0, "{table}");
    }
}

#[test]
fn a_failed_write_leaves_the_previous_version_intact() {
    let conn = open_in_memory().unwrap();
    let before = rich_letter();
    let id = create_response(&conn, &before).unwrap();
    fail_on_boom(&conn);

    let mut after = with_boom(rich_letter());
    after.inspection.title = "Half written?".into();
    after.grades.truncate(2);
    let err = update_response(&conn, id, &after).unwrap_err();
    assert!(err.to_string().contains("injected failure"), "{err}");
    assert_eq!(read_response(&conn, id).unwrap(), before);

    for table in ["grades", "items", "checklist"] {
        assert_eq!(count(&conn, table), rows(&conn, table, id), "{table}");
    }

    assert!(create_response(&conn, &after).is_err());
    assert_eq!(
        count(&conn, "responses"),
        1,
        "no parent row without its children"
    );
    assert_eq!(count(&conn, "items"), 80);
}

#[test]
fn a_write_inside_a_callers_transaction_is_a_savepoint() {
    let conn = open_in_memory().unwrap();
    fail_on_boom(&conn);
    let tx = conn.unchecked_transaction().unwrap();
    let kept = create_response(&tx, &rich_letter()).unwrap();
    assert!(create_response(&tx, &with_boom(rich_letter())).is_err());
    assert!(
        !tx.is_autocommit(),
        "the caller's transaction is still open"
    );
    tx.commit().unwrap();

    assert_eq!(count(&conn, "responses"), 1);
    assert_eq!(read_response(&conn, kept).unwrap(), rich_letter());
    assert_eq!(count(&conn, "checklist"), 6);
}

#[test]
fn a_corrupted_value_is_an_error_naming_the_column() {
    let conn = open_in_memory().unwrap();
    let id = create_response(&conn, &rich_letter()).unwrap();
    conn.execute_batch("PRAGMA ignore_check_constraints = ON")
        .unwrap();
    let cases = [
        (
            "UPDATE responses SET status = 'bogus'",
            "responses[1].status",
        ),
        (
            "UPDATE responses SET published = '24/09/2024'",
            "responses[1].published",
        ),
        (
            "UPDATE responses SET forces = 'Norfolk'",
            "responses[1].forces",
        ),
        (
            "UPDATE responses SET letter_date = 'July'",
            "responses[1].letter_date",
        ),
        ("UPDATE grades SET grade = 'Superb'", "grades[1].grade"),
        (
            "UPDATE checklist SET done_on = 'yes'",
            "checklist[1].done_on",
        ),
        (
            "UPDATE checklist SET done = 0 WHERE done_on IS NOT NULL",
            "checklist[1].done",
        ),
        ("UPDATE checklist SET done = 2", "checklist[1].done"),
        (
            // Its tracking row still names the old kind: checked only at a commit never made.
            "PRAGMA defer_foreign_keys = ON;
             UPDATE items SET kind = 'note' WHERE position = 0 AND kind = 'recommendation'",
            "items[1].kind",
        ),
    ];
    for (corrupt, field) in cases {
        let tx = conn.unchecked_transaction().unwrap();
        tx.execute_batch(corrupt).unwrap();
        let err = read_response(&tx, id).unwrap_err();
        assert!(
            matches!(&err, Error::Invalid { field: f, .. } if f == field),
            "{err}"
        );
        if ["responses[1].status", "responses[1].published"].contains(&field) {
            assert!(list_responses(&tx, day(2024, 1, 1)).is_err(), "{field}");
        }
        tx.rollback().unwrap();
    }
    assert!(read_response(&conn, id).is_ok());
}

#[test]
fn the_list_is_sorted_by_deadline_with_undated_last() {
    let conn = open_in_memory().unwrap();
    let peel = day(2024, 9, 24);
    let ids: Vec<ResponseId> = [
        published("a", Some(peel)),
        published("b", None),
        published("c", Some(day(2024, 1, 31))),
        published("d", Some(peel)),
        published("e", None),
    ]
    .iter()
    .map(|r| create_response(&conn, r).unwrap())
    .collect();

    let list = list_responses(&conn, day(2024, 11, 7)).unwrap();
    let order: Vec<&str> = list.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(order, ["c", "a", "d", "b", "e"]);
    assert_eq!(
        list[1],
        ResponseSummary {
            id: ids[0],
            document: DocumentKind::Form,
            status: Status::Draft,
            title: "a".into(),
            kind: InspectionType::Peel,
            published: Some(peel),
            deadline: Some(day(2024, 11, 19)),
            due: Some(Due::Left(12)),
            due_words: Some(Due::Left(12).words()),
            rule: DeadlineRule::PublishedPlus56,
            status_since: None,
            changed: None,
            publication: None,
        }
    );
    assert_eq!(list[0].deadline, Some(day(2024, 3, 27)));
    assert_eq!(list[0].due, Some(Due::Overdue(225)));
    assert_eq!((list[3].deadline, list[3].due), (None, None));
}

#[test]
fn signed_and_published_responses_stop_counting_down_and_go_below_the_live_ones() {
    let conn = open_in_memory().unwrap();
    let at = |d| day(2024, 11, d).and_hms_opt(14, 32, 0).unwrap();
    let old = create_response(&conn, &published("published", Some(day(2022, 9, 1)))).unwrap();
    create_response(&conn, &published("live", Some(day(2024, 9, 24)))).unwrap();
    let mut r = read_response(&conn, old).unwrap();
    r.status = Status::Published;
    save_response(&conn, old, &r, at(20)).unwrap();
    let list = list_responses(&conn, day(2024, 11, 30)).unwrap();
    let order: Vec<&str> = list.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(order, ["live", "published"]);
    // The live draft counts down (overdue here); the published one shows its date instead.
    assert_eq!(list[0].due, Some(Due::Overdue(11)));
    assert_eq!((list[0].status_since, list[0].changed), (None, None));
    assert_eq!(list[1].due, None);
    assert_eq!(list[1].deadline, Some(day(2022, 10, 27)));
    assert_eq!(list[1].status_since, Some(day(2024, 11, 20)));
    assert_eq!(list[1].changed, Some(at(20)));
}

#[test]
fn the_list_counts_no_days_down_from_a_date_published_the_checks_doubt() {
    let conn = open_in_memory().unwrap();
    create_response(&conn, &published("year typed wrong", Some(day(205, 9, 24)))).unwrap();
    create_response(&conn, &published("right", Some(day(2024, 9, 24)))).unwrap();
    let list = list_responses(&conn, day(2024, 11, 1)).unwrap();
    let words = |title: &str| {
        let row = list.iter().find(|s| s.title == title).unwrap();
        row.due_words.clone().map(|w| (w.text, w.tone))
    };
    assert_eq!(
        words("year typed wrong"),
        Some(("Check the date published".into(), DueTone::Doubtful))
    );
    assert_eq!(words("right"), Some(("18 days left".into(), DueTone::Ok)));
}

#[test]
fn a_duplicate_says_it_is_a_copy() {
    let conn = open_in_memory().unwrap();
    let id = create_response(&conn, &published("PEEL 2024", None)).unwrap();
    let copy = duplicate_response(&conn, id).unwrap();
    assert_eq!(
        read_response(&conn, copy).unwrap().inspection.title,
        "PEEL 2024 (copy)"
    );
    let long = create_response(&conn, &published(&"t".repeat(500), None)).unwrap();
    let copy = read_response(&conn, duplicate_response(&conn, long).unwrap()).unwrap();
    assert_eq!(copy.inspection.title.chars().count(), 500);
    assert!(copy.inspection.title.ends_with("t (copy)"));
}

#[test]
fn a_field_too_long_never_stops_the_rest_being_saved() {
    let conn = open_in_memory().unwrap();
    let id = create_response(&conn, &published("PEEL 2024", None)).unwrap();
    let mut r = read_response(&conn, id).unwrap();
    r.chief_constable_response = "Saved earlier.".into();
    save_response(
        &conn,
        id,
        &r,
        day(2024, 11, 7).and_hms_opt(9, 0, 0).unwrap(),
    )
    .unwrap();

    r.chief_constable_response = "x".repeat(167_308);
    r.pcc_response = "I welcome the report.".into();
    let refused = save_response(
        &conn,
        id,
        &r,
        day(2024, 11, 7).and_hms_opt(9, 1, 0).unwrap(),
    )
    .unwrap();
    assert_eq!(refused.len(), 1);
    assert_eq!(
        refused[0].field.as_deref(),
        Some("chief_constable_response")
    );
    assert!(refused[0]
        .message
        .starts_with("Chief Constable response is 167,308 characters long;"));
    let stored = read_response(&conn, id).unwrap();
    assert_eq!(stored.pcc_response, "I welcome the report.");
    assert_eq!(stored.chief_constable_response, "Saved earlier.");
}

#[test]
fn a_title_stored_before_titles_had_a_limit_still_lets_the_response_be_saved() {
    let conn = open_in_memory().unwrap();
    let id = create_response(&conn, &published("PEEL", None)).unwrap();
    let long = "t".repeat(600);
    conn.execute("UPDATE responses SET title = ?1", [&long])
        .unwrap();
    let mut r = read_response(&conn, id).unwrap();
    r.pcc_response = "Typed today.".into();
    let now = day(2024, 11, 7).and_hms_opt(9, 0, 0).unwrap();
    let refused = save_response(&conn, id, &r, now).unwrap();
    assert_eq!(refused.len(), 1, "the title is still named as too long");
    let stored = read_response(&conn, id).unwrap();
    assert_eq!(
        (stored.inspection.title, stored.pcc_response.as_str()),
        (long, "Typed today.")
    );
    // Anything longer than what is stored is still refused.
    r.inspection.title = "t".repeat(700);
    assert!(update_response(&conn, id, &r).is_err());
}

#[test]
fn the_list_counts_days_by_the_offices_rule() {
    let conn = open_in_memory().unwrap();
    create_response(&conn, &published("peel", Some(day(2024, 9, 24)))).unwrap();
    let today = day(2024, 11, 18);
    let first = |conn: &Connection| list_responses(conn, today).unwrap().remove(0);

    let default = first(&conn);
    assert_eq!(default.rule, DeadlineRule::PublishedPlus56);
    assert_eq!(default.due, Some(Due::Left(1)));

    write_office(&conn, &office(DeadlineRule::Statutory)).unwrap();
    let statutory = first(&conn);
    assert_eq!(statutory.rule, DeadlineRule::Statutory);
    assert_eq!(statutory.deadline, Some(day(2024, 11, 18)));
    assert_eq!(statutory.due, Some(Due::Today));

    write_office(&conn, &office(DeadlineRule::PublishedPlus56)).unwrap();
    assert_eq!(first(&conn), default);
}

fn office(deadline_rule: DeadlineRule) -> Office {
    Office {
        pcc_name: "Sarah Taylor".into(),
        area: "Norfolk".into(),
        force: "Norfolk Constabulary".into(),
        office_name: "OPCC for Norfolk".into(),
        deadline_rule,
        ..Office::unset()
    }
}

//! The limits, each at its edge: the limit holds, one more is refused by its path.

use super::*;
use crate::dates::tests::day;
use crate::{
    ChecklistEntry, DocumentKind, GradedJudgement, Item, ItemKind, ItemLink, ItemStatus, Letter,
    ProgressUpdate,
};

fn update() -> ProgressUpdate {
    ProgressUpdate {
        date: day(2025, 9, 1),
        reported_by: "Head of Crime".into(),
        action: "Reviewed.".into(),
        evidence: String::new(),
        evidence_link: None,
        status: ItemStatus::BeingProgressed,
    }
}

fn link() -> ItemLink {
    ItemLink {
        inspection: "PEEL 2022".into(),
        published: None,
        kind: ItemKind::AreaForImprovement,
        number: 4,
    }
}

fn letter() -> Response {
    let mut r = Response::new(DocumentKind::Letter, &["Forwarded.".into()]);
    r.letter = Some(Letter {
        date: None,
        addressees: Some(vec!["The Home Secretary".into()]),
        salutation: Some("Dear Home Secretary".into()),
        subject: Some("PEEL 2024".into()),
    });
    r.areas_for_improvement = vec![Item::default(); 4];
    r.areas_for_improvement[3].tracking.updates = vec![update()];
    r.recommendations = vec![Item::default()];
    r.grades = vec![GradedJudgement {
        grade: crate::Grade::Good,
        area: String::new(),
    }];
    r
}

/// The field and problem of `r`'s refusal; fails the test if it is accepted.
fn refused(r: &Response) -> (String, String) {
    match check_response(r) {
        Err(Error::Invalid { field, problem }) => (field, problem),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// Every text field, by its path, and a way to set it.
type Setter = fn(&mut Response, String);
const TEXT_FIELDS: &[(&str, Setter)] = &[
    ("inspection.type_detail", |r, s| {
        r.inspection.type_detail = Some(s)
    }),
    ("inspection.forces[0]", |r, s| r.inspection.forces = vec![s]),
    ("inspection.report_url", |r, s| {
        r.inspection.report_url = Some(s)
    }),
    ("key_findings", |r, s| r.key_findings = s),
    ("grades[0].area", |r, s| r.grades[0].area = s),
    ("recommendations[0].text", |r, s| {
        r.recommendations[0].text = s
    }),
    ("recommendations[0].response", |r, s| {
        r.recommendations[0].response = Some(s)
    }),
    ("areas_for_improvement[3].text", |r, s| {
        r.areas_for_improvement[3].text = s
    }),
    ("areas_for_improvement[3].response", |r, s| {
        r.areas_for_improvement[3].response = Some(s)
    }),
    ("chief_constable_response", |r, s| {
        r.chief_constable_response = s
    }),
    ("pcc_response", |r, s| r.pcc_response = s),
    ("checklist[0].item", |r, s| r.checklist[0].item = s),
    (
        "areas_for_improvement[3].tracking.updates[0].action",
        |r, s| r.areas_for_improvement[3].tracking.updates[0].action = s,
    ),
    (
        "areas_for_improvement[3].tracking.updates[0].evidence",
        |r, s| r.areas_for_improvement[3].tracking.updates[0].evidence = s,
    ),
    (
        "areas_for_improvement[3].tracking.updates[0].evidence_link",
        |r, s| r.areas_for_improvement[3].tracking.updates[0].evidence_link = Some(s),
    ),
    ("section_55.web_address", |r, s| {
        r.section_55.web_address = Some(s)
    }),
    ("letter.addressees[0]", |r, s| {
        r.letter.as_mut().unwrap().addressees = Some(vec![s])
    }),
    ("letter.salutation", |r, s| {
        r.letter.as_mut().unwrap().salutation = Some(s)
    }),
    ("letter.subject", |r, s| {
        r.letter.as_mut().unwrap().subject = Some(s)
    }),
];

#[test]
fn every_text_field_holds_the_limit_and_not_one_character_more() {
    for (field, set) in TEXT_FIELDS {
        let mut r = letter();
        // Two-byte characters: the limit counts characters, not bytes.
        set(&mut r, "é".repeat(MAX_TEXT_CHARS));
        check_response(&r).unwrap_or_else(|e| panic!("{field} at the limit: {e}"));
        set(&mut r, "é".repeat(MAX_TEXT_CHARS + 1));
        let (f, problem) = refused(&r);
        assert_eq!(&f, field);
        assert_eq!(
            problem,
            "is 100,001 characters long; the most a field can hold is 100,000 (about 40 \
             pages). Shorten it, or split it between fields."
        );
    }
}

#[test]
fn a_title_holds_500_characters_and_not_one_more() {
    let mut r = letter();
    r.inspection.title = "é".repeat(MAX_TITLE_CHARS);
    check_response(&r).unwrap();
    r.inspection.title.push('x');
    assert_eq!(
        refused(&r),
        (
            "inspection.title".to_string(),
            "is 501 characters long; the most it can hold is 500. Shorten it.".to_string()
        )
    );
}

/// The fields with a shorter limit than [`MAX_TEXT_CHARS`], by path, their limit and a way
/// to set them.
const SHORT_FIELDS: &[(&str, usize, Setter)] = &[
    (
        "recommendations[0].tracking.lead",
        MAX_NAME_CHARS,
        |r, s| r.recommendations[0].tracking.lead = Some(s),
    ),
    (
        "areas_for_improvement[3].tracking.updates[0].reported_by",
        MAX_NAME_CHARS,
        |r, s| r.areas_for_improvement[3].tracking.updates[0].reported_by = s,
    ),
    (
        "areas_for_improvement[1].tracking.superseded_by.inspection",
        MAX_TITLE_CHARS,
        |r, s| {
            let t = &mut r.areas_for_improvement[1].tracking;
            t.superseded_by = Some(ItemLink {
                inspection: s,
                ..link()
            })
        },
    ),
    (
        "areas_for_improvement[2].tracking.carried_from.inspection",
        MAX_TITLE_CHARS,
        |r, s| {
            let t = &mut r.areas_for_improvement[2].tracking;
            t.carried_from = Some(ItemLink {
                inspection: s,
                ..link()
            })
        },
    ),
];

#[test]
fn names_and_the_titles_of_linked_reports_hold_their_limits_and_not_one_more() {
    for &(field, max, set) in SHORT_FIELDS {
        let mut r = letter();
        set(&mut r, "é".repeat(max));
        check_response(&r).unwrap_or_else(|e| panic!("{field} at the limit: {e}"));
        set(&mut r, "é".repeat(max + 1));
        let problem = format!(
            "is {} characters long; the most it can hold is {max}. Shorten it.",
            max + 1
        );
        assert_eq!(refused(&r), (field.to_string(), problem));
    }
}

#[test]
fn an_item_holds_500_updates_and_not_one_more() {
    let mut r = letter();
    r.recommendations[0].tracking.updates = vec![update(); MAX_UPDATES];
    check_response(&r).unwrap();
    r.recommendations[0].tracking.updates.push(update());
    assert_eq!(
        refused(&r),
        (
            "recommendations[0].tracking.updates".to_string(),
            "has 501 entries; the most the app accepts is 500. Remove some, or combine them."
                .to_string()
        )
    );
}

#[test]
fn new_tracking_over_its_limits_is_cut_to_fit_and_stored_tracking_kept() {
    let stored = letter();
    let mut typed = stored.clone();
    typed.recommendations[0].tracking.lead = Some("l".repeat(300));
    let t = &mut typed.areas_for_improvement[3].tracking;
    t.updates[0].reported_by = "As typed.".into();
    t.updates = vec![t.updates[0].clone(); MAX_UPDATES + 2];
    typed.areas_for_improvement[0].tracking.updates = vec![update()];
    typed.areas_for_improvement[0].tracking.updates[0].reported_by = "r".repeat(201);
    let found = overflows(&typed);
    let fields: Vec<&str> = found.iter().map(|o| o.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "recommendations[0].tracking.lead",
            "areas_for_improvement[0].tracking.updates[0].reported_by",
            "areas_for_improvement[3].tracking.updates",
        ]
    );
    let kept = keep_stored(&typed, &stored, &found);
    assert_eq!(kept.recommendations[0].tracking.lead, Some("l".repeat(200)));
    // The update is new, so it is cut; the list was stored, so it is kept as stored.
    let reported_by = &kept.areas_for_improvement[0].tracking.updates[0].reported_by;
    assert_eq!(reported_by.chars().count(), MAX_NAME_CHARS);
    assert_eq!(
        kept.areas_for_improvement[3].tracking,
        stored.areas_for_improvement[3].tracking
    );
    check_response(&kept).unwrap();
}

#[test]
fn every_field_over_its_limit_is_found_not_only_the_first() {
    let mut r = letter();
    r.pcc_response = "x".repeat(MAX_TEXT_CHARS + 1);
    r.chief_constable_response = "x".repeat(170_000);
    r.areas_for_improvement = vec![Item::default(); MAX_LIST_ENTRIES + 1];
    r.areas_for_improvement[0].text = "x".repeat(MAX_TEXT_CHARS + 1);
    let fields: Vec<String> = overflows(&r).into_iter().map(|o| o.field).collect();
    assert_eq!(
        fields,
        [
            "areas_for_improvement",
            "chief_constable_response",
            "pcc_response"
        ]
    );
    assert_eq!(overflows(&letter()), vec![]);
}

#[test]
fn a_field_over_its_limit_keeps_its_stored_value_and_the_rest_is_saved() {
    let mut stored = letter();
    stored.chief_constable_response = "As saved.".into();
    let mut typed = stored.clone();
    typed.chief_constable_response = "x".repeat(170_000);
    typed.pcc_response = "Typed since.".into();
    typed.areas_for_improvement.push(Item {
        text: "y".repeat(MAX_TEXT_CHARS + 5),
        response: None,
        tracking: Default::default(),
    });
    typed.inspection.title = "t".repeat(600);
    let found = overflows(&typed);
    let kept = keep_stored(&typed, &stored, &found);
    assert_eq!(kept.chief_constable_response, "As saved.");
    assert_eq!(kept.pcc_response, "Typed since.");
    // New: nothing stored to keep, so cut to the limit.
    assert_eq!(
        kept.areas_for_improvement[4].text.chars().count(),
        MAX_TEXT_CHARS
    );
    assert_eq!(kept.inspection.title, "");
    assert_eq!(kept.areas_for_improvement.len(), 5);
    check_response(&kept).unwrap();
    assert_eq!(
        pointer("areas_for_improvement[3].text"),
        "/areas_for_improvement/3/text"
    );
    assert_eq!(pointer("letter.addressees"), "/letter/addressees");
}

#[test]
fn a_megabyte_field_is_refused_with_its_length() {
    let mut r = letter();
    r.areas_for_improvement[3].text = "x".repeat(1_048_576);
    let err = check_response(&r).unwrap_err().to_string();
    assert!(
        err.starts_with("areas_for_improvement[3].text: is 1,048,576 characters long;"),
        "{err}"
    );
}

/// Every list, by its path, and a way to give it `n` entries.
type Lengthen = fn(&mut Response, usize);
const LISTS: &[(&str, Lengthen)] = &[
    ("inspection.forces", |r, n| {
        r.inspection.forces = vec!["Norfolk".into(); n]
    }),
    ("grades", |r, n| r.grades = vec![r.grades[0].clone(); n]),
    ("recommendations", |r, n| {
        r.recommendations = vec![Item::default(); n]
    }),
    ("areas_for_improvement", |r, n| {
        r.areas_for_improvement = vec![Item::default(); n]
    }),
    ("checklist", |r, n| {
        r.checklist = vec![ChecklistEntry::new("Sent."); n]
    }),
    ("letter.addressees", |r, n| {
        r.letter.as_mut().unwrap().addressees = Some(vec!["HMICFRS".into(); n])
    }),
];

#[test]
fn every_list_holds_the_limit_and_not_one_entry_more() {
    for (field, lengthen) in LISTS {
        let mut r = letter();
        lengthen(&mut r, MAX_LIST_ENTRIES);
        check_response(&r).unwrap_or_else(|e| panic!("{field} at the limit: {e}"));
        lengthen(&mut r, MAX_LIST_ENTRIES + 1);
        let (f, problem) = refused(&r);
        assert_eq!(&f, field);
        assert_eq!(
            problem,
            "has 201 entries; the most the app accepts is 200. Remove some, or combine them."
        );
    }
    let mut r = letter();
    r.areas_for_improvement = vec![Item::default(); 1_000];
    assert!(refused(&r).1.starts_with("has 1,000 entries;"));
}

#[test]
fn a_form_and_an_empty_draft_pass() {
    check_response(&Response::new(DocumentKind::Form, &[])).unwrap();
    check_response(&letter()).unwrap();
}

#[test]
fn numbers_have_commas_between_thousands() {
    let cases = [
        (0, "0"),
        (999, "999"),
        (1_000, "1,000"),
        (100_000, "100,000"),
        (1_048_576, "1,048,576"),
        (12_345_678_901, "12,345,678,901"),
    ];
    for (n, written) in cases {
        assert_eq!(thousands(n), written);
    }
}

//! No input makes the readers panic, and every response the app can hold survives the trip
//! through the file.

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::{Map, Value};

use super::tests::{rich_form, rich_letter};
use super::{read_office, read_response, write_response};
use crate::{
    ChecklistEntry, DocumentKind, Grade, GradedJudgement, Inspection, InspectionType, Item,
    ItemKind, ItemLink, ItemStatus, Letter, LetterDate, ProgressUpdate, Rag, Response, Section55,
    Status, Tracking,
};

/// Cases of arbitrary text given to both readers.
pub(crate) const TEXT_CASES: u32 = 20_000;
/// Cases of arbitrary JSON given to both readers.
pub(crate) const JSON_CASES: u32 = 20_000;
/// Cases of a valid response file with one value changed, removed or added, each read
/// whole, with a character spliced in, and cut short.
pub(crate) const MUTATED_CASES: u32 = 10_000;
/// Cases of a response written and read back.
pub(crate) const ROUND_TRIP_CASES: u32 = 2_000;

/// Words the formats use, so that mutations often land on almost-valid files.
const WORDS: &[&str] = &[
    "",
    "pcc-response",
    "pcc-office",
    "form",
    "letter",
    "draft",
    "PEEL",
    "Other",
    "Good",
    "2024-09-24",
    "2024-07",
    "2024-02-30",
    "published+56",
    "statutory",
    "logo.png",
    "awaiting_review",
    "superseded",
    "amber",
    "area_for_improvement",
    "recommendation",
];

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        select(WORDS).prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        let key = prop_oneof![
            "[a-z_]{1,10}",
            select(super::response::FIELDS).prop_map(String::from),
            select(super::response::tracking::TRACKING).prop_map(String::from),
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..4)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Every JSON pointer in `value`, the root included.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| pointers(v, format!("{at}/{k}"), out)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
    out.push(at);
}

/// `file` with one value replaced or removed, or an object given a new field.
fn mutate(mut file: Value, at: Index, op: u8, new: Value, key: &str) -> Value {
    let mut all = Vec::new();
    pointers(&file, String::new(), &mut all);
    let pointer = &all[at.index(all.len())];
    match (op % 3, pointer.rsplit_once('/')) {
        (1, Some((parent, last))) => match file.pointer_mut(parent) {
            Some(Value::Object(map)) => _ = map.shift_remove(last),
            Some(Value::Array(items)) => _ = items.remove(last.parse::<usize>().unwrap()),
            _ => unreachable!("a parent is an object or a list"),
        },
        (2, _) => match file.pointer_mut(pointer) {
            Some(Value::Object(map)) => _ = map.insert(key.to_string(), new),
            Some(target) => *target = new,
            None => unreachable!("every pointer was found in the file"),
        },
        _ => *file.pointer_mut(pointer).unwrap() = new,
    }
    file
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1..=3_652_059i32).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

fn text() -> impl Strategy<Value = String> {
    "\\PC{0,20}|[ \n*_>#\\-\\[\\]()\"\\\\]{0,10}"
}

fn any_link() -> impl Strategy<Value = ItemLink> {
    let link = (
        text(),
        proptest::option::of(any_date()),
        select(ItemKind::ALL),
        1..=u32::MAX,
    );
    link.prop_map(|(inspection, published, kind, number)| ItemLink {
        inspection,
        published,
        kind,
        number,
    })
}

fn any_update() -> impl Strategy<Value = ProgressUpdate> {
    let update = (
        any_date(),
        (text(), text(), text()),
        proptest::option::of(text()),
        select(ItemStatus::ALL),
    );
    update.prop_map(
        |(date, (reported_by, action, evidence), evidence_link, status)| ProgressUpdate {
            date,
            reported_by,
            action,
            evidence,
            evidence_link,
            status,
        },
    )
}

/// Any tracking; [`keep_rules`] then makes it fit its item.
fn any_tracking() -> impl Strategy<Value = Tracking> {
    let tracking = (
        (
            proptest::option::of(text()),
            proptest::option::of(any_date()),
            select(ItemStatus::ALL),
            proptest::option::of(select(Rag::ALL)),
        ),
        (
            proptest::option::of(any_link()),
            proptest::option::of(any_link()),
            proptest::option::of(any_date()),
            prop::collection::vec(any_update(), 0..3),
        ),
    );
    tracking.prop_map(
        |((lead, target, status, rag), (superseded_by, carried_from, first_raised, updates))| {
            Tracking {
                lead,
                target,
                status,
                rag,
                superseded_by,
                carried_from,
                first_raised,
                updates,
            }
        },
    )
}

fn any_section_55() -> impl Strategy<Value = Section55> {
    let dates = || proptest::option::of(any_date());
    (proptest::option::of(text()), dates(), dates(), dates()).prop_map(
        |(web_address, published_on, sent_to_hmicfrs, sent_to_home_secretary)| Section55 {
            web_address,
            published_on,
            sent_to_hmicfrs,
            sent_to_home_secretary,
        },
    )
}

/// `r` changed, where its tracking breaks a rule the reader holds it to, to keep the rule:
/// a later item only for an item superseded, never the item itself, and no update before
/// the report was published.
fn keep_rules(mut r: Response) -> Response {
    let published = r.inspection.published;
    for (kind, items) in [
        (ItemKind::Recommendation, &mut r.recommendations),
        (ItemKind::AreaForImprovement, &mut r.areas_for_improvement),
    ] {
        for (n, item) in items.iter_mut().enumerate() {
            let t = &mut item.tracking;
            if t.status != ItemStatus::Superseded {
                t.superseded_by = None;
            }
            if let Some(by) = &mut t.superseded_by {
                if by.inspection == r.inspection.title
                    && by.published == published
                    && by.kind == kind
                    && by.number as usize == n + 1
                {
                    by.number += 1;
                }
            }
            for u in &mut t.updates {
                u.date = u.date.max(published.unwrap_or(u.date));
            }
        }
    }
    r
}

fn any_response() -> impl Strategy<Value = Response> {
    let item = || {
        let item = (text(), proptest::option::of(text()), any_tracking());
        item.prop_map(|(text, response, tracking)| Item {
            text,
            response,
            tracking,
        })
    };
    let items = || prop::collection::vec(item(), 0..4);
    let inspection = (
        text(),
        proptest::option::of(any_date()),
        select(InspectionType::ALL),
        proptest::option::of(text()),
        prop::collection::vec(text(), 0..3),
        proptest::option::of(text()),
    )
        .prop_map(
            |(title, published, kind, type_detail, forces, report_url)| Inspection {
                title,
                published,
                kind,
                type_detail,
                forces,
                report_url,
            },
        );
    let grade =
        (select(Grade::ALL), text()).prop_map(|(grade, area)| GradedJudgement { grade, area });
    let entry = (text(), any::<bool>(), proptest::option::of(any_date())).prop_map(
        |(item, done, done_on)| match (done, done_on) {
            (false, None) => ChecklistEntry::new(item),
            (_, on) => ChecklistEntry::completed(item, on),
        },
    );
    let letter_date = prop_oneof![
        (0..=9999i32, 1..=12u32).prop_map(|(year, month)| LetterDate::Month { year, month }),
        any_date().prop_map(LetterDate::Day),
    ];
    let letter = (
        proptest::option::of(letter_date),
        proptest::option::of(prop::collection::vec(text(), 0..3)),
        proptest::option::of(text()),
        proptest::option::of(text()),
    )
        .prop_map(|(date, addressees, salutation, subject)| Letter {
            date,
            addressees,
            salutation,
            subject,
        });
    (
        (
            select(DocumentKind::ALL),
            select(Status::ALL),
            inspection,
            text(),
        ),
        (prop::collection::vec(grade, 0..4), items(), items()),
        (text(), text(), prop::collection::vec(entry, 0..4), letter),
        any_section_55(),
    )
        .prop_map(
            |(
                (document, status, inspection, key_findings),
                (grades, recs, afis),
                (cc, pcc, checklist, letter),
                section_55,
            )| Response {
                document,
                status,
                inspection,
                key_findings,
                grades,
                recommendations: recs,
                areas_for_improvement: afis,
                chief_constable_response: cc,
                pcc_response: pcc,
                checklist,
                letter: (document == DocumentKind::Letter).then_some(letter),
                section_55,
            },
        )
        .prop_map(keep_rules)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(TEXT_CASES))]
    #[test]
    fn any_text_is_answered_without_a_panic(text in "\\PC*|[{}\\[\\]\",:0-9a-z ]*") {
        _ = read_response(&text);
        _ = read_office(&text, std::path::Path::new("."));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(JSON_CASES))]
    #[test]
    fn any_json_is_answered_without_a_panic(value in any_json()) {
        _ = read_response(&value.to_string());
        _ = read_office(&value.to_string(), std::path::Path::new("."));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(MUTATED_CASES))]
    #[test]
    fn a_mutated_response_file_is_answered_without_a_panic(
        letter in any::<bool>(), at in any::<Index>(), op in any::<u8>(),
        new in any_json(), key in "[a-z_]{1,10}", cut in any::<Index>(), splice in any::<char>(),
    ) {
        let r = if letter { rich_letter() } else { rich_form() };
        let file = serde_json::from_str(&write_response(&r)).unwrap();
        let text = mutate(file, at, op, new, &key).to_string();
        _ = read_response(&text);
        let chars: Vec<char> = text.chars().collect();
        let at = cut.index(chars.len() + 1);
        let spliced: String = chars[..at].iter().chain([&splice]).chain(&chars[at..]).collect();
        _ = read_response(&spliced);
        _ = read_response(&text[..text.char_indices().nth(at).map_or(text.len(), |(i, _)| i)]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(ROUND_TRIP_CASES))]
    #[test]
    fn any_response_round_trips(r in any_response()) {
        prop_assert_eq!(read_response(&write_response(&r)).unwrap(), r);
    }
}

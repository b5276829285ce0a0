//! How much a response may hold. A field pasted from a whole book, or a hostile file with a
//! million entries, is refused with the field named before it reaches the database or a
//! document, rather than slowing the app to a halt or being cut short without a word.
//!
//! The limits are far above any real response: the 2024 PEEL response's longest field (the
//! Chief Constable's response) is about 10,000 characters and its longest list 17 entries.

use crate::{Error, Response, Result};

/// The most characters (Unicode scalar values) a text field may hold: about 40 pages.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// The most entries a list may hold: grades, recommendations, areas for improvement,
/// checklist, forces and letter addressees.
pub const MAX_LIST_ENTRIES: usize = 200;

/// The largest response or office file read, in bytes (20 MB). A file at every limit of a
/// real draft is a small fraction of this; anything larger is not one of the app's files.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The most characters an inspection title may hold: far more than any report's title, few
/// enough that the title still fits the header of the window and a line of the list.
pub const MAX_TITLE_CHARS: usize = 500;

/// The limits, for the window: it refuses a paste or keystroke that would break one at the
/// moment it happens, rather than finding out at the save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Limits {
    /// [`MAX_TEXT_CHARS`].
    pub text_chars: usize,
    /// [`MAX_TITLE_CHARS`].
    pub title_chars: usize,
    /// [`MAX_LIST_ENTRIES`].
    pub list_entries: usize,
}

/// The limits the store and the file readers apply.
pub const LIMITS: Limits = Limits {
    text_chars: MAX_TEXT_CHARS,
    title_chars: MAX_TITLE_CHARS,
    list_entries: MAX_LIST_ENTRIES,
};

/// A field over its limit: where it is, by its path in the response file
/// (`areas_for_improvement[3].text`), and what is wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overflow {
    /// The field's path in the response file.
    pub field: String,
    /// Its size, the limit and what to do.
    pub problem: String,
}

/// Checks every text field and list of `response` against the limits.
///
/// Errors: [`Error::Invalid`] for the first field over a limit, named by its path in the
/// response file (`areas_for_improvement[3].text`, `key_findings`, `inspection.title`),
/// with its size, the limit and what to do.
pub fn check_response(r: &Response) -> Result<()> {
    match overflows(r).into_iter().next() {
        Some(Overflow { field, problem }) => Err(Error::invalid(field, problem)),
        None => Ok(()),
    }
}

/// Every field of `response` over a limit, in the order of the response file. A list over
/// its limit is reported once, and its entries are not looked into.
pub fn overflows(r: &Response) -> Vec<Overflow> {
    let mut found = Found(Vec::new());
    let i = &r.inspection;
    found.text("inspection.title", &i.title, MAX_TITLE_CHARS);
    found.opt_text("inspection.type_detail", &i.type_detail);
    found.list("inspection.forces", &i.forces, |found, path, force| {
        found.text(path, force, MAX_TEXT_CHARS)
    });
    found.opt_text("inspection.report_url", &i.report_url);
    found.text("key_findings", &r.key_findings, MAX_TEXT_CHARS);
    found.list("grades", &r.grades, |found, path, g| {
        found.text(&format!("{path}.area"), &g.area, MAX_TEXT_CHARS)
    });
    for (key, items) in [
        ("recommendations", &r.recommendations),
        ("areas_for_improvement", &r.areas_for_improvement),
    ] {
        found.list(key, items, |found, path, item| {
            found.text(&format!("{path}.text"), &item.text, MAX_TEXT_CHARS);
            found.opt_text(&format!("{path}.response"), &item.response);
        });
    }
    found.text(
        "chief_constable_response",
        &r.chief_constable_response,
        MAX_TEXT_CHARS,
    );
    found.text("pcc_response", &r.pcc_response, MAX_TEXT_CHARS);
    found.list("checklist", &r.checklist, |found, path, entry| {
        found.text(&format!("{path}.item"), &entry.item, MAX_TEXT_CHARS)
    });
    if let Some(letter) = &r.letter {
        if let Some(addressees) = &letter.addressees {
            found.list("letter.addressees", addressees, |found, path, a| {
                found.text(path, a, MAX_TEXT_CHARS)
            });
        }
        found.opt_text("letter.salutation", &letter.salutation);
        found.opt_text("letter.subject", &letter.subject);
    }
    found.0
}

/// What [`overflows`] has found so far.
struct Found(Vec<Overflow>);

impl Found {
    fn text(&mut self, field: &str, value: &str, max: usize) {
        if let Some(problem) = too_long(value, max) {
            self.0.push(Overflow {
                field: field.to_string(),
                problem,
            });
        }
    }

    fn opt_text(&mut self, field: &str, value: &Option<String>) {
        self.text(field, value.as_deref().unwrap_or_default(), MAX_TEXT_CHARS);
    }

    /// The length of the list at `field`, then, if it fits, each entry with `entry`.
    fn list<T>(&mut self, field: &str, entries: &[T], entry: impl Fn(&mut Self, &str, &T)) {
        if entries.len() > MAX_LIST_ENTRIES {
            self.0.push(Overflow {
                field: field.to_string(),
                problem: format!(
                    "has {} entries; the most the app accepts is {}. Remove some, or combine \
                     them.",
                    thousands(entries.len()),
                    thousands(MAX_LIST_ENTRIES)
                ),
            });
            return;
        }
        for (n, value) in entries.iter().enumerate() {
            entry(self, &format!("{field}[{n}]"), value);
        }
    }
}

/// `response` with each field of `overflows` put back as it is in `stored` (the response as
/// last saved), so that the rest can be saved while the officer shortens that field. A field
/// `stored` does not have yet (a new item) is cut to its limit instead.
pub fn keep_stored(response: &Response, stored: &Response, overflows: &[Overflow]) -> Response {
    let (Ok(mut new), Ok(old)) = (serde_json::to_value(response), serde_json::to_value(stored))
    else {
        return stored.clone();
    };
    for o in overflows {
        let pointer = pointer(&o.field);
        let kept = old.pointer(&pointer).filter(|v| !v.is_null()).cloned();
        if let Some(value) = new.pointer_mut(&pointer) {
            *value = kept.unwrap_or_else(|| cut(value, &o.field));
        }
    }
    serde_json::from_value(new).unwrap_or_else(|_| stored.clone())
}

/// True when `a` and `b` hold the same value at `field`, a path in the response file.
pub fn same_at(a: &Response, b: &Response, field: &str) -> bool {
    let at = |r: &Response| {
        serde_json::to_value(r)
            .ok()
            .and_then(|v| v.pointer(&pointer(field)).cloned())
    };
    at(a) == at(b)
}

/// A field's value cut to its limit: text to its first characters, a list to its first
/// entries.
fn cut(value: &serde_json::Value, field: &str) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            let max = if field == "inspection.title" {
                MAX_TITLE_CHARS
            } else {
                MAX_TEXT_CHARS
            };
            Value::String(s.chars().take(max).collect())
        }
        Value::Array(entries) => {
            Value::Array(entries.iter().take(MAX_LIST_ENTRIES).cloned().collect())
        }
        other => other.clone(),
    }
}

/// "areas_for_improvement[3].text" as the JSON pointer "/areas_for_improvement/3/text".
fn pointer(field: &str) -> String {
    field
        .split(['.', '['])
        .map(|part| format!("/{}", part.trim_end_matches(']')))
        .collect()
}

/// What is wrong with `value` when it holds more than `max` characters (Unicode scalar
/// values), and what to do.
fn too_long(value: &str, max: usize) -> Option<String> {
    // A character is at least one byte, so most text is cleared without counting.
    if value.len() <= max {
        return None;
    }
    let chars = value.chars().count();
    if chars <= max {
        return None;
    }
    let advice = if max == MAX_TEXT_CHARS {
        format!(
            "the most a field can hold is {} (about 40 pages). Shorten it, or split it \
             between fields.",
            thousands(max)
        )
    } else {
        format!("the most it can hold is {}. Shorten it.", thousands(max))
    };
    Some(format!("is {} characters long; {advice}", thousands(chars)))
}

/// `n` with commas between thousands, as a UK reader writes it: 1,048,576.
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ChecklistEntry, DocumentKind, GradedJudgement, Item, Letter};

    fn letter() -> Response {
        let mut r = Response::new(DocumentKind::Letter, &["Forwarded.".into()]);
        r.letter = Some(Letter {
            date: None,
            addressees: Some(vec!["The Home Secretary".into()]),
            salutation: Some("Dear Home Secretary".into()),
            subject: Some("PEEL 2024".into()),
        });
        r.areas_for_improvement = vec![Item::default(); 4];
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
}

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

/// Checks every text field and list of `response` against the limits.
///
/// Errors: [`Error::Invalid`] for the first field over a limit, named by its path in the
/// response file (`areas_for_improvement[3].text`, `key_findings`, `inspection.title`),
/// with its size, the limit and what to do.
pub fn check_response(r: &Response) -> Result<()> {
    let i = &r.inspection;
    text("inspection.title", &i.title)?;
    opt_text("inspection.type_detail", &i.type_detail)?;
    list("inspection.forces", &i.forces, |path, force| {
        text(path, force)
    })?;
    opt_text("inspection.report_url", &i.report_url)?;
    text("key_findings", &r.key_findings)?;
    list("grades", &r.grades, |path, g| {
        text(&format!("{path}.area"), &g.area)
    })?;
    for (key, items) in [
        ("recommendations", &r.recommendations),
        ("areas_for_improvement", &r.areas_for_improvement),
    ] {
        list(key, items, |path, item| {
            text(&format!("{path}.text"), &item.text)?;
            opt_text(&format!("{path}.response"), &item.response)
        })?;
    }
    text("chief_constable_response", &r.chief_constable_response)?;
    text("pcc_response", &r.pcc_response)?;
    list("checklist", &r.checklist, |path, entry| {
        text(&format!("{path}.item"), &entry.item)
    })?;
    if let Some(letter) = &r.letter {
        if let Some(addressees) = &letter.addressees {
            list("letter.addressees", addressees, |path, a| text(path, a))?;
        }
        opt_text("letter.salutation", &letter.salutation)?;
        opt_text("letter.subject", &letter.subject)?;
    }
    Ok(())
}

fn text(field: &str, value: &str) -> Result<()> {
    // A character is at least one byte, so most text is cleared without counting.
    if value.len() <= MAX_TEXT_CHARS {
        return Ok(());
    }
    let chars = value.chars().count();
    if chars <= MAX_TEXT_CHARS {
        return Ok(());
    }
    Err(Error::invalid(
        field,
        format!(
            "is {} characters long; the most a field can hold is {} (about 40 pages). \
             Shorten it, or split it between fields.",
            thousands(chars),
            thousands(MAX_TEXT_CHARS)
        ),
    ))
}

fn opt_text(field: &str, value: &Option<String>) -> Result<()> {
    value.as_deref().map_or(Ok(()), |v| text(field, v))
}

/// Checks the length of the list at `field`, then each entry with `entry(path, value)`.
fn list<T>(field: &str, entries: &[T], entry: impl Fn(&str, &T) -> Result<()>) -> Result<()> {
    if entries.len() > MAX_LIST_ENTRIES {
        return Err(Error::invalid(
            field,
            format!(
                "has {} entries; the most the app accepts is {}. Remove some, or combine \
                 them.",
                thousands(entries.len()),
                thousands(MAX_LIST_ENTRIES)
            ),
        ));
    }
    entries
        .iter()
        .enumerate()
        .try_for_each(|(n, value)| entry(&format!("{field}[{n}]"), value))
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
        ("inspection.title", |r, s| r.inspection.title = s),
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
            let entry = ChecklistEntry {
                item: "Sent.".into(),
                done_on: None,
            };
            r.checklist = vec![entry; n]
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

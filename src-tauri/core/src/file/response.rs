//! The response file, `pcc-response` version 2: one draft as JSON (`docs/response-file.md`).
//! Version 2 gave each checklist entry `done` beside `done_on`, so that an item done on a day
//! not known can be kept, and each item its `tracking` and the response its `section_55`
//! record ([`tracking`]), so that the response is followed after publication. Version 1,
//! where an entry is done when it has a date and nothing is tracked, is still read.

pub(super) mod tracking;

use std::path::Path;

use serde_json::{json, Value};

use super::fields::{expected, text, Fields};
use super::{parse, pretty, read_text, Header};
use crate::{
    ChecklistEntry, DocumentKind, Error, Grade, GradedJudgement, Inspection, InspectionType, Item,
    Letter, Response, Result, Status,
};

const HEADER: Header = Header {
    format: "pcc-response",
    version: 2,
    what: "a PCC response file",
};

pub(super) const FIELDS: &[&str] = &[
    "format",
    "version",
    "document",
    "status",
    "inspection",
    "key_findings",
    "grades",
    "recommendations",
    "areas_for_improvement",
    "chief_constable_response",
    "pcc_response",
    "checklist",
    "section_55",
    "letter",
];
/// The fields of a file of `version`: version 1 had no `section_55`.
fn fields_of(version: u64) -> Vec<&'static str> {
    let v1 = |f: &&str| version > 1 || *f != "section_55";
    FIELDS.iter().copied().filter(v1).collect()
}
const INSPECTION: &[&str] = &[
    "title",
    "published",
    "type",
    "type_detail",
    "forces",
    "report_url",
];
const GRADE: &[&str] = &["grade", "area"];
const ITEM: &[&str] = &["text", "response", "tracking"];
/// An item in version 1, before `tracking`.
const ITEM_V1: &[&str] = &["text", "response"];
const CHECKLIST_ENTRY: &[&str] = &["item", "done", "done_on"];
/// A checklist entry in version 1, before `done`.
const CHECKLIST_ENTRY_V1: &[&str] = &["item", "done_on"];
const LETTER: &[&str] = &["date", "addressees", "salutation", "subject"];

/// Reads a response file's text.
///
/// Blank, null or missing text and missing lists are allowed, as in any draft; a letter
/// whose `letter` is null reads as a letter with every letter field left to the defaults.
/// An item without `tracking` (every item of a version 1 file) is awaiting review, with
/// nothing else recorded; a response without `section_55` has nothing recorded there.
///
/// Errors: [`Error::Json`] for text that is not JSON (or is nested too deeply);
/// [`Error::Invalid`], naming the field, for a file that is not a response file or does not
/// fit the format, including any field the format does not have (in version 1, `tracking`
/// and `section_55` among them), for a field over the [limits](crate::limits), and for
/// tracking that breaks its rules: a progress update dated before the report was published,
/// or a `superseded_by` naming the item itself or set while the status is not superseded;
/// [`Error::NewerVersion`] for a file from a newer version of the app.
pub fn read_response(json: &str) -> Result<Response> {
    let value = parse(json)?;
    let version = HEADER.check(&value)?;
    let v1 = version == 1;
    let file = Fields::new(String::new(), &value, &fields_of(version))?;
    let item = |path, value| item(path, value, v1);
    let document = file.word("document", DocumentKind::parse, DocumentKind::expected)?;
    let response = Response {
        document,
        status: file.word("status", Status::parse, Status::expected)?,
        inspection: inspection(file.object("inspection", INSPECTION)?)?,
        key_findings: file.text("key_findings")?,
        grades: file.list("grades", grade)?,
        recommendations: file.list("recommendations", item)?,
        areas_for_improvement: file.list("areas_for_improvement", item)?,
        chief_constable_response: file.text("chief_constable_response")?,
        pcc_response: file.text("pcc_response")?,
        checklist: file.list("checklist", |path, v| checklist_entry(path, v, v1))?,
        section_55: tracking::section_55(&file)?,
        letter: letter_of(&file, document)?,
    };
    crate::limits::check_response(&response)?;
    tracking::check_rules(&response)?;
    Ok(response)
}

/// Reads the response file at `path`.
///
/// Errors: those of [`read_response`]; [`Error::TooLarge`] for a file over 20 MB;
/// [`Error::Unreadable`] for one that is empty or not UTF-8 text; [`Error::Io`] when the
/// file cannot be read.
pub fn read_response_file(path: &Path) -> Result<Response> {
    read_response(&read_text(path)?)
}

/// The response as a response file: JSON with two-space indents and a final newline, keys
/// in the order `docs/response-file.md` gives, every field present (null where there is
/// nothing).
///
/// A form is written with `"letter": null` whatever its letter fields hold, and a letter
/// without letter fields with an object of nulls, as [`read_response`] would read them.
pub fn write_response(response: &Response) -> String {
    let r = response;
    let i = &r.inspection;
    let items = |items: &[Item]| -> Vec<Value> {
        let item = |it: &Item| {
            json!({
                "text": it.text,
                "response": it.response,
                "tracking": tracking::tracking_value(&it.tracking),
            })
        };
        items.iter().map(item).collect()
    };
    pretty(&json!({
        "format": HEADER.format,
        "version": HEADER.version,
        "document": r.document.as_str(),
        "status": r.status.as_str(),
        "inspection": {
            "title": i.title,
            "published": i.published.map(|d| d.to_string()),
            "type": i.kind.as_str(),
            "type_detail": i.type_detail,
            "forces": i.forces,
            "report_url": i.report_url,
        },
        "key_findings": r.key_findings,
        "grades": r.grades.iter().map(|g| json!({
            "grade": g.grade.as_str(),
            "area": g.area,
        })).collect::<Vec<_>>(),
        "recommendations": items(&r.recommendations),
        "areas_for_improvement": items(&r.areas_for_improvement),
        "chief_constable_response": r.chief_constable_response,
        "pcc_response": r.pcc_response,
        "checklist": r.checklist.iter().map(|c| json!({
            "item": c.item,
            "done": c.is_done(),
            "done_on": c.done_on.map(|d| d.to_string()),
        })).collect::<Vec<_>>(),
        "section_55": tracking::section_55_value(&r.section_55),
        "letter": match (r.document, &r.letter) {
            (DocumentKind::Form, _) => Value::Null,
            (DocumentKind::Letter, letter) => {
                let none = no_letter_fields();
                let l = letter.as_ref().unwrap_or(&none);
                json!({
                    "date": l.date.map(|d| d.to_string()),
                    "addressees": l.addressees,
                    "salutation": l.salutation,
                    "subject": l.subject,
                })
            }
        },
    }))
}

fn inspection(f: Fields) -> Result<Inspection> {
    Ok(Inspection {
        title: f.text("title")?,
        published: f.date("published")?,
        kind: f.word("type", InspectionType::parse, InspectionType::expected)?,
        type_detail: f.opt_text("type_detail")?,
        forces: f.list("forces", text)?,
        report_url: f.opt_text("report_url")?,
    })
}

fn grade(path: String, value: &Value) -> Result<GradedJudgement> {
    let f = Fields::new(path, value, GRADE)?;
    Ok(GradedJudgement {
        grade: f.word("grade", Grade::parse, Grade::expected)?,
        area: f.text("area")?,
    })
}

/// An item; in version 1 (`v1`) it has no `tracking` and reads as awaiting review.
fn item(path: String, value: &Value, v1: bool) -> Result<Item> {
    let f = Fields::new(path, value, if v1 { ITEM_V1 } else { ITEM })?;
    Ok(Item {
        text: f.text("text")?,
        response: f.opt_text("response")?,
        tracking: tracking::tracking(&f)?,
    })
}

/// A checklist entry. In version 1 (`v1`) an entry is done when it has a date; in version 2
/// `done` says so, a missing or null `done` reading as in version 1, and an entry not done
/// has no date.
fn checklist_entry(path: String, value: &Value, v1: bool) -> Result<ChecklistEntry> {
    let known = if v1 {
        CHECKLIST_ENTRY_V1
    } else {
        CHECKLIST_ENTRY
    };
    let f = Fields::new(path, value, known)?;
    let item = f.text("item")?;
    let done_on = f.date("done_on")?;
    match f.opt_bool("done")? {
        Some(false) if done_on.is_some() => {
            let what = "null, as \"done\" is false";
            Err(Error::invalid(
                f.path("done_on"),
                expected(what, f.get("done_on")),
            ))
        }
        Some(true) => Ok(ChecklistEntry::completed(item, done_on)),
        Some(false) | None => Ok(match done_on {
            Some(day) => ChecklistEntry::completed(item, Some(day)),
            None => ChecklistEntry::new(item),
        }),
    }
}

/// The letter fields: none for a form, and for a letter those given or, when `letter` is
/// null, all left to the defaults.
fn letter_of(file: &Fields, document: DocumentKind) -> Result<Option<Letter>> {
    match (document, file.get("letter")) {
        (DocumentKind::Form, None) => Ok(None),
        (DocumentKind::Form, Some(v)) => {
            let problem = expected("null, as the document is a form", Some(v));
            Err(Error::invalid(file.path("letter"), problem))
        }
        (DocumentKind::Letter, None) => Ok(Some(no_letter_fields())),
        (DocumentKind::Letter, Some(v)) => {
            letter(Fields::new(file.path("letter"), v, LETTER)?).map(Some)
        }
    }
}

fn letter(f: Fields) -> Result<Letter> {
    Ok(Letter {
        date: f.letter_date("date")?,
        addressees: f.opt_list("addressees", text)?,
        salutation: f.opt_text("salutation")?,
        subject: f.opt_text("subject")?,
    })
}

fn no_letter_fields() -> Letter {
    Letter {
        date: None,
        addressees: None,
        salutation: None,
        subject: None,
    }
}

//! Checks before export: what is missing, unfinished or implausible, each problem naming the
//! section the officer must go back to. In a draft every gap is a warning; once the response
//! is marked ready for signature (or later) the same gaps are errors, because the PCC is about
//! to sign it. A field too long to be saved is always an error. None stops an export: only a
//! document that cannot be produced does.

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates;
use crate::field_names;
use crate::model::{DocumentKind, Response, Status};
use crate::{limits, links, richtext, Office};

/// The earliest date published taken as plausible. HMICFRS's reports, and PCCs, are far
/// younger; a date before it is a typing slip in the year.
pub const EARLIEST_PUBLISHED: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => panic!("a real date"),
};

/// The part of the response a problem is in: the drafting step to go back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Section {
    /// Inspection details.
    Inspection,
    /// Key findings and graded judgements.
    KeyFindings,
    /// Recommendations.
    Recommendations,
    /// Areas for improvement.
    AreasForImprovement,
    /// The Chief Constable's response.
    ChiefConstableResponse,
    /// The PCC's response.
    PccResponse,
    /// The office checklist.
    Checklist,
    /// The letter's own fields.
    Letter,
    /// The office settings (not a drafting step: the window sends the officer to Settings).
    Office,
}

impl Section {
    /// The section's name as the officer sees it.
    pub fn label(self) -> &'static str {
        match self {
            Section::Inspection => "Inspection details",
            Section::KeyFindings => "Key findings",
            Section::Recommendations => "Recommendations",
            Section::AreasForImprovement => "Areas for improvement",
            Section::ChiefConstableResponse => "Chief Constable response",
            Section::PccResponse => "PCC response",
            Section::Checklist => "Office checklist",
            Section::Letter => "Letter",
            Section::Office => "Office settings",
        }
    }
}

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Severity {
    /// Worth fixing; the document is still produced.
    Warning,
    /// Must be fixed before the response is signed; the document is still produced.
    Error,
}

/// One thing to put right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Problem {
    /// Where it is.
    pub section: Section,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong, in words.
    pub message: String,
    /// The field it is about, by its path in the response file (`inspection.published`,
    /// `checklist[2].done_on`), where it is one field: the window shows the problem beside
    /// it. `None` for a gap in a section as a whole.
    pub field: Option<String>,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{level}: {}: {}", self.section.label(), self.message)
    }
}

/// Everything missing, unfinished or implausible in `response`, as it would be exported with
/// `office`'s settings on `today`. Without an office (the command-line tool given none), the
/// office's details are not checked.
pub fn check(response: &Response, office: Option<&Office>, today: NaiveDate) -> Vec<Problem> {
    let severity = if response.status == Status::Draft {
        Severity::Warning
    } else {
        Severity::Error
    };
    let mut problems = Vec::new();
    let mut at = |section, field: Option<String>, message: String| {
        problems.push(Problem {
            section,
            severity,
            message,
            field,
        })
    };

    if response.inspection.title.trim().is_empty() {
        at(
            Section::Inspection,
            None,
            "The inspection title is missing.".into(),
        );
    }
    match response.inspection.published {
        None => at(
            Section::Inspection,
            None,
            "The date published is missing, so the section 55 deadline cannot be worked out."
                .into(),
        ),
        Some(published) => {
            if let Some(problem) = implausible_published(published, today) {
                at(
                    Section::Inspection,
                    Some("inspection.published".into()),
                    problem,
                );
            }
        }
    }
    if is_blank(&response.pcc_response) {
        at(
            Section::PccResponse,
            None,
            "The PCC response is empty.".into(),
        );
    }
    for (i, rec) in response.recommendations.iter().enumerate() {
        if rec.response.as_deref().is_none_or(is_blank) {
            at(
                Section::Recommendations,
                None,
                format!(
                    "Recommendation {} has no response. Section 55(5B) asks for the action taken \
                     or proposed, or why none.",
                    i + 1
                ),
            );
        }
    }
    for (i, entry) in response.checklist.iter().enumerate() {
        if let Some(problem) =
            implausible_done_on(entry.done_on, response.inspection.published, today)
        {
            at(
                Section::Checklist,
                Some(format!("checklist[{i}].done_on")),
                format!(
                    "Checklist item {} ({}) {problem}",
                    i + 1,
                    shortened(&entry.item)
                ),
            );
        }
    }
    if response.document == DocumentKind::Letter
        && response.letter.as_ref().and_then(|l| l.date).is_none()
    {
        at(Section::Letter, None, "The letter has no date.".into());
    }
    for (section, field, markdown) in rich_fields(response) {
        for href in richtext::refused_links(markdown) {
            at(section, Some(field.clone()), links::refusal(&href));
        }
    }
    for (section, field, url) in link_fields(response) {
        if !url.trim().is_empty() && links::resolve(url).is_none() {
            at(section, Some(field), links::refusal(url));
        }
    }
    let missing = office.map(|o| missing_office_details(o, response.document));
    for missing in missing.unwrap_or_default() {
        at(
            Section::Office,
            None,
            format!(
                "{missing} is not set, and the document needs it. Enter it in the office settings."
            ),
        );
    }
    problems.extend(too_long(response));
    problems
}

/// Fields over a limit: they cannot be saved as they are, so each is an error whatever the
/// status, named as the window names it.
pub fn too_long(response: &Response) -> Vec<Problem> {
    limits::overflows(response)
        .into_iter()
        .map(|o| {
            let field = field_names::describe(&o.field);
            Problem {
                section: field.section.unwrap_or(Section::Inspection),
                severity: Severity::Error,
                message: format!(
                    "{} {} It is kept on screen, but cannot be saved until it fits.",
                    field.name, o.problem
                ),
                field: Some(o.field),
            }
        })
        .collect()
}

/// The fields that hold one web address each, by section and path: the report's link, the
/// response's address in its section 55 record, and each progress update's evidence link.
fn link_fields(r: &Response) -> Vec<(Section, String, &str)> {
    let mut found = Vec::new();
    if let Some(url) = &r.inspection.report_url {
        found.push((
            Section::Inspection,
            "inspection.report_url".into(),
            url.as_str(),
        ));
    }
    for (section, key, items) in item_lists(r) {
        for (n, item) in items.iter().enumerate() {
            for (u, update) in item.tracking.updates.iter().enumerate() {
                if let Some(url) = &update.evidence_link {
                    let field = format!("{key}[{n}].tracking.updates[{u}].evidence_link");
                    found.push((section, field, url.as_str()));
                }
            }
        }
    }
    if let Some(url) = &r.section_55.web_address {
        found.push((
            Section::Checklist,
            "section_55.web_address".into(),
            url.as_str(),
        ));
    }
    found
}

/// What is wrong with a date published of `published`, seen on `today`.
pub fn implausible_published(published: NaiveDate, today: NaiveDate) -> Option<String> {
    let shown = dates::long(published);
    if published > today {
        Some(format!(
            "The date published, {shown}, is in the future. Check the year: the deadline is \
             counted from it."
        ))
    } else if published < EARLIEST_PUBLISHED {
        Some(format!(
            "The date published, {shown}, is before {}, earlier than any report a PCC \
             answers. Check the year.",
            EARLIEST_PUBLISHED.format("%Y")
        ))
    } else {
        None
    }
}

/// What is wrong with a checklist item done on `done_on`, for a report published on
/// `published`, seen on `today`; the sentence follows the item's name.
fn implausible_done_on(
    done_on: Option<NaiveDate>,
    published: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<String> {
    let done_on = done_on?;
    let shown = dates::long(done_on);
    if done_on > today {
        Some(format!(
            "is marked done on {shown}, which is in the future. Check the date."
        ))
    } else {
        published.filter(|p| done_on < *p).map(|published| {
            format!(
                "is marked done on {shown}, before the report was published on {}. Check the \
                 date.",
                dates::long(published)
            )
        })
    }
}

/// The office details the document prints that are blank: the PCC's name, the police area
/// and the force, and for a letter the office's name and address.
pub fn missing_office_details(office: &Office, document: DocumentKind) -> Vec<&'static str> {
    let blank = |s: &str| s.trim().is_empty();
    let letter = document == DocumentKind::Letter;
    [
        ("The PCC's name", blank(&office.pcc_name)),
        ("The police area", blank(&office.area)),
        ("The force", blank(&office.force)),
        ("The office name", letter && blank(&office.office_name)),
        (
            "The office address",
            letter && office.address.iter().all(|l| blank(l)),
        ),
    ]
    .into_iter()
    .filter_map(|(name, missing)| missing.then_some(name))
    .collect()
}

/// The rich-text fields of `response`, with the section each is on and its path.
fn rich_fields(r: &Response) -> Vec<(Section, String, &str)> {
    let mut fields = vec![(
        Section::KeyFindings,
        "key_findings".to_string(),
        r.key_findings.as_str(),
    )];
    for (section, key, items) in item_lists(r) {
        for (n, item) in items.iter().enumerate() {
            fields.push((section, format!("{key}[{n}].text"), item.text.as_str()));
            if let Some(response) = item.response.as_deref() {
                fields.push((section, format!("{key}[{n}].response"), response));
            }
        }
    }
    fields.push((
        Section::ChiefConstableResponse,
        "chief_constable_response".into(),
        &r.chief_constable_response,
    ));
    fields.push((Section::PccResponse, "pcc_response".into(), &r.pcc_response));
    fields
}

/// The first words of `text`, for naming an item in a message.
fn shortened(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("“{}…”", text[..at].trim_end()),
        None => format!("“{text}”"),
    }
}

/// True when Markdown text shows nothing.
pub fn is_blank(markdown: &str) -> bool {
    richtext::plain_text(&richtext::parse(markdown))
        .trim()
        .is_empty()
}

/// The response's two lists of items, each with its step and its key in the file.
fn item_lists(r: &Response) -> [(Section, &'static str, &[crate::Item]); 2] {
    [
        (
            Section::Recommendations,
            "recommendations",
            &r.recommendations,
        ),
        (
            Section::AreasForImprovement,
            "areas_for_improvement",
            &r.areas_for_improvement,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::tests::day;
    use crate::model::{Item, Letter};

    fn office() -> Office {
        let mut o = Office::unset();
        o.pcc_name = "Jo Bloggs".into();
        o.area = "Wessex".into();
        o.force = "Wessex Constabulary".into();
        o.office_name = "Office of the PCC for Wessex".into();
        o.address = vec!["1 High Street".into()];
        o
    }

    /// The checks on 30 November 2024, with the office set up.
    fn checked(r: &Response) -> Vec<Problem> {
        check(r, Some(&office()), day(2024, 11, 30))
    }

    fn messages(r: &Response) -> Vec<String> {
        checked(r).into_iter().map(|p| p.message).collect()
    }

    fn complete() -> Response {
        let mut r = Response::new(DocumentKind::Form, &[]);
        r.inspection.title = "PEEL 2024".into();
        r.inspection.published = chrono::NaiveDate::from_ymd_opt(2024, 9, 24);
        r.pcc_response = "I welcome the report.".into();
        r
    }

    #[test]
    fn a_complete_response_has_no_problems() {
        assert_eq!(checked(&complete()), vec![]);
    }

    #[test]
    fn each_gap_names_its_section() {
        let mut r = complete();
        r.inspection.title = "  ".into();
        r.inspection.published = None;
        r.pcc_response = "\n\n   \n".into();
        r.recommendations = vec![
            Item {
                text: "Do this.".into(),
                response: Some("Done.".into()),
                tracking: Default::default(),
            },
            Item {
                text: "Do that.".into(),
                response: None,
                tracking: Default::default(),
            },
        ];
        let sections: Vec<_> = checked(&r).iter().map(|p| p.section).collect();
        assert_eq!(
            sections,
            [
                Section::Inspection,
                Section::Inspection,
                Section::PccResponse,
                Section::Recommendations
            ]
        );
        assert!(checked(&r)[3].message.contains("Recommendation 2"));
        assert!(checked(&r).iter().all(|p| p.severity == Severity::Warning));
    }

    #[test]
    fn gaps_are_errors_once_ready_for_signature() {
        let mut r = complete();
        r.pcc_response.clear();
        r.status = Status::Ready;
        assert_eq!(checked(&r)[0].severity, Severity::Error);
        assert_eq!(
            checked(&r)[0].to_string(),
            "error: PCC response: The PCC response is empty."
        );
    }

    #[test]
    fn a_letter_needs_a_date() {
        let mut r = complete();
        r.document = DocumentKind::Letter;
        r.letter = Some(Letter {
            date: None,
            addressees: None,
            salutation: None,
            subject: None,
        });
        assert_eq!(checked(&r)[0].section, Section::Letter);
        r.letter = None;
        assert_eq!(checked(&r)[0].section, Section::Letter);
    }

    #[test]
    fn a_year_typed_wrong_is_a_problem() {
        let mut r = complete();
        r.inspection.published = Some(day(2204, 9, 24));
        assert_eq!(
            messages(&r),
            [
                "The date published, 24 September 2204, is in the future. Check the year: the \
              deadline is counted from it."
            ]
        );
        r.inspection.published = Some(day(1900, 9, 24));
        assert_eq!(
            messages(&r),
            [
                "The date published, 24 September 1900, is before 2000, earlier than any report \
              a PCC answers. Check the year."
            ]
        );
        r.inspection.published = Some(day(2000, 1, 1));
        assert_eq!(checked(&r), vec![]);
        r.inspection.published = Some(day(2024, 11, 30));
        assert_eq!(checked(&r), vec![]);
    }

    #[test]
    fn a_checklist_date_in_the_future_or_before_publication_is_a_problem() {
        let mut r = complete();
        let entry = |item: &str, done_on| crate::ChecklistEntry::completed(item, Some(done_on));
        r.checklist = vec![
            entry("Sent to the Home Secretary.", day(2099, 1, 1)),
            entry("Published on the website.", day(2024, 9, 1)),
            entry("Sent to HMICFRS.", day(2024, 10, 1)),
        ];
        let found = checked(&r);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|p| p.section == Section::Checklist));
        assert_eq!(
            found[0].message,
            "Checklist item 1 (“Sent to the Home Secretary.”) is marked done on 1 January 2099, \
             which is in the future. Check the date."
        );
        assert_eq!(
            found[1].message,
            "Checklist item 2 (“Published on the website.”) is marked done on 1 September \
             2024, before the report was published on 24 September 2024. Check the date."
        );
    }

    #[test]
    fn each_office_detail_the_document_needs_is_named() {
        let mut r = complete();
        let found = check(&r, Some(&Office::unset()), day(2024, 11, 30));
        let named: Vec<_> = found
            .iter()
            .map(|p| (p.section, p.message.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                (
                    Section::Office,
                    "The PCC's name is not set, and the document needs it. Enter it in the office settings."
                ),
                (
                    Section::Office,
                    "The police area is not set, and the document needs it. Enter it in the office settings."
                ),
                (
                    Section::Office,
                    "The force is not set, and the document needs it. Enter it in the office settings."
                ),
            ]
        );
        r.document = DocumentKind::Letter;
        r.letter = Some(Letter {
            date: Some(crate::LetterDate::Month {
                year: 2024,
                month: 11,
            }),
            addressees: None,
            salutation: None,
            subject: None,
        });
        let mut o = office();
        o.office_name = " ".into();
        o.address = vec![String::new()];
        let found: Vec<_> = check(&r, Some(&o), day(2024, 11, 30))
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("The office name is not set"));
        assert!(found[1].starts_with("The office address is not set"));
    }

    #[test]
    fn a_refused_link_is_named_in_its_section() {
        let mut r = complete();
        r.chief_constable_response = "See [bad link](javascript:alert(1)).".into();
        r.inspection.report_url = Some("javascript:alert(1)".into());
        let found = checked(&r);
        let sections: Vec<_> = found.iter().map(|p| p.section).collect();
        assert_eq!(
            sections,
            [Section::ChiefConstableResponse, Section::Inspection]
        );
        assert!(found[0]
            .message
            .starts_with("The link to “javascript:alert(1)” cannot work"));
        r.inspection.report_url = Some("www.justiceinspectorates.gov.uk/peel".into());
        r.chief_constable_response = "[report](https://example.org)".into();
        assert_eq!(checked(&r), vec![]);
    }

    #[test]
    fn a_refused_evidence_link_or_web_address_is_named_as_the_report_link_is() {
        let mut r = complete();
        r.areas_for_improvement = vec![crate::Item::new("Answer 101 calls sooner.", None)];
        r.areas_for_improvement[0].tracking.updates = vec![crate::ProgressUpdate {
            date: day(2024, 10, 1),
            reported_by: "Head of Crime".into(),
            action: "Reviewed.".into(),
            evidence: "Minutes.".into(),
            evidence_link: Some("file:///C:/minutes.docx".into()),
            status: crate::ItemStatus::BeingProgressed,
        }];
        r.section_55.web_address = Some("javascript:alert(1)".into());
        let found = checked(&r);
        let fields: Vec<_> = found
            .iter()
            .map(|p| (p.section, p.field.as_deref().unwrap()))
            .collect();
        assert_eq!(
            fields,
            [
                (
                    Section::AreasForImprovement,
                    "areas_for_improvement[0].tracking.updates[0].evidence_link"
                ),
                (Section::Checklist, "section_55.web_address"),
            ]
        );
        assert_eq!(found[1].message, links::refusal("javascript:alert(1)"));
        r.areas_for_improvement[0].tracking.updates[0].evidence_link =
            Some("www.example.org/opcc/minutes".into());
        r.section_55.web_address = Some("https://www.example.org/opcc/peel".into());
        assert_eq!(checked(&r), vec![]);
    }

    #[test]
    fn a_field_too_long_to_save_is_an_error_even_in_a_draft_named_in_words() {
        let mut r = complete();
        r.chief_constable_response = "x".repeat(167_308);
        let found = checked(&r);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].section, Section::ChiefConstableResponse);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(
            found[0].message,
            "Chief Constable response is 167,308 characters long; the most a field can hold is \
             100,000 (about 40 pages). Shorten it, or split it between fields. It is kept on \
             screen, but cannot be saved until it fits."
        );
    }
}

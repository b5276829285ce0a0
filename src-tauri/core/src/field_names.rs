//! Fields named as the window names them. The response and office files, the limits and the
//! readers name a field by its path in the file (`areas_for_improvement[3].text`), which the
//! command-line tool shows as it is; the window shows "Area for improvement 4" and the
//! section the officer goes back to.

use crate::checks::Section;

/// A field in the officer's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    /// The drafting step (or Settings) it is on; `None` for the file as a whole.
    pub section: Option<Section>,
    /// Its name as the window shows it, capitalised: "Chief Constable response".
    pub name: String,
}

/// Each field by its path in the file (without an index): the step it is on, its name, and
/// the name of one of its elements, numbered, where it is a list of them.
#[rustfmt::skip]
const FIELDS: [(&str, Section, &str, Option<&str>); 32] = {
    use Section::*;
    [
        ("inspection.title", Inspection, "Inspection title", None),
        ("inspection.published", Inspection, "Date published", None),
        ("inspection.type", Inspection, "Type of inspection", None),
        ("inspection.type_detail", Inspection, "What the inspection is", None),
        ("inspection.forces", Inspection, "Forces inspected", Some("Force")),
        ("inspection.report_url", Inspection, "Link to the report", None),
        ("inspection", Inspection, "Inspection details", None),
        ("key_findings", KeyFindings, "Key findings", None),
        ("grades", KeyFindings, "Graded judgements", Some("Graded judgement")),
        ("chief_constable_response", ChiefConstableResponse, "Chief Constable response", None),
        ("pcc_response", PccResponse, "PCC response", None),
        ("checklist", Checklist, "Office checklist", Some("Checklist item")),
        ("letter.date", Letter, "Letter date", None),
        ("letter.addressees", Letter, "Addressees", Some("Addressee")),
        ("letter.salutation", Letter, "Salutation", None),
        ("letter.subject", Letter, "Subject line", None),
        ("letter", Letter, "Letter", None),
        ("status", Inspection, "Status", None),
        ("pcc_name", Office, "The PCC's name", None),
        ("area", Office, "Police area", None),
        ("force", Office, "Force", None),
        ("office_name", Office, "Office name", None),
        ("address", Office, "Office address", None),
        ("telephone", Office, "Telephone", None),
        ("email", Office, "Email", None),
        ("web", Office, "Website", None),
        ("logo", Office, "Logo", None),
        ("statutory_statement", Office, "Statutory statement", None),
        ("checklist_items", Office, "Checklist items", None),
        ("addressees", Office, "Letter addressees", None),
        ("salutation", Office, "Salutation", None),
        ("deadline_rule", Office, "Deadline rule", None),
    ]
};

/// `path`, a field's path in a response or office file, in the officer's words. A path the
/// app does not know is named "A part of the file".
pub fn describe(path: &str) -> FieldName {
    let (head, index, rest) = split(path);
    let numbered = |what: &str| match index {
        Some(n) => format!("{what} {}", n + 1),
        None => what.to_string(),
    };
    let file = |name: &str| FieldName {
        section: None,
        name: name.into(),
    };
    match (head, rest) {
        ("recommendations", r) => item(Section::Recommendations, "Recommendation", index, r),
        ("areas_for_improvement", r) => item(
            Section::AreasForImprovement,
            "Area for improvement",
            index,
            r,
        ),
        ("checklist", ".done_on") => FieldName {
            section: Some(Section::Checklist),
            name: format!("The date of {}", numbered("checklist item").to_lowercase()),
        },
        ("format" | "version" | "document" | "", _) => file("The file"),
        _ => match FIELDS.iter().find(|(field, ..)| *field == head) {
            Some(&(_, section, name, element)) => FieldName {
                section: Some(section),
                name: match (element, index) {
                    (Some(element), Some(_)) => numbered(element),
                    _ => name.into(),
                },
            },
            None => file("A part of the file"),
        },
    }
}

/// The tracking fields and report choices the window sends, by the last part of their path:
/// the name the officer sees beside the box.
const ENTERED: [(&str, &str); 17] = [
    ("date", "Date of the update"),
    ("reported_by", "Reported by"),
    ("action", "What was done"),
    ("evidence", "Evidence"),
    ("evidence_link", "Link to the evidence"),
    ("status", "Status"),
    ("lead", "Lead"),
    ("target", "Target date"),
    ("rag", "RAG rating"),
    ("superseded_by", "Superseded by"),
    ("carried_from", "Carried forward from"),
    ("as_of", "Position as at"),
    ("from", "Reports published from"),
    ("to", "Reports published to"),
    ("web_address", "Web address"),
    ("signed", "As signed"),
    ("signature", "The PCC's signature"),
];

/// A field the officer entered in the window (a tracking box, a report's day), named as the
/// box beside it is: `areas_for_improvement[2].tracking.updates[0].date` is "Date of the
/// update". A path not among them is named as [`describe`] names it.
pub fn entered(path: &str) -> String {
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.split('[').next().unwrap_or(last);
    ENTERED
        .iter()
        .find(|(field, _)| *field == last)
        .map_or_else(|| describe(path).name, |(_, name)| name.to_string())
}

/// A recommendation or area for improvement, its text or its response.
fn item(section: Section, what: &str, index: Option<usize>, rest: &str) -> FieldName {
    let name = match (index, rest) {
        (Some(n), ".response") => format!("The response to {} {}", what.to_lowercase(), n + 1),
        (Some(n), _) => format!("{what} {}", n + 1),
        (None, _) => format!("{what}s"),
    };
    FieldName {
        section: Some(section),
        name,
    }
}

/// "areas_for_improvement[3].text" as ("areas_for_improvement", Some(3), ".text").
fn split(path: &str) -> (&str, Option<usize>, &str) {
    let Some(open) = path.find('[') else {
        return (path, None, "");
    };
    let close = path[open..].find(']').map_or(path.len(), |c| open + c);
    let index = path.get(open + 1..close).and_then(|n| n.parse().ok());
    (&path[..open], index, path.get(close + 1..).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entered_field_is_named_as_its_box() {
        let update = "areas_for_improvement[2].tracking.updates[0].date";
        assert_eq!(entered(update), "Date of the update");
        assert_eq!(entered("recommendations[0].tracking.lead"), "Lead");
        assert_eq!(entered("as_of"), "Position as at");
        assert_eq!(
            entered("chief_constable_response"),
            "Chief Constable response"
        );
    }

    fn name(path: &str) -> String {
        describe(path).name
    }

    #[test]
    fn fields_read_as_the_window_names_them() {
        let cases = [
            ("chief_constable_response", "Chief Constable response"),
            ("pcc_response", "PCC response"),
            ("inspection.title", "Inspection title"),
            ("inspection.published", "Date published"),
            ("inspection.forces[1]", "Force 2"),
            ("areas_for_improvement[3].text", "Area for improvement 4"),
            (
                "areas_for_improvement[3].response",
                "The response to area for improvement 4",
            ),
            ("recommendations", "Recommendations"),
            ("checklist[0].done_on", "The date of checklist item 1"),
            ("letter.addressees[0]", "Addressee 1"),
            ("pcc_name", "The PCC's name"),
            ("format", "The file"),
            ("something.else", "A part of the file"),
        ];
        for (path, words) in cases {
            assert_eq!(name(path), words, "{path}");
        }
    }

    #[test]
    fn each_field_is_on_its_step() {
        assert_eq!(
            describe("chief_constable_response").section,
            Some(Section::ChiefConstableResponse)
        );
        assert_eq!(
            describe("areas_for_improvement[16].text").section,
            Some(Section::AreasForImprovement)
        );
        assert_eq!(describe("area").section, Some(Section::Office));
        assert_eq!(describe("version").section, None);
    }
}

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

/// `path`, a field's path in a response or office file, in the officer's words. A path the
/// app does not know is named "A part of the file".
pub fn describe(path: &str) -> FieldName {
    let (head, index, rest) = split(path);
    let nth = |what: &str| match index {
        Some(n) => format!("{what} {}", n + 1),
        None => what.to_string(),
    };
    let named = |section: Section, name: String| FieldName {
        section: Some(section),
        name,
    };
    use Section::*;
    match (head, rest) {
        ("inspection.title", _) => named(Inspection, "Inspection title".into()),
        ("inspection.published", _) => named(Inspection, "Date published".into()),
        ("inspection.type", _) => named(Inspection, "Type of inspection".into()),
        ("inspection.type_detail", _) => named(Inspection, "What the inspection is".into()),
        ("inspection.forces", _) if index.is_some() => named(Inspection, nth("Force")),
        ("inspection.forces", _) => named(Inspection, "Forces inspected".into()),
        ("inspection.report_url", _) => named(Inspection, "Link to the report".into()),
        ("inspection", _) => named(Inspection, "Inspection details".into()),
        ("key_findings", _) => named(KeyFindings, "Key findings".into()),
        ("grades", _) if index.is_some() => named(KeyFindings, nth("Graded judgement")),
        ("grades", _) => named(KeyFindings, "Graded judgements".into()),
        ("recommendations", r) => item(Recommendations, "Recommendation", index, r),
        ("areas_for_improvement", r) => item(AreasForImprovement, "Area for improvement", index, r),
        ("chief_constable_response", _) => {
            named(ChiefConstableResponse, "Chief Constable response".into())
        }
        ("pcc_response", _) => named(PccResponse, "PCC response".into()),
        ("checklist", ".done_on") => named(
            Checklist,
            format!("The date of {}", nth("checklist item").to_lowercase()),
        ),
        ("checklist", _) if index.is_some() => named(Checklist, nth("Checklist item")),
        ("checklist", _) => named(Checklist, "Office checklist".into()),
        ("letter.date", _) => named(Letter, "Letter date".into()),
        ("letter.addressees", _) if index.is_some() => named(Letter, nth("Addressee")),
        ("letter.addressees", _) => named(Letter, "Addressees".into()),
        ("letter.salutation", _) => named(Letter, "Salutation".into()),
        ("letter.subject", _) => named(Letter, "Subject line".into()),
        ("letter", _) => named(Letter, "Letter".into()),
        ("status", _) => named(Inspection, "Status".into()),
        ("pcc_name", _) => named(Office, "The PCC's name".into()),
        ("area", _) => named(Office, "Police area".into()),
        ("force", _) => named(Office, "Force".into()),
        ("office_name", _) => named(Office, "Office name".into()),
        ("address", _) => named(Office, "Office address".into()),
        ("telephone", _) => named(Office, "Telephone".into()),
        ("email", _) => named(Office, "Email".into()),
        ("web", _) => named(Office, "Website".into()),
        ("logo", _) => named(Office, "Logo".into()),
        ("statutory_statement", _) => named(Office, "Statutory statement".into()),
        ("checklist_items", _) => named(Office, "Checklist items".into()),
        ("addressees", _) => named(Office, "Letter addressees".into()),
        ("salutation", _) => named(Office, "Salutation".into()),
        ("deadline_rule", _) => named(Office, "Deadline rule".into()),
        ("format" | "version" | "document" | "", _) => FieldName {
            section: None,
            name: "The file".into(),
        },
        _ => FieldName {
            section: None,
            name: "A part of the file".into(),
        },
    }
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

//! Checks before export: what is missing or unfinished, each problem naming the section the
//! officer must go back to. In a draft every problem is a warning; once the response is
//! marked ready for signature (or later) the same gaps are errors, because the PCC is about
//! to sign it. Neither stops an export: only a document that cannot be produced does.

use serde::Serialize;

use crate::model::{DocumentKind, Response, Status};
use crate::richtext;

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

/// Everything missing or unfinished in `response`.
pub fn check(response: &Response) -> Vec<Problem> {
    let severity = if response.status == Status::Draft {
        Severity::Warning
    } else {
        Severity::Error
    };
    let mut problems = Vec::new();
    let mut add = |section, message: String| {
        problems.push(Problem {
            section,
            severity,
            message,
        })
    };

    if response.inspection.title.trim().is_empty() {
        add(
            Section::Inspection,
            "The inspection title is missing.".into(),
        );
    }
    if response.inspection.published.is_none() {
        add(
            Section::Inspection,
            "The date published is missing, so the section 55 deadline cannot be worked out."
                .into(),
        );
    }
    if is_blank(&response.pcc_response) {
        add(Section::PccResponse, "The PCC response is empty.".into());
    }
    for (i, rec) in response.recommendations.iter().enumerate() {
        if rec.response.as_deref().is_none_or(is_blank) {
            add(
                Section::Recommendations,
                format!(
                    "Recommendation {} has no response. Section 55(5B) asks for the action taken \
                     or proposed, or why none.",
                    i + 1
                ),
            );
        }
    }
    if response.document == DocumentKind::Letter
        && response.letter.as_ref().and_then(|l| l.date).is_none()
    {
        add(Section::Letter, "The letter has no date.".into());
    }
    problems
}

/// True when Markdown text shows nothing.
pub fn is_blank(markdown: &str) -> bool {
    richtext::plain_text(&richtext::parse(markdown))
        .trim()
        .is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, Letter};

    fn complete() -> Response {
        let mut r = Response::new(DocumentKind::Form, &[]);
        r.inspection.title = "PEEL 2024".into();
        r.inspection.published = chrono::NaiveDate::from_ymd_opt(2024, 9, 24);
        r.pcc_response = "I welcome the report.".into();
        r
    }

    #[test]
    fn a_complete_response_has_no_problems() {
        assert_eq!(check(&complete()), vec![]);
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
            },
            Item {
                text: "Do that.".into(),
                response: None,
            },
        ];
        let sections: Vec<_> = check(&r).iter().map(|p| p.section).collect();
        assert_eq!(
            sections,
            [
                Section::Inspection,
                Section::Inspection,
                Section::PccResponse,
                Section::Recommendations
            ]
        );
        assert!(check(&r)[3].message.contains("Recommendation 2"));
        assert!(check(&r).iter().all(|p| p.severity == Severity::Warning));
    }

    #[test]
    fn gaps_are_errors_once_ready_for_signature() {
        let mut r = complete();
        r.pcc_response.clear();
        r.status = Status::Ready;
        assert_eq!(check(&r)[0].severity, Severity::Error);
        assert_eq!(
            check(&r)[0].to_string(),
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
        assert_eq!(check(&r)[0].section, Section::Letter);
        r.letter = None;
        assert_eq!(check(&r)[0].section, Section::Letter);
    }
}

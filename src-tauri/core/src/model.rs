//! The response: one draft of a PCC's statutory comments on one inspection report, as the
//! officer edits it. Field for field this is the response file of `docs/response-file.md`
//! (less `format` and `version`, which belong to the file) and the parts of the two
//! documents, the form and the letter. Nothing here knows about storage, files or Word.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One response, form or letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Response {
    /// Which document the response prints as.
    pub document: DocumentKind,
    /// Where the response is in its life.
    pub status: Status,
    /// The report being answered.
    pub inspection: Inspection,
    /// Prose summary of the report's findings (Markdown subset).
    pub key_findings: String,
    /// The graded judgements, in the order printed.
    pub grades: Vec<GradedJudgement>,
    /// The report's recommendations, in order.
    pub recommendations: Vec<Item>,
    /// The report's areas for improvement, in order.
    pub areas_for_improvement: Vec<Item>,
    /// The Chief Constable's response (Markdown subset).
    pub chief_constable_response: String,
    /// The PCC's own response (Markdown subset).
    pub pcc_response: String,
    /// "For Office Use Only": what happened to the response after signing.
    pub checklist: Vec<ChecklistEntry>,
    /// Letter fields; `None` for a form.
    pub letter: Option<Letter>,
    /// The section 55 record, where the checklist does not keep it.
    pub section_55: crate::tracking::Section55,
}

/// The two documents a response can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DocumentKind {
    /// The response form, for most reports.
    Form,
    /// The letter, for short responses.
    Letter,
}

/// The life of a response, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Status {
    /// Being written.
    Draft,
    /// With the PCC for signature.
    Ready,
    /// Signed by the PCC.
    Signed,
    /// Published on the office's website.
    Published,
}

/// The inspection report the response answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Inspection {
    /// The report's title as HMICFRS published it.
    pub title: String,
    /// The day the report was published; the section 55 clock starts here.
    pub published: Option<NaiveDate>,
    /// The type of inspection.
    #[serde(rename = "type")]
    pub kind: InspectionType,
    /// What the type is, when `kind` is `Other` (free text).
    pub type_detail: Option<String>,
    /// The police force or forces inspected.
    pub forces: Vec<String>,
    /// Where the report can be read.
    pub report_url: Option<String>,
}

/// HMICFRS publication types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum InspectionType {
    /// Police effectiveness, efficiency and legitimacy.
    #[serde(rename = "PEEL")]
    Peel,
    /// A national (thematic) inspection.
    National,
    /// A joint inspection with other inspectorates.
    Joint,
    /// An inspection of this force alone.
    #[serde(rename = "Force-specific")]
    ForceSpecific,
    /// Commissioned by the PCC.
    #[serde(rename = "PCC-commissioned")]
    PccCommissioned,
    /// Anything else; `type_detail` says what.
    Other,
}

/// A graded judgement: "**Outstanding** at recording data about crime".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct GradedJudgement {
    /// The grade, printed in bold.
    pub grade: Grade,
    /// The words that follow the grade.
    pub area: String,
}

/// The five PEEL grades, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Grade {
    /// Outstanding.
    Outstanding,
    /// Good.
    Good,
    /// Adequate.
    Adequate,
    /// Requires improvement.
    #[serde(rename = "Requires improvement")]
    RequiresImprovement,
    /// Inadequate.
    Inadequate,
}

/// A recommendation or an area for improvement, with what is being done about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Item {
    /// The item as the report words it, without its "Area for Improvement N:" label.
    pub text: String,
    /// The action taken or proposed, or why none (Markdown subset).
    pub response: Option<String>,
    /// What happens to it after the response: lead, target, status, RAG and updates.
    pub tracking: crate::tracking::Tracking,
}

impl Item {
    /// An item as the report words it, with its response, not yet tracked.
    pub fn new(text: impl Into<String>, response: Option<String>) -> Self {
        Item {
            text: text.into(),
            response,
            tracking: Default::default(),
        }
    }
}

/// One line of the office checklist: not done, done on a known day, or done on a day not
/// known (the 2017 form ticked its items without a date).
///
/// Invariant: a date implies done (`done_on.is_some()` implies `done`). The constructors and
/// setters below keep it; the response file and the database refuse an entry that breaks it.
/// Ask [`ChecklistEntry::is_done`] rather than reading a field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChecklistEntry {
    /// What is to be done, e.g. "Response forwarded to the Chief Constable."
    pub item: String,
    /// Whether it has been done, with or without a known day.
    pub done: bool,
    /// The day it was done, or `None` while it is not done or the day is not known.
    pub done_on: Option<NaiveDate>,
}

impl ChecklistEntry {
    /// An item not done yet.
    pub fn new(item: impl Into<String>) -> Self {
        Self {
            item: item.into(),
            done: false,
            done_on: None,
        }
    }

    /// An item done on `on`, or on a day not known when `on` is `None`.
    pub fn completed(item: impl Into<String>, on: Option<NaiveDate>) -> Self {
        Self {
            item: item.into(),
            done: true,
            done_on: on,
        }
    }

    /// Whether the item has been done, whether or not the day is known.
    pub fn is_done(&self) -> bool {
        self.done || self.done_on.is_some()
    }

    /// Ticks the item (keeping its date) or unticks it (clearing its date).
    pub fn set_done(&mut self, done: bool) {
        self.done = done;
        if !done {
            self.done_on = None;
        }
    }

    /// Records the day the item was done, which ticks it; `None` keeps it done with the
    /// day not known.
    pub fn set_done_on(&mut self, on: Option<NaiveDate>) {
        self.done_on = on;
        self.done |= on.is_some();
    }
}

/// The fields only a letter has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Letter {
    /// The date printed on the letter.
    pub date: Option<LetterDate>,
    /// One addressee a line; `None` means the office's defaults.
    pub addressees: Option<Vec<String>>,
    /// "Dear ..."; `None` means the office's default.
    pub salutation: Option<String>,
    /// The bold subject line; `None` means the standard one.
    pub subject: Option<String>,
}

/// A letter is dated by month ("July 2024") or by day ("24 July 2024").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
pub enum LetterDate {
    /// A month of a year; `month` is 1 to 12.
    Month {
        /// The year.
        year: i32,
        /// The month, 1 to 12.
        month: u32,
    },
    /// A full date.
    Day(NaiveDate),
}

impl LetterDate {
    /// Reads "YYYY-MM" or "YYYY-MM-DD"; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return (s.len() == 10).then_some(LetterDate::Day(d));
        }
        let (y, m) = s.split_once('-')?;
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        let well_formed = y.len() == 4 && m.len() == 2 && (1..=12).contains(&month);
        well_formed.then_some(LetterDate::Month { year, month })
    }
}

impl std::fmt::Display for LetterDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LetterDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            LetterDate::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
        }
    }
}

impl From<LetterDate> for String {
    fn from(d: LetterDate) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for LetterDate {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        LetterDate::parse(&s)
            .ok_or_else(|| format!("expected a date like 2024-07 or 2024-07-15, found {s:?}"))
    }
}

impl Response {
    /// An empty draft of the given kind, with the office's checklist items, so that a new
    /// response starts from the office's own practice.
    pub fn new(document: DocumentKind, checklist_items: &[String]) -> Self {
        Response {
            document,
            status: Status::Draft,
            inspection: Inspection {
                title: String::new(),
                published: None,
                kind: InspectionType::Peel,
                type_detail: None,
                forces: Vec::new(),
                report_url: None,
            },
            key_findings: String::new(),
            grades: Vec::new(),
            recommendations: Vec::new(),
            areas_for_improvement: Vec::new(),
            chief_constable_response: String::new(),
            pcc_response: String::new(),
            checklist: checklist_items
                .iter()
                .map(|item| ChecklistEntry::new(item.clone()))
                .collect(),
            letter: (document == DocumentKind::Letter).then_some(Letter {
                date: None,
                addressees: None,
                salutation: None,
                subject: None,
            }),
            section_55: Default::default(),
        }
    }
}

/// The wording of the enums as the file and the documents spell them.
macro_rules! words {
    ($ty:ty { $($variant:ident => $file:literal, $human:literal;)* }) => {
        impl $ty {
            /// Every value, in order.
            pub const ALL: &'static [$ty] = &[$(<$ty>::$variant),*];
            /// The value as the response file spells it.
            pub fn as_str(self) -> &'static str {
                match self { $(<$ty>::$variant => $file),* }
            }
            /// The value in words, for documents and screens.
            pub fn label(self) -> &'static str {
                match self { $(<$ty>::$variant => $human),* }
            }
            /// Reads the response file's spelling.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($file => Some(<$ty>::$variant),)* _ => None }
            }
            /// The file spellings, for error messages.
            pub fn expected() -> String {
                [$(concat!("\"", $file, "\"")),*].join(", ")
            }
        }
    };
}

pub(crate) use words;

words!(DocumentKind {
    Form => "form", "Response form";
    Letter => "letter", "Letter";
});

words!(Status {
    Draft => "draft", "Draft";
    Ready => "ready", "Ready for signature";
    Signed => "signed", "Signed";
    Published => "published", "Published";
});

words!(InspectionType {
    Peel => "PEEL", "PEEL";
    National => "National", "National (thematic)";
    Joint => "Joint", "Joint";
    ForceSpecific => "Force-specific", "Force-specific";
    PccCommissioned => "PCC-commissioned", "PCC-commissioned";
    Other => "Other", "Other";
});

words!(Grade {
    Outstanding => "Outstanding", "Outstanding";
    Good => "Good", "Good";
    Adequate => "Adequate", "Adequate";
    RequiresImprovement => "Requires improvement", "Requires improvement";
    Inadequate => "Inadequate", "Inadequate";
});

/// The areas PEEL reports have graded, worded as they follow the grade ("Good at preventing
/// crime"): offered as suggestions for a graded judgement, never required.
pub const PEEL_AREAS: [&str; 12] = [
    "at recording data about crime",
    "at preventing crime",
    "at responding to the public",
    "at investigating crime",
    "at protecting vulnerable people",
    "at managing offenders",
    "at developing a positive workplace",
    "with leadership and force management",
    "with their treatment of the public and use of police powers",
    "at managing offenders and suspects",
    "at building, supporting and protecting the workforce",
    "at strategic planning, organisational management and value for money",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_dates_read_months_and_days_and_nothing_else() {
        assert_eq!(
            LetterDate::parse("2024-07"),
            Some(LetterDate::Month {
                year: 2024,
                month: 7
            })
        );
        let day = NaiveDate::from_ymd_opt(2024, 7, 15).unwrap();
        assert_eq!(LetterDate::parse("2024-07-15"), Some(LetterDate::Day(day)));
        for bad in [
            "2024-13",
            "2024-7",
            "24-07",
            "2024-02-30",
            "July 2024",
            "",
            "2024-07-15x",
        ] {
            assert_eq!(LetterDate::parse(bad), None, "{bad}");
        }
        assert_eq!(
            LetterDate::Month {
                year: 2024,
                month: 7
            }
            .to_string(),
            "2024-07"
        );
    }

    #[test]
    fn enum_spellings_round_trip() {
        for t in InspectionType::ALL {
            assert_eq!(InspectionType::parse(t.as_str()), Some(*t));
        }
        assert_eq!(
            Grade::parse("Requires improvement"),
            Some(Grade::RequiresImprovement)
        );
        assert_eq!(Grade::parse("requires improvement"), None);
        assert_eq!(Status::Ready.label(), "Ready for signature");
    }

    #[test]
    fn a_new_letter_has_letter_fields_and_the_office_checklist() {
        let items = vec!["Forwarded.".to_string()];
        let r = Response::new(DocumentKind::Letter, &items);
        assert!(r.letter.is_some());
        assert_eq!(r.checklist[0].item, "Forwarded.");
        assert!(!r.checklist[0].is_done());
        assert!(Response::new(DocumentKind::Form, &[]).letter.is_none());
    }

    #[test]
    fn a_checklist_date_ticks_the_item_and_unticking_clears_the_date() {
        let day = NaiveDate::from_ymd_opt(2017, 11, 9).unwrap();
        let mut entry = ChecklistEntry::new("Published.");
        entry.set_done_on(Some(day));
        assert_eq!(entry, ChecklistEntry::completed("Published.", Some(day)));
        entry.set_done_on(None);
        assert!(
            entry.is_done(),
            "clearing the date keeps it done, day not known"
        );
        entry.set_done(false);
        assert_eq!(entry, ChecklistEntry::new("Published."));
        entry.set_done(true);
        assert_eq!(entry, ChecklistEntry::completed("Published.", None));
    }
}

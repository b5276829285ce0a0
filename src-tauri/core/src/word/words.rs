//! The wording the reader recognises, whatever the style it is set in: section headings,
//! inspection detail labels, item labels, grades, ticks and dates as offices write them.

use chrono::NaiveDate;

use super::Section;
use crate::dates::MONTHS;
use crate::model::{Grade, InspectionType, LetterDate};

/// Lower case, single-spaced, without a trailing colon or full stop.
pub fn normal(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ").to_lowercase().replace('\u{2019}', "'");
    joined.trim_end_matches([':', '.', ' ']).to_string()
}

/// The section a heading names, if `text` is one.
pub fn section_heading(text: &str) -> Option<Section> {
    let n = normal(text);
    if n.len() > 150 {
        return None;
    }
    let exact = match n.as_str() {
        "inspection details" | "inspection detail" => Some(Section::Inspection),
        "key findings" | "summary of key findings" | "key finding" => Some(Section::KeyFindings),
        "graded judgements" | "graded judgments" | "grades" => Some(Section::Grades),
        "recommendations" => Some(Section::Recommendations),
        "areas for improvement" | "area for improvement" => Some(Section::AreasForImprovement),
        "chief constable response" | "chief constable's response" => {
            Some(Section::ChiefConstableResponse)
        }
        "pcc response" | "pcc's response" => Some(Section::PccResponse),
        "for office use only" | "office use only" => Some(Section::Checklist),
        _ => None,
    };
    exact.or_else(|| {
        let starts = |prefixes: &[&str]| prefixes.iter().any(|p| n.starts_with(p));
        if starts(&[
            "chief constable response to",
            "chief constable's response to",
        ]) {
            Some(Section::ChiefConstableResponse)
        } else if starts(&[
            "pcc response to",
            "pcc's response to",
            "police and crime commissioner response to",
            "police and crime commissioner's response to",
        ]) {
            Some(Section::PccResponse)
        } else {
            None
        }
    })
}

/// An inspection detail's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// The report's title.
    Title,
    /// The date published.
    Published,
    /// The type of inspection.
    Type,
    /// The force or forces.
    Forces,
    /// The link to the report.
    Link,
    /// The section 55 deadline, which is worked out and so not read.
    Deadline,
}

/// The detail `text` labels, if it is one of the labels.
pub fn detail_label(text: &str) -> Option<Detail> {
    Some(match normal(text).as_str() {
        "inspection title" | "title" | "report title" | "title of report" => Detail::Title,
        "date published"
        | "published on"
        | "published"
        | "publication date"
        | "date of publication" => Detail::Published,
        "type of inspection" | "inspection type" | "publication type" | "publication types"
        | "type" => Detail::Type,
        "police force(s)" | "police forces" | "police force" | "force(s)" | "forces" | "force" => {
            Detail::Forces
        }
        "link to report" | "link to the report" | "report link" | "link" => Detail::Link,
        "section 55 response deadline"
        | "response deadline"
        | "deadline"
        | "section 55 deadline" => Detail::Deadline,
        _ => return None,
    })
}

/// Splits "Label: value" or "Label\tvalue" into the detail and the value's character
/// offset in `text`.
pub fn inline_detail(text: &str) -> Option<(Detail, usize)> {
    let cut = text.find(['\t', ':'])?;
    let detail = detail_label(&text[..cut])?;
    let rest = &text[cut..];
    let value = rest.trim_start_matches(['\t', ':', ' ']);
    (!value.trim().is_empty()).then(|| (detail, text[..text.len() - value.len()].chars().count()))
}

/// The inspection type a document's wording names, with the wording kept for `Other`.
pub fn inspection_type(text: &str) -> (InspectionType, Option<String>) {
    let n = normal(text);
    let kind = InspectionType::ALL
        .iter()
        .find(|t| normal(t.label()) == n || normal(t.as_str()) == n)
        .copied()
        .or_else(|| {
            Some(if n.contains("peel") {
                InspectionType::Peel
            } else if n.contains("thematic") || n.starts_with("national") {
                InspectionType::National
            } else if n.starts_with("joint") {
                InspectionType::Joint
            } else if n.contains("force-specific") || n.contains("force specific") {
                InspectionType::ForceSpecific
            } else if n.contains("pcc-commissioned") || n.contains("commissioned") {
                InspectionType::PccCommissioned
            } else {
                return None;
            })
        });
    match kind {
        Some(k) => (k, None),
        None => (InspectionType::Other, Some(text.trim().to_string())),
    }
}

/// "Exampleshire, Northvale and Southmoor" as three forces.
pub fn forces(text: &str) -> Vec<String> {
    text.replace(" and ", ",")
        .replace(" & ", ",")
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .map(str::to_string)
        .collect()
}

/// The item label opening `text` ("Recommendation 1:", "Area for Improvement 3 -", "AFI
/// 2."), for the section's kind of item: the characters it takes, and whether text follows.
pub fn item_label(text: &str, section: Section) -> Option<usize> {
    let labels: &[&str] = match section {
        Section::Recommendations => &["recommendation"],
        Section::AreasForImprovement => &["areas for improvement", "area for improvement", "afi"],
        _ => return None,
    };
    let body = text.trim_start();
    let rest = labels
        .iter()
        .find_map(|l| strip_prefix_ignoring_case(body, l))?;
    if rest.starts_with(char::is_alphabetic) {
        return None;
    }
    let rest = rest.trim_start();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let rest = rest[digits..].trim_start();
    let sep = rest
        .chars()
        .next()
        .filter(|c| matches!(c, ':' | '.' | '-' | '\u{2013}' | '\u{2014}' | ')'));
    let after = match sep {
        Some(c) => rest[c.len_utf8()..].trim_start(),
        None => rest,
    };
    if digits == 0 && sep != Some(':') {
        return None;
    }
    Some(text[..text.len() - after.len()].chars().count())
}

/// "Response:" (or "PCC response:", "Force response:") opening a paragraph under an item:
/// the characters it takes.
pub fn response_marker(text: &str) -> Option<usize> {
    let t = text.trim_start();
    for m in [
        "response",
        "pcc response",
        "force response",
        "chief constable response",
        "our response",
    ] {
        let Some(rest) = strip_prefix_ignoring_case(t, m) else {
            continue;
        };
        let rest = rest.trim_start();
        if rest.is_empty() || rest.starts_with(':') {
            let after = rest.trim_start_matches(':').trim_start();
            return Some(text[..text.len() - after.len()].chars().count());
        }
    }
    None
}

/// `text` without `prefix` (ASCII), compared without regard to case.
fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The grade opening `text` and the rest, the area, without its full stop.
pub fn grade(text: &str) -> Option<(Grade, String)> {
    let t = text
        .trim()
        .trim_start_matches(['-', '\u{2022}', '*'])
        .trim_start();
    let mut grades = Grade::ALL.to_vec();
    grades.sort_by_key(|g| std::cmp::Reverse(g.label().len()));
    let (g, rest) = grades.into_iter().find_map(|g| {
        let rest = strip_prefix_ignoring_case(t, g.label())?;
        rest.starts_with([' ', ':']).then_some((g, rest))
    })?;
    let area = rest.trim_start_matches(':').trim();
    let area = area.strip_suffix('.').unwrap_or(area).trim();
    (!area.is_empty()).then(|| (g, area.to_string()))
}

/// A mark that ticks a checklist line.
pub fn is_tick(text: &str) -> bool {
    matches!(
        text.trim(),
        "\u{2713}" | "\u{2714}" | "\u{2611}" | "\u{2705}" | "\u{1F5F8}" | "X" | "x" | "Yes" | "yes"
    )
}

/// True for a tick character anywhere (not "X", which is a letter in words).
pub fn tick_char(c: char) -> bool {
    matches!(
        c,
        '\u{2713}' | '\u{2714}' | '\u{2611}' | '\u{2705}' | '\u{1F5F8}'
    )
}

/// A date as offices write it: "24 September 2024", "9th November 2017", "Tuesday 24 Sept
/// 2024", "24/09/2024", "24.09.24", "2024-09-24".
pub fn date(text: &str) -> Option<NaiveDate> {
    let t = text.trim().trim_end_matches(['.', ',']);
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Some(d);
    }
    let numeric: Vec<&str> = t.split(['/', '.', '-']).map(str::trim).collect();
    if numeric.len() == 3
        && numeric
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_digit()))
    {
        let (d, m) = (numeric[0].parse().ok()?, numeric[1].parse().ok()?);
        let y: i32 = numeric[2].parse().ok()?;
        let y = if numeric[2].len() == 2 { 2000 + y } else { y };
        return NaiveDate::from_ymd_opt(y, m, d).filter(|_| numeric[2].len() != 3);
    }
    let words: Vec<String> = t
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| w != "of")
        .collect();
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .skip_while(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    let [day, mon, year] = words.as_slice() else {
        return None;
    };
    let day = day.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    NaiveDate::from_ymd_opt(year.parse().ok()?, month(mon)?, day.parse().ok()?)
}

/// A month's name, whole or shortened to three letters or more ("Sept").
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.to_lowercase().starts_with(w))
        .map(|i| i as u32 + 1)
}

/// A letter's date: "May 2025" or a full date.
pub fn letter_date(text: &str) -> Option<LetterDate> {
    if let Some(d) = date(text) {
        return Some(LetterDate::Day(d));
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let [mon, year] = words.as_slice() else {
        return None;
    };
    let year: i32 = year.trim_end_matches('.').parse().ok()?;
    let month = month(&mon.to_lowercase())?;
    (1000..=9999)
        .contains(&year)
        .then_some(LetterDate::Month { year, month })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::tests::day;

    #[test]
    fn dates_in_the_ways_offices_write_them() {
        for (text, want) in [
            ("24 September 2024", day(2024, 9, 24)),
            ("9th November 2017", day(2017, 11, 9)),
            ("1st Sept 2023.", day(2023, 9, 1)),
            ("Tuesday 24 September 2024", day(2024, 9, 24)),
            ("24/09/2024", day(2024, 9, 24)),
            ("24.09.24", day(2024, 9, 24)),
            ("2024-09-24", day(2024, 9, 24)),
        ] {
            assert_eq!(date(text), Some(want), "{text}");
        }
        for bad in ["", "September 2024", "32 May 2024", "soon", "1/2/345"] {
            assert_eq!(date(bad), None, "{bad}");
        }
        assert_eq!(
            letter_date("May 2025"),
            Some(LetterDate::Month {
                year: 2025,
                month: 5
            })
        );
    }

    #[test]
    fn headings_by_wording_whatever_the_case() {
        assert_eq!(section_heading("KEY FINDINGS:"), Some(Section::KeyFindings));
        assert_eq!(
            section_heading("Areas For Improvement"),
            Some(Section::AreasForImprovement)
        );
        assert_eq!(
            section_heading(
                "Chief Constable response to report and any Recommendations/Areas for \
                 Improvement"
            ),
            Some(Section::ChiefConstableResponse)
        );
        assert_eq!(section_heading("Recommendations are made below."), None);
        assert_eq!(detail_label("Publication Types:"), Some(Detail::Type));
        assert_eq!(
            inline_detail("Date published:\t24 September 2024"),
            Some((Detail::Published, 16))
        );
    }

    #[test]
    fn item_labels_with_and_without_text() {
        let r = Section::Recommendations;
        let a = Section::AreasForImprovement;
        assert_eq!(item_label("Recommendation 1:", r), Some(17));
        assert_eq!(item_label("Recommendation 2: By 2025 do it", r), Some(18));
        assert_eq!(
            item_label("Area for Improvement 12 - The force", a),
            Some(26)
        );
        assert_eq!(item_label("Area for improvement: The force", a), Some(22));
        assert_eq!(item_label("Recommendations are made", r), None);
        assert_eq!(item_label("Recommendation is that", r), None);
        assert_eq!(response_marker("Response:"), Some(9));
        assert_eq!(response_marker("Response: Accepted."), Some(10));
        assert_eq!(response_marker("Responses vary"), None);
        assert_eq!(
            grade("Requires improvement at investigating crime."),
            Some((
                Grade::RequiresImprovement,
                "at investigating crime".to_string()
            ))
        );
        assert_eq!(grade("Good."), None);
    }
}

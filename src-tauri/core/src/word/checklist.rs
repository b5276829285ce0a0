//! "For Office Use Only" lines as checklist entries: a tick (✓, ✔, ☑, "X", or Word's
//! Wingdings tick, already read as ✓) and an optional date, in a table row or typed on one
//! line. A line ticked without a date is done on a day not known.

use chrono::NaiveDate;

use super::words;
use super::ImportNote;
use crate::model::ChecklistEntry;

/// The one place an entry is made from what the document shows.
fn entry(item: &str, ticked: bool, done_on: Option<NaiveDate>) -> ChecklistEntry {
    let item = item.split_whitespace().collect::<Vec<_>>().join(" ");
    if ticked || done_on.is_some() {
        ChecklistEntry::completed(item, done_on)
    } else {
        ChecklistEntry::new(item)
    }
}

/// Header words of a checklist table, never an entry.
fn is_header(cells: &[String]) -> bool {
    cells.iter().all(|c| {
        matches!(
            words::normal(c).as_str(),
            "" | "done"
                | "action"
                | "date done"
                | "date"
                | "item"
                | "completed"
                | "tick"
                | "date completed"
        )
    })
}

/// An entry from a table row's cells: a tick cell, a date cell, and the item.
pub fn from_cells(cells: &[String], _notes: &mut Vec<ImportNote>) -> Option<ChecklistEntry> {
    if is_header(cells) {
        return None;
    }
    let mut ticked = false;
    let mut done_on = None;
    let mut item = String::new();
    for c in cells.iter().map(|c| c.trim()) {
        if words::is_tick(c) {
            ticked = true;
        } else if let Some(d) = done_on.is_none().then(|| words::date(c)).flatten() {
            done_on = Some(d);
        } else if c.chars().count() > item.chars().count() {
            item = c.to_string();
        }
    }
    let item = item.trim_matches(|c: char| words::tick_char(c) || c.is_whitespace());
    (!item.is_empty()).then(|| entry(item, ticked, done_on))
}

/// An entry from a typed line: "✓ Response forwarded to the Chief Constable. 22/07/2025",
/// with tabs or spaces between, or an item alone.
pub fn from_text(text: &str, notes: &mut Vec<ImportNote>) -> Option<ChecklistEntry> {
    let n = words::normal(text);
    if n == "no office checklist items" {
        return None;
    }
    let parts: Vec<String> = text
        .split('\t')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    if parts.len() > 1 {
        return from_cells(&parts, notes);
    }
    let mut line = text.trim();
    line = line.trim_start_matches(['-', '\u{2022}', '*']).trim_start();
    let ticked = line.chars().any(words::tick_char)
        || line.starts_with("X ")
        || line.starts_with("x ")
        || line.ends_with(" X");
    let mut line: String = line.chars().filter(|c| !words::tick_char(*c)).collect();
    if let Some(rest) = line.strip_prefix("X ").or(line.strip_prefix("x ")) {
        line = rest.to_string();
    }
    if let Some(rest) = line.strip_suffix(" X") {
        line = rest.to_string();
    }
    let mut done_on = None;
    let tokens: Vec<&str> = line.split_whitespace().collect();
    for take in [4, 3, 1] {
        let tail_starts_with_digit = tokens
            .len()
            .checked_sub(take)
            .and_then(|at| tokens.get(at))
            .is_some_and(|t| {
                t.starts_with(|c: char| c.is_ascii_digit())
                    || (take == 4 && t.to_lowercase().ends_with("day"))
            });
        if tokens.len() > take && tail_starts_with_digit {
            let tail = tokens[tokens.len() - take..].join(" ");
            if let Some(d) = words::date(&tail) {
                done_on = Some(d);
                let head = tokens[..tokens.len() - take].join(" ");
                let head = head.trim_end_matches([' ', '-', '\u{2013}', ',', ':']);
                let head = head.strip_suffix(" on").unwrap_or(head);
                let head = head.strip_suffix(" Date").unwrap_or(head);
                line = head.to_string();
                break;
            }
        }
    }
    let item = line.trim();
    (!item.is_empty()).then(|| entry(item, ticked, done_on))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::tests::day;

    #[test]
    fn ticks_and_dates_on_a_line_or_in_cells() {
        let mut notes = Vec::new();
        let e = from_text("\u{2713} Response forwarded. 22/07/2025", &mut notes).unwrap();
        assert_eq!(
            e,
            ChecklistEntry::completed("Response forwarded.", Some(day(2025, 7, 22)))
        );
        let e = from_text("Response published.\t\u{2714}", &mut notes).unwrap();
        assert_eq!(e, ChecklistEntry::completed("Response published.", None));
        let e = from_text("- Response forwarded to the Panel.", &mut notes).unwrap();
        assert_eq!(e, ChecklistEntry::new("Response forwarded to the Panel."));
        let e = from_text("Sent to the portal \u{2611} 9th November 2017", &mut notes).unwrap();
        assert_eq!(
            e,
            ChecklistEntry::completed("Sent to the portal", Some(day(2017, 11, 9)))
        );
        let cells = ["X".to_string(), "Forwarded.".into(), String::new()];
        assert_eq!(
            from_cells(&cells, &mut notes),
            Some(ChecklistEntry::completed("Forwarded.", None))
        );
        let header = ["Done".to_string(), "Action".into(), "Date done".into()];
        assert_eq!(from_cells(&header, &mut notes), None);
        assert!(notes.is_empty());
    }
}

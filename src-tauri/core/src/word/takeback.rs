//! Taking back what was changed in Word: the response as the app has it set against the
//! document that came back, a section at a time, and the sections the officer chose copied
//! into the response.
//!
//! A section's text is compared in three steps, told as one story: what was typed straight
//! into the document (the app's text against the document with its tracked changes
//! rejected), then what is still proposed (the document with its changes rejected against
//! the document with them accepted). Pending changes are shown as proposals and only ever
//! taken when the officer chooses the accepted or the rejected text.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::diff::{diff_words, Side};
use super::{ImportNote, Section, WordComment, WordDocument};
use crate::{dates, DocumentKind, Response};

/// What comparing a response with a Word document found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TakeBack {
    /// Whether the document is for this response at all, to be said before anything changes.
    pub matches: DocumentMatch,
    /// The sections with changes or comments, in the printed order.
    pub sections: Vec<SectionChanges>,
    /// How many pending tracked changes the document holds.
    pub tracked_changes: usize,
    /// How many comments the document holds.
    pub comments: usize,
    /// What the reader could not place, and where it put it.
    pub notes: Vec<ImportNote>,
}

/// Whether a document is for the response it is compared with, judged by the inspection's
/// title and date published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DocumentMatch {
    /// The same inspection (or nothing says otherwise).
    Same,
    /// Another inspection's document.
    Different {
        /// The title the document gives.
        title: String,
        /// The date published the document gives.
        published: Option<NaiveDate>,
        /// What to tell the officer: "This document is for “…”, published 3 June 2024, not
        /// for “…”, published 17 June 2025. …"
        message: String,
    },
}

/// One section's changes, as the officer reviews them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SectionChanges {
    /// Which section.
    pub section: Section,
    /// Its name as the officer sees it.
    pub label: String,
    /// The section's text from the app's to Word's, each stretch marked with its change.
    pub words: Vec<Word>,
    /// Word's text differs from the app's by changes already made in the document.
    pub edited: bool,
    /// The section holds pending tracked changes: it can only be taken with them accepted
    /// or with them rejected.
    pub proposed: bool,
    /// The comments anchored in the section.
    pub comments: Vec<WordComment>,
}

/// A stretch of a section's text with one change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Word {
    /// The text, spaces and line breaks included.
    pub text: String,
    /// What happened to it.
    pub change: Change,
}

/// What happened to a stretch of text between the app and Word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Change {
    /// The same in the app and in Word.
    Same,
    /// Added in Word.
    Added,
    /// Removed in Word.
    Removed,
    /// A pending tracked insertion.
    ProposedAdded,
    /// A pending tracked deletion.
    ProposedRemoved,
}

/// Which text of a section the officer takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SectionChoice {
    /// The section.
    pub section: Section,
    /// Which of its texts.
    pub take: Take,
}

/// A section's text to take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Take {
    /// The app's text stays.
    Keep,
    /// Word's text, its tracked changes accepted.
    Accepted,
    /// Word's text, its tracked changes rejected.
    Rejected,
}

/// Compares the response as the app has it (`current`) with a Word document of it: each
/// section with edits, pending changes or comments, its words marked. Unchanged sections
/// without comments are left out.
pub fn compare(current: &Response, doc: &WordDocument) -> TakeBack {
    let sections = Section::ALL
        .into_iter()
        .filter_map(|section| {
            let app = section_text(current, section);
            let original = section_text(&doc.original, section);
            let accepted = section_text(&doc.accepted, section);
            let comments: Vec<WordComment> = doc
                .comments
                .iter()
                .filter(|c| c.section == section)
                .cloned()
                .collect();
            let (edited, proposed) = (app != original, original != accepted);
            (edited || proposed || !comments.is_empty()).then(|| SectionChanges {
                section,
                label: section.label().to_string(),
                words: story(&app, &original, &accepted),
                edited,
                proposed,
                comments,
            })
        })
        .collect();
    TakeBack {
        matches: judge(current, doc),
        sections,
        tracked_changes: doc.tracked_changes,
        comments: doc.comments.len(),
        notes: doc.notes.clone(),
    }
}

/// A copy of `current` with each chosen section's fields taken from the document: with its
/// tracked changes accepted or rejected, as chosen. Sections not chosen, the status and the
/// kind of document stay as the app has them. Where a section is chosen twice, the last
/// choice counts.
pub fn apply(current: &Response, doc: &WordDocument, choices: &[SectionChoice]) -> Response {
    let mut out = current.clone();
    for choice in choices {
        let from = match choice.take {
            Take::Keep => continue,
            Take::Accepted => &doc.accepted,
            Take::Rejected => &doc.original,
        };
        take_section(&mut out, from, choice.section);
    }
    out
}

/// Copies one section's fields from `from` into `to`.
fn take_section(to: &mut Response, from: &Response, section: Section) {
    match section {
        Section::Inspection => to.inspection = from.inspection.clone(),
        Section::KeyFindings => to.key_findings = from.key_findings.clone(),
        Section::Grades => to.grades = from.grades.clone(),
        Section::Recommendations => take_items(&mut to.recommendations, &from.recommendations),
        Section::AreasForImprovement => {
            take_items(&mut to.areas_for_improvement, &from.areas_for_improvement)
        }
        Section::ChiefConstableResponse => {
            to.chief_constable_response = from.chief_constable_response.clone()
        }
        Section::PccResponse => to.pcc_response = from.pcc_response.clone(),
        Section::Checklist => to.checklist = from.checklist.clone(),
        // A form has no letter fields, whatever the document holds.
        Section::Letter if to.document == DocumentKind::Letter => {
            if let Some(letter) = &from.letter {
                to.letter = Some(letter.clone());
            }
        }
        Section::Letter => {}
    }
}

/// A section of `response` as the text the officer reads, "" when the section is empty:
/// Markdown fields as they are, lists a line (items a paragraph) each, dates in words.
pub fn section_text(response: &Response, section: Section) -> String {
    let r = response;
    match section {
        Section::Inspection => inspection_text(r),
        Section::KeyFindings => r.key_findings.clone(),
        Section::Grades => r
            .grades
            .iter()
            .map(|g| format!("{} {}", g.grade.label(), g.area))
            .collect::<Vec<_>>()
            .join("\n"),
        Section::Recommendations => items_text("Recommendation", &r.recommendations),
        Section::AreasForImprovement => {
            items_text("Area for Improvement", &r.areas_for_improvement)
        }
        Section::ChiefConstableResponse => r.chief_constable_response.clone(),
        Section::PccResponse => r.pcc_response.clone(),
        Section::Checklist => r
            .checklist
            .iter()
            .map(|entry| match (entry.is_done(), entry.done_on) {
                (_, Some(day)) => format!("✓ {} — {}", entry.item, dates::long(day)),
                (true, None) => format!("✓ {} — date not known", entry.item),
                (false, None) => format!("☐ {}", entry.item),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Section::Letter => letter_text(r),
    }
}

fn inspection_text(r: &Response) -> String {
    let i = &r.inspection;
    let blank = i.title.trim().is_empty()
        && i.published.is_none()
        && i.forces.is_empty()
        && i.report_url.is_none();
    if blank {
        return String::new();
    }
    let mut lines = vec![format!("Inspection title: {}", i.title)];
    if let Some(day) = i.published {
        lines.push(format!("Date published: {}", dates::long(day)));
    }
    lines.push(format!(
        "Type of inspection: {}",
        crate::docx::form::type_in_words(i)
    ));
    if !i.forces.is_empty() {
        lines.push(format!("Forces: {}", i.forces.join(", ")));
    }
    if let Some(url) = &i.report_url {
        lines.push(format!("Link to report: {url}"));
    }
    lines.join("\n")
}

/// "Recommendation 1: …\nResponse: …", the items a paragraph apart.
/// The items as Word has them, each keeping the tracking of the item in its place: a
/// document carries the wording, never the lead, status or updates kept after publication.
fn take_items(to: &mut Vec<crate::Item>, from: &[crate::Item]) {
    let kept: Vec<_> = to.drain(..).map(|item| item.tracking).collect();
    to.extend(from.iter().cloned());
    for (item, tracking) in to.iter_mut().zip(kept) {
        item.tracking = tracking;
    }
}

fn items_text(label: &str, items: &[crate::Item]) -> String {
    let items = items.iter().enumerate().map(|(n, item)| {
        let mut text = format!("{label} {}: {}", n + 1, item.text);
        if let Some(response) = item.response.as_deref().filter(|s| !s.trim().is_empty()) {
            text.push_str("\nResponse: ");
            text.push_str(response);
        }
        text
    });
    items.collect::<Vec<_>>().join("\n\n")
}

fn letter_text(r: &Response) -> String {
    let Some(letter) = &r.letter else {
        return String::new();
    };
    let mut lines = Vec::new();
    if let Some(date) = letter.date {
        lines.push(format!("Date: {}", dates::letter(date)));
    }
    if let Some(addressees) = &letter.addressees {
        lines.push(format!("Addressees: {}", addressees.join("; ")));
    }
    if let Some(salutation) = &letter.salutation {
        lines.push(format!("Salutation: {salutation}"));
    }
    if let Some(subject) = &letter.subject {
        lines.push(format!("Subject: {subject}"));
    }
    lines.join("\n")
}

/// The app's text, the document's as typed and the document's with its changes accepted,
/// told as one run of marked stretches. The document as typed is the spine: what the app has
/// and it lacks was removed in Word; what it has and the app lacks was added; what it has and
/// its accepted text lacks is proposed for removal; what only the accepted text has is
/// proposed.
fn story(app: &str, original: &str, accepted: &str) -> Vec<Word> {
    let typed = diff_words(app, original);
    let proposed = diff_words(original, accepted);
    let (mut t, mut p) = (typed.iter().peekable(), proposed.iter().peekable());
    let mut words: Vec<Word> = Vec::new();
    loop {
        while let Some(&&(Side::Old, text)) = t.peek() {
            push(&mut words, Change::Removed, text);
            t.next();
        }
        while let Some(&&(Side::New, text)) = p.peek() {
            push(&mut words, Change::ProposedAdded, text);
            p.next();
        }
        // Both now stand at the same piece of the document as typed, or at the end.
        match (t.next(), p.next()) {
            (Some(&(in_app, text)), Some(&(kept, _))) => {
                let change = match (in_app == Side::Both, kept == Side::Both) {
                    (true, true) => Change::Same,
                    (false, true) => Change::Added,
                    (_, false) => Change::ProposedRemoved,
                };
                push(&mut words, change, text);
            }
            (Some(&(side, text)), None) => push(&mut words, typed_change(side), text),
            (None, Some(&(side, text))) => push(&mut words, proposed_change(side), text),
            (None, None) => break,
        }
    }
    words
}

fn typed_change(side: Side) -> Change {
    match side {
        Side::Both => Change::Same,
        Side::Old => Change::Removed,
        Side::New => Change::Added,
    }
}

fn proposed_change(side: Side) -> Change {
    match side {
        Side::Both => Change::Same,
        Side::Old => Change::ProposedRemoved,
        Side::New => Change::ProposedAdded,
    }
}

/// Adds `text` to the last stretch when its change is the same, or starts a new one.
fn push(words: &mut Vec<Word>, change: Change, text: &str) {
    match words.last_mut() {
        Some(last) if last.change == change => last.text.push_str(text),
        _ => words.push(Word {
            text: text.to_string(),
            change,
        }),
    }
}

/// Whether `doc` is for the inspection `current` answers. A title or a date the app does not
/// have yet never counts against the document; either of the document's readings (changes
/// accepted or rejected) matching is enough.
fn judge(current: &Response, doc: &WordDocument) -> DocumentMatch {
    let ours = &current.inspection;
    let fits = |theirs: &crate::Inspection| {
        let title = ours.title.trim().is_empty() || same_title(&ours.title, &theirs.title);
        let date = ours.published.is_none() || ours.published == theirs.published;
        title && date
    };
    if fits(&doc.accepted.inspection) || fits(&doc.original.inspection) {
        return DocumentMatch::Same;
    }
    let theirs = &doc.accepted.inspection;
    DocumentMatch::Different {
        title: theirs.title.clone(),
        published: theirs.published,
        message: format!(
            "This document is for {}, not for {}. Check that you chose the Word document of \
             this response; nothing has been changed.",
            describe(&theirs.title, theirs.published),
            describe(&ours.title, ours.published),
        ),
    }
}

/// "“Title”, published 3 June 2024".
fn describe(title: &str, published: Option<NaiveDate>) -> String {
    let title = match title.trim() {
        "" => "an inspection with no title".to_string(),
        t => format!("“{t}”"),
    };
    match published {
        Some(day) => format!("{title}, published {}", dates::long(day)),
        None => title,
    }
}

/// Titles compared as a reader would: case, runs of spaces, and the kinds of dash and
/// quotation mark do not count.
fn same_title(a: &str, b: &str) -> bool {
    fn plain(title: &str) -> String {
        let folded = title.chars().map(|c| match c {
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
            '‘' | '’' | '‚' | '‛' | '′' | '`' => '\'',
            '“' | '”' | '„' | '‟' | '″' => '"',
            c => c,
        });
        let lower: String = folded.flat_map(char::to_lowercase).collect();
        lower.split_whitespace().collect::<Vec<_>>().join(" ")
    }
    plain(a) == plain(b)
}

#[cfg(test)]
mod tests;

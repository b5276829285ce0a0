//! A letter read back: the letterhead (set to the right) passed over, the addressees and
//! date before the greeting, the greeting ("Dear ..."), the bold subject line, the body as
//! the PCC's response, and the close ("Yours sincerely" and the signature) left out.

use std::collections::HashMap;

use super::blocks::Para;
use super::markdown::Markdown;
use super::recognise::Recognised;
use super::{words, Section};
use crate::model::{DocumentKind, Response};

const CLOSES: [&str; 5] = [
    "yours sincerely",
    "yours faithfully",
    "yours truly",
    "kind regards",
    "best wishes",
];

/// Reads the paragraphs of a letter, which has a "Dear ..." paragraph.
pub fn read(paras: &[&Para]) -> Recognised {
    let mut r = Response::new(DocumentKind::Letter, &[]);
    let mut comments = HashMap::new();
    let mut file = |p: &Para, section: Section| {
        for id in &p.comments {
            comments.entry(id.clone()).or_insert(section);
        }
    };
    let dear = paras
        .iter()
        .position(|p| words::normal(&p.text()).starts_with("dear "))
        .unwrap_or(0);
    let mut addressees = Vec::new();
    let mut date = None;
    for p in &paras[..dear] {
        file(p, Section::Letter);
        let text = p.text();
        let text = text.trim();
        if p.right || text.is_empty() {
            continue;
        }
        match words::letter_date(text) {
            Some(d) if date.is_none() => date = Some(d),
            _ => addressees.push(text.to_string()),
        }
    }
    let mut rest = paras.iter().skip(dear);
    let mut salutation = None;
    if let Some(p) = rest.next() {
        file(p, Section::Letter);
        salutation = Some(p.text().trim().to_string());
    }
    let mut body = Markdown::default();
    let mut subject = None;
    let mut closed = false;
    for p in rest {
        let text = p.text();
        if text.trim().is_empty() {
            file(
                p,
                if closed {
                    Section::Letter
                } else {
                    Section::PccResponse
                },
            );
            continue;
        }
        if closed || CLOSES.iter().any(|c| words::normal(&text).starts_with(c)) {
            closed = true;
            file(p, Section::Letter);
            continue;
        }
        if subject.is_none() && body.is_empty() && p.is_bold() {
            file(p, Section::Letter);
            subject = Some(text.trim().to_string());
            continue;
        }
        file(p, Section::PccResponse);
        body.push(p);
    }
    if let Some(title) = subject.as_deref().and_then(quoted_title) {
        r.inspection.title = title;
    }
    r.pcc_response = body.finish();
    if let Some(letter) = &mut r.letter {
        letter.date = date;
        letter.addressees = (!addressees.is_empty()).then_some(addressees);
        letter.salutation = salutation;
        letter.subject = subject;
    }
    Recognised {
        response: r,
        notes: Vec::new(),
        comment_sections: comments,
        first_section: Section::Letter,
    }
}

/// The report's title from a standard subject line: "... the HMICFRS report “Title”".
fn quoted_title(subject: &str) -> Option<String> {
    let (_, after) = subject.split_once("report \u{201C}")?;
    let title = after.strip_suffix('\u{201D}')?;
    (!title.trim().is_empty()).then(|| title.trim().to_string())
}

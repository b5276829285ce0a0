//! The blocks of a Word document recognised as a response form: the inspection details,
//! the sections found by their wording whatever their style, the graded judgements, each
//! recommendation and area for improvement with its response, and the office checklist.
//! What cannot be placed is kept in the nearest section and a note says where; sections out
//! of the template's order are refused. Letters are read by [`super::letter`].

use std::collections::HashMap;

use super::blocks::{Block, Flow, Para};
use super::markdown::Markdown;
use super::words::{self, Detail};
use super::{checklist, ImportNote, Section, WordProblem};
use crate::model::{DocumentKind, GradedJudgement, Item, Response};
use crate::{Error, Result};

/// A document read as a response, before its comments are filed.
#[derive(Debug)]
pub struct Recognised {
    /// The response.
    pub response: Response,
    /// What could not be placed.
    pub notes: Vec<ImportNote>,
    /// The section each anchored comment id sits in.
    pub comment_sections: HashMap<String, Section>,
    /// Where a comment with no anchor found is filed.
    pub first_section: Section,
}

/// A line of the document: a paragraph, or a table row of two or more cells with text.
#[derive(Debug, Clone, Copy)]
pub enum Line<'a> {
    /// A paragraph.
    Para(&'a Para),
    /// A table row, its cells' paragraphs.
    Row(&'a [Vec<Para>]),
}

/// Recognises `flow` as a response form or letter. `name` names the file in errors.
pub fn recognise(flow: &Flow, name: &str) -> Result<Recognised> {
    let fail = |problem| Error::Word {
        name: name.to_string(),
        problem,
    };
    let lines = lines(&flow.blocks);
    let paras = || {
        lines.iter().flat_map(|l| match l {
            Line::Para(p) => vec![*p],
            Line::Row(cells) => cells.iter().flatten().collect(),
        })
    };
    if paras().all(|p| p.text().trim().is_empty()) {
        return Err(fail(WordProblem::NoText));
    }
    let form = paras().any(|p| {
        let t = p.text();
        words::section_heading(&t).is_some()
            || words::detail_label(&t).is_some()
            || words::inline_detail(&t).is_some()
    });
    if form {
        return Form::new(&lines).read().map_err(fail);
    }
    if paras().any(|p| words::normal(&p.text()).starts_with("dear ")) {
        return Ok(super::letter::read(&paras().collect::<Vec<_>>()));
    }
    Err(fail(WordProblem::NotAResponse))
}

fn lines(blocks: &[Block]) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Para(p) => out.push(Line::Para(p)),
            Block::Table(rows) => {
                for row in rows {
                    let filled = row
                        .iter()
                        .filter(|c| c.iter().any(|p| !p.text().trim().is_empty()))
                        .count();
                    if filled >= 2 {
                        out.push(Line::Row(row));
                    } else {
                        out.extend(row.iter().flatten().map(Line::Para));
                    }
                }
            }
        }
    }
    out
}

/// The first words of `text`, for a note.
pub fn snippet(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut s = words.iter().take(8).copied().collect::<Vec<_>>().join(" ");
    if words.len() > 8 {
        s.push('\u{2026}');
    }
    s
}

/// The paragraphs of a table cell as one paragraph, for a detail's value.
fn merge(paras: &[Para]) -> Para {
    let mut out = paras.first().cloned().unwrap_or_default();
    for p in paras.iter().skip(1) {
        if let Some(last) = out.runs.last_mut() {
            last.text.push(' ');
        }
        out.runs.extend(p.runs.iter().cloned());
    }
    out
}

#[derive(Default)]
struct Draft {
    text: Markdown,
    response: Markdown,
    phase: Phase,
    /// A "Response:" line follows before the next item: the paragraphs up to it are text.
    marked: bool,
}

#[derive(Default, PartialEq)]
enum Phase {
    #[default]
    Label,
    Text,
    Response,
}

#[derive(Default)]
struct Items {
    drafts: Vec<Draft>,
    /// The Word list whose items are the items, when they are numbered by Word.
    list: Option<String>,
}

struct Form<'a> {
    lines: &'a [Line<'a>],
    r: Response,
    notes: Vec<ImportNote>,
    comments: HashMap<String, Section>,
    section: Section,
    pending: Option<Detail>,
    key_findings: Markdown,
    cc: Markdown,
    pcc: Markdown,
    recommendations: Items,
    areas: Items,
    after_intro: bool,
}

impl<'a> Form<'a> {
    fn new(lines: &'a [Line<'a>]) -> Self {
        Form {
            lines,
            r: Response::new(DocumentKind::Form, &[]),
            notes: Vec::new(),
            comments: HashMap::new(),
            section: Section::Inspection,
            pending: None,
            key_findings: Markdown::default(),
            cc: Markdown::default(),
            pcc: Markdown::default(),
            recommendations: Items::default(),
            areas: Items::default(),
            after_intro: false,
        }
    }

    fn read(mut self) -> std::result::Result<Recognised, WordProblem> {
        for (i, line) in self.lines.iter().enumerate() {
            match line {
                Line::Para(p) => self.para(i, p)?,
                Line::Row(cells) => self.row(cells),
            }
        }
        let finish = |items: Items| -> Vec<Item> {
            items
                .drafts
                .into_iter()
                .map(|d| {
                    let response = d.response.finish();
                    Item {
                        text: d.text.finish(),
                        response: (!response.is_empty()).then_some(response),
                        tracking: Default::default(),
                    }
                })
                .collect()
        };
        self.r.key_findings = self.key_findings.finish();
        self.r.chief_constable_response = self.cc.finish();
        self.r.pcc_response = self.pcc.finish();
        self.r.recommendations = finish(self.recommendations);
        self.r.areas_for_improvement = finish(self.areas);
        Ok(Recognised {
            response: self.r,
            notes: self.notes,
            comment_sections: self.comments,
            first_section: Section::Inspection,
        })
    }

    fn file_comments(&mut self, p: &Para) {
        for id in &p.comments {
            self.comments.entry(id.clone()).or_insert(self.section);
        }
    }

    fn para(&mut self, i: usize, p: &Para) -> std::result::Result<(), WordProblem> {
        let text = p.text();
        // "PCC response:" alone is the section's heading, never an item's response label.
        if let Some(section) = words::section_heading(&text) {
            self.enter(section)?;
            self.file_comments(p);
            return Ok(());
        }
        self.file_comments(p);
        if !text.trim().is_empty() {
            self.content(i, p, &text);
        }
        Ok(())
    }

    fn enter(&mut self, section: Section) -> std::result::Result<(), WordProblem> {
        if section < self.section {
            return Err(WordProblem::OutOfOrder {
                first: self.section.label(),
                then: section.label(),
            });
        }
        self.section = section;
        self.pending = None;
        self.after_intro = false;
        Ok(())
    }

    fn content(&mut self, i: usize, p: &Para, text: &str) {
        match self.section {
            Section::Inspection => self.inspection(p, text),
            Section::KeyFindings | Section::Grades => self.findings(p, text),
            Section::Recommendations | Section::AreasForImprovement => self.item(i, p, text),
            Section::ChiefConstableResponse => self.cc.push(p),
            Section::PccResponse => self.pcc.push(p),
            Section::Checklist => {
                if let Some(entry) = checklist::from_text(text, &mut self.notes) {
                    self.r.checklist.push(entry);
                }
            }
            Section::Letter => self.unplaced(p, "in the letter"),
        }
    }

    fn row(&mut self, cells: &[Vec<Para>]) {
        for p in cells.iter().flatten() {
            self.file_comments(p);
        }
        let texts: Vec<String> = cells.iter().map(|c| merge(c).text()).collect();
        match self.section {
            Section::Inspection => {
                for pair in cells.chunks(2) {
                    match (
                        pair,
                        pair.first().map(|c| words::detail_label(&merge(c).text())),
                    ) {
                        ([_, value], Some(Some(d))) => self.detail(d, &merge(value)),
                        _ => {
                            for p in pair.iter().flatten() {
                                let t = p.text();
                                if !t.trim().is_empty() {
                                    self.inspection(p, &t);
                                }
                            }
                        }
                    }
                }
            }
            Section::Checklist => {
                if let Some(entry) = checklist::from_cells(&texts, &mut self.notes) {
                    self.r.checklist.push(entry);
                }
            }
            _ => {
                for p in cells.iter().flatten() {
                    let t = p.text();
                    if !t.trim().is_empty() {
                        self.content(usize::MAX, p, &t);
                    }
                }
            }
        }
    }

    fn inspection(&mut self, p: &Para, text: &str) {
        if let Some(d) = words::detail_label(text) {
            self.pending = Some(d);
            return;
        }
        if let Some(d) = self.pending.take() {
            self.detail(d, p);
            return;
        }
        if let Some((d, at)) = words::inline_detail(text) {
            self.detail(d, &p.without_prefix(at));
            return;
        }
        let n = words::normal(text);
        let title = p.heading == Some(1)
            || n.contains("response to inspection")
            || n.contains("(pcc) response")
            || (n.contains("police and crime commissioner") && n.contains("response"));
        if title || n.starts_with("section 55 of the police act") {
            return;
        }
        self.unplaced(p, "before the first heading");
    }

    fn detail(&mut self, d: Detail, value: &Para) {
        let text = value
            .text()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let n = words::normal(&text);
        if n.is_empty() || n == "not yet entered" || n.starts_with("worked out once") {
            return;
        }
        let i = &mut self.r.inspection;
        match d {
            Detail::Title => i.title = text,
            Detail::Published => match words::date(&text) {
                Some(date) => i.published = Some(date),
                None => self.notes.push(ImportNote {
                    section: Section::Inspection,
                    message: format!(
                        "The date published, \u{201C}{text}\u{201D}, could not be read as a \
                         date. Enter it in the inspection details."
                    ),
                }),
            },
            Detail::Type => (i.kind, i.type_detail) = words::inspection_type(&text),
            Detail::Forces => i.forces = words::forces(&text),
            Detail::Link => {
                let link = value.runs.iter().find_map(|r| r.link.clone());
                i.report_url = link.or(Some(text));
            }
            Detail::Deadline => {}
        }
    }

    fn findings(&mut self, p: &Para, text: &str) {
        let n = words::normal(text);
        if n.contains("judged that") && text.trim_end().ends_with(':') {
            self.after_intro = true;
            return;
        }
        let bold_start = p
            .runs
            .iter()
            .find(|r| !r.text.trim().is_empty())
            .is_some_and(|r| r.bold);
        if let Some((grade, area)) = words::grade(text) {
            if bold_start || p.list.is_some() || self.after_intro {
                self.r.grades.push(GradedJudgement { grade, area });
                return;
            }
        }
        self.after_intro = false;
        if self.section == Section::Grades {
            self.unplaced(p, "under Graded judgements");
        } else {
            self.key_findings.push(p);
        }
    }

    fn items(&mut self) -> &mut Items {
        if self.section == Section::Recommendations {
            &mut self.recommendations
        } else {
            &mut self.areas
        }
    }

    fn item(&mut self, i: usize, p: &Para, text: &str) {
        let section = self.section;
        let own_list = p.list.as_ref().map(|l| l.num_id.as_str());
        let marked = self.marked_ahead(i, own_list);
        if let Some(at) = words::item_label(text, section) {
            let rest = Para {
                list: None,
                ..p.without_prefix(at)
            };
            let mut draft = Draft {
                marked,
                ..Draft::default()
            };
            if !rest.text().trim().is_empty() {
                draft.text.push(&rest);
                draft.phase = Phase::Text;
            }
            self.items().drafts.push(draft);
            return;
        }
        let numbered = p.list.as_ref().filter(|l| l.ordered && l.level == 0);
        if let Some(list) = numbered {
            let items = self.items();
            let starts = match &items.list {
                Some(id) => *id == list.num_id,
                None => items.drafts.is_empty(),
            };
            if starts {
                items.list = Some(list.num_id.clone());
                let mut draft = Draft {
                    marked,
                    phase: Phase::Text,
                    ..Draft::default()
                };
                draft.text.push(&Para {
                    list: None,
                    ..p.clone()
                });
                items.drafts.push(draft);
                return;
            }
        }
        let n = words::normal(text);
        // "This area for improvement was first raised in 2022." is printed from the item's
        // tracking, which the document does not carry: it is not the item's text.
        if n.starts_with("this ") && n.contains(" was first raised in ") {
            return;
        }
        let count_sentence = n.starts_with("there are no ")
            || n.contains("made within the report")
            || n.contains("are made in the report");
        let Some(draft) = self.items().drafts.last_mut() else {
            if !count_sentence {
                let place = format!("under {} before the first item", section.label());
                self.unplaced(p, &place);
            }
            return;
        };
        if let Some(at) = words::response_marker(text) {
            draft.phase = Phase::Response;
            draft.response.push(&p.without_prefix(at));
            return;
        }
        match draft.phase {
            Phase::Label => {
                draft.text.push(p);
                draft.phase = Phase::Text;
            }
            Phase::Text if draft.marked => draft.text.push(p),
            Phase::Text | Phase::Response => {
                draft.phase = Phase::Response;
                draft.response.push(p);
            }
        }
    }

    /// True when a "Response:" line comes after line `i` before the next item or section.
    fn marked_ahead(&self, i: usize, own_list: Option<&str>) -> bool {
        for line in self.lines.iter().skip(i.saturating_add(1)) {
            let Line::Para(p) = line else { continue };
            let t = p.text();
            let next_in_list =
                own_list.is_some() && p.list.as_ref().map(|l| l.num_id.as_str()) == own_list;
            if words::section_heading(&t).is_some() && words::response_marker(&t).is_none()
                || words::item_label(&t, self.section).is_some()
                || next_in_list
            {
                return false;
            }
            if words::response_marker(&t).is_some() {
                return true;
            }
        }
        false
    }

    fn unplaced(&mut self, p: &Para, place: &str) {
        self.key_findings.push(p);
        self.notes.push(ImportNote {
            section: Section::KeyFindings,
            message: format!(
                "A paragraph {place} starting \u{201C}{}\u{201D} was not recognised; it has \
                 been added to the end of Key findings.",
                snippet(&p.text())
            ),
        });
    }
}

//! The progress report as a Word document, to the form's standard: the same house style
//! (Arial 11 pt on A4, real headings), "Page N of M" footer and finishing (schema order,
//! en-GB, properties, theme) as the form, each table's header row repeated on every page it
//! runs onto. The logo and office name are built with docx-rs as the letter's are; the rest,
//! which runs to thousands of rows, is written by [`body`] and appended by the finishing.
//! RAG is always written in words; the cell's tint only repeats it.

mod body;

use std::path::Path;

use docx_rs::*;

use super::{
    InspectionProgress, ItemHistory, ItemMention, ItemRow, ProgressReport, UpdateRecord,
    APPENDIX_HEADING, NO_UPDATES,
};
use crate::docx::builder::{Builder, Look};
use crate::docx::{finish, letter, page_footer};
use crate::office::Office;
use crate::tracking::Rag;
use crate::{Error, Result};
use body::Body;

/// The report's title, its Heading 1.
pub const REPORT_TITLE: &str = "Progress report to the Police and Crime Panel";

/// The width of the text between the margins of A4, in twips.
const FULL_WIDTH: usize = 9026;

/// The paragraph style of text in tables: smaller, with less space around it.
const TABLE_TEXT: &str = "TableText";

/// The header rows' shading.
const HEADER_FILL: &str = "D9D9D9";

/// The report as a DOCX file.
///
/// Errors: [`Error::Docx`] only if the document cannot be assembled, which is a bug rather
/// than anything in the report.
pub fn progress_docx(report: &ProgressReport, office: &Office) -> Result<Vec<u8>> {
    let mut b = Builder::new();
    b.with(|d| {
        d.add_style(
            Style::new(TABLE_TEXT, StyleType::Paragraph)
                .name("Table Text")
                .based_on("Normal")
                .size(18)
                .line_spacing(LineSpacing::new().before(40).after(40).line(240)),
        )
        .footer(page_footer())
    });
    title_block(&mut b, office);
    let (docx, _dropped) = b.finish();

    // About 2.5 kB of markup an item, so that the string is seldom copied as it grows.
    let items = report.summary.items + report.closed_since.len() + report.overdue.len();
    let mut body = Body::with_capacity(16 * 1024 + 2560 * items);
    opening(&mut body, report);
    summary(&mut body, report);
    for inspection in &report.inspections {
        inspection_table(&mut body, inspection);
    }
    appendix(&mut body, report);
    let (body, links) = body.finish();

    let mut packed = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut packed)
        .map_err(|e| Error::Docx(e.to_string()))?;
    let alt_texts = match &office.logo {
        Some(_) => vec![format!("{} logo", office.office_name)],
        None => Vec::new(),
    };
    let title = format!("{REPORT_TITLE}: {}", report.position_words());
    finish::finish(
        packed.get_ref(),
        &finish::Finish {
            title: &title,
            author: &office.office_name,
            today: report.made_on,
            alt_texts: &alt_texts,
            body: &body,
            links: &links,
        },
    )
}

/// Writes the report's DOCX at `path`, as the form's export does: through a temporary file
/// and a rename, so a failure leaves no half-written document.
///
/// Errors: [`Error::FileExists`] when `path` exists and `overwrite` is false; [`Error::Io`],
/// saying what to do, when the folder cannot be written or the target is open in Word.
pub fn write_progress_docx(
    report: &ProgressReport,
    office: &Office,
    path: &Path,
    overwrite: bool,
) -> Result<()> {
    let bytes = progress_docx(report, office)?;
    crate::export::write_atomically(path, &bytes, overwrite)
}

/// The logo and the office's name, as the letter's head has them.
fn title_block(b: &mut Builder, office: &Office) {
    if let Some(logo) = &office.logo {
        let pic = letter::picture(logo);
        b.add(
            Paragraph::new()
                .align(AlignmentType::Right)
                .add_run(Run::new().add_image(pic)),
        );
    }
    if !office.office_name.trim().is_empty() {
        let p = b
            .text(&office.office_name, Look::BOLD)
            .align(AlignmentType::Right);
        b.add(p);
    }
}

/// The title, the day of the position and what the report covers.
fn opening(b: &mut Body, report: &ProgressReport) {
    b.heading(1, REPORT_TITLE);
    b.paragraph(None, &report.position_words(), Look::BOLD);
    b.paragraph(
        None,
        &format!("Covering: {}", report.scope_words),
        Look::PLAIN,
    );
}

fn summary(b: &mut Body, report: &ProgressReport) {
    b.heading(2, "Summary");
    for sentence in report.summary_sentences() {
        b.paragraph(None, &sentence, Look::PLAIN);
    }
    let s = &report.summary;
    if s.items > 0 {
        const WIDTHS: [usize; 2] = [6026, 3000];
        header(b, &["Status", "Items"], &WIDTHS);
        for c in &s.by_status {
            row(b, &[&c.words, &c.count.to_string()]);
        }
        row(b, &["All items", &s.items.to_string()]);
        b.close_table();
        spacer(b);
        header(b, &["RAG rating of open items", "Items"], &WIDTHS);
        for c in &s.by_rag {
            b.open_row(true, false);
            rag_cell(b, c.rag, &c.words);
            cell(b, &c.count.to_string(), Look::PLAIN);
            b.close_row();
        }
        b.close_table();
    }
    b.heading(3, &report.closed_heading());
    mentions(
        b,
        &report.closed_since,
        "Closed on",
        &report.nothing_closed(),
    );
    b.heading(3, "Overdue");
    mentions(b, &report.overdue, "Target date", &report.nothing_overdue());
}

/// The closed or overdue items as a table, or `empty` when there are none.
fn mentions(b: &mut Body, items: &[ItemMention], day: &str, empty: &str) {
    if items.is_empty() {
        b.paragraph(None, empty, Look::ITALIC);
        return;
    }
    header(
        b,
        &["Inspection", "Item", "Status", day],
        &[3126, 2500, 1600, 1800],
    );
    for m in items {
        row(b, &[&m.inspection, &m.label, &m.status_words, &m.on_words]);
    }
    b.close_table();
}

/// The columns of an inspection's table: each wide enough for the longest word it holds in
/// Arial 9 pt ("Superintendent", "30 September", "(suggested)").
const ITEM_WIDTHS: [usize; 6] = [2250, 1450, 1350, 1150, 1150, 1676];

fn inspection_table(b: &mut Body, i: &InspectionProgress) {
    b.heading(2, &i.title);
    // With the table: never a title and its date alone at the foot of a page.
    b.open_paragraph(None, true);
    b.run(&i.published_words, Look::PLAIN);
    b.close_paragraph();
    let names = [
        "Item",
        "Lead",
        "Target date",
        "Status",
        "RAG",
        "Latest update",
    ];
    header(b, &names, &ITEM_WIDTHS);
    for r in &i.rows {
        item_row(b, r);
    }
    b.close_table();
}

fn item_row(b: &mut Body, r: &ItemRow) {
    // An item is read whole: its row moves to the next page rather than split.
    b.open_row(true, false);
    b.open_cell(1, None);
    b.paragraph(Some(TABLE_TEXT), &r.label, Look::BOLD);
    b.paragraph(Some(TABLE_TEXT), &r.text, Look::PLAIN);
    if let Some(first) = &r.first_raised_words {
        b.paragraph(Some(TABLE_TEXT), first, Look::ITALIC);
    }
    b.close_cell();
    cell(b, r.lead.as_deref().unwrap_or("Not set"), Look::PLAIN);
    match r.overdue {
        true => cell(b, &format!("{} (overdue)", r.target_words), Look::PLAIN),
        false => cell(b, &r.target_words, Look::PLAIN),
    }
    cell(b, &r.status_words, Look::PLAIN);
    rag_cell(b, r.rag, &r.rag_words);
    b.open_cell(1, None);
    match &r.latest {
        Some(u) => {
            b.paragraph(Some(TABLE_TEXT), &u.date_words, Look::BOLD);
            b.paragraph(Some(TABLE_TEXT), &u.action, Look::PLAIN);
        }
        None => b.paragraph(Some(TABLE_TEXT), "None yet", Look::ITALIC),
    }
    b.close_cell();
    b.close_row();
}

/// The columns of the appendix's tables.
const HISTORY_WIDTHS: [usize; 5] = [1400, 1500, 2450, 2376, 1300];

/// The fill of the rows that name an item in the appendix.
const ITEM_FILL: &str = "F2F2F2";

/// A table an inspection, its header row repeated on each page: a row naming each item,
/// then a row each of its updates.
fn appendix(b: &mut Body, report: &ProgressReport) {
    b.heading(2, APPENDIX_HEADING);
    if report.appendix.is_empty() {
        b.paragraph(None, "There are no items.", Look::ITALIC);
    }
    let names = ["Date", "Reported by", "Action", "Evidence", "Status after"];
    for inspection in &report.appendix {
        b.heading(3, &inspection.title);
        header(b, &names, &HISTORY_WIDTHS);
        for item in &inspection.items {
            history(b, item);
        }
        b.close_table();
    }
}

fn history(b: &mut Body, item: &ItemHistory) {
    // The item's row stays with its first update.
    b.open_row(true, false);
    b.open_cell(HISTORY_WIDTHS.len(), Some(ITEM_FILL));
    b.open_paragraph(Some(TABLE_TEXT), true);
    b.run(&format!("{}: ", item.label), Look::BOLD);
    b.run(&item.text, Look::PLAIN);
    b.close_paragraph();
    if item.updates.is_empty() {
        b.paragraph(Some(TABLE_TEXT), NO_UPDATES, Look::ITALIC);
    }
    b.close_cell();
    b.close_row();
    for u in &item.updates {
        update_row(b, u);
    }
}

fn update_row(b: &mut Body, u: &UpdateRecord) {
    b.open_row(true, false);
    cell(b, &u.date_words, Look::PLAIN);
    cell(b, &u.reported_by, Look::PLAIN);
    cell(b, &u.action, Look::PLAIN);
    b.open_cell(1, None);
    b.paragraph(Some(TABLE_TEXT), &u.evidence, Look::PLAIN);
    if let Some(link) = &u.evidence_link {
        b.open_paragraph(Some(TABLE_TEXT), false);
        match crate::links::resolve(link) {
            Some(href) => b.link(&href),
            // A refused address is printed as typed, never as a link.
            None => b.run(link, Look::PLAIN),
        }
        b.close_paragraph();
    }
    b.close_cell();
    cell(b, &u.status_words, Look::PLAIN);
    b.close_row();
}

/// A cell of one paragraph of table text.
fn cell(b: &mut Body, text: &str, look: Look) {
    b.open_cell(1, None);
    b.paragraph(Some(TABLE_TEXT), text, look);
    b.close_cell();
}

/// A RAG rating: its words, on a tint of its colour dark text reads well on.
fn rag_cell(b: &mut Body, rag: Rag, words: &str) {
    let fill = match rag {
        Rag::Red => "F4C7C3",
        Rag::Amber => "FCE8B2",
        Rag::Green => "B7E1CD",
    };
    b.open_cell(1, Some(fill));
    b.paragraph(Some(TABLE_TEXT), words, Look::PLAIN);
    b.close_cell();
}

/// Opens a table of `widths` with its header row: bold on grey, repeated at the top of each
/// page the table runs onto.
fn header(b: &mut Body, names: &[&str], widths: &[usize]) {
    b.open_table(widths, FULL_WIDTH);
    b.open_row(true, true);
    for name in names {
        b.open_cell(1, Some(HEADER_FILL));
        b.open_paragraph(Some(TABLE_TEXT), true);
        b.run(name, Look::BOLD);
        b.close_paragraph();
        b.close_cell();
    }
    b.close_row();
}

/// A row of plain cells, kept on one page.
fn row(b: &mut Body, texts: &[&str]) {
    b.open_row(true, false);
    for text in texts {
        cell(b, text, Look::PLAIN);
    }
    b.close_row();
}

/// A small gap after a table, before what follows.
fn spacer(b: &mut Body) {
    b.open_paragraph(Some(TABLE_TEXT), false);
    b.close_paragraph();
}

#[cfg(test)]
mod tests;

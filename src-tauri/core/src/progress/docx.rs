//! The progress report as a Word document, to the form's standard: the same builder (every
//! text cleaned), house style (Arial 11 pt on A4, real headings), "Page N of M" footer and
//! finishing (schema order, en-GB, properties, theme), with each table's header row
//! repeated on every page it runs onto. RAG is always written in words; the cell's tint
//! only repeats it.

use std::path::Path;

use docx_rs::*;

use super::{
    InspectionHistory, InspectionProgress, ItemMention, ItemRow, ProgressReport, UpdateRecord,
    APPENDIX_HEADING, NO_UPDATES,
};
use crate::docx::builder::{Builder, Look};
use crate::docx::{finish, letter, page_footer};
use crate::office::Office;
use crate::tracking::Rag;
use crate::{Error, Result};

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
    title_block(&mut b, report, office);
    summary(&mut b, report);
    for inspection in &report.inspections {
        inspection_table(&mut b, inspection);
    }
    appendix(&mut b, report);
    let (docx, _dropped) = b.finish();

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
            header_rows: true,
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

/// The logo and office's name, the title, the day of the position and what it covers.
fn title_block(b: &mut Builder, report: &ProgressReport, office: &Office) {
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
    let h = b.heading(1, REPORT_TITLE);
    b.add(h);
    let p = b.text(&report.position_words(), Look::BOLD);
    b.add(p);
    let p = b.text(&format!("Covering: {}", report.scope_words), Look::PLAIN);
    b.add(p);
}

fn summary(b: &mut Builder, report: &ProgressReport) {
    let h = b.heading(2, "Summary");
    b.add(h);
    for sentence in report.summary_sentences() {
        let p = b.text(&sentence, Look::PLAIN);
        b.add(p);
    }
    let s = &report.summary;
    if s.items > 0 {
        let mut rows = vec![header(b, &["Status", "Items"], &[6026, 3000])];
        for c in &s.by_status {
            rows.push(row(b, &[&c.words, &c.count.to_string()], &[6026, 3000]));
        }
        rows.push(row(b, &["All items", &s.items.to_string()], &[6026, 3000]));
        b.add_table(table(rows, &[6026, 3000]));
        spacer(b);
        let mut rows = vec![header(
            b,
            &["RAG rating of open items", "Items"],
            &[6026, 3000],
        )];
        for c in &s.by_rag {
            let count = c.count.to_string();
            let cells = vec![rag_cell(b, c.rag, &c.words, 6026), cell(b, &count, 3000)];
            rows.push(TableRow::new(cells).cant_split());
        }
        b.add_table(table(rows, &[6026, 3000]));
    }

    let h = b.heading(3, &report.closed_heading());
    b.add(h);
    mentions(
        b,
        &report.closed_since,
        "Closed on",
        &report.nothing_closed(),
    );
    let h = b.heading(3, "Overdue");
    b.add(h);
    mentions(b, &report.overdue, "Target date", &report.nothing_overdue());
}

/// The closed or overdue items as a table, or `empty` when there are none.
fn mentions(b: &mut Builder, items: &[ItemMention], day: &str, empty: &str) {
    if items.is_empty() {
        let p = b.text(empty, Look::ITALIC);
        b.add(p);
        return;
    }
    const WIDTHS: [usize; 4] = [3126, 2500, 1600, 1800];
    let mut rows = vec![header(b, &["Inspection", "Item", "Status", day], &WIDTHS)];
    for m in items {
        let cells = [&*m.inspection, &m.label, &m.status_words, &m.on_words];
        rows.push(row(b, &cells, &WIDTHS));
    }
    b.add_table(table(rows, &WIDTHS));
}

/// The columns of an inspection's table: each wide enough for the longest word it holds in
/// Arial 9 pt ("Superintendent", "30 September", "(suggested)").
const ITEM_WIDTHS: [usize; 6] = [2250, 1450, 1350, 1150, 1150, 1676];

fn inspection_table(b: &mut Builder, i: &InspectionProgress) {
    let h = b.heading(2, &i.title);
    b.add(h);
    let p = b.text(&i.published_words, Look::PLAIN);
    b.add(p);
    let names = [
        "Item",
        "Lead",
        "Target date",
        "Status",
        "RAG",
        "Latest update",
    ];
    let mut rows = Vec::with_capacity(i.rows.len() + 1);
    rows.push(header(b, &names, &ITEM_WIDTHS));
    for r in &i.rows {
        rows.push(item_row(b, r));
    }
    b.add_table(table(rows, &ITEM_WIDTHS));
}

fn item_row(b: &mut Builder, r: &ItemRow) -> TableRow {
    let w = ITEM_WIDTHS;
    let mut item = TableCell::new()
        .width(w[0], WidthType::Dxa)
        .add_paragraph(small(b, &r.label, Look::BOLD))
        .add_paragraph(small(b, &r.text, Look::PLAIN));
    if let Some(first) = &r.first_raised_words {
        item = item.add_paragraph(small(b, first, Look::ITALIC));
    }
    let lead = r.lead.as_deref().unwrap_or("Not set");
    let target = match r.overdue {
        true => format!("{} (overdue)", r.target_words),
        false => r.target_words.clone(),
    };
    let latest = match &r.latest {
        Some(u) => TableCell::new()
            .add_paragraph(small(b, &u.date_words, Look::BOLD))
            .add_paragraph(small(b, &u.action, Look::PLAIN)),
        None => TableCell::new().add_paragraph(small(b, "None yet", Look::ITALIC)),
    };
    TableRow::new(vec![
        item,
        cell(b, lead, w[1]),
        cell(b, &target, w[2]),
        cell(b, &r.status_words, w[3]),
        rag_cell(b, r.rag, &r.rag_words, w[4]),
        latest.width(w[5], WidthType::Dxa),
    ])
    // An item is read whole: its row moves to the next page rather than split.
    .cant_split()
}

/// The columns of an item's history.
const HISTORY_WIDTHS: [usize; 5] = [1400, 1500, 2450, 2376, 1300];

fn appendix(b: &mut Builder, report: &ProgressReport) {
    let h = b.heading(2, APPENDIX_HEADING);
    b.add(h);
    if report.appendix.is_empty() {
        let p = b.text("There are no items.", Look::ITALIC);
        b.add(p);
    }
    for inspection in &report.appendix {
        history(b, inspection);
    }
}

fn history(b: &mut Builder, inspection: &InspectionHistory) {
    let h = b.heading(3, &inspection.title);
    b.add(h);
    let names = ["Date", "Reported by", "Action", "Evidence", "Status after"];
    for item in &inspection.items {
        let label = b.run(&format!("{}: ", item.label), Look::BOLD);
        let text = b.run(&item.text, Look::PLAIN);
        b.add(
            Paragraph::new()
                .add_run(label)
                .add_run(text)
                .keep_next(true)
                .keep_lines(true),
        );
        if item.updates.is_empty() {
            let p = b.text(NO_UPDATES, Look::ITALIC);
            b.add(p);
            continue;
        }
        let mut rows = Vec::with_capacity(item.updates.len() + 1);
        rows.push(header(b, &names, &HISTORY_WIDTHS));
        for u in &item.updates {
            rows.push(update_row(b, u));
        }
        b.add_table(table(rows, &HISTORY_WIDTHS));
        spacer(b);
    }
}

fn update_row(b: &mut Builder, u: &UpdateRecord) -> TableRow {
    let w = HISTORY_WIDTHS;
    let mut evidence = TableCell::new()
        .width(w[3], WidthType::Dxa)
        .add_paragraph(small(b, &u.evidence, Look::PLAIN));
    if let Some(link) = &u.evidence_link {
        let p = match crate::links::resolve(link) {
            Some(href) => {
                let link = b.hyperlink(&href, &href, Look::PLAIN);
                Paragraph::new().style(TABLE_TEXT).add_hyperlink(link)
            }
            // A refused address is printed as typed, never as a link.
            None => small(b, link, Look::PLAIN),
        };
        evidence = evidence.add_paragraph(p);
    }
    TableRow::new(vec![
        cell(b, &u.date_words, w[0]),
        cell(b, &u.reported_by, w[1]),
        cell(b, &u.action, w[2]),
        evidence,
        cell(b, &u.status_words, w[4]),
    ])
    .cant_split()
}

/// A paragraph of table text.
fn small(b: &mut Builder, text: &str, look: Look) -> Paragraph {
    b.text(text, look).style(TABLE_TEXT)
}

/// A cell of one paragraph of table text.
fn cell(b: &mut Builder, text: &str, width: usize) -> TableCell {
    TableCell::new()
        .width(width, WidthType::Dxa)
        .add_paragraph(small(b, text, Look::PLAIN))
}

/// A RAG rating: its words, on a tint of its colour dark text reads well on.
fn rag_cell(b: &mut Builder, rag: Rag, words: &str, width: usize) -> TableCell {
    let fill = match rag {
        Rag::Red => "F4C7C3",
        Rag::Amber => "FCE8B2",
        Rag::Green => "B7E1CD",
    };
    cell(b, words, width).shading(Shading::new().fill(fill))
}

/// A table's header row: bold on grey. [`progress_docx`] marks each table's first row as
/// its header, to repeat on every page.
fn header(b: &mut Builder, names: &[&str], widths: &[usize]) -> TableRow {
    let cells = names
        .iter()
        .zip(widths)
        .map(|(name, &w)| {
            TableCell::new()
                .width(w, WidthType::Dxa)
                .shading(Shading::new().fill(HEADER_FILL))
                .add_paragraph(small(b, name, Look::BOLD).keep_next(true))
        })
        .collect();
    TableRow::new(cells).cant_split()
}

/// A row of plain cells.
fn row(b: &mut Builder, texts: &[&str], widths: &[usize]) -> TableRow {
    let cells = texts
        .iter()
        .zip(widths)
        .map(|(text, &w)| cell(b, text, w))
        .collect();
    TableRow::new(cells).cant_split()
}

/// A table of `widths`, filling the page, with narrow cell margins so that the columns hold
/// more.
fn table(rows: Vec<TableRow>, widths: &[usize]) -> Table {
    Table::new(rows)
        .set_grid(widths.to_vec())
        .width(FULL_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(0, 80, 0, 80))
}

/// A small gap after a table, before what follows.
fn spacer(b: &mut Builder) {
    b.add(
        Paragraph::new()
            .style(TABLE_TEXT)
            .line_spacing(LineSpacing::new().before(0).after(0)),
    );
}

#[cfg(test)]
mod tests;

//! The response form: title, statutory line, inspection details,
//! key findings with the graded judgements, recommendations, areas for improvement, the
//! Chief Constable's and the PCC's responses, and the office checklist.

use docx_rs::*;

use super::builder::{Builder, Look};
use super::ExportOptions;
use crate::checks::Section;
use crate::dates;
use crate::deadline::deadline;
use crate::model::{InspectionType, Item, Response};
use crate::office::Office;
use crate::tracking::{first_raised_words, ItemKind};

/// The form's title, built from the office settings.
pub fn title(office: &Office) -> String {
    format!(
        "{} Police and Crime Commissioner (PCC) response to inspections of {} published by His \
         Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)",
        office.area, office.force
    )
}

/// Writes the whole form.
pub fn write(b: &mut Builder, r: &Response, office: &Office, options: &ExportOptions) {
    b.section(Section::Inspection);
    let t = b.heading(1, &title(office)).align(AlignmentType::Center);
    b.add(t);
    let statement = b.text(office.statutory_statement(), Look::ITALIC);
    b.add(statement);
    details(b, r, office, options);

    b.section(Section::KeyFindings);
    let h = b.heading(2, "Key findings");
    b.add(h);
    b.rich(&r.key_findings);
    grades(b, r, office);

    b.section(Section::Recommendations);
    items(
        b,
        ItemKind::Recommendation,
        "Recommendations",
        "Recommendation",
        &r.recommendations,
    );
    b.section(Section::AreasForImprovement);
    items(
        b,
        ItemKind::AreaForImprovement,
        "Areas for improvement",
        "Area for Improvement",
        &r.areas_for_improvement,
    );

    b.section(Section::ChiefConstableResponse);
    let h = b.heading(
        2,
        "Chief Constable response to report and any Recommendations/Areas for Improvement",
    );
    b.add(h);
    b.rich(&r.chief_constable_response);

    b.section(Section::PccResponse);
    let h = b.heading(
        2,
        "PCC response to report and any Recommendations/Areas for Improvement",
    );
    b.add(h);
    b.rich(&r.pcc_response);

    b.section(Section::Checklist);
    checklist(b, r, options);
}

/// The inspection details as a two-column label and value table.
fn details(b: &mut Builder, r: &Response, office: &Office, options: &ExportOptions) {
    let h = b.heading(2, "Inspection details");
    b.add(h);
    let i = &r.inspection;
    let kind = type_in_words(i);
    let published = match i.published {
        Some(d) => date(b, d, options),
        None => b.text("Not yet entered", Look::ITALIC),
    };
    let url = i
        .report_url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty());
    let link = match url.map(|u| (u, crate::links::resolve(u))) {
        Some((_, Some(href))) => {
            let link = b.hyperlink(&href, &href, Look::PLAIN);
            Paragraph::new().add_hyperlink(link)
        }
        // A refused address is printed as the officer typed it, never as a link.
        Some((typed, None)) => b.text(typed, Look::PLAIN),
        None => b.text("Not yet entered", Look::ITALIC),
    };
    let due = match i.published {
        Some(published) => {
            let due = deadline(published, office.deadline_rule);
            let rule = format!(" ({})", office.deadline_rule.describe());
            let p = date(b, due, options);
            p.add_run(b.run(&rule, Look::PLAIN).size(18))
        }
        None => b.text(
            "Worked out once the date published is entered",
            Look::ITALIC,
        ),
    };
    let rows = vec![
        ("Inspection title", b.text(&i.title, Look::PLAIN)),
        ("Date published", published),
        ("Type of inspection", b.text(&kind, Look::PLAIN)),
        ("Police force(s)", b.text(&i.forces.join(", "), Look::PLAIN)),
        ("Link to report", link),
        ("Section 55 response deadline", due),
    ];
    let rows = rows
        .into_iter()
        .map(|(label, value)| {
            TableRow::new(vec![
                TableCell::new()
                    .width(3000, WidthType::Dxa)
                    .add_paragraph(b.text(label, Look::BOLD)),
                TableCell::new()
                    .width(6026, WidthType::Dxa)
                    .add_paragraph(value),
            ])
            .cant_split()
        })
        .collect();
    b.add_table(
        Table::new(rows)
            .set_grid(vec![3000, 6026])
            .width(9026, WidthType::Dxa),
    );
}

/// A date in the chosen style, the ordinal raised when there is one.
fn date(b: &mut Builder, d: chrono::NaiveDate, options: &ExportOptions) -> Paragraph {
    dates::pieces(d, options.date_style)
        .into_iter()
        .fold(Paragraph::new(), |p, (text, sup)| {
            let run = b.run(&text, Look::PLAIN);
            p.add_run(if sup { superscript(run) } else { run })
        })
}

/// A table cell of one paragraph, with less space around it than body text.
fn cell(p: Paragraph, width: usize) -> TableCell {
    let p = p.line_spacing(LineSpacing::new().before(40).after(40));
    TableCell::new()
        .width(width, WidthType::Dxa)
        .add_paragraph(p)
}

fn superscript(mut run: Run) -> Run {
    run.run_property = run.run_property.vert_align(VertAlignType::SuperScript);
    run
}

/// "HMICFRS judged that ... is:" and a bullet a grade, the grade in bold.
fn grades(b: &mut Builder, r: &Response, office: &Office) {
    if r.grades.is_empty() {
        return;
    }
    let intro = b.text(&judgement_intro(office), Look::PLAIN);
    b.add(intro);
    let bullets: String = r
        .grades
        .iter()
        .map(|g| {
            format!(
                "- **{}** {}\n",
                g.grade.label(),
                escape_markdown(&grade_area(&g.area))
            )
        })
        .collect();
    b.rich(&bullets);
}

/// Escapes Markdown punctuation so that plain text stays plain inside generated Markdown.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out.replace('\n', " ")
}

/// Recommendations or areas for improvement: the count sentence, then each item under its
/// bold numbered label, with its response beneath.
fn items(b: &mut Builder, kind: ItemKind, heading: &str, label: &str, items: &[Item]) {
    let h = b.heading(2, heading);
    b.add(h);
    let p = b.text(&count_sentence(heading, items.len()), Look::PLAIN);
    b.add(p);
    for (i, item) in items.iter().enumerate() {
        let h = b.heading(3, &format!("{label} {}:", i + 1));
        b.add(h);
        b.rich(&item.text);
        if let Some(words) = first_raised_words(kind, &item.tracking) {
            let p = b.text(
                &words,
                Look {
                    bold: false,
                    italic: true,
                },
            );
            b.add(p);
        }
        if let Some(response) = item.response.as_deref().filter(|s| !s.trim().is_empty()) {
            let p = b
                .text(
                    "Response:",
                    Look {
                        bold: true,
                        italic: true,
                    },
                )
                .keep_next(true);
            b.add(p);
            b.rich(response);
        }
    }
}

/// "17 areas for improvement are made within the report, and are detailed as follows:", or
/// "There are no recommendations made." `heading` is the section's plural name.
pub fn count_sentence(heading: &str, count: usize) -> String {
    let noun = heading.to_lowercase();
    match count {
        0 => format!("There are no {noun} made."),
        1 => format!(
            "1 {} is made within the report, and is detailed as follows:",
            singular(&noun)
        ),
        n => format!("{n} {noun} are made within the report, and are detailed as follows:"),
    }
}

/// "HMICFRS judged that Norfolk Constabulary is:"
pub fn judgement_intro(office: &Office) -> String {
    format!("HMICFRS judged that {} is:", office.force)
}

/// "at recording data about crime." with a full stop added where there is none.
pub fn grade_area(area: &str) -> String {
    let area = area.trim();
    let stop = if area.ends_with(['.', '!', '?']) {
        ""
    } else {
        "."
    };
    format!("{area}{stop}")
}

/// The inspection type as printed: its label, or what "Other" was said to be.
pub fn type_in_words(i: &crate::model::Inspection) -> String {
    match (i.kind, i.type_detail.as_deref()) {
        (InspectionType::Other, Some(detail)) if !detail.trim().is_empty() => detail.to_string(),
        (kind, _) => kind.label().to_string(),
    }
}

fn singular(noun: &str) -> String {
    noun.replacen("recommendations", "recommendation", 1)
        .replacen("areas", "area", 1)
}

/// "For Office Use Only": a row an item, ticked with its date when done.
fn checklist(b: &mut Builder, r: &Response, options: &ExportOptions) {
    let h = b.heading(2, "For Office Use Only");
    b.add(h);
    if r.checklist.is_empty() {
        let p = b.text("No office checklist items.", Look::ITALIC);
        b.add(p);
        return;
    }
    let widths = [900, 5826, 2300];
    let header = TableRow::new(vec![
        cell(b.text("Done", Look::BOLD), widths[0]),
        cell(b.text("Action", Look::BOLD), widths[1]),
        cell(b.text("Date done", Look::BOLD), widths[2]),
    ]);
    let mut rows = vec![header];
    for entry in &r.checklist {
        let tick = if entry.is_done() { "\u{2713}" } else { "" };
        let tick = b.text(tick, Look::BOLD).align(AlignmentType::Center);
        let when = match entry.done_on {
            Some(d) => date(b, d, options),
            None => Paragraph::new(),
        };
        rows.push(
            TableRow::new(vec![
                cell(tick, widths[0]),
                cell(b.text(&entry.item, Look::PLAIN), widths[1]),
                cell(when, widths[2]),
            ])
            .cant_split(),
        );
    }
    b.add_table(
        Table::new(rows)
            .set_grid(widths.to_vec())
            .width(9026, WidthType::Dxa),
    );
}

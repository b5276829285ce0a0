//! The [`Publication`] of a response: the form or the letter, as `document` says, laid out as
//! parts in reading order. Every sentence comes from the DOCX writer's own wording (the
//! title, the count sentences, the grades, the subject line, the "first raised" note), so the
//! published forms say what the document for signature says.
//!
//! Every piece of text is cleaned here, once: characters that no document can hold (control
//! characters) are left out and counted, so neither writer has to think about them.
//!
//! The recommendations and areas for improvement are a [`Part::List`] whose every item
//! begins with its own level 3 heading ("Recommendation 1:"): the heading numbers the item,
//! so a writer lays such a list out without markers of its own.

use crate::checks::{Problem, Section, Severity};
use crate::dates;
use crate::deadline::deadline;
use crate::docx::clean::xml_safe;
use crate::docx::form::{count_sentence, grade_area, judgement_intro, type_in_words};
use crate::docx::{form_title, letter_subject};
use crate::model::{DocumentKind, Item, Response, Status};
use crate::office::{ImageUse, Logo, Office};
use crate::richtext::{self, Block, Span};
use crate::tracking::{first_raised_words, ItemKind};
use crate::{Error, Result};

use super::{Align, Look, Part, Publication, PublishOptions};

/// The largest the logo prints, in millimetres: 50 wide, 25 high, as in the DOCX.
const LOGO_BOX_MM: (f64, f64) = (50.0, 25.0);

/// The largest the signature prints, in millimetres.
const SIGNATURE_BOX_MM: (f64, f64) = (50.0, 20.0);

/// The form's headings for the two responses, as the DOCX prints them.
const CHIEF_CONSTABLE_HEADING: &str =
    "Chief Constable response to report and any Recommendations/Areas for Improvement";
const PCC_HEADING: &str = "PCC response to report and any Recommendations/Areas for Improvement";

/// The published structure of `r`: the form or the letter, with the office's details.
///
/// Errors: with `options.signed`, [`Error::Invalid`] for `signed` when the response is not
/// marked Signed or Published, and for `office.signature` when the office has no signature.
/// [`Error::Invalid`] for `office.logo` or `office.signature` when an image to be printed
/// is damaged (kept before images were checked whole), since no PDF could hold it.
pub fn publication(r: &Response, office: &Office, options: &PublishOptions) -> Result<Publication> {
    built(r, office, options).map(|(p, _)| p)
}

/// [`publication`], with a warning for each section whose text lost characters that no
/// document can hold.
pub(crate) fn built(
    r: &Response,
    office: &Office,
    options: &PublishOptions,
) -> Result<(Publication, Vec<Problem>)> {
    let signature = match options.signed {
        true => Some(signature(r, office)?),
        false => None,
    };
    let logo = match r.document {
        DocumentKind::Letter => office.logo.as_ref(),
        DocumentKind::Form => None,
    };
    for (image, used) in [(logo, ImageUse::Logo), (signature, ImageUse::Signature)] {
        if let Some(image) = image {
            printable(image, used)?;
        }
    }
    let mut w = Writer {
        parts: Vec::new(),
        section: Section::Inspection,
        dropped: Vec::new(),
    };
    let title = match r.document {
        DocumentKind::Form => {
            form(&mut w, r, office, options, signature);
            form_title(office)
        }
        DocumentKind::Letter => {
            letter(&mut w, r, office, signature);
            letter_subject(r, office)
        }
    };
    let author = match office.office_name.trim() {
        "" => office.pcc_name.trim(),
        name => name,
    };
    let publication = Publication {
        title: w.clean(&title),
        author: w.clean(author),
        made: options.export.today,
        parts: w.parts,
    };
    let warnings = w.dropped.into_iter().map(|(section, n)| Problem {
        section,
        severity: Severity::Warning,
        message: format!(
            "{n} character{} that a published document cannot hold (control characters) {} \
             left out.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "was" } else { "were" }
        ),
        field: None,
    });
    Ok((publication, warnings.collect()))
}

/// The statuses in which a response may be exported "as signed": the PCC has signed it.
pub const SIGNED_STATUSES: [Status; 2] = [Status::Signed, Status::Published];

/// The office's signature, when `r` may be published as signed.
fn signature<'a>(r: &Response, office: &'a Office) -> Result<&'a Logo> {
    if !SIGNED_STATUSES.contains(&r.status) {
        return Err(Error::invalid(
            "signed",
            format!(
                "only a response marked Signed or Published can be exported as signed, and this \
                 one is marked {}. Mark it Signed once the PCC has signed it, then export again.",
                r.status.label()
            ),
        ));
    }
    office.signature.as_ref().ok_or_else(|| {
        Error::invalid(
            "office.signature",
            "the office settings have no signature image. Add the PCC's signature in the \
             office settings, then export as signed again.",
        )
    })
}

/// Refuses an office image that cannot be decoded whole: one kept before the app checked
/// images so, or damaged on disk since.
fn printable(image: &Logo, used: ImageUse) -> Result<()> {
    image.check(used.field(), used).map_err(|_| {
        Error::invalid(
            format!("office.{}", used.field()),
            format!(
                "the {used} kept in the office settings cannot be read: the image is damaged. \
                 Choose the {used} again in the office settings, then export again."
            ),
        )
    })
}

/// Parts being written, their text cleaned as it goes in.
struct Writer {
    parts: Vec<Part>,
    /// The section being written, for the warnings.
    section: Section,
    /// Characters left out, per section, in the order first met.
    dropped: Vec<(Section, usize)>,
}

impl Writer {
    /// `text` without what no document can hold, counted against the section.
    fn clean(&mut self, text: &str) -> String {
        let (safe, n) = xml_safe(text);
        if n > 0 {
            match self.dropped.iter_mut().find(|(s, _)| *s == self.section) {
                Some((_, count)) => *count += n,
                None => self.dropped.push((self.section, n)),
            }
        }
        // A carriage return is a line break typed on Windows, not a character to print.
        match safe.contains('\r') {
            false => safe.into_owned(),
            true => safe.replace("\r\n", "\n").replace('\r', "\n"),
        }
    }

    fn span(&mut self, text: &str, bold: bool, italic: bool) -> Span {
        Span {
            text: self.clean(text),
            bold,
            italic,
            link: None,
        }
    }

    fn heading(&mut self, level: u8, text: &str) -> Part {
        Part::Heading {
            level,
            text: self.clean(text),
        }
    }

    fn paragraph(&mut self, text: &str, look: Look) -> Part {
        let span = self.span(text, false, false);
        Part::Paragraph {
            spans: vec![span],
            look,
        }
    }

    fn rich(&mut self, markdown: &str) -> Part {
        let blocks = richtext::parse(markdown);
        Part::Rich(self.blocks(blocks))
    }

    fn blocks(&mut self, blocks: Vec<Block>) -> Vec<Block> {
        blocks
            .into_iter()
            .map(|block| match block {
                Block::Paragraph(spans) => Block::Paragraph(self.spans(spans)),
                Block::Quote(inner) => Block::Quote(self.blocks(inner)),
                Block::List {
                    ordered,
                    start,
                    items,
                } => Block::List {
                    ordered,
                    start,
                    items: items.into_iter().map(|i| self.blocks(i)).collect(),
                },
            })
            .collect()
    }

    fn spans(&mut self, spans: Vec<Span>) -> Vec<Span> {
        spans
            .into_iter()
            .map(|s| Span {
                text: self.clean(&s.text),
                link: s.link.map(|l| self.clean(&l)),
                ..s
            })
            .collect()
    }

    fn push(&mut self, part: Part) {
        self.parts.push(part);
    }
}

/// A date as the chosen style prints it, its pieces joined ("24th September 2024").
fn date(d: chrono::NaiveDate, options: &PublishOptions) -> String {
    dates::pieces(d, options.export.date_style)
        .into_iter()
        .map(|(text, _)| text)
        .collect()
}

/// `image` scaled to fit a box of `(width, height)` millimetres, keeping its shape.
fn width_mm(image: &Logo, (max_w, max_h): (f64, f64)) -> u32 {
    let (w, h) = (
        f64::from(image.width.max(1)),
        f64::from(image.height.max(1)),
    );
    ((max_w / w).min(max_h / h) * w).round().max(1.0) as u32
}

/// The signature above the PCC's name, and the PCC's title: the close of a signed document.
fn signed_close(w: &mut Writer, office: &Office, signature: Option<&Logo>) {
    if let Some(image) = signature {
        let alt = w.clean(&format!("Signed: {}", office.pcc_name.trim()));
        w.push(Part::Figure {
            image: image.clone(),
            alt,
            width_mm: width_mm(image, SIGNATURE_BOX_MM),
            align: Align::Left,
        });
    }
    let name = w.span(&office.pcc_name, true, false);
    w.push(Part::Paragraph {
        spans: vec![name],
        look: Look::Body,
    });
    let title = w.paragraph(&office.pcc_title(), Look::Body);
    w.push(title);
}

fn form(
    w: &mut Writer,
    r: &Response,
    office: &Office,
    options: &PublishOptions,
    signature: Option<&Logo>,
) {
    w.section = Section::Inspection;
    let part = w.heading(1, &form_title(office));
    w.push(part);
    let part = w.paragraph(office.statutory_statement(), Look::Note);
    w.push(part);
    details(w, r, office, options);

    w.section = Section::KeyFindings;
    let part = w.heading(2, "Key findings");
    w.push(part);
    let part = w.rich(&r.key_findings);
    w.push(part);
    if !r.grades.is_empty() {
        let part = w.paragraph(&judgement_intro(office), Look::Body);
        w.push(part);
        let rows = r.grades.iter().map(|g| {
            let rest = format!(" {}", grade_area(&g.area));
            (g.grade.label().to_string(), rest)
        });
        bullets(w, rows.collect());
    }

    w.section = Section::Recommendations;
    items(
        w,
        ItemKind::Recommendation,
        "Recommendations",
        "Recommendation",
        &r.recommendations,
    );
    w.section = Section::AreasForImprovement;
    items(
        w,
        ItemKind::AreaForImprovement,
        "Areas for improvement",
        "Area for Improvement",
        &r.areas_for_improvement,
    );

    w.section = Section::ChiefConstableResponse;
    let part = w.heading(2, CHIEF_CONSTABLE_HEADING);
    w.push(part);
    let part = w.rich(&r.chief_constable_response);
    w.push(part);

    w.section = Section::PccResponse;
    let part = w.heading(2, PCC_HEADING);
    w.push(part);
    let part = w.rich(&r.pcc_response);
    w.push(part);
    if signature.is_some() {
        signed_close(w, office, signature);
    }

    w.section = Section::Checklist;
    checklist(w, r, options);
}

/// The inspection details: a row a detail, as the DOCX's table.
fn details(w: &mut Writer, r: &Response, office: &Office, options: &PublishOptions) {
    let part = w.heading(2, "Inspection details");
    w.push(part);
    let i = &r.inspection;
    let missing = |w: &mut Writer, words: &str| vec![w.span(words, false, true)];
    let published = match i.published {
        Some(d) => vec![w.span(&date(d, options), false, false)],
        None => missing(w, "Not yet entered"),
    };
    let url = i
        .report_url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty());
    let link = match url.map(|u| (u, crate::links::resolve(u))) {
        Some((_, Some(href))) => {
            let mut span = w.span(&href, false, false);
            span.link = Some(span.text.clone());
            vec![span]
        }
        // A refused address is printed as the officer typed it, never as a link.
        Some((typed, None)) => vec![w.span(typed, false, false)],
        None => missing(w, "Not yet entered"),
    };
    let due = match i.published {
        Some(published) => {
            let due = deadline(published, office.deadline_rule);
            let words = format!(
                "{} ({})",
                date(due, options),
                office.deadline_rule.describe()
            );
            vec![w.span(&words, false, false)]
        }
        None => missing(w, "Worked out once the date published is entered"),
    };
    let rows = vec![
        ("Inspection title", vec![w.span(&i.title, false, false)]),
        ("Date published", published),
        (
            "Type of inspection",
            vec![w.span(&type_in_words(i), false, false)],
        ),
        (
            "Police force(s)",
            vec![w.span(&i.forces.join(", "), false, false)],
        ),
        ("Link to report", link),
        ("Section 55 response deadline", due),
    ];
    w.push(Part::Details {
        caption: "Inspection details".into(),
        rows: rows
            .into_iter()
            .map(|(label, value)| (label.to_string(), value))
            .collect(),
    });
}

/// Recommendations or areas for improvement: the count sentence, then a list of the items,
/// each under its numbered heading, with the "first raised" note and its response.
fn items(w: &mut Writer, kind: ItemKind, heading: &str, label: &str, items: &[Item]) {
    let part = w.heading(2, heading);
    w.push(part);
    let part = w.paragraph(&count_sentence(heading, items.len()), Look::Body);
    w.push(part);
    if items.is_empty() {
        return;
    }
    let items = items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            let mut parts = vec![
                w.heading(3, &format!("{label} {}:", n + 1)),
                w.rich(&item.text),
            ];
            if let Some(words) = first_raised_words(kind, &item.tracking) {
                parts.push(w.paragraph(&words, Look::Note));
            }
            if let Some(response) = item.response.as_deref().filter(|s| !s.trim().is_empty()) {
                let label = w.span("Response:", true, true);
                parts.push(Part::Paragraph {
                    spans: vec![label],
                    look: Look::Body,
                });
                parts.push(w.rich(response));
            }
            parts
        })
        .collect();
    w.push(Part::List {
        ordered: true,
        items,
    });
}

/// "For Office Use Only": an item a line, a done one ticked with the day it was done, and
/// said in words as well, so that the tick is not the only sign.
fn checklist(w: &mut Writer, r: &Response, options: &PublishOptions) {
    let part = w.heading(2, "For Office Use Only");
    w.push(part);
    if r.checklist.is_empty() {
        let part = w.paragraph("No office checklist items.", Look::Note);
        w.push(part);
        return;
    }
    let items = r
        .checklist
        .iter()
        .map(|entry| {
            let state = match (entry.is_done(), entry.done_on) {
                (true, Some(d)) => format!("\u{2713} Done on {}", date(d, options)),
                (true, None) => "\u{2713} Done".to_string(),
                (false, _) => "Not done yet".to_string(),
            };
            (state, format!(": {}", entry.item))
        })
        .collect();
    bullets(w, items);
}

/// A bulleted list whose items each start with a bold lead ("Good", "Done on …") and go on
/// in plain words: the graded judgements and the checklist.
fn bullets(w: &mut Writer, rows: Vec<(String, String)>) {
    let items = rows
        .iter()
        .map(|(lead, rest)| {
            let spans = vec![w.span(lead, true, false), w.span(rest, false, false)];
            vec![Part::Paragraph {
                spans,
                look: Look::Body,
            }]
        })
        .collect();
    w.push(Part::List {
        ordered: false,
        items,
    });
}

fn letter(w: &mut Writer, r: &Response, office: &Office, signature: Option<&Logo>) {
    w.section = Section::Letter;
    if let Some(logo) = &office.logo {
        let alt = w.clean(&format!("{} logo", office.office_name));
        w.push(Part::Figure {
            image: logo.clone(),
            alt,
            width_mm: width_mm(logo, LOGO_BOX_MM),
            align: Align::Right,
        });
    }
    let mut head = vec![w.span(&office.office_name, true, false)];
    let mut lines: Vec<String> = office.address.clone();
    for (label, value) in [
        ("Telephone", &office.telephone),
        ("Email", &office.email),
        ("Web", &office.web),
    ] {
        if !value.trim().is_empty() {
            lines.push(format!("{label}: {value}"));
        }
    }
    if !lines.is_empty() {
        head.push(w.span(&format!("\n{}", lines.join("\n")), false, false));
    }
    w.push(Part::Paragraph {
        spans: head,
        look: Look::Right,
    });

    let letter = r.letter.as_ref();
    let addressees = letter
        .and_then(|l| l.addressees.clone())
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| office.addressees());
    let part = w.paragraph(&addressees.join("\n"), Look::Body);
    w.push(part);
    // A letter with no date prints none, as the DOCX: the checks say so before export.
    if let Some(d) = letter.and_then(|l| l.date) {
        let part = w.paragraph(&dates::letter(d), Look::Body);
        w.push(part);
    }
    let salutation = letter
        .and_then(|l| l.salutation.as_deref())
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or(office.salutation())
        .to_string();
    let part = w.paragraph(&salutation, Look::Body);
    w.push(part);
    // The subject is the letter's title, so it is its one level 1 heading.
    let part = w.heading(1, &letter_subject(r, office));
    w.push(part);

    w.section = Section::PccResponse;
    let part = w.rich(&r.pcc_response);
    w.push(part);

    w.section = Section::Letter;
    let part = w.paragraph("Yours sincerely,", Look::Body);
    w.push(part);
    signed_close(w, office, signature);
}

#[cfg(test)]
pub(crate) mod tests;

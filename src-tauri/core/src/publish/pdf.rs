//! The tagged PDF (PDF/UA-1) of a [`Publication`], laid out by Typst offline.
//!
//! The publication goes to Typst as data (a JSON file in a world of its own, [`world`]) that
//! a fixed layout (`pdf/layout.typ`) walks, so the officer's text is only ever text: a `#`,
//! `$`, `*` or `[` in it is printed, never read as markup. Typst's PDF writer then tags the
//! pages to PDF/UA-1: headings, paragraphs, lists, the details table with its row headers,
//! links, and figures with their alt text, with the title, the language (en-GB) and every
//! font (Liberation Sans, and Noto Sans Arabic for Arabic, shipped with the app) embedded.

mod world;

use serde_json::{json, Value};
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use super::{Align, Look, Part, Publication};
use crate::office::ImageFormat;
use crate::richtext::{Block, Span};
use crate::{Error, Result};

/// The PDF of `publication`: A4, tagged to PDF/UA-1, its fonts embedded.
///
/// Errors: [`Error::Docx`] when Typst cannot lay the document out or write it, e.g. a
/// figure whose bytes are not the image they claim to be; the message says what Typst said.
pub fn pdf(publication: &Publication) -> Result<Vec<u8>> {
    let (pdf, _warnings) = compile(publication);
    pdf
}

/// The PDF and Typst's warnings about it, for the tests to see.
fn compile(publication: &Publication) -> (Result<Vec<u8>>, Vec<String>) {
    let mut images = Vec::new();
    let data = publication_json(publication, &mut images);
    let made = publication.made;
    let world = world::Export::new(data.to_string().into_bytes(), images, made);
    let compiled = typst::compile::<PagedDocument>(&world);
    let warnings = compiled
        .warnings
        .iter()
        .map(|w| w.message.to_string())
        .collect();
    let written = compiled.output.and_then(|document| {
        let options = PdfOptions {
            creator: Smart::Custom(Some("PCC Response".into())),
            standards: PdfStandards::new(&[PdfStandard::Ua_1])
                .expect("PDF/UA-1 alone is a valid set of standards"),
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&document, &options)
    });
    // Typst remembers the work of each compilation to speed up the next; an app that makes
    // a PDF now and then keeps none of it, so its memory does not grow export by export.
    typst::comemo::evict(0);
    let pdf = written.map_err(|errors| {
        let said: Vec<String> = errors.iter().map(words).collect();
        Error::Docx(format!(
            "the PDF could not be laid out: {}",
            said.join("; ")
        ))
    });
    (pdf, warnings)
}

fn words(d: &SourceDiagnostic) -> String {
    match d.severity {
        Severity::Error => d.message.to_string(),
        Severity::Warning => format!("warning: {}", d.message),
    }
}

/// The publication as the layout reads it. The figures' images are pushed onto `images`
/// and named by their place there.
fn publication_json(p: &Publication, images: &mut Vec<Vec<u8>>) -> Value {
    use chrono::Datelike;
    let parts: Vec<Value> = p
        .parts
        .iter()
        .enumerate()
        .filter_map(|(i, part)| part_json(part, i == 0, images))
        .collect();
    json!({
        "title": clean(&p.title),
        "author": clean(&p.author),
        "made": [p.made.year(), p.made.month(), p.made.day()],
        "parts": parts,
    })
}

/// One part; `None` for a heading with no words, which a tagged PDF cannot carry.
fn part_json(part: &Part, first: bool, images: &mut Vec<Vec<u8>>) -> Option<Value> {
    Some(match part {
        Part::Heading { level, text } => {
            let text = clean(text);
            if text.trim().is_empty() {
                return None;
            }
            json!({"k": "heading", "level": level.clamp(&1, &6), "text": text, "first": first})
        }
        Part::Paragraph { spans, look } => paragraph_json(spans, *look),
        Part::Rich(blocks) => json!({"k": "rich", "blocks": blocks_json(blocks)}),
        Part::Details { caption, rows } => {
            let rows: Vec<Value> = rows
                .iter()
                .map(|(label, value)| json!([clean(label), spans_json(value)]))
                .collect();
            json!({"k": "details", "caption": clean(caption), "rows": rows})
        }
        Part::List { ordered, items } => {
            let plain = items
                .iter()
                .all(|item| matches!(item.first(), Some(Part::Heading { .. })));
            let items: Vec<Value> = items
                .iter()
                .map(|item| {
                    let parts: Vec<Value> = item
                        .iter()
                        .filter_map(|part| part_json(part, false, images))
                        .collect();
                    Value::Array(parts)
                })
                .collect();
            json!({"k": "list", "ordered": ordered, "start": 1, "plain": plain && !items.is_empty(),
                "items": items})
        }
        Part::Figure {
            image,
            alt,
            width_mm,
            align,
        } => {
            let path = world::figure_path(images.len());
            images.push(image.bytes.clone());
            let format = match image.format {
                ImageFormat::Png => "png",
                ImageFormat::Jpeg => "jpg",
            };
            json!({"k": "figure", "path": path, "format": format, "alt": clean(alt),
                "width": (*width_mm).clamp(1, 160), "right": matches!(align, Align::Right)})
        }
    })
}

fn paragraph_json(spans: &[Span], look: Look) -> Value {
    let look = match look {
        Look::Body => "body",
        Look::Small => "small",
        Look::Right => "right",
        Look::Note => "note",
        Look::Strong => "strong",
    };
    json!({"k": "paragraph", "look": look, "spans": spans_json(spans)})
}

fn blocks_json(blocks: &[Block]) -> Vec<Value> {
    blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(spans) => paragraph_json(spans, Look::Body),
            Block::Quote(inner) => json!({"k": "quote", "blocks": blocks_json(inner)}),
            Block::List {
                ordered,
                start,
                items,
            } => {
                let items: Vec<Value> = items
                    .iter()
                    .map(|item| Value::Array(blocks_json(item)))
                    .collect();
                json!({"k": "list", "ordered": ordered, "start": (*start).clamp(0, 1_000_000),
                    "plain": false, "items": items})
            }
        })
        .collect()
}

fn spans_json(spans: &[Span]) -> Vec<Value> {
    spans
        .iter()
        .map(|s| {
            let link = s
                .link
                .as_deref()
                .map(clean)
                .filter(|l| !l.trim().is_empty());
            json!({"t": clean(&s.text), "b": s.bold, "i": s.italic, "l": link})
        })
        .collect()
}

/// `text` as the fonts can print it. Control characters and non-characters go; a tab becomes
/// a space and a line break stays (a run's `'\n'` is a line break). A character the fonts
/// lack (an emoji, a script none of them covers) becomes a white square (□), so
/// the reader sees that something stood there; an invisible one the fonts lack
/// (a joiner, a variation selector, a direction mark) is dropped.
fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            '\u{FDD0}'..='\u{FDEF}' => None,
            c if u32::from(c) & 0xFFFE == 0xFFFE => None,
            c if world::covers(c) => Some(c),
            c if invisible(c) => None,
            _ => Some(REPLACEMENT),
        })
        .collect()
}

/// What stands for a character the fonts lack: a white square, which Liberation Sans has
/// (it has no U+FFFD, the replacement character).
const REPLACEMENT: char = '\u{25A1}';

/// Unicode's default-ignorable code points: marks that shape or steer text but show nothing.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{34F}' | '\u{61C}' | '\u{115F}'..='\u{1160}' | '\u{17B4}'..='\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

#[cfg(test)]
mod tests;

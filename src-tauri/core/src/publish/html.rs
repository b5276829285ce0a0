//! A [`Publication`] as HTML for the office's website: one self-contained page
//! ([`page`]), or its content alone for pasting into a web content system ([`fragment`]).
//!
//! Both carry their styles inline, in `style` attributes (content systems strip `<style>`),
//! and their images as `data:` URIs, so nothing is fetched. The markup is semantic: real
//! headings, a table with a caption and row headers, lists, links with their own words. The
//! layout has no fixed widths (a measure in `em`, images at most the column's width, tables
//! whose text wraps), so it reads at 400% zoom and at a phone's width; text is near-black on
//! white and links are underlined as well as coloured. There is no script, and every piece
//! of text is escaped.

use std::fmt::Write;

use base64::Engine;

use super::{Align, Look, Part, Publication};
use crate::docx::clean::xml_safe;
use crate::office::Logo;
use crate::richtext::{Block, Span};
use crate::ImageFormat;

/// The page's body: near-black text (#0b0c0c, 19.9:1) on white, in the house sans serif.
const BODY: &str = "margin:0;padding:1em;background-color:#ffffff;color:#0b0c0c;\
    font-family:Arial,'Liberation Sans',Helvetica,sans-serif;font-size:100%;line-height:1.5";
/// The column the content sits in: a readable measure that shrinks with the window, and
/// long words (web addresses) broken rather than pushed off the side.
const COLUMN: &str = "display:block;max-width:45em;margin:0 auto;background-color:#ffffff;\
    color:#0b0c0c;overflow-wrap:anywhere";
/// Links: dark blue (#1d4f91, 8.2:1 on white) and underlined, so colour is not the only sign.
const LINK: &str = "color:#1d4f91;text-decoration:underline";
const TABLE: &str = "border-collapse:collapse;width:100%;margin:0 0 1em;table-layout:auto";
/// The caption names the table to a screen reader, which announces it on entering the table;
/// on screen the heading just above already says the same words, so it is not shown twice.
const CAPTION: &str = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;\
    overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0";
const CELL: &str = "border:1px solid #505a5f;padding:.4em .5em;text-align:left;\
    vertical-align:top;overflow-wrap:anywhere";
const QUOTE: &str = "margin:0 0 .75em;padding:0 0 0 1em;border-left:4px solid #505a5f";
const LIST: &str = "margin:0 0 .75em;padding:0 0 0 1.5em";
/// A list whose items begin with their own numbered heading: the heading is the marker.
const LABELLED_LIST: &str = "margin:0 0 .75em;padding:0;list-style:none";
const ITEM: &str = "margin:0 0 .25em";
const IMAGE: &str = "max-width:100%;height:auto;border:0";

/// The whole page: a complete, self-contained HTML document in British English.
pub fn page(p: &Publication) -> String {
    let mut h = Writer::new();
    h.raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.raw("<title>");
    h.text(&p.title);
    h.raw("</title>\n<meta name=\"author\" content=\"");
    h.text(&p.author);
    let _ = write!(
        h.0,
        "\">\n<meta name=\"dcterms.created\" content=\"{}\">\n</head>\n",
        p.made.format("%Y-%m-%d")
    );
    let _ = write!(h.0, "<body style=\"{BODY}\">\n<main style=\"{COLUMN}\">\n");
    h.parts(&p.parts);
    h.raw("</main>\n</body>\n</html>\n");
    h.0
}

/// The content alone, for a web content system: an `<article>` in British English with
/// every style inline and images as `data:` URIs; no `<html>`, `<head>` or `<title>`.
pub fn fragment(p: &Publication) -> String {
    let mut h = Writer::new();
    let style = format!(
        "{COLUMN};font-family:Arial,'Liberation Sans',Helvetica,sans-serif;line-height:1.5"
    );
    let _ = writeln!(h.0, "<article lang=\"en-GB\" style=\"{style}\">");
    h.parts(&p.parts);
    h.raw("</article>\n");
    h.0
}

/// HTML being written; text goes in escaped.
struct Writer(String);

impl Writer {
    fn new() -> Writer {
        Writer(String::with_capacity(64 * 1024))
    }

    fn raw(&mut self, html: &str) {
        self.0.push_str(html);
    }

    /// `text` escaped for an element or a quoted attribute, without the characters no
    /// document can hold. A line break stays a line break: [`Writer::lines`] makes `<br>`.
    fn text(&mut self, text: &str) {
        let (safe, _) = xml_safe(text);
        for c in safe.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                '\r' => {}
                c => self.0.push(c),
            }
        }
    }

    /// `text` escaped, its line breaks as `<br>`.
    fn lines(&mut self, text: &str) {
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.raw("<br>");
            }
            self.text(line);
        }
    }

    fn parts(&mut self, parts: &[Part]) {
        for part in parts {
            self.part(part);
            self.raw("\n");
        }
    }

    fn part(&mut self, part: &Part) {
        match part {
            Part::Heading { level, text } => {
                let level = (*level).clamp(1, 6);
                let size = match level {
                    1 => "1.5em",
                    2 => "1.25em",
                    3 => "1.1em",
                    _ => "1em",
                };
                let _ = write!(
                    self.0,
                    "<h{level} style=\"font-size:{size};line-height:1.3;margin:1em 0 .5em\">"
                );
                self.lines(text);
                let _ = write!(self.0, "</h{level}>");
            }
            Part::Paragraph { spans, look } => {
                let style = match look {
                    Look::Body => "margin:0 0 .75em",
                    Look::Small => "margin:0 0 .75em;font-size:.9em",
                    Look::Right => "margin:0 0 .75em;text-align:right",
                    Look::Note => "margin:0 0 .75em;font-style:italic",
                    Look::Strong => "margin:0 0 .75em;font-weight:bold",
                };
                let _ = write!(self.0, "<p style=\"{style}\">");
                self.spans(spans);
                self.raw("</p>");
            }
            Part::Rich(blocks) => self.blocks(blocks),
            Part::Details { caption, rows } => {
                let _ = write!(
                    self.0,
                    "<table style=\"{TABLE}\">\n<caption style=\"{CAPTION}\">"
                );
                self.text(caption);
                self.raw("</caption>\n<tbody>\n");
                for (label, value) in rows {
                    let _ = write!(
                        self.0,
                        "<tr><th scope=\"row\" style=\"{CELL};font-weight:bold;width:35%\">"
                    );
                    self.lines(label);
                    let _ = write!(self.0, "</th><td style=\"{CELL}\">");
                    self.spans(value);
                    self.raw("</td></tr>\n");
                }
                self.raw("</tbody>\n</table>");
            }
            Part::List { ordered, items } => {
                let labelled = !items.is_empty()
                    && items
                        .iter()
                        .all(|i| matches!(i.first(), Some(Part::Heading { .. })));
                let tag = if *ordered { "ol" } else { "ul" };
                let style = if labelled { LABELLED_LIST } else { LIST };
                let _ = writeln!(self.0, "<{tag} style=\"{style}\">");
                for item in items {
                    let _ = write!(self.0, "<li style=\"{ITEM}\">");
                    self.parts(item);
                    self.raw("</li>\n");
                }
                let _ = write!(self.0, "</{tag}>");
            }
            Part::Figure {
                image,
                alt,
                width_mm,
                align,
            } => {
                let side = match align {
                    Align::Left => "left",
                    Align::Right => "right",
                };
                let _ = write!(self.0, "<p style=\"margin:0 0 .75em;text-align:{side}\">");
                self.image(image, alt, *width_mm);
                self.raw("</p>");
            }
        }
    }

    /// An `<img>` with its bytes inline; it prints `width_mm` wide but never wider than the
    /// column, and keeps its shape.
    fn image(&mut self, image: &Logo, alt: &str, width_mm: u32) {
        let mime = match image.format {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
        };
        let _ = write!(self.0, "<img src=\"data:{mime};base64,");
        base64::engine::general_purpose::STANDARD.encode_string(&image.bytes, &mut self.0);
        self.raw("\" alt=\"");
        self.text(alt);
        let _ = write!(
            self.0,
            "\" width=\"{}\" height=\"{}\" style=\"{IMAGE};width:{width_mm}mm\">",
            image.width, image.height
        );
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            match block {
                Block::Paragraph(spans) => {
                    self.raw("<p style=\"margin:0 0 .75em\">");
                    self.spans(spans);
                    self.raw("</p>\n");
                }
                Block::Quote(inner) => {
                    let _ = writeln!(self.0, "<blockquote style=\"{QUOTE}\">");
                    self.blocks(inner);
                    self.raw("</blockquote>\n");
                }
                Block::List {
                    ordered,
                    start,
                    items,
                } => {
                    match (*ordered, *start) {
                        (true, 1) => {
                            let _ = writeln!(self.0, "<ol style=\"{LIST}\">");
                        }
                        (true, n) => {
                            let _ = writeln!(self.0, "<ol start=\"{n}\" style=\"{LIST}\">");
                        }
                        (false, _) => {
                            let _ = writeln!(self.0, "<ul style=\"{LIST}\">");
                        }
                    }
                    for item in items {
                        let _ = write!(self.0, "<li style=\"{ITEM}\">");
                        self.tight(item);
                        self.raw("</li>\n");
                    }
                    self.raw(if *ordered { "</ol>\n" } else { "</ul>\n" });
                }
            }
        }
    }

    /// A list item's blocks: a single paragraph is written as its text alone, as in a
    /// tight Markdown list.
    fn tight(&mut self, blocks: &[Block]) {
        match blocks {
            [Block::Paragraph(spans)] => self.spans(spans),
            _ => self.blocks(blocks),
        }
    }

    /// Runs of text; neighbouring runs of one link share one `<a>`, so a link is read
    /// once, with all its words.
    fn spans(&mut self, spans: &[Span]) {
        let mut open: Option<&str> = None;
        for s in spans {
            if s.link.as_deref() != open {
                if open.is_some() {
                    self.raw("</a>");
                }
                if let Some(href) = &s.link {
                    self.raw("<a href=\"");
                    self.text(href);
                    let _ = write!(self.0, "\" style=\"{LINK}\">");
                }
                open = s.link.as_deref();
            }
            if s.bold {
                self.raw("<strong>");
            }
            if s.italic {
                self.raw("<em>");
            }
            self.lines(&s.text);
            if s.italic {
                self.raw("</em>");
            }
            if s.bold {
                self.raw("</strong>");
            }
        }
        if open.is_some() {
            self.raw("</a>");
        }
    }
}

#[cfg(test)]
mod tests;

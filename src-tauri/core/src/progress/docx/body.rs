//! The report's body written straight as WordprocessingML. A report of everything runs to
//! thousands of table rows, and docx-rs takes seconds over them (it serialises each element
//! through an XML event writer, in markup twice the size); this writes the same paragraphs,
//! runs and tables into one string, each element's children already in the schema's order,
//! and [`finish`](crate::docx::finish) appends it to the document docx-rs made of the rest.
//!
//! Text enters only through [`Body::run`], which drops what XML cannot hold
//! ([`xml_safe`]), escapes the rest, and writes line breaks and tabs as Word's own, as the
//! form's [`Builder`](crate::docx::builder::Builder) does.

use std::borrow::Cow;

use crate::docx::builder::Look;
use crate::docx::clean::xml_safe;
use crate::docx::finish::link_id;
use crate::docx::styles;

/// Body markup being written, and the external links it refers to.
#[derive(Default)]
pub struct Body {
    xml: String,
    links: Vec<String>,
}

impl Body {
    /// An empty body with room for `bytes`.
    pub fn with_capacity(bytes: usize) -> Self {
        Body {
            xml: String::with_capacity(bytes),
            links: Vec::new(),
        }
    }

    /// The markup and the links' addresses, in the order of their ids ([`link_id`]), for
    /// [`finish`](crate::docx::finish).
    pub fn finish(self) -> (String, Vec<String>) {
        (self.xml, self.links)
    }

    /// `text`, cleaned and escaped, in runs that look like `look`: a line break or a tab
    /// ends the run's text there and is written as Word's own.
    pub fn run(&mut self, text: &str, look: Look) {
        let (mut text, _) = xml_safe(text);
        if text.contains('\r') {
            text = Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"));
        }
        self.xml.push_str("<w:r>");
        match (look.bold, look.italic) {
            (false, false) => {}
            (true, false) => self.xml.push_str("<w:rPr><w:b/><w:bCs/></w:rPr>"),
            (false, true) => self.xml.push_str("<w:rPr><w:i/><w:iCs/></w:rPr>"),
            (true, true) => self
                .xml
                .push_str("<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr>"),
        }
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.xml.push_str("<w:br/>");
            }
            for (j, piece) in line.split('\t').enumerate() {
                if j > 0 {
                    self.xml.push_str("<w:tab/>");
                }
                if piece.is_empty() {
                    continue;
                }
                // Word drops spaces at either end of a text unless told to keep them.
                let spaced = piece.starts_with(' ') || piece.ends_with(' ');
                self.xml.push_str(match spaced {
                    true => "<w:t xml:space=\"preserve\">",
                    false => "<w:t>",
                });
                escape_into(&mut self.xml, piece);
                self.xml.push_str("</w:t>");
            }
        }
        self.xml.push_str("</w:r>");
    }

    /// Opens a paragraph of `style` (Normal when `None`), kept with the next when asked.
    pub fn open_paragraph(&mut self, style: Option<&str>, keep_next: bool) {
        self.xml.push_str("<w:p>");
        if style.is_none() && !keep_next {
            return;
        }
        self.xml.push_str("<w:pPr>");
        if let Some(style) = style {
            self.xml.push_str("<w:pStyle w:val=\"");
            self.xml.push_str(style);
            self.xml.push_str("\"/>");
        }
        if keep_next {
            self.xml.push_str("<w:keepNext/>");
        }
        self.xml.push_str("</w:pPr>");
    }

    /// Closes a paragraph.
    pub fn close_paragraph(&mut self) {
        self.xml.push_str("</w:p>");
    }

    /// A paragraph of one run.
    pub fn paragraph(&mut self, style: Option<&str>, text: &str, look: Look) {
        self.open_paragraph(style, false);
        self.run(text, look);
        self.close_paragraph();
    }

    /// A heading at `level` (1 to 3), kept with what follows.
    pub fn heading(&mut self, level: usize, text: &str) {
        self.open_paragraph(Some(styles::HEADING[level - 1]), true);
        self.run(text, Look::PLAIN);
        self.close_paragraph();
    }

    /// A link to `href` (an address [`crate::links::resolve`] allowed) showing it.
    pub fn link(&mut self, href: &str) {
        let (href, _) = xml_safe(href);
        let target = href.trim().replace(' ', "%20");
        let n = match self.links.iter().position(|l| *l == target) {
            Some(n) => n,
            None => {
                self.links.push(target.clone());
                self.links.len() - 1
            }
        };
        self.xml.push_str("<w:hyperlink r:id=\"");
        self.xml.push_str(&link_id(n));
        self.xml
            .push_str("\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"");
        self.xml.push_str(styles::HYPERLINK);
        self.xml
            .push_str("\"/></w:rPr><w:t xml:space=\"preserve\">");
        escape_into(&mut self.xml, &target);
        self.xml.push_str("</w:t></w:r></w:hyperlink>");
    }

    /// Opens a table of fixed columns `widths` (twips) across `full` twips, single lines
    /// round every cell and narrow cell margins.
    pub fn open_table(&mut self, widths: &[usize], full: usize) {
        self.xml.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"");
        self.xml.push_str(&full.to_string());
        self.xml.push_str("\" w:type=\"dxa\"/><w:tblBorders>");
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            self.xml.push_str("<w:");
            self.xml.push_str(side);
            self.xml
                .push_str(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        self.xml.push_str(
            "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"80\" \
             w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>\
             <w:tblGrid>",
        );
        for w in widths {
            self.xml.push_str("<w:gridCol w:w=\"");
            self.xml.push_str(&w.to_string());
            self.xml.push_str("\"/>");
        }
        self.xml.push_str("</w:tblGrid>");
    }

    /// Closes a table.
    pub fn close_table(&mut self) {
        self.xml.push_str("</w:tbl>");
    }

    /// Opens a row: kept on one page when `whole`, repeated at the top of each page the
    /// table runs onto when `header`.
    pub fn open_row(&mut self, whole: bool, header: bool) {
        self.xml.push_str("<w:tr>");
        if whole || header {
            self.xml.push_str("<w:trPr>");
            if whole {
                self.xml.push_str("<w:cantSplit/>");
            }
            if header {
                self.xml.push_str("<w:tblHeader/>");
            }
            self.xml.push_str("</w:trPr>");
        }
    }

    /// Closes a row.
    pub fn close_row(&mut self) {
        self.xml.push_str("</w:tr>");
    }

    /// Opens a cell spanning `span` columns, shaded with `fill` (an RGB hex colour) if any.
    /// A cell must hold at least one paragraph before it is closed.
    pub fn open_cell(&mut self, span: usize, fill: Option<&str>) {
        self.xml.push_str("<w:tc>");
        if span > 1 || fill.is_some() {
            self.xml.push_str("<w:tcPr>");
            if span > 1 {
                self.xml.push_str("<w:gridSpan w:val=\"");
                self.xml.push_str(&span.to_string());
                self.xml.push_str("\"/>");
            }
            if let Some(fill) = fill {
                self.xml
                    .push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"");
                self.xml.push_str(fill);
                self.xml.push_str("\"/>");
            }
            self.xml.push_str("</w:tcPr>");
        }
    }

    /// Closes a cell.
    pub fn close_cell(&mut self) {
        self.xml.push_str("</w:tc>");
    }
}

/// Appends `text` escaped for XML text and attributes.
fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => "&quot;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cleaned_escaped_and_its_breaks_and_tabs_are_words_own() {
        let mut b = Body::default();
        b.run("a\u{0}<b> & \"c\"\r\nd\t e", Look::BOLD);
        assert_eq!(
            b.finish().0,
            "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>a&lt;b&gt; &amp; &quot;c&quot;</w:t><w:br/>\
             <w:t>d</w:t><w:tab/><w:t xml:space=\"preserve\"> e</w:t></w:r>"
        );
    }

    #[test]
    fn a_link_is_kept_once_however_often_it_is_shown() {
        let mut b = Body::default();
        b.link("https://example.org/a b");
        b.link("https://example.org/c");
        b.link("https://example.org/a%20b");
        let (xml, links) = b.finish();
        assert_eq!(
            links,
            ["https://example.org/a%20b", "https://example.org/c"]
        );
        assert_eq!(xml.matches("r:id=\"rIdPccLink1\"").count(), 2);
    }

    #[test]
    fn row_and_cell_properties_come_in_schema_order() {
        let mut b = Body::default();
        b.open_row(true, true);
        b.open_cell(5, Some("D9D9D9"));
        b.paragraph(Some("TableText"), "x", Look::PLAIN);
        b.close_cell();
        b.close_row();
        let xml = b.finish().0;
        assert!(xml.starts_with(
            "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan \
             w:val=\"5\"/><w:shd "
        ));
    }
}

//! The one path by which text enters a document. [`Builder`] cleans every string
//! ([`super::clean`]), reports what it dropped as a warning against the section being
//! written, and turns rich text blocks into Word paragraphs, runs, hyperlinks and lists.

use docx_rs::*;

use super::clean::xml_safe;
use super::styles;
use crate::checks::{Problem, Section, Severity};
use crate::richtext::{self, Block, Span};

/// A document being written.
pub struct Builder {
    docx: Docx,
    next_list: usize,
    section: Section,
    /// Characters dropped per section, in the order first met.
    dropped: Vec<(Section, usize)>,
}

/// How a run of text looks, beyond what its rich text says.
#[derive(Clone, Copy, Default)]
pub struct Look {
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
}

impl Look {
    /// Neither bold nor italic.
    pub const PLAIN: Look = Look {
        bold: false,
        italic: false,
    };
    /// Bold.
    pub const BOLD: Look = Look {
        bold: true,
        italic: false,
    };
    /// Italic.
    pub const ITALIC: Look = Look {
        bold: false,
        italic: true,
    };
}

impl Builder {
    /// An empty A4 document in the house style.
    pub fn new() -> Self {
        Builder {
            docx: styles::apply(Docx::new()),
            next_list: styles::FIRST_LIST_ID,
            section: Section::Inspection,
            dropped: Vec::new(),
        }
    }

    /// Attributes what follows to `section` for warnings.
    pub fn section(&mut self, section: Section) {
        self.section = section;
    }

    /// Applies a change to the whole document (page set-up, footer, ...).
    pub fn with(&mut self, f: impl FnOnce(Docx) -> Docx) {
        self.docx = f(std::mem::take(&mut self.docx));
    }

    /// Adds a paragraph.
    pub fn add(&mut self, p: Paragraph) {
        self.with(|d| d.add_paragraph(p));
    }

    /// Adds a table.
    pub fn add_table(&mut self, t: Table) {
        self.with(|d| d.add_table(t));
    }

    /// `text` made safe for XML, counting what was dropped.
    pub fn clean(&mut self, text: &str) -> String {
        let (safe, dropped) = xml_safe(text);
        if dropped > 0 {
            match self.dropped.iter_mut().find(|(s, _)| *s == self.section) {
                Some((_, n)) => *n += dropped,
                None => self.dropped.push((self.section, dropped)),
            }
        }
        safe.into_owned()
    }

    /// A run of plain text: tabs and line breaks become Word's own.
    pub fn run(&mut self, text: &str, look: Look) -> Run {
        // Windows (CRLF) and old Mac (CR) line ends are line breaks too.
        let text = self.clean(text).replace("\r\n", "\n").replace('\r', "\n");
        let mut run = Run::new();
        if look.bold {
            run = run.bold();
        }
        if look.italic {
            run = run.italic();
        }
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            for (j, piece) in line.split('\t').enumerate() {
                if j > 0 {
                    run = run.add_tab();
                }
                if !piece.is_empty() {
                    run = run.add_text(piece);
                }
            }
        }
        run
    }

    /// A paragraph of one run of plain text.
    pub fn text(&mut self, text: &str, look: Look) -> Paragraph {
        let run = self.run(text, look);
        Paragraph::new().add_run(run)
    }

    /// A heading at `level` (1 to 3).
    pub fn heading(&mut self, level: usize, text: &str) -> Paragraph {
        self.text(text, Look::default())
            .style(styles::HEADING[level - 1])
            .keep_next(true)
    }

    /// A hyperlink to `url` showing `shown`.
    pub fn hyperlink(&mut self, url: &str, shown: &str, look: Look) -> Hyperlink {
        let target = self.clean(url).trim().replace(' ', "%20");
        let run = self.run(shown, look).style(styles::HYPERLINK);
        Hyperlink::new(target, HyperlinkType::External).add_run(run)
    }

    /// Appends runs for rich text spans to `paragraph`.
    pub fn spans(&mut self, mut paragraph: Paragraph, spans: &[Span], look: Look) -> Paragraph {
        for span in spans {
            let span_look = Look {
                bold: look.bold || span.bold,
                italic: look.italic || span.italic,
            };
            paragraph = match &span.link {
                Some(url) => {
                    let link = self.hyperlink(url, &span.text, span_look);
                    paragraph.add_hyperlink(link)
                }
                None => paragraph.add_run(self.run(&span.text, span_look)),
            };
        }
        paragraph
    }

    /// Adds Markdown text as paragraphs, lists and quotes.
    pub fn rich(&mut self, markdown: &str) {
        let blocks = richtext::parse(markdown);
        self.blocks(&blocks, Context::default());
    }

    fn blocks(&mut self, blocks: &[Block], cx: Context) {
        for block in blocks {
            match block {
                Block::Paragraph(spans) => {
                    let mut p = Paragraph::new();
                    if cx.quote_depth > 0 {
                        p = p.style(styles::QUOTE);
                        if cx.quote_depth > 1 {
                            p = p.indent(Some(720 * cx.quote_depth as i32), None, None, None);
                        }
                    } else if cx.list_depth > 0 {
                        let indent = styles::list_indent(cx.list_depth - 1) + 360;
                        p = p
                            .style(styles::LIST_PARAGRAPH)
                            .indent(Some(indent), None, None, None);
                    }
                    let p = self.spans(p, spans, Look::default());
                    self.add(p);
                }
                Block::Quote(inner) => self.blocks(
                    inner,
                    Context {
                        quote_depth: cx.quote_depth + 1,
                        ..cx
                    },
                ),
                Block::List {
                    ordered,
                    start,
                    items,
                } => self.list(*ordered, *start, items, cx),
            }
        }
    }

    /// A list: a numbering instance of its own, so each list starts at its first number.
    fn list(&mut self, ordered: bool, start: u64, items: &[Vec<Block>], cx: Context) {
        let id = self.next_list;
        self.next_list += 1;
        let level = cx.list_depth.min(8);
        let abstract_id = if ordered {
            styles::NUMBERS
        } else {
            styles::BULLETS
        };
        let start = usize::try_from(start).unwrap_or(1).min(32767);
        self.with(|d| {
            d.add_numbering(
                Numbering::new(id, abstract_id)
                    .add_override(LevelOverride::new(level).start(start)),
            )
        });
        let inner = Context {
            list_depth: cx.list_depth + 1,
            ..cx
        };
        for item in items {
            let (first, rest) = match item.split_first() {
                Some((Block::Paragraph(spans), rest)) => (spans.as_slice(), rest),
                _ => (&[][..], item.as_slice()),
            };
            let mut p = Paragraph::new()
                .style(styles::LIST_PARAGRAPH)
                .numbering(NumberingId::new(id), IndentLevel::new(level));
            if cx.quote_depth > 0 {
                p = p.italic();
            }
            let p = self.spans(
                p,
                first,
                Look {
                    italic: cx.quote_depth > 0,
                    ..Look::default()
                },
            );
            self.add(p);
            self.blocks(rest, inner);
        }
    }

    /// The warnings for dropped characters, and the finished docx-rs document.
    pub fn finish(self) -> (Docx, Vec<Problem>) {
        let warnings = self
            .dropped
            .into_iter()
            .map(|(section, n)| Problem {
                section,
                severity: Severity::Warning,
                message: format!(
                    "{n} character{} that a Word document cannot hold (control characters) \
                     {} left out.",
                    if n == 1 { "" } else { "s" },
                    if n == 1 { "was" } else { "were" }
                ),
                field: None,
            })
            .collect();
        (self.docx, warnings)
    }
}

#[derive(Clone, Copy, Default)]
struct Context {
    list_depth: usize,
    quote_depth: usize,
}

//! The rich text of a response: the CommonMark subset of `docs/response-file.md`
//! (paragraphs, `*italic*`, `**bold**`, bulleted and numbered lists, block quotes, links)
//! read into blocks that the DOCX writer turns into Word paragraphs. Anything outside the
//! subset (headings, code, HTML, images, rules) is kept as the plain text the officer typed,
//! so nothing is lost.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A block of rich text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of runs.
    Paragraph(Vec<Span>),
    /// A bulleted (`ordered == false`) or numbered list; each item is a list of blocks.
    List {
        /// Numbered rather than bulleted.
        ordered: bool,
        /// The number of the first item (1 unless the text says otherwise).
        start: u64,
        /// The items, each a list of blocks.
        items: Vec<Vec<Block>>,
    },
    /// A block quote.
    Quote(Vec<Block>),
}

/// A run of text with one formatting. A `'\n'` in `text` is a line break.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    /// The text.
    pub text: String,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
    /// The target when the run is part of a link whose address
    /// [`links::resolve`](crate::links::resolve) accepts; a refused link's words are plain.
    pub link: Option<String>,
}

/// The most quotes, lists and list items open inside each other. Anything nested deeper
/// stays inside the deepest one as its own paragraphs: its text is kept, and the blocks stay
/// shallow enough for every reader of them (the DOCX writer, the preview, the checks) to
/// walk without running out of stack, whatever the officer pastes.
pub const MAX_NESTING: usize = 32;

/// Reads Markdown text into blocks, quotes and lists nested at most [`MAX_NESTING`] deep.
/// Never fails: what is not in the subset is plain text.
pub fn parse(markdown: &str) -> Vec<Block> {
    let mut reader = Reader {
        source: markdown,
        style: Style::default(),
        stack: vec![Frame::root()],
        too_deep: 0,
    };
    let mut events = Parser::new_ext(markdown, Options::empty()).into_offset_iter();
    while let Some((event, range)) = events.next() {
        match event {
            Event::Start(tag) if is_foreign_block(&tag) => {
                // Skip to the block's end and keep its source as typed.
                let mut depth = 1;
                for (e, _) in events.by_ref() {
                    match e {
                        Event::Start(_) => depth += 1,
                        Event::End(_) => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        break;
                    }
                }
                reader.literal_block(&markdown[range]);
            }
            Event::Start(Tag::Image { .. }) => {
                // Keep `![alt](src)` as typed: consume the alt text events.
                for (e, _) in events.by_ref() {
                    if matches!(e, Event::End(TagEnd::Image)) {
                        break;
                    }
                }
                reader.text(&markdown[range]);
            }
            Event::Start(tag) => reader.start(tag),
            Event::End(tag) => reader.end(tag),
            Event::Text(t) => reader.text(&t),
            Event::SoftBreak => reader.text(" "),
            Event::HardBreak => reader.text("\n"),
            Event::Code(code) => {
                // Its backticks around what CommonMark reads between them (a line end read as
                // a space, one space inside each end dropped), as the editor shows it.
                let source = &markdown[range];
                let ticks = "`".repeat(source.len() - source.trim_start_matches('`').len());
                reader.text(&format!("{ticks}{code}{ticks}"))
            }
            Event::InlineHtml(_) | Event::InlineMath(_) => reader.text(&markdown[range]),
            Event::Html(t) | Event::DisplayMath(t) => reader.text(&t),
            Event::Rule => reader.literal_block(&markdown[range]),
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => reader.text(&markdown[range]),
        }
    }
    reader.finish()
}

/// Blocks outside the subset, kept as their source text.
fn is_foreign_block(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Heading { .. }
            | Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::Table(_)
            | Tag::FootnoteDefinition(_)
            | Tag::MetadataBlock(_)
            | Tag::DefinitionList
    )
}

#[derive(Default, Clone)]
struct Style {
    bold: u32,
    italic: u32,
    /// The links open around the text, each resolved (`None` when refused).
    link: Vec<Option<String>>,
}

/// A container being filled: the root, a quote, a list or a list item.
struct Frame {
    kind: FrameKind,
    blocks: Vec<Block>,
    /// Inline content not yet closed into a paragraph (tight list items have no paragraph).
    spans: Vec<Span>,
}

enum FrameKind {
    Root,
    Quote,
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    Item,
}

impl Frame {
    fn root() -> Self {
        Frame {
            kind: FrameKind::Root,
            blocks: Vec::new(),
            spans: Vec::new(),
        }
    }

    fn new(kind: FrameKind) -> Self {
        Frame {
            kind,
            blocks: Vec::new(),
            spans: Vec::new(),
        }
    }

    fn close_paragraph(&mut self) {
        if !self.spans.is_empty() {
            let spans = std::mem::take(&mut self.spans);
            self.blocks.push(Block::Paragraph(spans));
        }
    }
}

struct Reader<'a> {
    source: &'a str,
    style: Style,
    stack: Vec<Frame>,
    /// Containers opened beyond [`MAX_NESTING`], not pushed; always the innermost open.
    too_deep: usize,
}

impl Reader<'_> {
    fn top(&mut self) -> &mut Frame {
        self.stack
            .last_mut()
            .expect("the root frame is never popped")
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => self.top().close_paragraph(),
            Tag::BlockQuote(_) => self.push(FrameKind::Quote),
            Tag::List(start) => self.push(FrameKind::List {
                ordered: start.is_some(),
                start: start.unwrap_or(1),
                items: Vec::new(),
            }),
            Tag::Item => self.push(FrameKind::Item),
            Tag::Emphasis => self.style.italic += 1,
            Tag::Strong => self.style.bold += 1,
            Tag::Link { dest_url, .. } => self.style.link.push(crate::links::resolve(&dest_url)),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.top().close_paragraph(),
            TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item if self.too_deep > 0 => {
                self.too_deep -= 1;
                self.top().close_paragraph();
            }
            TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item => self.pop(),
            TagEnd::Emphasis => self.style.italic = self.style.italic.saturating_sub(1),
            TagEnd::Strong => self.style.bold = self.style.bold.saturating_sub(1),
            TagEnd::Link => {
                self.style.link.pop();
            }
            _ => {}
        }
    }

    fn push(&mut self, kind: FrameKind) {
        self.top().close_paragraph();
        // A list's items are always pushed, so that no text is left in a list frame, where
        // only items are kept.
        let item_of_list = matches!(
            (&kind, &self.top().kind),
            (FrameKind::Item, FrameKind::List { .. })
        );
        if self.too_deep > 0 || (self.stack.len() >= MAX_NESTING && !item_of_list) {
            self.too_deep += 1;
            return;
        }
        self.stack.push(Frame::new(kind));
    }

    fn pop(&mut self) {
        if self.stack.len() < 2 {
            return;
        }
        let mut frame = self.stack.pop().expect("checked above");
        frame.close_paragraph();
        let parent = self.top();
        match frame.kind {
            FrameKind::Item => {
                if let FrameKind::List { items, .. } = &mut parent.kind {
                    items.push(frame.blocks);
                } else {
                    parent.blocks.extend(frame.blocks);
                }
            }
            FrameKind::List {
                ordered,
                start,
                items,
            } => {
                parent.close_paragraph();
                parent.blocks.push(Block::List {
                    ordered,
                    start,
                    items,
                });
            }
            FrameKind::Quote => {
                parent.close_paragraph();
                parent.blocks.push(Block::Quote(frame.blocks));
            }
            FrameKind::Root => unreachable!("the root is never above another frame"),
        }
    }

    fn text(&mut self, text: &str) {
        let span = Span {
            text: text.to_string(),
            bold: self.style.bold > 0,
            italic: self.style.italic > 0,
            link: self.style.link.last().cloned().flatten(),
        };
        let spans = &mut self.top().spans;
        match spans.last_mut() {
            Some(last)
                if (last.bold, last.italic, &last.link) == (span.bold, span.italic, &span.link) =>
            {
                last.text.push_str(&span.text)
            }
            _ => spans.push(span),
        }
    }

    /// A block outside the subset: its source lines become one plain paragraph, each line
    /// without the marks of the quotes around it and without spaces at either end, as a
    /// paragraph's lines are read (and as the editor reads the block).
    fn literal_block(&mut self, source: &str) {
        let _ = self.source;
        self.top().close_paragraph();
        let quotes = self
            .stack
            .iter()
            .filter(|f| matches!(f.kind, FrameKind::Quote))
            .count();
        let lines: Vec<&str> = source
            .lines()
            .enumerate()
            .map(|(i, line)| match i {
                // The block starts after the marks of its containers.
                0 => line.trim(),
                _ => without_quote_marks(line, quotes).trim(),
            })
            .collect();
        let text = lines.join("\n");
        let text = text.trim_end_matches('\n');
        if !text.trim().is_empty() {
            let saved = std::mem::take(&mut self.style);
            self.text(text);
            self.style = saved;
            self.top().close_paragraph();
        }
    }

    fn finish(mut self) -> Vec<Block> {
        while self.stack.len() > 1 {
            self.pop();
        }
        let mut root = self.stack.pop().expect("the root frame");
        root.close_paragraph();
        root.blocks
    }
}

/// `line` without the `>` of the `quotes` block quotes it is inside; a line that has fewer
/// (a lazy continuation line) loses those it has.
fn without_quote_marks(mut line: &str, quotes: usize) -> &str {
    for _ in 0..quotes {
        match line.trim_start_matches([' ', '\t']).strip_prefix('>') {
            Some(rest) => line = rest.strip_prefix(' ').unwrap_or(rest),
            None => break,
        }
    }
    line
}

/// The visible text of blocks, one line a paragraph: for checks ("is this field empty?")
/// and for tests.
pub fn plain_text(blocks: &[Block]) -> String {
    fn walk(blocks: &[Block], out: &mut Vec<String>) {
        for block in blocks {
            match block {
                Block::Paragraph(spans) => {
                    out.push(spans.iter().map(|s| s.text.as_str()).collect())
                }
                Block::List { items, .. } => items.iter().for_each(|item| walk(item, out)),
                Block::Quote(inner) => walk(inner, out),
            }
        }
    }
    let mut lines = Vec::new();
    walk(blocks, &mut lines);
    lines.join("\n")
}

/// The addresses of the links in `markdown` that [`links::resolve`](crate::links::resolve)
/// refuses, in order: their words print as plain text.
pub fn refused_links(markdown: &str) -> Vec<String> {
    if !markdown.contains("](") && !markdown.contains("]:") && !markdown.contains('<') {
        return Vec::new();
    }
    Parser::new_ext(markdown, Options::empty())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. })
                if crate::links::resolve(&dest_url).is_none() =>
            {
                Some(dest_url.to_string())
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str, bold: bool, italic: bool) -> Span {
        Span {
            text: text.into(),
            bold,
            italic,
            link: None,
        }
    }

    // How each kind of Markdown is read is in the corpus that the editor runs too:
    // tests/fixtures/markdown/cases.json (tests/markdown_corpus.rs).

    #[test]
    fn a_refused_link_keeps_its_words_as_plain_text_and_a_bare_domain_gains_https() {
        let md = "[bad link](javascript:alert(1)) and [the report](www.example.org/r)";
        assert_eq!(
            parse(md),
            vec![Block::Paragraph(vec![
                span("bad link and ", false, false),
                Span {
                    text: "the report".into(),
                    link: Some("https://www.example.org/r".into()),
                    ..Span::default()
                }
            ])]
        );
        assert_eq!(refused_links(md), ["javascript:alert(1)"]);
        assert_eq!(refused_links("no links"), Vec::<String>::new());
    }

    /// How many quotes, lists and items deep `blocks` go.
    fn depth(blocks: &[Block]) -> usize {
        let inner = |block: &Block| match block {
            Block::Paragraph(_) => 0,
            Block::Quote(inner) => 1 + depth(inner),
            Block::List { items, .. } => 2 + items.iter().map(|i| depth(i)).max().unwrap_or(0),
        };
        blocks.iter().map(inner).max().unwrap_or(0)
    }

    #[test]
    fn nesting_stops_at_the_limit_and_keeps_every_word() {
        let quotes = format!("{}deep", "> ".repeat(10_000));
        let lists: String = (0..1_000)
            .map(|n| format!("{}- item{n}\n", "  ".repeat(n)))
            .collect();
        let mixed = format!("{}end", "> - 1. ".repeat(5_000));
        for (text, words) in [
            (quotes, vec!["deep".to_string()]),
            (lists, (0..1_000).map(|n| format!("item{n}")).collect()),
            (mixed, vec!["end".to_string()]),
        ] {
            let blocks = parse(&text);
            assert!(depth(&blocks) <= MAX_NESTING, "{}", depth(&blocks));
            let plain = plain_text(&blocks);
            let found: Vec<&str> = plain.split_whitespace().collect();
            for word in &words {
                assert!(found.contains(&word.as_str()), "{word} was lost");
            }
        }
        // Within the limit, nothing changes.
        let quotes = parse("> > > x");
        assert_eq!((depth(&quotes), plain_text(&quotes).as_str()), (3, "x"));
        let lists = parse("- a\n  - b\n    - c");
        assert_eq!((depth(&lists), plain_text(&lists).as_str()), (6, "a\nb\nc"));
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_and_keeps_its_letters(s in "\\PC{0,200}") {
            let text = plain_text(&parse(&s));
            // Letters and digits are never markup, so every one of them must come through.
            let letters = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).count();
            proptest::prop_assert!(letters(&text) >= letters(&s) - count_entity_letters(&s));
        }
    }

    /// Letters that CommonMark may legitimately consume: entity names like `&amp;` and
    /// link destinations, which are not shown as text.
    fn count_entity_letters(s: &str) -> usize {
        if s.contains('&') || s.contains("](") || s.contains('<') {
            s.chars().filter(|c| c.is_alphanumeric()).count()
        } else {
            0
        }
    }
}

//! The body of a DOCX as the reader sees it: paragraphs with their look and list marks,
//! runs of text, tables, comments, and which way tracked changes were read. Plain values,
//! made by `flow` and read by the recogniser; nothing here knows XML or a response.

/// Which way pending tracked changes are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changes {
    /// As Word shows the text with every change accepted.
    Accept,
    /// As the text was before any change (every change rejected).
    Reject,
}

/// A run of text with one look. `'\t'` is a tab and `'\n'` a line break.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Run {
    /// The text.
    pub text: String,
    /// Bold, set on the run or its character style.
    pub bold: bool,
    /// Italic, set on the run or its character style.
    pub italic: bool,
    /// Raised, as the "th" of "9th".
    pub superscript: bool,
    /// The link's target, when the run is part of one.
    pub link: Option<String>,
}

/// A paragraph's list mark: which list, how deep, numbered or bulleted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListMark {
    /// The list as Word counts it: its definition (`abstractNumId`), which instances share.
    pub num_id: String,
    /// The instance (`numId`).
    pub instance: String,
    /// The instance starts its numbers again (a `startOverride`).
    pub restarts: bool,
    /// The level, from 0.
    pub level: u8,
    /// Numbered rather than bulleted.
    pub ordered: bool,
}

/// One paragraph.
#[derive(Debug, Clone, Default)]
pub struct Para {
    /// The paragraph style's name, lower case ("heading 2", "quote"), or "" for Normal.
    pub style: String,
    /// The outline level from 1 when the style or paragraph makes it a heading.
    pub heading: Option<u8>,
    /// The paragraph style makes its text bold.
    pub style_bold: bool,
    /// Aligned right (a letterhead).
    pub right: bool,
    /// Its list mark, if it is a list item.
    pub list: Option<ListMark>,
    /// Its runs.
    pub runs: Vec<Run>,
    /// The ids of the comments anchored in it.
    pub comments: Vec<String>,
}

impl Para {
    /// The paragraph's text.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    /// Every run with visible text is bold (or the style is).
    pub fn is_bold(&self) -> bool {
        let mut visible = self.runs.iter().filter(|r| !r.text.trim().is_empty());
        self.style_bold || (visible.clone().next().is_some() && visible.all(|r| r.bold))
    }

    /// Set in a quotation style ("Quote", "Intense Quote").
    pub fn is_quote(&self) -> bool {
        self.style.contains("quote")
    }

    /// The paragraph without its first `n` characters.
    pub fn without_prefix(&self, n: usize) -> Para {
        let mut left = n;
        let mut runs = Vec::new();
        for r in &self.runs {
            let len = r.text.chars().count();
            if left >= len {
                left -= len;
                continue;
            }
            let text: String = r.text.chars().skip(left).collect();
            left = 0;
            runs.push(Run { text, ..r.clone() });
        }
        Para {
            runs,
            ..self.clone()
        }
    }
}

/// A block of the body.
#[derive(Debug, Clone)]
pub enum Block {
    /// A paragraph.
    Para(Para),
    /// A table: rows of cells of paragraphs (nested tables flattened into their cell).
    Table(Vec<Vec<Vec<Para>>>),
}

/// A comment from `word/comments.xml`.
#[derive(Debug, Clone, Default)]
pub struct Comment {
    /// Its id, as the anchors name it.
    pub id: String,
    /// Its author.
    pub author: String,
    /// When, as recorded.
    pub date: Option<String>,
    /// Its text, paragraphs separated by blank lines.
    pub text: String,
    /// The text between its range's start and end.
    pub anchored_to: String,
}

/// The body read one way.
#[derive(Debug, Clone, Default)]
pub struct Flow {
    /// The blocks in order.
    pub blocks: Vec<Block>,
    /// The pending tracked changes met.
    pub changes: usize,
    /// The comments, in the order of `comments.xml`.
    pub comments: Vec<Comment>,
}

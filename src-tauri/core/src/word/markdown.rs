//! Word paragraphs as the rich text of a response: the Markdown subset of
//! `docs/response-file.md` (`**bold**`, `*italic*`, `- ` bullets, `1. ` numbers, `> `
//! quotes, `[words](url)` links). Plain text is escaped where Markdown would read it as
//! markup, so that what was typed in Word reads back as the same words.

use std::collections::HashMap;

use super::blocks::{Para, Run};

/// Rich text being built from paragraphs, one field's worth.
#[derive(Debug, Default)]
pub struct Markdown {
    out: String,
    last: Last,
    /// The last number given at each (list, level).
    numbers: HashMap<(String, u8), u32>,
    /// The last instance met of each list definition.
    instances: HashMap<String, String>,
    /// The width of the marker at each level of the list being written.
    widths: Vec<usize>,
}

#[derive(Debug, Default, PartialEq)]
enum Last {
    #[default]
    Nothing,
    Para,
    Item,
    Quote,
}

impl Markdown {
    /// Adds a paragraph: a list item, a quote or plain. Empty paragraphs add nothing.
    pub fn push(&mut self, p: &Para) {
        self.push_runs(p, &p.runs);
    }

    /// Adds `runs` with the paragraph properties of `p`.
    pub fn push_runs(&mut self, p: &Para, runs: &[Run]) {
        let text = inline(runs);
        if text.is_empty() {
            return;
        }
        if let Some(list) = &p.list {
            let level = usize::from(list.level.min(8));
            let marker = if list.ordered {
                let key = (list.num_id.clone(), list.level);
                let last = self
                    .instances
                    .insert(list.num_id.clone(), list.instance.clone());
                if list.restarts && last.as_ref() != Some(&list.instance) {
                    self.numbers.retain(|(id, _), _| id != &list.num_id);
                }
                self.numbers
                    .retain(|(id, l), _| id != &key.0 || *l <= list.level);
                let n = self.numbers.entry(key).or_insert(0);
                *n += 1;
                format!("{n}. ")
            } else {
                "- ".to_string()
            };
            self.widths.truncate(level);
            while self.widths.len() < level {
                self.widths.push(3);
            }
            let indent = " ".repeat(self.widths.iter().sum());
            self.widths.push(marker.len());
            self.separate(Last::Item);
            self.out.push_str(&indent);
            self.out.push_str(&marker);
            self.out
                .push_str(&text.replace("  \n", &format!("  \n{indent}  ")));
        } else if p.is_quote() {
            if self.last == Last::Quote {
                self.out.push_str("\n>\n");
            } else {
                self.separate(Last::Quote);
            }
            self.last = Last::Quote;
            self.out.push_str("> ");
            self.out.push_str(&text.replace("  \n", "  \n> "));
        } else {
            self.separate(Last::Para);
            self.out.push_str(&text);
        }
    }

    fn separate(&mut self, next: Last) {
        if !self.out.is_empty() {
            let tight = next == Last::Item && self.last == Last::Item;
            self.out.push_str(if tight { "\n" } else { "\n\n" });
        }
        if next != Last::Item {
            self.widths.clear();
        }
        self.last = next;
    }

    /// True when nothing has been added.
    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// The rich text.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Runs as inline Markdown, trimmed.
pub fn inline(runs: &[Run]) -> String {
    // Runs of one look merged, so that "**a** **b**" reads as "**a b**".
    let mut merged: Vec<Run> = Vec::new();
    for r in runs {
        let r = Run {
            superscript: false,
            ..r.clone()
        };
        match merged.last_mut() {
            Some(m) if m.bold == r.bold && m.italic == r.italic && m.link == r.link => {
                m.text.push_str(&r.text)
            }
            _ => merged.push(r),
        }
    }
    let mut out = String::new();
    let mut i = 0;
    while i < merged.len() {
        let link = merged[i].link.clone();
        let mut j = i;
        while j < merged.len() && merged[j].link == link {
            j += 1;
        }
        let inner: String = merged[i..j]
            .iter()
            .enumerate()
            .map(|(k, r)| emphasis(&r.text, r.bold, r.italic, i + k == 0))
            .collect();
        match link.filter(|_| !inner.trim().is_empty()) {
            Some(url) => {
                let lead = &inner[..inner.len() - inner.trim_start().len()];
                let trail = &inner[inner.trim_end().len()..];
                out.push_str(&format!(
                    "{lead}[{}]({}){trail}",
                    inner.trim(),
                    url.trim()
                        .replace(' ', "%20")
                        .replace('(', "%28")
                        .replace(')', "%29")
                ));
            }
            None => out.push_str(&inner),
        }
        i = j;
    }
    out.trim_matches([' ', '\t']).to_string()
}

/// `text` escaped and wrapped in its emphasis, the spaces at its ends kept outside.
fn emphasis(text: &str, bold: bool, italic: bool, at_start: bool) -> String {
    let core = text.trim_matches([' ', '\t', '\n']);
    if core.is_empty() || (!bold && !italic) {
        return escape(text, at_start);
    }
    let lead = &text[..text.len() - text.trim_start_matches([' ', '\t', '\n']).len()];
    let trail = &text[text.trim_end_matches([' ', '\t', '\n']).len()..];
    let mark = match (bold, italic) {
        (true, true) => "***",
        (true, false) => "**",
        _ => "*",
    };
    format!(
        "{}{mark}{}{mark}{}",
        escape(lead, at_start),
        escape(core, false),
        escape(trail, false)
    )
}

/// Plain text escaped for Markdown. `at_start`: the text opens a paragraph, where `#`,
/// `>`, `- ` and `1. ` would start a block. A line break becomes Markdown's hard break.
pub fn escape(text: &str, at_start: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push_str("  \n");
        }
        let line = if n > 0 { line.trim_start() } else { line };
        if at_start || n > 0 {
            out.push_str(&escape_line_start(line));
        } else {
            escape_inline(line, &mut out);
        }
    }
    out
}

fn escape_line_start(line: &str) -> String {
    let mut out = String::new();
    let trimmed = line.trim_start();
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    let after_digits = trimmed[digits..].chars().next();
    let block = match trimmed.chars().next() {
        Some('#' | '>' | '=') => Some(0),
        Some('-' | '+') if trimmed[1..].starts_with([' ', '\t']) || trimmed.len() == 1 => Some(0),
        Some(_) if digits > 0 && digits < 10 && matches!(after_digits, Some('.' | ')')) => {
            Some(digits)
        }
        _ => None,
    };
    match block {
        Some(at) => {
            escape_inline(&trimmed[..at], &mut out);
            out.push('\\');
            escape_inline(&trimmed[at..], &mut out);
        }
        None => escape_inline(trimmed, &mut out),
    }
    out
}

fn escape_inline(text: &str, out: &mut String) {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let entity = c == '&'
            && chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
                .count()
                > 0
            && chars[i + 1..]
                .iter()
                .find(|c| !(c.is_ascii_alphanumeric() || **c == '#'))
                == Some(&';');
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '`' | '<') || entity {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::richtext::{parse, Block, Span};

    fn run(text: &str, bold: bool, italic: bool) -> Run {
        Run {
            text: text.into(),
            bold,
            italic,
            ..Run::default()
        }
    }

    #[test]
    fn plain_text_reads_back_as_itself() {
        for text in [
            "1. not a list",
            "- not a bullet",
            "# not a heading",
            "> not a quote",
            "a *star*, an _under_ and [brackets](x) \\ `code` <b> &amp; & AT&T",
            "2025/26 (101) calls: 999!",
        ] {
            let md = inline(&[run(text, false, false)]);
            let blocks = parse(&md);
            let expected = vec![Block::Paragraph(vec![Span {
                text: text.into(),
                ..Span::default()
            }])];
            assert_eq!(blocks, expected, "{md}");
        }
    }

    #[test]
    fn emphasis_keeps_its_spaces_outside() {
        let runs = [
            run("is ", false, false),
            run("improving ", true, false),
            run("in", true, false),
            run(" most", false, true),
        ];
        assert_eq!(inline(&runs), "is **improving in** *most*");
    }

    #[test]
    fn lists_and_quotes_are_marked() {
        use super::super::blocks::ListMark;
        let item = |ordered, text: &str| Para {
            list: Some(ListMark {
                num_id: "5".into(),
                level: 0,
                ordered,
                ..ListMark::default()
            }),
            runs: vec![run(text, false, false)],
            ..Para::default()
        };
        let mut md = Markdown::default();
        md.push(&Para {
            runs: vec![run("Intro:", false, false)],
            ..Para::default()
        });
        md.push(&item(true, "one"));
        md.push(&item(true, "two"));
        md.push(&Para {
            style: "quote".into(),
            runs: vec![run("\"Said.\"", false, true)],
            ..Para::default()
        });
        assert_eq!(md.finish(), "Intro:\n\n1. one\n2. two\n\n> *\"Said.\"*");
    }
}

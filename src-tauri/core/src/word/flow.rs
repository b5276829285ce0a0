//! A DOCX's body as a flat list of blocks: paragraphs (style, heading level, list mark,
//! alignment, and runs with their bold, italic, superscript and link) and tables (rows of
//! cells of paragraphs). Tracked changes are resolved here, one way or the other: with
//! [`Changes::Accept`] insertions and moves in are kept and deletions and moves out dropped,
//! with [`Changes::Reject`] the reverse. Nothing here knows what a response is.

use std::collections::HashMap;

use roxmltree::{Document, Node, ParsingOptions};

use super::blocks::{Block, Changes, Flow, ListMark, Para, Run};
use super::package::Package;
use super::parts::{read_comments, read_links, read_numbering, read_styles, NumDef, Style};
use super::WordProblem;
use crate::{Error, Result};

/// The most elements opened inside each other that the reader follows.
const MAX_DEPTH: usize = 64;
/// The most XML nodes parsed from one part.
const MAX_NODES: u32 = 4_000_000;

/// Parses XML without a DTD (so no entity can expand), `None` when it is not well formed.
pub fn parse_xml(text: &str) -> Option<Document<'_>> {
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    Document::parse_with_options(text, options).ok()
}

/// Reads the package's body with its tracked changes resolved as `changes` says.
pub fn read(package: &Package, changes: Changes, name: &str) -> Result<Flow> {
    let damaged = || Error::Word {
        name: name.to_string(),
        problem: WordProblem::Damaged,
    };
    let doc = parse_xml(&package.document).ok_or_else(damaged)?;
    fn parse_part(text: &Option<String>) -> Option<Document<'_>> {
        text.as_deref().and_then(parse_xml)
    }
    let (styles, numbering, rels) = (
        parse_part(&package.styles),
        parse_part(&package.numbering),
        parse_part(&package.rels),
    );
    let mut w = Walker {
        changes,
        styles: styles.as_ref().map(read_styles).unwrap_or_default(),
        lists: numbering.as_ref().map(read_numbering).unwrap_or_default(),
        links: rels.as_ref().map(read_links).unwrap_or_default(),
        count: 0,
        open: Vec::new(),
        anchors: HashMap::new(),
        instr: None,
        field_link: None,
    };
    let body = doc
        .root_element()
        .children()
        .find(|n| n.tag_name().name() == "body")
        .ok_or_else(damaged)?;
    let mut blocks = Vec::new();
    w.blocks(body, &mut blocks, 0);
    let mut comments = parse_part(&package.comments)
        .map(|d| read_comments(&d))
        .unwrap_or_default();
    for c in &mut comments {
        c.anchored_to = w
            .anchors
            .remove(&c.id)
            .unwrap_or_default()
            .trim()
            .to_string();
    }
    Ok(Flow {
        blocks,
        changes: w.count,
        comments,
    })
}

struct Walker {
    changes: Changes,
    styles: HashMap<String, Style>,
    /// numId to its list definition and formats.
    lists: HashMap<String, NumDef>,
    links: HashMap<String, String>,
    count: usize,
    open: Vec<String>,
    anchors: HashMap<String, String>,
    /// The instruction of the field being read, between its begin and separate.
    instr: Option<String>,
    field_link: Option<String>,
}

pub(super) fn local<'a>(n: &Node<'a, '_>) -> &'a str {
    n.tag_name().name()
}

/// An attribute by its local name, whatever its namespace.
pub(super) fn attr<'a>(n: &Node<'a, '_>, name: &str) -> Option<&'a str> {
    n.attributes().find(|a| a.name() == name).map(|a| a.value())
}

pub(super) fn child<'a, 'i>(n: &Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| local(c) == name)
}

/// An on/off property (`<w:b/>`, `<w:b w:val="false"/>`), `None` when absent.
pub(super) fn toggle(props: Option<Node>, name: &str) -> Option<bool> {
    let el = child(&props?, name)?;
    Some(!matches!(
        attr(&el, "val"),
        Some("0" | "false" | "off" | "none")
    ))
}

impl Walker {
    /// True when content wrapped in `name` (ins, del, moveFrom, moveTo) is read.
    fn keeps(&mut self, name: &str) -> bool {
        self.count += 1;
        let inserted = matches!(name, "ins" | "moveTo");
        inserted == (self.changes == Changes::Accept)
    }

    fn style(&self, id: &str) -> Style {
        let mut out = Style::default();
        let mut next = Some(id.to_string());
        for depth in 0..10 {
            let Some(s) = next.as_deref().and_then(|id| self.styles.get(id)) else {
                break;
            };
            if depth == 0 {
                out.name = s.name.clone();
            }
            out.outline = out.outline.or(s.outline);
            out.bold = out.bold.or(s.bold);
            out.italic = out.italic.or(s.italic);
            out.num = out.num.clone().or(s.num.clone());
            next = s.based_on.clone();
        }
        out
    }

    fn blocks(&mut self, node: Node, out: &mut Vec<Block>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for c in node.children().filter(Node::is_element) {
            match local(&c) {
                "p" => out.push(Block::Para(self.para(c, depth))),
                "tbl" => out.push(Block::Table(self.table(c, depth))),
                "sdt" | "sdtContent" | "customXml" | "txbxContent" => {
                    self.blocks(c, out, depth + 1)
                }
                // The guard counts the change, whether or not its content is read.
                name @ ("ins" | "del" | "moveFrom" | "moveTo") if self.keeps(name) => {
                    self.blocks(c, out, depth + 1)
                }
                _ => {}
            }
        }
    }

    fn table(&mut self, node: Node, depth: usize) -> Vec<Vec<Vec<Para>>> {
        let mut rows = Vec::new();
        let mut row_nodes = Vec::new();
        collect(node, "tr", &mut row_nodes, depth);
        for tr in row_nodes {
            let row_change = child(&tr, "trPr").and_then(|p| {
                p.children()
                    .find(|c| matches!(local(c), "ins" | "del"))
                    .map(|c| local(&c))
            });
            if let Some(name) = row_change {
                if !self.keeps(name) {
                    continue;
                }
            }
            let mut cell_nodes = Vec::new();
            collect(tr, "tc", &mut cell_nodes, depth);
            let cells = cell_nodes
                .into_iter()
                .map(|tc| {
                    let mut blocks = Vec::new();
                    self.blocks(tc, &mut blocks, depth + 1);
                    flatten(blocks)
                })
                .collect();
            rows.push(cells);
        }
        rows
    }

    fn para(&mut self, node: Node, depth: usize) -> Para {
        let props = child(&node, "pPr");
        let style_id = props
            .and_then(|p| child(&p, "pStyle"))
            .and_then(|s| attr(&s, "val"))
            .unwrap_or("");
        let style = self.style(style_id);
        let name = if style.name.is_empty() {
            style_id.to_lowercase()
        } else {
            style.name.to_lowercase()
        };
        let own_outline = props
            .and_then(|p| child(&p, "outlineLvl"))
            .and_then(|o| attr(&o, "val")?.parse::<u8>().ok());
        let heading = name
            .strip_prefix("heading ")
            .and_then(|n| n.trim().parse::<u8>().ok())
            .or((name == "title").then_some(1))
            .or(own_outline
                .or(style.outline)
                .filter(|l| *l < 9)
                .map(|l| l + 1));
        let num = props
            .and_then(|p| child(&p, "numPr"))
            .map(|n| {
                let val = |k| child(&n, k).and_then(|e| attr(&e, "val")).unwrap_or("");
                (val("numId").to_string(), val("ilvl").parse().unwrap_or(0))
            })
            .or(style.num.clone());
        let list = num.and_then(|(instance, level)| {
            let def = self.lists.get(&instance)?;
            let format = def
                .formats
                .get(usize::from(level))
                .map_or("decimal", String::as_str);
            (instance != "0").then(|| ListMark {
                ordered: !matches!(format, "bullet" | "none"),
                num_id: def.definition.clone(),
                instance,
                restarts: def.restarts,
                level,
            })
        });
        let right = props
            .and_then(|p| child(&p, "jc"))
            .and_then(|j| attr(&j, "val"))
            .is_some_and(|v| matches!(v, "right" | "end"));
        let mut para = Para {
            style: name,
            heading,
            style_bold: style.bold.unwrap_or(false),
            right,
            list,
            runs: Vec::new(),
            comments: Vec::new(),
        };
        self.inline(node, &mut para, None, depth + 1);
        para
    }

    fn inline(&mut self, node: Node, para: &mut Para, link: Option<&str>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for c in node.children().filter(Node::is_element) {
            match local(&c) {
                "r" => self.run(c, para, link),
                "hyperlink" => {
                    let target = attr(&c, "id").and_then(|id| self.links.get(id)).cloned();
                    self.inline(c, para, target.as_deref().or(link), depth + 1);
                }
                name @ ("ins" | "del" | "moveFrom" | "moveTo") if self.keeps(name) => {
                    self.inline(c, para, link, depth + 1)
                }
                "fldSimple" => {
                    let target = attr(&c, "instr").and_then(hyperlink_field);
                    self.inline(c, para, target.as_deref().or(link), depth + 1);
                }
                "smartTag" | "customXml" | "sdt" | "sdtContent" => {
                    self.inline(c, para, link, depth + 1)
                }
                "commentRangeStart" => {
                    if let Some(id) = attr(&c, "id") {
                        para.comments.push(id.to_string());
                        self.open.push(id.to_string());
                    }
                }
                "commentRangeEnd" => {
                    if let Some(id) = attr(&c, "id") {
                        self.open.retain(|o| o != id);
                    }
                }
                _ => {}
            }
        }
    }

    fn run(&mut self, node: Node, para: &mut Para, link: Option<&str>) {
        let props = child(&node, "rPr");
        let char_style = props
            .and_then(|p| child(&p, "rStyle"))
            .and_then(|s| attr(&s, "val"))
            .map(|id| self.style(id))
            .unwrap_or_default();
        let superscript = props
            .and_then(|p| child(&p, "vertAlign"))
            .and_then(|v| attr(&v, "val"))
            == Some("superscript");
        let mut text = String::new();
        for c in node.children().filter(Node::is_element) {
            match local(&c) {
                "t" | "delText" if self.instr.is_none() => text.push_str(c.text().unwrap_or("")),
                "instrText" => {
                    if let Some(instr) = &mut self.instr {
                        instr.push_str(c.text().unwrap_or(""));
                    }
                }
                "tab" | "ptab" => text.push('\t'),
                "br" if attr(&c, "type").is_none_or(|t| t == "textWrapping") => text.push('\n'),
                "cr" => text.push('\n'),
                "noBreakHyphen" => text.push('-'),
                "sym" => text.extend(symbol(attr(&c, "font"), attr(&c, "char"))),
                "fldChar" => match attr(&c, "fldCharType") {
                    Some("begin") => self.instr = Some(String::new()),
                    Some("separate") => {
                        self.field_link = self.instr.take().as_deref().and_then(hyperlink_field)
                    }
                    Some("end") => {
                        self.instr = None;
                        self.field_link = None;
                    }
                    _ => {}
                },
                "commentReference" => {
                    if let Some(id) = attr(&c, "id") {
                        if !para.comments.iter().any(|x| x == id) {
                            para.comments.push(id.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
        if text.is_empty() {
            return;
        }
        for id in &self.open {
            self.anchors.entry(id.clone()).or_default().push_str(&text);
        }
        para.runs.push(Run {
            text,
            bold: toggle(props, "b").or(char_style.bold).unwrap_or(false),
            italic: toggle(props, "i").or(char_style.italic).unwrap_or(false),
            superscript,
            link: link.map(str::to_string).or(self.field_link.clone()),
        });
    }
}

/// The `name` elements under `node`, looking through content controls and tracked rows.
fn collect<'a, 'i>(node: Node<'a, 'i>, name: &str, out: &mut Vec<Node<'a, 'i>>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    for c in node.children().filter(Node::is_element) {
        if local(&c) == name {
            out.push(c);
        } else if matches!(local(&c), "sdt" | "sdtContent" | "customXml") {
            collect(c, name, out, depth + 1);
        }
    }
}

/// The paragraphs of blocks, tables opened into their cells' paragraphs.
fn flatten(blocks: Vec<Block>) -> Vec<Para> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Para(p) => out.push(p),
            Block::Table(rows) => out.extend(rows.into_iter().flatten().flatten()),
        }
    }
    out
}

/// The target of a `HYPERLINK "url"` field instruction (not of one to a bookmark).
fn hyperlink_field(instr: &str) -> Option<String> {
    let rest = instr.trim().strip_prefix("HYPERLINK")?.trim();
    let target = rest.strip_prefix('"')?.split('"').next()?;
    (!target.is_empty()).then(|| target.to_string())
}

/// A symbol character (`w:sym`): Wingdings' and Wingdings 2's ticks read as "✓".
fn symbol(font: Option<&str>, code: Option<&str>) -> Option<char> {
    let code = u32::from_str_radix(code?, 16).ok()?;
    let font = font.unwrap_or("").to_lowercase();
    let tick = match font.as_str() {
        "wingdings" => matches!(code & 0xFF, 0xFC | 0xFE),
        "wingdings 2" => matches!(code & 0xFF, 0x50 | 0x52 | 0x54),
        _ => false,
    };
    if tick {
        return Some('\u{2713}');
    }
    char::from_u32(code).filter(|c| !c.is_control() && !(0xF000..=0xF0FF).contains(&code))
}

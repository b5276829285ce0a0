//! The parts of a DOCX beside its body that the body refers to: the styles (names, outline
//! levels, bold and italic, list numbering), the list definitions, the hyperlinks'
//! addresses and the comments. Each is read into a plain map for the body's walk.

use std::collections::HashMap;

use roxmltree::Document;

use super::blocks::Comment;
use super::flow::{attr, child, local, toggle};

/// What the body needs of a paragraph style.
#[derive(Debug, Clone, Default)]
pub(super) struct Style {
    pub name: String,
    pub based_on: Option<String>,
    pub outline: Option<u8>,
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    pub num: Option<(String, u8)>,
}

pub(super) fn read_styles(doc: &Document) -> HashMap<String, Style> {
    let mut out = HashMap::new();
    for s in doc.descendants().filter(|n| local(n) == "style") {
        let Some(id) = attr(&s, "styleId") else {
            continue;
        };
        let val = |name| child(&s, name).and_then(|e| attr(&e, "val"));
        let ppr = child(&s, "pPr");
        let rpr = child(&s, "rPr");
        let num = ppr.and_then(|p| child(&p, "numPr")).and_then(|n| {
            let id = child(&n, "numId").and_then(|e| attr(&e, "val"))?;
            let level = child(&n, "ilvl").and_then(|e| attr(&e, "val")?.parse().ok());
            Some((id.to_string(), level.unwrap_or(0)))
        });
        out.insert(
            id.to_string(),
            Style {
                name: val("name").unwrap_or("").to_string(),
                based_on: val("basedOn").map(str::to_string),
                outline: ppr
                    .and_then(|p| child(&p, "outlineLvl"))
                    .and_then(|o| attr(&o, "val")?.parse().ok()),
                bold: toggle(rpr, "b"),
                italic: toggle(rpr, "i"),
                num,
            },
        );
    }
    out
}

/// A list instance (`w:num`).
#[derive(Debug, Clone)]
pub(super) struct NumDef {
    pub definition: String,
    pub formats: Vec<String>,
    pub restarts: bool,
}

/// numId to its list definition and the number formats of its levels.
pub(super) fn read_numbering(doc: &Document) -> HashMap<String, NumDef> {
    let root = doc.root_element();
    let mut abstracts: HashMap<&str, Vec<String>> = HashMap::new();
    for a in root.children().filter(|n| local(n) == "abstractNum") {
        let mut formats = vec!["decimal".to_string(); 9];
        for lvl in a.children().filter(|n| local(n) == "lvl") {
            let level: usize = attr(&lvl, "ilvl").and_then(|l| l.parse().ok()).unwrap_or(0);
            let format = child(&lvl, "numFmt").and_then(|f| attr(&f, "val"));
            if let (Some(slot), Some(format)) = (formats.get_mut(level), format) {
                *slot = format.to_string();
            }
        }
        if let Some(id) = attr(&a, "abstractNumId") {
            abstracts.insert(id, formats);
        }
    }
    root.children()
        .filter(|n| local(n) == "num")
        .filter_map(|n| {
            let id = attr(&n, "numId")?;
            let abs = child(&n, "abstractNumId").and_then(|a| attr(&a, "val"))?;
            let restarts = n.descendants().any(|o| local(&o) == "startOverride");
            let def = NumDef {
                definition: abs.to_string(),
                formats: abstracts.get(abs)?.clone(),
                restarts,
            };
            Some((id.to_string(), def))
        })
        .collect()
}

pub(super) fn read_links(doc: &Document) -> HashMap<String, String> {
    doc.descendants()
        .filter(|n| local(n) == "Relationship")
        .filter(|n| {
            n.attribute("Type")
                .is_some_and(|t| t.ends_with("/hyperlink"))
        })
        .filter_map(|n| {
            Some((
                n.attribute("Id")?.to_string(),
                n.attribute("Target")?.to_string(),
            ))
        })
        .collect()
}

pub(super) fn read_comments(doc: &Document) -> Vec<Comment> {
    doc.descendants()
        .filter(|n| local(n) == "comment")
        .map(|c| {
            let paras: Vec<String> = c
                .descendants()
                .filter(|n| local(n) == "p")
                .map(|p| {
                    p.descendants()
                        .filter(|t| local(t) == "t")
                        .filter_map(|t| t.text())
                        .collect()
                })
                .collect();
            Comment {
                id: attr(&c, "id").unwrap_or("").to_string(),
                author: attr(&c, "author").unwrap_or("").to_string(),
                date: attr(&c, "date").map(str::to_string),
                text: paras.join("\n\n").trim().to_string(),
                anchored_to: String::new(),
            }
        })
        .collect()
}

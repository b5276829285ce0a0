//! The Markdown corpus (`tests/fixtures/markdown/cases.json`) read by the core: each case's
//! Markdown, and the editor's rewriting of it, must give the blocks the case states. The
//! editor runs the same cases through markdown-it (`ui/src/lib/editor/markdownCorpus.test.ts`),
//! so what the officer sees in the editor is what the document prints.

use std::collections::BTreeMap;
use std::path::PathBuf;

use pcc_core::links;
use pcc_core::richtext::{self, Block, Span};
use pulldown_cmark::{Event, Options, Parser, Tag};
use serde::Deserialize;
use serde_json::{json, Map, Value};

/// One case of the corpus; `tests/fixtures/markdown/README.md` says what each field means.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    markdown: String,
    blocks: Value,
    written: Option<String>,
    #[serde(default)]
    links: BTreeMap<String, Option<String>>,
    /// For the reader of the corpus only.
    #[allow(dead_code)]
    note: Option<String>,
}

fn corpus() -> Vec<Case> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/markdown/cases.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the Markdown corpus {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The neutral form of blocks that both sides of the corpus produce.
fn neutral(blocks: &[Block]) -> Value {
    Value::Array(blocks.iter().map(neutral_block).collect())
}

fn neutral_block(block: &Block) -> Value {
    match block {
        Block::Paragraph(spans) => json!({ "p": spans.iter().map(run).collect::<Vec<_>>() }),
        Block::Quote(inner) => json!({ "quote": neutral(inner) }),
        Block::List {
            ordered,
            start,
            items,
        } => {
            let items: Vec<Value> = items.iter().map(|item| neutral(item)).collect();
            let mut list = Map::new();
            list.insert((if *ordered { "ol" } else { "ul" }).into(), items.into());
            if *ordered && *start != 1 {
                list.insert("start".into(), (*start).into());
            }
            Value::Object(list)
        }
    }
}

/// A plain run is its text; a formatted one an object that names what is on.
fn run(span: &Span) -> Value {
    if !span.bold && !span.italic && span.link.is_none() {
        return span.text.clone().into();
    }
    let mut run = Map::new();
    run.insert("text".into(), span.text.clone().into());
    if span.bold {
        run.insert("bold".into(), true.into());
    }
    if span.italic {
        run.insert("italic".into(), true.into());
    }
    if let Some(link) = &span.link {
        run.insert("link".into(), link.clone().into());
    }
    Value::Object(run)
}

/// Every link address as pulldown-cmark reads it from `markdown`.
fn destinations(markdown: &str) -> Vec<String> {
    Parser::new_ext(markdown, Options::empty())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_core_reads_every_case_as_stated() {
    let cases = corpus();
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let written = case.written.as_deref().unwrap_or(&case.markdown);
        for (what, markdown) in [("markdown", case.markdown.as_str()), ("written", written)] {
            let found = neutral(&richtext::parse(markdown));
            if found != case.blocks {
                failures.push(format!(
                    "{}: its {what} {markdown:?} reads as\n  {found}\nnot\n  {}",
                    case.name, case.blocks
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

/// The editor is given each case's `links` as the core's answers, so they must be the core's.
#[test]
fn the_cases_links_are_what_the_core_answers() {
    for case in corpus() {
        let written = case.written.as_deref().unwrap_or(&case.markdown);
        let mut hrefs = destinations(&case.markdown);
        hrefs.extend(destinations(written));
        for (href, answer) in &case.links {
            assert_eq!(&links::resolve(href), answer, "{}: {href}", case.name);
        }
        for href in hrefs.iter().filter(|h| !case.links.contains_key(*h)) {
            assert_eq!(
                links::resolve(href).as_ref(),
                Some(href),
                "{}: the core changes {href:?}, so the case's links must say how",
                case.name
            );
        }
    }
}

#[test]
fn every_case_has_its_own_name() {
    let mut names: Vec<String> = corpus().into_iter().map(|c| c.name).collect();
    let count = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), count, "two cases share a name");
}

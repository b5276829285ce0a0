//! Markdown of every shape becomes a sound Word document. Thousands of generated texts, heavy
//! with headings, nested lists, emphasis, links, code, tables, HTML and block quotes and mixed
//! with the pieces that have broken documents before, go into the rich-text fields of a form
//! and a letter; the export never panics and every XML part of the DOCX is well-formed.

mod common;

use common::nasty::{nasty_text, NASTY};
use pcc_core::limits::MAX_TEXT_CHARS;
use pcc_core::{DocumentKind, Item, Response};
use proptest::prelude::*;
use proptest::sample::select;

/// Generated documents of each kind, form and letter: 3,000 in all.
const CASES_PER_KIND: u32 = 1_500;

/// Inline Markdown: words and nasty pieces inside emphasis, code, links and inline HTML.
fn inline() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        3 => "[a-zA-Z]{1,8}( [a-z]{1,6}){0,3}",
        2 => select(NASTY).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => select(&[
            "  \n", "\\\n", "\\*", "&amp;", "&#0;", "&#x1F46E;", "&#1234567;", "&nbsp;",
            "<br>", "<b>", "</i>", "<!-- c -->", "<https://example.org/a?b=1&c=2>",
            "<opcc@example.org>", "![crest](logo.png)", "[ref]", "[^1]", "~~gone~~",
        ][..])
        .prop_map(str::to_string),
    ];
    leaf.prop_recursive(3, 12, 4, |inner| {
        let wrap = |open: &'static str, close: &'static str| {
            inner.clone().prop_map(move |s| format!("{open}{s}{close}"))
        };
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..5).prop_map(|parts| parts.join(" ")),
            wrap("*", "*"),
            wrap("**", "**"),
            wrap("_", "_"),
            wrap("***", "***"),
            wrap("`", "`"),
            wrap("<em>", "</em>"),
            (
                inner.clone(),
                select(&["https://example.org", "", "<a b>", "x \"t\""][..])
            )
                .prop_map(|(text, url)| format!("[{text}]({url})")),
        ]
    })
}

/// A block of Markdown, lists and quotes nested up to four deep.
fn block() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        3 => inline(),
        1 => (1..=7usize, inline()).prop_map(|(n, s)| format!("{} {s}", "#".repeat(n))),
        1 => (inline(), select(&["===", "---"][..])).prop_map(|(s, u)| format!("{s}\n{u}")),
        1 => (select(&["```", "~~~", "```rust"][..]), nasty_text())
            .prop_map(|(fence, code)| format!("{fence}\n{code}\n{}", &fence[..3])),
        1 => inline().prop_map(|s| format!("    {s}")),
        1 => (inline(), inline(), inline())
            .prop_map(|(a, b, c)| format!("| {a} | b |\n|---|:-:|\n| {b} | {c} |")),
        1 => select(&[
            "<div>\n*not emphasis*\n</div>",
            "<table><tr><td>cell</td></tr></table>",
            "<script>alert('x')</script>",
            "<!--\nunclosed comment",
            "<?xml version=\"1.0\"?>",
            "<![CDATA[ ]]> ]]>",
            "---",
            "***",
            "[ref]: https://example.org \"Title\"",
            "[^1]: A footnote.",
        ][..])
        .prop_map(str::to_string),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        let items = prop::collection::vec(inner.clone(), 1..4);
        prop_oneof![
            (select(&["- ", "* ", "+ "][..]), items.clone()).prop_map(|(marker, items)| {
                items
                    .iter()
                    .map(|item| format!("{marker}{}", indent(item, "  ")))
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
            (0..12u64, select(&[". ", ") "][..]), items.clone()).prop_map(
                |(start, mark, items)| {
                    let items = items.iter().enumerate();
                    let lines = items.map(|(n, item)| {
                        format!("{}{mark}{}", start + n as u64, indent(item, "    "))
                    });
                    lines.collect::<Vec<_>>().join("\n")
                }
            ),
            inner.clone().prop_map(|b| indent(&format!("> {b}"), "> ")),
            (items, select(&["\n\n", "\n", "\r\n\r\n"][..]))
                .prop_map(|(blocks, gap)| blocks.join(gap)),
        ]
    })
}

/// Continues every line of `text` after the first with `prefix`, so it stays in its item
/// or quote.
fn indent(text: &str, prefix: &str) -> String {
    text.replace('\n', &format!("\n{prefix}"))
}

/// Markdown-heavy text: a few blocks, at times with nasty text between them.
fn markdown() -> impl Strategy<Value = String> {
    let part = prop_oneof![4 => block(), 1 => nasty_text()];
    prop::collection::vec(part, 0..6).prop_map(|parts| parts.join("\n\n"))
}

/// A response of `kind` with generated Markdown in each rich-text field.
fn response(kind: DocumentKind) -> impl Strategy<Value = Response> {
    (prop::collection::vec(markdown(), 6), nasty_text()).prop_map(move |(mut texts, plain)| {
        let mut r = common::response_full_of(&plain);
        r.document = kind;
        if kind == DocumentKind::Letter {
            r.letter = Response::new(kind, &[]).letter;
        }
        let mut next = || texts.pop().unwrap();
        r.key_findings = next();
        r.pcc_response = next();
        r.chief_constable_response = next();
        r.recommendations[0].response = Some(next());
        r.areas_for_improvement = vec![
            Item {
                text: plain.clone(),
                response: Some(next()),
                tracking: Default::default(),
            },
            Item {
                text: plain,
                response: Some(next()),
                tracking: Default::default(),
            },
        ];
        r
    })
}

fn exports_well_formed(r: &Response) {
    let (docx, _) = common::export(r, &common::exampleshire());
    docx.assert_well_formed();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES_PER_KIND))]

    #[test]
    fn any_markdown_in_a_form_gives_a_well_formed_document(r in response(DocumentKind::Form)) {
        exports_well_formed(&r);
    }

    #[test]
    fn any_markdown_in_a_letter_gives_a_well_formed_document(
        r in response(DocumentKind::Letter),
    ) {
        exports_well_formed(&r);
    }
}

/// The longest text allowed, all of it nesting: no depth of quote, list or emphasis runs
/// the export out of stack.
#[test]
fn markdown_nested_as_deep_as_a_field_allows_exports() {
    let deepest = |piece: &str| piece.repeat(MAX_TEXT_CHARS / piece.chars().count());
    for text in [
        deepest("> "),
        deepest("- "),
        deepest("1. "),
        deepest("  - a\n"),
        deepest("*"),
        deepest("**a"),
        deepest("["),
        deepest("[a]("),
        deepest("<div>"),
        deepest("> - 1. "),
    ] {
        let mut r = Response::new(DocumentKind::Form, &[]);
        r.key_findings = text;
        pcc_core::limits::check_response(&r).unwrap();
        exports_well_formed(&r);
    }
}

//! The tagged PDF of the Exampleshire form and letter, read back by the tools a reader of
//! the office's website would meet: poppler (`pdfinfo`, `pdffonts`, `pdftotext`) and pikepdf
//! for the structure, against LibreOffice's PDF of the same response's DOCX.

mod common;

use common::pdf::*;
use common::*;
use pcc_core::{Office, Response};

/// The form and the letter: their names, responses and office.
fn documents() -> Vec<(&'static str, Response, Office)> {
    let (form, office) = exampleshire_2025();
    let letter = exampleshire_2025_letter();
    vec![("form", form, office.clone()), ("letter", letter, office)]
}

#[test]
fn pdfinfo_and_pdffonts_show_the_title_the_tagging_a4_and_every_font_embedded() {
    let dir = tempfile::tempdir().unwrap();
    for (name, r, office) in documents() {
        let path = write_pdf(dir.path(), name, &r, &office);
        let info = tool("pdfinfo", &[], &path);
        let field = |f: &str| {
            let line = info.lines().find(|l| l.starts_with(f)).unwrap_or_default();
            line.get(f.len()..).unwrap_or_default().trim().to_string()
        };
        assert_eq!(
            field("Title:"),
            publication(&r, &office).title,
            "{name}: {info}"
        );
        assert_eq!(field("Tagged:"), "yes", "{name}: {info}");
        // A4, 210 by 297 mm: 595.28 by 841.89 points, however pdfinfo rounds them.
        let size: Vec<f64> = field("Page size:")
            .split(' ')
            .filter_map(|n| n.parse().ok())
            .collect();
        assert!(
            size.len() == 2 && (size[0] - 595.28).abs() < 0.01 && (size[1] - 841.89).abs() < 0.01,
            "{name}: not A4: {info}"
        );
        let fonts = tool("pdffonts", &[], &path);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{name}: no fonts: {fonts}");
        for row in rows {
            let columns: Vec<&str> = row.split_whitespace().collect();
            assert!(row.contains("LiberationSans"), "{name}: {row}");
            // name, type (one or two words), encoding, emb, sub, uni, object, id
            assert_eq!(
                columns[columns.len() - 5],
                "yes",
                "{name}: not embedded: {row}"
            );
        }
    }
}

const PIKEPDF: &str = r#"
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
root = pdf.Root
print("StructTreeRoot", "/StructTreeRoot" in root)
print("Marked", bool(root.MarkInfo.Marked))
print("Lang", str(root.Lang))
print("DisplayDocTitle", bool(root.ViewerPreferences.DisplayDocTitle))
meta = pdf.open_metadata()
print("pdfuaid", meta.get("pdfuaid:part"))
kinds = set()
alts = []
def walk(node, depth=0):
    if depth > 200: return
    if isinstance(node, pikepdf.Array):
        for k in node: walk(k, depth + 1)
    elif isinstance(node, pikepdf.Dictionary):
        if "/S" in node:
            kinds.add(str(node.S))
            if str(node.S) == "/Figure": alts.append(str(node.get("/Alt", "")))
        if "/K" in node: walk(node.K, depth + 1)
walk(root.StructTreeRoot)
print("kinds", " ".join(sorted(kinds)))
print("alts", "|".join(alts))
"#;

#[test]
fn pikepdf_finds_the_structure_tree_the_language_and_the_pdf_ua_identifier() {
    let dir = tempfile::tempdir().unwrap();
    for (name, r, office) in documents() {
        let path = write_pdf(dir.path(), name, &r, &office);
        let out = run_tool(
            "python3",
            &["-c".as_ref(), PIKEPDF.as_ref(), path.as_os_str()],
        );
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "pikepdf failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        for line in [
            "StructTreeRoot True",
            "Marked True",
            "Lang en-GB",
            "DisplayDocTitle True",
            "pdfuaid 1",
        ] {
            assert!(
                said.lines().any(|l| l == line),
                "{name}: no '{line}':\n{said}"
            );
        }
        let kinds = said.lines().find(|l| l.starts_with("kinds ")).unwrap();
        let expected: &[&str] = if name == "form" {
            &[
                "/H1", "/H2", "/H3", "/P", "/Table", "/TH", "/TD", "/L", "/LI", "/Link",
            ]
        } else {
            &["/H1", "/P", "/Figure"]
        };
        for kind in expected {
            assert!(
                kinds.split(' ').any(|k| k == *kind),
                "{name}: no {kind}: {kinds}"
            );
        }
        if name == "letter" {
            let alts = said.lines().find(|l| l.starts_with("alts ")).unwrap();
            assert!(alts.contains("logo"), "{name}: the logo's alt text: {alts}");
        }
    }
}

#[test]
fn pdftotext_reads_it_in_order_as_fully_as_libreoffices_pdf_of_the_docx_on_as_many_pages() {
    let dir = tempfile::tempdir().unwrap();
    for (name, r, office) in documents() {
        reads_as_its_docx(dir.path(), name, &r, &office);
    }
}

#[test]
fn hostile_text_makes_a_valid_pdf_that_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let r = response_full_of(HOSTILE);
    let path = write_pdf(dir.path(), "hostile", &r, &exampleshire());
    // Lines broken where the layout broke them read as one.
    let text = tool("pdftotext", &[], &path);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for visible in [
        "</w:t></w:r><w:r>",
        "& &amp; < >",
        "*star* **bold _under_ `code`",
        "\u{05E9}\u{05DC}\u{05D5}\u{05DD}",
        "\u{0645}\u{0631}\u{062D}\u{0628}\u{0627}",
        "police officer",
    ] {
        assert!(
            text.contains(visible),
            "'{visible}' is not in the PDF's text:\n{text}"
        );
    }
    let out = run_tool(
        "python3",
        &["-c".as_ref(), PIKEPDF.as_ref(), path.as_os_str()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

//! The tagged PDF read back by the tools a reader of the office's website would meet:
//! poppler (`pdfinfo`, `pdffonts`, `pdftotext`), against LibreOffice's PDF of the same
//! response's DOCX. Shared by the PDF tests on our fixtures and the acceptance tests on the
//! real 2024 response.

use std::path::{Path, PathBuf};

use super::*;
use pcc_core::publish::{build, pdf, Publication, PublishOptions};
use pcc_core::{Office, Response};

pub fn publication(r: &Response, office: &Office) -> Publication {
    let options = PublishOptions {
        export: options(),
        signed: false,
    };
    build::publication(r, office, &options).unwrap()
}

pub fn write_pdf(dir: &Path, name: &str, r: &Response, office: &Office) -> PathBuf {
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf::pdf(&publication(r, office)).unwrap()).unwrap();
    path
}

/// The DOCX of the same response, and LibreOffice's PDF of it.
pub fn docx_and_its_pdf(dir: &Path, name: &str, r: &Response, office: &Office) -> (Docx, PathBuf) {
    let (docx, _) = export(r, office);
    let path = dir.join(format!("{name}-docx.docx"));
    std::fs::write(&path, &docx.bytes).unwrap();
    libreoffice_convert(&[&path], "pdf", dir);
    (docx, path.with_extension("pdf"))
}

pub fn tool(program: &str, args: &[&str], pdf: &Path) -> String {
    let mut all: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    all.push(pdf.as_os_str());
    if program == "pdftotext" {
        all.push("-".as_ref());
    }
    let out = run_tool(program, &all);
    assert!(
        out.status.success(),
        "{program} failed on {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn pages(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[], pdf);
    let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    line["Pages:".len()..].trim().parse().unwrap()
}

/// The words of `text`, lower case, punctuation dropped, so that line breaks, hyphens and
/// page furniture laid out differently do not count.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How alike two texts are, word by word and in order: twice the longest common run of
/// words (not necessarily adjacent) over both lengths; 1.0 is the same words in one order.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    let mut row = vec![0usize; b.len() + 1];
    for wa in &a {
        let mut diagonal = 0;
        for (j, wb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if wa == wb {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    2.0 * row[b.len()] as f64 / (a.len() + b.len()).max(1) as f64
}

/// The PDF of `r` (called `name`) reads as LibreOffice's PDF of its DOCX reads: the form's
/// sections in order, words as like the DOCX's, and on as many pages.
pub fn reads_as_its_docx(dir: &Path, name: &str, r: &Response, office: &Office) {
    let path = write_pdf(dir, name, r, office);
    let (docx, docx_pdf) = docx_and_its_pdf(dir, name, r, office);
    let ours = tool("pdftotext", &[], &path);
    // Lines broken where the layout broke them read as one.
    let ours = ours.split_whitespace().collect::<Vec<_>>().join(" ");
    let theirs = tool("pdftotext", &[], &docx_pdf);
    let docx_text = docx.texts().join("\n");

    if name == "form" {
        let mut from = 0;
        for heading in FORM_SECTIONS {
            let at = ours[from..]
                .find(heading)
                .unwrap_or_else(|| panic!("{name}: '{heading}' missing or out of order"));
            from += at + heading.len();
        }
    }
    let (s_ours, s_theirs) = (
        similarity(&ours, &docx_text),
        similarity(&theirs, &docx_text),
    );
    println!("{name}: word similarity with the DOCX's text: PDF {s_ours:.3}, LibreOffice's PDF of the DOCX {s_theirs:.3}");
    assert!(
        s_ours >= s_theirs - 0.01,
        "{name}: the PDF's words are less like the DOCX's ({s_ours:.3}) than LibreOffice's \
         PDF of the DOCX ({s_theirs:.3}):\n{ours}"
    );
    let (p_ours, p_theirs) = (pages(&path), pages(&docx_pdf));
    println!("{name}: pages: PDF {p_ours}, LibreOffice's PDF of the DOCX {p_theirs}");
    assert_eq!(p_ours, p_theirs, "{name}: pages");
}

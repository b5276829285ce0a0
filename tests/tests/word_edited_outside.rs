//! The app's export edited by other programs, as the office edits it: python-docx changes a
//! paragraph of the PCC's response and adds an area for improvement, and LibreOffice then
//! saves the document again. Taking back edits must show exactly those changes, each in its
//! section, after either program. The test command, `scripts/test.sh`, installs both tools;
//! when one is missing the test fails and says so.

mod common;

use std::ffi::OsStr;
use std::path::Path;

use common::{exampleshire_2025, libreoffice_convert, run_tool};
use pcc_core::export::export_to_file;
use pcc_core::word::{compare, read_word_file, Change, Section, TakeBack};

const ADDED: &str = "The force should review how it shares learning from complaints.";

/// Edits the DOCX at `path` in place with python-docx.
fn edit_with_python_docx(path: &Path) {
    let script = "import sys, copy, docx\n\
        d = docx.Document(sys.argv[1])\n\
        ps = d.paragraphs\n\
        p = next(p for p in ps if 'I welcome the report' in p.text)\n\
        for r in p.runs:\n\
        \x20   r.text = r.text.replace('I welcome the report', 'I warmly welcome the report')\n\
        last = max(i for i, p in enumerate(ps) if p.text.startswith('Area for Improvement'))\n\
        after = ps[last + 1]\n\
        label = copy.deepcopy(ps[last]._p)\n\
        text = copy.deepcopy(after._p)\n\
        after._p.addnext(label)\n\
        label.addnext(text)\n\
        new_label = docx.text.paragraph.Paragraph(label, after._parent)\n\
        new_text = docx.text.paragraph.Paragraph(text, after._parent)\n\
        for r in new_label.runs[1:] + new_text.runs[1:]:\n\
        \x20   r._r.getparent().remove(r._r)\n\
        new_label.runs[0].text = 'Area for Improvement 18:'\n\
        new_text.runs[0].text = sys.argv[2]\n\
        d.save(sys.argv[1])\n";
    let args: Vec<&OsStr> = vec![
        "-c".as_ref(),
        script.as_ref(),
        path.as_os_str(),
        ADDED.as_ref(),
    ];
    let out = run_tool("python3", &args);
    assert!(
        out.status.success(),
        "python-docx failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Saves the DOCX at `path` again with LibreOffice, into `out`; gives the new file.
fn save_with_libreoffice(path: &Path, out: &Path) -> std::path::PathBuf {
    libreoffice_convert(&[path], "docx:MS Word 2007 XML", out);
    out.join(path.file_name().unwrap())
}

/// The section's words with `change`, joined.
fn marked(changes: &TakeBack, section: Section, change: Change) -> String {
    let found = changes.sections.iter().find(|s| s.section == section);
    found
        .map(|s| {
            s.words
                .iter()
                .filter(|w| w.change == change)
                .map(|w| w.text.as_str())
                .collect()
        })
        .unwrap_or_default()
}

fn assert_exactly_the_edits(changes: &TakeBack, by: &str) {
    let shown: Vec<_> = changes.sections.iter().map(|s| s.section).collect();
    assert_eq!(
        shown,
        [Section::AreasForImprovement, Section::PccResponse],
        "{by}: {changes:#?}"
    );
    assert_eq!(
        marked(changes, Section::PccResponse, Change::Added),
        "warmly ",
        "{by}"
    );
    assert_eq!(
        marked(changes, Section::PccResponse, Change::Removed),
        "",
        "{by}"
    );
    let added = marked(changes, Section::AreasForImprovement, Change::Added);
    assert!(
        added.contains("Area for Improvement 18: "),
        "{by}: {added:?}"
    );
    assert!(added.trim_end().ends_with(ADDED), "{by}: {added:?}");
    assert_eq!(
        marked(changes, Section::AreasForImprovement, Change::Removed),
        "",
        "{by}"
    );
    assert_eq!(changes.tracked_changes, 0, "{by}");
}

#[test]
fn an_export_edited_by_python_docx_then_saved_by_libreoffice_shows_exactly_the_edits() {
    let dir = tempfile::tempdir().unwrap();
    let (response, office) = exampleshire_2025();
    let path = dir.path().join("edited.docx");
    export_to_file(&response, &office, &common::options(), &path, false).unwrap();

    edit_with_python_docx(&path);
    let edited = read_word_file(&path).unwrap();
    assert_exactly_the_edits(&compare(&response, &edited), "python-docx");

    let out = dir.path().join("libreoffice");
    std::fs::create_dir(&out).unwrap();
    let resaved = read_word_file(&save_with_libreoffice(&path, &out)).unwrap();
    assert_exactly_the_edits(&compare(&response, &resaved), "LibreOffice");
}

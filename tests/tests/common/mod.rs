//! What the cross-crate tests share: the project's own fixtures in `tests/fixtures` (an
//! invented office and its responses, see the README there), and a DOCX read back into its
//! parts and paragraphs so that tests can assert text, order, styles and numbering.

#![allow(dead_code)]

pub mod nasty;
pub mod pdf;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use pcc_core::docx::{export_docx, ExportOptions};
use pcc_core::{file, Office, Response};

/// `tests/fixtures`: the response files and the office settings file of an invented office.
pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The text of the fixture `name`.
pub fn fixture(name: &str) -> String {
    let path = fixtures().join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("The fixture {} cannot be read: {e}", path.display()))
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn value(json: &str) -> serde_json::Value {
    serde_json::from_str(json).unwrap()
}

/// The repository's JSON Schema `name` (in `src-tauri/core/schema`), itself checked against
/// the JSON Schema meta-schema.
pub fn schema(name: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../src-tauri/core/schema")
        .join(name);
    let schema = value(&std::fs::read_to_string(&path).unwrap());
    jsonschema::meta::validate(&schema).unwrap();
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// Asserts that `schema` accepts `file`, listing its complaints if not.
pub fn fits(schema: &jsonschema::Validator, file: &serde_json::Value) {
    let errors: Vec<String> = schema.iter_errors(file).map(|e| e.to_string()).collect();
    assert!(
        errors.is_empty(),
        "the schema refuses the file: {errors:?}\n{file:#}"
    );
}

/// The invented Exampleshire office's settings, logo included, read as the app reads them.
pub fn exampleshire_office() -> Office {
    file::read_office_file(&fixtures().join("exampleshire-office.json")).unwrap()
}

/// The 2025 PEEL response form of the invented Exampleshire office (every field of the
/// format in use), with its office, read through the core's own readers.
pub fn exampleshire_2025() -> (Response, Office) {
    let response =
        file::read_response_file(&fixtures().join("exampleshire-2025-response.pccr")).unwrap();
    (response, exampleshire_office())
}

/// The same office's 2025 letter, answering a spotlight report: the letter's own fields.
pub fn exampleshire_2025_letter() -> Response {
    file::read_response_file(&fixtures().join("exampleshire-2025-letter.pccr")).unwrap()
}

/// The invented office with its details as in `exampleshire-office.json`, but no logo and
/// every setting left to the app's defaults.
pub fn exampleshire() -> Office {
    Office {
        pcc_name: "Alex Morgan".into(),
        area: "Exampleshire".into(),
        force: "Exampleshire Police".into(),
        office_name: "Office of the Police and Crime Commissioner for Exampleshire".into(),
        address: vec![
            "1 Station Road".into(),
            "Exampleton".into(),
            "EX1 1AA".into(),
        ],
        telephone: "01234 567890".into(),
        email: "opcc@example.org".into(),
        web: "example.org/opcc".into(),
        logo: None,
        signature: None,
        statutory_statement: None,
        checklist_items: None,
        addressees: None,
        salutation: None,
        deadline_rule: Default::default(),
    }
}

/// A fixed export day, so documents do not depend on the clock: after every date in the
/// fixtures, and 11 days before the 2025 response's deadline.
pub fn options() -> ExportOptions {
    ExportOptions {
        today: NaiveDate::from_ymd_opt(2025, 7, 31).unwrap(),
        date_style: Default::default(),
    }
}

/// The sections of the response form, its Heading 2s, in the published template's order.
pub const FORM_SECTIONS: [&str; 7] = [
    "Inspection details",
    "Key findings",
    "Recommendations",
    "Areas for improvement",
    "Chief Constable response to report and any Recommendations/Areas for Improvement",
    "PCC response to report and any Recommendations/Areas for Improvement",
    "For Office Use Only",
];

/// An exported document, read back.
pub struct Docx {
    /// The DOCX file.
    pub bytes: Vec<u8>,
    /// Every part, by name.
    pub parts: BTreeMap<String, Vec<u8>>,
}

/// One paragraph of `word/document.xml`.
#[derive(Debug, Clone)]
pub struct Para {
    /// The paragraph style id ("" for Normal).
    pub style: String,
    /// All its text, breaks as '\n' and tabs as '\t'.
    pub text: String,
    /// The text of each run, and whether it is bold.
    pub runs: Vec<(String, bool)>,
    /// The numbering instance, if the paragraph is in a list.
    pub num_id: Option<String>,
    /// True when inside a table.
    pub in_table: bool,
}

pub fn export(response: &Response, office: &Office) -> (Docx, Vec<pcc_core::checks::Problem>) {
    let export = export_docx(response, office, &options()).unwrap();
    (read(export.bytes), export.problems)
}

pub fn read(bytes: Vec<u8>) -> Docx {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let mut parts = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut b = Vec::new();
        f.read_to_end(&mut b).unwrap();
        parts.insert(f.name().to_string(), b);
    }
    Docx { bytes, parts }
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

impl Docx {
    pub fn part(&self, name: &str) -> String {
        String::from_utf8(
            self.parts
                .get(name)
                .unwrap_or_else(|| panic!("no part {name}"))
                .clone(),
        )
        .unwrap()
    }

    /// Every paragraph of the body, in order.
    pub fn paragraphs(&self) -> Vec<Para> {
        let xml = self.part("word/document.xml");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        doc.descendants()
            .filter(|n| n.has_tag_name((W, "p")))
            .map(|p| {
                let ppr = p.children().find(|c| c.has_tag_name((W, "pPr")));
                let val = |name: &str| {
                    ppr.and_then(|ppr| ppr.descendants().find(|c| c.has_tag_name((W, name))))
                        .and_then(|n| n.attribute((W, "val")))
                        .map(str::to_string)
                };
                let runs: Vec<(String, bool)> = p
                    .descendants()
                    .filter(|r| r.has_tag_name((W, "r")))
                    .map(|r| {
                        let bold = r
                            .children()
                            .find(|c| c.has_tag_name((W, "rPr")))
                            .is_some_and(|rpr| rpr.children().any(|c| c.has_tag_name((W, "b"))));
                        let text = r
                            .children()
                            .map(|c| match c.tag_name().name() {
                                "t" => c.text().unwrap_or("").to_string(),
                                "br" => "\n".into(),
                                "tab" => "\t".into(),
                                _ => String::new(),
                            })
                            .collect();
                        (text, bold)
                    })
                    .collect();
                Para {
                    style: val("pStyle").unwrap_or_default(),
                    text: runs.iter().map(|(t, _)| t.as_str()).collect(),
                    runs,
                    num_id: val("numId"),
                    in_table: p.ancestors().any(|a| a.has_tag_name((W, "tc"))),
                }
            })
            .collect()
    }

    /// The text of every paragraph of the body, in order.
    pub fn texts(&self) -> Vec<String> {
        self.paragraphs().into_iter().map(|p| p.text).collect()
    }

    /// The paragraphs of the body from the first whose text is `text` on; fails the test,
    /// naming it, when there is none.
    pub fn paragraphs_from(&self, text: &str) -> Vec<Para> {
        let mut paras = self.paragraphs();
        let at = paras
            .iter()
            .position(|p| p.text == text)
            .unwrap_or_else(|| panic!("no paragraph reads {text:?}"));
        paras.split_off(at)
    }

    /// The text of each paragraph from the first whose text is `text` on.
    pub fn texts_from(&self, text: &str) -> Vec<String> {
        let from = self.paragraphs_from(text);
        from.into_iter().map(|p| p.text).collect()
    }

    /// The text of the headings at `level`, in order.
    pub fn headings_at(&self, level: usize) -> Vec<String> {
        let headings = self.headings().into_iter();
        headings
            .filter(|(l, _)| *l == level)
            .map(|(_, t)| t)
            .collect()
    }

    /// Asserts that the graded judgements follow their introduction, `intro`, as printed:
    /// a list item each, the grade (`expected`'s first half) in bold and the rest plain.
    pub fn assert_judgements(&self, intro: &str, expected: &[(&str, &str)]) {
        let paras = self.paragraphs_from(intro);
        let grades = &paras[1..=expected.len()];
        for (p, (grade, rest)) in grades.iter().zip(expected) {
            assert_eq!(p.runs[0], (grade.to_string(), true), "{p:?}");
            assert_eq!(p.text[p.runs[0].0.len()..], **rest, "{p:?}");
            assert!(!p.runs[1].1, "only the grade is bold: {p:?}");
            assert!(p.num_id.is_some(), "each grade is a list item: {p:?}");
        }
    }

    /// The headings as (level, text).
    pub fn headings(&self) -> Vec<(usize, String)> {
        self.paragraphs()
            .into_iter()
            .filter_map(|p| {
                let level = p.style.strip_prefix("Heading")?.parse().ok()?;
                Some((level, p.text))
            })
            .collect()
    }

    /// The label and value cells of each row of the first table.
    pub fn first_table(&self) -> Vec<Vec<String>> {
        let xml = self.part("word/document.xml");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let table = doc
            .descendants()
            .find(|n| n.has_tag_name((W, "tbl")))
            .unwrap();
        table
            .children()
            .filter(|r| r.has_tag_name((W, "tr")))
            .map(|row| {
                row.children()
                    .filter(|c| c.has_tag_name((W, "tc")))
                    .map(|cell| {
                        cell.descendants()
                            .filter(|t| t.has_tag_name((W, "t")))
                            .filter_map(|t| t.text())
                            .collect::<String>()
                    })
                    .collect()
            })
            .collect()
    }

    /// Panics unless every XML part parses.
    pub fn assert_well_formed(&self) {
        for (name, bytes) in &self.parts {
            if name.ends_with(".xml") || name.ends_with(".rels") {
                let text =
                    std::str::from_utf8(bytes).unwrap_or_else(|_| panic!("{name}: not UTF-8"));
                if let Err(e) = roxmltree::Document::parse(text) {
                    panic!("{name} is not well-formed: {e}");
                }
            }
        }
    }
}

/// Asserts that `openxml-audit`, the Open XML schema check that predicts what Microsoft Word
/// will make of a file, finds the DOCX at `path` valid, without errors or warnings.
pub fn assert_word_opens_cleanly(path: &Path) {
    let out = run_tool(
        "openxml-audit",
        &[
            "-o".as_ref(),
            "json".as_ref(),
            "-m".as_ref(),
            "0".as_ref(),
            path.as_os_str(),
        ],
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "openxml-audit gave no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let report = &report[0];
    assert_eq!(report["valid"], true, "{}: {report:#}", path.display());
    assert_eq!(report["error_count"], 0, "{}: {report:#}", path.display());
    assert_eq!(report["warning_count"], 0, "{}: {report:#}", path.display());
    assert!(out.status.success(), "{}: {report:#}", path.display());
}

/// Runs a program the test command installs; fails the test with what to do if it is absent.
/// Converts each of `docs` with LibreOffice (`soffice`, its program on every system) to
/// `format` ("pdf", "docx:MS Word 2007 XML") into `out`, with a profile of its own there so
/// that a LibreOffice already open is not disturbed; fails with what it said if it fails.
#[allow(dead_code)]
pub fn libreoffice_convert(docs: &[&Path], format: &str, out: &Path) {
    // A file URL: file:///tmp/… on Linux, file:///C:/Users/… on Windows.
    let folder = out.display().to_string().replace('\\', "/");
    let profile = format!(
        "-env:UserInstallation=file:///{}/lo-profile",
        folder.trim_start_matches('/')
    );
    let mut args: Vec<&std::ffi::OsStr> = vec![
        profile.as_ref(),
        "--headless".as_ref(),
        "--convert-to".as_ref(),
        format.as_ref(),
        "--outdir".as_ref(),
        out.as_os_str(),
    ];
    args.extend(docs.iter().map(|p| p.as_os_str()));
    let done = run_tool("soffice", &args);
    assert!(
        done.status.success(),
        "LibreOffice could not convert: {}",
        String::from_utf8_lossy(&done.stderr)
    );
}

pub fn run_tool(program: &str, args: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{program} could not be run ({e}). It is installed by the test command, \
             scripts/test.sh; run that, or install it yourself."
            )
        })
}

/// A real PNG of `w` by `h` pixels in one colour, made here: zlib with stored (uncompressed)
/// deflate blocks, so no image library is needed.
pub fn solid_png(w: u32, h: u32, rgb: [u8; 3]) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let start = out.len();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let crc = crc32(&out[start..]);
        out.extend_from_slice(&crc.to_be_bytes());
    }
    // Each row: filter type 0 (none), then the pixels.
    let row: Vec<u8> = std::iter::once(0).chain(rgb.repeat(w as usize)).collect();
    let raw = row.repeat(h as usize);
    let mut zlib = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        zlib.push(u8::from(i + 1 == blocks.len()));
        let len = block.len() as u16;
        zlib.extend_from_slice(&len.to_le_bytes());
        zlib.extend_from_slice(&(!len).to_le_bytes());
        zlib.extend_from_slice(block);
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in &raw {
        a = (a + u32::from(byte)) % 65_521;
        b = (b + a) % 65_521;
    }
    zlib.extend_from_slice(&((b << 16) | a).to_be_bytes());
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(&mut png, b"IDAT", &zlib);
    chunk(&mut png, b"IEND", &[]);
    png
}

/// Text a user might type or paste, or a bad file might hold: control characters,
/// non-characters, emoji, right-to-left scripts, XML and Markdown punctuation.
pub const HOSTILE: &str = "NUL\u{0} BEL\u{7} ESC\u{1b} FFFE\u{FFFE} FFFF\u{FFFF} \
    police officer \u{1F46E}\u{200D}\u{2640}\u{FE0F} flag \u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} \
    \u{05E9}\u{05DC}\u{05D5}\u{05DD} \u{0645}\u{0631}\u{062D}\u{0628}\u{0627} \u{200F}RLM \u{202E}override\u{202C} \
    </w:t></w:r><w:r> & &amp; < > \"quoted\" 'single' ]]> <!-- --> \
    e\u{0301} combining, tab\there, CR\r\nLF, *star* **bold _under_ `code` \\ backslash \u{FFFD}";

/// A response with `text` in every text field and item.
pub fn response_full_of(text: &str) -> Response {
    use pcc_core::{ChecklistEntry, Grade, GradedJudgement, Item};
    let mut r = Response::new(pcc_core::DocumentKind::Form, &[]);
    r.inspection.title = text.into();
    r.inspection.published = NaiveDate::from_ymd_opt(2024, 2, 29);
    r.inspection.forces = vec![text.into()];
    r.inspection.report_url = Some(format!("https://example.org/{text}"));
    r.inspection.type_detail = Some(text.into());
    r.key_findings = text.into();
    r.grades = vec![GradedJudgement {
        grade: Grade::Good,
        area: text.into(),
    }];
    r.recommendations = vec![Item {
        text: text.into(),
        response: Some(text.into()),
        tracking: Default::default(),
    }];
    r.areas_for_improvement = vec![Item {
        text: text.into(),
        response: Some(text.into()),
        tracking: Default::default(),
    }];
    r.chief_constable_response = text.into();
    r.pcc_response = text.into();
    r.checklist = vec![ChecklistEntry::new(text)];
    r
}

//! What the cross-crate tests share: the project's own fixtures in `tests/fixtures` (an
//! invented office and its responses, see the README there), and a DOCX read back into its
//! parts and paragraphs so that tests can assert text, order, styles and numbering.

#![allow(dead_code)]

pub mod nasty;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;

use chrono::NaiveDate;
use pcc_core::docx::{export_docx, ExportOptions};
use pcc_core::{file, Office, Response};

/// `tests/fixtures`: the response files and the office settings file of an invented office.
pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures")
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

/// Runs a program the test command installs; fails the test with what to do if it is absent.
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
    }];
    r.areas_for_improvement = vec![Item {
        text: text.into(),
        response: Some(text.into()),
    }];
    r.chief_constable_response = text.into();
    r.pcc_response = text.into();
    r.checklist = vec![ChecklistEntry {
        item: text.into(),
        done_on: None,
    }];
    r
}

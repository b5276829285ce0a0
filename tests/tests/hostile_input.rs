//! Nothing already saved changes, whatever is thrown at the app. A database with two
//! responses and the office settings meets every kind of hostile input through the functions
//! the app and the command-line tool call (reading a file and importing it, saving a
//! response, reading an office file or a logo): each is refused with a message that says what
//! is wrong and what to do, and afterwards every saved record reads back exactly as before.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chrono::NaiveDate;
use pcc_core::store::{self, ResponseId, ResponseSummary};
use pcc_core::{file, DocumentKind, ImageUse, Item, Logo, Office, Response};
use rusqlite::Connection;
use serde_json::Value;

/// 1 MB of text: 1,048,576 characters.
const MEGABYTE: usize = 1 << 20;

/// Everything saved, as the app would show it.
#[derive(Debug, PartialEq)]
struct Saved {
    list: Vec<ResponseSummary>,
    responses: Vec<Response>,
    office: Option<Office>,
}

fn saved(conn: &Connection, ids: &[ResponseId]) -> Saved {
    let today = NaiveDate::from_ymd_opt(2024, 11, 1).unwrap();
    Saved {
        list: store::list_responses(conn, today).unwrap(),
        responses: ids
            .iter()
            .map(|&id| store::read_response(conn, id).unwrap())
            .collect(),
        office: store::read_office(conn).unwrap(),
    }
}

/// Exampleshire with a real logo, as the office settings screen saves it.
fn office() -> Office {
    let mut office = common::exampleshire();
    let png = common::solid_png(4, 2, [0, 51, 102]);
    office.logo = Some(Logo::from_bytes(png, "crest.png").unwrap());
    office
}

/// A letter unlike the PEEL form, with hostile text in its fields.
fn letter() -> Response {
    let mut r = common::response_full_of(common::HOSTILE);
    r.document = DocumentKind::Letter;
    r.letter = Response::new(DocumentKind::Letter, &[]).letter;
    r
}

/// `text` repeated, then cut, to exactly `chars` characters.
fn chars_of(text: &str, chars: usize) -> String {
    text.chars().cycle().take(chars).collect()
}

/// A change to a saved response that the store must refuse.
type Change = fn(&mut Response);

/// A hostile file: its name, its bytes, and what the refusal must say.
struct HostileFile {
    name: &'static str,
    bytes: Vec<u8>,
    says: &'static str,
}

fn hostile_files(form: &Response) -> Vec<HostileFile> {
    let with = |change: &dyn Fn(&mut Response)| {
        let mut r = form.clone();
        change(&mut r);
        file::write_response(&r).into_bytes()
    };
    let text = file::write_response(form);
    let deep = |depth: usize| ("[".repeat(depth) + &"]".repeat(depth)).into_bytes();
    let mut huge = text.clone().into_bytes();
    huge.resize(25 * 1024 * 1024, b' ');
    vec![
        HostileFile {
            name: "1 MB field.json",
            bytes: with(&|r| r.key_findings = "x".repeat(MEGABYTE)),
            says: "key_findings: is 1,048,576 characters long; the most a field can hold is \
                   100,000 (about 40 pages). Shorten it, or split it between fields.",
        },
        HostileFile {
            name: "1 MB emoji, RTL and control characters.json",
            bytes: with(&|r| {
                r.areas_for_improvement[2].response = Some(chars_of(common::HOSTILE, MEGABYTE))
            }),
            says: "areas_for_improvement[2].response: is 1,048,576 characters long;",
        },
        HostileFile {
            name: "1,000 areas for improvement.json",
            bytes: with(&|r| r.areas_for_improvement = vec![Item::default(); 1_000]),
            says: "areas_for_improvement: has 1,000 entries; the most the app accepts is 200. \
                   Remove some, or combine them.",
        },
        HostileFile {
            name: "Latin-1.json",
            // One byte a character, as an old editor saves; "é" alone is not UTF-8.
            bytes: text
                .replacen("\"title\": \"", "\"title\": \"Caf\u{e9} \u{a3}5 ", 1)
                .chars()
                .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                .collect(),
            says: "is not a PCC Response file or a Word document: it is not UTF-8 text (it \
                   may be a picture, a PDF, or text saved in another encoding). Choose the file \
                   exported from the app, or the Word document (.docx) itself.",
        },
        HostileFile {
            name: "UTF-16.json",
            bytes: [0xFF, 0xFE]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                .collect(),
            says: "is saved as UTF-16 text, which PCC Response does not read. Export it \
                   again from the app, or save it as UTF-8 in a text editor.",
        },
        HostileFile {
            name: "100,000 deep.json",
            bytes: deep(100_000),
            says: "lists or objects are nested too deeply (more than 128 inside each other), \
                   which no PCC Response file is. Choose the file exported from the app.",
        },
        HostileFile {
            name: "1,000,000 deep.json",
            bytes: deep(1_000_000),
            says: "nested too deeply",
        },
        HostileFile {
            name: "empty.json",
            bytes: Vec::new(),
            says: "is empty. Choose the file exported from the app, or export it again.",
        },
        HostileFile {
            name: "25 MB.json",
            bytes: huge,
            says: "is 25 MB; the most PCC Response opens is 20 MB. Response and office files \
                   are far smaller: check that this is the file you meant.",
        },
    ]
}

/// Asserts that `result` is an error whose message contains `says`; returns the message.
fn refused<T: std::fmt::Debug>(what: &str, result: pcc_core::Result<T>, says: &str) -> String {
    let message = match result {
        Ok(value) => panic!("{what} was accepted: {value:?}"),
        Err(e) => e.to_string(),
    };
    assert!(message.contains(says), "{what}: {message}");
    message
}

#[test]
fn hostile_input_changes_nothing_already_saved() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("responses.sqlite");
    let conn = store::open(&db).unwrap();
    let (form, _) = common::exampleshire_2025();
    let ids = [
        store::create_response(&conn, &form).unwrap(),
        store::create_response(&conn, &letter()).unwrap(),
    ];
    store::write_office(&conn, &office()).unwrap();
    let before = saved(&conn, &ids);
    assert_eq!(before.responses, [form.clone(), letter()]);
    let unchanged = |after: &str| assert!(saved(&conn, &ids) == before, "changed by {after}");
    let mut refusals = 0;

    // Each file as the app and the tool import it: read, then create.
    let files = hostile_files(&form);
    for f in &files {
        let path = dir.path().join(f.name);
        std::fs::write(&path, &f.bytes).unwrap();
        let imported = file::read_response_file(&path)
            .and_then(|response| store::create_response(&conn, &response));
        refused(f.name, imported, f.says);
        unchanged(f.name);
        refusals += 1;
    }

    // Saving straight into the store, as the editor's autosave does.
    let saves: [(&str, Change, &str); 3] = [
        (
            "a 1 MB finding",
            |r| r.key_findings = chars_of(common::HOSTILE, MEGABYTE),
            "key_findings: is 1,048,576",
        ),
        (
            "a 1 MB title",
            |r| r.inspection.title = chars_of(common::HOSTILE, MEGABYTE),
            "inspection.title: is 1,048,576",
        ),
        (
            "1,000 areas",
            |r| r.areas_for_improvement = vec![Item::default(); 1_000],
            "areas_for_improvement: has 1,000 entries",
        ),
    ];
    for (what, change, says) in saves {
        for &id in &ids {
            let mut r = store::read_response(&conn, id).unwrap();
            change(&mut r);
            refused(what, store::update_response(&conn, id, &r), says);
            unchanged(what);
            refused(what, store::create_response(&conn, &r), says);
            unchanged(what);
            refusals += 2;
        }
    }

    // An office file whose logo is not an image, or is far too large, as imported; and the
    // same logos chosen on the settings screen.
    let office_file = dir.path().join("office.json");
    let logo = dir.path().join("crest.png");
    std::fs::write(
        &office_file,
        file::write_office(
            &office(),
            file::ImageFiles {
                logo: Some("crest.png"),
                signature: None,
            },
        ),
    )
    .unwrap();
    let mut six_mb = common::solid_png(4, 2, [0, 0, 0]);
    six_mb.resize(6 * 1024 * 1024, 0);
    let logos: [(&str, Vec<u8>, &str); 2] = [
        (
            "a text file renamed .png",
            b"Notes for the PCC, not a picture.".to_vec(),
            "The logo crest.png is not a PNG or JPEG image. Choose a PNG or JPEG file, or \
             save the image as one in a picture editor.",
        ),
        (
            "a 6 MB logo",
            six_mb,
            "crest.png is over 5 MB, the most a logo may be. Save a smaller copy of the \
             image (a letterhead needs well under 1 MB) and choose that.",
        ),
    ];
    for (what, bytes, says) in logos {
        std::fs::write(&logo, bytes).unwrap();
        let imported =
            file::read_office_file(&office_file).and_then(|o| store::write_office(&conn, &o));
        refused(what, imported, says);
        refused(what, Logo::read_file(&logo), says);
        unchanged(what);
        refusals += 2;
    }

    // A signature that is not an image (a PDF renamed .png), in an imported office file and
    // chosen on the settings screen: refused, naming the signature.
    let signature = dir.path().join("signed.png");
    std::fs::write(&signature, b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").unwrap();
    let office_text = file::write_office(&office(), Default::default());
    let mut signed: Value = serde_json::from_str(&office_text).unwrap();
    signed["signature"] = "signed.png".into();
    std::fs::write(&office_file, signed.to_string()).unwrap();
    let says = "The signature signed.png is not a PNG or JPEG image.";
    let imported =
        file::read_office_file(&office_file).and_then(|o| store::write_office(&conn, &o));
    refused("a PDF signature", imported, says);
    refused(
        "a PDF signature",
        Logo::read_file_as(&signature, ImageUse::Signature),
        says,
    );
    unchanged("a PDF signature");
    refusals += 2;

    // The real command-line tool, on the files a user is most likely to be sent.
    let tool = pcc_response();
    let mut tool_refusals = 0;
    for f in files.iter().filter(|f| {
        [
            "Latin-1",
            "100,000 deep",
            "1,000,000 deep",
            "1,000 areas",
            "25 MB",
            "UTF-16",
        ]
        .iter()
        .any(|n| f.name.starts_with(n))
    }) {
        let out = Command::new(&tool)
            .arg("import")
            .arg(dir.path().join(f.name))
            .arg("--db")
            .arg(&db)
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        // Status 2 is the tool's "a file problem" (1 is kept for a response with errors).
        assert_eq!(out.status.code(), Some(2), "{}: {stderr}", f.name);
        assert!(
            out.stdout.is_empty(),
            "{}: nothing on standard output",
            f.name
        );
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(
            lines.len(),
            1,
            "{}: one line on standard error: {stderr}",
            f.name
        );
        assert!(
            lines[0].starts_with("pcc-response: ") && lines[0].contains(f.says),
            "{}: {stderr}",
            f.name
        );
        unchanged(f.name);
        tool_refusals += 1;
    }
    drop(conn);
    let reopened = store::open(&db).unwrap();
    assert!(
        saved(&reopened, &ids) == before,
        "the database file changed"
    );

    eprintln!(
        "hostile input: {} files, {refusals} attempts in all, refused; the command-line tool \
         refused {tool_refusals} files; 0 records changed",
        files.len()
    );
}

/// The `pcc-response` tool, built if need be. The tests crate cannot name another package's
/// binary, so it asks cargo, as `cargo test` would, and takes the path cargo reports. It asks
/// for the workspace's test build, so the tool is the one `cargo test --workspace` has just
/// built: a build of `-p pcc-core` alone would resolve other features and compile all of
/// Typst again (five minutes of a clean run).
fn pcc_response() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "test",
            "--workspace",
            "--no-run",
            "--quiet",
            "--message-format=json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stderr(Stdio::inherit())
        .output()
        .expect("cargo runs, to build the pcc-response tool");
    assert!(out.status.success(), "the pcc-response tool does not build");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let path = stdout
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "pcc-response")
        // The tool itself, not its own unit tests built as a test program of the same name.
        .filter(|m| m["profile"]["test"] == false)
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .expect("cargo names the pcc-response executable");
    assert!(Path::new(&path).is_file(), "{}", path.display());
    path
}

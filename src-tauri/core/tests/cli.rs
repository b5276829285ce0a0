//! The `pcc-response` command-line tool as a user runs it: its exit status, what it prints,
//! and what it leaves on disk. Every failure must be exit status 2 with one line on standard
//! error and no half-written file or database behind it.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::listing;
use serde_json::{json, Value};

/// The project's own fixtures, in `tests/fixtures` (an invented office; see the README there).
fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// The published 2025 PEEL response form: deadline 12 August 2025 by the default rule.
fn form() -> PathBuf {
    fixtures().join("exampleshire-2025-response.pccr")
}

/// The office settings, with a logo beside them and the Act's own count for the deadline.
fn office() -> PathBuf {
    fixtures().join("exampleshire-office.json")
}

fn form_json() -> Value {
    serde_json::from_str(&std::fs::read_to_string(form()).unwrap()).unwrap()
}

/// What one run of the tool did.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    /// The one line on standard error of a failed run; fails unless there is exactly one.
    fn error_line(&self) -> &str {
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "expected one line on stderr: {self:#?}");
        assert!(lines[0].starts_with("pcc-response: "), "{self:#?}");
        lines[0]
    }

    /// Asserts a failure of bad usage or a file problem: status 2, one line, nothing on
    /// standard output. Returns the line.
    fn failed(&self) -> &str {
        assert_eq!(self.code, 2, "{self:#?}");
        assert_eq!(self.stdout, "", "{self:#?}");
        self.error_line()
    }
}

fn run<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_pcc-response"))
        .args(args)
        .output()
        .expect("the pcc-response binary runs");
    Run {
        code: out.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// `pcc-response check FILE --today TODAY`.
fn check_args(file: &Path, today: &str) -> Vec<PathBuf> {
    vec!["check".into(), file.into(), "--today".into(), today.into()]
}

/// `pcc-response import FILE --db DB`.
fn import(file: &Path, db: &Path) -> Run {
    run(&[
        "import".as_ref(),
        file.as_os_str(),
        "--db".as_ref(),
        db.as_os_str(),
    ])
}

/// A new database in `dir`, the fixture office's settings imported into it by the tool.
fn database_with_office(dir: &Path) -> PathBuf {
    let db = dir.join("responses.db");
    let r = import(&office(), &db);
    assert_eq!(r.code, 0, "{r:#?}");
    assert!(r.stdout.contains("office settings"), "{r:#?}");
    db
}

fn write_json(path: &Path, value: &Value) -> PathBuf {
    std::fs::write(path, serde_json::to_string_pretty(value).unwrap()).unwrap();
    path.to_path_buf()
}

/// The text of `word/document.xml` in the DOCX at `path`.
fn document_xml(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with(b"PK"), "a DOCX is a zip file");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("the DOCX has word/document.xml")
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

fn export_args(response: &Path, office: &Path, out: &Path) -> Vec<PathBuf> {
    vec![
        "export".into(),
        response.into(),
        "--office".into(),
        office.into(),
        "--out".into(),
        out.into(),
        "--today".into(),
        "2025-07-31".into(),
    ]
}

#[test]
fn export_writes_a_docx_refuses_to_overwrite_and_replaces_when_forced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("PEEL 2025.docx");
    let args = export_args(&form(), &office(), &out);

    let first = run(&args);
    assert_eq!(first.code, 0, "{first:#?}");
    assert!(first.stdout.contains("Exported"), "{first:#?}");
    assert!(document_xml(&out).contains("inspections of Exampleshire Police"));
    let bytes = std::fs::read(&out).unwrap();

    let again = run(&args);
    let line = again.failed();
    assert!(line.contains(&out.display().to_string()), "{line}");
    assert!(line.contains("already exists"), "{line}");
    assert_eq!(std::fs::read(&out).unwrap(), bytes, "the file is unchanged");

    let mut forced = args.clone();
    forced.push("--force".into());
    let replaced = run(&forced);
    assert_eq!(replaced.code, 0, "{replaced:#?}");
    assert!(replaced.stdout.contains("Exported"), "{replaced:#?}");
    document_xml(&out);
    assert_eq!(
        listing(dir.path()),
        ["PEEL 2025.docx"],
        "no temporary file left"
    );
}

#[test]
fn export_writes_a_letter() {
    let dir = tempfile::tempdir().unwrap();
    let response = write_json(
        &dir.path().join("letter.json"),
        &json!({
            "format": "pcc-response",
            "version": 1,
            "document": "letter",
            "status": "draft",
            "inspection": {
                "title": "An inspection of how forces answer calls about lost hedgehogs",
                "published": "2024-06-13",
                "type": "National",
                "type_detail": null,
                "forces": ["Exampleshire"],
                "report_url": null
            },
            "key_findings": "Calls were answered promptly.",
            "grades": [],
            "recommendations": [],
            "areas_for_improvement": [],
            "chief_constable_response": "The Constabulary accepts the findings.",
            "pcc_response": "I welcome the Inspectorate's report on hedgehog welfare calls.",
            "checklist": [],
            "letter": {"date": "2024-07", "addressees": null, "salutation": null, "subject": null}
        }),
    );
    let out = dir.path().join("letter.docx");
    let r = run(&export_args(&response, &office(), &out));
    assert_eq!(r.code, 0, "{r:#?}");
    assert!(r.stdout.contains("Exported letter"), "{r:#?}");
    let xml = document_xml(&out);
    assert!(
        xml.contains("hedgehog welfare calls"),
        "the PCC's words are in the letter"
    );
    assert!(xml.contains("July 2024"), "the letter's date is printed");
}

#[test]
fn a_failed_export_leaves_no_file_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let before = listing(dir.path());

    let into_missing_folder = dir.path().join("no such folder").join("out.docx");
    let r = run(&export_args(&form(), &office(), &into_missing_folder));
    assert!(r.failed().contains("does not exist"), "{r:#?}");
    assert_eq!(listing(dir.path()), before);

    // Replacing a folder fails for every user, root included.
    let folder = dir.path().join("a folder.docx");
    std::fs::create_dir(&folder).unwrap();
    let mut args = export_args(&form(), &office(), &folder);
    args.push("--force".into());
    let r = run(&args);
    assert!(r.failed().contains("a folder.docx"), "{r:#?}");
    assert!(folder.is_dir());
    assert_eq!(listing(dir.path()), ["a folder.docx"]);
    assert!(listing(&folder).is_empty());
}

#[test]
fn export_refuses_an_unknown_option_before_writing_anything() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = export_args(&form(), &office(), &dir.path().join("out.docx"));
    args.extend(["--colour".into(), "blue".into()]);
    let r = run(&args);
    assert!(r.failed().contains("--colour"), "{r:#?}");
    assert!(listing(dir.path()).is_empty());
}

#[test]
fn check_prints_the_deadline_by_the_default_rule() {
    let r = run(&check_args(&form(), "2025-07-31"));
    assert_eq!(r.code, 0, "{r:#?}");
    assert_eq!(
        r.stdout.lines().next(),
        Some("Section 55 deadline: 12 August 2025 (date published + 56 days); 12 days left")
    );
    assert!(r.stdout.contains("No problems found."), "{r:#?}");
    assert_eq!(r.stderr, "");
}

#[test]
fn check_follows_the_offices_statutory_rule() {
    // The fixture office counts as the Act does: "deadline_rule": "statutory".
    let mut args = check_args(&form(), "2025-07-31");
    args.extend(["--office".into(), office()]);
    let r = run(&args);
    assert_eq!(r.code, 0, "{r:#?}");
    assert_eq!(
        r.stdout.lines().next(),
        Some(
            "Section 55 deadline: 11 August 2025 (56 days counting the day of publication as \
             day 1); 11 days left"
        )
    );
}

#[test]
fn check_says_when_the_response_is_due_today_or_overdue() {
    for (today, due) in [
        ("2025-08-11", "1 day left"),
        ("2025-08-12", "Due today"),
        ("2025-08-13", "Overdue by 1 day"),
        ("2025-08-15", "Overdue by 3 days"),
    ] {
        let r = run(&check_args(&form(), today));
        assert_eq!(r.code, 0, "{r:#?}");
        let first = r.stdout.lines().next().unwrap();
        assert!(first.ends_with(&format!("; {due}")), "{today}: {first}");
    }
}

/// The fixture with `status` and no PCC response.
fn without_pcc_response(dir: &Path, status: &str) -> PathBuf {
    let mut response = form_json();
    response["status"] = json!(status);
    response["pcc_response"] = json!("");
    write_json(&dir.join(format!("{status}.json")), &response)
}

/// A gap is an error once the response is ready for signature, and a warning in a draft.
#[test]
fn a_response_with_gaps_fails_the_check_when_ready_and_passes_with_a_warning_as_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    for (status, code, says) in [("ready", 1, "error: "), ("draft", 0, "warning: ")] {
        let file = without_pcc_response(dir.path(), status);
        let r = run(&check_args(&file, "2025-07-31"));
        assert_eq!(r.code, code, "{status}: {r:#?}");
        assert!(
            r.stdout.starts_with("Section 55 deadline: 12 August 2025"),
            "{status}: {r:#?}"
        );
        assert!(
            r.stderr
                .lines()
                .any(|l| l.starts_with(says) && l.contains("PCC response")),
            "{status}: {r:#?}"
        );
        assert!(!r.stdout.contains("No problems found."), "{status}: {r:#?}");
    }
}

#[test]
fn import_list_and_show_give_back_the_response_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = database_with_office(dir.path());
    let r = import(&form(), &db);
    assert_eq!(r.code, 0, "{r:#?}");
    assert!(r.stdout.starts_with("Imported response 1: "), "{r:#?}");

    let r = run(&[
        "list".as_ref(),
        "--db".as_ref(),
        db.as_os_str(),
        "--today".as_ref(),
        "2025-07-31".as_ref(),
    ]);
    assert_eq!(r.code, 0, "{r:#?}");
    let title = form_json()["inspection"]["title"]
        .as_str()
        .unwrap()
        .to_string();
    let row = r
        .stdout
        .lines()
        .find(|l| l.contains(&title))
        .expect("the response is listed");
    // The 2025 response is published: its deadline no longer counts down.
    assert!(row.contains("Published"), "{row}");
    assert!(!row.contains("days left"), "{row}");
    assert!(row.contains("11 August 2025"), "{row}");

    let r = run(&[
        "show".as_ref(),
        "1".as_ref(),
        "--db".as_ref(),
        db.as_os_str(),
    ]);
    assert_eq!(r.code, 0, "{r:#?}");
    let shown: Value = serde_json::from_str(&r.stdout).expect("show prints JSON");
    assert_eq!(shown, form_json());

    let r = run(&[
        "show".as_ref(),
        "99".as_ref(),
        "--db".as_ref(),
        db.as_os_str(),
    ]);
    assert!(r.failed().contains("99"), "{r:#?}");
}

#[test]
fn an_office_file_with_a_byte_order_mark_is_imported_as_office_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(std::fs::read(office()).unwrap());
    let file = dir.path().join("office.json");
    std::fs::write(&file, bytes).unwrap();
    // The logo the settings name, beside them.
    let logo = "exampleshire-office-logo.png";
    std::fs::copy(fixtures().join(logo), dir.path().join(logo)).unwrap();
    let r = import(&file, &dir.path().join("responses.db"));
    assert_eq!(r.code, 0, "{r:#?}");
    assert!(r.stdout.contains("office settings"), "{r:#?}");
}

/// Files that are not response files, each with a word its one-line error must contain.
fn bad_files(dir: &Path) -> Vec<(PathBuf, &'static str)> {
    let not_json = dir.join("not-json.json");
    std::fs::write(&not_json, "format: pcc-response\n").unwrap();
    let mut response = form_json();
    response["inspection"]["published"] = json!("17/06/2025");
    let bad_date = write_json(&dir.join("bad-date.json"), &response);
    let not_utf8 = dir.join("latin-1.json");
    std::fs::write(
        &not_utf8,
        b"{\"format\": \"pcc-response\", \"pcc_response\": \"caf\xe9\"}",
    )
    .unwrap();
    vec![
        (not_json, "not valid JSON"),
        (bad_date, "inspection.published"),
        (not_utf8, "UTF-8"),
        (dir.join("missing.json"), "does not exist"),
    ]
}

#[test]
fn bad_response_files_are_refused_with_one_line_and_import_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = database_with_office(dir.path());
    for (file, says) in bad_files(dir.path()) {
        let r = run(&["check".as_ref(), file.as_os_str()]);
        assert!(
            r.failed().contains(says),
            "check {}: {r:#?}",
            file.display()
        );
        let r = import(&file, &db);
        assert!(
            r.failed().contains(says),
            "import {}: {r:#?}",
            file.display()
        );
        let r = run(&[
            "export".as_ref(),
            file.as_os_str(),
            "--office".as_ref(),
            office().as_os_str(),
            "--out".as_ref(),
            dir.path().join("out.docx").as_os_str(),
        ]);
        assert!(
            r.failed().contains(says),
            "export {}: {r:#?}",
            file.display()
        );
    }
    assert!(!dir.path().join("out.docx").exists());

    let r = run(&["list".as_ref(), "--db".as_ref(), db.as_os_str()]);
    assert_eq!(r.code, 0, "{r:#?}");
    assert_eq!(r.stdout, "No responses yet.\n");
}

#[test]
fn a_failed_import_creates_no_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("responses.db");
    let files = bad_files(dir.path());
    let before = listing(dir.path());
    for (file, _) in files {
        import(&file, &db).failed();
    }
    assert_eq!(listing(dir.path()), before);
}

#[test]
fn bad_usage_exits_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let (form, office) = (form(), office());
    let (form, office) = (form.to_str().unwrap(), office.to_str().unwrap());
    let out = dir.path().join("out.docx");
    let out = out.to_str().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&[], "no command given"),
        (&["frobnicate"], "unknown command \"frobnicate\""),
        (&["export", form, "--office", office], "--out is required"),
        (
            &["export", "--office", office, "--out", out],
            "RESPONSE.json is missing",
        ),
        (
            &[
                "export", form, "--office", office, "--out", out, "--out", out,
            ],
            "more than once",
        ),
        (
            &["check", form, "--colour", "blue"],
            "--colour is not an option",
        ),
        (
            &["check", form, "--today", "12/08/2025"],
            "--today: expected a date",
        ),
        (
            &["check", form, "--today", "2024-02-30"],
            "--today: expected a date",
        ),
        (&["check", form, "--today"], "--today needs a value"),
        (&["check", form, form], "unexpected argument"),
        (&["list"], "--db is required"),
        (
            &["show", "first", "--db", out],
            "ID: expected a whole number, found \"first\"",
        ),
        (&["export", "--office"], "--office needs a value"),
        (&["check", form, "--force"], "--force is not an option"),
        (
            &[
                "export", form, "--office", office, "--out", out, "--force", "--force",
            ],
            "--force is given more than once",
        ),
    ];
    for (args, says) in cases {
        let r = run(args);
        assert!(r.failed().contains(says), "{args:?}: {r:#?}");
    }
    assert!(listing(dir.path()).is_empty(), "nothing was written");
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_answered_not_panicked_on() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"caf\xe9.json"));
    let r = run(&["check".as_ref(), name.as_os_str()]);
    assert!(r.failed().contains("does not exist"), "{r:#?}");
}

#[test]
fn help_prints_the_usage_and_succeeds() {
    for help in ["help", "--help", "-h"] {
        let r = run(&[help]);
        assert_eq!(r.code, 0, "{r:#?}");
        assert!(r.stdout.contains("Usage: pcc-response <COMMAND>"), "{r:#?}");
        for command in ["export", "check", "import", "list", "show"] {
            assert!(
                r.stdout
                    .lines()
                    .any(|l| l.trim_start().starts_with(command)),
                "{command} is listed: {r:#?}"
            );
        }
        assert!(r
            .stdout
            .contains("Exit status: 0 success, 1 the response has errors"));
        assert_eq!(r.stderr, "");
    }
}

/// Each command's help names its arguments, on standard output, with success.
#[test]
fn each_command_has_its_own_help() {
    let commands: &[(&str, &[&str])] = &[
        (
            "export",
            &[
                "RESPONSE.json",
                "--office",
                "--out",
                "--force",
                "--ordinal-dates",
                "--today",
            ],
        ),
        ("check", &["RESPONSE.json", "--office", "--today"]),
        ("import", &["FILE.json", "--db"]),
        ("list", &["--db", "--today"]),
        ("show", &["ID", "--db"]),
    ];
    for (command, names) in commands {
        let asked = [
            run(&[command, "--help"]),
            run(&[command, "-h"]),
            run(&["help", command]),
        ];
        for r in asked {
            assert_eq!(r.code, 0, "{command}: {r:#?}");
            assert_eq!(r.stderr, "", "{command}: {r:#?}");
            assert!(
                r.stdout.contains(&format!("Usage: pcc-response {command}")),
                "{command}: {r:#?}"
            );
            for name in *names {
                assert!(r.stdout.contains(name), "{command} names {name}: {r:#?}");
            }
        }
    }
}

#[test]
fn version_prints_the_version_and_succeeds() {
    let r = run(&["--version"]);
    assert_eq!(r.code, 0, "{r:#?}");
    assert_eq!(
        r.stdout,
        format!("pcc-response {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(r.stderr, "");
}

/// An unknown option is bad usage whichever command it is given to, and the line says
/// where to read the command's help.
#[test]
fn an_unknown_option_exits_2_and_points_to_the_commands_help() {
    for command in ["export", "check", "import", "list", "show"] {
        let r = run(&[command, "--colour"]);
        let line = r.failed();
        assert!(
            line.contains("--colour is not an option"),
            "{command}: {line}"
        );
        assert!(
            line.ends_with(&format!("(see pcc-response {command} --help)")),
            "{command}: {line}"
        );
    }
    let r = run(&["--colour"]);
    assert!(r.failed().contains("--colour is not an option"), "{r:#?}");
}

//! `pcc-response progress-report`, as a user runs it: the report written and recorded, and
//! each mistake refused with one line naming the option, exit status 2, and nothing written.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::listing;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// Exit status, standard output and standard error of one run.
fn run(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pcc-response"))
        .args(args)
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (
        out.status.code().unwrap(),
        text(out.stdout),
        text(out.stderr),
    )
}

/// A database in `dir` with the office and the 2025 PEEL response imported by the tool.
fn database(dir: &Path) -> PathBuf {
    let db = dir.join("responses.db");
    for file in [
        "exampleshire-office.json",
        "exampleshire-2025-response.pccr",
    ] {
        let path = fixtures().join(file);
        let (code, _, err) = run(&[
            "import".as_ref(),
            path.as_os_str(),
            "--db".as_ref(),
            db.as_os_str(),
        ]);
        assert_eq!(code, 0, "{err}");
    }
    db
}

/// `progress-report --db DB --out OUT --today 2026-11-30` and `more`.
fn report(db: &Path, out: &Path, more: &[&str]) -> (i32, String, String) {
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "progress-report".as_ref(),
        "--db".as_ref(),
        db.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--today".as_ref(),
        "2026-11-30".as_ref(),
    ];
    args.extend(more.iter().map(std::ffi::OsStr::new));
    run(&args)
}

/// The one line of a refusal, after checking that it is one: status 2, nothing on
/// standard output.
fn refused((code, out, err): (i32, String, String)) -> String {
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    err.trim_end().to_string()
}

#[test]
fn writes_the_report_and_records_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let out = dir.path().join("panel.docx");
    let (code, stdout, err) = report(&db, &out, &["--as-of", "2026-11-30"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        stdout,
        format!(
            "Wrote the progress report of All inspections at 30 November 2026 (20 items, {} \
             open) to {}\n",
            open_items(&db),
            out.display()
        )
    );
    assert!(std::fs::read(&out).unwrap().starts_with(b"PK"));
    let conn = rusqlite::Connection::open(&db).unwrap();
    let recorded: (String, String) = conn
        .query_row("SELECT as_of, scope FROM progress_reports", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(recorded, ("2026-11-30".into(), "all".into()));

    // Not over the same file without --force; one inspection, or one type, with it.
    let line = refused(report(&db, &out, &["--as-of", "2026-11-30"]));
    assert!(line.contains("already exists"), "{line}");
    let (code, stdout, err) = report(
        &db,
        &out,
        &["--as-of", "2026-11-30", "--inspection", "1", "--force"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        stdout.starts_with("Wrote the progress report of PEEL 2025: An inspection"),
        "{stdout}"
    );
    let (code, stdout, err) = report(
        &db,
        &out,
        &["--as-of", "2026-11-30", "--type", "PEEL", "--force"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        stdout.starts_with("Wrote the progress report of PEEL inspections"),
        "{stdout}"
    );
    let scopes: Vec<String> = conn
        .prepare("SELECT scope FROM progress_reports ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(scopes, ["all", "inspection:1", "type:PEEL"]);
}

/// How many of the database's items are open, as the fixture has them.
fn open_items(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT count(*) FROM item_tracking WHERE status IN ('awaiting_review', 'being_progressed')",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn a_wrong_date_names_as_of() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let out = dir.path().join("panel.docx");
    for bad in ["2026-02-30", "30/11/2026"] {
        let line = refused(report(&db, &out, &["--as-of", bad]));
        assert_eq!(
            line,
            format!(
                "pcc-response: --as-of: expected a date like 2024-11-19, found {bad:?} (see \
                 pcc-response progress-report --help)"
            )
        );
    }
    let line = refused(report(&db, &out, &["--as-of", "2026-12-01"]));
    assert_eq!(
        line,
        "pcc-response: --as-of: is 1 December 2026, which is after today (30 November 2026); a \
         progress report gives the position on a day that has come. Choose today or an \
         earlier day."
    );
    let line = refused(report(&db, &out, &[]));
    assert!(line.contains("--as-of is required"), "{line}");
    assert_eq!(listing(dir.path()), ["responses.db"], "no document written");
}

#[test]
fn an_unknown_inspection_or_type_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let out = dir.path().join("panel.docx");
    let line = refused(report(
        &db,
        &out,
        &["--as-of", "2026-11-30", "--inspection", "42"],
    ));
    assert_eq!(line, "pcc-response: There is no response with id 42.");
    let line = refused(report(
        &db,
        &out,
        &["--as-of", "2026-11-30", "--type", "Peel"],
    ));
    assert!(
        line.starts_with("pcc-response: --type: expected one of \"PEEL\", "),
        "{line}"
    );
    let both = [
        "--as-of",
        "2026-11-30",
        "--type",
        "PEEL",
        "--inspection",
        "1",
    ];
    let line = refused(report(&db, &out, &both));
    assert!(line.contains("cannot be given with"), "{line}");
    assert!(!out.exists());
    let missing = dir.path().join("none.db");
    let line = refused(report(&missing, &out, &["--as-of", "2026-11-30"]));
    assert!(line.contains("none.db does not exist"), "{line}");
    assert!(
        !missing.exists(),
        "no database is made just to be found empty"
    );
}

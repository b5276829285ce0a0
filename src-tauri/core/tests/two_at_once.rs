//! The app and the command-line tool on one database at the same moment: the app's saves
//! (through the same core functions its commands call) and the tool's imports and lists run
//! together from a database that does not exist yet. Every operation succeeds, waiting its
//! turn (busy timeout, short transactions), and the database ends whole with every record.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;

use chrono::NaiveDate;
use pcc_core::store::{self, ResponseId};
use pcc_core::{file, DocumentKind, Response};

/// How many responses the tool imports while the app saves.
const IMPORTS: usize = 40;
/// The fewest saves the app makes; it keeps saving until the tool has finished.
const SAVES: usize = 300;

fn cli(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pcc-response"))
        .args(args)
        .output()
        .unwrap()
}

fn imported(n: usize) -> Response {
    let mut r = Response::new(DocumentKind::Letter, &["Published.".into()]);
    r.inspection.title = format!("Imported {n}");
    r.pcc_response = format!("Imported by the command-line tool, number {n}. ").repeat(50);
    r
}

#[test]
fn the_app_and_the_command_line_tool_share_a_database_safely() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("responses.sqlite3");
    let files: Vec<_> = (0..IMPORTS)
        .map(|n| {
            let path = dir.path().join(format!("import-{n}.json"));
            std::fs::write(&path, file::write_response(&imported(n))).unwrap();
            path
        })
        .collect();

    let tool_done = Arc::new(AtomicBool::new(false));
    let tool = {
        let (db, done) = (db.clone(), tool_done.clone());
        thread::spawn(move || {
            // Set when this side ends, even by a failed assertion, so the app's side stops.
            let _done = SetOnDrop(done);
            for path in &files {
                let out = cli(&[
                    "import".as_ref(),
                    path.as_os_str(),
                    "--db".as_ref(),
                    db.as_os_str(),
                ]);
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert!(out.status.success(), "import failed: {stderr}");
                let out = cli(&["list".as_ref(), "--db".as_ref(), db.as_os_str()]);
                assert!(
                    out.status.success(),
                    "list failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        })
    };
    let app = {
        let db = db.clone();
        thread::spawn(move || app_saves(&db, &tool_done))
    };
    tool.join().expect("the command-line tool's side");
    let (id, last, saves) = app.join().expect("the app's side");

    let conn = store::open(&db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    assert_eq!(store::read_response(&conn, id).unwrap(), last);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let list = store::list_responses(&conn, today).unwrap();
    assert_eq!(
        list.len(),
        IMPORTS + 1,
        "every import and the app's response"
    );
    for summary in list.iter().filter(|s| s.id != id) {
        let r = store::read_response(&conn, summary.id).unwrap();
        let n: usize = r.inspection.title["Imported ".len()..].parse().unwrap();
        assert_eq!(r, imported(n));
    }
    eprintln!("two at once: {IMPORTS} imports and {saves} saves together, database whole");
}

struct SetOnDrop(Arc<AtomicBool>);

impl Drop for SetOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// The app's side: opens the database as the app does and keeps saving one response until
/// the tool has finished; returns it, as last saved, and how many saves there were.
fn app_saves(db: &Path, tool_done: &AtomicBool) -> (ResponseId, Response, usize) {
    let conn = store::open(db).unwrap();
    let mut r = Response::new(DocumentKind::Form, &[]);
    r.inspection.title = "Drafted in the app".into();
    let id = store::create_response(&conn, &r).unwrap();
    let start = NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(8, 0, 0)
        .unwrap();
    let mut n = 0;
    while n < SAVES || !tool_done.load(Ordering::SeqCst) {
        r.pcc_response = format!("Typed {n}. ").repeat(n % 30 + 1);
        let now = start + chrono::TimeDelta::seconds(n as i64 * 20);
        store::save_response(&conn, id, &r, now).unwrap();
        store::list_responses(&conn, now.date()).unwrap();
        n += 1;
    }
    (id, r, n)
}

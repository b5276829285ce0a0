//! Crash safety, proven: a process that keeps saving responses is killed with SIGKILL at
//! random moments, [`KILLS`] times. After every kill the database opens, SQLite's integrity
//! check says ok, and each response is wholly its last saved version or wholly the one being
//! saved when the kill came: never a mix of two, never gone.
//!
//! The saving process is this test binary started again with `PCC_CRASH_CHILD_DB` set. It
//! saves "generations": generation `g` rewrites response `g % RESPONSES + 1` so that every
//! field and every list (their lengths too) says `g`, and after each commit it prints `g`.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use pcc_core::store::{self, ResponseId};
use pcc_core::{ChecklistEntry, DocumentKind, Grade, GradedJudgement, Item, Response, Status};

/// How many times the saving process is killed.
const KILLS: usize = 200;
/// How many responses it saves in turn.
const RESPONSES: i64 = 5;
const CHILD: &str = "PCC_CRASH_CHILD_DB";

/// Generation `g`'s response: every part of it says `g`, and its lists' lengths depend on it.
fn generation(g: u64) -> Response {
    let mut r = Response::new(DocumentKind::Form, &[]);
    let mark = format!("gen {g}");
    r.inspection.title = mark.clone();
    r.status = Status::ALL[(g / 7 % 4) as usize];
    r.key_findings = format!("{mark}. ").repeat((g % 40 + 1) as usize);
    r.pcc_response = format!("{mark}: I am pleased. 🚓 ").repeat((g % 90 + 1) as usize);
    r.areas_for_improvement = (0..g % 9 + 1)
        .map(|i| Item {
            text: format!("{mark} area {i}"),
            response: Some(format!("{mark} answer {i}")),
            tracking: Default::default(),
        })
        .collect();
    r.grades = (0..g % 4)
        .map(|i| GradedJudgement {
            grade: Grade::Good,
            area: format!("{mark} grade {i}"),
        })
        .collect();
    r.checklist = (0..g % 3 + 1)
        .map(|i| ChecklistEntry::new(format!("{mark} step {i}")))
        .collect();
    r
}

fn generation_of(r: &Response) -> u64 {
    let g = r.inspection.title.strip_prefix("gen ").unwrap();
    g.parse()
        .unwrap_or_else(|_| panic!("title {:?}", r.inspection.title))
}

fn id_of(g: u64) -> ResponseId {
    ResponseId(g as i64 % RESPONSES + 1)
}

/// The times the saves claim, a minute apart, so that a version is kept every few saves.
fn time_of(g: u64) -> NaiveDateTime {
    let start = NaiveDate::from_ymd_opt(2026, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    start + TimeDelta::minutes(g as i64)
}

/// The saving process: never returns; it is killed.
fn child(db: &Path) -> ! {
    let conn = store::open(db).unwrap();
    let mut out = std::io::stdout().lock();
    let mut next = 0;
    for id in 1..=RESPONSES {
        match store::read_response(&conn, ResponseId(id)) {
            Ok(r) => next = next.max(generation_of(&r) + 1),
            Err(_) => {
                let made = store::create_response(&conn, &generation(id as u64 - 1)).unwrap();
                assert_eq!(made, ResponseId(id));
                next = next.max(id as u64);
                writeln!(out, "{}", id - 1).unwrap();
                out.flush().unwrap();
            }
        }
    }
    for g in next.. {
        store::save_response(&conn, id_of(g), &generation(g), time_of(g)).unwrap();
        writeln!(out, "{g}").unwrap();
        out.flush().unwrap();
    }
    unreachable!()
}

/// A small, seeded random number generator (xorshift), so that a failing run can be repeated.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn saving_survives_being_killed_at_any_moment() {
    if let Some(db) = std::env::var_os(CHILD) {
        child(Path::new(&db));
    }
    let seed = std::env::var("PCC_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
            now.unwrap().as_nanos() as u64 | 1
        });
    eprintln!("crash safety: seed {seed} (set PCC_CRASH_SEED to repeat)");
    let mut random = Random(seed);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("responses.sqlite3");
    // The last generation acknowledged for each response, once it has one.
    let mut acked: Vec<Option<u64>> = vec![None; RESPONSES as usize];
    let mut saves = 0;
    let mut unsaid = 0;
    // The newest generation known to be committed.
    let mut last: Option<u64> = None;

    for kill in 1..=KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "saving_survives_being_killed_at_any_moment",
                "--nocapture",
            ])
            .env(CHILD, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(2_000 + random.below(60_000)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();

        for line in BufReader::new(child.stdout.take().unwrap()).lines() {
            let Ok(g) = line.unwrap().trim().parse::<u64>() else {
                continue; // the test harness's own lines
            };
            acked[(id_of(g).0 - 1) as usize] = Some(g);
            last = Some(g);
            saves += 1;
        }

        let conn = store::open(&db)
            .unwrap_or_else(|e| panic!("kill {kill}: the database does not open: {e}"));
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .unwrap();
        assert_eq!(check, "ok", "kill {kill}");
        let orphans = conn
            .prepare("PRAGMA foreign_key_check")
            .unwrap()
            .exists([])
            .unwrap();
        assert!(!orphans, "kill {kill}: rows without their response");

        // The save under way when the kill came: the generation after the last acknowledged.
        let in_flight = last.map_or(0, |g| g + 1);
        for index in 0..RESPONSES {
            let id = ResponseId(index + 1);
            let found = match (acked[index as usize], store::read_response(&conn, id)) {
                (None, Err(pcc_core::Error::NotFound(_))) => continue,
                (Some(g), Err(e)) => panic!("kill {kill}: response {id} (gen {g}) gone: {e}"),
                (_, Err(e)) => panic!("kill {kill}: response {id}: {e}"),
                (acked, Ok(r)) => {
                    let found = generation_of(&r);
                    assert!(
                        Some(found) == acked || (found == in_flight && id_of(found) == id),
                        "kill {kill}: response {id} is gen {found}, expected {acked:?} or \
                         {in_flight}"
                    );
                    assert_eq!(r, generation(found), "kill {kill}: response {id} is a mix");
                    found
                }
            };
            if found == in_flight {
                // Committed, but killed before it could say so.
                unsaid += 1;
                acked[index as usize] = Some(found);
                last = Some(found);
            }
        }
        let newest = conn
            .query_row("SELECT max(id) FROM versions", [], |row| {
                row.get::<_, Option<i64>>(0)
            })
            .unwrap();
        if let Some(v) = newest {
            store::read_version(&conn, store::VersionId(v)).unwrap();
        }
    }
    assert!(
        acked.iter().all(Option::is_some),
        "every response was saved at least once"
    );
    eprintln!(
        "crash safety: {KILLS} kills survived, {saves} saves acknowledged \
         (and {unsaid} committed just before a kill), 0 records lost or mixed"
    );
}

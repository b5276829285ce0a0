use super::*;
use crate::store::{create_response, open, read_response, trash_response, ResponseId};
use crate::{DocumentKind, Office, Response};

fn at(day: u32, h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

fn titled(conn: &Connection, title: &str) -> ResponseId {
    let mut r = Response::new(DocumentKind::Form, &[]);
    r.inspection.title = title.into();
    create_response(conn, &r).unwrap()
}

fn titles(list: &[ResponseSummary]) -> Vec<&str> {
    list.iter().map(|s| s.title.as_str()).collect()
}

/// A database in `dir` holding `n` responses and an office.
fn database(dir: &Path, n: usize) -> (PathBuf, Connection) {
    let path = dir.join("responses.sqlite3");
    let conn = open(&path).unwrap();
    let mut office = Office::unset();
    office.area = "Norfolk".into();
    crate::store::write_office(&conn, &office).unwrap();
    for i in 0..n {
        titled(&conn, &format!("Report {i}"));
    }
    (path, conn)
}

/// A temporary folder holding a database of `n` responses and an office (see [`database`]):
/// the folder, the database's path, where its backups go (`backups`, not made yet), and the
/// connection.
fn in_a_folder(n: usize) -> (tempfile::TempDir, PathBuf, PathBuf, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    let (path, conn) = database(dir.path(), n);
    (dir, path, folder, conn)
}

/// Writes the write-ahead log into the database file and closes it, so that the file alone
/// holds everything, to be damaged on purpose.
fn close_whole(conn: Connection) {
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    drop(conn);
}

#[test]
fn a_backup_is_a_whole_plain_database_that_shows_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let (_, conn) = database(dir.path(), 3);
    trash_response(&conn, ResponseId(1), at(1, 9).date()).unwrap();
    let target = dir.path().join("chosen by the officer é.sqlite3");
    backup_to(&conn, &target).unwrap();

    assert_eq!(
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains("partial"))
            .count(),
        0
    );
    assert!(!with_suffix(&target, "-wal").exists());
    let plain = Connection::open(&target).unwrap();
    let mode: String = plain
        .query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    drop(plain);

    let contents = inspect_backup(&target, at(23, 9).date()).unwrap();
    assert_eq!(contents.office.as_deref(), Some("Norfolk"));
    assert_eq!(titles(&contents.responses), ["Report 1", "Report 2"]);
    assert_eq!(contents.in_trash, 1);
    assert_eq!(contents.schema_version, crate::store::SCHEMA_VERSION);
    assert_eq!(
        contents.made_at, None,
        "a name the officer chose has no time"
    );
}

#[test]
fn automatic_backups_keep_the_newest_and_skip_an_empty_database() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    let empty = open(&dir.path().join("empty.sqlite3")).unwrap();
    assert_eq!(
        backup_automatically(&empty, &folder, at(1, 9), 3).unwrap(),
        None
    );
    assert!(backup_due(&folder, at(1, 9)).unwrap());

    let (_, conn) = database(dir.path(), 1);
    for day in 1..=5 {
        let made = backup_automatically(&conn, &folder, at(day, 9), 3).unwrap();
        assert!(made.unwrap().ends_with(format!(
            "pcc-response-backup-2026-11-{day:02}-090000.sqlite3"
        )));
    }
    let kept = list_backups(&folder).unwrap();
    let days: Vec<u32> = kept
        .iter()
        .map(|b| chrono::Datelike::day(&b.made_at))
        .collect();
    assert_eq!(days, [5, 4, 3], "newest first, the newest three kept");
    assert!(kept.iter().all(|b| b.size > 0 && !b.before_restore));

    assert!(
        !backup_due(&folder, at(6, 8)).unwrap(),
        "23 hours after the last"
    );
    assert!(backup_due(&folder, at(6, 9)).unwrap());

    // Files the app did not make are left alone and not listed.
    std::fs::write(folder.join("notes.txt"), "mine").unwrap();
    std::fs::write(folder.join("pcc-response-backup-soon.sqlite3"), "x").unwrap();
    backup_automatically(&conn, &folder, at(6, 9), 1).unwrap();
    assert_eq!(list_backups(&folder).unwrap().len(), 1);
    assert!(folder.join("notes.txt").exists());
    assert!(folder.join("pcc-response-backup-soon.sqlite3").exists());
}

#[test]
fn restoring_replaces_everything_after_keeping_what_was_there() {
    let (_dir, path, folder, mut conn) = in_a_folder(2);
    let backup = backup_automatically(&conn, &folder, at(1, 9), 14)
        .unwrap()
        .unwrap();
    titled(&conn, "Written after the backup");
    crate::store::delete_response(&conn, ResponseId(1)).unwrap();

    let before = restore_backup(&mut conn, &backup, &folder, at(2, 9)).unwrap();
    let today = at(2, 9).date();
    assert_eq!(
        titles(&list_responses(&conn, today).unwrap()),
        ["Report 0", "Report 1"]
    );
    assert!(read_response(&conn, ResponseId(1)).is_ok());
    let saved = inspect_backup(&before, today).unwrap();
    assert_eq!(
        titles(&saved.responses),
        ["Report 1", "Written after the backup"]
    );
    assert!(list_backups(&folder).unwrap()[0].before_restore);

    // The restored database is whole, in WAL mode, and takes new work.
    drop(conn);
    assert_eq!(check_health(&path).unwrap(), Health::Good);
    let conn = open(&path).unwrap();
    let id = titled(&conn, "After the restore");
    assert_eq!(
        read_response(&conn, id).unwrap().inspection.title,
        "After the restore"
    );
}

#[test]
fn a_file_that_is_not_a_backup_is_refused_and_nothing_changes() {
    let (dir, _, folder, mut conn) = in_a_folder(2);
    let today = at(2, 9).date();
    let other = dir.path().join("other.sqlite3");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('hi');")
        .unwrap();
    let cases = [
        (
            "text.sqlite3",
            b"not a database at all, just some text".repeat(200),
        ),
        ("empty.sqlite3", Vec::new()),
        ("other.sqlite3", std::fs::read(&other).unwrap()),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(format!("x-{name}"));
        std::fs::write(&path, &bytes).unwrap();
        let err = inspect_backup(&path, today).unwrap_err();
        assert!(matches!(err, Error::NotADatabase(_)), "{name}: {err}");
        assert!(err.to_string().contains("Choose another backup"), "{err}");
        let err = restore_backup(&mut conn, &path, &folder, at(2, 9)).unwrap_err();
        assert!(matches!(err, Error::NotADatabase(_)), "{name}: {err}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} untouched");
    }
    let missing = inspect_backup(&dir.path().join("gone.sqlite3"), today).unwrap_err();
    assert!(missing.to_string().contains("does not exist."), "{missing}");
    assert_eq!(list_responses(&conn, today).unwrap().len(), 2);
    assert_eq!(
        list_backups(&folder).unwrap(),
        [],
        "no safety copy for a refused restore"
    );
}

#[test]
fn a_backup_from_a_newer_app_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite3");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE responses (x TEXT); PRAGMA user_version = 99;")
        .unwrap();
    drop(conn);
    let err = inspect_backup(&path, at(1, 9).date()).unwrap_err();
    assert!(
        matches!(err, Error::NewerDatabase { found: 99, .. }),
        "{err}"
    );
}

/// Overwrites `len` bytes of the file at `offset` with a pattern SQLite cannot read.
fn scribble(path: &Path, offset: u64, len: usize) {
    use std::io::{Seek, SeekFrom, Write};
    let mut file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    file.seek(SeekFrom::Start(offset)).unwrap();
    file.write_all(&vec![0xA5; len]).unwrap();
}

#[test]
fn a_damaged_database_is_found_moved_aside_whole_and_a_good_backup_offered() {
    let (_dir, path, folder, conn) = in_a_folder(200);
    backup_automatically(&conn, &folder, at(1, 9), 14).unwrap();
    close_whole(conn);
    assert_eq!(check_health(&path).unwrap(), Health::Good);

    // Pages in the middle of the file overwritten: the file opens, the check finds it.
    let len = std::fs::metadata(&path).unwrap().len();
    scribble(&path, len / 2 / 4096 * 4096, 3 * 4096);
    let damaged_bytes = std::fs::read(&path).unwrap();
    let Health::Damaged(problem) = check_health(&path).unwrap() else {
        panic!("damage not found");
    };
    assert!(!problem.is_empty());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        damaged_bytes,
        "checking changes nothing"
    );

    let aside = move_aside(&path, at(2, 8)).unwrap();
    assert!(!path.exists());
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        damaged_bytes,
        "kept, never deleted"
    );
    assert!(aside.ends_with("responses.damaged-2026-11-02-080000.sqlite3"));

    let offered = newest_good_backup(&folder, at(2, 8).date())
        .unwrap()
        .unwrap();
    assert_eq!(offered.responses.len(), 200);
    assert_eq!(check_health(&path).unwrap(), Health::Missing);
}

#[test]
fn a_file_with_a_ruined_header_is_damaged_and_a_damaged_backup_is_passed_over() {
    let (_dir, path, folder, conn) = in_a_folder(5);
    backup_automatically(&conn, &folder, at(1, 9), 14).unwrap();
    titled(&conn, "Only in the newer backup");
    backup_automatically(&conn, &folder, at(2, 9), 14).unwrap();
    close_whole(conn);

    scribble(&path, 0, 100);
    assert!(matches!(check_health(&path).unwrap(), Health::Damaged(_)));

    let newest = &list_backups(&folder).unwrap()[0];
    scribble(&newest.path, 0, 100);
    let offered = newest_good_backup(&folder, at(3, 9).date())
        .unwrap()
        .unwrap();
    assert_eq!(
        offered.made_at,
        Some(at(1, 9)),
        "the damaged newer one is passed over"
    );
    assert_eq!(offered.responses.len(), 5);
}

#[test]
fn the_window_chooses_a_backup_only_by_a_listed_name_or_a_token_handed_out() {
    let (dir, path, folder, conn) = in_a_folder(1);
    let kept = backup_automatically(&conn, &folder, at(1, 9), 14)
        .unwrap()
        .unwrap();
    let name = kept.file_name().unwrap().to_string_lossy().into_owned();
    let handed = HandedOut::default();
    let other = dir.path().join("another.sqlite3");
    backup_to(&conn, &other).unwrap();

    let listed = list_backups(&folder).unwrap();
    assert_eq!(listed[0].name, name);
    assert_eq!(
        BackupChoice::Kept(name.clone())
            .path(&folder, &handed)
            .unwrap(),
        kept
    );
    let chosen = inspect_chosen_backup(&other, &handed, at(1, 9).date()).unwrap();
    let BackupChoice::Chosen(token) = chosen.choice else {
        panic!("a chosen backup is named by a token: {:?}", chosen.choice);
    };
    assert_eq!(
        BackupChoice::Chosen(token).path(&folder, &handed).unwrap(),
        other
    );

    // A path, a name outside the folder, the database itself, a token never handed out.
    let refused = [
        BackupChoice::Kept("/etc/passwd".into()),
        BackupChoice::Kept(other.display().to_string()),
        BackupChoice::Kept(format!(
            "../{}",
            path.file_name().unwrap().to_string_lossy()
        )),
        BackupChoice::Kept(format!("./{name}")),
        BackupChoice::Kept(String::new()),
        BackupChoice::Chosen(handed.written(&path).token),
    ];
    for choice in refused {
        let err = choice.path(&folder, &handed).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::NotOffered, "{choice:?}");
    }
    let json = serde_json::json!({ "kind": "chosen", "value": "/etc/passwd" });
    assert!(serde_json::from_value::<BackupChoice>(json).is_err());
}

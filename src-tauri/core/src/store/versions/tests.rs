use chrono::NaiveDate;

use super::*;
use crate::store::{
    create_response, delete_response, open_in_memory, read_response, save_response, status_dates,
    trash_response,
};
use crate::{DocumentKind, Status};

/// 23 November 2026 at `h:m`.
fn at(h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

fn draft(conn: &Connection) -> (ResponseId, Response) {
    let mut r = Response::new(DocumentKind::Form, &["Sent to the Home Office.".into()]);
    r.inspection.title = "PEEL 2025".into();
    (create_response(conn, &r).unwrap(), r)
}

fn typed(r: &Response, text: &str) -> Response {
    Response {
        pcc_response: text.into(),
        ..r.clone()
    }
}

fn marked(r: &Response, status: Status) -> Response {
    Response {
        status,
        ..r.clone()
    }
}

/// A draft saved at 9:00 with `first` as its PCC response, then saved ready for signature
/// with `last` at `ready_at`: its id, the draft as it was created, and the ready response.
fn drafted_then_ready(
    conn: &Connection,
    first: &str,
    last: &str,
    ready_at: NaiveDateTime,
) -> (ResponseId, Response, Response) {
    let (id, r) = draft(conn);
    save_response(conn, id, &typed(&r, first), at(9, 0)).unwrap();
    let ready = marked(&typed(&r, last), Status::Ready);
    save_response(conn, id, &ready, ready_at).unwrap();
    (id, r, ready)
}

fn kinds(conn: &Connection, id: ResponseId) -> Vec<(VersionKind, Option<String>)> {
    let list = list_versions(conn, id).unwrap();
    list.into_iter().map(|v| (v.kind, v.detail)).collect()
}

#[test]
fn while_typing_a_version_is_kept_at_most_every_five_minutes() {
    let conn = open_in_memory().unwrap();
    let (id, r) = draft(&conn);
    assert_eq!(list_versions(&conn, id).unwrap(), []);

    save_response(&conn, id, &typed(&r, "I"), at(9, 0)).unwrap();
    save_response(&conn, id, &typed(&r, "I am"), at(9, 2)).unwrap();
    save_response(&conn, id, &typed(&r, "I am pleased"), at(9, 4)).unwrap();
    let history = list_versions(&conn, id).unwrap();
    assert_eq!(history.len(), 1, "{history:?}");
    assert_eq!(history[0].saved_at, at(9, 0));
    assert_eq!(read_version(&conn, history[0].id).unwrap(), typed(&r, "I"));

    save_response(&conn, id, &typed(&r, "I am pleased."), at(9, 5)).unwrap();
    let history = list_versions(&conn, id).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].saved_at, at(9, 5), "newest first");
    assert_eq!(history[0].kind, VersionKind::Edit);
    assert_eq!(
        read_version(&conn, history[0].id).unwrap().pcc_response,
        "I am pleased."
    );

    // Nothing new to keep: the same text saved again much later.
    save_response(&conn, id, &typed(&r, "I am pleased."), at(11, 0)).unwrap();
    assert_eq!(list_versions(&conn, id).unwrap().len(), 2);
}

#[test]
fn each_status_change_and_export_is_a_version() {
    let conn = open_in_memory().unwrap();
    let (id, _, ready) = drafted_then_ready(&conn, "Text.", "Text.", at(9, 1));
    record_export(&conn, id, at(9, 2), "Norfolk PCC response.docx").unwrap();
    save_response(&conn, id, &marked(&ready, Status::Signed), at(9, 3)).unwrap();

    assert_eq!(
        kinds(&conn, id),
        [
            (VersionKind::Status, Some("signed".into())),
            (
                VersionKind::Export,
                Some("Norfolk PCC response.docx".into())
            ),
            (VersionKind::Status, Some("ready".into())),
            (VersionKind::Edit, None),
        ]
    );
    let exported = list_versions(&conn, id).unwrap()[1].id;
    assert_eq!(read_version(&conn, exported).unwrap(), ready);
}

#[test]
fn restoring_brings_a_version_back_and_can_itself_be_undone() {
    let conn = open_in_memory().unwrap();
    let (id, r, ready) = drafted_then_ready(&conn, "First draft.", "Final text.", at(10, 0));
    // Typed within five minutes of the last version: not yet kept.
    let latest = typed(&ready, "Final text, with a late change.");
    save_response(&conn, id, &latest, at(10, 2)).unwrap();
    let first = list_versions(&conn, id).unwrap().pop().unwrap();

    let restored = restore_version(&conn, id, first.id, at(10, 3)).unwrap();
    assert_eq!(restored, typed(&r, "First draft."));
    assert_eq!(read_response(&conn, id).unwrap(), restored);
    let history = list_versions(&conn, id).unwrap();
    assert_eq!(
        kinds(&conn, id)[..2],
        [
            (VersionKind::Restore, Some("2026-11-23 09:00:00".into())),
            (VersionKind::Edit, None),
        ]
    );
    assert_eq!(
        read_version(&conn, history[1].id).unwrap(),
        latest,
        "the text as it stood before the restore is kept"
    );
    let back_to_draft = status_dates(&conn, id).unwrap();
    assert_eq!(back_to_draft[0].status, Status::Draft);

    // Undo the restore.
    restore_version(&conn, id, history[1].id, at(10, 4)).unwrap();
    assert_eq!(read_response(&conn, id).unwrap(), latest);
    assert_eq!(
        list_versions(&conn, id).unwrap().len(),
        history.len() + 1,
        "the text restored over was already a version, so only the restore is added"
    );
}

#[test]
fn versions_belong_to_their_response_and_go_with_it() {
    let conn = open_in_memory().unwrap();
    let (a, r) = draft(&conn);
    let (b, _) = draft(&conn);
    save_response(&conn, a, &typed(&r, "A."), at(9, 0)).unwrap();
    let version = list_versions(&conn, a).unwrap()[0].id;

    let wrong = restore_version(&conn, b, version, at(9, 1));
    assert!(matches!(wrong, Err(Error::NoVersion(v)) if v == version.0));
    assert!(matches!(
        list_versions(&conn, ResponseId(99)),
        Err(Error::NotFound(99))
    ));

    trash_response(&conn, a, at(9, 2).date()).unwrap();
    assert_eq!(
        list_versions(&conn, a).unwrap().len(),
        1,
        "kept in the trash"
    );
    delete_response(&conn, a).unwrap();
    assert!(matches!(
        read_version(&conn, version),
        Err(Error::NoVersion(_))
    ));
    let left: i64 = conn
        .query_row("SELECT count(*) FROM versions", [], |row| row.get(0))
        .unwrap();
    assert_eq!(left, 0);
}

#[test]
fn a_failed_restore_changes_nothing() {
    let conn = open_in_memory().unwrap();
    let (id, r) = draft(&conn);
    save_response(&conn, id, &typed(&r, "Old."), at(9, 0)).unwrap();
    save_response(&conn, id, &typed(&r, "New."), at(9, 1)).unwrap();
    let version = list_versions(&conn, id).unwrap()[0].id;
    conn.execute_batch(
        "CREATE TEMP TRIGGER boom BEFORE INSERT ON versions WHEN NEW.kind = 'restore'
         BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
    )
    .unwrap();
    assert!(restore_version(&conn, id, version, at(9, 2)).is_err());
    assert_eq!(read_response(&conn, id).unwrap(), typed(&r, "New."));
    assert_eq!(list_versions(&conn, id).unwrap().len(), 1);
}

#[test]
fn a_version_kept_as_a_version_1_file_is_read_and_restored() {
    let conn = open_in_memory().unwrap();
    let (id, r) = draft(&conn);
    let version_1 = r#"{"format": "pcc-response", "version": 1, "document": "form",
        "status": "draft", "inspection": {"title": "PEEL 2017", "type": "PEEL"},
        "checklist": [{"item": "Sent to the Home Office.", "done_on": "2017-11-20"},
                      {"item": "Published.", "done_on": null}]}"#;
    conn.execute(
        "INSERT INTO versions (response_id, saved_at, kind, content)
         VALUES (?1, '2017-11-21 09:00:00', 'edit', ?2)",
        rusqlite::params![id.0, version_1],
    )
    .unwrap();
    let kept = VersionId(conn.last_insert_rowid());
    let old = read_version(&conn, kept).unwrap();
    let day = NaiveDate::from_ymd_opt(2017, 11, 20);
    assert_eq!(old.inspection.title, "PEEL 2017");
    assert_eq!(
        old.checklist,
        [
            crate::ChecklistEntry::completed("Sent to the Home Office.", day),
            crate::ChecklistEntry::new("Published."),
        ]
    );
    restore_version(&conn, id, kept, at(10, 0)).unwrap();
    assert_eq!(read_response(&conn, id).unwrap(), old);
    assert_ne!(old, r);
}

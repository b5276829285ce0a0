//! Taking back edits from Word into a stored response: the response as it stands is kept in
//! its history first, then the sections the officer chose are saved, all in one transaction,
//! so that nothing is replaced without a way back.

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::versions::{insert, VersionKind};
use super::{read_response, save_response, writing, ResponseId};
use crate::word::{apply, SectionChoice, WordDocument};
use crate::{Response, Result};

/// The history's note on the version kept before edits from Word replace any text.
pub const BEFORE_TAKING_BACK: &str = "Before taking back edits from Word";

/// Takes the chosen sections of `doc` into response `id` (see [`apply`]) and returns the
/// response as now saved. In one transaction: the response as it stands is first kept as a
/// version (an edit, with [`BEFORE_TAKING_BACK`] as its detail), then the new text is saved
/// as any save is (its search index and status dates with it). A field over its limit is
/// kept as it was, as [`save_response`] keeps it; the returned response shows what was saved.
///
/// Errors: [`Error::NotFound`](crate::Error::NotFound) when there is no response with `id`;
/// then nothing has changed.
pub fn take_back(
    conn: &Connection,
    id: ResponseId,
    doc: &WordDocument,
    choices: &[SectionChoice],
    now: NaiveDateTime,
) -> Result<Response> {
    writing(conn, || {
        let current = read_response(conn, id)?;
        insert(
            conn,
            id,
            now,
            VersionKind::Edit,
            Some(BEFORE_TAKING_BACK),
            &current,
        )?;
        save_response(conn, id, &apply(&current, doc, choices), now)?;
        read_response(conn, id)
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::store::{create_response, list_versions, open_in_memory, read_version};
    use crate::word::{Section, Take};
    use crate::Error;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    fn edited_in_word(r: &Response) -> WordDocument {
        let mut original = r.clone();
        original.key_findings = "Rewritten in Word.".into();
        original.pcc_response = "Typed before the tracked change.".into();
        let mut accepted = original.clone();
        accepted.pcc_response = "With the tracked change.".into();
        WordDocument {
            accepted,
            original,
            notes: Vec::new(),
            tracked_changes: 1,
            comments: Vec::new(),
        }
    }

    #[test]
    fn the_text_as_it_was_is_kept_before_the_chosen_sections_are_saved() {
        let conn = open_in_memory().unwrap();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/exampleshire-2025-response.pccr");
        let before = crate::file::read_response_file(&path).unwrap();
        let id = create_response(&conn, &before).unwrap();
        let choices = [
            SectionChoice {
                section: Section::KeyFindings,
                take: Take::Accepted,
            },
            SectionChoice {
                section: Section::PccResponse,
                take: Take::Rejected,
            },
        ];

        let saved = take_back(&conn, id, &edited_in_word(&before), &choices, at(10, 0)).unwrap();
        assert_eq!(saved.key_findings, "Rewritten in Word.");
        assert_eq!(saved.pcc_response, "Typed before the tracked change.");
        assert_eq!(
            saved.chief_constable_response,
            before.chief_constable_response
        );
        assert_eq!(read_response(&conn, id).unwrap(), saved);

        let versions = list_versions(&conn, id).unwrap();
        let kept = versions
            .iter()
            .find(|v| v.detail.as_deref() == Some(BEFORE_TAKING_BACK))
            .expect("a version kept before taking back");
        assert_eq!(kept.kind, VersionKind::Edit);
        assert_eq!(kept.saved_at, at(10, 0));
        assert_eq!(read_version(&conn, kept.id).unwrap(), before);
    }

    #[test]
    fn a_response_that_is_not_there_is_refused_and_nothing_kept() {
        let conn = open_in_memory().unwrap();
        let r = Response::new(crate::DocumentKind::Form, &[]);
        let id = create_response(&conn, &r).unwrap();
        let missing = ResponseId(id.0 + 1);
        let err = take_back(&conn, missing, &edited_in_word(&r), &[], at(10, 0)).unwrap_err();
        assert!(matches!(err, Error::NotFound(n) if n == missing.0), "{err}");
        assert_eq!(list_versions(&conn, id).unwrap(), []);
        let count: i64 = conn
            .query_row("SELECT count(*) FROM versions", [], |row| row.get(0))
            .unwrap();
        assert_eq!(count, 0);
    }
}

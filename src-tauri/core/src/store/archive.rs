//! The office's archive brought in: a folder of past responses written in Word, each read
//! and kept as a published response, one transaction each, so that a document refused or an
//! import cancelled half way leaves every response already brought in whole and nothing
//! half written.

use std::ops::Deref;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::Serialize;

use super::{create_response, iso, reading, ResponseId};
use crate::word::read_word_file;
use crate::{Response, Result, Status};

/// How far an import of the archive has gone, for its progress bar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArchiveProgress {
    /// Documents dealt with so far.
    pub done: usize,
    /// Documents in all.
    pub total: usize,
    /// The document being read now ("" once all are done).
    pub current: String,
}

/// A document brought in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArchiveImported {
    /// The file's name.
    pub name: String,
    /// The response it became.
    pub id: ResponseId,
    /// The inspection it answers.
    pub title: String,
    /// How many pieces of text could not be placed and went to the nearest section.
    pub notes: usize,
}

/// A document refused, and why, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArchiveRefused {
    /// The file's name.
    pub name: String,
    /// Why it was not brought in, and what to do.
    pub reason: String,
}

/// What an import of the archive did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ArchiveSummary {
    /// The documents brought in, in the order read.
    pub imported: Vec<ArchiveImported>,
    /// The documents refused, with the reason for each.
    pub refused: Vec<ArchiveRefused>,
    /// How many documents were not read because the import was cancelled.
    pub not_read: usize,
}

/// Brings in each of `files` as a published response. Before each document, `progress` is
/// told how far the import has gone; when it answers `false` the import stops there, and
/// the documents not read are counted in the summary. A document the app cannot read, or
/// one whose response is already in the list (same title and date published), is refused
/// with its reason and the import goes on.
///
/// The database is asked for (`connect`) only to keep each document once read, so that a
/// window sharing it is not held up while a long archive is read.
pub fn import_archive<C: Deref<Target = Connection>>(
    files: &[PathBuf],
    mut connect: impl FnMut() -> C,
    mut progress: impl FnMut(&ArchiveProgress) -> bool,
) -> ArchiveSummary {
    let mut summary = ArchiveSummary::default();
    for (done, path) in files.iter().enumerate() {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let total = files.len();
        let current = name.clone();
        if !progress(&ArchiveProgress {
            done,
            total,
            current,
        }) {
            summary.not_read = total - done;
            break;
        }
        match bring_in(path, &mut connect) {
            Ok((id, title, notes)) => summary.imported.push(ArchiveImported {
                name,
                id,
                title,
                notes,
            }),
            Err(reason) => summary.refused.push(ArchiveRefused { name, reason }),
        }
    }
    let all = files.len();
    let done = all - summary.not_read;
    progress(&ArchiveProgress {
        done,
        total: all,
        current: String::new(),
    });
    summary
}

/// Reads one document and keeps it as a published response; the reason in words if not.
fn bring_in<C: Deref<Target = Connection>>(
    path: &Path,
    connect: impl FnOnce() -> C,
) -> std::result::Result<(ResponseId, String, usize), String> {
    let doc = read_word_file(path).map_err(|e| e.to_string())?;
    let mut response = doc.accepted;
    response.status = Status::Published;
    let conn = connect();
    if let Some(id) = same_response(&conn, &response).map_err(|e| e.to_string())? {
        return Err(format!(
            "The response to “{}” is already in the list (number {id}), so it was not \
             brought in again.",
            response.inspection.title
        ));
    }
    let id = create_response(&conn, &response).map_err(|e| e.to_string())?;
    Ok((id, response.inspection.title, doc.notes.len()))
}

/// A response in the list (not in the trash) to the same report: the same title, letter
/// case and spaces aside, and the same date published.
fn same_response(conn: &Connection, response: &Response) -> Result<Option<ResponseId>> {
    let title = response
        .inspection
        .title
        .split_whitespace()
        .collect::<Vec<_>>();
    let published = response.inspection.published.map(iso);
    reading(conn, || {
        let mut rows = conn.prepare_cached(
            "SELECT id, title FROM responses
             WHERE deleted_on IS NULL AND published IS ?1",
        )?;
        let found = rows
            .query_map([&published], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .find(|(_, t)| {
                t.split_whitespace()
                    .map(str::to_lowercase)
                    .eq(title.iter().map(|w| w.to_lowercase()))
            })
            .map(|(id, _)| ResponseId(id));
        Ok(found)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{list_responses, open_in_memory, read_response};
    use crate::word::archive_files;
    use chrono::NaiveDate;

    /// A folder holding two documents made without the app, an old `.doc`, a damaged
    /// `.docx`, and the first document again under another name.
    fn archive() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let word = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/word");
        let copy = |from: &str, to: &str| std::fs::copy(word.join(from), dir.path().join(to));
        copy("exampleshire-headings.docx", "1 headings.docx").unwrap();
        copy("exampleshire-libreoffice-letter.docx", "2 letter.docx").unwrap();
        copy("exampleshire-headings.docx", "3 headings again.docx").unwrap();
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        std::fs::write(dir.path().join("4 old.doc"), ole).unwrap();
        std::fs::write(dir.path().join("5 damaged.docx"), b"PK\x03\x04 not a zip").unwrap();
        dir
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
    }

    #[test]
    fn each_document_comes_in_published_and_each_refusal_says_why() {
        let dir = archive();
        let conn = open_in_memory().unwrap();
        let files = archive_files(dir.path()).unwrap();
        let mut seen = Vec::new();
        let summary = import_archive(
            &files,
            || &conn,
            |p| {
                seen.push((p.done, p.total, p.current.clone()));
                true
            },
        );

        let names: Vec<_> = summary.imported.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["1 headings.docx", "2 letter.docx"]);
        let refused: Vec<_> = summary.refused.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            refused,
            ["3 headings again.docx", "4 old.doc", "5 damaged.docx"]
        );
        assert!(
            summary.refused[0].reason.contains("already in the list"),
            "{summary:?}"
        );
        assert!(summary.refused[1].reason.contains(".docx"), "{summary:?}");
        assert!(!summary.refused[2].reason.is_empty());
        assert_eq!(summary.not_read, 0);

        // Progress before each document, then once at the end.
        assert_eq!(seen.len(), 6);
        assert_eq!(seen[0], (0, 5, "1 headings.docx".to_string()));
        assert_eq!(seen[5], (5, 5, String::new()));

        let list = list_responses(&conn, today()).unwrap();
        assert_eq!(list.len(), 2);
        for item in &summary.imported {
            let r = read_response(&conn, item.id).unwrap();
            assert_eq!(r.status, Status::Published);
            assert_eq!(r.inspection.title, item.title);
        }
    }

    #[test]
    fn cancelling_stops_before_the_next_document_and_keeps_those_brought_in() {
        let dir = archive();
        let conn = open_in_memory().unwrap();
        let files = archive_files(dir.path()).unwrap();
        let summary = import_archive(&files, || &conn, |p| p.done < 1);
        assert_eq!(summary.imported.len(), 1);
        assert!(summary.refused.is_empty());
        assert_eq!(summary.not_read, 4);
        assert_eq!(list_responses(&conn, today()).unwrap().len(), 1);
    }

    #[test]
    fn a_response_in_the_trash_does_not_count_as_already_there() {
        let dir = archive();
        let conn = open_in_memory().unwrap();
        let files = archive_files(dir.path()).unwrap();
        let first = import_archive(&files[..1], || &conn, |_| true);
        crate::store::trash_response(&conn, first.imported[0].id, today()).unwrap();
        let again = import_archive(&files[..1], || &conn, |_| true);
        assert_eq!(again.imported.len(), 1, "{again:?}");
    }
}

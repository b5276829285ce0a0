//! Exporting to a file without ever leaving half a file behind: the document is written to
//! a temporary file beside the target, flushed to disk, and only then renamed over it. A
//! failure at any point removes the temporary file and leaves the target as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::checks::Problem;
use crate::docx::{export_docx, ExportOptions};
use crate::model::Response;
use crate::office::Office;
use crate::{Error, Result};

/// Exports `response` as a DOCX at `path` and returns the problems found on the way.
///
/// Errors: [`Error::FileExists`] when `path` exists and `overwrite` is false; [`Error::Io`]
/// when the folder cannot be written or the target is open in another program.
pub fn export_to_file(
    response: &Response,
    office: &Office,
    options: &ExportOptions,
    path: &Path,
    overwrite: bool,
) -> Result<Vec<Problem>> {
    let export = export_docx(response, office, options)?;
    write_atomically(path, &export.bytes, overwrite)?;
    Ok(export.problems)
}

/// A file name for the response: "Norfolk PCC response - PEEL 2024 - 19 Nov 2024.docx",
/// with the area, the type and year of the inspection and the section 55 deadline.
pub fn suggested_file_name(response: &Response, office: &Office, extension: &str) -> String {
    let area = if office.area.trim().is_empty() {
        "PCC"
    } else {
        office.area.trim()
    };
    let i = &response.inspection;
    let name = match i.published {
        Some(published) => format!(
            "{area} PCC response - {} {} - {}",
            i.kind.as_str(),
            published.format("%Y"),
            crate::dates::short(crate::deadline(published, office.deadline_rule))
        ),
        None => format!(
            "{area} PCC response - {}",
            i.title.chars().take(60).collect::<String>()
        ),
    };
    // Characters Windows does not allow in a file name, and control characters.
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_control() || r#"<>:"/\|?*"#.contains(c) {
                '-'
            } else {
                c
            }
        })
        .collect();
    format!("{}.{extension}", safe.trim().trim_end_matches('.'))
}

/// Writes `bytes` to `path` through a temporary file and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    if !overwrite && path.exists() {
        return Err(Error::FileExists(path.to_path_buf()));
    }
    let temp = temp_path(path);
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // A missing folder is what the officer must fix, so name the folder, not the file.
    let blame = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => Error::io(folder, e),
        _ => Error::io(path, e),
    };
    let written = std::fs::File::create(&temp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .map_err(blame)
        .and_then(|()| std::fs::rename(&temp, path).map_err(|e| Error::io(path, e)));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// `.name.docx.partial` beside the target: hidden on Linux, and never mistaken for the
/// finished document.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.partial", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suggested_name_says_area_type_year_and_deadline() {
        let mut office = crate::Office::unset();
        office.area = "Norfolk".into();
        let mut r = Response::new(crate::DocumentKind::Form, &[]);
        r.inspection.published = chrono::NaiveDate::from_ymd_opt(2024, 9, 24);
        assert_eq!(
            suggested_file_name(&r, &office, "docx"),
            "Norfolk PCC response - PEEL 2024 - 19 Nov 2024.docx"
        );
        r.inspection.published = None;
        r.inspection.title = "Custody: a/b <review>?".into();
        assert_eq!(
            suggested_file_name(&r, &office, "json"),
            "Norfolk PCC response - Custody- a-b -review--.json"
        );
    }

    #[test]
    fn writes_refuses_to_overwrite_and_overwrites_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.docx");
        write_atomically(&target, b"one", false).unwrap();
        let err = write_atomically(&target, b"two", false).unwrap_err();
        assert!(matches!(err, Error::FileExists(_)), "{err}");
        assert_eq!(std::fs::read(&target).unwrap(), b"one");
        write_atomically(&target, b"two", true).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"two");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing folder").join("out.docx");
        let err = write_atomically(&target, b"x", false).unwrap_err();
        assert!(
            err.to_string().ends_with("missing folder does not exist."),
            "{err}"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_failed_rename_leaves_the_target_and_no_temporary_file() {
        // Renaming a file over a folder fails for every user, root included.
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.docx");
        std::fs::create_dir(&target).unwrap();
        let err = write_atomically(&target, b"x", true).unwrap_err();
        assert!(matches!(err, Error::Io { .. }), "{err}");
        assert!(target.is_dir());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "only the folder remains"
        );
    }
}

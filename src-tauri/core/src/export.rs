//! Exporting to a file without ever leaving half a file behind: the document is written to
//! a temporary file beside the target, flushed to disk, and only then renamed over it. A
//! failure at any point removes the temporary file and leaves the target as it was.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::checks::Problem;
use crate::docx::{export_docx, ExportOptions};
use crate::model::{InspectionType, Response};
use crate::office::Office;
use crate::publish::{render, Format, PublishOptions};
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

/// Exports `response` as `format` (DOCX, the website's HTML or the tagged PDF) at `path`,
/// and returns the problems found on the way; written as [`export_to_file`] writes, so a
/// failure never leaves half a file.
///
/// Errors: those of [`crate::publish::render`] (a response exported as signed that is not
/// yet signed, or with no signature in the office settings, or as a Word document), before
/// anything is written; then as [`export_to_file`].
pub fn publish_to_file(
    format: Format,
    response: &Response,
    office: &Office,
    options: &PublishOptions,
    path: &Path,
    overwrite: bool,
) -> Result<Vec<Problem>> {
    let export = render(format, response, office, options)?;
    write_atomically(path, &export.bytes, overwrite)?;
    Ok(export.problems)
}

/// A file name for the response: "Norfolk PCC response - PEEL 2024 - 19 Nov 2024.docx",
/// with the area, the type and year of the inspection and the section 55 deadline. An
/// inspection of type Other is named by what it is (its detail, else its title). A part not
/// known yet is left out, never left empty: "PCC response.docx" at the least.
pub fn suggested_file_name(response: &Response, office: &Office, extension: &str) -> String {
    let area = office.area.trim();
    let lead = match area {
        "" => "PCC response".to_string(),
        area => format!("{area} PCC response"),
    };
    let i = &response.inspection;
    let words = |s: &str| {
        s.trim()
            .chars()
            .take(60)
            .collect::<String>()
            .trim_end()
            .to_string()
    };
    let year = i.published.map(|p| p.format("%Y").to_string());
    let what = match i.kind {
        InspectionType::Other => {
            let detail = i.type_detail.as_deref().map(words).unwrap_or_default();
            let name = if detail.is_empty() {
                words(&i.title)
            } else {
                detail
            };
            [name, year.unwrap_or_default()].join(" ")
        }
        kind => match year {
            Some(year) => format!("{} {year}", kind.as_str()),
            None => words(&i.title),
        },
    };
    let due = i
        .published
        .map(|p| crate::dates::short(crate::deadline(p, office.deadline_rule)));
    let parts = [Some(lead), Some(what), due];
    let name = parts
        .into_iter()
        .flatten()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" - ");
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
///
/// Errors: [`Error::FileExists`] when `path` exists and `overwrite` is false;
/// [`Error::Io`], saying what to do, when the folder is missing, read-only or full, or the
/// target is a folder or open in another program. On any error no temporary file is left
/// and an existing target is as it was.
pub fn write_atomically(path: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    write_atomically_with(path, bytes, overwrite, |temp| std::fs::File::create(temp))
}

/// A file being written: it takes the bytes, then makes them durable.
trait Written: Write {
    /// Waits until the bytes are on the disk.
    fn sync(&self) -> io::Result<()>;
}

impl Written for std::fs::File {
    fn sync(&self) -> io::Result<()> {
        self.sync_all()
    }
}

/// [`write_atomically`] with the temporary file made by `create`: the seam through which the
/// tests make a full disk or a read-only folder, which running as root cannot.
fn write_atomically_with<W: Written>(
    path: &Path,
    bytes: &[u8],
    overwrite: bool,
    create: impl FnOnce(&Path) -> io::Result<W>,
) -> Result<()> {
    if path.is_dir() {
        return Err(Error::io(path, io::ErrorKind::IsADirectory.into()));
    }
    if !overwrite && path.exists() {
        return Err(Error::FileExists(path.to_path_buf()));
    }
    let temp = temp_path(path);
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // A missing folder, or a file where a folder should be, is what the officer must fix,
    // so name the folder, not the file.
    let blame = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory => Error::io(folder, e),
        _ => Error::io(path, e),
    };
    let written = create(&temp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync()))
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

/// The helpers the core's integration tests share, for these tests too.
#[cfg(test)]
#[path = "../tests/common/mod.rs"]
mod test_common;

#[cfg(test)]
mod tests {
    use super::test_common::listing;
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
    fn a_suggested_name_never_has_empty_parts() {
        let office = crate::Office::unset();
        let r = Response::new(crate::DocumentKind::Letter, &[]);
        assert_eq!(
            suggested_file_name(&r, &office, "docx"),
            "PCC response.docx"
        );
        let mut r = r;
        r.inspection.title = "   ".into();
        r.inspection.kind = InspectionType::Other;
        assert_eq!(
            suggested_file_name(&r, &office, "docx"),
            "PCC response.docx"
        );
    }

    #[test]
    fn an_inspection_of_type_other_is_named_by_what_it_is() {
        let mut office = crate::Office::unset();
        office.area = "Wessex".into();
        let mut r = Response::new(crate::DocumentKind::Letter, &[]);
        r.inspection.kind = InspectionType::Other;
        r.inspection.title = "Custody suites in Wessex".into();
        r.inspection.published = chrono::NaiveDate::from_ymd_opt(2025, 3, 4);
        assert_eq!(
            suggested_file_name(&r, &office, "docx"),
            "Wessex PCC response - Custody suites in Wessex 2025 - 29 Apr 2025.docx"
        );
        r.inspection.type_detail = Some("Custody review".into());
        assert_eq!(
            suggested_file_name(&r, &office, "docx"),
            "Wessex PCC response - Custody review 2025 - 29 Apr 2025.docx"
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
            err.to_string().contains("missing folder does not exist."),
            "{err}"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_failed_rename_leaves_the_target_and_no_temporary_file() {
        // Renaming a file over a folder fails for every user, root included. The folder
        // appears after the checks, as if another program made it meanwhile.
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.docx");
        let err = write_atomically_with(&target, b"x", true, |temp| {
            std::fs::create_dir(&target)?;
            std::fs::File::create(temp)
        })
        .unwrap_err();
        assert!(
            err.to_string()
                .ends_with("is a folder, not a file. Choose another name."),
            "{err}"
        );
        assert!(target.is_dir());
        assert_eq!(listing(dir.path()), ["out.docx"], "only the folder remains");
    }

    /// The temporary file, real and on disk, as a full disk fills it: `room` bytes are
    /// taken, then every write fails. `full_on_sync` fails the final flush to disk instead,
    /// as some file systems only report then.
    struct FillsUp {
        file: std::fs::File,
        room: usize,
        full_on_sync: bool,
    }

    impl Write for FillsUp {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::ErrorKind::StorageFull.into());
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            self.file.write(&buf[..n])
        }
        fn flush(&mut self) -> io::Result<()> {
            self.file.flush()
        }
    }

    impl Written for FillsUp {
        fn sync(&self) -> io::Result<()> {
            match self.full_on_sync {
                true => Err(io::ErrorKind::StorageFull.into()),
                false => self.file.sync_all(),
            }
        }
    }

    #[test]
    fn a_full_disk_leaves_the_old_document_and_no_partial_file() {
        for (room, full_on_sync) in [(0, false), (4096, false), (usize::MAX, true)] {
            let dir = tempfile::tempdir().unwrap();
            let target = dir.path().join("PEEL 2024.docx");
            std::fs::write(&target, b"the document as it was").unwrap();
            let mut temp = None;
            let err = write_atomically_with(&target, &[7; 1 << 20], true, |path| {
                temp = Some(path.to_path_buf());
                let file = std::fs::File::create(path)?;
                Ok(FillsUp {
                    file,
                    room,
                    full_on_sync,
                })
            })
            .unwrap_err();
            assert_eq!(
                err.to_string(),
                format!(
                    "There is no space left to write {}. Free some space and try again.",
                    target.display()
                )
            );
            let temp = temp.expect("a temporary file was made");
            assert_eq!(temp.parent(), Some(dir.path()), "beside the target");
            assert!(!temp.exists(), "the partial file is removed");
            assert_eq!(listing(dir.path()), ["PEEL 2024.docx"]);
            assert_eq!(std::fs::read(&target).unwrap(), b"the document as it was");
        }
    }

    #[test]
    fn a_folder_that_cannot_be_written_says_to_choose_another() {
        let cases = [
            (
                io::ErrorKind::PermissionDenied,
                "otherwise choose another folder.",
            ),
            (
                io::ErrorKind::ReadOnlyFilesystem,
                "is on a read-only drive. Choose another folder.",
            ),
        ];
        for (kind, ending) in cases {
            let dir = tempfile::tempdir().unwrap();
            let target = dir.path().join("out.docx");
            let err = write_atomically_with(&target, b"x", false, |_| {
                Err::<std::fs::File, _>(kind.into())
            })
            .unwrap_err();
            assert!(matches!(err, Error::Io { .. }), "{err:?}");
            let message = err.to_string();
            assert!(
                message.starts_with(&target.display().to_string()) && message.ends_with(ending),
                "{message}"
            );
            assert!(listing(dir.path()).is_empty(), "nothing is left behind");
        }
    }

    #[test]
    fn a_document_open_in_word_is_named_on_windows_only() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.docx");
        for code in [32, 33] {
            let err = write_atomically_with(&target, b"x", true, |_| {
                Err::<std::fs::File, _>(io::Error::from_raw_os_error(code))
            })
            .unwrap_err();
            let locked = err
                .to_string()
                .ends_with("is open in another program (perhaps Word). Close it and try again.");
            // On Linux 32 is a broken pipe and 33 a maths domain error: nothing to do with Word.
            assert_eq!(locked, cfg!(windows), "{err}");
            assert_eq!(err.kind() == crate::ErrorKind::FileLocked, cfg!(windows));
        }
        assert!(listing(dir.path()).is_empty());
    }

    #[test]
    fn a_file_where_the_folder_should_be_says_to_choose_another_folder() {
        // A real failure that no permission can override, root or not.
        let dir = tempfile::tempdir().unwrap();
        let not_a_folder = dir.path().join("notes.txt");
        std::fs::write(&not_a_folder, b"notes").unwrap();
        let err = write_atomically(&not_a_folder.join("out.docx"), b"x", true).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "{} cannot be used: part of that path is a file, not a folder. Choose another \
                 folder.",
                not_a_folder.display()
            )
        );
        assert_eq!(listing(dir.path()), ["notes.txt"]);
        assert_eq!(std::fs::read(&not_a_folder).unwrap(), b"notes");
    }

    #[test]
    fn a_folder_as_the_target_says_to_choose_another_name() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.docx");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("inside.txt"), b"kept").unwrap();
        for overwrite in [false, true] {
            let err = write_atomically(&target, b"x", overwrite).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!(
                    "{} is a folder, not a file. Choose another name.",
                    target.display()
                )
            );
            assert_eq!(listing(dir.path()), ["out.docx"]);
            assert_eq!(std::fs::read(target.join("inside.txt")).unwrap(), b"kept");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_folder_leaves_nothing_behind() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("read-only");
        std::fs::create_dir(&folder).unwrap();
        let mode = |m| std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(m));
        mode(0o555).unwrap();
        // Root, or anyone allowed to override permissions, can write here all the same.
        if std::fs::write(folder.join("probe"), b"").is_ok() {
            eprintln!("skipped: running as root: permissions do not stop writes");
            return;
        }
        let err = write_atomically(&folder.join("out.docx"), b"x", false).unwrap_err();
        mode(0o755).unwrap();
        assert!(
            err.to_string()
                .ends_with("otherwise choose another folder."),
            "{err}"
        );
        assert!(listing(&folder).is_empty());
    }
}

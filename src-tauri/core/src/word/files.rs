//! Word documents on disk: one chosen by the officer, which may turn out to be a response
//! file after all, and the Word documents of a folder brought in as the office's archive.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::file::{read_capped, read_offered_file, Offered};
use crate::{Error, Result};

use super::{read_word, WordDocument};

/// The largest Word document read: far more than any response, with its images.
pub const MAX_WORD_BYTES: u64 = 50 * 1024 * 1024;

/// What a file chosen to import turned out to be.
#[derive(Debug)]
pub enum Chosen {
    /// A Word document, read as a response.
    Word(Box<WordDocument>),
    /// A response file or an office settings file.
    File(Offered),
}

/// Reads a file the officer chose to import. What it is comes from its first bytes, not its
/// name: a zip or an old Word file is read as a Word document, anything else as a response
/// or office file. Errors: those of [`read_word`] and of [`read_offered_file`].
pub fn read_chosen_file(path: &Path) -> Result<Chosen> {
    let mut head = [0_u8; 8];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| Error::io(path, e))?;
    if is_word(&head[..n]) {
        Ok(Chosen::Word(Box::new(read_word_file(path)?)))
    } else {
        Ok(Chosen::File(read_offered_file(path)?))
    }
}

/// Whether `head`, a file's first bytes, opens a zip (DOCX) or an OLE compound file (a Word
/// 97–2003 document, or a DOCX with a password).
fn is_word(head: &[u8]) -> bool {
    head.starts_with(b"PK\x03\x04") || head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// Reads the Word document at `path`. Errors: [`Error::TooLarge`] over [`MAX_WORD_BYTES`],
/// refused before it is read; [`Error::Io`] when it cannot be read (open in Word, say);
/// those of [`read_word`].
pub fn read_word_file(path: &Path) -> Result<WordDocument> {
    let bytes = read_capped(path, MAX_WORD_BYTES)?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    read_word(&bytes, &name)
}

/// The Word documents in `folder` (not its subfolders), by name: `.docx`, and `.doc` so that
/// each old one is named and refused rather than passed over. Word's own lock files
/// (`~$…`) and hidden files are left out. Errors: [`Error::Io`] when the folder cannot be
/// read.
pub fn archive_files(folder: &Path) -> Result<Vec<PathBuf>> {
    let io = |e| Error::io(folder, e);
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let wanted = matches!(extension.as_str(), "docx" | "doc");
        if wanted && !name.starts_with("~$") && !name.starts_with('.') && path.is_file() {
            files.push(path);
        }
    }
    files.sort_by_key(|p| p.file_name().map(|n| n.to_string_lossy().to_lowercase()));
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_bytes_say_what_a_file_is() {
        assert!(is_word(b"PK\x03\x04rest"));
        assert!(is_word(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));
        assert!(!is_word(b"{\"format\""));
        assert!(!is_word(b""));
    }

    #[test]
    fn a_folder_gives_its_word_documents_by_name_and_leaves_out_lock_files() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "b.docx",
            "A.DOCX",
            "c.doc",
            "~$b.docx",
            "notes.txt",
            ".hidden.docx",
        ] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        std::fs::create_dir(dir.path().join("sub.docx")).unwrap();
        let names: Vec<_> = archive_files(dir.path())
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["A.DOCX", "b.docx", "c.doc"]);
    }

    #[test]
    fn a_missing_folder_is_an_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = archive_files(&dir.path().join("gone")).unwrap_err();
        assert!(matches!(err, Error::Io { .. }), "{err:?}");
    }

    #[test]
    fn a_response_file_chosen_to_import_is_read_as_one() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/exampleshire-2025-response.pccr");
        assert!(matches!(
            read_chosen_file(&path).unwrap(),
            Chosen::File(Offered::Response(_))
        ));
    }
}

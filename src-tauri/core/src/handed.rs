//! The files the app has handed to the window in this run, by token. The window never names
//! a path: to show an exported file in its folder, or to restore a backup chosen in a
//! dialog, it hands back the token it was given, and a token that was never handed out, or
//! was handed out for something else, is refused before any file is touched.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// A file handed to the window in this run. Only the app makes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FileToken(u32);

/// What a file was handed out for, and so what the window may do with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A file the app wrote (an export, a backup): it may be shown in its folder.
    Written,
    /// A backup the officer chose in a dialog: it may be restored.
    ChosenBackup,
}

/// A file the app wrote in this run: where, in words for the window, and the token by which
/// the window may ask to see it in its folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Written {
    /// The file's path, to be shown to the officer; never sent back.
    pub path: String,
    /// The token for "Show in folder".
    pub token: FileToken,
}

/// The tokens handed out in this run. Cheap: a run hands out a few dozen at most.
#[derive(Debug, Default)]
pub struct HandedOut {
    files: Mutex<Vec<(PathBuf, Purpose)>>,
}

impl HandedOut {
    /// Hands out `path` for `purpose`.
    pub fn hand_out(&self, path: &Path, purpose: Purpose) -> FileToken {
        let mut files = self.files.lock().unwrap_or_else(|p| p.into_inner());
        files.push((path.to_path_buf(), purpose));
        FileToken(u32::try_from(files.len() - 1).unwrap_or(u32::MAX))
    }

    /// A file the app wrote, handed out to be shown to the officer.
    pub fn written(&self, path: &Path) -> Written {
        Written {
            path: path.display().to_string(),
            token: self.hand_out(path, Purpose::Written),
        }
    }

    /// The file behind `token`, if it was handed out for `purpose`.
    /// Errors: [`Error::NotOffered`] otherwise.
    pub fn path(&self, token: FileToken, purpose: Purpose) -> Result<PathBuf> {
        let files = self.files.lock().unwrap_or_else(|p| p.into_inner());
        match files.get(token.0 as usize) {
            Some((path, given_for)) if *given_for == purpose => Ok(path.clone()),
            _ => Err(Error::NotOffered(format!("File number {}", token.0))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_token_handed_out_for_the_purpose_gives_its_file() {
        let handed = HandedOut::default();
        let docx = handed.written(Path::new("/home/officer/PEEL 2025.docx"));
        let backup = handed.hand_out(Path::new("/media/usb/old.sqlite3"), Purpose::ChosenBackup);
        assert_eq!(docx.path, "/home/officer/PEEL 2025.docx");
        assert_eq!(
            handed.path(docx.token, Purpose::Written).unwrap(),
            PathBuf::from("/home/officer/PEEL 2025.docx")
        );
        assert_eq!(
            handed.path(backup, Purpose::ChosenBackup).unwrap(),
            PathBuf::from("/media/usb/old.sqlite3")
        );
        // An export cannot be restored as a backup, nor a chosen backup shown as written.
        for (token, purpose) in [
            (docx.token, Purpose::ChosenBackup),
            (backup, Purpose::Written),
            (FileToken(99), Purpose::Written),
        ] {
            let err = handed.path(token, purpose).unwrap_err();
            assert_eq!(
                err.kind(),
                crate::ErrorKind::NotOffered,
                "{token:?} {purpose:?}"
            );
        }
    }

    #[test]
    fn a_token_is_a_number_to_the_window() {
        let token: FileToken = serde_json::from_str("3").unwrap();
        assert_eq!(serde_json::to_string(&token).unwrap(), "3");
        assert!(serde_json::from_str::<FileToken>("\"/etc/passwd\"").is_err());
    }
}

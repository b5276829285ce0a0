//! The one error type of the core crate. Every message is written for the officer who will
//! read it: what happened, and where it helps, what to do about it.

use std::path::{Path, PathBuf};

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A response or office file does not fit its format. `field` is a dotted path such as
    /// `inspection.published` or `areas_for_improvement[3].text`.
    #[error("{field}: {problem}")]
    Invalid {
        /// Where in the file the problem is.
        field: String,
        /// What was expected and what was seen.
        problem: String,
    },

    /// The file is not JSON at all.
    #[error("The file is not valid JSON (line {line}, column {column}): {message}")]
    Json {
        /// Line of the first error, from 1.
        line: usize,
        /// Column of the first error, from 1.
        column: usize,
        /// What the JSON reader said.
        message: String,
    },

    /// A file of the app's other kind: an office settings file offered as a response, or a
    /// response offered as office settings.
    #[error("{}", other_kind(found))]
    OtherKindOfFile {
        /// The format the file declares: "pcc-office" or "pcc-response".
        found: &'static str,
    },

    /// The file was written by a later version of the app.
    #[error(
        "This file is {format} version {found}, made by a newer version of PCC Response; \
         this version reads up to version {supported}. Update the app to open it."
    )]
    NewerVersion {
        /// "pcc-response" or "pcc-office".
        format: &'static str,
        /// The version the file declares.
        found: u64,
        /// The newest version this build reads.
        supported: u64,
    },

    /// The database was made by a later version of the app.
    #[error(
        "The database is schema version {found}, made by a newer version of PCC Response; \
         this version understands up to {supported}. It has been left untouched."
    )]
    NewerDatabase {
        /// The database's schema version.
        found: i64,
        /// The newest schema this build knows.
        supported: i64,
    },

    /// A file offered as a backup is not a PCC Response database, or is damaged.
    #[error(
        "{} is not a PCC Response backup, or it is damaged, so it cannot be used. \
         Choose another backup.",
        .0.display()
    )]
    NotADatabase(PathBuf),

    /// No response has that id (or it has been deleted).
    #[error("There is no response with id {0}.")]
    NotFound(i64),

    /// A file the window named that the app never offered it: a backup not in the backups
    /// folder, or a token not handed out in this run. Nothing has been read.
    #[error("{0} was not offered by PCC Response in this session, so it has been left alone.")]
    NotOffered(String),

    /// Edits were to be taken back from a Word document that is no longer being compared
    /// (the window was left, or another document was chosen since).
    #[error(
        "The Word document to take edits back from is no longer open for this response. \
         Choose \"Take back edits from Word…\" and the document again."
    )]
    NoWordDocument,

    /// No earlier version of a response has that id (or it went with its response).
    #[error("That earlier version (number {0}) is no longer kept.")]
    NoVersion(i64),

    /// The office settings have not been filled in yet.
    #[error("The office settings have not been set up yet. Fill them in (or import an office file) first.")]
    NoOffice,

    /// An image of the office (the logo or the signature) that is not a PNG or JPEG.
    /// `name` is the file's name; `image` says what it was chosen for.
    #[error(
        "The {image} {name} is not a PNG or JPEG image. Choose a PNG or JPEG file, or save \
         the image as one in a picture editor."
    )]
    NotAnImage {
        /// What the image was for.
        image: crate::office::ImageUse,
        /// The file's name.
        name: String,
    },

    /// An image of the office that is a PNG or JPEG by its first bytes but whose picture
    /// cannot be read whole: a damaged or cut-short file, or one too large to open.
    #[error(
        "The {image} {name} is damaged: it starts as a {format} image, but its picture \
         cannot be read. Open it in a picture editor and save it again, or choose another copy."
    )]
    DamagedImage {
        /// What the image was for.
        image: crate::office::ImageUse,
        /// The file's name.
        name: String,
        /// "PNG" or "JPEG".
        format: &'static str,
    },

    /// The target file exists and overwriting was not asked for.
    #[error("{} already exists. Choose another name, or allow it to be replaced.", .0.display())]
    FileExists(PathBuf),

    /// A file that no version of the app wrote: empty, or not UTF-8 text. `problem` says
    /// which, and what to do, after the file's name.
    #[error("{} {problem}", path.display())]
    Unreadable {
        /// The file concerned.
        path: PathBuf,
        /// What is wrong with it, and what to do.
        problem: String,
    },

    /// A file far larger than any the app writes, refused before it is read.
    #[error(
        "{} is {}; the most PCC Response opens is {}. Response and office files are far \
         smaller: check that this is the file you meant.",
        path.display(), megabytes(*size), megabytes(*limit)
    )]
    TooLarge {
        /// The file concerned.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The largest file read, in bytes.
        limit: u64,
    },

    /// A file could not be read or written.
    #[error("{}", describe_io(path, source, cfg!(windows)))]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },

    /// The database refused an operation.
    #[error("The database reported a problem: {0}")]
    Database(#[from] rusqlite::Error),

    /// The DOCX could not be assembled (a bug, never the user's text).
    #[error("The document could not be assembled: {0}")]
    Docx(String),

    /// A Word document that cannot be read as a response; `problem` says why and what to
    /// do. Reading it has changed nothing.
    #[error("{name} {problem}")]
    Word {
        /// The document's file name.
        name: String,
        /// What is wrong with it.
        problem: crate::word::WordProblem,
    },
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An `Invalid` error for `field`.
    pub fn invalid(field: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            problem: problem.into(),
        }
    }

    /// An `Io` error for `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// A short, stable name for the kind of error, for the UI and for scripts.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Invalid { .. } | Error::Json { .. } | Error::Unreadable { .. } => {
                ErrorKind::InvalidFile
            }
            Error::OtherKindOfFile {
                found: "pcc-office",
            } => ErrorKind::OfficeFile,
            Error::OtherKindOfFile { .. } => ErrorKind::ResponseFile,
            Error::TooLarge { .. } => ErrorKind::TooLarge,
            Error::NewerVersion { .. } => ErrorKind::NewerVersion,
            Error::NewerDatabase { .. } => ErrorKind::NewerDatabase,
            Error::NotADatabase(_) => ErrorKind::NotADatabase,
            Error::NotFound(_) | Error::NoVersion(_) | Error::NoWordDocument => ErrorKind::NotFound,
            Error::NotOffered(_) => ErrorKind::NotOffered,
            Error::NoOffice => ErrorKind::NoOffice,
            Error::NotAnImage { .. } | Error::DamagedImage { .. } => ErrorKind::NotAnImage,
            Error::FileExists(_) => ErrorKind::FileExists,
            Error::Io { source, .. } if is_locked(source.raw_os_error(), cfg!(windows)) => {
                ErrorKind::FileLocked
            }
            Error::Io { .. } => ErrorKind::Io,
            Error::Database(_) => ErrorKind::Database,
            Error::Docx(_) => ErrorKind::Docx,
            Error::Word { problem, .. } if problem.is_too_large() => ErrorKind::TooLarge,
            Error::Word { .. } => ErrorKind::InvalidFile,
        }
    }
}

/// The kinds of error, as the window and scripts tell them apart: a closed set, so that the
/// window's code names only kinds that exist. Serialised in kebab case ("file-locked").
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// A response or office file that does not fit its format, is not JSON, or is not text;
    /// or a Word document that cannot be read as a response.
    InvalidFile,
    /// Something the officer entered in the window that cannot be saved (an update dated in
    /// the future, a circle of supersessions): the message names the field.
    Invalid,
    /// An office settings file offered as a response.
    OfficeFile,
    /// A response file offered as office settings.
    ResponseFile,
    /// A file far larger than any the app writes, or a Word document that unpacks to one.
    TooLarge,
    /// A file from a newer version of the app.
    NewerVersion,
    /// A database from a newer version of the app.
    NewerDatabase,
    /// A backup that is not a PCC Response database, or is damaged.
    NotADatabase,
    /// No such response or version.
    NotFound,
    /// A file or backup the app did not offer: refused before anything is read.
    NotOffered,
    /// The office settings are not set up.
    NoOffice,
    /// A logo or signature that is not a PNG or JPEG, or is damaged.
    NotAnImage,
    /// The target file exists.
    FileExists,
    /// The file is open in another program.
    FileLocked,
    /// Any other failure to read or write a file.
    Io,
    /// The database refused.
    Database,
    /// The document could not be assembled.
    Docx,
    /// The app itself failed (the window's shell, not the core).
    App,
}

impl Error {
    /// The error as the window shows it. The same as its text ([`Display`](std::fmt::Display),
    /// which the command-line tool prints), except that a field is named as the window names
    /// it ("Chief Constable response", not `chief_constable_response`) and a file that is not
    /// JSON is called damaged, with the line, rather than quoting the JSON reader.
    pub fn for_officer(&self) -> String {
        match self {
            Error::Invalid { field, problem } => {
                let name = crate::field_names::describe(field).name;
                format!(
                    "This file cannot be used: {name}: {}. Export it again from PCC Response, \
                     or choose another file.",
                    problem.trim_end_matches('.')
                )
            }
            Error::Json { line, .. } => format!(
                "This file is damaged or incomplete (line {line}), so it cannot be read. Choose \
                 the file as PCC Response exported it, or export it again."
            ),
            other => other.to_string(),
        }
    }
}

impl Error {
    /// The error as the window shows it when it answers what the officer entered rather than
    /// a file: an [`Error::Invalid`] names the box ("Date of the update: is 3 March 2024,
    /// before the report was published …"); any other error reads as [`Error::for_officer`].
    pub fn for_entry(&self) -> String {
        match self {
            Error::Invalid { field, problem } => {
                format!("{}: {problem}", crate::field_names::entered(field))
            }
            other => other.for_officer(),
        }
    }

    /// The field an [`Error::Invalid`] names, or the office image ("logo", "signature") an
    /// [`Error::NotAnImage`] was chosen for, for the window to put the focus on.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            Error::NotAnImage { image, .. } | Error::DamagedImage { image, .. } => {
                Some(image.field())
            }
            _ => None,
        }
    }
}

/// What the officer is told of a file of the app's other kind, by the format it declares.
fn other_kind(found: &str) -> String {
    if found == "pcc-office" {
        "This is an office settings file, not a response file. Import it as the office's \
         settings, or choose a response file."
            .into()
    } else {
        "This is a response file, not an office settings file. Import it from the list of \
         responses, or choose an office settings file."
            .into()
    }
}

/// True when `code`, an operating system error, means a file held open by another program:
/// on Windows a sharing (32) or lock (33) violation. Elsewhere the numbers mean other things
/// (32 is a broken pipe on Linux). `windows` is a parameter so that both can be tested.
fn is_locked(code: Option<i32>, windows: bool) -> bool {
    windows && matches!(code, Some(32 | 33))
}

/// `bytes` in megabytes for a message: "25 MB", or "5.5 MB" when not a whole number.
fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb.fract() == 0.0 {
        format!("{mb} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

/// What the officer is told when `path` could not be read or written. Every message says
/// what to do; `windows` says how to read the error's raw code.
fn describe_io(path: &Path, e: &std::io::Error, windows: bool) -> String {
    use std::io::ErrorKind::*;
    let p = path.display();
    if is_locked(e.raw_os_error(), windows) {
        return format!("{p} is open in another program (perhaps Word). Close it and try again.");
    }
    match e.kind() {
        NotFound => format!("{p} does not exist. Check the name, or choose another folder."),
        PermissionDenied => format!(
            "{p} cannot be written or read here: permission denied. \
             If it is open in another program, close it; otherwise choose another folder."
        ),
        StorageFull => {
            format!("There is no space left to write {p}. Free some space and try again.")
        }
        ReadOnlyFilesystem => format!("{p} is on a read-only drive. Choose another folder."),
        IsADirectory => format!("{p} is a folder, not a file. Choose another name."),
        NotADirectory => format!(
            "{p} cannot be used: part of that path is a file, not a folder. \
             Choose another folder."
        ),
        InvalidData => format!(
            "{p} is not a file PCC Response can read: it is not UTF-8 text. \
             Choose the file exported from the app, or export it again."
        ),
        _ => {
            format!("{p} could not be read or written ({e}). Try again, or choose another folder.")
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Error as IoError, ErrorKind};

    use super::*;

    fn message(e: IoError, windows: bool) -> String {
        describe_io(Path::new("PEEL 2024.docx"), &e, windows)
    }

    #[test]
    fn a_file_open_in_word_is_named_as_such_on_windows_only() {
        for code in [32, 33] {
            assert!(is_locked(Some(code), true));
            assert_eq!(
                message(IoError::from_raw_os_error(code), true),
                "PEEL 2024.docx is open in another program (perhaps Word). Close it and try again."
            );
        }
        // On Linux 32 is a broken pipe, and no program holds the file.
        assert!(!is_locked(Some(32), false));
        assert!(!is_locked(Some(5), true) && !is_locked(None, true));
        let linux = message(IoError::from_raw_os_error(32), false);
        assert!(!linux.contains("another program"), "{linux}");
        assert!(
            linux.ends_with("Try again, or choose another folder."),
            "{linux}"
        );
    }

    #[test]
    fn every_message_says_what_to_do() {
        let what_to_do = [
            (ErrorKind::NotFound, "choose another folder."),
            (ErrorKind::PermissionDenied, "choose another folder."),
            (ErrorKind::StorageFull, "Free some space and try again."),
            (ErrorKind::ReadOnlyFilesystem, "Choose another folder."),
            (ErrorKind::IsADirectory, "Choose another name."),
            (ErrorKind::NotADirectory, "Choose another folder."),
            (ErrorKind::InvalidData, "export it again."),
            (ErrorKind::Other, "Try again, or choose another folder."),
        ];
        for (kind, ending) in what_to_do {
            let m = message(IoError::from(kind), false);
            assert!(
                m.contains("PEEL 2024.docx") && m.ends_with(ending),
                "{kind:?}: {m}"
            );
        }
    }

    #[test]
    fn the_window_names_fields_in_words_and_calls_broken_json_damaged() {
        let e = Error::invalid(
            "chief_constable_response",
            "is 167,308 characters long; the most a field can hold is 100,000 (about 40 \
             pages). Shorten it, or split it between fields.",
        );
        assert!(e
            .to_string()
            .starts_with("chief_constable_response: is 167,308"));
        let shown = e.for_officer();
        assert!(
            shown.starts_with("This file cannot be used: Chief Constable response: is 167,308"),
            "{shown}"
        );
        assert!(!shown.contains('_'), "{shown}");
        let json = Error::Json {
            line: 12,
            column: 3,
            message: "EOF while parsing a value".into(),
        };
        assert_eq!(
            json.for_officer(),
            "This file is damaged or incomplete (line 12), so it cannot be read. Choose the file \
             as PCC Response exported it, or export it again."
        );
        let office = Error::OtherKindOfFile {
            found: "pcc-office",
        };
        assert_eq!(office.kind(), super::ErrorKind::OfficeFile);
        assert!(office
            .to_string()
            .starts_with("This is an office settings file, not a response file."));
        assert!(office
            .for_officer()
            .starts_with("This is an office settings file"));
    }

    #[test]
    fn a_file_too_large_gives_its_size_and_the_limit() {
        let e = Error::TooLarge {
            path: "big.json".into(),
            size: 25 * 1024 * 1024 + 100_000,
            limit: 20 * 1024 * 1024,
        };
        assert_eq!(e.kind(), super::ErrorKind::TooLarge);
        assert!(
            e.to_string().starts_with(
                "big.json is 25.1 MB; the most PCC Response opens is 20 MB. Response and office"
            ),
            "{e}"
        );
    }
}

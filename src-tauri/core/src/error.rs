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

    /// No response has that id (or it has been deleted).
    #[error("There is no response with id {0}.")]
    NotFound(i64),

    /// The office settings have not been filled in yet.
    #[error("The office settings have not been set up yet. Fill them in (or import an office file) first.")]
    NoOffice,

    /// A logo that is not a PNG or JPEG image.
    #[error("The logo {0} is not a PNG or JPEG image.")]
    NotAnImage(String),

    /// The target file exists and overwriting was not asked for.
    #[error("{} already exists. Choose another name, or allow it to be replaced.", .0.display())]
    FileExists(PathBuf),

    /// A file could not be read or written.
    #[error("{}", describe_io(path, source))]
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
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid { .. } | Error::Json { .. } => "invalid-file",
            Error::NewerVersion { .. } => "newer-version",
            Error::NewerDatabase { .. } => "newer-database",
            Error::NotFound(_) => "not-found",
            Error::NoOffice => "no-office",
            Error::NotAnImage(_) => "not-an-image",
            Error::FileExists(_) => "file-exists",
            Error::Io { source, .. } if is_locked(source) => "file-locked",
            Error::Io { .. } => "io",
            Error::Database(_) => "database",
            Error::Docx(_) => "docx",
        }
    }
}

/// Windows reports a file held open by Word as a sharing (32) or lock (33) violation.
fn is_locked(e: &std::io::Error) -> bool {
    cfg!(windows) && matches!(e.raw_os_error(), Some(32 | 33))
}

fn describe_io(path: &Path, e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    let p = path.display();
    if is_locked(e) {
        return format!("{p} is open in another program (perhaps Word). Close it and try again.");
    }
    match e.kind() {
        NotFound => format!("{p} does not exist."),
        PermissionDenied => format!(
            "{p} cannot be written or read here: permission denied. \
             If it is open in another program, close it; otherwise choose another folder."
        ),
        StorageFull => {
            format!("There is no space left to write {p}. Free some space and try again.")
        }
        ReadOnlyFilesystem => format!("{p} is on a read-only drive. Choose another folder."),
        IsADirectory => format!("{p} is a folder, not a file."),
        InvalidData => format!("{p} is not a UTF-8 text file."),
        _ => format!("{p}: {e}"),
    }
}

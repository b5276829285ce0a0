//! The domain of PCC Response: everything the app does to a response, without a window.
//!
//! A response ([`Response`]) is drafted, kept in a local SQLite database ([`store`]), checked
//! ([`checks`]) against the section 55 deadline ([`deadline`]), moved between people as a
//! response file ([`file`]) and exported as a Word document ([`docx`]). The desktop shell and
//! the `pcc-response` command-line tool are two thin callers of these functions.

#![deny(missing_docs)]

pub mod checks;
pub mod dates;
pub mod deadline;
pub mod docx;
mod error;
pub mod export;
pub mod field_names;
pub mod file;
pub mod handed;
pub mod limits;
pub mod links;
pub mod model;
pub mod office;
pub mod preview;
pub mod progress;
pub mod publish;
pub mod richtext;
pub mod store;
pub mod tracking;
pub mod word;

pub use deadline::{
    deadline, deadline_on, due_words, Deadline, DeadlineRule, Due, DueTone, DueWords,
};
pub use error::{Error, ErrorKind, Result};
pub use model::*;
pub use office::{ImageFormat, ImageUse, Logo, Office, OfficeDefaults};
pub use tracking::{ItemKind, ItemLink, ItemStatus, ProgressUpdate, Rag, Section55, Tracking};

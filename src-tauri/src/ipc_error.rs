//! Errors as the window receives them: `{ kind, message }`, the message written for the
//! officer by the core ("The file is open in another program ..."), never "os error 32".

use pcc_core::ErrorKind;
use serde::Serialize;

/// An error crossing to the window: what every command's promise rejects with.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "AppError"))]
pub struct IpcError {
    /// What kind of error it is (`pcc_core::Error::kind`): one of a closed set.
    pub kind: ErrorKind,
    /// What happened and what to do, in words.
    pub message: String,
    /// The field refused, by its path (`areas_for_improvement[2].tracking.updates[0].date`),
    /// when the error answers something entered; the window puts the focus there.
    pub field: Option<String>,
}

impl IpcError {
    /// The error answering what the officer entered in the window rather than a file: an
    /// invalid field is of kind `invalid`, named as its box is and given by its path.
    pub fn entered(e: pcc_core::Error) -> Self {
        let field = e.field().map(str::to_string);
        IpcError {
            kind: if field.is_some() {
                ErrorKind::Invalid
            } else {
                e.kind()
            },
            message: e.for_entry(),
            field,
        }
    }
}

impl From<pcc_core::Error> for IpcError {
    fn from(e: pcc_core::Error) -> Self {
        IpcError {
            kind: e.kind(),
            message: e.for_officer(),
            field: None,
        }
    }
}

impl From<tauri::Error> for IpcError {
    fn from(e: tauri::Error) -> Self {
        IpcError {
            kind: ErrorKind::App,
            message: format!("The app could not do that: {e}"),
            field: None,
        }
    }
}

/// The result of every command.
pub type IpcResult<T> = Result<T, IpcError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_core_error_crosses_as_kind_and_officers_message() {
        let e: IpcError = pcc_core::Error::FileExists("/tmp/a.docx".into()).into();
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["kind"], "file-exists");
        assert_eq!(
            json["message"],
            "/tmp/a.docx already exists. Choose another name, or allow it to be replaced."
        );
        assert_eq!(json["field"], serde_json::Value::Null);
    }

    #[test]
    fn a_refused_entry_crosses_as_invalid_naming_its_box_and_path() {
        let path = "areas_for_improvement[2].tracking.updates[0].date";
        let e = IpcError::entered(pcc_core::Error::invalid(path, "is in the future"));
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["kind"], "invalid");
        assert_eq!(json["message"], "Date of the update: is in the future");
        assert_eq!(json["field"], path);
        let other = IpcError::entered(pcc_core::Error::NotFound(7));
        assert_eq!(serde_json::to_value(&other).unwrap()["kind"], "not-found");
    }
}

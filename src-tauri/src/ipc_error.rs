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
}

impl From<pcc_core::Error> for IpcError {
    fn from(e: pcc_core::Error) -> Self {
        IpcError {
            kind: e.kind(),
            message: e.for_officer(),
        }
    }
}

impl From<tauri::Error> for IpcError {
    fn from(e: tauri::Error) -> Self {
        IpcError {
            kind: ErrorKind::App,
            message: format!("The app could not do that: {e}"),
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
    }
}

//! Opening a response file handed to the app: double-clicked in Explorer (Windows passes the
//! file's path as an argument, through the `.pccr` association the installer registers),
//! either at start-up or, while the app runs, through the second start that hands over to it.
//! The file is imported as a new response, which the window then opens.

use std::path::{Path, PathBuf};

use pcc_core::file;
use pcc_core::store::{self, ResponseId};
use serde::Serialize;

use crate::ipc_error::IpcError;
use crate::state::AppState;

/// A file handed to the app, and what became of it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Opened {
    /// The file, to be shown to the officer.
    #[cfg_attr(test, ts(type = "string"))]
    pub path: PathBuf,
    /// The new response it was imported as; `None` when it could not be.
    pub id: Option<ResponseId>,
    /// Why it could not be imported: its kind, and what happened in words.
    pub error: Option<IpcError>,
}

/// The name of the event that tells the window about a file handed to the running app.
pub const FILE_OPENED: &str = "file-opened";

/// The file among a start's arguments (`args[0]` is the program), relative paths taken from
/// `cwd`: the first argument that is not an option.
pub fn file_argument(args: &[String], cwd: &Path) -> Option<PathBuf> {
    let arg = args.iter().skip(1).find(|a| !a.starts_with('-'))?;
    Some(cwd.join(arg))
}

/// Imports the response file at `path`.
pub fn open_file(state: &AppState, path: &Path) -> Opened {
    let imported =
        file::read_response_file(path).and_then(|r| store::create_response(&state.db(), &r));
    Opened {
        path: path.to_path_buf(),
        id: imported.as_ref().ok().copied(),
        error: imported.err().map(IpcError::from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn the_file_is_the_first_argument_that_is_not_an_option() {
        let cwd = Path::new("/home/officer/Documents");
        assert_eq!(file_argument(&args(&["app"]), cwd), None);
        assert_eq!(file_argument(&args(&["app", "--flag"]), cwd), None);
        assert_eq!(
            file_argument(&args(&["app", "--flag", "PEEL 2025 – Norfolk.pccr"]), cwd),
            Some(cwd.join("PEEL 2025 – Norfolk.pccr"))
        );
        let absolute = if cfg!(windows) {
            r"C:\Users\Officer\Desktop\Réponse 2025.pccr"
        } else {
            "/home/officer/Desktop/Réponse 2025.pccr"
        };
        assert_eq!(
            file_argument(&args(&["app", absolute]), cwd),
            Some(PathBuf::from(absolute)),
            "an absolute path is kept as it is"
        );
    }
}

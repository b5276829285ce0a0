//! Choosing files. The real app asks through the native dialog; an `e2e` build answers
//! from folders named by environment variables, since WebDriver cannot drive a native
//! dialog. Either way the webview never sees the file system.

use std::path::PathBuf;

use tauri::AppHandle;

/// What kind of file is being chosen.
#[derive(Clone, Copy)]
pub enum Kind {
    /// A Word document.
    Docx,
    /// A web page for the office's website.
    Html,
    /// A PDF document.
    Pdf,
    /// A response file.
    Response,
    /// An office settings file.
    Office,
    /// A PNG or JPEG image.
    Image,
    /// A backup of the database.
    Backup,
}

impl Kind {
    /// The extension a file of this kind is saved with.
    pub fn extension(self) -> &'static str {
        self.filter().1[0]
    }

    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Kind::Docx => ("Word document", &["docx"]),
            Kind::Html => ("Web page", &["html", "htm"]),
            Kind::Pdf => ("PDF document", &["pdf"]),
            Kind::Response => (
                "PCC Response file or Word document",
                &["pccr", "json", "docx"],
            ),
            Kind::Office => ("Office settings file", &["json"]),
            Kind::Image => ("PNG or JPEG image", &["png", "jpg", "jpeg"]),
            Kind::Backup => ("PCC Response backup", &["sqlite3", "sqlite", "db"]),
        }
    }
}

/// A path to save to, suggested as `name`; `None` when the officer cancels.
#[cfg(not(feature = "e2e"))]
pub fn save(app: &AppHandle, kind: Kind, name: &str) -> Option<PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    let (label, extensions) = kind.filter();
    let chosen = app
        .dialog()
        .file()
        .set_file_name(name)
        .add_filter(label, extensions);
    chosen.blocking_save_file()?.into_path().ok()
}

/// A file to open; `None` when the officer cancels.
#[cfg(not(feature = "e2e"))]
pub fn open(app: &AppHandle, kind: Kind) -> Option<PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    let (label, extensions) = kind.filter();
    app.dialog()
        .file()
        .add_filter(label, extensions)
        .blocking_pick_file()?
        .into_path()
        .ok()
}

/// A folder to read; `None` when the officer cancels.
#[cfg(not(feature = "e2e"))]
pub fn open_folder(app: &AppHandle) -> Option<PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    app.dialog().file().blocking_pick_folder()?.into_path().ok()
}

/// E2E: saves into `$PCC_RESPONSE_E2E_SAVE_DIR` under the suggested name.
#[cfg(feature = "e2e")]
pub fn save(_: &AppHandle, kind: Kind, name: &str) -> Option<PathBuf> {
    let _ = kind.filter();
    std::env::var_os("PCC_RESPONSE_E2E_SAVE_DIR").map(|dir| PathBuf::from(dir).join(name))
}

/// E2E: opens `$PCC_RESPONSE_E2E_OPEN_FILE`.
#[cfg(feature = "e2e")]
pub fn open(_: &AppHandle, kind: Kind) -> Option<PathBuf> {
    let _ = kind.filter();
    std::env::var_os("PCC_RESPONSE_E2E_OPEN_FILE").map(PathBuf::from)
}

/// E2E: opens the folder `$PCC_RESPONSE_E2E_OPEN_FOLDER`.
#[cfg(feature = "e2e")]
pub fn open_folder(_: &AppHandle) -> Option<PathBuf> {
    std::env::var_os("PCC_RESPONSE_E2E_OPEN_FOLDER").map(PathBuf::from)
}

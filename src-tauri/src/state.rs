//! The app's state: the open database and where the app keeps its data.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use rusqlite::Connection;
use tauri::{AppHandle, Manager};

/// What every command can reach.
pub struct AppState {
    db: Mutex<Connection>,
}

/// The database file's name inside the data folder.
const DATABASE: &str = "responses.sqlite3";

impl AppState {
    /// Opens (creating if need be) the database in the app's data folder: on Windows
    /// `%APPDATA%\<identifier>`, on Linux `~/.local/share/<identifier>`.
    pub fn open(app: &AppHandle) -> Result<AppState, Box<dyn std::error::Error>> {
        let data_dir = data_dir(app)?;
        std::fs::create_dir_all(&data_dir)?;
        let db = pcc_core::store::open(&data_dir.join(DATABASE))?;
        Ok(AppState { db: Mutex::new(db) })
    }

    /// The database, for one short unit of work.
    pub fn db(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (every write is one
        // transaction), so a poisoned lock is safe to take.
        self.db
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(feature = "e2e")]
fn data_dir(app: &AppHandle) -> tauri::Result<PathBuf> {
    // End-to-end tests start from a folder of their own.
    match std::env::var_os("PCC_RESPONSE_DATA_DIR") {
        Some(dir) => Ok(PathBuf::from(dir)),
        None => app.path().app_data_dir(),
    }
}

#[cfg(not(feature = "e2e"))]
fn data_dir(app: &AppHandle) -> tauri::Result<PathBuf> {
    app.path().app_data_dir()
}

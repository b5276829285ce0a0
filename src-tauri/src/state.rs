//! The app's state: the open database, where the app keeps its data and backups, and what
//! start-up found.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use pcc_core::handed::HandedOut;
use pcc_core::store::{self, Damaged};

use crate::opening::Opened;
use rusqlite::Connection;
use serde::Serialize;
use tauri::{AppHandle, Manager};

/// What every command can reach.
pub struct AppState {
    db: Mutex<Connection>,
    /// Where the database lives.
    pub data_folder: PathBuf,
    /// Where the automatic backups go.
    pub backups_folder: PathBuf,
    /// A damaged database found at start-up, until the officer has dealt with it.
    pub damaged: Mutex<Option<Damaged>>,
    /// A response file the app was started with, once imported.
    pub opened: Mutex<Option<Opened>>,
    /// The files handed to the window in this run, by token: the window never names a path.
    pub handed: HandedOut,
    /// A Word document waiting for its edits to be taken back, and the archive's import.
    pub word: crate::word::WordState,
}

/// What the window needs to know when it opens.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Startup {
    /// The database could not be read and was moved aside; `None` when all was well.
    pub damaged: Option<Damaged>,
    /// A response file the app was started with (double-clicked), once imported.
    pub opened: Option<Opened>,
    /// Where the database is, to be shown to the officer.
    pub data_folder: String,
    /// Where the automatic backups are, to be shown to the officer.
    pub backups_folder: String,
}

/// The database file's name inside the data folder.
const DATABASE: &str = "responses.sqlite3";

/// How often the upkeep looks whether a daily backup is due.
const LOOK_EVERY: Duration = Duration::from_secs(10 * 60);

impl AppState {
    /// Opens (creating if need be) the database in the app's data folder: on Windows
    /// `%APPDATA%\<identifier>`, on Linux `~/.local/share/<identifier>`. A damaged database
    /// is moved aside and reported ([`Startup::damaged`]).
    pub fn open(app: &AppHandle) -> Result<AppState, Box<dyn std::error::Error>> {
        let data_folder = data_dir(app)?;
        std::fs::create_dir_all(&data_folder)?;
        let backups_folder = data_folder.join("backups");
        let (db, damaged) =
            store::open_at_startup(&data_folder.join(DATABASE), &backups_folder, now())?;
        Ok(AppState {
            db: Mutex::new(db),
            data_folder,
            backups_folder,
            damaged: Mutex::new(damaged),
            opened: Mutex::new(None),
            handed: HandedOut::default(),
            word: Default::default(),
        })
    }

    /// The database, for one short unit of work.
    pub fn db(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (every write is one
        // transaction), so a poisoned lock is safe to take.
        self.db
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// What start-up found.
    pub fn startup(&self) -> Startup {
        Startup {
            damaged: self.damaged.lock().map(|d| d.clone()).unwrap_or(None),
            opened: self.opened.lock().map(|o| o.clone()).unwrap_or(None),
            data_folder: self.data_folder.display().to_string(),
            backups_folder: self.backups_folder.display().to_string(),
        }
    }

    /// The damage found at start-up has been dealt with.
    pub fn forget_damage(&self) {
        if let Ok(mut damaged) = self.damaged.lock() {
            *damaged = None;
        }
    }

    /// The upkeep: an automatic backup at start-up (`starting`) and when one is due, then
    /// the responses 30 days in the trash deleted for good (for an app left open for days).
    fn upkeep(&self, starting: bool) -> pcc_core::Result<()> {
        let now = now();
        if starting || store::backup_due(&self.backups_folder, now)? {
            let db = self.db();
            let keep = store::read_settings(&db)?.backups_kept;
            store::backup_automatically(&db, &self.backups_folder, now, keep)?;
        }
        store::purge_trash(&self.db(), now.date())?;
        Ok(())
    }
}

/// Backs up at start-up and then daily, on a thread of its own so the window never waits.
/// A failure is reported on standard error and tried again at the next look.
pub fn keep_backing_up(app: AppHandle) {
    std::thread::spawn(move || {
        for starting in std::iter::once(true).chain(std::iter::repeat(false)) {
            if let Err(e) = app.state::<AppState>().upkeep(starting) {
                eprintln!("PCC Response: the automatic backup or trash upkeep failed: {e}");
            }
            std::thread::sleep(LOOK_EVERY);
        }
    });
}

/// The computer's local time: the core never reads the clock, the shell does.
pub fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
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

//! The commands that keep the officer's work safe: a response's history, the backups and
//! what start-up found. Like every command, each takes the state, calls the core and maps
//! the error.

use std::path::PathBuf;

use pcc_core::store::{self, BackupContents, BackupFile, ResponseId, Settings, Version, VersionId};
use pcc_core::Response;
use tauri::{AppHandle, State};

use crate::dialogs::{self, Kind};
use crate::ipc_error::IpcResult;
use crate::state::{now, AppState, Startup};

#[tauri::command(async)]
pub fn list_versions(state: State<AppState>, id: ResponseId) -> IpcResult<Vec<Version>> {
    Ok(store::list_versions(&state.db(), id)?)
}

#[tauri::command(async)]
pub fn read_version(state: State<AppState>, version: VersionId) -> IpcResult<Response> {
    Ok(store::read_version(&state.db(), version)?)
}

/// Brings an earlier version back; returns the response as it now is.
#[tauri::command(async)]
pub fn restore_version(
    state: State<AppState>,
    id: ResponseId,
    version: VersionId,
) -> IpcResult<Response> {
    Ok(store::restore_version(&state.db(), id, version, now())?)
}

#[tauri::command(async)]
pub fn read_settings(state: State<AppState>) -> IpcResult<Settings> {
    Ok(store::read_settings(&state.db())?)
}

#[tauri::command(async)]
pub fn save_settings(state: State<AppState>, settings: Settings) -> IpcResult<()> {
    Ok(store::write_settings(&state.db(), &settings)?)
}

/// The automatic backups (and those made before a restore), newest first.
#[tauri::command(async)]
pub fn list_backups(state: State<AppState>) -> IpcResult<Vec<BackupFile>> {
    Ok(store::list_backups(&state.backups_folder)?)
}

/// "Back up now": a backup to a file the officer chooses; `None` when cancelled.
#[tauri::command(async)]
pub fn backup_now(app: AppHandle, state: State<AppState>) -> IpcResult<Option<PathBuf>> {
    let name = format!(
        "PCC Response backup {}.sqlite3",
        now().format("%Y-%m-%d %H%M")
    );
    let Some(path) = dialogs::save(&app, Kind::Backup, &name) else {
        return Ok(None);
    };
    store::backup_to(&state.db(), &path)?;
    Ok(Some(path))
}

/// A backup file chosen by the officer, with what it holds; nothing is replaced yet.
#[tauri::command(async)]
pub fn choose_backup(app: AppHandle) -> IpcResult<Option<BackupContents>> {
    let Some(path) = dialogs::open(&app, Kind::Backup) else {
        return Ok(None);
    };
    Ok(Some(store::inspect_backup(&path, now().date())?))
}

/// What the backup at `path` holds; nothing is replaced.
#[tauri::command(async)]
pub fn inspect_backup(path: PathBuf) -> IpcResult<BackupContents> {
    Ok(store::inspect_backup(&path, now().date())?)
}

/// Replaces everything with the backup at `path`; returns where the database as it was
/// has been saved.
#[tauri::command(async)]
pub fn restore_backup(state: State<AppState>, path: PathBuf) -> IpcResult<PathBuf> {
    let before = store::restore_backup(&mut state.db(), &path, &state.backups_folder, now())?;
    state.forget_damage();
    Ok(before)
}

#[tauri::command(async)]
pub fn startup(state: State<AppState>) -> Startup {
    state.startup()
}

/// The officer has seen the damage report and chosen to go on without a backup.
#[tauri::command(async)]
pub fn dismiss_damage(state: State<AppState>) {
    state.forget_damage();
}

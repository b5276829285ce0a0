//! The commands that keep the officer's work safe: a response's history, the backups and
//! what start-up found. Like every command, each takes the state, calls the core and maps
//! the error.

use std::path::Path;

use pcc_core::handed::Written;
use pcc_core::store::{
    self, BackupChoice, BackupContents, BackupFile, ResponseId, Settings, Version, VersionId,
};
use pcc_core::Response;
use tauri::{AppHandle, State};

use crate::dialogs::{self, Kind};
use crate::ipc_error::{IpcError, IpcResult};
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
pub fn backup_now(app: AppHandle, state: State<AppState>) -> IpcResult<Option<Written>> {
    let name = store::suggested_backup_name(now());
    let Some(path) = dialogs::save(&app, Kind::Backup, &name) else {
        return Ok(None);
    };
    store::backup_to(&state.db(), &path)?;
    Ok(Some(state.handed.written(&path)))
}

/// A backup file chosen by the officer, with what it holds and the token to restore it by;
/// nothing is replaced yet.
#[tauri::command(async)]
pub fn choose_backup(app: AppHandle, state: State<AppState>) -> IpcResult<Option<BackupContents>> {
    let Some(path) = dialogs::open(&app, Kind::Backup) else {
        return Ok(None);
    };
    let today = now().date();
    Ok(Some(store::inspect_chosen_backup(
        &path,
        &state.handed,
        today,
    )?))
}

/// What a backup holds: one in the backups folder by name, or one chosen in the dialog by
/// its token. Anything else is refused before it is read; nothing is replaced.
#[tauri::command(async)]
pub fn inspect_backup(state: State<AppState>, choice: BackupChoice) -> IpcResult<BackupContents> {
    let path = choice.path(&state.backups_folder, &state.handed)?;
    let mut contents = store::inspect_backup(&path, now().date())?;
    contents.choice = choice;
    Ok(contents)
}

/// Replaces everything with the backup chosen; returns where the database as it was has
/// been saved. A backup not offered is refused before anything is read or replaced.
#[tauri::command(async)]
pub fn restore_backup(state: State<AppState>, choice: BackupChoice) -> IpcResult<Written> {
    let path = choice.path(&state.backups_folder, &state.handed)?;
    let before = store::restore_backup(&mut state.db(), &path, &state.backups_folder, now())?;
    state.forget_damage();
    Ok(state.handed.written(&before))
}

/// Shows the backups folder: the newest backup in it, or the folder itself.
#[tauri::command(async)]
pub fn show_backups_folder(state: State<AppState>) -> IpcResult<()> {
    let newest = store::list_backups(&state.backups_folder)?
        .into_iter()
        .next();
    match newest {
        Some(backup) => show_in_folder(&backup.path),
        None => tauri_plugin_opener::open_path(&state.backups_folder, None::<&str>)
            .map_err(|e| io_error(&state.backups_folder, e)),
    }
}

/// Shows `path` selected in its folder, in the computer's file manager.
pub fn show_in_folder(path: &Path) -> IpcResult<()> {
    tauri_plugin_opener::reveal_item_in_dir(path).map_err(|e| io_error(path, e))
}

fn io_error(path: &Path, e: tauri_plugin_opener::Error) -> IpcError {
    pcc_core::Error::io(path, std::io::Error::other(e.to_string())).into()
}

#[tauri::command(async)]
pub fn startup(state: State<AppState>) -> IpcResult<Startup> {
    Ok(state.startup())
}

/// The officer has seen the damage report and chosen to go on without a backup.
#[tauri::command(async)]
pub fn dismiss_damage(state: State<AppState>) -> IpcResult<()> {
    state.forget_damage();
    Ok(())
}

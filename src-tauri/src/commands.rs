//! The window's commands: each takes the state, calls the core and maps the error. Anything
//! that touches the database or a file is `async`, so the window never waits on it.

use std::path::PathBuf;

use chrono::NaiveDate;
use pcc_core::checks::Problem;
use pcc_core::dates::DateStyle;
use pcc_core::docx::ExportOptions;
use pcc_core::store::{self, ResponseId, ResponseSummary, StatusDate, TrashedResponse};
use pcc_core::{export, file, preview, DocumentKind, Logo, Office, OfficeDefaults, Response};
use serde::Serialize;
use tauri::{AppHandle, State};

use crate::dialogs::{self, Kind};
use crate::ipc_error::IpcResult;
use crate::safekeeping;
use crate::state::{self, AppState};

/// Every command, for the invoke handler.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        today,
        list_responses,
        create_response,
        read_response,
        save_response,
        duplicate_response,
        delete_response,
        trash_response,
        restore_response,
        list_trash,
        empty_trash,
        status_dates,
        check_response,
        preview_response,
        resolve_links,
        limits,
        read_office,
        office_defaults,
        save_office,
        choose_logo,
        import_office,
        export_office,
        import_response,
        export_response,
        export_docx,
        reveal,
        safekeeping::list_versions,
        safekeeping::read_version,
        safekeeping::restore_version,
        safekeeping::read_settings,
        safekeeping::save_settings,
        safekeeping::list_backups,
        safekeeping::backup_now,
        safekeeping::choose_backup,
        safekeeping::inspect_backup,
        safekeeping::restore_backup,
        safekeeping::startup,
        safekeeping::dismiss_damage,
    ]
}

/// The computer's date: the core never reads the clock, the shell does.
fn now() -> NaiveDate {
    state::now().date()
}

/// The office settings, or the defaults of an office not yet set up.
fn office_or_default(state: &AppState) -> IpcResult<Office> {
    Ok(store::read_office(&state.db())?.unwrap_or_else(Office::unset))
}

#[tauri::command]
fn today() -> NaiveDate {
    now()
}

#[tauri::command(async)]
fn list_responses(state: State<AppState>) -> IpcResult<Vec<ResponseSummary>> {
    Ok(store::list_responses(&state.db(), now())?)
}

#[tauri::command(async)]
fn create_response(state: State<AppState>, document: DocumentKind) -> IpcResult<ResponseId> {
    let office = office_or_default(&state)?;
    let response = Response::new(document, &office.checklist_items());
    Ok(store::create_response(&state.db(), &response)?)
}

#[tauri::command(async)]
fn read_response(state: State<AppState>, id: ResponseId) -> IpcResult<Response> {
    Ok(store::read_response(&state.db(), id)?)
}

/// Saves what it can; returns each field too long to save, which was kept as last saved.
#[tauri::command(async)]
fn save_response(
    state: State<AppState>,
    id: ResponseId,
    response: Response,
) -> IpcResult<Vec<Problem>> {
    Ok(store::save_response(
        &state.db(),
        id,
        &response,
        state::now(),
    )?)
}

#[tauri::command(async)]
fn duplicate_response(state: State<AppState>, id: ResponseId) -> IpcResult<ResponseId> {
    Ok(store::duplicate_response(&state.db(), id)?)
}

/// Deletes a response for good: "Delete for good" in the trash.
#[tauri::command(async)]
fn delete_response(state: State<AppState>, id: ResponseId) -> IpcResult<()> {
    Ok(store::delete_response(&state.db(), id)?)
}

#[tauri::command(async)]
fn trash_response(state: State<AppState>, id: ResponseId) -> IpcResult<()> {
    Ok(store::trash_response(&state.db(), id, now())?)
}

#[tauri::command(async)]
fn restore_response(state: State<AppState>, id: ResponseId) -> IpcResult<()> {
    Ok(store::restore_response(&state.db(), id)?)
}

#[tauri::command(async)]
fn list_trash(state: State<AppState>) -> IpcResult<Vec<TrashedResponse>> {
    Ok(store::list_trash(&state.db())?)
}

/// Deletes everything in the trash for good; returns how many responses went.
#[tauri::command(async)]
fn empty_trash(state: State<AppState>) -> IpcResult<usize> {
    Ok(store::empty_trash(&state.db())?)
}

#[tauri::command(async)]
fn status_dates(state: State<AppState>, id: ResponseId) -> IpcResult<Vec<StatusDate>> {
    Ok(store::status_dates(&state.db(), id)?)
}

#[tauri::command(async)]
fn check_response(state: State<AppState>, response: Response) -> IpcResult<Vec<Problem>> {
    let office = office_or_default(&state)?;
    Ok(pcc_core::checks::check(&response, Some(&office), now()))
}

/// Each link address as the documents will print it, or null where refused.
#[tauri::command]
fn resolve_links(hrefs: Vec<String>) -> Vec<Option<String>> {
    hrefs.iter().map(|h| pcc_core::links::resolve(h)).collect()
}

#[tauri::command]
fn limits() -> pcc_core::limits::Limits {
    pcc_core::limits::LIMITS
}

#[tauri::command(async)]
fn preview_response(state: State<AppState>, response: Response) -> IpcResult<String> {
    let office = office_or_default(&state)?;
    Ok(preview::html(&response, &office, &options()))
}

#[tauri::command(async)]
fn read_office(state: State<AppState>) -> IpcResult<Option<Office>> {
    Ok(store::read_office(&state.db())?)
}

#[tauri::command]
fn office_defaults() -> OfficeDefaults {
    OfficeDefaults::get()
}

#[tauri::command(async)]
fn save_office(state: State<AppState>, office: Office) -> IpcResult<()> {
    Ok(store::write_office(&state.db(), &office)?)
}

/// A logo chosen through the dialog, checked to be a PNG or JPEG of at most 5 MB.
#[tauri::command(async)]
fn choose_logo(app: AppHandle) -> IpcResult<Option<Logo>> {
    let Some(path) = dialogs::open(&app, Kind::Image) else {
        return Ok(None);
    };
    Ok(Some(Logo::read_file(&path)?))
}

#[tauri::command(async)]
fn import_office(app: AppHandle) -> IpcResult<Option<Office>> {
    let Some(path) = dialogs::open(&app, Kind::Office) else {
        return Ok(None);
    };
    Ok(Some(file::read_office_file(&path)?))
}

#[tauri::command(async)]
fn export_office(app: AppHandle, state: State<AppState>) -> IpcResult<Option<PathBuf>> {
    let office = office_or_default(&state)?;
    let Some(path) = dialogs::save(&app, Kind::Office, "office-settings.json") else {
        return Ok(None);
    };
    file::save_office(&office, &path)?;
    Ok(Some(path))
}

/// What an imported file turned out to be.
#[derive(Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
enum Imported {
    /// A response, now in the list under this id.
    Response(ResponseId),
    /// An office settings file, read but not saved: the window offers to import it as the
    /// settings.
    Office(Box<Office>),
}

#[tauri::command(async)]
fn import_response(app: AppHandle, state: State<AppState>) -> IpcResult<Option<Imported>> {
    let Some(path) = dialogs::open(&app, Kind::Response) else {
        return Ok(None);
    };
    let response = match file::read_response_file(&path) {
        Err(pcc_core::Error::OtherKindOfFile {
            found: "pcc-office",
        }) => {
            return Ok(Some(Imported::Office(Box::new(file::read_office_file(
                &path,
            )?))));
        }
        read => read?,
    };
    Ok(Some(Imported::Response(store::create_response(
        &state.db(),
        &response,
    )?)))
}

#[tauri::command(async)]
fn export_response(
    app: AppHandle,
    state: State<AppState>,
    id: ResponseId,
) -> IpcResult<Option<PathBuf>> {
    let response = store::read_response(&state.db(), id)?;
    let name = export::suggested_file_name(&response, &office_or_default(&state)?, "pccr");
    let Some(path) = dialogs::save(&app, Kind::Response, &name) else {
        return Ok(None);
    };
    export::write_atomically(&path, file::write_response(&response).as_bytes(), true)?;
    record_export(&state, id, &path)?;
    Ok(Some(path))
}

/// Where a document went and what the officer should know about it.
#[derive(Serialize)]
struct Exported {
    path: PathBuf,
    problems: Vec<Problem>,
}

#[tauri::command(async)]
fn export_docx(
    app: AppHandle,
    state: State<AppState>,
    id: ResponseId,
) -> IpcResult<Option<Exported>> {
    // One statement each: the guard from state.db() lives to the end of its statement.
    let response = store::read_response(&state.db(), id)?;
    let office = office_or_default(&state)?;
    let name = export::suggested_file_name(&response, &office, "docx");
    let Some(path) = dialogs::save(&app, Kind::Docx, &name) else {
        return Ok(None);
    };
    // The native dialog has already asked before replacing a file.
    let problems = export::export_to_file(&response, &office, &options(), &path, true)?;
    record_export(&state, id, &path)?;
    Ok(Some(Exported { path, problems }))
}

/// Keeps the response as it was exported to `path` in its history.
fn record_export(state: &AppState, id: ResponseId, path: &std::path::Path) -> IpcResult<()> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    Ok(store::record_export(&state.db(), id, state::now(), &name)?)
}

/// Shows an exported file in its folder.
#[tauri::command(async)]
fn reveal(path: PathBuf) -> IpcResult<()> {
    tauri_plugin_opener::reveal_item_in_dir(&path)
        .map_err(|e| pcc_core::Error::io(&path, std::io::Error::other(e.to_string())).into())
}

fn options() -> ExportOptions {
    ExportOptions {
        today: now(),
        date_style: DateStyle::Plain,
    }
}

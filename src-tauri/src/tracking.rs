//! The window's commands for the life of a response after publication: the tracker of every
//! open recommendation and area for improvement, progress updates, items carried forward
//! from earlier inspections, the section 55 record and compliance summary, and the Police
//! and Crime Panel's progress report. Each takes the state, calls the core and maps the error.

use chrono::NaiveDate;
use pcc_core::handed::Written;
use pcc_core::progress::{self, ReportScope};
use pcc_core::store::{
    self, CarryCandidate, CarryChoice, Compliance, ItemAt, ResponseId, TrackedItem, TrackerFilter,
    TrackerPage, TrackingEdit,
};
use pcc_core::tracking::{self, Section55Record, Section55Step};
use pcc_core::{ItemKind, ProgressUpdate, Response, Tracking};
use tauri::{AppHandle, State};

use crate::dialogs::{self, Kind};
use crate::ipc_error::{IpcError, IpcResult};
use crate::state::{self, AppState};

fn today() -> NaiveDate {
    state::now().date()
}

/// The open items (or all, as filtered) of every response, with their counts.
#[tauri::command(async)]
pub fn tracker(state: State<AppState>, filter: TrackerFilter) -> IpcResult<TrackerPage> {
    Ok(store::tracker(&state.db(), &filter, today())?)
}

/// One item with its tracking and history.
#[tauri::command(async)]
pub fn tracked_item(state: State<AppState>, at: ItemAt) -> IpcResult<TrackedItem> {
    Ok(store::tracked_item(&state.db(), at, today())?)
}

/// Records a progress update on an item; answers with the item as it now is.
#[tauri::command(async)]
pub fn record_update(
    state: State<AppState>,
    at: ItemAt,
    update: ProgressUpdate,
) -> IpcResult<TrackedItem> {
    let db = state.db();
    store::record_update(&db, at, update, today(), state::now()).map_err(IpcError::entered)?;
    Ok(store::tracked_item(&db, at, today())?)
}

/// Changes an item's lead, target, status, RAG or supersession; answers with the item.
#[tauri::command(async)]
pub fn edit_tracking(
    state: State<AppState>,
    at: ItemAt,
    edit: TrackingEdit,
) -> IpcResult<TrackedItem> {
    let db = state.db();
    store::edit_tracking(&db, at, edit, today(), state::now()).map_err(IpcError::entered)?;
    Ok(store::tracked_item(&db, at, today())?)
}

/// The open items of earlier inspections of response `id`'s forces.
#[tauri::command(async)]
pub fn carry_forward_candidates(
    state: State<AppState>,
    id: ResponseId,
) -> IpcResult<Vec<CarryCandidate>> {
    Ok(store::carry_forward_candidates(&state.db(), id)?)
}

/// Links an earlier item to the new response's matching one, or marks it superseded by it;
/// answers with the new response as it now is.
#[tauri::command(async)]
pub fn carry_forward(
    state: State<AppState>,
    from: ItemAt,
    to: ItemAt,
    choice: CarryChoice,
) -> IpcResult<Response> {
    let db = state.db();
    store::carry_forward(&db, from, to, choice, today(), state::now())
        .map_err(IpcError::entered)?;
    Ok(store::read_response(&db, to.response)?)
}

/// The section 55 record of the response as it stands in the window.
#[tauri::command(async)]
pub fn section_55_record(state: State<AppState>, response: Response) -> IpcResult<Section55Record> {
    Ok(store::section_55_of(&state.db(), &response, today())?)
}

/// The response with one section 55 date set, in the checklist where it keeps it.
#[tauri::command]
pub fn set_section_55_date(
    mut response: Response,
    step: Section55Step,
    date: Option<NaiveDate>,
) -> IpcResult<Response> {
    tracking::set_section_55_date(&mut response, step, date);
    Ok(response)
}

/// "This area for improvement was first raised in 2022.", or `None`.
#[tauri::command]
pub fn first_raised_words(kind: ItemKind, tracking: Tracking) -> IpcResult<Option<String>> {
    Ok(tracking::first_raised_words(kind, &tracking))
}

/// Every report published between `from` and `to`, with whether its response was on time.
#[tauri::command(async)]
pub fn compliance(state: State<AppState>, from: NaiveDate, to: NaiveDate) -> IpcResult<Compliance> {
    store::compliance(&state.db(), from, to, today()).map_err(IpcError::entered)
}

/// The Panel's progress report as of `as_of`, as HTML for the preview.
#[tauri::command(async)]
pub fn preview_progress_report(
    state: State<AppState>,
    as_of: NaiveDate,
    scope: ReportScope,
) -> IpcResult<String> {
    let report =
        store::progress_report(&state.db(), as_of, &scope, today()).map_err(IpcError::entered)?;
    Ok(progress::progress_html(&report))
}

/// Writes the Panel's progress report where the officer chooses; `None` if cancelled.
#[tauri::command(async)]
pub fn export_progress_report(
    app: AppHandle,
    state: State<AppState>,
    as_of: NaiveDate,
    scope: ReportScope,
) -> IpcResult<Option<Written>> {
    let report =
        store::progress_report(&state.db(), as_of, &scope, today()).map_err(IpcError::entered)?;
    let office = store::read_office_or_unset(&state.db())?;
    let Some(path) = dialogs::save(&app, Kind::Docx, &report.file_name()) else {
        return Ok(None);
    };
    // The native dialog has already asked before replacing a file.
    progress::write_progress_docx(&report, &office, &path, true)?;
    store::record_progress_report(&state.db(), as_of, &scope, state::now())?;
    Ok(Some(state.handed.written(&path)))
}

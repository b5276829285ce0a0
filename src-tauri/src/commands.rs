//! The window's commands: each takes the state, calls the core and maps the error. Anything
//! that touches the database or a file is `async`, so the window never waits on it.
//!
//! The table below is the one list of commands: it makes the invoke handler, checks each
//! command's arguments and answer against the function at compile time, and is written into
//! the window's bindings (`ui/src/bindings.ts`), so that the window can call no command that
//! is not here, nor with arguments of another shape. No command takes a path: files are
//! chosen in Rust's dialogs and handed to the window as tokens ([`pcc_core::handed`]).

use std::path::Path;

use chrono::NaiveDate;
use pcc_core::checks::Problem;
use pcc_core::dates::DateStyle;
use pcc_core::docx::ExportOptions;
use pcc_core::file::Offered;
use pcc_core::handed::{FileToken, Purpose, Written};
use pcc_core::progress::ReportScope;
use pcc_core::store::{
    self, ArchiveProgress, ArchiveSummary, BackupChoice, BackupContents, BackupFile, EarlierText,
    ResponseId, ResponseSummary, SearchHit, Settings, StatusDate, TrashedResponse, Version,
    VersionId,
};
use pcc_core::store::{
    CarryCandidate, CarryChoice, Compliance, ItemAt, TrackedItem, TrackerFilter, TrackerPage,
    TrackingEdit,
};
use pcc_core::tracking::{Section55Record, Section55Step};
use pcc_core::word::{read_chosen_file, Chosen, ImportNote, SectionChoice, TakeBack};
use pcc_core::{
    export, file, preview, Deadline, DeadlineRule, DocumentKind, ImageUse, Logo, Office, Response,
};
use pcc_core::{ItemKind, ProgressUpdate, Tracking};
use serde::Serialize;
use tauri::{AppHandle, State};

use crate::dialogs::{self, Kind};
use crate::ipc_error::IpcResult;
use crate::publishing;
use crate::safekeeping;
use crate::state::{self, AppState, Startup};
use crate::tracking;
use crate::word;

/// The type a command takes from the app rather than from the window.
macro_rules! context {
    (state) => { State<'_, AppState> };
    (app) => { AppHandle };
}

/// The commands: `name[what it takes from the app](its arguments) -> what it answers`.
macro_rules! commands {
    ($($($path:ident)::+ [$($ctx:ident),*] ($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {
        /// Every command, for the invoke handler.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($($path)::+),*]
        }

        // Each command takes exactly the table's arguments and answers with its type.
        $(const _: () = {
            #[allow(dead_code)]
            fn signature($($ctx: context!($ctx),)* $($arg: $ty),*) -> IpcResult<$ret> {
                $($path)::+($($ctx,)* $($arg),*)
            }
        };)*

        /// The table, for the window's bindings.
        #[cfg(test)]
        pub fn table(cfg: &ts_rs::Config) -> Vec<crate::bindings::Command> {
            use ts_rs::TS;
            vec![$(crate::bindings::Command {
                path: stringify!($($path)::+),
                args: vec![$((stringify!($arg), <$ty>::name(cfg))),*],
                returns: <$ret>::name(cfg),
            }),*]
        }
    };
}

commands! {
    today[]() -> NaiveDate;
    list_responses[state]() -> Vec<ResponseSummary>;
    create_response[state](document: DocumentKind) -> ResponseId;
    read_response[state](id: ResponseId) -> Response;
    save_response[state](id: ResponseId, response: Response) -> Vec<Problem>;
    duplicate_response[state](id: ResponseId) -> ResponseId;
    delete_response[state](id: ResponseId) -> ();
    trash_response[state](id: ResponseId) -> ();
    restore_response[state](id: ResponseId) -> ();
    list_trash[state]() -> Vec<TrashedResponse>;
    empty_trash[state]() -> usize;
    status_dates[state](id: ResponseId) -> Vec<StatusDate>;
    check_response[state](response: Response) -> Vec<Problem>;
    preview_response[state](response: Response) -> String;
    deadline_of[](published: String, rule: DeadlineRule) -> Option<Deadline>;
    resolve_links[](hrefs: Vec<String>) -> Vec<Option<String>>;
    read_office[state]() -> Option<Office>;
    save_office[state](office: Office) -> ();
    choose_logo[app]() -> Option<Logo>;
    choose_signature[app]() -> Option<Logo>;
    import_office[app]() -> Option<Office>;
    export_office[app, state]() -> Option<Written>;
    import_response[app, state]() -> Option<Imported>;
    export_response[app, state](id: ResponseId) -> Option<Written>;
    export_docx[app, state](id: ResponseId) -> Option<Exported>;
    publishing::export_html[app, state](id: ResponseId, signed: bool) -> Option<Exported>;
    publishing::export_pdf[app, state](id: ResponseId, signed: bool) -> Option<Exported>;
    publishing::website_html[state](id: ResponseId, signed: bool) -> String;
    reveal[state](file: FileToken) -> ();
    safekeeping::show_backups_folder[state]() -> ();
    safekeeping::list_versions[state](id: ResponseId) -> Vec<Version>;
    safekeeping::read_version[state](version: VersionId) -> Response;
    safekeeping::restore_version[state](id: ResponseId, version: VersionId) -> Response;
    safekeeping::read_settings[state]() -> Settings;
    safekeeping::save_settings[state](settings: Settings) -> ();
    safekeeping::list_backups[state]() -> Vec<BackupFile>;
    safekeeping::backup_now[app, state]() -> Option<Written>;
    safekeeping::choose_backup[app, state]() -> Option<BackupContents>;
    safekeeping::inspect_backup[state](choice: BackupChoice) -> BackupContents;
    safekeeping::restore_backup[state](choice: BackupChoice) -> Written;
    safekeeping::startup[state]() -> Startup;
    safekeeping::dismiss_damage[state]() -> ();
    word::compare_word_edits[app, state](id: ResponseId) -> Option<TakeBack>;
    word::take_back_word_edits[state](id: ResponseId, choices: Vec<SectionChoice>) -> Response;
    word::import_archive[app, state]() -> Option<ArchiveSummary>;
    word::archive_progress[state]() -> Option<ArchiveProgress>;
    word::cancel_archive[state]() -> ();
    word::search_responses[state](words: String) -> Vec<SearchHit>;
    word::earlier_like[state](text: String, exclude: Option<ResponseId>) -> Vec<EarlierText>;
    tracking::tracker[state](filter: TrackerFilter) -> TrackerPage;
    tracking::tracked_item[state](at: ItemAt) -> TrackedItem;
    tracking::record_update[state](at: ItemAt, update: ProgressUpdate) -> TrackedItem;
    tracking::edit_tracking[state](at: ItemAt, edit: TrackingEdit) -> TrackedItem;
    tracking::carry_forward_candidates[state](id: ResponseId) -> Vec<CarryCandidate>;
    tracking::carry_forward[state](from: ItemAt, to: ItemAt, choice: CarryChoice) -> Response;
    tracking::first_raised_words[](kind: ItemKind, tracking: Tracking) -> Option<String>;
    tracking::section_55_record[state](response: Response) -> Section55Record;
    tracking::set_section_55_date[](response: Response, step: Section55Step, date: Option<NaiveDate>) -> Response;
    tracking::compliance[state](from: NaiveDate, to: NaiveDate) -> Compliance;
    tracking::preview_progress_report[state](as_of: NaiveDate, scope: ReportScope) -> String;
    tracking::export_progress_report[app, state](as_of: NaiveDate, scope: ReportScope) -> Option<Written>;
}

/// The computer's date: the core never reads the clock, the shell does.
fn now() -> NaiveDate {
    state::now().date()
}

#[tauri::command]
fn today() -> IpcResult<NaiveDate> {
    Ok(now())
}

#[tauri::command(async)]
fn list_responses(state: State<AppState>) -> IpcResult<Vec<ResponseSummary>> {
    Ok(store::list_responses(&state.db(), now())?)
}

#[tauri::command(async)]
fn create_response(state: State<AppState>, document: DocumentKind) -> IpcResult<ResponseId> {
    Ok(store::start_response(&state.db(), document)?)
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
    let db = state.db();
    Ok(store::save_response(&db, id, &response, state::now())?)
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
    let office = store::read_office_or_unset(&state.db())?;
    Ok(pcc_core::checks::check(&response, Some(&office), now()))
}

#[tauri::command(async)]
fn preview_response(state: State<AppState>, response: Response) -> IpcResult<String> {
    let office = store::read_office_or_unset(&state.db())?;
    Ok(preview::html(&response, &office, &options()))
}

/// The deadline of a report published on the day typed, as it stands today.
#[tauri::command]
fn deadline_of(published: String, rule: DeadlineRule) -> IpcResult<Option<Deadline>> {
    Ok(pcc_core::deadline_on(&published, rule, now()))
}

/// Each link address as the documents will print it, or null where refused.
#[tauri::command]
fn resolve_links(hrefs: Vec<String>) -> IpcResult<Vec<Option<String>>> {
    Ok(hrefs.iter().map(|h| pcc_core::links::resolve(h)).collect())
}

#[tauri::command(async)]
fn read_office(state: State<AppState>) -> IpcResult<Option<Office>> {
    Ok(store::read_office(&state.db())?)
}

#[tauri::command(async)]
fn save_office(state: State<AppState>, office: Office) -> IpcResult<()> {
    Ok(store::write_office(&state.db(), &office)?)
}

/// A logo chosen through the dialog, checked to be a PNG or JPEG of at most 5 MB.
#[tauri::command(async)]
fn choose_logo(app: AppHandle) -> IpcResult<Option<Logo>> {
    choose_image(&app, ImageUse::Logo)
}

/// The PCC's signature chosen through the dialog, with the logo's checks; a refusal names
/// the signature. Nothing is saved: the window saves it with the office settings.
#[tauri::command(async)]
fn choose_signature(app: AppHandle) -> IpcResult<Option<Logo>> {
    choose_image(&app, ImageUse::Signature)
}

/// An image of the office chosen through the dialog (the window never names a path);
/// `None` when the officer cancels.
fn choose_image(app: &AppHandle, image: ImageUse) -> IpcResult<Option<Logo>> {
    let Some(path) = dialogs::open(app, Kind::Image) else {
        return Ok(None);
    };
    Ok(Some(Logo::read_file_as(&path, image)?))
}

#[tauri::command(async)]
fn import_office(app: AppHandle) -> IpcResult<Option<Office>> {
    let Some(path) = dialogs::open(&app, Kind::Office) else {
        return Ok(None);
    };
    Ok(Some(file::read_office_file(&path)?))
}

#[tauri::command(async)]
fn export_office(app: AppHandle, state: State<AppState>) -> IpcResult<Option<Written>> {
    let office = store::read_office_or_unset(&state.db())?;
    let Some(path) = dialogs::save(&app, Kind::Office, "office-settings.json") else {
        return Ok(None);
    };
    file::save_office(&office, &path)?;
    Ok(Some(state.handed.written(&path)))
}

/// What an imported file turned out to be.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub(crate) enum Imported {
    /// A response, now in the list under this id.
    Response(ResponseId),
    /// A Word document, now in the list as a response, with what the officer should know.
    Word(WordImported),
    /// An office settings file, read but not saved: the window offers to import it as the
    /// settings.
    Office(Box<Office>),
}

#[tauri::command(async)]
fn import_response(app: AppHandle, state: State<AppState>) -> IpcResult<Option<Imported>> {
    let Some(path) = dialogs::open(&app, Kind::Response) else {
        return Ok(None);
    };
    let create = |response: &Response| store::create_response(&state.db(), response);
    Ok(Some(match read_chosen_file(&path)? {
        Chosen::File(Offered::Office(office)) => Imported::Office(office),
        Chosen::File(Offered::Response(response)) => Imported::Response(create(&response)?),
        Chosen::Word(doc) => Imported::Word(WordImported {
            id: create(&doc.accepted)?,
            notes: doc.notes,
            tracked_changes: doc.tracked_changes,
            comments: doc.comments.len(),
        }),
    }))
}

/// A Word document imported as a response.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub(crate) struct WordImported {
    /// The response it became.
    id: ResponseId,
    /// What could not be placed, and where it went.
    notes: Vec<ImportNote>,
    /// Pending tracked changes found: the text was read with each accepted.
    tracked_changes: usize,
    /// Comments found (not imported: they stay in the document).
    comments: usize,
}

/// Exports response `id` by `write`, to the file the officer chooses in the save dialog (the
/// core's name for it suggested), and keeps the response as exported in its history. Gives
/// the file and what `write` found; `None` when the officer cancels.
pub(crate) fn export_as<T>(
    app: &AppHandle,
    state: &AppState,
    id: ResponseId,
    kind: Kind,
    write: impl FnOnce(&Response, &Office, &Path) -> pcc_core::Result<T>,
) -> IpcResult<Option<(Written, T)>> {
    // One statement each: the guard from state.db() lives to the end of its statement.
    let response = store::read_response(&state.db(), id)?;
    let office = store::read_office_or_unset(&state.db())?;
    let name = export::suggested_file_name(&response, &office, kind.extension());
    let Some(path) = dialogs::save(app, kind, &name) else {
        return Ok(None);
    };
    let found = write(&response, &office, &path)?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    store::record_export(&state.db(), id, state::now(), &name)?;
    Ok(Some((state.handed.written(&path), found)))
}

#[tauri::command(async)]
fn export_response(
    app: AppHandle,
    state: State<AppState>,
    id: ResponseId,
) -> IpcResult<Option<Written>> {
    let written = export_as(&app, &state, id, Kind::Response, |response, _, path| {
        export::write_atomically(path, file::write_response(response).as_bytes(), true)
    })?;
    Ok(written.map(|(file, ())| file))
}

/// Where a document went and what the officer should know about it.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub(crate) struct Exported {
    /// The file, and the token to show it in its folder.
    pub(crate) file: Written,
    /// What the checks found, for the officer to read before sending it.
    pub(crate) problems: Vec<Problem>,
}

#[tauri::command(async)]
fn export_docx(
    app: AppHandle,
    state: State<AppState>,
    id: ResponseId,
) -> IpcResult<Option<Exported>> {
    // The native dialog has already asked before replacing a file.
    let exported = export_as(&app, &state, id, Kind::Docx, |response, office, path| {
        export::export_to_file(response, office, &options(), path, true)
    })?;
    Ok(exported.map(|(file, problems)| Exported { file, problems }))
}

/// Shows a file the app wrote in this run in its folder; any other token is refused.
#[tauri::command(async)]
fn reveal(state: State<AppState>, file: FileToken) -> IpcResult<()> {
    let path = state.handed.path(file, Purpose::Written)?;
    safekeeping::show_in_folder(&path)
}

/// How the exports print: dated today, dates in plain words.
pub(crate) fn options() -> ExportOptions {
    ExportOptions {
        today: now(),
        date_style: DateStyle::Plain,
    }
}

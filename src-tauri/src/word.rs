//! The window's commands for Word documents and the archive: taking back edits made in Word,
//! bringing in a folder of past responses, searching every response and finding earlier
//! wording. Each takes the state, calls the core and maps the error.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use pcc_core::store::{self, ArchiveProgress, ArchiveSummary, EarlierText, ResponseId, SearchHit};
use pcc_core::word::{self, SectionChoice, TakeBack, WordDocument};
use pcc_core::{Error, Response};
use tauri::{AppHandle, State};

use crate::dialogs::{self, Kind};
use crate::ipc_error::IpcResult;
use crate::state::{self, AppState};

/// What the Word commands keep between one call and the next.
#[derive(Default)]
pub struct WordState {
    /// The edited document read for a response, until its edits are taken back.
    edits: Mutex<Option<(ResponseId, WordDocument)>>,
    /// How far the import of the archive has gone; `None` when none is running.
    archive: Mutex<Option<ArchiveProgress>>,
    /// Set to stop the import of the archive before its next document.
    cancel: AtomicBool,
}

/// The most search results and earlier passages the window is given.
const MOST_FOUND: usize = 50;
const MOST_EARLIER: usize = 8;

/// Reads the edited Word document the officer chooses for response `id` and compares it
/// with the response; the document is kept until its edits are taken back.
#[tauri::command(async)]
pub fn compare_word_edits(
    app: AppHandle,
    state: State<AppState>,
    id: ResponseId,
) -> IpcResult<Option<TakeBack>> {
    let Some(path) = dialogs::open(&app, Kind::Docx) else {
        return Ok(None);
    };
    let doc = word::read_word_file(&path)?;
    let current = store::read_response(&state.db(), id)?;
    let compared = word::compare(&current, &doc);
    *lock(&state.word.edits) = Some((id, doc));
    Ok(Some(compared))
}

/// Takes back the sections chosen from the document last compared with response `id`,
/// keeping the response as it was in its history first.
#[tauri::command(async)]
pub fn take_back_word_edits(
    state: State<AppState>,
    id: ResponseId,
    choices: Vec<SectionChoice>,
) -> IpcResult<Response> {
    let kept = lock(&state.word.edits).take();
    let Some((_, doc)) = kept.filter(|(for_id, _)| *for_id == id) else {
        return Err(Error::NoWordDocument.into());
    };
    Ok(store::take_back(
        &state.db(),
        id,
        &doc,
        &choices,
        state::now(),
    )?)
}

/// Brings in every Word document of the folder the officer chooses, as published
/// responses; `None` when the officer cancels the choice.
#[tauri::command(async)]
pub fn import_archive(app: AppHandle, state: State<AppState>) -> IpcResult<Option<ArchiveSummary>> {
    let Some(folder) = dialogs::open_folder(&app) else {
        return Ok(None);
    };
    let files = word::archive_files(&folder)?;
    state.word.cancel.store(false, Ordering::SeqCst);
    let summary = store::import_archive(
        &files,
        || state.db(),
        |progress| {
            *lock(&state.word.archive) = Some(progress.clone());
            !state.word.cancel.load(Ordering::SeqCst)
        },
    );
    *lock(&state.word.archive) = None;
    Ok(Some(summary))
}

/// How far the import of the archive has gone; `None` when none is running.
#[tauri::command]
pub fn archive_progress(state: State<AppState>) -> IpcResult<Option<ArchiveProgress>> {
    Ok(lock(&state.word.archive).clone())
}

/// Stops the import of the archive before its next document.
#[tauri::command]
pub fn cancel_archive(state: State<AppState>) -> IpcResult<()> {
    state.word.cancel.store(true, Ordering::SeqCst);
    Ok(())
}

/// Every response (trash aside) with the words typed, best first, each with its passage.
#[tauri::command(async)]
pub fn search_responses(state: State<AppState>, words: String) -> IpcResult<Vec<SearchHit>> {
    Ok(store::search(&state.db(), &words, MOST_FOUND)?)
}

/// The passages of other responses most like `text`, best first.
#[tauri::command(async)]
pub fn earlier_like(
    state: State<AppState>,
    text: String,
    exclude: Option<ResponseId>,
) -> IpcResult<Vec<EarlierText>> {
    Ok(store::earlier_like(
        &state.db(),
        &text,
        exclude,
        MOST_EARLIER,
    )?)
}

/// A lock that a panic elsewhere has not made unusable: what it guards is replaced whole.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

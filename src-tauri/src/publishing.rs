//! The window's commands for publishing a response: the web page for the office's website
//! (one self-contained HTML file), its HTML to paste into a web content system ("Copy HTML"),
//! and the tagged PDF. Each is one call over the core (`pcc_core::publish`), which decides
//! what may be exported "as signed" and says why not; the shell only chooses the file.

use pcc_core::publish::{build, html, Format, PublishOptions};
use pcc_core::store::{self, ResponseId};
use pcc_core::{export, Office, Response};
use tauri::{AppHandle, State};

use crate::commands::{export_as, options, Exported};
use crate::dialogs::Kind;
use crate::ipc_error::{IpcError, IpcResult};
use crate::state::AppState;

/// Writes response `id` as the website's HTML page, `signed` to carry the PCC's signature,
/// to the file chosen in the save dialog; `None` when the officer cancels. A response that
/// may not be exported as signed is refused, in the core's words, before the dialog opens.
#[tauri::command(async)]
pub fn export_html(
    app: AppHandle,
    state: State<AppState>,
    id: ResponseId,
    signed: bool,
) -> IpcResult<Option<Exported>> {
    publish_as(&app, &state, id, Format::Html, signed)
}

/// Writes response `id` as a tagged PDF, as [`export_html`] writes the HTML page.
#[tauri::command(async)]
pub fn export_pdf(
    app: AppHandle,
    state: State<AppState>,
    id: ResponseId,
    signed: bool,
) -> IpcResult<Option<Exported>> {
    publish_as(&app, &state, id, Format::Pdf, signed)
}

/// Response `id` as HTML to paste into the website's editor: the page's body without the
/// document around it, its styles and images inline.
#[tauri::command(async)]
pub fn website_html(state: State<AppState>, id: ResponseId, signed: bool) -> IpcResult<String> {
    let (response, office) = read(&state, id)?;
    Ok(html::fragment(&publication(&response, &office, signed)?))
}

/// The response and the office's settings, as saved.
fn read(state: &AppState, id: ResponseId) -> IpcResult<(Response, Office)> {
    // One statement each: the guard from state.db() lives to the end of its statement.
    let response = store::read_response(&state.db(), id)?;
    let office = store::read_office_or_unset(&state.db())?;
    Ok((response, office))
}

/// The response laid out for publishing; a refusal (not yet signed, no signature in the
/// settings) names what the officer chose, as an entry refused.
fn publication(
    response: &Response,
    office: &Office,
    signed: bool,
) -> IpcResult<pcc_core::publish::Publication> {
    build::publication(response, office, &publish_options(signed)).map_err(IpcError::entered)
}

fn publish_options(signed: bool) -> PublishOptions {
    PublishOptions {
        export: options(),
        signed,
    }
}

fn publish_as(
    app: &AppHandle,
    state: &AppState,
    id: ResponseId,
    format: Format,
    signed: bool,
) -> IpcResult<Option<Exported>> {
    if signed {
        // Asked first, so that the officer is not sent to choose a file for nothing.
        let (response, office) = read(state, id)?;
        publication(&response, &office, signed)?;
    }
    let kind = match format {
        Format::Pdf => Kind::Pdf,
        _ => Kind::Html,
    };
    let options = publish_options(signed);
    // The native dialog has already asked before replacing a file.
    let exported = export_as(app, state, id, kind, |response, office, path| {
        export::publish_to_file(format, response, office, &options, path, true)
    })?;
    Ok(exported.map(|(file, problems)| Exported { file, problems }))
}

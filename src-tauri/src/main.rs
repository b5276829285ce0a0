//! The desktop shell of PCC Response: one window over the core crate. Everything the officer
//! does is a function of `pcc_core`; the commands in [`commands`] and [`safekeeping`] only
//! take the app's state, call the core and map the error, and file dialogs are opened from
//! Rust ([`dialogs`]) so that the webview needs no file-system permission at all.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

#[cfg(test)]
mod bindings;
mod commands;
mod dialogs;
mod ipc_error;
mod opening;
mod publishing;
mod safekeeping;
mod single_instance;
mod state;
mod tracking;
mod word;

fn main() {
    single_instance::register(tauri::Builder::default())
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let state = state::AppState::open(app.handle())?;
            // Not when the database was found damaged: the officer deals with that first.
            let clean = state.damaged.lock().is_ok_and(|d| d.is_none());
            let args: Vec<String> = std::env::args().collect();
            let cwd = std::env::current_dir().unwrap_or_default();
            if let Some(path) = opening::file_argument(&args, &cwd).filter(|_| clean) {
                let opened = opening::open_file(&state, &path);
                *state.opened.lock().unwrap_or_else(|p| p.into_inner()) = Some(opened);
            }
            tauri::Manager::manage(app, state);
            state::keep_backing_up(app.handle().clone());
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("the PCC Response window could not be started");
}

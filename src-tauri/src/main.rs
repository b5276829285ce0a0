//! The desktop shell of PCC Response: one window over the core crate. Everything the officer
//! does is a function of `pcc_core`; the commands in [`commands`] and [`safekeeping`] only
//! take the app's state, call the core and map the error, and file dialogs are opened from
//! Rust ([`dialogs`]) so that the webview needs no file-system permission at all.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod dialogs;
mod ipc_error;
mod safekeeping;
mod single_instance;
mod state;

fn main() {
    single_instance::register(tauri::Builder::default())
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let state = state::AppState::open(app.handle())?;
            tauri::Manager::manage(app, state);
            state::keep_backing_up(app.handle().clone());
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("the PCC Response window could not be started");
}

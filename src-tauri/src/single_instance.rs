//! One app at a time: starting PCC Response while it runs brings the open window forward
//! instead of opening the same database a second time, and hands over any file it was given.
//!
//! On Windows the plugin uses a named mutex; on Linux the session's D-Bus, which some
//! sessions lack (a bare X server, some remote logins). Without it the app still starts, says
//! so on standard error, and relies on SQLite's locking to keep two windows from harm.

use std::path::Path;

use tauri::{Builder, Emitter, Manager, Runtime};

use crate::opening;
use crate::state::AppState;

/// Registers the single-instance plugin first, as it must be, where it can work.
pub fn register<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    if !can_register() {
        eprintln!("PCC Response: no D-Bus session bus, so a second start cannot find this window");
        return builder;
    }
    builder.plugin(tauri_plugin_single_instance::init(|app, args, cwd| {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
        // A response file double-clicked while the app runs.
        if let Some(path) = opening::file_argument(&args, Path::new(&cwd)) {
            let opened = opening::open_file(&app.state::<AppState>(), &path);
            let _ = app.emit(opening::FILE_OPENED, opened);
        }
    }))
}

#[cfg(target_os = "linux")]
fn can_register() -> bool {
    match std::env::var("DBUS_SESSION_BUS_ADDRESS") {
        Ok(address) => !address.trim().is_empty() && address.trim() != "disabled:",
        Err(_) => std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists()),
    }
}

#[cfg(not(target_os = "linux"))]
fn can_register() -> bool {
    true
}

//! What the core's tests share: its integration tests declare this module, and its unit tests
//! include the same file by path (`export.rs`), so that a helper is written once.

use std::path::Path;

/// The names in `dir`, sorted.
pub fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

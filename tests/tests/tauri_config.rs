//! The app's Tauri configuration is valid and says what the Windows delivery needs. It is
//! checked against the JSON schema that Tauri publishes with its command-line tool (the
//! `@tauri-apps/cli` npm package, which scripts/test.sh installs into target/tauri-cli), so
//! a key that Tauri would reject or ignore fails here rather than on a Windows build machine.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn tauri_schema() -> jsonschema::Validator {
    let path = repo().join("target/tauri-cli/node_modules/@tauri-apps/cli/config.schema.json");
    assert!(
        path.is_file(),
        "Tauri's config schema is missing: expected {} (scripts/test.sh installs Tauri's \
         command-line tool there from npm, with ensure_tauri_cli in scripts/setup.sh)",
        path.display()
    );
    jsonschema::validator_for(&read(&path)).expect("Tauri's schema compiles")
}

fn config() -> Value {
    read(&repo().join("src-tauri/tauri.conf.json"))
}

/// `patch` applied to `base` as Tauri applies `TAURI_CONFIG` (a JSON merge patch).
fn merge(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(base), Value::Object(patch)) => {
            for (key, value) in patch {
                merge(base.entry(key.clone()).or_insert(Value::Null), value);
            }
        }
        (base, patch) => *base = patch.clone(),
    }
}

fn assert_valid(schema: &jsonschema::Validator, config: &Value, name: &str) {
    let errors: Vec<String> = schema
        .iter_errors(config)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{name} does not fit Tauri's schema:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_configuration_fits_tauris_published_schema() {
    let schema = tauri_schema();
    let config = config();
    assert_valid(&schema, &config, "tauri.conf.json");
    let mut test = config.clone();
    merge(
        &mut test,
        &read(&repo().join("src-tauri/tauri.test.conf.json")),
    );
    assert_valid(&schema, &test, "tauri.conf.json with tauri.test.conf.json");
    assert_ne!(
        test["identifier"], config["identifier"],
        "tests keep their own data folder"
    );

    // The schema can fail: a misspelt key is refused.
    let mut wrong = config;
    wrong["bundle"]["windows"]["nsis"]["instalMode"] = "currentUser".into();
    assert!(!schema.is_valid(&wrong), "the schema refuses unknown keys");
}

#[test]
fn the_bundle_makes_per_user_and_msi_installers_that_install_webview2_offline() {
    let config = config();
    let bundle = &config["bundle"];
    assert_eq!(bundle["active"], true);
    let targets: Vec<&str> = bundle["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    for target in ["nsis", "msi", "deb"] {
        assert!(targets.contains(&target), "{target} in {targets:?}");
    }
    let windows = &bundle["windows"];
    assert_eq!(
        windows["nsis"]["installMode"], "currentUser",
        "no administrator needed"
    );
    assert_eq!(
        windows["webviewInstallMode"]["type"], "offlineInstaller",
        "a laptop without a network can install"
    );
    assert!(
        windows["wix"]["upgradeCode"].is_string(),
        "upgrades replace, never duplicate"
    );
    for key in ["productName", "version", "identifier"] {
        assert!(config[key].is_string(), "{key}");
    }
    assert!(bundle["publisher"].is_string());

    let icons = bundle["icon"].as_array().unwrap();
    assert!(
        icons.iter().any(|i| i.as_str().unwrap().ends_with(".ico")),
        "Windows needs an .ico"
    );
    for icon in icons {
        let path = repo().join("src-tauri").join(icon.as_str().unwrap());
        assert!(path.is_file(), "icon {} missing", path.display());
    }
}

#[test]
fn response_files_open_the_app_when_double_clicked() {
    let config = config();
    let associations = config["bundle"]["fileAssociations"].as_array().unwrap();
    let response = associations
        .iter()
        .find(|a| a["ext"].as_array().unwrap().iter().any(|e| e == "pccr"))
        .expect("an association for .pccr");
    assert_eq!(response["role"], "Editor");
    assert!(
        response["mimeType"].is_string(),
        "Linux's .desktop file needs a MIME type"
    );
}

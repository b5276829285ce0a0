//! The window's TypeScript types are generated from the Rust types (ts-rs) into
//! `ui/src/bindings.ts`, committed, and checked fresh here: a change to a Rust type that
//! crosses to the window fails this test until the bindings are regenerated with
//! `UPDATE_BINDINGS=1 cargo test -p pcc-tests --test ts_bindings`.

use std::path::PathBuf;

use pcc_core::checks::{Problem, Section, Severity};
use pcc_core::dates::DateStyle;
use pcc_core::store::{
    BackupContents, BackupFile, Damaged, ResponseId, ResponseSummary, Settings, StatusDate,
    TrashedResponse, Version, VersionId, VersionKind,
};
use pcc_core::*;
use ts_rs::{Config, TS};

fn bindings() -> String {
    let cfg = Config::default();
    let decls = [
        Response::decl(&cfg),
        DocumentKind::decl(&cfg),
        Status::decl(&cfg),
        Inspection::decl(&cfg),
        InspectionType::decl(&cfg),
        GradedJudgement::decl(&cfg),
        Grade::decl(&cfg),
        Item::decl(&cfg),
        ChecklistEntry::decl(&cfg),
        Letter::decl(&cfg),
        LetterDate::decl(&cfg),
        Office::decl(&cfg),
        OfficeDefaults::decl(&cfg),
        Logo::decl(&cfg),
        ImageFormat::decl(&cfg),
        DeadlineRule::decl(&cfg),
        Due::decl(&cfg),
        Problem::decl(&cfg),
        Section::decl(&cfg),
        Severity::decl(&cfg),
        DateStyle::decl(&cfg),
        ResponseId::decl(&cfg),
        ResponseSummary::decl(&cfg),
        TrashedResponse::decl(&cfg),
        StatusDate::decl(&cfg),
        Version::decl(&cfg),
        VersionId::decl(&cfg),
        VersionKind::decl(&cfg),
        Settings::decl(&cfg),
        BackupFile::decl(&cfg),
        BackupContents::decl(&cfg),
        Damaged::decl(&cfg),
        pcc_core::limits::Limits::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by ts-rs (tests/tests/ts_bindings.rs). Do not edit:\n\
         // run `UPDATE_BINDINGS=1 cargo test -p pcc-tests --test ts_bindings` instead.\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out
}

#[test]
fn the_ui_bindings_are_generated_from_the_current_rust_types() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings.ts");
    let fresh = bindings();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is out of date with the Rust types: run UPDATE_BINDINGS=1 cargo test -p pcc-tests \
         --test ts_bindings and commit the result",
        path.display()
    );
}

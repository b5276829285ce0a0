//! The window's side of the door, generated: `ui/src/bindings.ts` holds the TypeScript form
//! of every type that crosses between window and Rust (ts-rs), the core's word tables and
//! constants, and the table of commands with their arguments and answers. It is committed,
//! and this test fails when it is out of date, until it is written again with
//! `UPDATE_BINDINGS=1 cargo test -p pcc-response-app bindings`.

use std::path::PathBuf;

use pcc_core::checks::{Problem, Section, Severity};
use pcc_core::dates::{DateStyle, MONTHS};
use pcc_core::handed::{FileToken, Written};
use pcc_core::limits::{Limits, LIMITS};
use pcc_core::store::{
    self, ArchiveImported, ArchiveProgress, ArchiveRefused, ArchiveSummary, BackupChoice,
    BackupContents, BackupFile, Damaged, EarlierText, Passage, ResponseId, ResponseSummary,
    SearchHit, Settings, StatusDate, TrashedResponse, Version, VersionId, VersionKind,
    MOST_BACKUPS_KEPT,
};
use pcc_core::word;
use pcc_core::*;
use serde::Serialize;
use serde_json::{json, Value};
use ts_rs::{Config, TS};

/// One command of the table, as the window sees it.
pub struct Command {
    /// Its path in the shell, such as `safekeeping::list_backups`.
    pub path: &'static str,
    /// Each argument's name and TypeScript type.
    pub args: Vec<(&'static str, String)>,
    /// The TypeScript type of its answer.
    pub returns: String,
}

impl Command {
    /// The name the window invokes: the function's own name.
    fn name(&self) -> &str {
        self.path.rsplit("::").next().unwrap_or(self.path).trim()
    }
}

/// Tauri hands a command's arguments over by their camelCase names.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

fn declarations(cfg: &Config) -> Vec<String> {
    vec![
        Response::decl(cfg),
        DocumentKind::decl(cfg),
        Status::decl(cfg),
        Inspection::decl(cfg),
        InspectionType::decl(cfg),
        GradedJudgement::decl(cfg),
        Grade::decl(cfg),
        Item::decl(cfg),
        Tracking::decl(cfg),
        ItemStatus::decl(cfg),
        Rag::decl(cfg),
        ProgressUpdate::decl(cfg),
        ItemKind::decl(cfg),
        ItemLink::decl(cfg),
        Section55::decl(cfg),
        store::ItemAt::decl(cfg),
        store::TrackerFilter::decl(cfg),
        store::DueFilter::decl(cfg),
        store::TrackerPage::decl(cfg),
        store::TrackerCounts::decl(cfg),
        store::Count::<ItemStatus>::decl(cfg),
        store::TrackerRow::decl(cfg),
        store::LatestUpdate::decl(cfg),
        store::TrackerInspection::decl(cfg),
        store::TrackedItem::decl(cfg),
        store::TrackingEdit::decl(cfg),
        store::CarryCandidate::decl(cfg),
        store::CarryChoice::decl(cfg),
        store::Compliance::decl(cfg),
        store::ComplianceRow::decl(cfg),
        tracking::RagShown::decl(cfg),
        tracking::Publication::decl(cfg),
        tracking::Section55Step::decl(cfg),
        tracking::Section55Record::decl(cfg),
        tracking::Section55Line::decl(cfg),
        pcc_core::progress::ReportScope::decl(cfg),
        ChecklistEntry::decl(cfg),
        Letter::decl(cfg),
        LetterDate::decl(cfg),
        Office::decl(cfg),
        OfficeDefaults::decl(cfg),
        Logo::decl(cfg),
        ImageFormat::decl(cfg),
        DeadlineRule::decl(cfg),
        Deadline::decl(cfg),
        Due::decl(cfg),
        DueWords::decl(cfg),
        DueTone::decl(cfg),
        Problem::decl(cfg),
        Section::decl(cfg),
        Severity::decl(cfg),
        DateStyle::decl(cfg),
        ResponseId::decl(cfg),
        ResponseSummary::decl(cfg),
        TrashedResponse::decl(cfg),
        StatusDate::decl(cfg),
        Version::decl(cfg),
        VersionId::decl(cfg),
        VersionKind::decl(cfg),
        Settings::decl(cfg),
        BackupFile::decl(cfg),
        BackupContents::decl(cfg),
        BackupChoice::decl(cfg),
        Damaged::decl(cfg),
        Limits::decl(cfg),
        FileToken::decl(cfg),
        Written::decl(cfg),
        ErrorKind::decl(cfg),
        crate::ipc_error::IpcError::decl(cfg),
        crate::commands::Exported::decl(cfg),
        crate::commands::Imported::decl(cfg),
        crate::commands::WordImported::decl(cfg),
        word::Section::decl(cfg),
        word::ImportNote::decl(cfg),
        word::WordComment::decl(cfg),
        word::TakeBack::decl(cfg),
        word::DocumentMatch::decl(cfg),
        word::SectionChanges::decl(cfg),
        word::Word::decl(cfg),
        word::Change::decl(cfg),
        word::SectionChoice::decl(cfg),
        word::Take::decl(cfg),
        SearchHit::decl(cfg),
        Passage::decl(cfg),
        EarlierText::decl(cfg),
        ArchiveProgress::decl(cfg),
        ArchiveImported::decl(cfg),
        ArchiveRefused::decl(cfg),
        ArchiveSummary::decl(cfg),
        crate::state::Startup::decl(cfg),
        crate::opening::Opened::decl(cfg),
    ]
}

/// A value and its words, as the window's menus list them.
fn labelled<T: Serialize>(values: impl IntoIterator<Item = (T, &'static str)>) -> Value {
    values
        .into_iter()
        .map(|(value, label)| json!({ "value": value, "label": label }))
        .collect()
}

/// The core's constants and word tables: `(name, TypeScript type, value)`.
fn constants() -> Vec<(&'static str, &'static str, Value)> {
    vec![
        (
            "DOCUMENT_KINDS",
            "{ value: DocumentKind; label: string }[]",
            labelled(DocumentKind::ALL.iter().map(|d| (d, d.label()))),
        ),
        (
            "STATUSES",
            "{ value: Status; label: string }[]",
            labelled(Status::ALL.iter().map(|s| (s, s.label()))),
        ),
        (
            "INSPECTION_TYPES",
            "{ value: InspectionType; label: string }[]",
            labelled(InspectionType::ALL.iter().map(|t| (t, t.label()))),
        ),
        ("GRADES", "Grade[]", json!(Grade::ALL)),
        (
            "ITEM_STATUSES",
            "{ value: ItemStatus; label: string }[]",
            labelled(ItemStatus::ALL.iter().map(|s| (s, s.label()))),
        ),
        (
            "RAGS",
            "{ value: Rag; label: string }[]",
            labelled(Rag::ALL.iter().map(|r| (r, r.label()))),
        ),
        (
            "ITEM_KINDS",
            "{ value: ItemKind; label: string }[]",
            labelled(ItemKind::ALL.iter().map(|k| (k, k.label()))),
        ),
        ("NEW_ITEM", "Item", json!(Item::new("", None))),
        ("PEEL_AREAS", "string[]", json!(PEEL_AREAS)),
        (
            "DEADLINE_RULES",
            "{ value: DeadlineRule; label: string; words: string }[]",
            DeadlineRule::ALL
                .iter()
                .map(|r| json!({ "value": r, "label": r.label(), "words": r.describe() }))
                .collect(),
        ),
        ("MONTHS", "string[]", json!(MONTHS)),
        ("UNSET_OFFICE", "Office", json!(Office::unset())),
        (
            "OFFICE_DEFAULTS",
            "OfficeDefaults",
            json!(OfficeDefaults::get()),
        ),
        ("LIMITS", "Limits", json!(LIMITS)),
        ("MOST_BACKUPS_KEPT", "number", json!(MOST_BACKUPS_KEPT)),
        (
            "SIGNED_EXPORT_STATUSES",
            "Status[]",
            json!(publish::build::SIGNED_STATUSES),
        ),
    ]
}

fn bindings() -> String {
    let cfg = Config::default();
    let mut out = String::from(
        "// Generated from the Rust types and constants (src-tauri/src/bindings.rs). Do not\n\
         // edit: run `UPDATE_BINDINGS=1 cargo test -p pcc-response-app bindings` instead.\n\n",
    );
    for decl in declarations(&cfg) {
        out.push_str(&format!("export {decl}\n\n"));
    }
    for (name, ty, value) in constants() {
        // One line each: the tables are read in Rust, where they are written.
        let value = serde_json::to_string(&value).unwrap();
        out.push_str(&format!(
            "export const {name}: Readonly<{ty}> = {value};\n\n"
        ));
    }
    out.push_str(
        "/** Every command the window may invoke: its arguments, by name, and its answer. */\n\
         export interface Commands {\n",
    );
    for command in crate::commands::table(&cfg) {
        let args: Vec<String> = command
            .args
            .iter()
            .map(|(name, ty)| format!("{}: {ty}", camel(name)))
            .collect();
        let args = match args.is_empty() {
            true => "Record<string, never>".to_string(),
            false => format!("{{ {} }}", args.join("; ")),
        };
        let returns = &command.returns;
        out.push_str(&format!(
            "  {}: {{ args: {args}; returns: {returns} }};\n",
            command.name()
        ));
    }
    out.push_str("}\n");
    out
}

#[test]
fn the_window_bindings_are_generated_from_the_current_rust() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings.ts");
    let fresh = bindings();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is out of date with the Rust types: run UPDATE_BINDINGS=1 cargo test -p \
         pcc-response-app bindings, and commit the result",
        path.display()
    );
}

#[test]
fn every_command_is_named_once_and_none_takes_a_path() {
    let cfg = Config::default();
    let table = crate::commands::table(&cfg);
    let mut names: Vec<&str> = table.iter().map(Command::name).collect();
    names.sort_unstable();
    let count = names.len();
    names.dedup();
    assert_eq!(names.len(), count, "a command is listed twice");
    // The only plain strings the window sends are a date as typed, link addresses, words to
    // search for or find text like, and days (read as dates, never as paths).
    for command in &table {
        for (arg, ty) in &command.args {
            let words = ["published", "hrefs", "words", "text"].contains(arg);
            // Days are checked as days (`NaiveDate`) before a command sees them.
            let day = ["from", "to", "as_of", "date"].contains(arg) && ty.contains("string");
            assert!(
                !arg.contains("path") && (words || day || !ty.contains("string")),
                "{}({arg}: {ty}) may be a path: the window names files only by token, and \
                 backups by name",
                command.name()
            );
        }
    }
    assert_eq!(camel("backups_kept"), "backupsKept");
}

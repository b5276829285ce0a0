//! What a Windows laptop brings: folders with spaces and accents ("C:\Users\Zoë Smith\OneDrive -
//! Exampleshire OPCC\Réponses 2025"), and files saved by Windows programs with CRLF line ends and
//! a byte-order mark. Each part of the app that touches a file works with them.

mod common;

use chrono::NaiveDate;
use pcc_core::{export, file, store};

#[test]
fn a_file_saved_by_a_windows_program_reads_as_the_original() {
    let (form, _) = common::exampleshire_2025();
    let dir = tempfile::tempdir().unwrap();
    let original = file::write_response(&form);
    let crlf = original.replace('\n', "\r\n");
    for (name, bytes) in [
        ("crlf.pccr", crlf.clone().into_bytes()),
        (
            "crlf-bom.pccr",
            [b"\xEF\xBB\xBF".as_slice(), crlf.as_bytes()].concat(),
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        assert_eq!(file::read_response_file(&path).unwrap(), form, "{name}");
    }
}

#[test]
fn folders_with_spaces_and_accents_hold_the_database_backups_and_exports() {
    let (form, office) = common::exampleshire_2025();
    let root = tempfile::tempdir().unwrap();
    let folder = root
        .path()
        .join("Zoë Smith")
        .join("OneDrive - Exampleshire OPCC")
        .join("Réponses 2025");
    std::fs::create_dir_all(&folder).unwrap();
    let today = NaiveDate::from_ymd_opt(2025, 8, 1).unwrap();
    let now = today.and_hms_opt(9, 30, 0).unwrap();

    let (conn, damaged) = store::open_at_startup(
        &folder.join("responses.sqlite3"),
        &folder.join("backups"),
        now,
    )
    .unwrap();
    assert_eq!(damaged, None);
    store::write_office(&conn, &office).unwrap();
    let id = store::create_response(&conn, &form).unwrap();

    let docx = folder.join("Exampleshire PCC response – PEEL 2025 (draft № 2).docx");
    let options = common::options();
    export::export_to_file(&form, &office, &options, &docx, false).unwrap();
    common::read(std::fs::read(&docx).unwrap()).assert_well_formed();

    let pccr = folder.join("Réponse – PEEL 2025.pccr");
    export::write_atomically(&pccr, file::write_response(&form).as_bytes(), false).unwrap();
    assert_eq!(file::read_response_file(&pccr).unwrap(), form);

    let backup = store::backup_automatically(&conn, &folder.join("backups"), now, 14)
        .unwrap()
        .unwrap();
    let held = store::inspect_backup(&backup, today).unwrap();
    assert_eq!(held.responses[0].id, id);
    let chosen = folder.join("Sauvegarde – 1 Aug 2025.sqlite3");
    store::backup_to(&conn, &chosen).unwrap();
    assert_eq!(
        store::inspect_backup(&chosen, today)
            .unwrap()
            .responses
            .len(),
        1
    );
}

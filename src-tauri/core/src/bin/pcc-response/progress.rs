//! `pcc-response progress-report`: the Police and Crime Panel's progress report from a
//! database, written as a Word document and recorded as made, so that the next report of the
//! same scope says what has closed since.

use std::path::PathBuf;

use clap::Args;
use pcc_core::progress::{write_progress_docx, ReportScope};
use pcc_core::store::{self, ResponseId};
use pcc_core::{Error, InspectionType};

use super::{date, whole_number, Failure, Today};

#[derive(Args)]
pub struct ProgressArgs {
    /// The database to report from.
    #[arg(long, value_name = "DB")]
    db: PathBuf,
    /// The day to give the position at: updates after it are left out.
    #[arg(long = "as-of", value_name = "YYYY-MM-DD", value_parser = date)]
    as_of: chrono::NaiveDate,
    /// The Word document to write.
    #[arg(long, value_name = "FILE.docx")]
    out: PathBuf,
    /// Report on one inspection: its response's number, as `list` shows it.
    #[arg(long, value_name = "ID", value_parser = whole_number, conflicts_with = "kind")]
    inspection: Option<i64>,
    /// Report on one type of inspection: PEEL, National, Joint, Force-specific,
    /// PCC-commissioned or Other.
    #[arg(long = "type", value_name = "TYPE", value_parser = inspection_type)]
    kind: Option<InspectionType>,
    /// Replace FILE.docx if it already exists.
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    today: Today,
}

fn inspection_type(s: &str) -> Result<InspectionType, String> {
    InspectionType::parse(s)
        .ok_or_else(|| format!("expected one of {}", InspectionType::expected()))
}

pub fn progress_report(a: ProgressArgs) -> Result<(), Failure> {
    let scope = match (a.inspection, a.kind) {
        (Some(id), _) => ReportScope::Inspection { id: ResponseId(id) },
        (None, Some(inspection_type)) => ReportScope::Type { inspection_type },
        (None, None) => ReportScope::All,
    };
    if !a.db.exists() {
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        return Err(Error::io(&a.db, missing).into());
    }
    let conn = store::open(&a.db)?;
    let report = match store::progress_report(&conn, a.as_of, &scope, a.today.or_now()) {
        // The core names its parameter; the officer typed the option.
        Err(Error::Invalid { field, problem }) if field == "as_of" => {
            return Err(Error::invalid("--as-of", problem).into())
        }
        report => report?,
    };
    let office = store::read_office_or_unset(&conn)?;
    write_progress_docx(&report, &office, &a.out, a.force)?;
    store::record_progress_report(&conn, a.as_of, &scope, chrono::Local::now().naive_local())?;
    let s = &report.summary;
    println!(
        "Wrote the progress report of {} at {} ({} items, {} open) to {}",
        report.scope_words,
        report.as_of_words,
        s.items,
        s.open,
        a.out.display()
    );
    Ok(())
}

//! `pcc-response`: the core's functions from the command line, with no window. Each command
//! reads its arguments, calls the core, prints the result, and exits 0 on success, 1 when
//! the response has errors, and 2 for bad usage or a file problem, with one clear line on
//! standard error. `--help` and `--version` print to standard output and exit 0.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, Parser, Subcommand};
use pcc_core::checks::{check, Problem, Severity};
use pcc_core::dates::{self, DateStyle};
use pcc_core::docx::ExportOptions;
use pcc_core::export::{publish_to_file, write_atomically};
use pcc_core::file::Offered;
use pcc_core::publish::{Format, PublishOptions};
use pcc_core::store::{self, ResponseId};
use pcc_core::word::{read_chosen_file, read_word_file, Chosen, WordDocument};
use pcc_core::{deadline, file, DeadlineRule, Due, Response};
use rusqlite::Connection;

#[path = "pcc-response/progress.rs"]
mod progress;

/// Draft, check and keep a PCC's section 55 responses from the command line.
#[derive(Parser)]
#[command(
    name = "pcc-response",
    version,
    after_help = "Exit status: 0 success, 1 the response has errors, 2 bad usage or a file \
                  problem."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the response form or the letter as a Word document, a web page or a PDF.
    ///
    /// Which one is written follows the response file's `document`; the kind of file
    /// follows the ending of --out: .docx for signature, .html for the office's website,
    /// .pdf for a tagged PDF. Any problems are printed, and the document is written all the
    /// same. An existing file is replaced only with --force, and a failed export leaves no
    /// half-written document.
    Export(ExportArgs),
    /// Print the section 55 deadline and every problem in a response.
    ///
    /// Each problem names the part of the response to go back to. Exits with 1 when the
    /// response has errors: any problem once it is marked ready for signature, or a field
    /// too long to be saved.
    Check(CheckArgs),
    /// Add a response file, an office settings file or a Word document to a database.
    ///
    /// The file is read in full first: one that cannot be imported leaves the database
    /// as it was, and creates none. A Word document (.docx) is read as a response, with
    /// any pending tracked changes accepted; what could not be placed is named.
    Import(ImportArgs),
    /// Read a Word document (.docx) as a response and write it as a response file.
    ///
    /// No database is used. Pending tracked changes are read as accepted, and what could
    /// not be placed is named. An existing file is replaced only with --force.
    Convert(ConvertArgs),
    /// List the responses in a database, with their deadlines and days left.
    List(ListArgs),
    /// Print one response from a database as a response file.
    Show(ShowArgs),
    /// Find the responses in a database that hold all of some words.
    ///
    /// Prints one response a line, best first: its title, the date published, the field
    /// that matched and the passage, the words found marked [[like this]]. The last word
    /// also finds the words it begins. The trash is not searched.
    Search(SearchArgs),
    /// Write the Police and Crime Panel's progress report as a Word document.
    ///
    /// Every recommendation and area for improvement as it stood on the --as-of day: all
    /// inspections, or one (--inspection) or one type (--type). The report is recorded as
    /// made, so that the next of the same scope lists what has closed since.
    ProgressReport(progress::ProgressArgs),
}

#[derive(Args)]
struct ExportArgs {
    /// The response file to export.
    #[arg(value_name = "RESPONSE.json")]
    response: PathBuf,
    /// The office settings file: the office's details, logo and wording.
    #[arg(long, value_name = "OFFICE.json")]
    office: PathBuf,
    /// The file to write: its ending says what it is (.docx, .html or .pdf).
    #[arg(long, value_name = "FILE.docx|.html|.pdf")]
    out: PathBuf,
    /// Replace the file if it already exists.
    #[arg(long)]
    force: bool,
    /// Publish as signed: the PCC's signature image above the name (.html and .pdf only;
    /// the response must be marked Signed or Published, and the office must have one).
    #[arg(long)]
    signed: bool,
    /// Print dates in the older style: "24th September 2024".
    #[arg(long)]
    ordinal_dates: bool,
    #[command(flatten)]
    today: Today,
}

#[derive(Args)]
struct CheckArgs {
    /// The response file to check.
    #[arg(value_name = "RESPONSE.json")]
    response: PathBuf,
    /// The office settings file: its deadline rule, and the office details a document
    /// needs, are checked too.
    #[arg(long, value_name = "OFFICE.json")]
    office: Option<PathBuf>,
    #[command(flatten)]
    today: Today,
}

#[derive(Args)]
struct ImportArgs {
    /// A response file, an office settings file, or a Word document (.docx).
    #[arg(value_name = "FILE.json")]
    file: PathBuf,
    /// The database to add it to; created if there is none yet.
    #[arg(long, value_name = "DB")]
    db: PathBuf,
}

#[derive(Args)]
struct ConvertArgs {
    /// The Word document to read.
    #[arg(value_name = "FILE.docx")]
    document: PathBuf,
    /// The response file to write.
    #[arg(long, value_name = "FILE.json")]
    out: PathBuf,
    /// Replace FILE.json if it already exists.
    #[arg(long)]
    force: bool,
}

#[derive(Args)]
struct ListArgs {
    /// The database to list.
    #[arg(long, value_name = "DB")]
    db: PathBuf,
    #[command(flatten)]
    today: Today,
}

#[derive(Args)]
struct ShowArgs {
    /// The response's number, as `list` shows it.
    #[arg(value_name = "ID", value_parser = whole_number)]
    id: i64,
    /// The database that holds it.
    #[arg(long, value_name = "DB")]
    db: PathBuf,
}

#[derive(Args)]
struct SearchArgs {
    /// The words to find, in any field and in any order.
    #[arg(value_name = "WORDS")]
    words: String,
    /// The database to search.
    #[arg(long, value_name = "DB")]
    db: PathBuf,
}

/// `--today`, shared by the commands that count days.
#[derive(Args)]
struct Today {
    /// The date to count from, instead of the computer's date.
    #[arg(long = "today", value_name = "YYYY-MM-DD", value_parser = date)]
    date: Option<NaiveDate>,
}

impl Today {
    fn or_now(&self) -> NaiveDate {
        self.date
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }
}

fn date(s: &str) -> Result<NaiveDate, &'static str> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| "expected a date like 2024-11-19")
}

fn whole_number(s: &str) -> Result<i64, &'static str> {
    s.parse().map_err(|_| "expected a whole number")
}

/// Why a command stopped.
enum Failure {
    /// A file, the database or the document could not be handled.
    Core(pcc_core::Error),
    /// The response has errors (already printed).
    ResponseErrors,
}

impl From<pcc_core::Error> for Failure {
    fn from(e: pcc_core::Error) -> Self {
        Failure::Core(e)
    }
}

fn main() -> ExitCode {
    // `args_os`: a file name need not be UTF-8, and `args` would panic on one.
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        // `--help` and `--version`: what was asked for, on standard output.
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!(
                "pcc-response: {} (see {})",
                usage_message(&e),
                help_hint(&args)
            );
            return ExitCode::from(2);
        }
    };
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::ResponseErrors) => ExitCode::from(1),
        Err(Failure::Core(e)) => {
            eprintln!("pcc-response: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Export(a) => export(a),
        Command::Check(a) => check_command(a),
        Command::Import(a) => import(a),
        Command::Convert(a) => convert(a),
        Command::List(a) => list(a),
        Command::Show(a) => show(a),
        Command::Search(a) => search(a),
        Command::ProgressReport(a) => progress::progress_report(a),
    }
}

/// What was wrong with the arguments, in one line: clap's own message runs to several,
/// with a usage block meant for programmers.
fn usage_message(e: &clap::Error) -> String {
    let one = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    let all = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => std::slice::from_ref(s),
        Some(ContextValue::Strings(s)) => s.as_slice(),
        _ => &[],
    };
    let arg = one(ContextKind::InvalidArg).map(arg_name);
    let value = one(ContextKind::InvalidValue);
    match (e.kind(), arg) {
        (ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand, _) => {
            "no command given".into()
        }
        (ErrorKind::InvalidSubcommand, _) => format!(
            "unknown command {:?}",
            one(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        (ErrorKind::MissingRequiredArgument, _) => all(ContextKind::InvalidArg)
            .iter()
            .map(|a| match arg_name(a) {
                option if option.starts_with('-') => format!("{option} is required"),
                positional => format!("{positional} is missing"),
            })
            .collect::<Vec<_>>()
            .join("; "),
        (ErrorKind::UnknownArgument, Some(a)) if a.starts_with('-') => {
            format!("{a} is not an option of this command")
        }
        (ErrorKind::UnknownArgument, Some(a)) => format!("unexpected argument {a:?}"),
        (ErrorKind::ArgumentConflict, Some(a)) => match one(ContextKind::PriorArg).map(arg_name) {
            Some(prior) if prior == a => format!("{a} is given more than once"),
            Some(prior) => format!("{a} cannot be given with {prior}"),
            None => format!("{a} cannot be given with the others"),
        },
        (ErrorKind::InvalidValue, Some(a)) if value == Some("") => format!("{a} needs a value"),
        (ErrorKind::ValueValidation, Some(a)) => {
            let why = std::error::Error::source(e).map_or_else(String::new, |s| s.to_string());
            format!("{a}: {why}, found {:?}", value.unwrap_or_default())
        }
        // Anything rarer: clap's own first line, without its "error: ".
        _ => {
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or_default();
            first.strip_prefix("error: ").unwrap_or(first).to_string()
        }
    }
}

/// `--out <FILE.docx>` → `--out`; `<RESPONSE.json>` → `RESPONSE.json`.
fn arg_name(rendered: &str) -> &str {
    let first = rendered.split_whitespace().next().unwrap_or(rendered);
    first.trim_start_matches('<').trim_end_matches('>')
}

/// Where to read more: the help of the command that was given, if it is one.
fn help_hint(args: &[OsString]) -> String {
    let given = args.get(1).and_then(|a| a.to_str());
    match given.filter(|name| Cli::command().find_subcommand(name).is_some()) {
        Some(name) => format!("pcc-response {name} --help"),
        None => "pcc-response --help".into(),
    }
}

fn export(a: ExportArgs) -> Result<(), Failure> {
    let date_style = if a.ordinal_dates {
        DateStyle::Ordinal
    } else {
        DateStyle::Plain
    };
    let options = PublishOptions {
        export: ExportOptions {
            today: a.today.or_now(),
            date_style,
        },
        signed: a.signed,
    };
    let format = Format::from_path(&a.out)?;
    let response = file::read_response_file(&a.response)?;
    let office = file::read_office_file(&a.office)?;
    let problems = publish_to_file(format, &response, &office, &options, &a.out, a.force)?;
    print_problems(&problems);
    println!(
        "Exported {}{} to {}",
        response.document.label().to_lowercase(),
        if a.signed { ", signed," } else { "" },
        a.out.display()
    );
    verdict(&problems)
}

fn check_command(a: CheckArgs) -> Result<(), Failure> {
    let today = a.today.or_now();
    let response = file::read_response_file(&a.response)?;
    let office = a
        .office
        .map(|path| file::read_office_file(&path))
        .transpose()?;
    let rule = office
        .as_ref()
        .map_or_else(DeadlineRule::default, |o| o.deadline_rule);
    println!("{}", deadline_line(&response, rule, today));
    let problems = check(&response, office.as_ref(), today);
    if problems.is_empty() {
        println!("No problems found.");
    }
    print_problems(&problems);
    verdict(&problems)
}

fn deadline_line(response: &Response, rule: DeadlineRule, today: NaiveDate) -> String {
    match response.inspection.published {
        Some(published) => {
            let due = deadline(published, rule);
            format!(
                "Section 55 deadline: {} ({}); {}",
                dates::long(due),
                rule.describe(),
                Due::on(due, today)
            )
        }
        None => "Section 55 deadline: not known until the date published is entered".into(),
    }
}

fn import(a: ImportArgs) -> Result<(), Failure> {
    // Every file is read in full before the database is opened: a file that cannot be
    // imported leaves no trace, not even a new, empty database.
    match read_chosen_file(&a.file)? {
        Chosen::Word(doc) => {
            let id = store::create_response(&store::open(&a.db)?, &doc.accepted)?;
            println!("Imported response {id}: {}", doc.accepted.inspection.title);
            print_word_findings(&doc);
        }
        Chosen::File(Offered::Response(response)) => {
            let id = store::create_response(&store::open(&a.db)?, &response)?;
            println!("Imported response {id}: {}", response.inspection.title);
        }
        Chosen::File(Offered::Office(office)) => {
            store::write_office(&store::open(&a.db)?, &office)?;
            println!("Imported the office settings of {}", office.office_name);
        }
    }
    Ok(())
}

fn convert(a: ConvertArgs) -> Result<(), Failure> {
    let doc = read_word_file(&a.document)?;
    let json = file::write_response(&doc.accepted);
    write_atomically(&a.out, json.as_bytes(), a.force)?;
    println!("Converted {} to {}", a.document.display(), a.out.display());
    print_word_findings(&doc);
    Ok(())
}

/// What the officer should know of a Word document read: where text that could not be
/// placed was put, and the tracked changes and comments found.
fn print_word_findings(doc: &WordDocument) {
    for note in &doc.notes {
        eprintln!("{}: {}", note.section.label(), note.message);
    }
    let (changes, comments) = (doc.tracked_changes, doc.comments.len());
    if changes > 0 || comments > 0 {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        eprintln!(
            "{} and {} found; the text was read with every change accepted.",
            plural(changes, "tracked change", "tracked changes"),
            plural(comments, "comment", "comments")
        );
    }
}

/// The database at `db` for a command that only reads: `None` when there is no file there
/// yet, which is not created just to be found empty.
fn open_existing(db: &Path) -> Result<Option<Connection>, Failure> {
    if !db.exists() {
        return Ok(None);
    }
    Ok(Some(store::open(db)?))
}

fn list(a: ListArgs) -> Result<(), Failure> {
    let rows = match open_existing(&a.db)? {
        Some(conn) => store::list_responses(&conn, a.today.or_now())?,
        None => Vec::new(),
    };
    if rows.is_empty() {
        println!("No responses yet.");
        return Ok(());
    }
    println!(
        "{:>4}  {:<17}  {:<19}  {:<19}  TITLE",
        "ID", "DEADLINE", "DAYS LEFT", "STATUS"
    );
    for r in rows {
        let deadline = r
            .deadline
            .map(dates::long)
            .unwrap_or_else(|| "not known".into());
        let due = r.due.map(|d| d.to_string()).unwrap_or_default();
        println!(
            "{:>4}  {deadline:<17}  {due:<19}  {:<19}  {}",
            r.id.0,
            r.status.label(),
            r.title
        );
    }
    Ok(())
}

fn show(a: ShowArgs) -> Result<(), Failure> {
    let conn = open_existing(&a.db)?.ok_or(pcc_core::Error::NotFound(a.id))?;
    let response = store::read_response(&conn, ResponseId(a.id))?;
    print!("{}", file::write_response(&response));
    Ok(())
}

/// The most responses `search` prints.
const MOST_FOUND: usize = 50;

fn search(a: SearchArgs) -> Result<(), Failure> {
    let hits = match open_existing(&a.db)? {
        Some(conn) => store::search(&conn, &a.words, MOST_FOUND)?,
        None => Vec::new(),
    };
    if hits.is_empty() {
        println!("Nothing found.");
    }
    let one_line = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    for hit in hits {
        let published = hit
            .published
            .map_or_else(|| "date not known".into(), dates::long);
        let passage: String = hit
            .passage
            .iter()
            .map(|p| match p.hit {
                true => format!("[[{}]]", p.text),
                false => p.text.clone(),
            })
            .collect();
        println!(
            "{} ({published}) · {}: {}",
            one_line(&hit.title),
            hit.field,
            one_line(&passage)
        );
    }
    Ok(())
}

fn print_problems(problems: &[Problem]) {
    for p in problems {
        eprintln!("{p}");
    }
}

fn verdict(problems: &[Problem]) -> Result<(), Failure> {
    if problems.iter().any(|p| p.severity == Severity::Error) {
        Err(Failure::ResponseErrors)
    } else {
        Ok(())
    }
}

//! `pcc-response`: the core's functions from the command line, with no window. Each command
//! reads its arguments, calls the core, prints the result, and exits 0 on success, 1 when
//! the response has errors, and 2 for bad usage or a file problem, with one clear line on
//! standard error.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use pcc_core::checks::{check, Problem, Severity};
use pcc_core::dates::{self, DateStyle};
use pcc_core::docx::ExportOptions;
use pcc_core::export::export_to_file;
use pcc_core::store::{self, ResponseId};
use pcc_core::{deadline, file, DeadlineRule, Due, Response};
use rusqlite::Connection;

const USAGE: &str = "\
Usage:
  pcc-response export RESPONSE.json --office OFFICE.json --out FILE.docx
                      [--force] [--ordinal-dates] [--today YYYY-MM-DD]
  pcc-response check RESPONSE.json [--office OFFICE.json] [--today YYYY-MM-DD]
  pcc-response import FILE.json --db DB        (a response file, or an office file)
  pcc-response list --db DB [--today YYYY-MM-DD]
  pcc-response show ID --db DB

Exit status: 0 success, 1 the response has errors, 2 bad usage or a file problem.";

/// Why a command stopped.
enum Failure {
    /// Wrong arguments.
    Usage(String),
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
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::ResponseErrors) => ExitCode::from(1),
        Err(Failure::Usage(message)) => {
            eprintln!("pcc-response: {message} (see pcc-response help)");
            ExitCode::from(2)
        }
        Err(Failure::Core(e)) => {
            eprintln!("pcc-response: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[OsString]) -> Result<(), Failure> {
    let (command, rest) = args
        .split_first()
        .ok_or_else(|| usage("no command given"))?;
    let mut a = Args::parse(rest)?;
    match command.to_string_lossy().as_ref() {
        "export" => export(&mut a),
        "check" => check_command(&mut a),
        "import" => import(&mut a),
        "list" => list(&mut a),
        "show" => show(&mut a),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(usage(&format!("unknown command {other:?}"))),
    }
}

fn usage(message: &str) -> Failure {
    Failure::Usage(message.to_string())
}

fn export(a: &mut Args) -> Result<(), Failure> {
    let (input, office, out) = (
        a.one_positional("RESPONSE.json")?,
        a.required("--office")?,
        a.required("--out")?,
    );
    let force = a.flag("--force");
    let date_style = if a.flag("--ordinal-dates") {
        DateStyle::Ordinal
    } else {
        DateStyle::Plain
    };
    let options = ExportOptions {
        today: a.today()?,
        date_style,
    };
    a.finish()?;
    let response = file::read_response_file(&input)?;
    let office = file::read_office_file(&office)?;
    let problems = export_to_file(&response, &office, &options, &out, force)?;
    print_problems(&problems);
    println!(
        "Exported {} to {}",
        response.document.label().to_lowercase(),
        out.display()
    );
    verdict(&problems)
}

fn check_command(a: &mut Args) -> Result<(), Failure> {
    let (input, office, today) = (
        a.one_positional("RESPONSE.json")?,
        a.optional("--office"),
        a.today()?,
    );
    a.finish()?;
    let response = file::read_response_file(&input)?;
    let office = office
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

fn import(a: &mut Args) -> Result<(), Failure> {
    let (path, db) = (a.one_positional("FILE.json")?, a.required("--db")?);
    a.finish()?;
    // Both files are read in full before the database is opened: a file that cannot be
    // imported leaves no trace, not even a new, empty database.
    match file::read_response_file(&path) {
        Ok(response) => {
            let id = store::create_response(&store::open(&db)?, &response)?;
            println!("Imported response {id}: {}", response.inspection.title);
        }
        Err(pcc_core::Error::OtherKindOfFile {
            found: "pcc-office",
        }) => {
            let office = file::read_office_file(&path)?;
            store::write_office(&store::open(&db)?, &office)?;
            println!("Imported the office settings of {}", office.office_name);
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// The database at `db` for a command that only reads: `None` when there is no file there
/// yet, which is not created just to be found empty.
fn open_existing(db: &Path) -> Result<Option<Connection>, Failure> {
    if !db.exists() {
        return Ok(None);
    }
    Ok(Some(store::open(db)?))
}

fn list(a: &mut Args) -> Result<(), Failure> {
    let (db, today) = (a.required("--db")?, a.today()?);
    a.finish()?;
    let rows = match open_existing(&db)? {
        Some(conn) => store::list_responses(&conn, today)?,
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

fn show(a: &mut Args) -> Result<(), Failure> {
    let (id, db) = (a.one_positional("ID")?, a.required("--db")?);
    a.finish()?;
    let id: i64 = id
        .to_str()
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| usage("ID must be a whole number"))?;
    let conn = open_existing(&db)?.ok_or(pcc_core::Error::NotFound(id))?;
    let response = store::read_response(&conn, ResponseId(id))?;
    print!("{}", file::write_response(&response));
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

/// Options and positional arguments, each taken once by the command that wants it; what
/// no command takes is reported. Values are kept as the operating system gave them, so
/// that any file name works.
struct Args {
    positional: Vec<OsString>,
    options: Vec<(String, Option<OsString>)>,
}

const FLAGS: [&str; 2] = ["--force", "--ordinal-dates"];

impl Args {
    fn parse(args: &[OsString]) -> Result<Args, Failure> {
        let mut a = Args {
            positional: Vec::new(),
            options: Vec::new(),
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let name = arg.to_string_lossy();
            if !name.starts_with("--") {
                a.positional.push(arg.clone());
                continue;
            }
            if a.options.iter().any(|(n, _)| *n == name) {
                return Err(usage(&format!("{name} is given more than once")));
            }
            let value = if FLAGS.contains(&name.as_ref()) {
                None
            } else {
                let value = it
                    .next()
                    .ok_or_else(|| usage(&format!("{name} needs a value")))?;
                Some(value.clone())
            };
            a.options.push((name.into_owned(), value));
        }
        Ok(a)
    }

    fn take(&mut self, name: &str) -> Option<Option<OsString>> {
        let at = self.options.iter().position(|(n, _)| n == name)?;
        Some(self.options.remove(at).1)
    }

    fn flag(&mut self, name: &str) -> bool {
        self.take(name).is_some()
    }

    fn optional(&mut self, name: &str) -> Option<PathBuf> {
        self.take(name).flatten().map(PathBuf::from)
    }

    fn required(&mut self, name: &str) -> Result<PathBuf, Failure> {
        self.optional(name)
            .ok_or_else(|| usage(&format!("{name} is required")))
    }

    fn one_positional(&mut self, what: &str) -> Result<PathBuf, Failure> {
        match self.positional.len() {
            0 => Err(usage(&format!("{what} is missing"))),
            _ => Ok(self.positional.remove(0).into()),
        }
    }

    /// `--today`, or the computer's date.
    fn today(&mut self) -> Result<NaiveDate, Failure> {
        match self.take("--today").flatten() {
            Some(s) => s
                .to_str()
                .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                .ok_or_else(|| {
                    usage(&format!(
                        "--today: expected a date like 2024-11-19, found {:?}",
                        s.to_string_lossy()
                    ))
                }),
            None => Ok(chrono::Local::now().date_naive()),
        }
    }

    fn finish(&self) -> Result<(), Failure> {
        if let Some((name, _)) = self.options.first() {
            return Err(usage(&format!("{name} is not an option of this command")));
        }
        if let Some(extra) = self.positional.first() {
            let extra = extra.to_string_lossy();
            return Err(usage(&format!("unexpected argument {extra:?}")));
        }
        Ok(())
    }
}

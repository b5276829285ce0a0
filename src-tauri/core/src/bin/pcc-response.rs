//! `pcc-response`: the core's functions from the command line, with no window. Each command
//! reads its arguments, calls the core, prints the result, and exits 0 on success, 1 when
//! the response has errors, and 2 for bad usage or a file problem, with one clear line on
//! standard error.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use pcc_core::checks::{check, Problem, Severity};
use pcc_core::dates::{self, DateStyle};
use pcc_core::docx::ExportOptions;
use pcc_core::export::export_to_file;
use pcc_core::store::{self, ResponseId};
use pcc_core::{deadline, file, DeadlineRule, Due, Response};

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
    let args: Vec<String> = std::env::args().skip(1).collect();
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

fn run(args: &[String]) -> Result<(), Failure> {
    let (command, rest) = args
        .split_first()
        .ok_or_else(|| usage("no command given"))?;
    let mut a = Args::parse(rest)?;
    match command.as_str() {
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
    let response = file::read_response_file(&a.one_positional("RESPONSE.json")?)?;
    let office = file::read_office_file(&a.required("--office")?)?;
    let out = a.required("--out")?;
    let date_style = if a.flag("--ordinal-dates") {
        DateStyle::Ordinal
    } else {
        DateStyle::Plain
    };
    let options = ExportOptions {
        today: a.today()?,
        date_style,
    };
    let problems = export_to_file(&response, &office, &options, &out, a.flag("--force"))?;
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
    let rule = match office {
        Some(path) => file::read_office_file(&path)?.deadline_rule,
        None => DeadlineRule::default(),
    };
    println!("{}", deadline_line(&response, rule, today));
    let problems = check(&response);
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
    let conn = store::open(&db)?;
    let text = std::fs::read(&path).map_err(|e| pcc_core::Error::io(&path, e))?;
    if is_office_file(&text) {
        let office = file::read_office_file(&path)?;
        store::write_office(&conn, &office)?;
        println!("Imported the office settings of {}", office.office_name);
    } else {
        let response = file::read_response_file(&path)?;
        let id = store::create_response(&conn, &response)?;
        println!("Imported response {id}: {}", response.inspection.title);
    }
    Ok(())
}

/// An office file says so in its `format` field.
fn is_office_file(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(bytes)
        .is_ok_and(|v| v.get("format").and_then(|f| f.as_str()) == Some("pcc-office"))
}

fn list(a: &mut Args) -> Result<(), Failure> {
    let (db, today) = (a.required("--db")?, a.today()?);
    a.finish()?;
    let conn = store::open(&db)?;
    let rows = store::list_responses(&conn, today)?;
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
    let id = a.one_positional("ID")?;
    let id: i64 = id
        .to_string_lossy()
        .parse()
        .map_err(|_| usage("ID must be a whole number"))?;
    let conn = store::open(&a.required("--db")?)?;
    print!(
        "{}",
        file::write_response(&store::read_response(&conn, ResponseId(id))?)
    );
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
/// no command takes is reported.
struct Args {
    positional: Vec<PathBuf>,
    options: Vec<(String, Option<String>)>,
}

const FLAGS: [&str; 2] = ["--force", "--ordinal-dates"];

impl Args {
    fn parse(args: &[String]) -> Result<Args, Failure> {
        let mut a = Args {
            positional: Vec::new(),
            options: Vec::new(),
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            if FLAGS.contains(&arg.as_str()) {
                a.options.push((arg.clone(), None));
            } else if arg.starts_with("--") {
                let value = it
                    .next()
                    .ok_or_else(|| usage(&format!("{arg} needs a value")))?;
                a.options.push((arg.clone(), Some(value.clone())));
            } else {
                a.positional.push(PathBuf::from(arg));
            }
        }
        Ok(a)
    }

    fn take(&mut self, name: &str) -> Option<Option<String>> {
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
            _ => Ok(self.positional.remove(0)),
        }
    }

    /// `--today`, or the computer's date.
    fn today(&mut self) -> Result<NaiveDate, Failure> {
        match self.take("--today").flatten() {
            Some(s) => NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|_| {
                usage(&format!(
                    "--today: expected a date like 2024-11-19, found {s:?}"
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
            return Err(usage(&format!(
                "unexpected argument {:?}",
                extra.display().to_string()
            )));
        }
        Ok(())
    }
}

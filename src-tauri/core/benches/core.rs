//! What an officer waits for: exporting the DOCX and the website's HTML, saving a response,
//! and listing every response. Run with `cargo bench -p pcc-core --bench core` (or
//! `scripts/bench.sh` for a table of medians). Targets: export under 5 ms (DOCX and HTML
//! alike), save under 2 ms, a list of 10,000 responses under 50 ms, a search of 1,000
//! responses under 20 ms, the tracker's counts and first page over 5,000 items under 30 ms,
//! the Panel's progress report of those 5,000 items read and written as a DOCX under 100 ms,
//! the tagged PDF of the form under 300 ms.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use pcc_core::dates::DateStyle;
use pcc_core::docx::{export_docx, ExportOptions};
use pcc_core::progress::{progress_docx, ReportScope};
use pcc_core::publish::{render, Format, PublishOptions};
use pcc_core::store::TrackerFilter;
use pcc_core::{file, store, ItemStatus, Office, ProgressUpdate, Rag, Response};

/// How many responses the list benchmark lists: many years of a busy office's work.
const LISTED: usize = 10_000;

/// How many responses the search benchmarks search.
const SEARCHED: usize = 1_000;

/// The project's own fixtures, in `tests/fixtures`.
fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// The invented office's 2025 PEEL response and its settings (logo included), read as the
/// app reads them: a whole form, with 17 areas for improvement and every kind of rich text.
fn form() -> (Response, Office) {
    let dir = fixtures();
    let response = file::read_response_file(&dir.join("exampleshire-2025-response.pccr"))
        .unwrap_or_else(|e| panic!("the 2025 response fixture cannot be read: {e}"));
    let office = file::read_office_file(&dir.join("exampleshire-office.json"))
        .unwrap_or_else(|e| panic!("the office fixture cannot be read: {e}"));
    (response, office)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn export(c: &mut Criterion) {
    let (response, office) = form();
    let options = ExportOptions {
        today: day(2025, 7, 31),
        date_style: DateStyle::Plain,
    };
    c.bench_function("export_docx", |b| {
        b.iter(|| export_docx(black_box(&response), &office, &options).unwrap())
    });
}

/// The website's page of the 2025 form: the publication built and written as HTML, the
/// checks included, as the export does it (target under 5 ms).
fn html_export(c: &mut Criterion) {
    let (response, office) = form();
    let options = PublishOptions {
        export: ExportOptions {
            today: day(2025, 7, 31),
            date_style: DateStyle::Plain,
        },
        signed: false,
    };
    c.bench_function("html_export", |b| {
        b.iter(|| render(Format::Html, black_box(&response), &office, &options).unwrap())
    });
}

/// The tagged PDF of the 2025 form: the publication built, laid out by Typst and written as
/// PDF/UA-1, the checks included, as the export does it (target under 300 ms).
fn pdf_export(c: &mut Criterion) {
    let (response, office) = form();
    let options = PublishOptions {
        export: ExportOptions {
            today: day(2025, 7, 31),
            date_style: DateStyle::Plain,
        },
        signed: false,
    };
    c.bench_function("pdf_export", |b| {
        b.iter(|| render(Format::Pdf, black_box(&response), &office, &options).unwrap())
    });
}

fn save(c: &mut Criterion) {
    let (response, office) = form();
    // A database file on disk in WAL mode, as the app keeps it, not one in memory.
    let dir = tempfile::tempdir().unwrap();
    let conn = store::open(&dir.path().join("responses.db")).unwrap();
    store::write_office(&conn, &office).unwrap();
    let id = store::create_response(&conn, &response).unwrap();
    c.bench_function("save_response", |b| {
        b.iter(|| store::update_response(&conn, id, black_box(&response)).unwrap())
    });
}

fn list(c: &mut Criterion) {
    let (response, office) = form();
    let dir = tempfile::tempdir().unwrap();
    let conn = store::open(&dir.path().join("responses.db")).unwrap();
    store::write_office(&conn, &office).unwrap();
    // One transaction for all of them: the store's writes become savepoints inside it.
    conn.execute_batch("BEGIN").unwrap();
    for i in 0..LISTED {
        let mut r = response.clone();
        r.inspection.title = format!("{} ({i})", response.inspection.title);
        // Publication dates scattered over five years, and one in ten not known yet.
        r.inspection.published =
            (i % 10 != 0).then(|| day(2020, 1, 1) + Days::new((i as u64 * 7_919) % 1_826));
        store::create_response(&conn, &r).unwrap();
    }
    conn.execute_batch("COMMIT").unwrap();
    let today = day(2025, 7, 31);
    assert_eq!(store::list_responses(&conn, today).unwrap().len(), LISTED);
    c.bench_function("list_responses_10000", |b| {
        b.iter(|| store::list_responses(&conn, black_box(today)).unwrap())
    });
}

/// Words that vary each response made from the fixture, so that searches find some
/// responses and not others, and rank them.
const VARIED: [&str; 12] = [
    "custody",
    "vetting",
    "neighbourhood",
    "burglary",
    "domestic",
    "fraud",
    "cyber",
    "stalking",
    "shoplifting",
    "exploitation",
    "wellbeing",
    "firearms",
];

/// [`SEARCHED`] copies of the fixture's form in a database on disk, each with a title of its
/// own and some of [`VARIED`] in its key findings and areas for improvement.
fn searched() -> (tempfile::TempDir, rusqlite::Connection, Response) {
    let (response, office) = form();
    let dir = tempfile::tempdir().unwrap();
    let conn = store::open(&dir.path().join("responses.db")).unwrap();
    store::write_office(&conn, &office).unwrap();
    conn.execute_batch("BEGIN").unwrap();
    for i in 0..SEARCHED {
        let word = |n: usize| VARIED[(i * 7 + n * 5) % VARIED.len()];
        let mut r = response.clone();
        r.inspection.title = format!("{} {} ({i})", response.inspection.title, word(0));
        r.key_findings = format!("{} The {} and {} work.", r.key_findings, word(1), word(2));
        for (n, item) in r.areas_for_improvement.iter_mut().enumerate() {
            item.text = format!("{} Also {} {i}.", item.text, word(n + 3));
        }
        store::create_response(&conn, &r).unwrap();
    }
    conn.execute_batch("COMMIT").unwrap();
    (dir, conn, response)
}

fn search(c: &mut Criterion) {
    let (_dir, conn, response) = searched();
    // One word in a few fields of every response; two words that few hold; a word as typed.
    for words in ["calls", "custody vetting", "exploi"] {
        assert!(!store::search(&conn, words, 20).unwrap().is_empty());
        c.bench_function(&format!("search_1000 {words}"), |b| {
            b.iter(|| store::search(&conn, black_box(words), 20).unwrap())
        });
    }
    let text = &response.areas_for_improvement[2].text;
    assert!(!store::earlier_like(&conn, text, None, 10)
        .unwrap()
        .is_empty());
    c.bench_function("search_1000 earlier_like", |b| {
        b.iter(|| store::earlier_like(&conn, black_box(text), None, 10).unwrap())
    });
}

/// How many responses, and items across them, the tracker benchmark follows: an office's
/// inspections over many years.
const TRACKED_RESPONSES: usize = 300;
const TRACKED_ITEMS: usize = 5_000;

/// [`TRACKED_RESPONSES`] copies of the fixture's form in a database on disk holding
/// [`TRACKED_ITEMS`] items between them, each tracked: statuses, leads, targets, ratings and
/// up to three updates varied from item to item.
fn tracked() -> (tempfile::TempDir, rusqlite::Connection) {
    let (response, office) = form();
    let dir = tempfile::tempdir().unwrap();
    let conn = store::open(&dir.path().join("responses.db")).unwrap();
    store::write_office(&conn, &office).unwrap();
    let leads = [
        "Head of Crime",
        "Head of Custody",
        "ACC Local Policing",
        "Head of HR",
    ];
    let per_response = response.recommendations.len() + response.areas_for_improvement.len();
    let mut left = TRACKED_ITEMS;
    conn.execute_batch("BEGIN").unwrap();
    for i in 0..TRACKED_RESPONSES {
        let mut r = response.clone();
        r.inspection.title = format!("{} ({i})", response.inspection.title);
        let published = day(2020, 1, 1) + Days::new((i as u64 * 7_919) % 1_826);
        r.inspection.published = Some(published);
        // Spread what is left over the responses still to come.
        let items = left.div_ceil(TRACKED_RESPONSES - i).min(per_response);
        left -= items;
        r.areas_for_improvement
            .truncate(items.saturating_sub(r.recommendations.len()));
        r.recommendations.truncate(items);
        let all = r
            .recommendations
            .iter_mut()
            .chain(r.areas_for_improvement.iter_mut());
        for (n, item) in all.enumerate() {
            let k = i * 31 + n * 7;
            let t = &mut item.tracking;
            t.status = ItemStatus::ALL[k % ItemStatus::ALL.len()];
            t.lead = (k % 5 != 0).then(|| leads[k % leads.len()].to_string());
            t.target = (k % 4 != 0).then(|| published + Days::new(90 + (k as u64 * 13) % 900));
            t.rag = (k % 3 == 0).then(|| Rag::ALL[k % Rag::ALL.len()]);
            t.updates = (0..k % 4)
                .map(|u| ProgressUpdate {
                    date: published + Days::new(30 * (u as u64 + 1)),
                    reported_by: leads[u % leads.len()].into(),
                    action: format!("Step {u} of the plan taken, as the board asked."),
                    evidence: "Minutes of the board.".into(),
                    evidence_link: None,
                    status: ItemStatus::BeingProgressed,
                })
                .collect();
        }
        store::create_response(&conn, &r).unwrap();
    }
    conn.execute_batch("COMMIT").unwrap();
    (dir, conn)
}

fn tracker(c: &mut Criterion) {
    let (_dir, conn) = tracked();
    let today = day(2025, 7, 31);
    let filter = TrackerFilter::default();
    let all = TrackerFilter {
        include_closed: true,
        ..Default::default()
    };
    let everything = store::tracker(&conn, &all, today).unwrap();
    assert_eq!(everything.matching as usize, TRACKED_ITEMS);
    let page = store::tracker(&conn, &filter, today).unwrap();
    assert_eq!(page.rows.len(), 50);
    assert!(page.counts.overdue > 0);
    // The counts and the first page of the open items, as the tracker opens.
    c.bench_function("tracker_5000", |b| {
        b.iter(|| store::tracker(&conn, black_box(&filter), today).unwrap())
    });
}

fn progress_report(c: &mut Criterion) {
    let (_dir, conn) = tracked();
    let office = store::read_office(&conn).unwrap().unwrap();
    // After every update of the database, so that the report holds all of them.
    let as_of = day(2025, 7, 31);
    let report = store::progress_report(&conn, as_of, &ReportScope::All, as_of).unwrap();
    assert_eq!(report.summary.items, TRACKED_ITEMS);
    assert!(!report.overdue.is_empty() && !report.closed_since.is_empty());
    let updates: usize = report
        .appendix
        .iter()
        .flat_map(|i| &i.items)
        .map(|i| i.updates.len())
        .sum();
    assert!(updates > TRACKED_ITEMS, "a few updates an item: {updates}");
    // Everything the export does but put the bytes on the disk: read, build, write the DOCX.
    c.bench_function("progress_report_5000", |b| {
        b.iter(|| {
            let report = store::progress_report(&conn, black_box(as_of), &ReportScope::All, as_of);
            progress_docx(&report.unwrap(), &office).unwrap()
        })
    });
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .sample_size(50)
}

criterion_group! {
    name = benches;
    config = config();
    targets = export, html_export, pdf_export, save, list, search, tracker, progress_report
}
criterion_main!(benches);

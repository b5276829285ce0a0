use super::*;
use crate::dates::tests::day;
use crate::store::{
    create_response, delete_response, duplicate_response, empty_trash, list_versions,
    open_in_memory, restore_response, restore_version, save_response, trash_response,
    update_response,
};
use crate::{ChecklistEntry, DocumentKind, Grade, GradedJudgement, Item, Letter};

fn noon(d: NaiveDate) -> chrono::NaiveDateTime {
    d.and_hms_opt(12, 0, 0).unwrap()
}

/// A letter with a different made-up word in each of its fields, so that a search for the
/// word finds that field alone.
fn every_field() -> Response {
    let mut r = Response::new(DocumentKind::Letter, &[]);
    r.inspection.title = "Inspection of quillwort".into();
    r.inspection.published = Some(day(2024, 9, 24));
    r.inspection.type_detail = Some("Spot check of zephyrine".into());
    r.inspection.forces = vec!["Exampleshire".into(), "Marrowby Constabulary".into()];
    r.inspection.report_url = Some("https://example.org/reports/tangerlode".into());
    r.key_findings = "The report finds **brisklight** calls.\n\n- one\n- two".into();
    r.grades = vec![GradedJudgement {
        grade: Grade::Good,
        area: "at fennimore".into(),
    }];
    r.recommendations = vec![Item {
        text: "Improve *gallowmere*.".into(),
        response: Some("We did [orrinby](https://example.org).".into()),
        tracking: Default::default(),
    }];
    r.areas_for_improvement = vec![
        Item::default(),
        Item {
            text: "Improve the vettings.".into(),
            response: None,
            tracking: Default::default(),
        },
        Item {
            text: "Answer the calls of palisandre.".into(),
            response: Some("> We answer them on *thistlecombe*.".into()),
            tracking: Default::default(),
        },
    ];
    r.chief_constable_response = "The Chief Constable welcomes wendlebury.".into();
    r.pcc_response = "I am pleased by hollowmead.".into();
    r.checklist = vec![ChecklistEntry::new("Sent to pellucine.")];
    r.letter = Some(Letter {
        date: None,
        addressees: Some(vec!["The Home Secretary".into(), "Lady Ambervale".into()]),
        salutation: Some("Dear Crowthorne".into()),
        subject: Some("Re: lanternwick".into()),
    });
    r
}

fn titled(title: &str, key_findings: &str) -> Response {
    let mut r = Response::new(DocumentKind::Form, &[]);
    r.inspection.title = title.into();
    r.key_findings = key_findings.into();
    r
}

/// The ids and fields of a search's hits.
fn found(conn: &Connection, words: &str) -> Vec<(ResponseId, String)> {
    let hits = search(conn, words, 50).unwrap();
    hits.into_iter().map(|h| (h.id, h.field)).collect()
}

fn index_rows(conn: &Connection, id: ResponseId) -> i64 {
    let sql = "SELECT count(*) FROM search_text WHERE response_id = ?1";
    conn.query_row(sql, [id.0], |r| r.get(0)).unwrap()
}

#[test]
fn any_word_of_any_field_finds_its_response_and_names_the_field() {
    let conn = open_in_memory().unwrap();
    create_response(&conn, &titled("Another report", "Nothing to see.")).unwrap();
    let id = create_response(&conn, &every_field()).unwrap();
    for (word, field) in [
        ("quillwort", "Inspection title"),
        ("zephyrine", "What the inspection is"),
        ("Marrowby", "Forces inspected"),
        ("tangerlode", "Link to the report"),
        ("brisklight", "Key findings"),
        ("fennimore", "Graded judgement 1"),
        ("gallowmere", "Recommendation 1"),
        ("orrinby", "The response to recommendation 1"),
        ("palisandre", "Area for improvement 3"),
        ("thistlecombe", "The response to area for improvement 3"),
        ("wendlebury", "Chief Constable response"),
        ("hollowmead", "PCC response"),
        ("pellucine", "Checklist item 1"),
        ("Ambervale", "Addressees"),
        ("Crowthorne", "Salutation"),
        ("lanternwick", "Subject line"),
    ] {
        assert_eq!(found(&conn, word), [(id, field.to_string())], "{word}");
    }
    let hit = &search(&conn, "quillwort", 5).unwrap()[0];
    assert_eq!(hit.title, "Inspection of quillwort");
    assert_eq!(hit.published, Some(day(2024, 9, 24)));
    assert_eq!(hit.status, Status::Draft);
    // Every word, in any fields, any case, accents or not, the last as it is being typed.
    assert_eq!(found(&conn, "WENDLEBURY holl").len(), 1);
    assert_eq!(found(&conn, "quillwört"), found(&conn, "quillwort"));
    assert_eq!(found(&conn, "wendlebury nowhere"), []);
}

#[test]
fn one_hit_a_response_best_first_within_the_limit() {
    let conn = open_in_memory().unwrap();
    let long = "The force answers calls. ".repeat(40) + "Vetting is slow.";
    let weak = create_response(&conn, &titled("Weak", &long)).unwrap();
    let mut strong = titled("Vetting", "Vetting, vetting and vetting.");
    strong.pcc_response = "Vetting matters.".into();
    let strong = create_response(&conn, &strong).unwrap();
    let hits = search(&conn, "vetting", 10).unwrap();
    assert_eq!(
        hits.iter().map(|h| h.id).collect::<Vec<_>>(),
        [strong, weak]
    );
    assert_eq!(search(&conn, "vetting", 1).unwrap()[0].id, strong);
    assert_eq!(search(&conn, "vetting", 0).unwrap(), []);
}

#[test]
fn the_passage_marks_the_words_searched_for_in_plain_text() {
    let conn = open_in_memory().unwrap();
    let text = "The **call handling** of the force, and \u{E000}its\u{E001} *handlers*.";
    create_response(&conn, &titled("Calls", text)).unwrap();
    let hit = &search(&conn, "call handl", 5).unwrap()[0];
    let hits: Vec<&str> = hit
        .passage
        .iter()
        .filter(|p| p.hit)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(hits, ["call", "handling", "handlers"]);
    let shown: String = hit.passage.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(shown, "The call handling of the force, and its handlers.");
}

#[test]
fn nothing_typed_is_an_error() {
    let conn = open_in_memory().unwrap();
    create_response(&conn, &every_field()).unwrap();
    let long = "call handling ".repeat(800);
    let hostile = [
        "\"",
        "\"\"\"",
        "*",
        "call*",
        "NEAR(",
        "NEAR(call handling)",
        "-",
        "-call",
        ":",
        "text:call",
        "(",
        ")",
        "AND",
        "OR",
        "NOT",
        "a OR",
        "^call",
        "+",
        "'",
        "\\",
        "😀",
        "👮‍♀️ quillwort",
        "مراجعة",
        "\u{200f}שלום\u{200e}",
        "\u{E000}",
        "\0",
        "",
        "   ",
        &long,
    ];
    for words in hostile {
        search(&conn, words, 10).unwrap_or_else(|e| panic!("{words:?}: {e}"));
        earlier_like(&conn, words, None, 10).unwrap_or_else(|e| panic!("{words:?}: {e}"));
    }
    assert_eq!(search(&conn, "", 10).unwrap(), []);
    assert_eq!(search(&conn, "\" * ( - :", 10).unwrap(), []);
    assert_eq!(found(&conn, "\"quillwort").len(), 1);
    assert_eq!(found(&conn, "quillwort)").len(), 1);
}

#[test]
fn the_trash_is_not_searched_until_restored_and_a_deletion_empties_the_index() {
    let conn = open_in_memory().unwrap();
    let kept = create_response(&conn, &titled("Kept", "Custody suites.")).unwrap();
    let gone = create_response(&conn, &titled("Gone", "Custody records.")).unwrap();
    let rows = index_rows(&conn, gone);
    assert!(rows > 0);

    trash_response(&conn, gone, day(2024, 11, 1)).unwrap();
    assert_eq!(found(&conn, "custody").len(), 1);
    assert_eq!(
        earlier_like(&conn, "custody records", None, 5).unwrap()[0].id,
        kept
    );
    restore_response(&conn, gone).unwrap();
    assert_eq!(
        found(&conn, "records"),
        [(gone, "Key findings".to_string())]
    );

    delete_response(&conn, gone).unwrap();
    assert_eq!(index_rows(&conn, gone), 0);
    trash_response(&conn, kept, day(2024, 11, 1)).unwrap();
    empty_trash(&conn).unwrap();
    let all: i64 = conn
        .query_row("SELECT count(*) FROM search_index", [], |r| r.get(0))
        .unwrap();
    assert_eq!(all, 0);
    assert_eq!(found(&conn, "custody"), []);
}

#[test]
fn each_save_rewrites_the_index_in_its_own_transaction() {
    let conn = open_in_memory().unwrap();
    let id = create_response(&conn, &titled("Calls", "The force answers calls.")).unwrap();
    let mut edited = titled("Calls", "The force answers emails.");
    save_response(&conn, id, &edited, noon(day(2024, 11, 1))).unwrap();
    assert_eq!(
        found(&conn, "calls"),
        [(id, "Inspection title".to_string())]
    );
    assert_eq!(found(&conn, "emails").len(), 1);

    edited.key_findings = "The force answers letters.".into();
    update_response(&conn, id, &edited).unwrap();
    assert_eq!(found(&conn, "emails"), []);
    assert_eq!(found(&conn, "letters").len(), 1);

    // A save that fails after the index is written leaves it as it was.
    conn.execute_batch(
        "CREATE TEMP TRIGGER refuse AFTER INSERT ON versions BEGIN SELECT RAISE(ABORT, 'no'); END",
    )
    .unwrap();
    let before = index_rows(&conn, id);
    let mut failing = edited.clone();
    failing.key_findings = "The force answers faxes.".into();
    failing.status = Status::Ready;
    assert!(save_response(&conn, id, &failing, noon(day(2024, 11, 2))).is_err());
    assert_eq!(found(&conn, "faxes"), []);
    assert_eq!(found(&conn, "letters").len(), 1);
    assert_eq!(index_rows(&conn, id), before);
    conn.execute_batch("DROP TRIGGER refuse").unwrap();

    let copy = duplicate_response(&conn, id).unwrap();
    assert_eq!(
        found(&conn, "letters"),
        [id, copy].map(|i| (i, "Key findings".into()))
    );
    assert_eq!(
        found(&conn, "copy"),
        [(copy, "Inspection title".to_string())]
    );

    // Bring back the version kept when the status changed: "letters" then "faxes".
    failing.status = Status::Ready;
    save_response(&conn, id, &failing, noon(day(2024, 11, 3))).unwrap();
    assert_eq!(found(&conn, "faxes").len(), 1);
    let mut back = edited.clone();
    back.status = Status::Draft;
    save_response(&conn, id, &back, noon(day(2024, 11, 4))).unwrap();
    let faxes = list_versions(&conn, id).unwrap()[1].id;
    restore_version(&conn, id, faxes, noon(day(2024, 11, 5))).unwrap();
    assert_eq!(found(&conn, "faxes"), [(id, "Key findings".to_string())]);
    assert_eq!(
        found(&conn, "letters"),
        [(copy, "Key findings".to_string())]
    );
}

/// An area for improvement in a response of its own, with its response.
fn area(conn: &Connection, title: &str, text: &str, response: &str) -> ResponseId {
    let mut r = titled(title, "");
    r.inspection.published = Some(day(2023, 3, 1));
    r.areas_for_improvement = vec![Item {
        text: text.into(),
        response: Some(response.into()),
        tracking: Default::default(),
    }];
    create_response(conn, &r).unwrap()
}

#[test]
fn earlier_like_puts_the_closest_item_first_with_its_response() {
    let conn = open_in_memory().unwrap();
    let far = area(
        &conn,
        "Far",
        "The force should improve its vetting.",
        "Done.",
    );
    let close = area(
        &conn,
        "Close",
        "The force should improve how it answers non-emergency calls.",
        "A new **call handling** system.",
    );
    let this = area(
        &conn,
        "This year",
        "The force should improve how it answers non-emergency calls.",
        "",
    );
    let text = "The force should improve how quickly it answers non-emergency calls";
    let like = earlier_like(&conn, text, Some(this), 10).unwrap();
    assert_eq!(like.iter().map(|e| e.id).collect::<Vec<_>>(), [close, far]);
    assert_eq!(
        like[0],
        EarlierText {
            id: close,
            title: "Close".into(),
            published: Some(day(2023, 3, 1)),
            field: "Area for improvement 1".into(),
            text: "The force should improve how it answers non-emergency calls.".into(),
            response: Some("A new **call handling** system.".into()),
        }
    );
    // Matching the item's text and its response, the item still comes once.
    let both = earlier_like(&conn, "non-emergency calls handling system", None, 10).unwrap();
    assert_eq!(both.iter().filter(|e| e.id == close).count(), 1);
    assert_eq!(earlier_like(&conn, text, Some(this), 1).unwrap().len(), 1);
    assert_eq!(earlier_like(&conn, "the and of it", None, 10).unwrap(), []);
    // The title is not prose to reuse.
    assert_eq!(earlier_like(&conn, "far", None, 10).unwrap(), []);
}

#[test]
fn the_index_holds_words_without_markdown_or_marks() {
    assert_eq!(
        index::indexed_text("**Bold** and [a link](https://x.org)\n\n- one", true),
        "Bold and a link\none"
    );
    assert_eq!(
        index::indexed_text("a\u{E000}b\u{E001}c **d**", false),
        "abc **d**"
    );
}

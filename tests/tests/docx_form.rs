//! The response form exported from the project's own 2025 PEEL response (an invented office,
//! `tests/fixtures`), read back part by part: sections in order, numbering, grades, deadline,
//! hyperlink, rich text, checklist, properties and page set-up.

mod common;

use common::{exampleshire_2025, export, FORM_SECTIONS};

#[test]
fn every_section_is_a_real_heading_in_template_order() {
    let (response, office) = exampleshire_2025();
    let (docx, _) = export(&response, &office);
    let headings = docx.headings();
    assert_eq!(docx.headings_at(2), FORM_SECTIONS);
    assert_eq!(
        headings.iter().filter(|(l, _)| *l == 1).count(),
        1,
        "one Heading 1"
    );
    assert_eq!(headings[0].0, 1, "the title comes first");
    assert!(headings[0]
        .1
        .starts_with("Exampleshire Police and Crime Commissioner (PCC) response"));
    assert!(headings[0].1.contains("inspections of Exampleshire Police"));
    for pair in headings.windows(2) {
        assert!(pair[1].0 <= pair[0].0 + 1, "skipped a level: {pair:?}");
    }
    let paras = docx.paragraphs();
    let statutory = &paras[1];
    assert_eq!(
        Some(statutory.text.as_str()),
        office.statutory_statement.as_deref(),
        "the office's own statutory wording"
    );
    let doc = docx.part("word/document.xml");
    assert!(
        doc.contains("<w:i/>") || doc.contains("<w:i />"),
        "the statutory line is italic"
    );
}

#[test]
fn seventeen_areas_for_improvement_numbered_in_order_with_their_text() {
    let (response, office) = exampleshire_2025();
    let (docx, _) = export(&response, &office);
    let paras = docx.paragraphs();
    let labels: Vec<usize> = paras
        .iter()
        .enumerate()
        .filter(|(_, p)| p.style == "Heading3" && p.text.starts_with("Area for Improvement"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(labels.len(), 17);
    for (n, &at) in labels.iter().enumerate() {
        let item = &response.areas_for_improvement[n];
        assert_eq!(paras[at].text, format!("Area for Improvement {}:", n + 1));
        assert!(paras[at].runs.iter().all(|(_, bold)| *bold) || paras[at].style == "Heading3");
        assert_eq!(paras[at + 1].text, item.text);
        // An area answered in the file prints its response under it; the others do not.
        let answered = paras[at + 2].text == "Response:";
        assert_eq!(answered, item.response.is_some(), "area {}", n + 1);
    }
    // Area 3's response is plain text, printed as written.
    assert_eq!(
        Some(paras[labels[2] + 3].text.as_str()),
        response.areas_for_improvement[2].response.as_deref()
    );
    let all: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
    assert!(all.contains(
        &"17 areas for improvement are made within the report, and are detailed as follows:"
    ));
    let count_at = all.iter().position(|t| t.starts_with("17 areas")).unwrap();
    assert!(
        count_at < labels[0],
        "the count sentence comes before the items"
    );
}

#[test]
fn nine_graded_judgements_with_the_grade_in_bold() {
    let (response, office) = exampleshire_2025();
    let (docx, _) = export(&response, &office);
    docx.assert_judgements(
        "HMICFRS judged that Exampleshire Police is:",
        &[
            ("Outstanding", " at managing offenders and suspects."),
            ("Good", " at recording data about crime."),
            ("Good", " at preventing crime and antisocial behaviour."),
            (
                "Adequate",
                " in its treatment of the public and its use of police powers.",
            ),
            ("Adequate", " at developing a positive workplace."),
            ("Adequate", " at leadership and force management."),
            ("Requires improvement", " at investigating crime."),
            ("Requires improvement", " at protecting vulnerable people."),
            ("Inadequate", " at responding to the public."),
        ],
    );
    assert_eq!(response.grades.len(), 9);
}

#[test]
fn inspection_details_table_with_uk_dates_the_deadline_and_a_real_hyperlink() {
    let (response, office) = exampleshire_2025();
    let (docx, _) = export(&response, &office);
    let rows = docx.first_table();
    let labels: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        labels,
        [
            "Inspection title",
            "Date published",
            "Type of inspection",
            "Police force(s)",
            "Link to report",
            "Section 55 response deadline"
        ]
    );
    assert_eq!(rows[0][1], response.inspection.title);
    assert_eq!(rows[1][1], "17 June 2025");
    assert_eq!(rows[2][1], "PEEL");
    assert_eq!(rows[3][1], "Exampleshire");
    // The office counts as the Act does (its `deadline_rule` is "statutory").
    assert_eq!(
        rows[5][1],
        "11 August 2025 (56 days counting the day of publication as day 1)"
    );

    let doc = docx.part("word/document.xml");
    let rels = docx.part("word/_rels/document.xml.rels");
    let url = response.inspection.report_url.as_deref().unwrap();
    let rel = roxmltree::Document::parse(&rels).unwrap();
    let link = rel
        .descendants()
        .find(|n| n.attribute("Target") == Some(url))
        .expect("a relationship to the report");
    assert_eq!(link.attribute("TargetMode"), Some("External"));
    assert!(link.attribute("Type").unwrap().ends_with("/hyperlink"));
    let id = link.attribute("Id").unwrap();
    assert!(
        doc.contains(&format!("<w:hyperlink r:id=\"{id}\"")),
        "the link is used in the text"
    );
}

#[test]
fn the_default_rule_moves_the_deadline_and_says_so() {
    let (response, mut office) = exampleshire_2025();
    office.deadline_rule = pcc_core::DeadlineRule::PublishedPlus56;
    let (docx, _) = export(&response, &office);
    assert_eq!(
        docx.first_table()[5][1],
        "12 August 2025 (date published + 56 days)"
    );
}

#[test]
fn the_office_checklist_ticks_done_items_with_their_date() {
    let (response, office) = exampleshire_2025();
    let (docx, _) = export(&response, &office);
    let checklist = docx.texts_from("For Office Use Only");
    assert_eq!(
        checklist[1..],
        [
            "Done",
            "Action",
            "Date done",
            "\u{2713}",
            "Response forwarded to the Chief Constable.",
            "22 July 2025",
            "\u{2713}",
            "Response forwarded to the Exampleshire Police and Crime Panel.",
            "23 July 2025",
            "\u{2713}",
            "Response published on the OPCC website.",
            "24 July 2025",
            "",
            "Response submitted to the HMICFRS monitoring portal.",
            "",
        ]
    );
}

#[test]
fn an_item_done_on_a_day_not_known_is_ticked_without_a_date() {
    let (mut response, office) = exampleshire_2025();
    response.checklist[3].set_done(true);
    let (docx, _) = export(&response, &office);
    let checklist = docx.texts_from("For Office Use Only");
    assert_eq!(
        checklist[checklist.len() - 3..],
        [
            "\u{2713}",
            "Response submitted to the HMICFRS monitoring portal.",
            "",
        ]
    );
}

#[test]
fn properties_language_font_page_and_footer() {
    let (response, office) = exampleshire_2025();
    let (docx, _) = export(&response, &office);
    docx.assert_well_formed();
    let core = docx.part("docProps/core.xml");
    let title = pcc_core::docx::form_title(&office).replace('&', "&amp;");
    assert!(
        core.contains(&format!("<dc:title>{title}</dc:title>")),
        "{core}"
    );
    assert!(core.contains(
        "<dc:creator>Office of the Police and Crime Commissioner for Exampleshire</dc:creator>"
    ));
    assert!(core.contains("<dc:language>en-GB</dc:language>"));
    let styles = docx.part("word/styles.xml");
    assert!(styles.contains(r#"<w:lang w:val="en-GB""#));
    assert!(styles.contains(r#"w:ascii="Arial""#));
    assert!(styles.contains(r#"<w:sz w:val="22""#), "11 pt");
    assert_eq!(
        styles.matches(r#"w:styleId="Normal""#).count(),
        1,
        "one Normal style"
    );
    assert!(styles.contains(r#"w:styleId="Normal" w:default="1""#));
    let doc = docx.part("word/document.xml");
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838""#), "A4");
    let footer = docx.part("word/footer1.xml");
    for field in ["PAGE", "NUMPAGES", "Page ", " of "] {
        assert!(footer.contains(field), "footer lacks {field}: {footer}");
    }
}

#[test]
fn a_recommendation_prints_its_label_text_and_response() {
    let (mut response, office) = exampleshire_2025();
    response.recommendations = vec![
        pcc_core::Item {
            text: "By March 2025, the force should review its *call handling*.".into(),
            response: Some("The review has begun.".into()),
            tracking: Default::default(),
        },
        pcc_core::Item {
            text: "Second recommendation.".into(),
            response: None,
            tracking: Default::default(),
        },
    ];
    let (docx, problems) = export(&response, &office);
    let texts = docx.texts();
    let at = texts.iter().position(|t| t == "Recommendation 1:").unwrap();
    assert_eq!(
        texts[at - 1],
        "2 recommendations are made within the report, and are detailed as follows:"
    );
    assert_eq!(
        texts[at + 1],
        "By March 2025, the force should review its call handling."
    );
    assert_eq!(texts[at + 2], "Response:");
    assert_eq!(texts[at + 3], "The review has begun.");
    assert_eq!(texts[at + 4], "Recommendation 2:");
    // Published with a recommendation left unanswered: an error naming it.
    assert!(problems
        .iter()
        .any(|p| p.message.contains("Recommendation 2 has no response")));
}

#[test]
fn the_recommendations_print_with_their_responses_and_none_is_said_in_words() {
    let (mut response, office) = exampleshire_2025();
    let (docx, problems) = export(&response, &office);
    assert_eq!(
        problems,
        vec![],
        "the published fixture has nothing to fault"
    );
    let texts = docx.texts();
    let first = texts.iter().position(|t| t == "Recommendation 1:").unwrap();
    assert_eq!(
        texts[first - 1],
        "3 recommendations are made within the report, and are detailed as follows:"
    );
    for (n, item) in response.recommendations.iter().enumerate() {
        let at = texts
            .iter()
            .position(|t| *t == format!("Recommendation {}:", n + 1))
            .unwrap();
        assert_eq!(texts[at + 1], item.text);
        assert_eq!(texts[at + 2], "Response:");
    }
    // Markdown in a response prints as Word formatting: the bold words lose their asterisks.
    assert!(texts.contains(
        &"The Commissioner will see attendance figures each month at the Police \
          Accountability Board."
            .to_string()
    ));

    response.recommendations.clear();
    let (docx, _) = export(&response, &office);
    let texts = docx.texts();
    assert!(texts.contains(&"There are no recommendations made.".to_string()));
    assert!(!texts.iter().any(|t| t.starts_with("Recommendation 1")));
}

#[test]
fn the_fixtures_rich_text_keeps_its_bold_lists_quote_and_links() {
    let (response, office) = exampleshire_2025();
    let (docx, _) = export(&response, &office);
    let paras = docx.paragraphs();
    let start = paras.iter().position(|p| p.text == "Key findings").unwrap() + 1;
    let findings: Vec<&common::Para> = paras[start..]
        .iter()
        .take_while(|p| !p.style.starts_with("Heading") && !p.text.starts_with("HMICFRS judged"))
        .collect();
    let bold: Vec<&str> = findings[1]
        .runs
        .iter()
        .filter(|(_, b)| *b)
        .map(|(t, _)| t.as_str())
        .collect();
    assert_eq!(bold, ["improving in most areas"]);
    // Four bullets in one list, then a paragraph, then three numbers in a list of their own.
    let list = |from: usize, n: usize| -> Option<String> {
        let ids: Vec<_> = findings[from..from + n]
            .iter()
            .map(|p| p.num_id.clone())
            .collect();
        assert!(
            ids.iter().all(|id| id.is_some() && *id == ids[0]),
            "{ids:?}"
        );
        ids[0].clone()
    };
    let bullets = list(2, 4);
    assert_eq!(findings[6].num_id, None);
    let numbers = list(7, 3);
    assert_ne!(bullets, numbers);
    assert_eq!(findings[10].style, "Quote");
    assert!(findings[10].text.starts_with("\"The force understands"));
    assert_eq!(
        findings[11].text,
        "The full report is on the HMICFRS website."
    );
    let rels = docx.part("word/_rels/document.xml.rels");
    for target in [
        "https://www.example.org/hmicfrs/peel-2025/exampleshire",
        "https://example.org/opcc/police-and-crime-plan",
        "mailto:opcc@example.org",
    ] {
        assert!(
            rels.contains(&format!(r#"Target="{target}""#)),
            "no link to {target}: {rels}"
        );
    }
}

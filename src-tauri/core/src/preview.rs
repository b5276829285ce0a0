//! The live preview: the document as it will print, as HTML for the app's window. It uses
//! the same wording as the Word document (title, count sentences, grades, subject line)
//! so the two cannot drift apart. Links are shown, not followed: the preview is a picture
//! of the page, and the window must never navigate away.

use std::fmt::Write;

use crate::dates;
use crate::deadline::deadline;
use crate::docx::clean::xml_safe;
use crate::docx::form::{count_sentence, grade_area, judgement_intro, type_in_words};
use crate::docx::{form_title, letter_subject, ExportOptions};
use crate::model::{DocumentKind, Item, Response};
use crate::office::Office;
use crate::richtext::{self, Block, Span};
use crate::tracking::{first_raised_words, ItemKind};

/// The document as an HTML fragment: an `<article class="page">`.
pub fn html(r: &Response, office: &Office, options: &ExportOptions) -> String {
    let mut h = Html(String::with_capacity(16 * 1024));
    match r.document {
        DocumentKind::Form => form(&mut h, r, office, options),
        DocumentKind::Letter => letter(&mut h, r, office),
    }
    format!(
        "<article class=\"page {}\">{}</article>",
        r.document.as_str(),
        h.0
    )
}

/// HTML being written; text goes in escaped.
pub(crate) struct Html(pub(crate) String);

impl Html {
    /// Appends `text`, escaped, its line breaks as `<br>`.
    pub(crate) fn text(&mut self, text: &str) {
        let (safe, _) = xml_safe(text);
        for c in safe.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\n' => self.0.push_str("<br>"),
                c => self.0.push(c),
            }
        }
    }

    /// Appends `<tag class="class">text</tag>`, the text escaped.
    pub(crate) fn tag(&mut self, tag: &str, class: &str, text: &str) {
        let _ = write!(self.0, "<{tag} class=\"{class}\">");
        self.text(text);
        let _ = write!(self.0, "</{tag}>");
    }

    /// Appends markup as it is.
    pub(crate) fn raw(&mut self, html: &str) {
        self.0.push_str(html);
    }

    fn rich(&mut self, markdown: &str) {
        self.blocks(&richtext::parse(markdown));
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            match block {
                Block::Paragraph(spans) => {
                    self.raw("<p>");
                    self.spans(spans);
                    self.raw("</p>");
                }
                Block::Quote(inner) => {
                    self.raw("<blockquote>");
                    self.blocks(inner);
                    self.raw("</blockquote>");
                }
                Block::List {
                    ordered,
                    start,
                    items,
                } => {
                    let open = if *ordered {
                        format!("<ol start=\"{start}\">")
                    } else {
                        "<ul>".into()
                    };
                    self.raw(&open);
                    for item in items {
                        self.raw("<li>");
                        self.blocks(item);
                        self.raw("</li>");
                    }
                    self.raw(if *ordered { "</ol>" } else { "</ul>" });
                }
            }
        }
    }

    fn spans(&mut self, spans: &[Span]) {
        for s in spans {
            let tags: Vec<&str> = [(s.bold, "strong"), (s.italic, "em")]
                .into_iter()
                .filter_map(|(on, tag)| on.then_some(tag))
                .collect();
            if let Some(url) = &s.link {
                self.raw("<span class=\"link\" title=\"");
                self.text(url);
                self.raw("\">");
            }
            tags.iter().for_each(|t| self.raw(&format!("<{t}>")));
            self.text(&s.text);
            tags.iter().rev().for_each(|t| self.raw(&format!("</{t}>")));
            if s.link.is_some() {
                self.raw("</span>");
            }
        }
    }
}

fn form(h: &mut Html, r: &Response, office: &Office, options: &ExportOptions) {
    h.tag("h1", "title", &form_title(office));
    h.tag("p", "statutory", office.statutory_statement());
    h.tag("h2", "", "Inspection details");
    let i = &r.inspection;
    let date = |d| {
        dates::pieces(d, options.date_style)
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    };
    let due = i.published.map(|p| {
        let due = deadline(p, office.deadline_rule);
        format!("{} ({})", date(due), office.deadline_rule.describe())
    });
    let rows: [(&str, Option<String>); 6] = [
        ("Inspection title", Some(i.title.clone())),
        ("Date published", i.published.map(date)),
        ("Type of inspection", Some(type_in_words(i))),
        ("Police force(s)", Some(i.forces.join(", "))),
        (
            "Link to report",
            i.report_url
                .as_deref()
                .filter(|u| !u.trim().is_empty())
                .map(|u| crate::links::resolve(u).unwrap_or_else(|| u.trim().to_string())),
        ),
        ("Section 55 response deadline", due),
    ];
    h.raw("<table class=\"details\">");
    for (label, value) in rows {
        h.raw("<tr>");
        h.tag("th", "", label);
        match value {
            Some(v) => h.tag("td", "", &v),
            None => h.tag("td", "missing", "Not yet entered"),
        }
        h.raw("</tr>");
    }
    h.raw("</table>");

    h.tag("h2", "", "Key findings");
    h.rich(&r.key_findings);
    if !r.grades.is_empty() {
        h.tag("p", "", &judgement_intro(office));
        h.raw("<ul class=\"grades\">");
        for g in &r.grades {
            h.raw("<li><strong>");
            h.text(g.grade.label());
            h.raw("</strong> ");
            h.text(&grade_area(&g.area));
            h.raw("</li>");
        }
        h.raw("</ul>");
    }
    items(
        h,
        ItemKind::Recommendation,
        "Recommendations",
        "Recommendation",
        &r.recommendations,
    );
    items(
        h,
        ItemKind::AreaForImprovement,
        "Areas for improvement",
        "Area for Improvement",
        &r.areas_for_improvement,
    );
    h.tag(
        "h2",
        "",
        "Chief Constable response to report and any Recommendations/Areas for Improvement",
    );
    h.rich(&r.chief_constable_response);
    h.tag(
        "h2",
        "",
        "PCC response to report and any Recommendations/Areas for Improvement",
    );
    h.rich(&r.pcc_response);
    h.tag("h2", "", "For Office Use Only");
    h.raw("<table class=\"checklist\"><tr><th>Done</th><th>Action</th><th>Date done</th></tr>");
    for entry in &r.checklist {
        h.raw("<tr>");
        h.tag("td", "tick", if entry.is_done() { "\u{2713}" } else { "" });
        h.tag("td", "", &entry.item);
        h.tag("td", "", &entry.done_on.map(date).unwrap_or_default());
        h.raw("</tr>");
    }
    h.raw("</table>");
}

fn items(h: &mut Html, kind: ItemKind, heading: &str, label: &str, items: &[Item]) {
    h.tag("h2", "", heading);
    h.tag("p", "", &count_sentence(heading, items.len()));
    for (n, item) in items.iter().enumerate() {
        h.tag("h3", "", &format!("{label} {}:", n + 1));
        h.rich(&item.text);
        if let Some(words) = first_raised_words(kind, &item.tracking) {
            h.tag("p", "first-raised", &words);
        }
        if let Some(response) = item.response.as_deref().filter(|s| !s.trim().is_empty()) {
            h.tag("p", "response-label", "Response:");
            h.rich(response);
        }
    }
}

fn letter(h: &mut Html, r: &Response, office: &Office) {
    h.raw("<header class=\"letterhead\">");
    if let Some(logo) = &office.logo {
        use base64::Engine;
        let data = base64::engine::general_purpose::STANDARD.encode(&logo.bytes);
        let mime = if logo.format == crate::ImageFormat::Png {
            "png"
        } else {
            "jpeg"
        };
        h.raw(&format!(
            "<img class=\"logo\" src=\"data:image/{mime};base64,{data}\" alt=\""
        ));
        h.text(&format!("{} logo", office.office_name));
        h.raw("\">");
    }
    h.tag("p", "office", &office.office_name);
    for line in &office.address {
        h.tag("p", "", line);
    }
    for (label, value) in [
        ("Telephone", &office.telephone),
        ("Email", &office.email),
        ("Web", &office.web),
    ] {
        if !value.trim().is_empty() {
            h.tag("p", "", &format!("{label}: {value}"));
        }
    }
    h.raw("</header>");
    let letter = r.letter.as_ref();
    let addressees = letter
        .and_then(|l| l.addressees.clone())
        .filter(|a| !a.is_empty());
    for line in addressees.unwrap_or_else(|| office.addressees()) {
        h.tag("p", "addressee", &line);
    }
    match letter.and_then(|l| l.date) {
        Some(d) => h.tag("p", "date", &dates::letter(d)),
        None => h.tag("p", "date missing", "Date not yet entered"),
    }
    let salutation = letter
        .and_then(|l| l.salutation.clone())
        .filter(|s| !s.trim().is_empty());
    h.tag(
        "p",
        "",
        &salutation.unwrap_or_else(|| office.salutation().to_string()),
    );
    h.tag("p", "subject", &letter_subject(r, office));
    h.rich(&r.pcc_response);
    h.tag("p", "close", "Yours sincerely,");
    h.tag("p", "signature", &office.pcc_name);
    h.tag("p", "", &office.pcc_title());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn office() -> Office {
        Office {
            area: "Exampleshire".into(),
            force: "Exampleshire Police".into(),
            ..Office::unset()
        }
    }

    fn options() -> ExportOptions {
        ExportOptions {
            today: chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
            date_style: Default::default(),
        }
    }

    #[test]
    fn the_form_preview_has_the_documents_wording_and_escapes_text() {
        let mut r = Response::new(DocumentKind::Form, &["Sent.".into()]);
        r.inspection.title = "<script>alert(1)</script> & co".into();
        r.inspection.published = chrono::NaiveDate::from_ymd_opt(2024, 9, 24);
        r.areas_for_improvement = vec![Item {
            text: "Do **this**.".into(),
            response: None,
            tracking: Default::default(),
        }];
        r.key_findings = "See [report](https://example.org).".into();
        let html = html(&r, &office(), &options());
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("19 November 2024 (date published + 56 days)"));
        assert!(html.contains("1 area for improvement is made within the report"));
        assert!(html.contains(
            "<h3 class=\"\">Area for Improvement 1:</h3><p>Do <strong>this</strong>.</p>"
        ));
        assert!(html.contains("There are no recommendations made."));
        assert!(html.contains("<span class=\"link\" title=\"https://example.org\">report</span>"));
        assert!(!html.contains("href"), "the preview never navigates");
    }

    #[test]
    fn an_item_carried_forward_says_when_it_was_first_raised() {
        let mut r = Response::new(DocumentKind::Form, &[]);
        let mut carried = Item::new("Improve <call> handling.", None);
        carried.tracking.first_raised = chrono::NaiveDate::from_ymd_opt(2022, 5, 10);
        r.areas_for_improvement = vec![Item::new("New.", None), carried];
        let html = html(&r, &office(), &options());
        let said = "<p class=\"first-raised\">This area for improvement was first raised in \
            2022.</p>";
        assert_eq!(html.matches("first raised").count(), 1, "{html}");
        assert!(html.contains(&format!("handling.</p>{said}")), "{html}");
        let docx = crate::docx::export_docx(&r, &office(), &options())
            .unwrap()
            .bytes;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        let at = xml
            .find("was first raised in 2022.")
            .expect("printed in the DOCX");
        assert!(xml[..at].contains("handling."), "after the item's text");
    }

    #[test]
    fn an_item_done_on_a_day_not_known_is_ticked_without_a_date() {
        let mut r = Response::new(DocumentKind::Form, &["Sent.".into(), "Filed.".into()]);
        r.checklist[0].set_done(true);
        let html = html(&r, &office(), &options());
        assert!(
            html.contains(concat!(
                "<tr><td class=\"tick\">\u{2713}</td><td class=\"\">Sent.</td>",
                "<td class=\"\"></td></tr><tr><td class=\"tick\"></td><td class=\"\">Filed.</td>"
            )),
            "{html}"
        );
    }

    #[test]
    fn the_letter_preview_has_the_standard_subject_and_close() {
        let mut r = Response::new(DocumentKind::Letter, &[]);
        r.inspection.title = "Custody".into();
        let html = html(
            &r,
            &Office {
                pcc_name: "Alex Morgan".into(),
                ..office()
            },
            &options(),
        );
        assert!(html.contains("Date not yet entered"));
        assert!(html
            .contains("Response from Alex Morgan, Police and Crime Commissioner for Exampleshire"));
        assert!(html.contains("Yours sincerely,"));
    }
}

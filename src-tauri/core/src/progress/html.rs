//! The progress report's preview: the Word document's content as semantic HTML for the
//! window, every text escaped by the response preview's own writer. Tables have real header
//! cells (`<th scope>`), RAG is written in words (its class only tints the cell), and
//! evidence links are shown, never followed, as in the response's preview.

use super::{
    InspectionHistory, InspectionProgress, ItemMention, ProgressReport, APPENDIX_HEADING,
    NO_UPDATES,
};
use crate::preview::Html;
use crate::tracking::Rag;

/// The report as an HTML fragment: an `<article class="page progress">`.
pub fn progress_html(report: &ProgressReport) -> String {
    let mut h = Html(String::with_capacity(64 * 1024));
    h.raw("<article class=\"page progress\">");
    h.tag("h1", "title", super::REPORT_TITLE);
    h.tag("p", "position", &report.position_words());
    h.tag("p", "scope", &format!("Covering: {}", report.scope_words));
    summary(&mut h, report);
    for inspection in &report.inspections {
        inspection_table(&mut h, inspection);
    }
    h.tag("h2", "appendix", APPENDIX_HEADING);
    if report.appendix.is_empty() {
        h.tag("p", "none", "There are no items.");
    }
    for inspection in &report.appendix {
        history(&mut h, inspection);
    }
    h.raw("</article>");
    h.0
}

fn summary(h: &mut Html, report: &ProgressReport) {
    h.tag("h2", "summary", "Summary");
    for sentence in report.summary_sentences() {
        h.tag("p", "sentence", &sentence);
    }
    let s = &report.summary;
    if s.items > 0 {
        head_and_body(h, &["Status", "Items"]);
        for c in &s.by_status {
            h.raw("<tr>");
            row_header(h, "status", &c.words);
            h.tag("td", "count", &c.count.to_string());
            h.raw("</tr>");
        }
        h.raw("<tr>");
        row_header(h, "status", "All items");
        h.tag("td", "count", &s.items.to_string());
        h.raw("</tr></tbody></table>");
        head_and_body(h, &["RAG rating of open items", "Items"]);
        for c in &s.by_rag {
            h.raw("<tr>");
            rag(h, true, c.rag, &c.words);
            h.tag("td", "count", &c.count.to_string());
            h.raw("</tr>");
        }
        h.raw("</tbody></table>");
    }
    h.tag("h3", "closed", &report.closed_heading());
    mentions(
        h,
        &report.closed_since,
        "Closed on",
        &report.nothing_closed(),
    );
    h.tag("h3", "overdue", "Overdue");
    mentions(h, &report.overdue, "Target date", &report.nothing_overdue());
}

fn mentions(h: &mut Html, items: &[ItemMention], day: &str, empty: &str) {
    if items.is_empty() {
        h.tag("p", "none", empty);
        return;
    }
    head_and_body(h, &["Inspection", "Item", "Status", day]);
    for m in items {
        h.raw("<tr>");
        h.tag("td", "inspection", &m.inspection);
        row_header(h, "item", &m.label);
        h.tag("td", "status", &m.status_words);
        h.tag("td", "date", &m.on_words);
        h.raw("</tr>");
    }
    h.raw("</tbody></table>");
}

fn inspection_table(h: &mut Html, i: &InspectionProgress) {
    h.tag("h2", "inspection", &i.title);
    h.tag("p", "published", &i.published_words);
    head_and_body(
        h,
        &[
            "Item",
            "Lead",
            "Target date",
            "Status",
            "RAG",
            "Latest update",
        ],
    );
    for r in &i.rows {
        h.raw("<tr><th scope=\"row\" class=\"item\">");
        h.tag("strong", "label", &r.label);
        h.tag("span", "text", &r.text);
        if let Some(first) = &r.first_raised_words {
            h.tag("em", "first-raised", first);
        }
        h.raw("</th>");
        h.tag("td", "lead", r.lead.as_deref().unwrap_or("Not set"));
        let target = match r.overdue {
            true => format!("{} (overdue)", r.target_words),
            false => r.target_words.clone(),
        };
        h.tag(
            "td",
            if r.overdue {
                "target overdue"
            } else {
                "target"
            },
            &target,
        );
        h.tag("td", "status", &r.status_words);
        rag(h, false, r.rag, &r.rag_words);
        h.raw("<td class=\"latest\">");
        match &r.latest {
            Some(u) => {
                h.tag("strong", "date", &u.date_words);
                h.tag("span", "action", &u.action);
            }
            None => h.tag("em", "none", "None yet"),
        }
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
}

/// A table an inspection, as in the document: a group of rows an item, headed by the item,
/// then a row each of its updates.
fn history(h: &mut Html, inspection: &InspectionHistory) {
    h.tag("h3", "inspection", &inspection.title);
    head(
        h,
        &["Date", "Reported by", "Action", "Evidence", "Status after"],
    );
    for item in &inspection.items {
        h.raw("<tbody><tr><th scope=\"rowgroup\" colspan=\"5\" class=\"item\">");
        h.tag("strong", "label", &format!("{}:", item.label));
        h.raw(" ");
        h.text(&item.text);
        if item.updates.is_empty() {
            h.raw("<br>");
            h.tag("em", "none", NO_UPDATES);
        }
        h.raw("</th></tr>");
        for u in &item.updates {
            h.raw("<tr>");
            row_header(h, "date", &u.date_words);
            h.tag("td", "reported-by", &u.reported_by);
            h.tag("td", "action", &u.action);
            h.raw("<td class=\"evidence\">");
            h.text(&u.evidence);
            if let Some(link) = &u.evidence_link {
                h.raw("<br><span class=\"link\" title=\"");
                h.text(link);
                h.raw("\">");
                h.text(link);
                h.raw("</span>");
            }
            h.raw("</td>");
            h.tag("td", "status", &u.status_words);
            h.raw("</tr>");
        }
        h.raw("</tbody>");
    }
    h.raw("</table>");
}

/// Opens a table with its header row of column headers.
fn head(h: &mut Html, names: &[&str]) {
    h.raw("<table><thead><tr>");
    for name in names {
        h.raw("<th scope=\"col\">");
        h.text(name);
        h.raw("</th>");
    }
    h.raw("</tr></thead>");
}

/// Opens a table with its header row, and its body.
fn head_and_body(h: &mut Html, names: &[&str]) {
    head(h, names);
    h.raw("<tbody>");
}

/// A cell that heads its row.
fn row_header(h: &mut Html, class: &str, text: &str) {
    h.raw(&format!("<th scope=\"row\" class=\"{class}\">"));
    h.text(text);
    h.raw("</th>");
}

/// A RAG cell, heading its row or not: the rating in words, its class for the tint.
fn rag(h: &mut Html, heads_row: bool, rag: Rag, words: &str) {
    let class = format!("rag rag-{}", rag.as_str());
    match heads_row {
        true => row_header(h, &class, words),
        false => h.tag("td", &class, words),
    }
}

#[cfg(test)]
mod tests {
    use super::super::build::tests::sample;
    use super::*;

    #[test]
    fn every_text_is_escaped_and_tables_have_header_cells() {
        let mut report = sample();
        report.inspections[0].title = "<script>alert(1)</script> & \"PEEL\"".into();
        let html = progress_html(&report);
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;PEEL&quot;"));
        assert!(html.starts_with("<article class=\"page progress\">"));
        assert!(html.contains("<th scope=\"col\">Latest update</th>"));
        assert!(html.contains("<th scope=\"row\" class=\"item\">"));
        assert!(html.contains("<h2 class=\"appendix\">Appendix: history of each item</h2>"));
        // Each item heads its group of updates in the inspection's history table.
        assert!(html.contains(
            "<tbody><tr><th scope=\"rowgroup\" colspan=\"5\" class=\"item\"><strong \
             class=\"label\">Recommendation 1:</strong> The force should improve thing 0."
        ));
        assert_eq!(
            html.matches("<table>").count(),
            8,
            "as many tables as the document"
        );
    }

    #[test]
    fn rag_is_in_words_beside_its_colour() {
        let report = sample();
        let html = progress_html(&report);
        for row in report.inspections.iter().flat_map(|i| &i.rows) {
            let cell = format!(
                "<td class=\"rag rag-{}\">{}</td>",
                row.rag.as_str(),
                row.rag_words
            );
            assert!(html.contains(&cell), "{cell} in {html}");
        }
        assert!(html.contains("<th scope=\"row\" class=\"rag rag-red\">Red</th>"));
    }
}

use super::*;
use crate::publish::build::publication;
use crate::publish::build::tests::{form, letter, office, options, signing_office};
use crate::publish::Part;

fn form_page() -> String {
    page(&publication(&form(), &office(), &options(false)).unwrap())
}

fn letter_page() -> String {
    page(&publication(&letter(), &office(), &options(false)).unwrap())
}

/// The levels of the headings, in the order written.
fn heading_levels(html: &str) -> Vec<u8> {
    html.match_indices("<h")
        .filter_map(|(at, _)| {
            let b = html.as_bytes()[at + 2];
            b.is_ascii_digit().then(|| b - b'0')
        })
        .collect()
}

/// Every opening tag's name and whole text, e.g. `("td", "<td style=\"...\">")`.
fn tags(html: &str) -> Vec<(String, String)> {
    html.match_indices('<')
        .filter_map(|(at, _)| {
            let rest = &html[at + 1..];
            let end = rest.find('>')?;
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            (!name.is_empty()).then(|| (name.to_lowercase(), html[at..at + end + 2].to_string()))
        })
        .collect()
}

fn assert_structure(html: &str) {
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"),
        "{html:.80}"
    );
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(
        html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    );
    assert_eq!(html.matches("<title>").count(), 1);
    assert_eq!(html.matches("<main").count(), 1);
    let levels = heading_levels(html);
    assert_eq!(levels.iter().filter(|l| **l == 1).count(), 1, "{levels:?}");
    assert_eq!(levels[0], 1);
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "a level skipped: {levels:?}");
    }
    // The caption is hidden on screen by the usual 1-pixel clip, not laid out.
    let laid_out = html.replace(super::CAPTION, "");
    for fixed in ["px;width", "width:", "min-width"] {
        for (at, _) in laid_out.match_indices(fixed) {
            let value: String = laid_out[at + fixed.len()..].chars().take(8).collect();
            assert!(!value.contains("px"), "a fixed width: {fixed}{value}");
        }
    }
    assert!(!html.contains("<script"), "no script at all");
    assert!(!html.contains("<style"), "styles are inline");
    assert!(!html.contains("src=\"http"), "nothing fetched");
}

#[test]
fn the_form_page_is_in_british_english_with_one_title_a_details_table_and_lists() {
    let html = form_page();
    assert_structure(&html);
    assert!(html.contains(
        "<title>Exampleshire Police and Crime Commissioner (PCC) response to inspections of \
         Exampleshire Police published by His Majesty&#39;s Inspectorate of Constabulary and \
         Fire &amp; Rescue Services (HMICFRS)</title>"
    ));
    assert_eq!(html.matches("<caption").count(), 1);
    assert!(html.contains(">Inspection details</caption>"));
    assert_eq!(html.matches("<th scope=\"row\"").count(), 6);
    assert_eq!(
        html.matches("<th").count(),
        6,
        "every header cell is a row's"
    );
    assert!(html.contains("<ol style=\"margin:0 0 .75em;padding:0;list-style:none\">"));
    assert!(html.contains(
        "<h3 style=\"font-size:1.1em;line-height:1.3;margin:1em 0 .5em\">Recommendation 1:</h3>"
    ));
    assert!(html.contains(
        "<li style=\"margin:0 0 .25em\"><p style=\"margin:0 0 .75em\"><strong>Outstanding</strong>"
    ));
    assert!(html.contains(&format!(
        "<a href=\"https://www.example.org/hmicfrs/peel-2025/exampleshire\" style=\"{LINK}\">HMICFRS website</a>"
    )));
    assert!(html.contains(&format!(
        "<a href=\"mailto:opcc@example.org\" style=\"{LINK}\">opcc@example.org</a>"
    )));
    assert!(html.contains("<strong>\u{2713} Done on 22 July 2025</strong>"));
    assert!(html.contains("<blockquote"));
}

#[test]
fn the_letter_page_carries_its_logo_inline_with_its_alt_text() {
    let html = letter_page();
    assert_structure(&html);
    let logo = "<img src=\"data:image/png;base64,iVBOR";
    assert_eq!(html.matches(logo).count(), 1, "the logo, inline");
    assert!(html.contains(
        "alt=\"Office of the Police and Crime Commissioner for Exampleshire logo\" width=\"240\" \
         height=\"96\" style=\"max-width:100%;height:auto;border:0;width:50mm\">"
    ));
    assert!(html.contains("<h1 style=\"font-size:1.5em;line-height:1.3;margin:1em 0 .5em\">Response to the HMICFRS spotlight report"));
    assert!(html.contains("1 Station Road<br>Exampleton<br>EX1 1AA"));
    assert!(html.contains("<ol style=\"margin:0 0 .75em;padding:0 0 0 1.5em\">"));
    assert!(!html.contains("Signed:"));
}

#[test]
fn signed_the_image_says_who_signed_and_sits_just_above_the_name() {
    for r in [letter(), form()] {
        let html = page(&publication(&r, &signing_office(), &options(true)).unwrap());
        assert_structure(&html);
        let at = html
            .find("alt=\"Signed: Alex Morgan\"")
            .expect("the signature's alt text");
        let after = &html[at..];
        let next = after.find("<p").unwrap();
        assert!(
            after[next..]
                .starts_with("<p style=\"margin:0 0 .75em\"><strong>Alex Morgan</strong></p>"),
            "{}",
            &after[..next + 80]
        );
        assert!(html[..at].rfind("<img src=\"data:image/png;base64,") > html[..at].rfind("</p>"));
    }
}

#[test]
fn hostile_text_is_escaped_and_kept_in_form_and_letter() {
    let hostile = "</script><script>alert('x')</script> <b>&amp; \"q\" \u{0}\u{7}\u{1B}\u{FFFE}\
        \u{5E9}\u{5DC}\u{5D5}\u{5DD} \u{645}\u{631}\u{62D}\u{628}\u{627} \u{200F}\u{1F46E}\u{200D}\u{2640}\u{FE0F}";
    let escaped =
        "&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;&amp;amp; \
        &quot;q&quot; \u{5E9}\u{5DC}\u{5D5}\u{5DD} \u{645}\u{631}\u{62D}\u{628}\u{627} \
        \u{200F}\u{1F46E}\u{200D}\u{2640}\u{FE0F}";
    for mut r in [form(), letter()] {
        r.inspection.title = hostile.into();
        if let Some(l) = r.letter.as_mut() {
            l.subject = None;
        }
        r.pcc_response = format!("\\{hostile}");
        r.checklist[0].item = hostile.into();
        let mut o = signing_office();
        o.pcc_name = hostile.into();
        o.office_name = hostile.into();
        o.address = vec![hostile.into()];
        let p = publication(&r, &o, &options(true)).unwrap();
        for html in [page(&p), fragment(&p)] {
            assert!(
                !html.contains("<script") && !html.contains("</script"),
                "{html}"
            );
            assert!(!html.contains("<b>"));
            assert!(
                !html.chars().any(|c| c.is_control() && c != '\n'),
                "control characters"
            );
            assert!(!html.contains('\u{FFFE}'));
            assert!(html.matches(escaped).count() >= 3, "{html}");
            assert!(html.contains(&format!("alt=\"Signed: {escaped}\"")));
        }
    }
}

#[test]
fn the_fragment_is_the_content_alone_with_every_style_inline() {
    let p = publication(&letter(), &signing_office(), &options(true)).unwrap();
    let html = fragment(&p);
    assert!(
        html.starts_with("<article lang=\"en-GB\" style=\""),
        "{html:.80}"
    );
    for whole in [
        "<html", "<head", "<title", "<body", "<main", "<meta", "<style", "<script",
    ] {
        assert!(!html.contains(whole), "{whole}");
    }
    for (name, tag) in tags(&html) {
        let plain = ["strong", "em", "br", "tbody", "tr"].contains(&name.as_str());
        assert!(
            plain || tag.contains(" style=\""),
            "{tag} has no inline style"
        );
    }
    assert_eq!(
        html.matches("src=\"data:image/png;base64,").count(),
        2,
        "logo and signature"
    );
    let page = page(&p);
    let body = &page[page.find("<main").unwrap()..];
    let body = &body[body.find('>').unwrap() + 1..body.find("</main>").unwrap()];
    assert!(html.contains(body), "the same content as the page");
}

#[test]
fn a_publication_made_by_hand_is_escaped_too() {
    let p = Publication {
        title: "A & <B>".into(),
        author: "\"O\"".into(),
        made: chrono::NaiveDate::from_ymd_opt(2025, 7, 31).unwrap(),
        parts: vec![
            Part::Heading {
                level: 1,
                text: "a\u{1}<b".into(),
            },
            Part::Details {
                caption: "<c>".into(),
                rows: vec![(
                    "<l>".into(),
                    vec![Span {
                        text: "x".into(),
                        link: Some("https://e.org/?a=1&b=\"2\"".into()),
                        ..Span::default()
                    }],
                )],
            },
        ],
    };
    let html = page(&p);
    assert!(html.contains("<title>A &amp; &lt;B&gt;</title>"));
    assert!(html.contains("content=\"&quot;O&quot;\""));
    assert!(html.contains(">a&lt;b</h1>"));
    assert!(html.contains(">&lt;c&gt;</caption>"));
    assert!(html.contains("href=\"https://e.org/?a=1&amp;b=&quot;2&quot;\""));
    assert!(html.contains("<meta name=\"dcterms.created\" content=\"2025-07-31\">"));
}

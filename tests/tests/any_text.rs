//! Any text is safe: thousands of generated strings, drawn from all of Unicode and from the
//! characters that break XML and Markdown, go into every field of a response, and every
//! document that comes out is well-formed XML. Characters XML cannot hold are dropped and
//! reported; everything else in a plain field comes through exactly.

mod common;

use common::nasty::nasty_text;
use pcc_core::docx::clean::allowed_in_xml;
use proptest::prelude::*;

/// What a plain field should show: forbidden characters gone, line ends as line breaks.
fn expected_plain(s: &str) -> String {
    let kept: String = s.chars().filter(|&c| allowed_in_xml(c)).collect();
    kept.replace("\r\n", "\n").replace('\r', "\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_gives_a_well_formed_document(s in nasty_text()) {
        let office = common::exampleshire_office();
        let response = common::response_full_of(&s);
        let (docx, problems) = common::export(&response, &office);
        docx.assert_well_formed();
        // A plain field comes through exactly, less what XML cannot hold.
        let paras = docx.paragraphs();
        let label = paras.iter().position(|p| p.in_table && p.text == "Inspection title").unwrap();
        prop_assert_eq!(&paras[label + 1].text, &expected_plain(&s));
        let dropped = s.chars().any(|c| !allowed_in_xml(c));
        let warned = problems.iter().any(|p| p.message.contains("cannot hold"));
        prop_assert_eq!(dropped, warned, "a warning exactly when something was dropped");
    }
}

//! Text that XML can hold. Word documents are XML 1.0, which has no place for most control
//! characters or for U+FFFE and U+FFFF; docx-rs writes them anyway and the file will not
//! open. Every piece of user text passes through [`xml_safe`] on its way into a document.

use std::borrow::Cow;

/// True for a character XML 1.0 allows in text.
pub fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || c >= '\u{10000}'
}

/// `text` without the characters XML cannot hold, and how many were dropped.
pub fn xml_safe(text: &str) -> (Cow<'_, str>, usize) {
    // Printable ASCII and the three allowed controls, byte by byte: most text, quickly.
    let plain = |b: &u8| matches!(b, b'\t' | b'\n' | b'\r' | 0x20..=0x7E);
    if text.as_bytes().iter().all(plain) || text.chars().all(allowed_in_xml) {
        return (Cow::Borrowed(text), 0);
    }
    let kept: String = text.chars().filter(|&c| allowed_in_xml(c)).collect();
    let dropped = text.chars().count() - kept.chars().count();
    (Cow::Owned(kept), dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_non_characters_go_everything_else_stays() {
        let (s, n) = xml_safe("a\u{0}b\u{7}c\u{1b}\u{FFFE}\u{FFFF}d\te\nf");
        assert_eq!((s.as_ref(), n), ("abcd\te\nf", 5));
        let keep = "emoji 👮‍♀️ rtl שלום مرحبا </w:t> & < > \" ' \u{200F}\u{FFFD}";
        assert_eq!(xml_safe(keep), (Cow::Borrowed(keep), 0));
    }
}

//! What the officer typed, as an FTS5 query that cannot fail: every word is quoted, so
//! nothing typed (`"`, `*`, `(`, `NEAR`, `-`, `:`) is read as query syntax; and a passage
//! from FTS5's `snippet()` split at its marks into plain pieces.

use super::{Passage, HIT_END, HIT_START};

/// The most words of a search that are looked for; the rest are ignored.
const MOST_SEARCH_WORDS: usize = 32;

/// The most words of a text that [`earlier_like`](super::earlier_like) looks for.
pub(super) const MOST_LIKE_WORDS: usize = 30;

/// Words too common to say what a text is about.
#[rustfmt::skip]
const COMMON: &[&str] = &[
    "about", "above", "after", "again", "all", "also", "and", "any", "are", "been", "before",
    "being", "both", "but", "can", "could", "did", "does", "doing", "down", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "her", "here", "hers", "him",
    "his", "how", "into", "its", "itself", "just", "more", "most", "not", "now", "off",
    "once", "only", "other", "our", "ours", "out", "over", "own", "same", "she", "should",
    "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there",
    "these", "they", "this", "those", "through", "too", "under", "until", "very", "was",
    "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
    "would", "you", "your", "yours", "may", "must", "shall", "upon", "within", "without",
];

/// Every word of `words` (split at white space), each quoted as an FTS5 string, the last a
/// prefix, so that a search finds as the officer types; empty when there is no word to look
/// for. A word with no letter or digit (`-`, `"`, an emoji) would match nothing, and is
/// left out.
pub(super) fn all_words(words: &str) -> Vec<String> {
    let mut words: Vec<String> = words
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(MOST_SEARCH_WORDS)
        .map(quoted)
        .collect();
    if let Some(last) = words.last_mut() {
        last.push('*');
    }
    words
}

/// The significant words of `text` (letters and digits, three or more, not a common English
/// word), each once and at most [`MOST_LIKE_WORDS`], as an FTS5 query for any of them;
/// `None` when there is none.
pub(super) fn any_significant_word(text: &str) -> Option<String> {
    let mut seen: Vec<String> = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let word = word.to_lowercase();
        let significant = word.chars().count() >= 3 && !COMMON.contains(&word.as_str());
        if significant && !seen.contains(&word) {
            seen.push(word);
            if seen.len() == MOST_LIKE_WORDS {
                break;
            }
        }
    }
    let words: Vec<String> = seen.iter().map(|w| quoted(w)).collect();
    (!words.is_empty()).then(|| words.join(" OR "))
}

/// `word` as an FTS5 string: in double quotes, a quote inside doubled.
fn quoted(word: &str) -> String {
    format!("\"{}\"", word.replace('"', "\"\""))
}

/// A passage marked with [`HIT_START`] and [`HIT_END`] as pieces, each a hit or not. The
/// index holds neither mark, so every mark is one that `snippet()` put there.
pub(super) fn passage(marked: &str) -> Vec<Passage> {
    let mut pieces = Vec::new();
    let mut push = |text: &str, hit: bool| {
        if text.is_empty() {
            return;
        }
        match pieces.last_mut() {
            Some(Passage { text: last, hit: h }) if *h == hit => last.push_str(text),
            _ => pieces.push(Passage {
                text: text.to_string(),
                hit,
            }),
        }
    };
    let mut rest = marked;
    while let Some(start) = rest.find(HIT_START) {
        push(&rest[..start], false);
        rest = &rest[start + HIT_START.len_utf8()..];
        let end = rest.find(HIT_END).unwrap_or(rest.len());
        push(&rest[..end], true);
        rest = rest.get(end + HIT_END.len_utf8()..).unwrap_or("");
    }
    push(rest, false);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_quoted_and_the_last_is_a_prefix() {
        assert_eq!(
            all_words("  call \"handling\"  NEAR( a-b: "),
            [r#""call""#, r#""""handling""""#, r#""NEAR(""#, r#""a-b:"*"#]
        );
        for nothing in ["", "   ", "\" * ( - : 😀 ", "\u{E000}"] {
            assert_eq!(all_words(nothing), Vec::<String>::new(), "{nothing:?}");
        }
        let many = "word ".repeat(2_000);
        assert_eq!(all_words(&many).len(), MOST_SEARCH_WORDS);
    }

    #[test]
    fn significant_words_are_the_uncommon_ones_once_each() {
        assert_eq!(
            any_significant_word("The force should improve how the FORCE answers 999 calls.")
                .as_deref(),
            Some(r#""force" OR "improve" OR "answers" OR "999" OR "calls""#)
        );
        assert_eq!(any_significant_word("It is on to the, and a"), None);
        let many: String = (0..100).map(|n| format!("word{n} ")).collect();
        let query = any_significant_word(&many).unwrap();
        assert_eq!(query.matches(" OR ").count(), MOST_LIKE_WORDS - 1);
    }

    #[test]
    fn a_passage_is_split_at_its_marks() {
        let marked = "The \u{E000}call\u{E001} \u{E000}handling\u{E001} improved…";
        let pieces = passage(marked);
        let shown: Vec<(&str, bool)> = pieces.iter().map(|p| (p.text.as_str(), p.hit)).collect();
        assert_eq!(
            shown,
            [
                ("The ", false),
                ("call", true),
                (" ", false),
                ("handling", true),
                (" improved…", false)
            ]
        );
        assert_eq!(passage(""), []);
        assert_eq!(passage("\u{E000}open")[0].text, "open");
    }
}

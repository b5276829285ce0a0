use super::*;

/// The pieces in a compact form: "=same", "-old", "+new".
fn marked(old: &str, new: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (side, text) in diff_words(old, new) {
        let mark = match side {
            Side::Both => '=',
            Side::Old => '-',
            Side::New => '+',
        };
        match out.last_mut() {
            Some(last) if last.starts_with(mark) => last.push_str(text),
            _ => out.push(format!("{mark}{text}")),
        }
    }
    out
}

/// Each text read back from its pieces.
fn sides(old: &str, new: &str) -> (String, String) {
    let pieces = diff_words(old, new);
    let old_back = pieces.iter().filter(|p| p.0 != Side::New).map(|p| p.1);
    let new_back = pieces.iter().filter(|p| p.0 != Side::Old).map(|p| p.1);
    (old_back.collect(), new_back.collect())
}

#[test]
fn a_changed_word_is_marked_and_nothing_else() {
    assert_eq!(
        marked(
            "The force answers calls quickly.",
            "The force answers calls promptly."
        ),
        ["=The force answers calls ", "-quickly", "+promptly", "=."]
    );
}

#[test]
fn spaces_between_changes_join_them() {
    assert_eq!(
        marked(
            "too many calls are abandoned",
            "too few calls were abandoned"
        ),
        [
            "=too ",
            "-many",
            "+few",
            "= calls ",
            "-are",
            "+were",
            "= abandoned"
        ]
    );
    assert_eq!(
        marked("answers quickly and well", "answers slowly or well"),
        ["=answers ", "-quickly and", "+slowly or", "= well"]
    );
}

#[test]
fn paragraphs_are_compared_first() {
    let old = "First paragraph stays.\n\nSecond one goes.\n\nThird stays too.";
    let new = "First paragraph stays.\n\nA new one arrives.\n\nThird stays too.";
    assert_eq!(
        marked(old, new),
        [
            "=First paragraph stays.\n\n",
            "-Second",
            "+A new",
            "= one ",
            "-goes",
            "+arrives",
            "=.\n\nThird stays too."
        ]
    );
}

#[test]
fn either_text_reads_back_from_its_pieces() {
    let cases = [
        ("", ""),
        ("", "Only new."),
        ("Only old.", ""),
        ("a b c", "a b c"),
        ("Line one\nLine two\n", "Line one\nLine 2\nLine three\n"),
        ("café – naïve", "café — naïve, ‘quoted’"),
        ("x\n\n\ny", "y\n\n\nx"),
    ];
    for (old, new) in cases {
        assert_eq!(sides(old, new), (old.to_string(), new.to_string()));
    }
}

#[test]
fn words_and_punctuation_are_separate_pieces() {
    let got: Vec<&str> = tokens("Don't stop—now, ok?\n\n  x").collect();
    assert_eq!(
        got,
        ["Don't", " ", "stop", "—", "now", ",", " ", "ok", "?", "\n\n  ", "x"]
    );
}

#[test]
fn large_texts_compare_whole_and_in_bounded_work() {
    // 100,000 characters in one paragraph, with one word changed in the middle.
    let words: Vec<String> = (0..17_000).map(|i| format!("w{}", i % 3_000)).collect();
    let old = words.join(" ");
    assert!(old.len() > 90_000);
    let new = old.replacen("w1500 ", "changed ", 1);
    let got = marked(&old, &new);
    assert_eq!(got.len(), 4, "{:?}", &got[1..3]);
    assert_eq!((got[1].as_str(), got[2].as_str()), ("-w1500", "+changed"));

    // Two unrelated texts of that size, with no lines and few unique words.
    let other: Vec<String> = (0..14_000).map(|i| format!("v{}", i % 7)).collect();
    let other = other.join(" ");
    assert_eq!(sides(&old, &other), (old.clone(), other.clone()));

    // Two large texts sharing many paragraphs in a shuffled order.
    let paras: Vec<String> = (0..2_000)
        .map(|i| format!("Paragraph {i} text.\n"))
        .collect();
    let forward = paras.concat();
    let backward: String = paras.iter().rev().map(String::as_str).collect();
    assert_eq!(sides(&forward, &backward), (forward, backward));
}

#[test]
fn the_longest_rising_run_is_found() {
    let pairs = [(0, 3), (1, 1), (2, 2), (3, 0), (4, 4)];
    assert_eq!(longest_rising(&pairs), [(1, 1), (2, 2), (4, 4)]);
    assert_eq!(longest_rising(&[]), []);
}

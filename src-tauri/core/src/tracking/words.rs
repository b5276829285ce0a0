//! Items named in words, as the officer names them: "Area for improvement 3", "Area for
//! improvement 3 of PEEL 2025", "This area for improvement was first raised in 2022.", and
//! an item's text cut short for a line of a list.

use chrono::Datelike;

use super::{ItemKind, ItemLink, Tracking};

/// "Area for improvement 3" or "Recommendation 1": an item by its kind and its 0-based
/// `index` in the report's list.
pub fn item_label(kind: ItemKind, index: u32) -> String {
    format!("{} {}", kind.label(), u64::from(index) + 1)
}

/// "Area for improvement 3 of PEEL 2025": an item of any report, by its link.
pub fn link_words(link: &ItemLink) -> String {
    let title = match link.inspection.trim() {
        "" => "an untitled report",
        title => title,
    };
    format!("{} {} of {title}", link.kind.label(), link.number)
}

/// "This area for improvement was first raised in 2022.": from the year of
/// [`Tracking::first_raised`]; `None` when the item is raised for the first time.
pub fn first_raised_words(kind: ItemKind, tracking: &Tracking) -> Option<String> {
    let year = tracking.first_raised?.year();
    let kind = kind.label().to_lowercase();
    Some(format!("This {kind} was first raised in {year}."))
}

/// The visible text of `markdown` on one line, cut after about `max` characters at a word
/// with "…" when longer: for a line of a list, never for a document.
pub fn plain_short(markdown: &str, max: usize) -> String {
    let blocks = crate::richtext::parse(markdown);
    let plain = crate::richtext::plain_text(&blocks);
    let line = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let cut: String = line.chars().take(max).collect();
    let kept = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", kept.trim_end_matches([' ', ',', ';', ':', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::tests::day;

    #[test]
    fn items_are_named_by_kind_and_number_from_1() {
        assert_eq!(
            item_label(ItemKind::AreaForImprovement, 2),
            "Area for improvement 3"
        );
        assert_eq!(item_label(ItemKind::Recommendation, 0), "Recommendation 1");
        let link = ItemLink {
            inspection: "PEEL 2025".into(),
            published: Some(day(2025, 6, 17)),
            kind: ItemKind::AreaForImprovement,
            number: 2,
        };
        assert_eq!(link_words(&link), "Area for improvement 2 of PEEL 2025");
        let untitled = ItemLink {
            inspection: " ".into(),
            ..link
        };
        assert_eq!(
            link_words(&untitled),
            "Area for improvement 2 of an untitled report"
        );
    }

    #[test]
    fn first_raised_says_the_year_in_the_items_own_kind() {
        let mut t = Tracking::default();
        assert_eq!(first_raised_words(ItemKind::AreaForImprovement, &t), None);
        t.first_raised = Some(day(2022, 4, 5));
        assert_eq!(
            first_raised_words(ItemKind::AreaForImprovement, &t).unwrap(),
            "This area for improvement was first raised in 2022."
        );
        t.first_raised = Some(day(2021, 12, 31));
        assert_eq!(
            first_raised_words(ItemKind::Recommendation, &t).unwrap(),
            "This recommendation was first raised in 2021."
        );
    }

    #[test]
    fn text_is_plain_on_one_line_and_cut_at_a_word() {
        assert_eq!(
            plain_short(
                "The force **should** improve:\n\n- its *custody*\n- records",
                200
            ),
            "The force should improve: its custody records"
        );
        assert_eq!(
            plain_short("One two three four five six", 15),
            "One two three…"
        );
        let long = "é".repeat(300);
        assert_eq!(plain_short(&long, 200).chars().count(), 201);
    }
}

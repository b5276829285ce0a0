//! The house style: Arial 11 pt on A4, real heading styles for Word's navigation pane and
//! screen readers, and the list numbering definitions. Style ids are Word's own built-in
//! ones, so Word maps them to its localised names.

use docx_rs::*;

/// Half-points: 11 pt body text.
const BODY_SIZE: usize = 22;

/// Style ids used in documents.
pub const HEADING: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
/// The style of quoted passages.
pub const QUOTE: &str = "Quote";
/// The character style of hyperlinks.
pub const HYPERLINK: &str = "Hyperlink";
/// The style of paragraphs inside lists that carry no number.
pub const LIST_PARAGRAPH: &str = "ListParagraph";
/// The footer's style.
pub const FOOTER: &str = "Footer";

/// Abstract numbering ids. docx-rs writes its own definition as id 1, so ours start at 2.
pub const BULLETS: usize = 2;
/// The numbered lists' abstract definition.
pub const NUMBERS: usize = 3;
/// The first numbering instance id free for our lists (docx-rs writes instance 1).
pub const FIRST_LIST_ID: usize = 2;

/// The indent of list level `level`, in twips.
pub fn list_indent(level: usize) -> i32 {
    360 * (level as i32 + 1)
}

/// A4 with 2.54 cm margins, the styles and the numbering definitions. docx-rs supplies the
/// default paragraph style, Normal, which takes Arial 11 pt from the document defaults.
pub fn apply(docx: Docx) -> Docx {
    let arial = || {
        RunFonts::new()
            .ascii("Arial")
            .hi_ansi("Arial")
            .cs("Arial")
            .east_asia("Arial")
    };
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .outline_lvl(level)
            .line_spacing(LineSpacing::new().before(240).after(120))
    };
    docx.page_size(11906, 16838)
        .page_margin(
            PageMargin::new()
                .top(1440)
                .bottom(1440)
                .left(1440)
                .right(1440)
                .header(720)
                .footer(720),
        )
        .default_fonts(arial())
        .default_size(BODY_SIZE)
        .default_line_spacing(
            LineSpacing::new()
                .after(160)
                .line(264)
                .line_rule(LineSpacingType::Auto),
        )
        .add_style(heading(HEADING[0], "heading 1", 28, 0))
        .add_style(heading(HEADING[1], "heading 2", 24, 1))
        .add_style(heading(HEADING[2], "heading 3", BODY_SIZE, 2))
        .add_style(
            Style::new(QUOTE, StyleType::Paragraph)
                .name("Quote")
                .based_on("Normal")
                .q_format(true)
                .italic()
                .indent(Some(720), None, Some(720), None),
        )
        .add_style(
            Style::new(LIST_PARAGRAPH, StyleType::Paragraph)
                .name("List Paragraph")
                .based_on("Normal")
                .q_format(true)
                .line_spacing(LineSpacing::new().after(80))
                .indent(Some(720), None, None, None),
        )
        .add_style(
            Style::new(HYPERLINK, StyleType::Character)
                .name("Hyperlink")
                .color("0563C1")
                .underline("single"),
        )
        .add_style(
            Style::new(FOOTER, StyleType::Paragraph)
                .name("footer")
                .based_on("Normal")
                .size(18),
        )
        .add_abstract_numbering(list_definition(BULLETS, true))
        .add_abstract_numbering(list_definition(NUMBERS, false))
}

fn list_definition(id: usize, bullets: bool) -> AbstractNumbering {
    (0..9).fold(AbstractNumbering::new(id), |def, level| {
        let (format, text) = if bullets {
            (
                "bullet",
                if level % 2 == 0 {
                    "\u{2022}"
                } else {
                    "\u{25E6}"
                }
                .to_string(),
            )
        } else {
            (
                ["decimal", "lowerLetter", "lowerRoman"][level % 3],
                format!("%{}.", level + 1),
            )
        };
        def.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new(format),
                LevelText::new(text),
                LevelJc::new("left"),
            )
            .indent(
                Some(list_indent(level) + 360),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        )
    })
}

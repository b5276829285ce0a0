//! Text that has broken Word documents before, for the property tests to put in fields.

use proptest::prelude::*;

/// Pieces that have broken Word documents before.
pub const NASTY: &[&str] = &[
    "\u{0}",
    "\u{1}",
    "\u{8}",
    "\u{b}",
    "\u{c}",
    "\u{1f}",
    "\u{7f}",
    "\u{85}",
    "\u{FFFE}",
    "\u{FFFF}",
    "\u{FFFD}",
    "\u{D7FF}",
    "\u{E000}",
    "\u{10FFFF}",
    "\r",
    "\r\n",
    "\n",
    "\t",
    "</w:t>",
    "<w:p>",
    "&",
    "&amp;",
    "<",
    ">",
    "\"",
    "'",
    "]]>",
    "*",
    "**",
    "_",
    "`",
    "\\",
    "[",
    "](",
    ")",
    "# ",
    "- ",
    "1. ",
    "> ",
    "\u{200F}",
    "\u{202E}",
    "\u{05D0}",
    "\u{0627}",
    "\u{1F46E}\u{200D}\u{2640}\u{FE0F}",
    "\u{0301}",
    " ",
    "  ",
    "x",
];

/// Text of up to 24 pieces: nasty ones, any characters and plain words.
pub fn nasty_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(NASTY).prop_map(str::to_string),
        2 => any::<char>().prop_map(String::from),
        1 => "[a-zA-Z ]{1,8}",
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

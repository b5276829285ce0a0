//! Dates as an English office writes them: "24 September 2024", or in the older style
//! "24th September 2024" with the ordinal raised, and "July 2024" for a month.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::model::LetterDate;

/// How full dates are printed in a document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DateStyle {
    /// "24 September 2024" (the current house style).
    #[default]
    Plain,
    /// "24th September 2024", the "th" set as superscript (older responses).
    Ordinal,
}

/// The months' names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month's name.
pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// "24 September 2024".
pub fn long(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// "19 Nov 2024", for file names.
pub fn short(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        &month_name(date.month())[..3],
        date.year()
    )
}

/// The English ordinal suffix of a day of the month: "st", "nd", "rd" or "th".
pub fn ordinal_suffix(day: u32) -> &'static str {
    match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// A date in pieces for printing: the text, and whether each piece is superscript.
pub fn pieces(date: NaiveDate, style: DateStyle) -> Vec<(String, bool)> {
    match style {
        DateStyle::Plain => vec![(long(date), false)],
        DateStyle::Ordinal => vec![
            (date.day().to_string(), false),
            (ordinal_suffix(date.day()).to_string(), true),
            (
                format!(" {} {}", month_name(date.month()), date.year()),
                false,
            ),
        ],
    }
}

/// A letter's date: "July 2024" or "15 July 2024".
pub fn letter(date: LetterDate) -> String {
    match date {
        LetterDate::Month { year, month } => format!("{} {year}", month_name(month)),
        LetterDate::Day(d) => long(d),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The day `d` of month `m` of `y`, which the test knows to exist.
    pub(crate) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn uk_long_and_short() {
        assert_eq!(long(day(2024, 9, 24)), "24 September 2024");
        assert_eq!(long(day(2017, 11, 9)), "9 November 2017");
        assert_eq!(short(day(2024, 11, 19)), "19 Nov 2024");
        assert_eq!(
            letter(LetterDate::Month {
                year: 2024,
                month: 7
            }),
            "July 2024"
        );
        assert_eq!(letter(LetterDate::Day(day(2024, 7, 1))), "1 July 2024");
    }

    #[test]
    fn ordinals() {
        let got: Vec<_> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 24, 31]
            .iter()
            .map(|&n| format!("{n}{}", ordinal_suffix(n)))
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "24th",
                "31st"
            ]
        );
        let p = pieces(day(2017, 11, 9), DateStyle::Ordinal);
        assert_eq!(p[1], ("th".to_string(), true));
        let joined: String = p.into_iter().map(|(t, _)| t).collect();
        assert_eq!(joined, "9th November 2017");
    }
}

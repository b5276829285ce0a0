//! The section 55 deadline. The Police Act 1996 gives the local policing body "the period of
//! 56 days beginning with the day on which the report is published". Offices count it one of
//! two ways, and each office chooses its rule once in its settings; whoever shows a
//! deadline also says which rule made it.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// How an office counts the 56 days.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DeadlineRule {
    /// Date published plus 56 calendar days: many offices' practice, and the default.
    #[default]
    #[serde(rename = "published+56")]
    PublishedPlus56,
    /// The Act's words, counting the day of publication as day 1: date published plus 55.
    #[serde(rename = "statutory")]
    Statutory,
}

impl DeadlineRule {
    /// The office file's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineRule::PublishedPlus56 => "published+56",
            DeadlineRule::Statutory => "statutory",
        }
    }

    /// Reads the office file's spelling.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "published+56" => Some(DeadlineRule::PublishedPlus56),
            "statutory" => Some(DeadlineRule::Statutory),
            _ => None,
        }
    }

    /// The rule in words, to print beside a deadline.
    pub fn describe(self) -> &'static str {
        match self {
            DeadlineRule::PublishedPlus56 => "date published + 56 days",
            DeadlineRule::Statutory => "56 days counting the day of publication as day 1",
        }
    }

    fn days_after_publication(self) -> u64 {
        match self {
            DeadlineRule::PublishedPlus56 => 56,
            DeadlineRule::Statutory => 55,
        }
    }
}

/// The last day for publishing the response to a report published on `published`.
pub fn deadline(published: NaiveDate, rule: DeadlineRule) -> NaiveDate {
    // Only fails beyond the year 262,000; saturate rather than panic.
    published
        .checked_add_days(Days::new(rule.days_after_publication()))
        .unwrap_or(NaiveDate::MAX)
}

/// Where `today` stands against a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", content = "days", rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Due {
    /// This many whole days are left after today (1 or more).
    Left(#[cfg_attr(feature = "ts", ts(type = "number"))] i64),
    /// Today is the last day.
    Today,
    /// The deadline passed this many days ago.
    Overdue(#[cfg_attr(feature = "ts", ts(type = "number"))] i64),
}

impl Due {
    /// Compares `today` with `deadline`.
    pub fn on(deadline: NaiveDate, today: NaiveDate) -> Due {
        match (deadline - today).num_days() {
            0 => Due::Today,
            n if n > 0 => Due::Left(n),
            n => Due::Overdue(-n),
        }
    }

    /// Days left: negative when overdue.
    pub fn days_left(self) -> i64 {
        match self {
            Due::Left(n) => n,
            Due::Today => 0,
            Due::Overdue(n) => -n,
        }
    }
}

impl std::fmt::Display for Due {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = |n: i64| if n == 1 { "" } else { "s" };
        match *self {
            Due::Left(n) => write!(f, "{n} day{} left", plural(n)),
            Due::Today => f.write_str("Due today"),
            Due::Overdue(n) => write!(f, "Overdue by {n} day{}", plural(n)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_2024_peel_report_by_both_rules() {
        assert_eq!(
            deadline(d(2024, 9, 24), DeadlineRule::PublishedPlus56),
            d(2024, 11, 19)
        );
        assert_eq!(
            deadline(d(2024, 9, 24), DeadlineRule::Statutory),
            d(2024, 11, 18)
        );
    }

    #[test]
    fn month_ends_year_ends_and_leap_days() {
        let cases = [
            // (published, published + 56, published + 55)
            (d(2024, 1, 31), d(2024, 3, 27), d(2024, 3, 26)), // through 29 Feb 2024
            (d(2023, 1, 31), d(2023, 3, 28), d(2023, 3, 27)), // no 29 Feb in 2023
            (d(2024, 2, 29), d(2024, 4, 25), d(2024, 4, 24)), // published on a leap day
            (d(2024, 1, 4), d(2024, 2, 29), d(2024, 2, 28)),  // due on a leap day
            (d(2024, 11, 30), d(2025, 1, 25), d(2025, 1, 24)), // across a year end
            (d(2024, 12, 31), d(2025, 2, 25), d(2025, 2, 24)),
            (d(2099, 12, 1), d(2100, 1, 26), d(2100, 1, 25)),
            (d(2099, 12, 31), d(2100, 2, 25), d(2100, 2, 24)), // 2100 is not a leap year
        ];
        for (published, plus56, statutory) in cases {
            assert_eq!(
                deadline(published, DeadlineRule::PublishedPlus56),
                plus56,
                "{published}"
            );
            assert_eq!(
                deadline(published, DeadlineRule::Statutory),
                statutory,
                "{published}"
            );
        }
    }

    #[test]
    fn days_left_in_words() {
        let due = d(2024, 11, 19);
        assert_eq!(Due::on(due, d(2024, 11, 7)), Due::Left(12));
        assert_eq!(Due::on(due, d(2024, 11, 7)).to_string(), "12 days left");
        assert_eq!(Due::on(due, d(2024, 11, 18)).to_string(), "1 day left");
        assert_eq!(Due::on(due, due).to_string(), "Due today");
        assert_eq!(
            Due::on(due, d(2024, 11, 20)).to_string(),
            "Overdue by 1 day"
        );
        assert_eq!(Due::on(due, d(2024, 11, 22)), Due::Overdue(3));
        assert_eq!(Due::on(due, d(2024, 11, 22)).days_left(), -3);
        assert_eq!(
            Due::on(due, d(2025, 1, 1)).to_string(),
            "Overdue by 43 days"
        );
    }

    #[test]
    fn the_rule_reads_its_spellings_only() {
        assert_eq!(
            DeadlineRule::parse("statutory"),
            Some(DeadlineRule::Statutory)
        );
        assert_eq!(
            DeadlineRule::parse("published+56"),
            Some(DeadlineRule::PublishedPlus56)
        );
        assert_eq!(DeadlineRule::parse("56"), None);
        assert_eq!(DeadlineRule::default(), DeadlineRule::PublishedPlus56);
    }
}

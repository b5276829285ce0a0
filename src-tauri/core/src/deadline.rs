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

    /// Both rules, in the order Settings offers them.
    pub const ALL: [DeadlineRule; 2] = [DeadlineRule::PublishedPlus56, DeadlineRule::Statutory];

    /// The rule as Settings offers it.
    pub fn label(self) -> &'static str {
        match self {
            DeadlineRule::PublishedPlus56 => "Date published + 56 days (office practice)",
            DeadlineRule::Statutory => {
                "56 days counting the day of publication (the Act's wording)"
            }
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
        let days = |n: i64| format!("{} day{}", thousands(n), if n == 1 { "" } else { "s" });
        match *self {
            Due::Left(n) => write!(f, "{} left", days(n)),
            Due::Today => f.write_str("Due today"),
            Due::Overdue(n) => write!(f, "Overdue by {}", days(n)),
        }
    }
}

/// "1,234": a count as the UK writes it.
fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// How urgent a deadline looks on screen; the colour follows the words, never replaces them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum DueTone {
    /// More than a week left.
    Ok,
    /// A week or less left.
    Soon,
    /// Today is the last day.
    Today,
    /// The deadline has passed.
    Overdue,
    /// The date published cannot be right (the checks say why), so no days are counted.
    Doubtful,
}

/// Where a response stands against its deadline, in words: "12 days left".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DueWords {
    /// "12 days left", "Due today", "Overdue by 3 days".
    pub text: String,
    /// How urgent it looks.
    pub tone: DueTone,
}

impl Due {
    /// Where the deadline stands, in words, with how urgent it looks: "soon" is 7 days or
    /// fewer.
    pub fn words(self) -> DueWords {
        let tone = match self {
            Due::Left(n) if n <= 7 => DueTone::Soon,
            Due::Left(_) => DueTone::Ok,
            Due::Today => DueTone::Today,
            Due::Overdue(_) => DueTone::Overdue,
        };
        DueWords {
            text: self.to_string(),
            tone,
        }
    }
}

/// Where a response to a report published on `published`, due on `deadline`, stands on
/// `today`, in words. A date published that the checks doubt (a year typed wrong) counts no
/// days down: "Check the date published" stands instead.
pub fn due_words(published: NaiveDate, deadline: NaiveDate, today: NaiveDate) -> DueWords {
    match crate::checks::implausible_published(published, today) {
        Some(_) => DueWords {
            text: "Check the date published".into(),
            tone: DueTone::Doubtful,
        },
        None => Due::on(deadline, today).words(),
    }
}

/// A deadline as the window shows it beside the date published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Deadline {
    /// The last day to publish the response.
    pub date: NaiveDate,
    /// How it stands today.
    pub due: DueWords,
}

/// The deadline for a report published on `published` ("YYYY-MM-DD", as the officer typed
/// it), as it stands on `today`; `None` while `published` is not a real day.
pub fn deadline_on(published: &str, rule: DeadlineRule, today: NaiveDate) -> Option<Deadline> {
    let published = NaiveDate::parse_from_str(published.trim(), "%Y-%m-%d").ok()?;
    let date = deadline(published, rule);
    Some(Deadline {
        date,
        due: due_words(published, date, today),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::tests::day;

    #[test]
    fn days_left_read_as_words_with_their_urgency() {
        let cases = [
            (Due::Left(30), "30 days left", DueTone::Ok),
            (Due::Left(8), "8 days left", DueTone::Ok),
            (Due::Left(7), "7 days left", DueTone::Soon),
            (Due::Left(1), "1 day left", DueTone::Soon),
            (Due::Today, "Due today", DueTone::Today),
            (Due::Overdue(1), "Overdue by 1 day", DueTone::Overdue),
            (
                Due::Overdue(1234),
                "Overdue by 1,234 days",
                DueTone::Overdue,
            ),
        ];
        for (due, text, tone) in cases {
            assert_eq!(
                due.words(),
                DueWords {
                    text: text.into(),
                    tone
                },
                "{due:?}"
            );
        }
    }

    #[test]
    fn a_deadline_is_worked_out_only_from_a_real_day() {
        let today = day(2024, 11, 1);
        let worked = deadline_on("2024-09-24", DeadlineRule::PublishedPlus56, today).unwrap();
        assert_eq!(worked.date, day(2024, 11, 19));
        assert_eq!(worked.due.text, "18 days left");
        let wrong_year = deadline_on("2204-09-24", DeadlineRule::PublishedPlus56, today).unwrap();
        assert_eq!(wrong_year.date, day(2204, 11, 19));
        assert_eq!(
            wrong_year.due,
            DueWords {
                text: "Check the date published".into(),
                tone: DueTone::Doubtful
            },
            "no days counted down from a date the checks doubt"
        );
        for typed in ["", "2024-09", "2024-02-30", "24/09/2024", "soon"] {
            assert_eq!(
                deadline_on(typed, DeadlineRule::Statutory, today),
                None,
                "{typed}"
            );
        }
    }

    #[test]
    fn the_2024_peel_report_by_both_rules() {
        assert_eq!(
            deadline(day(2024, 9, 24), DeadlineRule::PublishedPlus56),
            day(2024, 11, 19)
        );
        assert_eq!(
            deadline(day(2024, 9, 24), DeadlineRule::Statutory),
            day(2024, 11, 18)
        );
    }

    #[test]
    fn month_ends_year_ends_and_leap_days() {
        let cases = [
            // (published, published + 56, published + 55)
            (day(2024, 1, 31), day(2024, 3, 27), day(2024, 3, 26)), // through 29 Feb 2024
            (day(2023, 1, 31), day(2023, 3, 28), day(2023, 3, 27)), // no 29 Feb in 2023
            (day(2024, 2, 29), day(2024, 4, 25), day(2024, 4, 24)), // published on a leap day
            (day(2024, 1, 4), day(2024, 2, 29), day(2024, 2, 28)),  // due on a leap day
            (day(2024, 11, 30), day(2025, 1, 25), day(2025, 1, 24)), // across a year end
            (day(2024, 12, 31), day(2025, 2, 25), day(2025, 2, 24)),
            (day(2099, 12, 1), day(2100, 1, 26), day(2100, 1, 25)),
            (day(2099, 12, 31), day(2100, 2, 25), day(2100, 2, 24)), // 2100 is not a leap year
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
        let due = day(2024, 11, 19);
        assert_eq!(Due::on(due, day(2024, 11, 7)), Due::Left(12));
        assert_eq!(Due::on(due, day(2024, 11, 7)).to_string(), "12 days left");
        assert_eq!(Due::on(due, day(2024, 11, 18)).to_string(), "1 day left");
        assert_eq!(Due::on(due, due).to_string(), "Due today");
        assert_eq!(
            Due::on(due, day(2024, 11, 20)).to_string(),
            "Overdue by 1 day"
        );
        assert_eq!(Due::on(due, day(2024, 11, 22)), Due::Overdue(3));
        assert_eq!(Due::on(due, day(2024, 11, 22)).days_left(), -3);
        assert_eq!(
            Due::on(due, day(2025, 1, 1)).to_string(),
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

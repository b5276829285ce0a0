//! The RAG rating the app suggests for an item, and the one the window shows: the officer's
//! own where set, the suggestion otherwise, said to be one.
//!
//! The rule, in one sentence for the README: *a closed item is Green; an open item is Red
//! when its target date has passed or nothing has been heard of it for more than six months
//! (183 days, from its latest update, or from the report's publication when it has none);
//! Amber when its target is within 30 days, when it has no target, or when nothing has been
//! heard for more than 90 days; and Green otherwise.*

use chrono::NaiveDate;
use serde::Serialize;

use super::{ItemStatus, ProgressUpdate, Rag, Tracking};

/// Days without word after which an open item is Red: six months.
pub const SILENT_RED_DAYS: i64 = 183;

/// Days without word after which an open item is at least Amber: three months.
pub const SILENT_AMBER_DAYS: i64 = 90;

/// Days before its target within which an open item is at least Amber.
pub const TARGET_NEAR_DAYS: i64 = 30;

/// The RAG rating the app suggests for an item, on `today`, for a report published on
/// `published`.
///
/// - Closed (complete, no further action, superseded): Green.
/// - Open and past its target date (the target before `today`): Red.
/// - Open with no update for more than [`SILENT_RED_DAYS`] (counted from the latest
///   update's date, or from `published` when there is no update): Red.
/// - Target within [`TARGET_NEAR_DAYS`] days, or no target set, or no update for more than
///   [`SILENT_AMBER_DAYS`]: Amber.
/// - Otherwise Green.
///
/// An item with neither an update nor a publication date has no silence to count; only its
/// target decides.
pub fn suggest_rag(tracking: &Tracking, published: Option<NaiveDate>, today: NaiveDate) -> Rag {
    let heard = last_heard(tracking, published);
    suggest_from(tracking.status, tracking.target, heard, today)
}

/// [`suggest_rag`] from what it looks at: the status, the target and the day of the latest
/// word ([`last_heard`]), for a caller that has those and not the whole tracking.
pub fn suggest_from(
    status: ItemStatus,
    target: Option<NaiveDate>,
    heard: Option<NaiveDate>,
    today: NaiveDate,
) -> Rag {
    if !status.is_open() {
        return Rag::Green;
    }
    let days_to_target = target.map(|t| (t - today).num_days());
    let silent = heard.map(|d| (today - d).num_days());
    if days_to_target.is_some_and(|d| d < 0) || silent.is_some_and(|d| d > SILENT_RED_DAYS) {
        return Rag::Red;
    }
    let near = days_to_target.is_none_or(|d| d <= TARGET_NEAR_DAYS);
    if near || silent.is_some_and(|d| d > SILENT_AMBER_DAYS) {
        return Rag::Amber;
    }
    Rag::Green
}

/// The day of the latest word on an item: its latest update's, or the report's publication
/// when it has none.
pub fn last_heard(tracking: &Tracking, published: Option<NaiveDate>) -> Option<NaiveDate> {
    latest_update(tracking).map(|u| u.date).or(published)
}

/// The latest update: the one with the latest date, the last recorded of those on that day.
pub fn latest_update(tracking: &Tracking) -> Option<&ProgressUpdate> {
    tracking
        .updates
        .iter()
        .fold(None, |best: Option<&ProgressUpdate>, u| match best {
            Some(b) if b.date > u.date => Some(b),
            _ => Some(u),
        })
}

/// The RAG rating as the window shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RagShown {
    /// The officer's rating, or the app's suggestion when the officer has set none.
    pub rag: Rag,
    /// The rating in words, always shown beside its colour: "Amber", or "Amber (suggested)".
    pub label: String,
    /// Whether `rag` is the app's suggestion rather than the officer's rating.
    pub suggested: bool,
}

/// The RAG rating to show for an item: the officer's where set, otherwise the suggestion of
/// [`suggest_rag`], labelled as suggested.
pub fn rag_shown(tracking: &Tracking, published: Option<NaiveDate>, today: NaiveDate) -> RagShown {
    shown(tracking.rag, || suggest_rag(tracking, published, today))
}

/// [`rag_shown`] from the officer's rating and a way to suggest one: the suggestion is made
/// only when the officer has set none.
pub fn shown(set: Option<Rag>, suggest: impl FnOnce() -> Rag) -> RagShown {
    match set {
        Some(rag) => RagShown {
            rag,
            label: rag.label().to_string(),
            suggested: false,
        },
        None => {
            let rag = suggest();
            RagShown {
                rag,
                label: format!("{} (suggested)", rag.label()),
                suggested: true,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::tests::day;

    fn update(date: NaiveDate, action: &str) -> ProgressUpdate {
        ProgressUpdate {
            date,
            reported_by: "Head of Crime".into(),
            action: action.into(),
            evidence: String::new(),
            evidence_link: None,
            status: ItemStatus::BeingProgressed,
        }
    }

    /// An open item with `target`, updated on each of `updates`.
    fn open(target: Option<NaiveDate>, updates: &[NaiveDate]) -> Tracking {
        Tracking {
            target,
            status: ItemStatus::BeingProgressed,
            updates: updates.iter().map(|d| update(*d, "Work")).collect(),
            ..Default::default()
        }
    }

    const TODAY: (i32, u32, u32) = (2026, 3, 12);

    fn today() -> NaiveDate {
        day(TODAY.0, TODAY.1, TODAY.2)
    }

    #[test]
    fn closed_items_are_green_whatever_their_dates() {
        for status in [
            ItemStatus::Complete,
            ItemStatus::NoFurtherAction,
            ItemStatus::Superseded,
        ] {
            let t = Tracking {
                status,
                target: Some(day(2020, 1, 1)),
                ..Default::default()
            };
            assert_eq!(suggest_rag(&t, Some(day(2019, 1, 1)), today()), Rag::Green);
        }
    }

    #[test]
    fn an_open_item_past_its_target_is_red_and_on_its_target_day_is_amber() {
        let recent = [day(2026, 3, 1)];
        let t = open(Some(day(2026, 3, 11)), &recent);
        assert_eq!(suggest_rag(&t, None, today()), Rag::Red);
        let t = open(Some(today()), &recent);
        assert_eq!(suggest_rag(&t, None, today()), Rag::Amber);
        // Awaiting review is open too.
        let mut t = open(Some(day(2026, 1, 1)), &recent);
        t.status = ItemStatus::AwaitingReview;
        assert_eq!(suggest_rag(&t, None, today()), Rag::Red);
    }

    #[test]
    fn six_months_without_word_is_red_counted_from_the_latest_update() {
        let far = Some(day(2027, 1, 1));
        // 183 days before 12 March 2026 is 10 September 2025.
        let edge = day(2025, 9, 10);
        assert_eq!((today() - edge).num_days(), 183);
        assert_eq!(suggest_rag(&open(far, &[edge]), None, today()), Rag::Amber);
        let older = day(2025, 9, 9);
        assert_eq!(suggest_rag(&open(far, &[older]), None, today()), Rag::Red);
        // The latest update counts, wherever it stands in the list.
        let both = open(far, &[day(2026, 3, 1), older]);
        assert_eq!(suggest_rag(&both, None, today()), Rag::Green);
    }

    #[test]
    fn without_updates_the_silence_counts_from_publication() {
        let far = Some(day(2027, 1, 1));
        let t = open(far, &[]);
        assert_eq!(suggest_rag(&t, Some(day(2025, 9, 9)), today()), Rag::Red);
        assert_eq!(suggest_rag(&t, Some(day(2025, 12, 1)), today()), Rag::Amber);
        assert_eq!(suggest_rag(&t, Some(day(2026, 3, 1)), today()), Rag::Green);
        // Nothing to count from: only the target decides.
        assert_eq!(suggest_rag(&t, None, today()), Rag::Green);
    }

    #[test]
    fn amber_for_a_near_target_no_target_or_three_months_of_silence() {
        let recent = [day(2026, 3, 1)];
        // 30 days ahead is near, 31 is not.
        let t = open(Some(day(2026, 4, 11)), &recent);
        assert_eq!(suggest_rag(&t, None, today()), Rag::Amber);
        let t = open(Some(day(2026, 4, 12)), &recent);
        assert_eq!(suggest_rag(&t, None, today()), Rag::Green);
        assert_eq!(suggest_rag(&open(None, &recent), None, today()), Rag::Amber);
        // 90 days of silence is still Green, 91 is Amber.
        let far = Some(day(2027, 1, 1));
        let t = open(far, &[day(2025, 12, 12)]);
        assert_eq!((today() - day(2025, 12, 12)).num_days(), 90);
        assert_eq!(suggest_rag(&t, None, today()), Rag::Green);
        let t = open(far, &[day(2025, 12, 11)]);
        assert_eq!(suggest_rag(&t, None, today()), Rag::Amber);
    }

    #[test]
    fn the_latest_update_is_the_latest_day_and_the_last_of_that_day() {
        let mut t = open(None, &[]);
        assert!(latest_update(&t).is_none());
        t.updates = vec![
            update(day(2026, 2, 1), "second"),
            update(day(2026, 1, 1), "first"),
            update(day(2026, 2, 1), "third"),
        ];
        assert_eq!(latest_update(&t).unwrap().action, "third");
        assert_eq!(last_heard(&t, Some(day(2025, 6, 1))), Some(day(2026, 2, 1)));
    }

    #[test]
    fn the_officers_rating_is_shown_as_set_and_a_suggestion_says_so() {
        let mut t = open(None, &[today()]);
        let suggested = rag_shown(&t, None, today());
        assert_eq!(
            suggested,
            RagShown {
                rag: Rag::Amber,
                label: "Amber (suggested)".into(),
                suggested: true
            }
        );
        t.rag = Some(Rag::Green);
        let set = rag_shown(&t, None, today());
        assert_eq!(
            set,
            RagShown {
                rag: Rag::Green,
                label: "Green".into(),
                suggested: false
            }
        );
    }
}

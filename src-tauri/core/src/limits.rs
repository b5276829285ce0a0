//! How much a response may hold. A field pasted from a whole book, or a hostile file with a
//! million entries, is refused with the field named before it reaches the database or a
//! document, rather than slowing the app to a halt or being cut short without a word.
//!
//! The limits are far above any real response: the 2024 PEEL response's longest field (the
//! Chief Constable's response) is about 10,000 characters and its longest list 17 entries.
//! Each field's limit is found from its path in the response file, in one place
//! ([`text_limit`], [`list_limit`]), for the checks and for cutting a new field to fit alike.

use crate::{Error, Response, Result, Tracking};

/// The most characters (Unicode scalar values) a text field may hold: about 40 pages.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// The most entries a list may hold: grades, recommendations, areas for improvement,
/// checklist, forces and letter addressees.
pub const MAX_LIST_ENTRIES: usize = 200;

/// The most characters a name or role may hold: an item's lead, and who reported an update.
pub const MAX_NAME_CHARS: usize = 200;

/// The most progress updates one recommendation or area for improvement may hold: two a
/// week for five years.
pub const MAX_UPDATES: usize = 500;

/// The largest response or office file read, in bytes (20 MB). A file at every limit of a
/// real draft is a small fraction of this; anything larger is not one of the app's files.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The most characters an inspection title may hold: far more than any report's title, few
/// enough that the title still fits the header of the window and a line of the list.
pub const MAX_TITLE_CHARS: usize = 500;

/// The limits, for the window: it refuses a paste or keystroke that would break one at the
/// moment it happens, rather than finding out at the save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Limits {
    /// [`MAX_TEXT_CHARS`].
    pub text_chars: usize,
    /// [`MAX_TITLE_CHARS`].
    pub title_chars: usize,
    /// [`MAX_LIST_ENTRIES`].
    pub list_entries: usize,
}

/// The limits the store and the file readers apply.
pub const LIMITS: Limits = Limits {
    text_chars: MAX_TEXT_CHARS,
    title_chars: MAX_TITLE_CHARS,
    list_entries: MAX_LIST_ENTRIES,
};

/// A field over its limit: where it is, by its path in the response file
/// (`areas_for_improvement[3].text`), and what is wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overflow {
    /// The field's path in the response file.
    pub field: String,
    /// Its size, the limit and what to do.
    pub problem: String,
}

/// Checks every text field and list of `response` against the limits.
///
/// Errors: [`Error::Invalid`] for the first field over a limit, named by its path in the
/// response file (`areas_for_improvement[3].text`, `key_findings`, `inspection.title`),
/// with its size, the limit and what to do.
pub fn check_response(r: &Response) -> Result<()> {
    match overflows(r).into_iter().next() {
        Some(Overflow { field, problem }) => Err(Error::invalid(field, problem)),
        None => Ok(()),
    }
}

/// Every field of `response` over a limit, in the order of the response file. A list over
/// its limit is reported once, and its entries are not looked into.
pub fn overflows(r: &Response) -> Vec<Overflow> {
    let mut found = Found(Vec::new());
    let i = &r.inspection;
    found.text("inspection.title", &i.title);
    found.opt_text("inspection.type_detail", &i.type_detail);
    found.list("inspection.forces", &i.forces, |found, path, force| {
        found.text(path, force)
    });
    found.opt_text("inspection.report_url", &i.report_url);
    found.text("key_findings", &r.key_findings);
    found.list("grades", &r.grades, |found, path, g| {
        found.text(&format!("{path}.area"), &g.area)
    });
    for (key, items) in [
        ("recommendations", &r.recommendations),
        ("areas_for_improvement", &r.areas_for_improvement),
    ] {
        found.list(key, items, |found, path, item| {
            found.text(&format!("{path}.text"), &item.text);
            found.opt_text(&format!("{path}.response"), &item.response);
            found.tracking(&format!("{path}.tracking"), &item.tracking);
        });
    }
    found.text("chief_constable_response", &r.chief_constable_response);
    found.text("pcc_response", &r.pcc_response);
    found.list("checklist", &r.checklist, |found, path, entry| {
        found.text(&format!("{path}.item"), &entry.item)
    });
    found.opt_text("section_55.web_address", &r.section_55.web_address);
    if let Some(letter) = &r.letter {
        if let Some(addressees) = &letter.addressees {
            found.list("letter.addressees", addressees, |found, path, a| {
                found.text(path, a)
            });
        }
        found.opt_text("letter.salutation", &letter.salutation);
        found.opt_text("letter.subject", &letter.subject);
    }
    found.0
}

/// The most characters the text field at `field`, a path in the response file, may hold:
/// [`MAX_TITLE_CHARS`] for a report's title (the inspection's, and a link's to an item of
/// another report), [`MAX_NAME_CHARS`] for a lead or who reported an update, and
/// [`MAX_TEXT_CHARS`] for the rest.
fn text_limit(field: &str) -> usize {
    let key = field.rsplit('.').next().unwrap_or(field);
    match key {
        "title" if field == "inspection.title" => MAX_TITLE_CHARS,
        "inspection" => MAX_TITLE_CHARS,
        "lead" | "reported_by" => MAX_NAME_CHARS,
        _ => MAX_TEXT_CHARS,
    }
}

/// The most entries the list at `field`, a path in the response file, may hold:
/// [`MAX_UPDATES`] for an item's progress updates, [`MAX_LIST_ENTRIES`] for the rest.
fn list_limit(field: &str) -> usize {
    if field.ends_with(".updates") {
        MAX_UPDATES
    } else {
        MAX_LIST_ENTRIES
    }
}

/// What [`overflows`] has found so far.
struct Found(Vec<Overflow>);

impl Found {
    fn text(&mut self, field: &str, value: &str) {
        if let Some(problem) = too_long(value, text_limit(field)) {
            self.0.push(Overflow {
                field: field.to_string(),
                problem,
            });
        }
    }

    fn opt_text(&mut self, field: &str, value: &Option<String>) {
        self.text(field, value.as_deref().unwrap_or_default());
    }

    /// The length of the list at `field`, then, if it fits, each entry with `entry`.
    fn list<T>(&mut self, field: &str, entries: &[T], entry: impl Fn(&mut Self, &str, &T)) {
        let max = list_limit(field);
        if entries.len() > max {
            self.0.push(Overflow {
                field: field.to_string(),
                problem: format!(
                    "has {} entries; the most the app accepts is {}. Remove some, or combine \
                     them.",
                    thousands(entries.len()),
                    thousands(max)
                ),
            });
            return;
        }
        for (n, value) in entries.iter().enumerate() {
            entry(self, &format!("{field}[{n}]"), value);
        }
    }

    /// An item's tracking at `path` (`areas_for_improvement[3].tracking`).
    fn tracking(&mut self, path: &str, t: &Tracking) {
        self.opt_text(&format!("{path}.lead"), &t.lead);
        for (key, link) in [
            ("superseded_by", &t.superseded_by),
            ("carried_from", &t.carried_from),
        ] {
            if let Some(link) = link {
                self.text(&format!("{path}.{key}.inspection"), &link.inspection);
            }
        }
        self.list(&format!("{path}.updates"), &t.updates, |found, path, u| {
            found.text(&format!("{path}.reported_by"), &u.reported_by);
            found.text(&format!("{path}.action"), &u.action);
            found.text(&format!("{path}.evidence"), &u.evidence);
            found.opt_text(&format!("{path}.evidence_link"), &u.evidence_link);
        });
    }
}

/// `response` with each field of `overflows` put back as it is in `stored` (the response as
/// last saved), so that the rest can be saved while the officer shortens that field. A field
/// `stored` does not have yet (a new item) is cut to its limit instead.
pub fn keep_stored(response: &Response, stored: &Response, overflows: &[Overflow]) -> Response {
    let (Ok(mut new), Ok(old)) = (serde_json::to_value(response), serde_json::to_value(stored))
    else {
        return stored.clone();
    };
    for o in overflows {
        let pointer = pointer(&o.field);
        let kept = old.pointer(&pointer).filter(|v| !v.is_null()).cloned();
        if let Some(value) = new.pointer_mut(&pointer) {
            *value = kept.unwrap_or_else(|| cut(value, &o.field));
        }
    }
    serde_json::from_value(new).unwrap_or_else(|_| stored.clone())
}

/// True when `a` and `b` hold the same value at `field`, a path in the response file.
pub fn same_at(a: &Response, b: &Response, field: &str) -> bool {
    let at = |r: &Response| {
        serde_json::to_value(r)
            .ok()
            .and_then(|v| v.pointer(&pointer(field)).cloned())
    };
    at(a) == at(b)
}

/// A field's value cut to its limit: text to its first characters, a list to its first
/// entries.
fn cut(value: &serde_json::Value, field: &str) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(s.chars().take(text_limit(field)).collect()),
        Value::Array(entries) => {
            Value::Array(entries.iter().take(list_limit(field)).cloned().collect())
        }
        other => other.clone(),
    }
}

/// "areas_for_improvement[3].text" as the JSON pointer "/areas_for_improvement/3/text".
fn pointer(field: &str) -> String {
    field
        .split(['.', '['])
        .map(|part| format!("/{}", part.trim_end_matches(']')))
        .collect()
}

/// What is wrong with `value` when it holds more than `max` characters (Unicode scalar
/// values), and what to do.
fn too_long(value: &str, max: usize) -> Option<String> {
    // A character is at least one byte, so most text is cleared without counting.
    if value.len() <= max {
        return None;
    }
    let chars = value.chars().count();
    if chars <= max {
        return None;
    }
    let advice = if max == MAX_TEXT_CHARS {
        format!(
            "the most a field can hold is {} (about 40 pages). Shorten it, or split it \
             between fields.",
            thousands(max)
        )
    } else {
        format!("the most it can hold is {}. Shorten it.", thousands(max))
    };
    Some(format!("is {} characters long; {advice}", thousands(chars)))
}

/// `n` with commas between thousands, as a UK reader writes it: 1,048,576.
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests;

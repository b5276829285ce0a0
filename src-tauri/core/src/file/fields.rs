//! Reading a JSON object field by field. Every problem is answered with the field's path
//! (`areas_for_improvement[3].text`), what was expected and what was found, and a field the
//! format does not have is refused, so that a mistyped name is never silently dropped.

use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::{Error, LetterDate, Result};

/// One object of a file: its path and its fields, every one of them known to the format.
pub(super) struct Fields<'a> {
    path: String,
    map: &'a Map<String, Value>,
}

impl<'a> Fields<'a> {
    /// `value` read as the object at `path`, whose fields must all be among `known`.
    pub fn new(path: String, value: &'a Value, known: &[&str]) -> Result<Self> {
        let Value::Object(map) = value else {
            return Err(Error::invalid(path, expected("an object", Some(value))));
        };
        if let Some(key) = map.keys().find(|key| !known.contains(&key.as_str())) {
            let problem = format!("unknown field; the fields here are {}", known.join(", "));
            return Err(Error::invalid(join(&path, &shorten(key)), problem));
        }
        Ok(Fields { path, map })
    }

    /// The path of the field `key`, for errors.
    pub fn path(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The field's value; `None` when it is missing or null.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// Text that may be blank, null or missing in a draft; the last two read as "".
    pub fn text(&self, key: &str) -> Result<String> {
        Ok(self.opt_text(key)?.unwrap_or_default())
    }

    /// Text, or `None` when null or missing.
    pub fn opt_text(&self, key: &str) -> Result<Option<String>> {
        self.get(key).map(|v| text(self.path(key), v)).transpose()
    }

    /// An ISO date (2024-09-24), or `None` when null or missing.
    pub fn date(&self, key: &str) -> Result<Option<NaiveDate>> {
        self.get(key).map(|v| date(self.path(key), v)).transpose()
    }

    /// `true` or `false`, or `None` when null or missing.
    pub fn opt_bool(&self, key: &str) -> Result<Option<bool>> {
        let read = |v: &Value| {
            v.as_bool()
                .ok_or_else(|| Error::invalid(self.path(key), expected("true or false", Some(v))))
        };
        self.get(key).map(read).transpose()
    }

    /// A letter's date, "2024-07" or "2024-07-15", or `None` when null or missing.
    pub fn letter_date(&self, key: &str) -> Result<Option<LetterDate>> {
        let read = |v: &Value| {
            v.as_str().and_then(parse_letter_date).ok_or_else(|| {
                let what = "a month like 2024-07 or a date like 2024-07-15";
                Error::invalid(self.path(key), expected(what, Some(v)))
            })
        };
        self.get(key).map(read).transpose()
    }

    /// A word from a fixed list that must be there, e.g. `status`.
    pub fn word<T>(
        &self,
        key: &str,
        parse: impl Fn(&str) -> Option<T>,
        allowed: impl Fn() -> String,
    ) -> Result<T> {
        let found = self.map.get(key);
        found
            .and_then(Value::as_str)
            .and_then(parse)
            .ok_or_else(|| {
                Error::invalid(
                    self.path(key),
                    expected(&format!("one of {}", allowed()), found),
                )
            })
    }

    /// A word from a fixed list, or `None` when null or missing.
    pub fn opt_word<T>(
        &self,
        key: &str,
        parse: impl Fn(&str) -> Option<T>,
        allowed: impl Fn() -> String,
    ) -> Result<Option<T>> {
        match self.get(key) {
            None => Ok(None),
            Some(_) => self.word(key, parse, allowed).map(Some),
        }
    }

    /// An object that must be there, e.g. `inspection`.
    pub fn object(&self, key: &str, known: &[&str]) -> Result<Fields<'a>> {
        match self.map.get(key) {
            Some(v) => Fields::new(self.path(key), v, known),
            None => Err(Error::invalid(self.path(key), expected("an object", None))),
        }
    }

    /// A list whose items are read by `read` from their path and value. Null or missing
    /// reads as an empty list.
    pub fn list<T>(
        &self,
        key: &str,
        read: impl Fn(String, &'a Value) -> Result<T>,
    ) -> Result<Vec<T>> {
        Ok(self.opt_list(key, read)?.unwrap_or_default())
    }

    /// A list as [`Fields::list`], or `None` when null or missing.
    pub fn opt_list<T>(
        &self,
        key: &str,
        read: impl Fn(String, &'a Value) -> Result<T>,
    ) -> Result<Option<Vec<T>>> {
        let Some(value) = self.get(key) else {
            return Ok(None);
        };
        let path = self.path(key);
        let Value::Array(items) = value else {
            return Err(Error::invalid(path, expected("a list", Some(value))));
        };
        let items = items.iter().enumerate();
        items
            .map(|(i, v)| read(format!("{path}[{i}]"), v))
            .collect::<Result<_>>()
            .map(Some)
    }
}

/// A string at `path`; anything else is refused.
pub(super) fn text(path: String, value: &Value) -> Result<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        other => Err(Error::invalid(path, expected("text", Some(other)))),
    }
}

fn date(path: String, value: &Value) -> Result<NaiveDate> {
    let what = "a date like 2024-09-24";
    value
        .as_str()
        .and_then(parse_date)
        .ok_or_else(|| Error::invalid(path, expected(what, Some(value))))
}

/// "YYYY-MM-DD" exactly, and a day that exists.
pub(super) fn parse_date(s: &str) -> Option<NaiveDate> {
    is_digits_and_dashes(s, 10)
        .then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
}

/// "YYYY-MM" or "YYYY-MM-DD" exactly.
fn parse_letter_date(s: &str) -> Option<LetterDate> {
    let shaped = is_digits_and_dashes(s, 7) || is_digits_and_dashes(s, 10);
    shaped.then(|| LetterDate::parse(s)).flatten()
}

/// `s` is `len` bytes long, with dashes at 4 and 7 and ASCII digits elsewhere.
fn is_digits_and_dashes(s: &str, len: usize) -> bool {
    s.len() == len
        && s.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// "expected `what`, found `found`", where `None` is a missing field.
pub(super) fn expected(what: &str, found: Option<&Value>) -> String {
    match found {
        Some(value) => format!("expected {what}, found {}", describe(value)),
        None => format!("expected {what}, but the field is missing"),
    }
}

/// A value as an error message shows it: short strings in full, long ones cut.
pub(super) fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("{:?}", shorten(s)),
        Value::Array(a) if a.is_empty() => "an empty list".to_string(),
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}

/// At most 40 characters of `s`, with "…" when cut.
fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    match s.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &s[..end]),
        None => s.to_string(),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

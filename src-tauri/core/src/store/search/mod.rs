//! Full-text search over every field of every response outside the trash, and "Earlier
//! responses like this": the items of other responses most like a text, for the officer to
//! reuse their wording. Both are SQLite FTS5 queries, ranked by its bm25.
//!
//! The index (`search_text`, and the FTS5 table `search_index` that follows it) holds one row
//! for each field of each response, trash included; it is rewritten in the transaction that
//! writes the response ([`index::reindex`]), and the queries leave out the trash by its
//! `deleted_on`, so moving a response to the trash and back needs no rewriting.

mod index;
mod query;

use std::collections::hash_map::{Entry, HashMap};

use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};
use serde::Serialize;

use super::{read_date, read_response, read_word, reading, ResponseId};
use crate::field_names::describe;
use crate::{Response, Result, Status};

pub(super) use index::{index_existing, reindex};
use index::{PROSE, RESPONSE_SHIFT};

/// Marks the start of a hit in a passage from FTS5; a private-use character, taken out of the
/// text the index holds, so that it marks nothing else.
const HIT_START: char = '\u{E000}';
/// Marks the end of a hit in a passage from FTS5.
const HIT_END: char = '\u{E001}';

/// How many words (tokens) of a field a passage shows around its hits.
const PASSAGE_WORDS: i64 = 24;

/// A response found by [`search`], with its passage that best matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchHit {
    /// Which response.
    pub id: ResponseId,
    /// The report's title.
    pub title: String,
    /// The day the report was published, if known.
    pub published: Option<NaiveDate>,
    /// Where the response is in its life.
    pub status: Status,
    /// The field the passage is from, in the officer's words: "Area for improvement 3".
    pub field: String,
    /// The passage, in pieces: the words searched for are the pieces with `hit`.
    pub passage: Vec<Passage>,
}

/// A piece of a passage: plain text (never HTML), a hit or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Passage {
    /// The words, as the officer sees them (no Markdown).
    pub text: String,
    /// Whether these are words searched for.
    pub hit: bool,
}

/// A field of an earlier response like a text, found by [`earlier_like`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EarlierText {
    /// The response it is from.
    pub id: ResponseId,
    /// That response's report title.
    pub title: String,
    /// The day that report was published, if known.
    pub published: Option<NaiveDate>,
    /// The field, in the officer's words: "Area for improvement 3", "Key findings".
    pub field: String,
    /// The field's text as stored (Markdown), ready to insert; for a recommendation or area
    /// for improvement, its text, even where its response is what matched.
    pub text: String,
    /// For a recommendation or area for improvement, its response as stored, if any.
    pub response: Option<String>,
}

/// The responses outside the trash that hold every word of `words`, in any of their fields
/// (the last word also as the start of a word, so that a search finds as the officer types),
/// best first by the bm25 of their best field, one hit each with a passage of that field, at
/// most `limit`. Nothing typed is query syntax: quotes, `*`, `NEAR(`, `-` and `:` are looked
/// for as words or not at all, and blank `words` finds nothing.
pub fn search(conn: &Connection, words: &str, limit: usize) -> Result<Vec<SearchHit>> {
    let words = query::all_words(words);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let any = words.join(" OR ");
    // ?1 is any of the words; ?3, ?4, … each word, which the response must hold somewhere.
    // A row's number says its response (see `index::RESPONSE_SHIFT`): reading the row's
    // `response_id` would cost a look-up in `search_text` for every row matched.
    let every = (3..words.len() + 3)
        .map(|n| {
            format!(
                "SELECT rowid >> {RESPONSE_SHIFT} FROM search_index WHERE search_index MATCH ?{n}"
            )
        })
        .collect::<Vec<_>>()
        .join(" INTERSECT ");
    // Materialized: bm25() works only in the query on the FTS5 table itself.
    let sql = format!(
        "WITH m AS MATERIALIZED (
             SELECT rowid AS row, rowid >> {RESPONSE_SHIFT} AS id, bm25(search_index) AS score
             FROM search_index WHERE search_index MATCH ?1)
         SELECT m.id, m.row, min(m.score), r.title, r.published, r.status
         FROM m JOIN responses r ON r.id = m.id
         WHERE r.deleted_on IS NULL AND m.id IN ({every})
         GROUP BY m.id
         ORDER BY min(m.score), m.id
         LIMIT ?2"
    );
    reading(conn, || {
        let mut best = conn.prepare_cached(&sql)?;
        let limit = sql_limit(limit);
        let parameters: Vec<&dyn rusqlite::ToSql> = [&any as &dyn rusqlite::ToSql, &limit]
            .into_iter()
            .chain(words.iter().map(|w| w as &dyn rusqlite::ToSql))
            .collect();
        let found = best
            .query_and_then(parameters.as_slice(), |row| {
                Ok((row.get::<_, i64>(1)?, hit_row(row)?))
            })?
            .collect::<Result<Vec<_>>>()?;
        let mut passage = conn.prepare_cached(
            "SELECT field, snippet(search_index, 2, ?3, ?4, '…', ?5)
             FROM search_index WHERE search_index MATCH ?1 AND rowid = ?2",
        )?;
        let mut hits = Vec::with_capacity(found.len());
        for (row, mut hit) in found {
            let (field, marked): (String, String) = passage.query_row(
                params![
                    any,
                    row,
                    HIT_START.to_string(),
                    HIT_END.to_string(),
                    PASSAGE_WORDS
                ],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            hit.field = describe(&field).name;
            hit.passage = query::passage(&marked);
            hits.push(hit);
        }
        Ok(hits)
    })
}

/// The prose fields (key findings, the two responses, recommendations and areas for
/// improvement and their responses) of responses outside the trash, other than `exclude`,
/// most like `text` first by bm25 over its significant words, at most `limit`. A
/// recommendation or area for improvement comes once, with its text and its response,
/// however much of it matched. Text with no significant word finds nothing.
pub fn earlier_like(
    conn: &Connection,
    text: &str,
    exclude: Option<ResponseId>,
    limit: usize,
) -> Result<Vec<EarlierText>> {
    let Some(query) = query::any_significant_word(text) else {
        return Ok(Vec::new());
    };
    reading(conn, || {
        // The prose fields (see `index::PROSE`): those the officer writes, whose wording is
        // worth reusing. The row's number says its response and whether it is prose.
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT r.id, s.rowid
             FROM search_index s JOIN responses r ON r.id = s.rowid >> {RESPONSE_SHIFT}
             WHERE search_index MATCH ?1 AND s.rowid & {PROSE} AND r.deleted_on IS NULL
                 AND r.id IS NOT ?2
             ORDER BY rank LIMIT ?3"
        ))?;
        // An item can match twice, by its text and by its response, and comes once.
        let rows_needed = sql_limit(limit).saturating_mul(2);
        let mut rows = stmt.query(params![query, exclude.map(|id| id.0), rows_needed])?;
        let mut field = conn.prepare_cached("SELECT field FROM search_text WHERE id = ?1")?;
        let mut responses: HashMap<i64, Response> = HashMap::new();
        let mut found: Vec<EarlierText> = Vec::new();
        let mut seen: Vec<(i64, String)> = Vec::new();
        while found.len() < limit {
            let Some(row) = rows.next()? else { break };
            let id: i64 = row.get(0)?;
            let path: String = field.query_row([row.get::<_, i64>(1)?], |r| r.get(0))?;
            let response = match responses.entry(id) {
                Entry::Occupied(read) => read.into_mut(),
                Entry::Vacant(slot) => slot.insert(read_response(conn, ResponseId(id))?),
            };
            let Some(earlier) = earlier_text(ResponseId(id), response, &path) else {
                continue;
            };
            let key = (id, earlier.field.clone());
            if !seen.contains(&key) {
                seen.push(key);
                found.push(earlier);
            }
        }
        Ok(found)
    })
}

/// The field at `path` of `response` as an [`EarlierText`]: for an item's text or response,
/// the item.
fn earlier_text(id: ResponseId, response: &Response, path: &str) -> Option<EarlierText> {
    let field = index::fields(response)
        .into_iter()
        .find(|f| f.path == path)?;
    let (label, text, item_response) = match field.item {
        Some((item_path, item)) => (item_path, item.text.clone(), item.response.clone()),
        None => (field.path, field.text.into_owned(), None),
    };
    Some(EarlierText {
        id,
        title: response.inspection.title.clone(),
        published: response.inspection.published,
        field: describe(&label).name,
        text,
        response: item_response,
    })
}

/// `limit` as SQL takes it.
fn sql_limit(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

/// A hit from the `responses` columns of [`search`]'s query, its field and passage to come.
fn hit_row(row: &Row<'_>) -> Result<SearchHit> {
    let id: i64 = row.get(0)?;
    let field = |column: &'static str| move || format!("responses[{id}].{column}");
    Ok(SearchHit {
        id: ResponseId(id),
        title: row.get(3)?,
        published: row
            .get::<_, Option<String>>(4)?
            .map(|d| read_date(&d, field("published")))
            .transpose()?,
        status: read_word(&row.get::<_, String>(5)?, field("status"))?,
        field: String::new(),
        passage: Vec::new(),
    })
}

#[cfg(test)]
mod tests;

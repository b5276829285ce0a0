//! What goes into the search index: one row of `search_text` for each searchable field of a
//! response, named by its path in the response file (`areas_for_improvement[2].text`), its
//! Markdown read down to the words the officer sees. The FTS5 table `search_index` follows
//! `search_text` by triggers (migration step 6), and a response's rows go with it when it is
//! deleted for good (`ON DELETE CASCADE`).

use std::borrow::Cow;
use std::collections::HashMap;

use rusqlite::{params, Connection};

use super::{HIT_END, HIT_START};
use crate::richtext;
use crate::store::ResponseId;
use crate::{Item, Response, Result};

/// One searchable field of a response.
pub(super) struct Field<'a> {
    /// Its path in the response file, which [`describe`](crate::field_names::describe) names.
    pub path: String,
    /// Its text as stored: Markdown where `markdown`.
    pub text: Cow<'a, str>,
    /// Whether `text` is Markdown (the prose fields) rather than plain text.
    pub markdown: bool,
    /// The recommendation or area for improvement the field is the text or the response of,
    /// with the path of its text.
    pub item: Option<(String, &'a Item)>,
}

/// Every searchable field of `r`, in the order of the response file; a list of plain lines
/// (forces, addressees) is one field. Empty fields are left out: they can match nothing.
pub(super) fn fields(r: &Response) -> Vec<Field<'_>> {
    let mut out = Vec::new();
    let i = &r.inspection;
    let o = &mut out;
    add(o, "inspection.title".into(), (&i.title).into(), false, None);
    if let Some(detail) = &i.type_detail {
        add(
            o,
            "inspection.type_detail".into(),
            detail.into(),
            false,
            None,
        );
    }
    add(
        o,
        "inspection.forces".into(),
        i.forces.join("\n").into(),
        false,
        None,
    );
    if let Some(url) = &i.report_url {
        add(o, "inspection.report_url".into(), url.into(), false, None);
    }
    add(
        o,
        "key_findings".into(),
        (&r.key_findings).into(),
        true,
        None,
    );
    for (n, g) in r.grades.iter().enumerate() {
        add(
            o,
            format!("grades[{n}].area"),
            (&g.area).into(),
            false,
            None,
        );
    }
    for (key, items) in [
        ("recommendations", &r.recommendations),
        ("areas_for_improvement", &r.areas_for_improvement),
    ] {
        for (n, item) in items.iter().enumerate() {
            let text = format!("{key}[{n}].text");
            let of = Some((text.clone(), item));
            add(o, text, (&item.text).into(), true, of.clone());
            if let Some(response) = &item.response {
                add(o, format!("{key}[{n}].response"), response.into(), true, of);
            }
        }
    }
    let cc = &r.chief_constable_response;
    add(o, "chief_constable_response".into(), cc.into(), true, None);
    add(
        o,
        "pcc_response".into(),
        (&r.pcc_response).into(),
        true,
        None,
    );
    for (n, entry) in r.checklist.iter().enumerate() {
        add(
            o,
            format!("checklist[{n}].item"),
            (&entry.item).into(),
            false,
            None,
        );
    }
    if let Some(letter) = &r.letter {
        if let Some(addressees) = &letter.addressees {
            add(
                o,
                "letter.addressees".into(),
                addressees.join("\n").into(),
                false,
                None,
            );
        }
        if let Some(salutation) = &letter.salutation {
            add(
                o,
                "letter.salutation".into(),
                salutation.into(),
                false,
                None,
            );
        }
        if let Some(subject) = &letter.subject {
            add(o, "letter.subject".into(), subject.into(), false, None);
        }
    }
    out
}

/// Adds a field to `out` unless it is empty.
fn add<'a>(
    out: &mut Vec<Field<'a>>,
    path: String,
    text: Cow<'a, str>,
    markdown: bool,
    item: Option<(String, &'a Item)>,
) {
    if !text.trim().is_empty() {
        out.push(Field {
            path,
            text,
            markdown,
            item,
        });
    }
}

/// How a row of the index is numbered: the response's id shifted left by this, so that a
/// query finds the response from the row number alone, without reading the row.
pub(super) const RESPONSE_SHIFT: u32 = 17;
/// The bit of a row number that says the field is prose (Markdown), whose wording
/// [`earlier_like`](super::earlier_like) offers for reuse; the bits below it number the
/// response's fields.
pub(super) const PROSE: i64 = 1 << 16;

/// The number of the index row of the `n`th field of response `id`; `None` beyond what the
/// numbering holds (ids over 2^46, 65,536 fields), far past what the limits allow.
fn row_number(id: ResponseId, n: usize, markdown: bool) -> Option<i64> {
    let n = i64::try_from(n).ok().filter(|n| *n < PROSE)?;
    let base = id.0.checked_mul(1 << RESPONSE_SHIFT).filter(|b| *b >= 0)?;
    Some(base | n | if markdown { PROSE } else { 0 })
}

/// Replaces the index rows of response `id` by those of `response`, as just saved. Run it in
/// the transaction that writes the response, so the index is never out of step.
pub(in crate::store) fn reindex(
    conn: &Connection,
    id: ResponseId,
    response: &Response,
) -> Result<()> {
    conn.prepare_cached("DELETE FROM search_text WHERE response_id = ?1")?
        .execute([id.0])?;
    for (n, field) in fields(response).into_iter().enumerate() {
        insert(conn, id, n, &field.path, &field.text, field.markdown)?;
    }
    Ok(())
}

/// Adds the `n`th field of response `id` to the index, its Markdown (where `markdown`) read
/// down to its words.
fn insert(
    conn: &Connection,
    id: ResponseId,
    n: usize,
    path: &str,
    text: &str,
    markdown: bool,
) -> Result<()> {
    let Some(row) = row_number(id, n, markdown) else {
        return Ok(());
    };
    let words = indexed_text(text, markdown);
    conn.prepare_cached(
        "INSERT INTO search_text (id, response_id, field, text) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![row, id.0, path, words])?;
    Ok(())
}

/// The words of a field as the index holds them: what the officer sees of its Markdown, less
/// the characters that mark the hits in a passage, so that a mark is always one.
pub(super) fn indexed_text(text: &str, markdown: bool) -> String {
    let words = match markdown {
        true => Cow::Owned(richtext::plain_text(&richtext::parse(text))),
        false => Cow::Borrowed(text),
    };
    words.replace([HIT_START, HIT_END], "")
}

/// Migration step 6's filling of the new index: every field of every response, read with SQL
/// from the tables as step 6 found them (not through [`read_response`](crate::store::read_response),
/// which reads the newest schema), so that this, like the step, never changes once released.
pub(in crate::store) fn index_existing(conn: &Connection) -> Result<()> {
    const MARKDOWN: bool = true;
    const PLAIN: bool = false;
    let sources: [(&str, bool); 9] = [
        ("SELECT id, 'inspection.title', title FROM responses", PLAIN),
        (
            "SELECT id, 'inspection.type_detail', type_detail FROM responses",
            PLAIN,
        ),
        (
            "SELECT id, 'inspection.forces',
                 (SELECT group_concat(value, char(10)) FROM json_each(forces))
             FROM responses",
            PLAIN,
        ),
        (
            "SELECT id, 'inspection.report_url', report_url FROM responses",
            PLAIN,
        ),
        (
            "SELECT id, 'key_findings', key_findings FROM responses
             UNION ALL SELECT response_id,
                 (CASE kind WHEN 'recommendation' THEN 'recommendations'
                     ELSE 'areas_for_improvement' END) || '[' || position || '].text', text
                 FROM items
             UNION ALL SELECT response_id,
                 (CASE kind WHEN 'recommendation' THEN 'recommendations'
                     ELSE 'areas_for_improvement' END) || '[' || position || '].response',
                 response
                 FROM items
             UNION ALL SELECT id, 'chief_constable_response', chief_constable_response
                 FROM responses
             UNION ALL SELECT id, 'pcc_response', pcc_response FROM responses",
            MARKDOWN,
        ),
        (
            "SELECT response_id, 'grades[' || position || '].area', area FROM grades",
            PLAIN,
        ),
        (
            "SELECT response_id, 'checklist[' || position || '].item', item FROM checklist",
            PLAIN,
        ),
        (
            "SELECT id, 'letter.addressees',
                 (SELECT group_concat(value, char(10)) FROM json_each(letter_addressees))
             FROM responses WHERE letter_addressees IS NOT NULL",
            PLAIN,
        ),
        (
            "SELECT id, 'letter.salutation', letter_salutation FROM responses
             UNION ALL SELECT id, 'letter.subject', letter_subject FROM responses",
            PLAIN,
        ),
    ];
    let mut fields_of: HashMap<i64, usize> = HashMap::new();
    for (sql, markdown) in sources {
        let mut stmt = conn.prepare(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let text: Option<String> = row.get(2)?;
            match text {
                Some(text) if !text.trim().is_empty() => {
                    let (id, path): (i64, String) = (row.get(0)?, row.get(1)?);
                    let n = fields_of.entry(id).or_default();
                    insert(conn, ResponseId(id), *n, &path, &text, markdown)?;
                    *n += 1;
                }
                _ => {}
            }
        }
    }
    Ok(())
}
